import Foundation

/// A worksheet as its reader read it: the text each cell shows, the numbers behind them, and
/// the formulas whose results the file did not hold (or held only until the workbook is
/// opened and computed again), left for `SheetFormulas`.
struct SheetCells {
    struct Formula {
        var row: Int
        var column: Int
        var style: Int
        /// As written in the file, without its `=`; for a cell of a shared formula, the text of
        /// the range's first cell, moved by `offset`.
        var text: String
        var offset: (rows: Int, columns: Int) = (0, 0)
        /// The result the file holds, as shown; nil when it holds none.
        var stored: String?
        /// Where the formula was written, when the cell shares it (`D9`).
        var sharedFrom: (row: Int, column: Int)? = nil

        init(row: Int, column: Int, style: Int, text: String) {
            (self.row, self.column, self.style, self.text) = (row, column, style, text)
        }

        var cellName: String { "\(SheetGrid.columnName(column))\(row)" }
    }

    var grid: SheetGrid
    /// Number cells' values by row, then column: what formulas add up.
    var numbers: [Int: [Int: Double]] = [:]
    var formulas: [Formula] = []
}

/// The formulas of a workbook's sheets whose results it does not hold, computed
/// (`SheetFormula`) and written into the sheets' text as the cells would show them; each that
/// cannot be computed said as an error of its cell, its stored result (if any) kept.
struct SheetFormulas {
    private(set) var grids: [SheetGrid]
    /// The cells read only in part, by index of their sheet in `grids`.
    private(set) var problems: [(sheet: Int, row: Int, problem: ReadingProblem)] = []
    /// A detail for the workbook's reading (how many formulas were computed), or nil.
    private(set) var note: String?
    private let sheets: [SheetCells]
    private let formats: NumberFormats
    private let date1904: Bool

    init(sheets: [SheetCells], formats: NumberFormats, date1904: Bool) {
        self.sheets = sheets
        self.grids = sheets.map(\.grid)
        self.formats = formats
        self.date1904 = date1904
    }

    /// `recalculate`: the workbook asks to be computed again on opening, so its stored results
    /// are placeholders (XlsxWriter stores 0).
    mutating func compute(recalculate: Bool) {
        guard sheets.contains(where: { !$0.formulas.isEmpty }) else { return }
        let resolver = Resolver(sheets: sheets)
        var computed = 0
        for (index, sheet) in sheets.enumerated() {
            // The results to tell (those the file did not store as computed): the first five listed.
            var told: [String] = []
            var toldCount = 0
            var firstTold: Int?
            for formula in sheet.formulas {
                let written = "=" + formula.text + (formula.sharedFrom.map { "（由 \(SheetGrid.columnName($0.column))\($0.row) 的公式填充）" } ?? "")
                guard let value = resolver.value(sheet: index, row: formula.row, column: formula.column) else {
                    let kept = formula.stored.map { "文件中存的结果「\($0)」由生成文件的程序写入（要求打开时重新计算），不一定是公式的结果，按它读取" } ?? "按空白读取"
                    let problem = ReadingProblem(line: 0, severity: .error, rule: RuleID.formulaUncomputed,
                        message: "工作表「\(sheet.grid.name)」单元格 \(formula.cellName) 的公式 \(written) 没有保存计算结果，jixiao 无法计算（只计算四则运算、单元格引用和 SUM 等常用函数）；\(kept)")
                    problems.append((index, formula.row, problem))
                    if let stored = formula.stored { grids[index].set(row: formula.row, column: formula.column, stored) }
                    continue
                }
                let shown = display(value, style: formula.style)
                grids[index].set(row: formula.row, column: formula.column, shown)
                // A result that agrees with the stored one needs no word.
                guard formula.stored != shown else { continue }
                computed += 1
                toldCount += 1
                firstTold = firstTold ?? formula.row
                if told.count < 5 {
                    told.append("\(formula.cellName) \(written) = \(shown)" + (formula.stored.map { "（文件中存的是「\($0)」）" } ?? ""))
                }
            }
            if let firstTold {
                let count = toldCount > 5 ? "多个" : "\(toldCount) 个"
                problems.append((index, firstTold, ReadingProblem(line: 0, severity: .info, rule: RuleID.formulaComputed,
                    message: "工作表「\(sheet.grid.name)」\(count)公式的结果文件没有保存\(recalculate ? "（文件由程序生成，要求打开时重新计算）" : "")，已按公式算出："
                        + (told + (toldCount > 5 ? ["等"] : [])).joined(separator: "；"))))
            }
        }
        if computed > 0 { note = "\(computed) 个公式的结果文件没有保存，已按公式算出" }
    }

    private func display(_ value: SheetFormula.Value, style: Int) -> String {
        switch value {
        case .number(let number): return formats.display(number, style: style, date1904: date1904)
        case .empty: return formats.display(0, style: style, date1904: date1904)
        case .text(let text): return text
        }
    }

    /// Each cell's value as formulas see it, a formula's computed once (a total of totals), a
    /// formula that refers back to itself not at all, nor one whose formulas refer on through more
    /// than `maxDepth` others not yet computed (formulas are computed in the sheets' order, so a
    /// running total down a column refers to one already known).
    private final class Resolver {
        static let maxDepth = 64
        struct Key: Hashable { var sheet: Int, row: Int, column: Int }
        let sheets: [SheetCells]
        let formulas: [Key: SheetCells.Formula]
        let sheetIndex: [String: Int]
        var results: [Key: SheetFormula.Value?] = [:]
        var computing: Set<Key> = []

        init(sheets: [SheetCells]) {
            self.sheets = sheets
            var formulas: [Key: SheetCells.Formula] = [:]
            for (index, sheet) in sheets.enumerated() {
                for formula in sheet.formulas { formulas[Key(sheet: index, row: formula.row, column: formula.column)] = formula }
            }
            self.formulas = formulas
            // Excel matches sheet names without regard to case.
            sheetIndex = Dictionary(sheets.enumerated().map { ($1.grid.name.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
        }

        func value(sheet: Int, row: Int, column: Int) -> SheetFormula.Value? {
            let key = Key(sheet: sheet, row: row, column: column)
            guard let formula = formulas[key] else {
                if let number = sheets[sheet].numbers[row]?[column] { return .number(number) }
                if let text = sheets[sheet].grid.text(row: row, column: column) { return .text(text) }
                return .empty
            }
            if let known = results[key] { return known }
            guard computing.count < Self.maxDepth, computing.insert(key).inserted else { return nil }
            let value = SheetFormula.evaluate(formula.text, offset: formula.offset) { reference in
                let target = reference.sheet.map { self.sheetIndex[$0.uppercased()] } ?? sheet
                guard let target else { return nil }
                return self.value(sheet: target, row: reference.row, column: reference.column)
            }
            computing.remove(key)
            results[key] = .some(value)
            return value
        }
    }
}
