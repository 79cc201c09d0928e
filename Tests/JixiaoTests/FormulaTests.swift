import Foundation
import Testing
@testable import JixiaoCore

/// Workbooks written by programs, whose formulas' results the files do not hold (made by
/// Tests/Fixtures/make-program-fixtures.sh with openpyxl and XlsxWriter from the real forms'
/// workbooks): their totals read as Excel and WPS show them, and a formula jixiao cannot
/// compute is an error of its cell.
@Suite struct FormulaTests {
    static func fixture(_ name: String) -> String { Fixtures.path("Tests/Fixtures/formulas/\(name)") }

    /// The rows of a document as its reader gave them: names, values and budgets.
    static func rows(_ document: CountyDocument) -> [String] {
        document.projects.map { "\($0.name) \($0.budget.map { String($0) } ?? "—")" }
            + document.projects.flatMap(\.indicators).map { "\($0.name) \($0.valueAsWritten)" }
    }

    /// 原州区's form with 年度资金总额 `=SUM(D10:D11)` and the afforestation total `=H15+H16`:
    /// openpyxl stores no result and XlsxWriter stores 0; both had read as a form with no total
    /// (its budget taken from 财政拨款 with a warning) and an indicator with no value or 0.
    @Test func totalsWrittenAsFormulasByProgramsReadAsComputed() throws {
        let original = try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/xlsx/01-ningxia-yuanzhou-afforestation.xlsx"))
        #expect(original.projects.map(\.budget) == [6070])
        for name in ["01-yuanzhou-openpyxl.xlsx", "01-yuanzhou-xlsxwriter.xlsx"] {
            let document = try Loaders.load(path: Self.fixture(name))
            #expect(Self.rows(document) == Self.rows(original), "\(name)")
            #expect(document.projects.map(\.budgetAsWritten) == ["6070"], "\(name)")
            #expect(document.projects.flatMap(\.indicators).first { $0.name == "实施营造林总面积(亩)" }?.valueAsWritten == "80000", "\(name)")
            #expect(!document.findings.contains { $0.rule == RuleID.budgetFromFunds || $0.severity == .error }, "\(name)")
            let told = document.findings.filter { $0.rule == RuleID.formulaComputed }
            #expect(told.count == 1 && told[0].source?.line == 9, "\(name): \(told)")
            #expect(told.first?.message.contains("D9 =SUM(D10:D11) = 6070") == true, "\(name)")
            #expect(told.first?.message.contains("H14 =H15+H16 = 80000") == true, "\(name)")
            // XlsxWriter's stored 0 is said, openpyxl stores nothing to say.
            #expect(told.first?.message.contains("文件中存的是「0」") == (name.contains("xlsxwriter")), "\(name)")
        }
    }

    /// Seed 000 as a workbook of one sheet a page, written by XlsxWriter with each department's
    /// 预算数 (repeated atop each page) the SUM of its projects' budgets on all its pages
    /// (`'第2页'!C3`): read as the same workbook with numbers, and the repeated totals agree
    /// (they had all been 0 against 97.20).
    @Test func departmentTotalsAddingUpOtherSheetsReadAsComputed() throws {
        let original = try Loaders.load(path: Fixtures.path("Tests/Fixtures/formats/000-sheets.xlsx"))
        let document = try Loaders.load(path: Self.fixture("000-sheets-xlsxwriter.xlsx"))
        #expect(Self.rows(document) == Self.rows(original))
        #expect(document.projects.count == 10 && document.indicatorCount == 47)
        #expect(!document.findings.contains { $0.rule == RuleID.totalRepeatDiffers })
        let told = document.findings.filter { $0.rule == RuleID.formulaComputed }
        #expect(told.count == 6)
        #expect(told.allSatisfy { $0.message.contains("= 97.2（文件中存的是「0」）") })
        #expect(told.first?.source == SourceRef(file: "000-sheets-xlsxwriter.xlsx!第1页", line: 8))
    }

    /// A total looked up in a hidden sheet (VLOOKUP, which jixiao does not compute), stored
    /// with no result: an error naming the sheet, the cell and the formula, on the cell's row.
    @Test func aFormulaNotComputedIsAnErrorOfItsCell() throws {
        let document = try Loaders.load(path: Self.fixture("01-yuanzhou-lookup-openpyxl.xlsx"))
        let errors = document.findings.filter { $0.severity == .error }
        #expect(errors.map(\.rule) == [RuleID.formulaUncomputed])
        #expect(errors.first?.source == SourceRef(file: "01-yuanzhou-lookup-openpyxl.xlsx", line: 9))
        #expect(errors.first?.message.contains("工作表「Sheet1」单元格 D9 的公式 =VLOOKUP(\"年度资金总额\",资金!A2:B4,2,FALSE)") == true)
        #expect(errors.first?.project == "原州区2022年南部水源涵养林建设项目")
        // The form is read all the same, its budget from 财政拨款 as for any form without a total.
        #expect(document.projects.map(\.budget) == [6070])
        #expect(document.findings.contains { $0.rule == RuleID.budgetFromFunds })
    }

    /// A sheet whose only cell is a formula jixiao cannot compute is left out as empty, and its
    /// error is still told (on the first line read), naming the sheet and the cell.
    @Test func anUncomputedFormulaOnASheetLeftOutIsStillTold() throws {
        var form = SheetCells(grid: SheetGrid(name: "表单"))
        form.grid.set(row: 1, column: 1, "项目名称")
        var other = SheetCells(grid: SheetGrid(name: "汇总"))
        other.formulas = [.init(row: 3, column: 2, style: 0, text: "VLOOKUP(1,A1:B2,2)")]
        var formulas = SheetFormulas(sheets: [form, other], formats: NumberFormats(), date1904: false)
        formulas.compute(recalculate: false)
        var read = WorkbookSheets()
        for (index, grid) in formulas.grids.enumerated() {
            read.add(grid)
            for problem in formulas.problems where problem.sheet == index { read.problem(sheet: grid.name, row: problem.row, problem.problem) }
        }
        let text = try read.extracted(format: .xlsx, none: LoadError(file: "f", message: "none"))
        #expect(text.parts.map(\.name) == ["表单"])
        #expect(text.problems.map(\.line) == [1])
        #expect(text.problems.first?.message.contains("工作表「汇总」单元格 B3") == true)
    }

