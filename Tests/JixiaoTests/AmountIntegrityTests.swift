import Foundation
import Testing
import ZIPFoundation
@testable import JixiaoCore

/// Issue 14, items 3–7: money units, amounts that are not numbers, file names, values that
/// once trapped, and the two-line file. Every case failed before its change.
@Suite struct AmountIntegrityTests {
    static let header = "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性"

    /// A Layout A table of one department (`201-<county>人民政府办公室`) with one indicator
    /// row per project; `unitAbove`/`unitBelow` are whole lines around the table.
    static func layoutA(county: String = "甲县", stated: String, budgets: [String], weight: String = "90",
                        unitAbove: String? = "金额单位：万元", unitBelow: String? = nil) -> String {
        var lines = ["部门预算项目支出绩效目标申报表"]
        if let unitAbove { lines.append(unitAbove) }
        lines.append(header)
        lines.append("201-\(county)人民政府办公室\t\t\(stated)\t\t\t\t\t\t\t\t\t")
        for (index, budget) in budgets.enumerated() {
            lines.append("\t项目\(index + 1)\t\(budget)\t目标\t产出指标\t数量指标\t维护个数\t=\t10\t个\t\(weight)\t正向指标")
        }
        if let unitBelow { lines.append(unitBelow) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Seed 003 with the `（万元）` under each form's 项目资金 taken out (one is broken over lines).
    static func yuanzhouWithoutUnit() throws -> String {
        try String(contentsOfFile: Fixtures.yuanzhou, encoding: .utf8).components(separatedBy: "\n")
            .filter { !["（万元）", "（万", "元）"].contains($0) }.joined(separator: "\n")
    }

    func load(_ text: String, named name: String = "form.txt", checks: AmountChecks = AmountChecks()) throws -> CountyDocument {
        let folder = Fixtures.temporaryDirectory()
        var document = try Loaders.load(path: Fixtures.write(text, named: name, in: folder))
        checks.apply(to: &document)
        return document
    }

    // MARK: Item 3: money units

    @Test func aUnitLineBelowTheTableStatesTheUnitOfTheAmountsAboveIt() throws {
        let document = try load(Self.layoutA(stated: "560,000.00", budgets: ["460000", "100000"],
                                             unitAbove: nil, unitBelow: "金额单位：元"))
        #expect(document.projects.map(\.budget) == [46, 10])
        #expect(document.departments.first?.statedTotal == 56)
        #expect(document.moneyUnit == .yuan && document.moneyUnitStated)
        #expect(!document.findings.contains { $0.rule == "money.unit-missing" || $0.rule == "money.unit-suspect" })
        #expect(document.rowsRead == document.rowsWritten + document.rejected.count)
    }

    @Test func theBudgetColumnsTitleStatesTheUnitOfItsAmounts() throws {
        // `预算数（元）` and no unit line: the amounts are 元, said by the column itself.
        let yuan = Self.layoutA(stated: "560,000.00", budgets: ["460000", "100000"], unitAbove: nil)
            .replacingOccurrences(of: "\t预算数\t", with: "\t预算数（元）\t")
        let document = try load(yuan)
        #expect(document.projects.map(\.budget) == [46, 10])
        #expect(document.departments.first?.statedTotal == 56)
        #expect(document.moneyUnit == .yuan && document.moneyUnitStated)
        #expect(!document.findings.contains { $0.rule == "money.unit-missing" || $0.rule == "money.unit-suspect" })
        // `预算金额（万元）` over a unit line that says nothing else: 万元, and stated.
        let wan = try load(Self.layoutA(stated: "56.00", budgets: ["46", "10"], unitAbove: nil)
            .replacingOccurrences(of: "\t预算数\t", with: "\t预算金额（万元）\t"))
        #expect(wan.projects.map(\.budget) == [46, 10])
        #expect(wan.moneyUnitStated && !wan.findings.contains { $0.rule == "money.unit-missing" })
    }

    @Test func aLayoutBFormWithoutAUnitSaysSo() throws {
        let text = try Self.yuanzhouWithoutUnit()
        let document = try load(text, named: "003.txt")
        #expect(!document.moneyUnitStated)
        #expect(document.findings.filter { $0.rule == "money.unit-missing" }.count == 1)
        #expect(document.projects.compactMap(\.budget).reduce(0, +) == 82)
    }

    @Test func aLayoutBUnitLineAboveTheFormsIsHonoured() throws {
        let text = "金额单位：元\n\n" + (try Self.yuanzhouWithoutUnit())
        let document = try load(text, named: "003.txt")
        #expect(document.moneyUnit == .yuan && document.moneyUnitStated)
        #expect(roundMoney(document.projects.compactMap(\.budget).reduce(0, +)) == 0.0082)
        #expect(!document.findings.contains { $0.rule == "money.unit-missing" })
        #expect(document.rejected.isEmpty)
    }

    @Test func amountsWhoseSizeSays元UnderA万元HeaderAreFlagged() throws {
        let document = try load(Self.layoutA(stated: "460000", budgets: ["460000"]))
        let suspect = document.findings.filter { $0.rule == "money.unit-suspect" }
        #expect(suspect.count == 1 && suspect[0].severity == .warning && suspect[0].project == "项目1")
        // Flagged, still counted: the clerk decides.
        #expect(document.projects[0].budget == 460_000)
    }

    /// With no unit written anywhere, budgets all the size of 元 (`460000`, `2000`) are read in 元,
    /// said in the unit warning; one budget too small for 元 (`50`) keeps the file in 万元, flagged.
    @Test func amountsWhoseSizeSays元WithNoUnitWrittenAre元() throws {
        let yuan = try load(Self.layoutA(stated: "462000", budgets: ["460000", "2000"], unitAbove: nil))
        #expect(yuan.projects.map(\.budget) == [46, 0.2] && yuan.departments.first?.statedTotal == 46.2)
        #expect(yuan.findings.filter { $0.rule == "money.unit-missing" }.map(\.message) == ["文件没有写明金额单位；金额的大小（最大「460000」）像是以元为单位，按元读入，请核对"])
        #expect(!yuan.findings.contains { $0.rule == "money.unit-suspect" })
        let mixed = try load(Self.layoutA(stated: "460050", budgets: ["460000", "50"], unitAbove: nil))
        #expect(mixed.projects.map(\.budget) == [460_000, 50])
        #expect(mixed.findings.filter { $0.rule == "money.unit-suspect" }.count == 1)
    }

    // MARK: Item 4: numbers

    @Test func negativeNonDecimalAndImplausibleAmountsAreNeverAdded() throws {
        let budgets = ["-5", "0x10", "1e3", "1.234,5", "1e15", "1000000000000000", "NaN", "inf", "12.50"]
        let document = try load(Self.layoutA(stated: "12.50", budgets: budgets))
        #expect(document.projects.count == budgets.count)
        #expect(document.projects.map(\.budget) == [nil, nil, nil, nil, nil, nil, nil, nil, 12.5])
        let rules = document.findings.filter { $0.rule.hasPrefix("amount.") }.map { "\($0.project ?? ""):\($0.rule)" }
        #expect(rules == ["项目1:amount.negative", "项目2:amount.not-decimal", "项目3:amount.not-decimal",
                          "项目4:amount.not-decimal", "项目5:amount.not-decimal", "项目6:amount.implausible",
                          "项目7:amount.not-decimal", "项目8:amount.not-decimal"])
        #expect(document.findings.filter { $0.rule.hasPrefix("amount.") }.allSatisfy { $0.severity == .error })
        // The loader's vaguer "missing or not a number" is replaced by the reason.
        #expect(!document.findings.contains { $0.rule == "budget.missing" })
        let message = try #require(document.findings.first { $0.project == "项目2" }?.message)
        #expect(message.contains("0x10") && message.contains("未计入合计"))
    }

    /// Units other than 元 and 万元 had been read as one of them: `0.607亿元` as 0.607 万元,
    /// `60700千元` as 60700 万元, a `（千元）` column title or unit line as 元 (1,000 times too little).
    @Test func everyMoneyUnitIsConvertedByItsOwnFactor() throws {
        // Real form 01 (原州区, 6070.00 万元), its 年度资金总额 written in other units.
        let original = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-forms/01-ningxia-yuanzhou-afforestation.txt"), encoding: .utf8)
        #expect(original.contains("年度资金总额: | 6070.00"))
        for written in ["0.607亿元", "0.607 亿元", "60700千元", "6.07千万元", "60.7百万元", "60,700,000元", "6070万", "壹亿贰仟万元"] {
            let document = try load(original.replacingOccurrences(of: "年度资金总额: | 6070.00", with: "年度资金总额: | \(written)"))
            #expect(document.projects.map(\.name) == ["原州区2022年南部水源涵养林建设项目"], "\(written)")
            #expect(document.projects.first?.budget == (written == "壹亿贰仟万元" ? 12000 : 6070), "\(written)")
        }
        // The unit in the budget's title: 千元.
        let thousands = try load(original.replacingOccurrences(of: "项目资金 (万元)", with: "项目资金 (千元)")
            .replacingOccurrences(of: "6070.00", with: "60700"))
        #expect(thousands.projects.first?.budget == 6070 && thousands.moneyUnit == .qianYuan)
        // A unit line over a department table: 千元.
        let table = try load(Self.layoutA(stated: "560.00", budgets: ["460", "100"], unitAbove: "金额单位：千元"))
        #expect(table.projects.map(\.budget) == [46, 10] && table.departments.first?.statedTotal == 56)
        #expect(MoneyUnit.detect(in: "（单位：千万元）") == .qianWanYuan && MoneyUnit.detect(in: "金额单位：亿元") == .yiYuan
                && MoneyUnit.detect(in: "单位：元") == .yuan && MoneyUnit.detect(in: "万亩") == nil)
    }

    /// A blank 年度资金总额 beside a filled 其中：财政拨款 had left the project without a budget
    /// (a county total short by it, with only budget.missing said): now their sum, flagged.
    /// A yuan sign on the budget (`￥6070.00`) of a form that states 万元 had made the whole
    /// form 元: budget and funds 0.607 万元, consistent with each other, silently. The sign
    /// still reads the budget as 元, but the funds stay in the stated unit, and both are said.
    @Test func aYuanSignAgainstTheStatedUnitIsSaid() throws {
        let original = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-forms/01-ningxia-yuanzhou-afforestation.txt"), encoding: .utf8)
        let cell = "年度资金总额: | 6070.00 |"
        #expect(original.contains(cell) && original.contains("项目资金 (万元)"))
        let folder = Fixtures.temporaryDirectory()
        let path = Fixtures.write(original.replacingOccurrences(of: cell, with: "年度资金总额: | ￥6070.00 |"), named: "01.txt", in: folder)
        let document = try Loaders.load(path: path)
        let project = try #require(document.projects.first)
        #expect(project.budget == 0.607)
        #expect(project.fiscalFunds == 6070)
        #expect(document.moneyUnit == .wanYuan)
        #expect(document.findings.filter { $0.rule == RuleID.moneySignDiffers }.map(\.message)
                == ["资金总额「￥6070.00」带人民币符号，按元读作 0.607 万元，而表单写明金额单位为万元"])
        let (_, run) = try Fixtures.runSample(inputs: [path])
        #expect(run.findings.contains { $0.rule == RuleID.totalFundsMismatch && $0.severity == .error })
        // A form that states no unit: the sign is its unit, nothing to say.
        let unstated = Fixtures.write(original.replacingOccurrences(of: cell, with: "年度资金总额: | ￥60700000.00 |")
            .replacingOccurrences(of: "项目资金 (万元)", with: "项目资金"), named: "01-unstated.txt", in: folder)
        let plain = try Loaders.load(path: unstated)
        #expect(plain.projects.first?.budget == 6070)
        #expect(!plain.findings.contains { $0.rule == RuleID.moneySignDiffers })
    }

    @Test func aBlankTotalIsTheFundsBesideIt() throws {
        let original = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-forms/01-ningxia-yuanzhou-afforestation.txt"), encoding: .utf8)
        let blank = original.replacingOccurrences(of: "年度资金总额: | 6070.00", with: "年度资金总额: | ")
            .replacingOccurrences(of: "其他资金 | ||||||", with: "其他资金 | 30 |||||")
        #expect(blank != original && blank.contains("其他资金 | 30"))
        let document = try load(blank)
        #expect(document.projects.map(\.budget) == [6100])
        #expect(document.findings.filter { $0.rule == RuleID.budgetFromFunds }.map(\.message) == ["表单的资金总额缺失（「」），取财政拨款与其他资金之和 6100.00 万元"])
        #expect(!document.findings.contains { $0.rule == RuleID.budgetMissing })
        // An unknown total key (本年度资金) is a budget key now; 财政资金 alone is the funds.
        let fiscalOnly = try load(original.replacingOccurrences(of: "年度资金总额: | 6070.00", with: "财政资金: | 6070.00"))
        #expect(fiscalOnly.projects.map(\.budget) == [6070] && fiscalOnly.findings.contains { $0.rule == RuleID.budgetFromFunds })
        let total = try load(original.replacingOccurrences(of: "年度资金总额: | 6070.00", with: "本年度资金: | 6070.00"))
        #expect(total.projects.map(\.budget) == [6070] && !total.findings.contains { $0.rule == RuleID.budgetFromFunds })
    }

    @Test func decimalNumbersAreParsedStrictly() {
        #expect(DecimalNumber.parse("8,827,620.53") == 8_827_620.53)
        #expect(DecimalNumber.parse("97.20") == 97.2 && DecimalNumber.parse(".5") == 0.5 && DecimalNumber.parse("-5") == -5)
        for bad in ["0x10", "1e3", "1.234,5", "1,2345", "12,34", "nan", "inf", "1e309", "", "-", ".", "1.2.3", String(repeating: "9", count: 400)] {
            #expect(DecimalNumber.parse(bad) == nil, "\(bad)")
        }
    }

    /// A number of up to 15 digits is read without strtod: it must be the very Double strtod
    /// gives (the same bits), with a sign, leading zeros, grouping or a fraction of any length.
    @Test func shortDecimalNumbersAreTheDoublesStrtodGives() {
        var state: UInt64 = 16
        func random(_ below: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % below
        }
        for _ in 0..<20_000 {
            let integer = String((0..<random(10)).map { _ in Character(String(random(10))) })
            let fraction = String((0..<random(9)).map { _ in Character(String(random(10))) })
            let sign = ["", "-", "+"][random(3)]
            let text = sign + integer + (fraction.isEmpty && random(2) == 0 ? "" : "." + fraction)
            let expected = Double(text).flatMap { $0.isFinite ? $0 : nil }
            let parsed = DecimalNumber.parse(text)
            if integer.isEmpty && fraction.isEmpty {
                #expect(parsed == nil, "\(text)")
            } else {
                #expect(parsed?.bitPattern == expected?.bitPattern, "\(text)")
            }
        }
        #expect(DecimalNumber.parse("-0")?.bitPattern == (-0.0).bitPattern)
        #expect(DecimalNumber.parse("1,234,567.891")?.bitPattern == 1_234_567.891.bitPattern)
        #expect(DecimalNumber.parse("0.1")?.bitPattern == 0.1.bitPattern && DecimalNumber.parse("999999999999999") == 999_999_999_999_999)
    }

    /// A budget cell: a plain number (ASCII or full width) read strictly, words by their first number.
    @Test func amountCellsAreReadStrictlyUnlessWrittenInWords() {
        let read = { (text: String) in MoneyText.parse(text).map { "\($0.amount) \($0.unit.map { "\($0)" } ?? "-")" } ?? "nil" }
        #expect(["12.50", " 7,548,150 ", "-5", "+3", "0x10", "1e3", "1.234,5", "NaN", "", "  "].map(read)
                == ["12.5 -", "7548150.0 -", "-5.0 -", "3.0 -", "nil", "nil", "nil", "nil", "nil", "nil"])
        #expect(["１２.５", "10000万元", "46 元", "1 234", "50万", "854万(高标准农田建设400万元,…)", "约45万元"].map(read)
                == ["12.5 -", "10000.0 wanYuan", "46.0 yuan", "1.0 -", "50.0 wanYuan", "854.0 wanYuan", "45.0 wanYuan"])
        // Numbering is no amount: `目标1：` had been read as a budget of 1.
        #expect(["目标1：中等职业教育各项国家资助政策按规定得到落实", "1、人工费30万元", "指标2、完成率", "1.5万", "第1.5期 20万"].map(read)
                == ["nil", "30.0 wanYuan", "nil", "1.5 wanYuan", "1.5 -"])
    }

    @Test func theLimitsArePipelineParameters() throws {
        let document = try load(Self.layoutA(stated: "", budgets: ["600"]), checks: AmountChecks(maximum: 500, yuanSuspectAt: 100))
        #expect(document.projects[0].budget == nil)
        #expect(document.findings.contains { $0.rule == "amount.implausible" && $0.message.contains("500.00") })
        let folder = Fixtures.temporaryDirectory()
        let pipeline = """
        name: limits
        stages:
          - load:
              max_amount: 500
              yuan_suspect_at: .inf
        """
        #expect(throws: PipelineError.self) { try Pipeline(file: try PipelineFile.parse(pipeline, path: folder + "/p.yaml")) }
    }

    // MARK: Item 6: no value traps

    @Test func nonFiniteBudgetsWeightsAndTotalsNeitherTrapNorReachTheWorkbook() throws {
        let folder = Fixtures.temporaryDirectory()
        let text = Self.layoutA(stated: "1e309", budgets: ["NaN", "inf", "1e309", "5.00"], weight: "NaN")
            + Self.layoutA(stated: "inf", budgets: ["3"], weight: "1e309").replacingOccurrences(of: "201-", with: "202-")
        let input = Fixtures.write(text, named: "甲县.txt", in: folder)
        let (file, result) = try Fixtures.runSample(inputs: [input])
        let summary = try OutputWriter.write(result, pipeline: file, period: "2023-12", root: Fixtures.temporaryDirectory())
        #expect(summary.status == "complete")
        #expect(summary.counties.map(\.budgetWan) == [8])
        #expect(result.allProjects.allSatisfy { $0.indicators.allSatisfy { $0.weight == nil } })
        #expect(formatNumber(1e20) == "1e+20" && formatNumber(.nan) == "nan" && formatNumber(90) == "90")
    }

    @Test func aRuleFileWithANonFiniteOrNegativeThresholdOrADuplicateKeyIsRefusedWithItsLine() throws {
        for (body, line, words) in [("weights:\n  total: .inf\n", 8, "finite"),
                                    ("weights:\n  total: 90\n  tolerance: -1\n", 9, "negative"),
                                    ("satisfaction_floor: 90\nsatisfaction_floor: 80\n", 8, "twice")] {
            let templates = Fixtures.temporaryDirectory()
            let yaml = "# a template\nname: 测试\napplies_to: all\nrequired_level1: [产出指标]\nsentence_length: 25\nno_duplicates: true\n" + body
            _ = Fixtures.write(yaml, named: "standard.yaml", in: templates)
            do {
                _ = try Template.loadAll(directory: templates)
                Issue.record("accepted: \(body)")
            } catch let error as PipelineError {
                #expect(error.line == line, "\(error)")
                #expect(error.description.contains("standard.yaml") && error.message.contains(words), "\(error)")
            }
        }
    }

    // MARK: Item 7: the two-line file

    @Test func aTwoLineFileWithColumnsInAnotherOrderIsReadNotATrap() throws {
        let document = try load("一级指标\t项目名称\t三级指标\n产出指标\t某项目\t某指标\n", named: "two-lines.txt")
        #expect(document.rowsRead == document.rowsWritten + document.rejected.count)
        #expect(document.rowsRead == 1)
        // A title far to the right of 一级指标, and no indicator under it: an error naming the
        // file (a recognised form that yields nothing fails), never a trap.
        let wide = "一级指标\t\t\t\t\t\t\t\t\t\t\t\t\t项目名称\t三级指标\n产出指标\n"
        let error = try #require(throws: LoadError.self) { try load(wide, named: "wide.txt") }
        #expect(error.file == "wide.txt")
    }

    // MARK: Item 5: file names

    @Test func countiesWhoseNamesSanitiseAlikeGetTheirOwnWorkbooks() throws {
        let folder = Fixtures.temporaryDirectory()
        let first = Fixtures.write(Self.layoutA(county: "甲乙", stated: "10", budgets: ["10"]), named: "a.txt", in: folder)
        let second = Fixtures.write(Self.layoutA(county: "甲乙", stated: "20", budgets: ["20"]), named: "b.txt", in: folder)
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let result = try Pipeline(file: file).run(inputs: [InputFile(path: first, county: "甲/乙县"),
                                                           InputFile(path: second, county: "甲_乙县")])
        let summary = try OutputWriter.write(result, pipeline: file, period: "2023-12", root: Fixtures.temporaryDirectory())
        let workbooks = summary.counties.compactMap(\.workbook)
        #expect(workbooks.count == 2 && Set(workbooks).count == 2)
        #expect(workbooks.contains("甲_乙县.xlsx"))
        #expect(summary.counties.map(\.budgetWan) == [10, 20])
        for name in workbooks {
            #expect(FileManager.default.fileExists(atPath: (summary.outputDirectory as NSString).appendingPathComponent(name)))
        }
        #expect(CountyFileName.make("甲/乙县") == CountyFileName.make("甲/乙县") && CountyFileName.make("甲/乙县") != "甲_乙县")
    }
}