    /// The formulas themselves, as Excel computes them.
    @Test func formulasComputeAsExcelDoes() {
        let cells: [SheetFormula.Reference: SheetFormula.Value] = [
            .init(sheet: nil, row: 1, column: 1): .number(16.5), .init(sheet: nil, row: 2, column: 1): .number(3.5),
            .init(sheet: nil, row: 3, column: 1): .text("万元"), .init(sheet: nil, row: 1, column: 2): .number(10),
            .init(sheet: "资金 表", row: 2, column: 2): .number(4), .init(sheet: nil, row: 4, column: 1): .text("12"),
        ]
        func value(_ formula: String, offset: (rows: Int, columns: Int) = (0, 0)) -> SheetFormula.Value? {
            SheetFormula.evaluate(formula, offset: offset) { cells[$0] ?? .empty }
        }
        #expect(value("=SUM(A1:A3)") == .number(20))  // text in a range is left out
        #expect(value("=A1+A2*2") == .number(23.5))
        #expect(value("=(A1+A2)*2") == .number(40))
        #expect(value("=-A2^2") == .number(12.25))  // the sign binds first, as in Excel
        #expect(value("=B1*50%") == .number(5))
        #expect(value("=A1+'资金 表'!B2") == .number(20.5))
        #expect(value("=A4*2") == .number(24))  // a number written as text
        #expect(value("=A1&\"万元\"") == .text("16.5万元"))
        #expect(value("=ROUND(A1/3,2)") == .number(5.5))
        #expect(value("=ROUNDDOWN(2.567,1)") == .number(2.5))
        #expect(value("=A5+1") == .number(1))  // a blank cell is 0
        // A shared formula written at A3 as `A1+A2`, read at B3: `B1+B2`; `$A1` stays in column A.
        #expect(value("A1+A2", offset: (0, 1)) == .number(10))
        #expect(value("$A1+B1", offset: (0, 1)) == .number(16.5))
        // Not computed: text in arithmetic, a division by zero, an unknown function, a broken formula.
        #expect(value("=A3+1") == nil)
        #expect(value("=A1/A5") == nil)
        #expect(value("=VLOOKUP(1,A1:B2,2)") == nil)
        #expect(value("=SUM(A1:A2") == nil)
        #expect(value("=A1 A2") == nil)
    }

    /// A county's file is not trusted to be small: brackets within brackets, a range of a whole
    /// sheet, and a chain of formulas each referring to the next are not computed, and cost no
    /// more than reading them; a running total down a column (each row the one above plus its
    /// own) is computed however long.
    @Test func hostileFormulasAreNotComputed() {
        let deep = "=" + String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        #expect(SheetFormula.evaluate(deep) { _ in .empty } == nil)
        #expect(SheetFormula.evaluate("=SUM(A1:XFD1048576)") { _ in .number(1) } == nil)
        #expect(SheetFormula.evaluate("=SUM(A1:A100000)") { _ in .number(1) } == .number(100_000))
        func sheet(_ formula: (Int) -> String) -> SheetFormulas {
            var cells = SheetCells(grid: SheetGrid(name: "S"))
            cells.numbers[2_001] = [1: 1]
            for row in 1...2_000 { cells.formulas.append(.init(row: row, column: 1, style: 0, text: formula(row))) }
            var formulas = SheetFormulas(sheets: [cells], formats: NumberFormats(), date1904: false)
            formulas.compute(recalculate: true)
            return formulas
        }
        // Each row the one below plus one: the top rows refer on through more formulas than are followed.
        let down = sheet { "A\($0 + 1)+1" }
        #expect(down.grids[0].text(row: 2_000, column: 1) == "2")
        #expect(down.problems.contains { $0.problem.rule == RuleID.formulaUncomputed && $0.row == 1 })
        // Each row the one above plus its row number: computed in order, every one known.
        let running = sheet { $0 == 1 ? "1" : "A\($0 - 1)+\($0)" }
        #expect(running.grids[0].text(row: 2_000, column: 1) == "2001000")
        #expect(!running.problems.contains { $0.problem.severity == .error })
    }

    /// Formulas made of random pieces (references, ranges, sheets, numbers, text, operators,
    /// brackets, functions) end, with a value or with none, and never trap.
    @Test func randomFormulasEndWithoutTrapping() {
        let pieces = ["A1", "$B$2", "C3:D4", "'资 金'!A1", "Sheet1!B2", "1", "0", "2.5E3", "\"万元\"", "+", "-", "*", "/", "^", "%", "&",
                      "(", ")", ",", "SUM(", "ROUND(", "MIN(", "VLOOKUP(", ":", "!", "'", "\"", " ", "="]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var computed = 0
        for _ in 0..<20_000 {
            var formula = "="
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            for _ in 0..<Int(state % 12 + 1) {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                formula += pieces[Int(state % UInt64(pieces.count))]
            }
            if SheetFormula.evaluate(formula, lookup: { $0.row == 1 ? .number(3) : ($0.sheet == nil ? .text("x") : nil) }) != nil { computed += 1 }
        }
        // Some are well-formed and computed, most are not.
        #expect(computed > 100 && computed < 20_000)
    }
}