/// Issue 14, item 11: libxlsxwriter's results are checked, and its temporary files go to the
/// output's own folder.
@Suite struct WorkbookResultTests {
    @Test func aWorkbookWithEmptyPartsIsNotTakenAsWritten() throws {
        // What a full temporary folder made: every part present, and empty.
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/empty-parts.xlsx"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for name in ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"] {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(0), provider: { _, _ in Data() })
        }
        do {
            try WrittenWorkbookCheck.verify(path)
            Issue.record("a workbook with empty parts passed")
        } catch let error as WriterError {
            #expect(error.message.contains("[Content_Types].xml") && error.message.contains("empty"), "\(error)")
        }
        #expect(throws: WriterError.self) { try WrittenWorkbookCheck.verify(folder + "/missing.xlsx") }
    }

    @Test func aCellPastExcelsLastRowFailsTheWorkbookInsteadOfVanishing() throws {
        let folder = Fixtures.temporaryDirectory()
        let workbook = try XLSXWorkbook(path: folder + "/b.xlsx")
        let sheet = try workbook.addSheet("表")
        sheet.write(1_048_576, 0, "第 1,048,577 行")
        do {
            try workbook.close()
            Issue.record("a cell past the last row was accepted")
        } catch let error as WriterError {
            #expect(error.message.contains("write_string on 表"), "\(error)")
        }
        // By default the temporary files stay beside the workbook: nothing is left there.
        let clean = try XLSXWorkbook(path: folder + "/c.xlsx")
        try clean.addSheet("表").write(0, 0, "文字")
        try clean.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["b.xlsx", "c.xlsx"])
        try WrittenWorkbookCheck.verify(folder + "/c.xlsx")
    }
}
