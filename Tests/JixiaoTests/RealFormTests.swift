import Foundation
import Testing
@testable import JixiaoCore

/// The 11 real published forms of `Tests/Fixtures/real-forms/` (copied from the project's
/// shared folder), as text taken from web pages, against the hand counts of `expected.json`.
@Suite("Real forms of other counties, as published text")
struct RealFormTests {
    struct Expected: Decodable {
        var forms: Int?
        var indicators: Int
        var budget: Double?
        var county: String?
    }

    static let folder = Fixtures.path("Tests/Fixtures/real-forms")

    static let expected: [String: Expected] = {
        let data = try! Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json"))
        let object = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        var out: [String: Expected] = [:]
        for (name, value) in object where name.hasSuffix(".txt") {
            let json = try! JSONSerialization.data(withJSONObject: value)
            out[name] = try! JSONDecoder().decode(Expected.self, from: json)
        }
        return out
    }()

    static let names = expected.keys.sorted()

    static func read(_ name: String) throws -> CountyDocument {
        try Loaders.load(path: folder + "/" + name)
    }

    @Test("each form gives the hand counts: forms, indicators with a value, budget, county", arguments: names)
    func handCounts(name: String) throws {
        try Self.expectHandCounts(Self.read(name), of: name)
    }

    @Test("each form typed with other characters gives the same hand counts", arguments: names, CharacterVariantsTests.variants)
    func handCountsTypedOtherwise(name: String, variant: String) throws {
        let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
        let path = Fixtures.write(CharacterVariantsTests.typed(text, as: variant), named: name, in: Fixtures.temporaryDirectory())
        try Self.expectHandCounts(Loaders.load(path: path), of: name)
    }

    /// A copy cut so many bytes in (the eleven are the first 2,000 bytes of their pages) may end
    /// inside a character: the bytes before that character are read, as the copy cut just before
    /// it would be, and the format's details say what was left out (the file had been refused
    /// as no text at all).
    @Test("each form cut inside its last character reads as the copy cut before it", arguments: names)
    func cutInsideACharacter(name: String) throws {
        let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
        let last = try #require(text.unicodeScalars.last { $0.utf8.count == 3 })
        let kept = String(text.unicodeScalars[..<text.unicodeScalars.lastIndex(of: last)!])
        let folder = try Fixtures.temporaryDirectory()
        let cut = Fixtures.write(Data(kept.utf8) + Data(String(last).utf8.prefix(2)), named: name, in: folder)
        let extracted = try InputText.extract(data: Data(contentsOf: URL(fileURLWithPath: cut)), path: cut, file: name)
        #expect(extracted.text == kept)
        #expect(extracted.details.contains("末尾截断在一个字符中间，去掉了不完整的 2 个字节"))
        let whole = try Loaders.load(path: Fixtures.write(kept, named: name, in: Fixtures.temporaryDirectory()))
        #expect(try Self.records(Loaders.load(path: cut)) == Self.records(whole))
    }

    /// Lines that end an indicator table: a note, page furniture, a sign-off, a report's heading,
    /// another table's header, the form's title again. Put inside a table, the rows after them had
    /// been neither written nor rejected (恭城-like pages: 6 of 11 rows gone, exit 0).
    static let interruptions = ["注：本表由项目单位填写", "扫一扫在手机打开当前页", "填表人：张三  联系电话：12345678",
                                "（二）存在的问题和原因", "序号 | 学校性质 | 金额", "说明 | 无", "2023年项目支出绩效目标表"]

    /// Each form with a table-ending line put before its last group (the last row with a level
    /// label written on its line: the table's labels go on after the line): the rows before it are
    /// read as they were, and every row from there on is written or rejected, never lost.
    @Test("a line that ends a table, put inside a form's table, loses no row: each is written or rejected",
          arguments: names, interruptions)
    func tableInterrupted(name: String, interruption: String) throws {
        let original = try Self.read(name)
        let rows = original.projects.flatMap(\.indicators)
        var lines = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8).components(separatedBy: "\n")
        let groupStarts = rows.dropFirst().filter { row in
            let line = lines[row.source.line - 1]
            return [row.level1Label, row.level2Label].contains { !$0.isEmpty && line.contains($0) }
        }
        guard let at = groupStarts.last?.source.line else { return }
        lines.insert(interruption, at: at - 1)
        let document = try Loaders.load(path: Fixtures.write(lines.joined(separator: "\n"), named: name, in: Fixtures.temporaryDirectory()))
        let read = document.projects.flatMap(\.indicators)
        let written = Set(read.map(\.source.line)), rejected = Set(document.rejected.map(\.source.line))
        for row in rows {
            if row.source.line < at {
                #expect(read.contains { $0.source.line == row.source.line && $0.nameAsWritten == row.nameAsWritten }, "\(row.nameAsWritten)")
            } else {
                #expect(written.contains(row.source.line + 1) || rejected.contains(row.source.line + 1),
                        "\(name): 「\(row.nameAsWritten)」 after 「\(interruption)」 lost")
            }
        }
        #expect(document.rowsRead == document.rowsWritten + document.rejected.count)
    }

    /// A table printed over two pages opens the next page with a continued table's mark
    /// (`continued_table_marks`: 续表, `（续表）`, `接上表：`) on a line of its own: page furniture,
    /// no row (`续表` had been an indicator with no value), and the table goes on. So does the form's
    /// title said again alone between its rows (a page's running title, printed atop each page):
    /// no new form. Its rows had been a form of their own with no header and no key, neither
    /// written nor rejected (武川县: 11 rows → 7, exit 0).
    @Test("a continued table's mark or the title again between a form's rows changes nothing",
          arguments: names, ["续表", "（续表）", "接上表：", "2023年项目支出绩效目标表", "项目支出绩效目标申报表（2024年度）"])
    func pageBreakBetweenRows(name: String, mark: String) throws {
        let original = try Self.read(name)
        let rows = original.projects.flatMap(\.indicators)
        guard rows.count >= 2 else { return }
        let at = rows[rows.count / 2].source.line
        var lines = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8).components(separatedBy: "\n")
        lines.insert(mark, at: at - 1)
        let marked = try Loaders.load(path: Fixtures.write(lines.joined(separator: "\n"), named: name, in: Fixtures.temporaryDirectory()))
        #expect(Self.records(marked) == Self.records(original))
        #expect(marked.rowsRead == original.rowsRead && marked.rejected.count == original.rejected.count)
    }

    /// A row whose name the reader takes for a label (a label's word as its name, one cell a line:
    /// 宝坻区's first row named `满意度`, 舒城县's row named `产出指标`) leaves its target alone before
    /// the next row's name. The target is no level 2 of the rows after it (`1` and `≥95%` had become
    /// their 二级指标, the row lost with no word): it is a value with no name, rejected.
    @Test func aTargetLeftAloneIsNoLevelTwo() throws {
        let baodi = try Self.variant(of: "05-tianjin-baodi-manure.txt", [("建设项目个数(含续建) |", "满意度 |")])
        let baodiRows = baodi.projects.flatMap(\.indicators)
        #expect(baodiRows.map(\.nameAsWritten) == ["竣工验收合格率", "按进度计划实施情况", "完工项目县畜禽粪污综合利用率"])
        #expect(baodiRows.map(\.level2Label) == ["", "", ""])
        #expect(baodi.rejected.contains { $0.text == "1" && $0.source.line == 27 })
        #expect(baodi.rowsRead == baodi.rowsWritten + baodi.rejected.count)

        let shucheng = try Self.variant(of: "06-anhui-shucheng-work-relief.txt", [("    项目开工率", "    产出指标")])
        let after = try #require(shucheng.projects.flatMap(\.indicators).first { $0.nameAsWritten == "超规模、超标准、超概算项目比例" })
        #expect(after.valueAsWritten == "0" && after.level2Label.isEmpty)
        #expect(shucheng.rejected.map(\.text) == ["≥95%"])
        #expect(shucheng.rejected.first?.reason == "指标值前面没有指标名称 (a value with no indicator name before it)")
        #expect(shucheng.rowsRead == 10 && shucheng.rowsWritten == 9)
    }

    /// A cost row named after the money it counts (`成本指标 | 基本支出`, a money key of the form's
    /// header) is a row, not the next form's key: cut where the copy ends (宁德市's 部门整体 page) it
    /// is rejected as cut, where it had vanished, read and rejected nowhere.
    @Test func aRowNamedAfterAMoneyKeyIsARow() throws {
        let wuchuan = try Self.variant(of: "07-neimenggu-wuchuan-livestock.txt", [("成本指标 | 打井、配电 |", "成本指标 | 基本支出 |")])
        let cost = try #require(wuchuan.projects.flatMap(\.indicators).first { $0.nameAsWritten == "基本支出" })
        #expect(cost.valueAsWritten + cost.unitAsWritten == "50000元" && cost.source.line == 29)
        #expect(wuchuan.rowsWritten == 11 && wuchuan.rejected.isEmpty)

        let baodi = try Self.variant(of: "05-tianjin-baodi-manure.txt",
                                     [("完工项目县畜禽粪污综合利用率 |\n≥90% | |||\n完工项目县规模养殖场畜禽粪污处理", "基本支出")])
        #expect(baodi.projects.flatMap(\.indicators).map(\.nameAsWritten) == ["建设项目个数(含续建)", "竣工验收合格率", "按进度计划实施情况"])
        #expect(baodi.rejected.map(\.text) == ["基本支出"])
        #expect(baodi.rejected.first.map(FormReader.rejectedAsCut) == true)
        #expect(baodi.rowsRead == 4 && baodi.rowsWritten == 3)
    }

    /// A notice's number and prose after a table (宝坻区's form with the next notice's first lines
    /// after it, as a page of several notices prints them) end the table: the number had been the
    /// cut row's target and a paragraph an indicator of its own.
    @Test func aNoticeAfterTheTableIsNoRow() throws {
        let text = try String(contentsOfFile: Self.folder + "/05-tianjin-baodi-manure.txt", encoding: .utf8)
        let notice = text.components(separatedBy: "\n").prefix(3).joined(separator: "\n")
        #expect(notice.hasPrefix("津财基指〔2022〕23号\n根据《财政部关于下达") && notice.count > 300)
        let document = try Loaders.load(path: Fixtures.write(text + "\n" + notice + "\n", named: "宝坻区.txt", in: Fixtures.temporaryDirectory()))
        let rows = document.projects.flatMap(\.indicators)
        #expect(rows.map(\.nameAsWritten) == ["建设项目个数(含续建)", "竣工验收合格率", "按进度计划实施情况", "完工项目县畜禽粪污综合利用率",
                                              "完工项目县规模养殖场畜禽粪污处理"])
        #expect(rows.last?.valueAsWritten == "")
        #expect(document.rowsRead == 5 && document.rejected.isEmpty)
    }

    static func expectHandCounts(_ document: CountyDocument, of name: String) throws {
        let expected = try #require(Self.expected[name])
        #expect(document.layout == .templateForm)
        let forms = document.projects.filter { $0.kind == .project }
        if let count = expected.forms {
            #expect(forms.count == count)
        } else {
            #expect(forms.isEmpty)
            #expect(document.projects.filter { $0.kind == .departmentWhole }.count == 1)
        }
        let withValue = document.projects.flatMap(\.indicators).filter { !$0.valueAsWritten.isEmpty }
        #expect(withValue.count == expected.indicators)
        if let budget = expected.budget {
            let stated = document.projects.compactMap(\.budget).reduce(0, +)
            #expect(abs(stated - budget) < 0.005, "budget \(stated) ≠ \(budget)")
        } else {
            #expect(document.projects.allSatisfy { $0.budgetAsWritten.isEmpty })
        }
        if let county = expected.county {
            #expect(document.county == county)
            #expect(document.countyLevel == .county)
        } else {
            #expect(document.countyLevel == .city || document.countyLevel == .unknown)
        }
        #expect(document.rowsRead == document.rowsWritten + document.rejected.count)
    }

    @Test("labels numbered as a document numbers its parts (一、产出指标, （一）数量指标, 2.质量指标) are still labels")
    func numberedLabels() throws {
        // Form 01 (a row per line, `|` between cells) and 06 (a cell per line), numbered.
        let yuanzhou = try String(contentsOfFile: Self.folder + "/01-ningxia-yuanzhou-afforestation.txt", encoding: .utf8)
            .replacingOccurrences(of: "\n产出指标 |", with: "\n一、产出指标 |")
            .replacingOccurrences(of: "数量指标 (必填硬性指标)", with: "（一）数量指标")
            .replacingOccurrences(of: "质量指标 (必填)", with: "2.质量指标")
        let shucheng = try String(contentsOfFile: Self.folder + "/06-anhui-shucheng-work-relief.txt", encoding: .utf8)
            .replacingOccurrences(of: "    产出指标\n", with: "    一、产出指标\n")
            .replacingOccurrences(of: "    效益指标\n", with: "    二、效益指标\n")
        let folder = Fixtures.temporaryDirectory()
        let first = try Loaders.load(path: Fixtures.write(yuanzhou, named: "01.txt", in: folder)).projects[0].indicators
        #expect(first.count == 11 && first.filter { !$0.valueAsWritten.isEmpty }.count == 8)
        #expect(first[0].nameAsWritten == "实施营造林总面积(亩)" && first[0].valueAsWritten == "80000")
        #expect(first[0].level1Label == "一、产出指标" && first[0].level2Label == "（一）数量指标")
        #expect(first[4].nameAsWritten == "苗木成活率(≥**%)" && first[4].level2Label == "2.质量指标" && first[4].valueAsWritten == "85")
        let sixth = try Loaders.load(path: Fixtures.write(shucheng, named: "06.txt", in: folder)).projects[0].indicators
        #expect(sixth.map(\.valueAsWritten) == ["≥32.68%", "持续改善", "≥90%", "≤20工作日", "100%", "≥95%", "≥95%", "≥95%", "0", "≤1%"])
        #expect(sixth[0].level1Label == "一、产出指标" && sixth[1].level1Label == "二、效益指标")
        // Placed on the framework as the labels they number.
        let framework = try Framework.load(path: Fixtures.path("Data/framework.yaml"))
        #expect(framework.level1(for: "一、产出指标") == "产出指标" && framework.level1(for: "①满意度指标") == "满意度指标")
        #expect(framework.level2(for: "（一）数量指标")?.level2 == "数量指标" && framework.level2(for: "2.质量指标")?.level2 == "质量指标")
        #expect(framework.level2(for: "1.5数量指标") == nil)
        // Indicator names numbered so are cleaned of it; the as-written name keeps it.
        let numberedNames = shucheng.replacingOccurrences(of: "    项目开工率\n", with: "    （1）项目开工率\n")
            .replacingOccurrences(of: "    参与工程建设的贫困群众满意度\n", with: "    ①参与工程建设的贫困群众满意度\n")
        let (_, run) = try Fixtures.runSample(inputs: [Fixtures.write(numberedNames, named: "06-names.txt", in: folder)])
        let named = run.allProjects.flatMap(\.indicators)
        #expect(named.first { $0.nameAsWritten == "（1）项目开工率" }?.name == "项目开工率")
        #expect(named.first { $0.nameAsWritten == "①参与工程建设的贫困群众满意度" }?.name == "参与工程建设的贫困群众满意度")
        #expect(["（1）项目开工率", "①项目开工率", "1)项目开工率", "一、项目开工率", "1、项目开工率", "指标1：项目开工率"].map(TextCleaning.stripNumbering)
                == Array(repeating: "项目开工率", count: 6))
        #expect(TextCleaning.stripNumbering("1.5万亩造林面积") == "1.5万亩造林面积" && TextCleaning.stripNumbering("十大工程完成率") == "十大工程完成率")
        #expect(Enumeration.length(Array("1.5万亩".unicodeScalars)) == 0 && Enumeration.length(Array("2023年".unicodeScalars)) == 0)
    }

    @Test("column titles as other templates write them (一级目标 / 二级目标 / 三级目标 / 指标单位 / 目标值) are words in Data/")
    func columnTitlesOfOtherTemplates() throws {
        // Form 04 (a cell per line) with its header written so: 二级目标 had made every row lose its labels.
        var text = try String(contentsOfFile: Self.folder + "/04-chongqing-zhongxian-pig-award.txt", encoding: .utf8)
        for (from, to) in [("\n一级指标 |", "\n一级目标 |"), ("\n二级指标 |", "\n二级目标 |"), ("\n三级指标 |", "\n三级目标 |"),
                           ("\n单位 |", "\n指标单位 |"), ("\n指标值 | |", "\n目标值 | |")] {
            #expect(text.contains(from))
            text = text.replacingOccurrences(of: from, with: to)
        }
        let indicators = try Loaders.load(path: Fixtures.write(text, named: "04.txt", in: Fixtures.temporaryDirectory())).projects[0].indicators
        #expect(indicators.prefix(2).map(\.nameAsWritten) == ["猪肉产量稳定率", "能繁母猪稳定率"])
        #expect(indicators.prefix(2).map(\.valueAsWritten) == ["≥95%", "90%"] && indicators.prefix(2).map(\.unitAsWritten) == ["%", "%"])
        #expect(indicators.prefix(2).allSatisfy { $0.level1Label == "产出指标" && $0.level2Label == "数量指标" })
        // Its unit column titled 计算单位 or 指标计量单位: the column had been read as an indicator.
        for title in ["计算单位", "指标计量单位"] {
            let unitTitled = try String(contentsOfFile: Self.folder + "/04-chongqing-zhongxian-pig-award.txt", encoding: .utf8)
                .replacingOccurrences(of: "\n单位 |", with: "\n\(title) |")
            let read = try Loaders.load(path: Fixtures.write(unitTitled, named: "04-\(title).txt", in: Fixtures.temporaryDirectory())).projects[0].indicators
            #expect(read.prefix(2).map(\.unitAsWritten) == ["%", "%"] && read[0].valueAsWritten == "≥95%", "\(title)")
        }
        // A level 2 written short (数量 for 数量指标, an alias in framework.yaml): it had been read as an indicator.
        let short = try String(contentsOfFile: Self.folder + "/04-chongqing-zhongxian-pig-award.txt", encoding: .utf8)
            .replacingOccurrences(of: "\n数量指标 |", with: "\n数量 |")
        #expect(short.contains("\n数量 |"))
        let shortened = try Loaders.load(path: Fixtures.write(short, named: "04-short.txt", in: Fixtures.temporaryDirectory())).projects[0].indicators
        #expect(shortened.prefix(2).map(\.nameAsWritten) == ["猪肉产量稳定率", "能繁母猪稳定率"])
        #expect(shortened.prefix(2).map(\.valueAsWritten) == ["≥95%", "90%"] && shortened[0].level2Label == "数量")
        let framework = try Framework.load(path: Fixtures.path("Data/framework.yaml"))
        #expect(framework.level2(for: "数量")?.level2 == "数量指标" && framework.level2(for: "时效")?.level2 == "时效指标")
        // The table's vertical label written 绩效目标 (also a goal key) before 产出指标: it had ended the
        // table, and the form read no indicator at all.
        let labelled = try String(contentsOfFile: Self.folder + "/04-chongqing-zhongxian-pig-award.txt", encoding: .utf8)
            .replacingOccurrences(of: "\n绩效指标 |", with: "\n绩效目标 |")
        #expect(labelled.contains("\n绩效目标 |\n产出指标 |"))
        let underLabel = try Loaders.load(path: Fixtures.write(labelled, named: "04-label.txt", in: Fixtures.temporaryDirectory())).projects[0]
        #expect(underLabel.indicators.prefix(2).map(\.valueAsWritten) == ["≥95%", "90%"] && underLabel.budget == 397)
    }

    @Test("rules drawn between a table's rows (markdown's | --- |, +-----+) are no rows")
    func ruleLinesAreNoRows() throws {
        // Form 01 as a markdown or ASCII-drawn table: a rule under the indicator header, borders around it.
        let header = "绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | ||\n"
        for rule in ["| --- | --- | --- | --- | --- | --- |", "|:---|:---:|---:|---|---|---|", "+------+------+------+------+", "———————————"] {
            let document = try Self.variant(of: Self.yuanzhou, [(header, header + rule + "\n"),
                                                                ("\n产出指标 |", "\n\(rule)\n产出指标 |")])
            let indicators = document.projects.flatMap(\.indicators)
            #expect(indicators.count == 11 && indicators.filter { !$0.valueAsWritten.isEmpty }.count == 8, "\(rule)")
            #expect(indicators.first?.nameAsWritten == "实施营造林总面积(亩)" && indicators.first?.valueAsWritten == "80000", "\(rule)")
            #expect(document.projects.map(\.budget) == [6070], "\(rule)")
        }
        #expect(!FormCells.isRuleLine("—") && !FormCells.isRuleLine("| — | 无 |") && !FormCells.isRuleLine("- 3 -") && !FormCells.isRuleLine("---a"))
    }

    @Test("values as the forms write them: operators, units, dates, qualitative targets")
    func values() throws {
        let shucheng = try Self.read("06-anhui-shucheng-work-relief.txt").projects[0].indicators
        #expect(shucheng.map(\.valueAsWritten) == ["≥32.68%", "持续改善", "≥90%", "≤20工作日", "100%", "≥95%", "≥95%", "≥95%", "0", "≤1%"])
        #expect(shucheng[3].level1Label == "过程管理指标" && shucheng[3].level2Label == "计划管理指标")
        #expect(shucheng[0].level1Label == "产出指标" && shucheng[0].otherColumns.contains("实施效果指标"))

        let zhongxian = try Self.read("04-chongqing-zhongxian-pig-award.txt").projects[0]
        #expect(zhongxian.name == "生猪（牛羊）调出大县奖励资金")
        #expect(zhongxian.indicators[0].nameAsWritten == "猪肉产量稳定率")
        #expect(zhongxian.indicators[0].unitAsWritten == "%" && zhongxian.indicators[0].valueAsWritten == "≥95%")

        let wuchuan = try Self.read("07-neimenggu-wuchuan-livestock.txt").projects[0].indicators
        #expect(wuchuan.last?.nameAsWritten == "防疫室84平米" && wuchuan.last?.valueAsWritten == "≥1050元")
        #expect(wuchuan[4].level2Label == "时效指标" && wuchuan[4].valueAsWritten == "2021年7月")
    }

    /// Real form `name` with each `(from, to)` change made to its text (`from` must be in it), read.
    static func variant(of name: String, _ changes: [(String, String)]) throws -> CountyDocument {
        var text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        for (from, to) in changes {
            #expect(text.contains(from), "\(from)")
            text = text.replacingOccurrences(of: from, with: to)
        }
        return try Loaders.load(path: Fixtures.write(text, named: name, in: Fixtures.temporaryDirectory()))
    }

    static let yuanzhou = "01-ningxia-yuanzhou-afforestation.txt"

    /// What a read gives, for comparing two renderings of one form.
    static func records(_ document: CountyDocument) -> [[String]] {
        document.projects.flatMap { project in
            [[project.name, project.department.name, project.budget.map { fmt($0) } ?? "无预算"]]
                + project.indicators.map { [$0.level1Label, $0.level2Label, $0.nameAsWritten, $0.valueAsWritten] }
        } + [[document.county, "\(document.rejected.count) rejected"]]
    }

    @Test("rows glued one after another with no separator at all are cut after each value marked as one (a sign, a percentage, a date with its month)")
    func rowsGluedOneAfterAnother() throws {
        func glued(_ name: String) throws -> CountyDocument {
            let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
            let run = text.replacingOccurrences(of: " *\\|+ *", with: "", options: .regularExpression).replacingOccurrences(of: "\n", with: "")
            return try Loaders.load(path: Fixtures.write(run, named: name, in: Fixtures.temporaryDirectory()))
        }
        let pairs = { (document: CountyDocument) in document.projects.flatMap(\.indicators).map { [$0.nameAsWritten, $0.valueAsWritten] } }
        // Form 07 whole on one line: its six output and time rows had read as two, their names run together.
        let wuchuan = try pairs(glued("07-neimenggu-wuchuan-livestock.txt"))
        #expect(Array(wuchuan.prefix(6)) == [["贫困地区新增特色产业数量", "≥1个"], ["贫困地区建设少数民族聚居村养殖场", "≥1个"],
                                             ["养殖动物成活率(目标)", "≥95%"], ["项目(工程)验收合格率", "100%"],
                                             ["开工时限", "2021年7月"], ["竣工时限", "2021年9月"]])
        // Its cost rows: `打井、配电50000元` ends before a name with no digit (`GluedRow.unmarkedRowEnd`);
        // the others end each name with a quantity before the row's value (`饲料库120平米490元/平米围墙…`,
        // `GluedRow.quantityInNameRowEnd`): they had read as one row, the names run together. 11 rows, as the export.
        #expect(wuchuan.count == 11)
        #expect(Array(wuchuan.dropFirst(6)) == [["打井、配电", "50000元"], ["饲料库120平米", "490元/平米"], ["围墙300米", "300元/米"],
                                               ["标准化棚圈360平米", "550元/平米"], ["防疫室84平米", "≥1050元"]])
        // A bare number after a name's bracketed unit ends its row (`GluedRow.unmarkedRowEnd`): form 01
        // on one line had read its four output rows as one, form 05 its first two (`…(含续建)1竣工验收合格率100%`).
        let yuanzhou = try pairs(glued("01-ningxia-yuanzhou-afforestation.txt"))
        #expect(Array(yuanzhou.prefix(4)) == [["实施营造林总面积(亩)", "80000"], ["其中:实施新造林总面积(亩)", "30000"],
                                              ["实施未成林抚育提升及退化林改造总面积(亩)", "50000"], ["修建作业道长度(公里)", "30"]])
        #expect(yuanzhou.filter { !$0[1].isEmpty }.count == 8)  // its hand count
        #expect(Array(try pairs(glued("05-tianjin-baodi-manure.txt")).prefix(2)) == [["建设项目个数(含续建)", "1"], ["竣工验收合格率", "100%"]])
        // Forms 11 and 04 whole on one line read as their pipe text.
        #expect(try pairs(glued("11-guangdong-lechang-vocational-aid.txt")) == pairs(try Self.read("11-guangdong-lechang-vocational-aid.txt")))
        #expect(try pairs(glued("04-chongqing-zhongxian-pig-award.txt")).map(\.last) == [ "≥95%", "90%"])
        // Its copy stops inside the next row's name (`时`): a character alone ending the table is no
        // indicator but a rejected row saying so (it had been an indicator named 时 without a value).
        let zhongxian = try Self.read("04-chongqing-zhongxian-pig-award.txt")
        #expect(!zhongxian.projects.flatMap(\.indicators).contains { $0.nameAsWritten == "时" })
        #expect(zhongxian.rejected.map(\.text) == ["时"] && zhongxian.rejected.first?.reason.contains("截断") == true)
    }

    /// Published copies stop at about 2,000 bytes, often inside a row. Form 10 cut right after the
    /// next row's name (`…维修维护质量情况>92%经常性大型设备更新验收合格率`): the row before keeps its
    /// target (it had taken it into its explanation); the name, cut before its value, is rejected
    /// with that reason, no indicator without a target.
    @Test func aFormCutAfterANameKeepsTheTargetBeforeIt() throws {
        let text = try String(contentsOfFile: Self.folder + "/10-hubei-ezhou-office-building.txt", encoding: .utf8)
        let name = "经常性大型设备更新验收合格率"
        let cut = try #require(text.range(of: name))
        let document = try Loaders.load(path: Fixtures.write(String(text[..<cut.upperBound]), named: "10-cut.txt", in: Fixtures.temporaryDirectory()))
        let pairs = document.projects.flatMap(\.indicators).map { [$0.nameAsWritten, $0.valueAsWritten] }
        #expect(pairs.last == ["办公大楼日常维修维护验收合格率", ">92%"])
        #expect(document.rejected.map(\.text) == [name] && document.rejected.first?.reason.contains("截断") == true)
        #expect(pairs.filter { !$0[1].isEmpty }.count == 3)
    }

    /// A copy cut inside a row's target (`2021年9` of 2021年9月; glued, `>92` of >92% and `≥100` of
    /// ≥100%, where the targets above write units or words): that row rejected with the cut's
    /// reason, never an indicator with a shorter target (they had been read as 2021年9, >92, ≥ 100).
    @Test("a copy cut inside a target rejects that row", arguments: [
        ("07-neimenggu-wuchuan-livestock.txt", "竣工时限 | 2021年9", "竣工时限"),
        ("10-hubei-ezhou-office-building.txt", "维修维护质量情况>92", "办公大楼日常维修维护验收合格率"),
        ("02-fujian-xiuyu-flood-repair.txt", "项目开展率(%)反映修复开展情况≥100", "项目开展率"),
        // Cut inside a name whose clause goes on after a date (`截至2026年12月底,项目`): the date
        // is no target (the row had been 截至 with target 2026年12月底, and `,项目` a row of its own).
        ("02-fujian-xiuyu-flood-repair.txt", "时效指标截至2026年12月底,项目", "截至2026年12月底"),
    ])
    func aCopyCutInsideATarget(name: String, through: String, row: String) throws {
        let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
        let cut = try #require(text.range(of: through))
        let document = try Loaders.load(path: Fixtures.write(String(text[..<cut.upperBound]), named: name, in: Fixtures.temporaryDirectory()))
        let indicators = document.projects.flatMap(\.indicators)
        #expect(!indicators.isEmpty)
        #expect(!indicators.contains { $0.nameAsWritten.contains(row) })
        #expect(document.rejected.count == 1)
        #expect(document.rejected.first.map { $0.text.contains(row) && $0.reason.contains("截断") } == true)
    }

    /// A copy whose last text is a row's target, with no cell edge after it, may have cut that
    /// target anywhere (`2021年9月` may be whole, `≥20` may be `≥200`): the row is read, and a
    /// warning (`value.maybe-cut`) names it; one a cell edge ends is no such row.
    @Test("a copy ending right after a target keeps it and says it may be cut", arguments: [
        ("07-neimenggu-wuchuan-livestock.txt", "竣工时限 | 2021年9月", "竣工时限", "2021年9月"),
        ("10-hubei-ezhou-office-building.txt", "维修维护质量情况>92%", "办公大楼日常维修维护验收合格率", ">92%"),
    ])
    func aCopyEndingRightAfterATarget(name: String, through: String, row: String, value: String) throws {
        let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
        let end = try #require(text.range(of: through)).upperBound
        let document = try Loaders.load(path: Fixtures.write(String(text[..<end]), named: name, in: Fixtures.temporaryDirectory()))
        let last = try #require(document.projects.last?.indicators.last)
        #expect(last.nameAsWritten == row && last.valueAsWritten == value)
        #expect(document.rejected.isEmpty)
        #expect(document.findings.filter { $0.rule == RuleID.valueMaybeCut }.map(\.message)
                == ["复制的文字在指标「\(row)」的指标值「\(value)」处截断（文件末尾没有换行），指标值可能不完整"])
        let edged = try Loaders.load(path: Fixtures.write(String(text[..<end]) + " |", named: name, in: Fixtures.temporaryDirectory()))
        #expect(!edged.findings.contains { $0.rule == RuleID.valueMaybeCut })
    }

    /// Each row's cells run together on its own line, as a table of inline cells copies: each form's
    /// tab-separated export (`tsv/`, LibreOffice's, from its web page) with its tabs and quotes taken
    /// out (`产出指标数量指标新增造林面积(亩)10000`). A line of column titles run together says so
    /// (`FormCells.hasGluedHeader`), and seven forms read as their export (09's `区域新罗区、永定区…`: a
    /// two-character key opening its line; 03's seven place columns, each a township and its village,
    /// `西坪镇尧山村桃舟乡吾培村…`, over `1111111`). Left: names glued to an explanation that does not
    /// repeat them (02, 08), an operator column's lone `>` (10), an allocation row's seven amounts in
    /// one number (11, kept out of totals by `AmountChecks`).
    @Test("each form's export with each row's cells run together on its line reads as the export",
          arguments: ["01-ningxia-yuanzhou-afforestation.txt", "03-fujian-anxi-small-water.txt", "04-chongqing-zhongxian-pig-award.txt", "05-tianjin-baodi-manure.txt",
                      "06-anhui-shucheng-work-relief.txt", "07-neimenggu-wuchuan-livestock.txt", "09-fujian-longyan-ethnic-region.txt"])
    func rowsGluedOnTheirLines(name: String) throws {
        let export = Self.folder + "/tsv/" + name
        let lines = try String(contentsOfFile: export, encoding: .utf8).components(separatedBy: "\n").map { line in
            line.components(separatedBy: "\t").map { cell in
                cell.count >= 2 && cell.hasPrefix("\"") && cell.hasSuffix("\"")
                    ? cell.dropFirst().dropLast().replacingOccurrences(of: "\"\"", with: "\"") : cell
            }.joined()
        }
        let document = try Loaders.load(path: Fixtures.write(lines.joined(separator: "\n"), named: name, in: Fixtures.temporaryDirectory()))
        #expect(document.rendering == Rendering.glued.rawValue)
        #expect(Self.records(document) == Self.records(try Loaders.load(path: export)))
        if name.hasPrefix("04-") {
            // Its unit column stands before the target: `猪肉产量稳定率%≥95%` gives the unit %.
            #expect(document.projects.flatMap(\.indicators).prefix(2).map(\.unitAsWritten) == ["%", "%"])
        }
    }

    /// Each form's export (`tsv/`) with its cells one space apart, blank cells left out: each row on
    /// its line (`产出指标 数量指标 新增造林面积(亩) 10000`), as a table of inline cells copies, says
    /// so by its header (`FormCells.spacedHeader`; 02's and 03's place columns after the known
    /// titles, `笏石街道办 埭头镇`, are titles too) and every form reads as its export; the whole
    /// export on one line, as a document site previews a file, reads as glued text whose spaces
    /// help: a value standing alone between spaces ends its row where rows end with their values
    /// (`实施营造林总面积(亩) 80000 其中:实施新造林总面积(亩) 30000`, `GluedRow.spacedSegments`), and
    /// seven read as their export (left: 02's bogus `是` row, which the page itself lacks; 08's names
    /// glued to an explanation; 10's lone `>`; 11's allocation amounts).
    static func spaced(_ name: String, onOneLine: Bool) throws -> CountyDocument {
        let rows = try String(contentsOfFile: Self.folder + "/tsv/" + name, encoding: .utf8).components(separatedBy: "\n").map { line in
            line.components(separatedBy: "\t").map { cell in
                (cell.count >= 2 && cell.hasPrefix("\"") && cell.hasSuffix("\"")
                    ? cell.dropFirst().dropLast().replacingOccurrences(of: "\"\"", with: "\"") : cell)
                    .replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        // Ended as the export is, with a line break: a whole file, not a copy cut short.
        let text = (onOneLine ? rows.filter { !$0.isEmpty }.joined(separator: " ") : rows.joined(separator: "\n")) + "\n"
        return try Loaders.load(path: Fixtures.write(text, named: name, in: Fixtures.temporaryDirectory()))
    }

    @Test("each form's export with its cells one space apart, each row on its line, reads as the export",
          arguments: try! FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Tests/Fixtures/real-forms/tsv")).sorted())
    func spacedRows(export: String) throws {
        let name = (export as NSString).deletingPathExtension + ".txt"
        let document = try Self.spaced(export, onOneLine: false)
        #expect(Self.records(document) == Self.records(try Loaders.load(path: Self.folder + "/tsv/" + export)), "\(name)")
    }

    @Test("each form's export on one line, its cells one space apart, reads as the export",
          arguments: ["01-ningxia-yuanzhou-afforestation", "03-fujian-anxi-small-water", "04-chongqing-zhongxian-pig-award", "05-tianjin-baodi-manure",
                      "06-anhui-shucheng-work-relief", "07-neimenggu-wuchuan-livestock", "09-fujian-longyan-ethnic-region"])
    func spacedPage(name: String) throws {
        let export = try #require(try FileManager.default.contentsOfDirectory(atPath: Self.folder + "/tsv").first { $0.hasPrefix(name) })
        #expect(Self.records(try Self.spaced(export, onOneLine: true)) == Self.records(try Loaders.load(path: Self.folder + "/tsv/" + export)))
    }

    /// Each form's export as a web page shows a table (session 22, seen on published pages): one
    /// line a row with ` | ` between its cells and the merged cells' places as `||` at the row's
    /// end, or one cell a line, a bare `|` opening each row, ` |` after each cell and the merged
    /// cells' places as a run of bars on a line of its own; and the whole export glued, as a
    /// document site previews a file.
    static func webPage(_ name: String, _ style: String) throws -> CountyDocument {
        let rows = try String(contentsOfFile: Self.folder + "/tsv/" + name, encoding: .utf8).components(separatedBy: "\n").map { line in
            line.components(separatedBy: "\t").map { cell in
                (cell.count >= 2 && cell.hasPrefix("\"") && cell.hasSuffix("\"")
                    ? cell.dropFirst().dropLast().replacingOccurrences(of: "\"\"", with: "\"") : cell)
                    .replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
            }
        }
        let filled = rows.map { $0.filter { !$0.isEmpty } }
        let lines: [String] = zip(rows, filled).filter { !$0.1.isEmpty }.map { row, cells in
            let merged = String(repeating: "|", count: row.count - cells.count)
            switch style {
            case "bars": return cells.joined(separator: " | ") + " |" + merged
            case "cells": return (["|"] + cells.map { $0 + " |" } + (merged.isEmpty ? [] : [merged])).joined(separator: "\n")
            default: return cells.joined()
            }
        }
        // Ended with a line break as the export is: a whole file, not a copy cut short.
        let text = lines.joined(separator: style == "glued" ? "" : "\n") + "\n"
        return try Loaders.load(path: Fixtures.write(text, named: name, in: Fixtures.temporaryDirectory()))
    }

    @Test("each form's export as a web page shows its table, a row a line with its merged cells' places at the end, reads as the export",
          arguments: try! FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Tests/Fixtures/real-forms/tsv")).sorted())
    func webPageRows(export: String) throws {
        #expect(Self.records(try Self.webPage(export, "bars")) == Self.records(try Loaders.load(path: Self.folder + "/tsv/" + export)), "\(export)")
    }

    /// Not 02: its export's bogus `是` row (the page lacks it) is read as the target of the row above.
    @Test("each form's export as a web page shows its table one cell a line, bars after the cells, reads as the export",
          arguments: try! FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Tests/Fixtures/real-forms/tsv")).sorted().filter { !$0.hasPrefix("02-") })
    func webPageCells(export: String) throws {
        #expect(Self.records(try Self.webPage(export, "cells")) == Self.records(try Loaders.load(path: Self.folder + "/tsv/" + export)), "\(export)")
    }

    /// Left: 01's `…建设项目主管部门及代码…` (项目 ends the name or opens the key 项目主管部门: the text
    /// cannot tell), 02's bogus `是` row, 08's names glued to an explanation that does not repeat
    /// them, 10's lone `>`, 11's allocation amounts run together.
    @Test("each form's export glued whole reads as the export",
          arguments: ["03-fujian-anxi-small-water", "04-chongqing-zhongxian-pig-award", "05-tianjin-baodi-manure",
                      "06-anhui-shucheng-work-relief", "07-neimenggu-wuchuan-livestock", "09-fujian-longyan-ethnic-region"])
    func gluedWhole(name: String) throws {
        let export = try #require(try FileManager.default.contentsOfDirectory(atPath: Self.folder + "/tsv").first { $0.hasPrefix(name) })
        #expect(Self.records(try Self.webPage(export, "glued")) == Self.records(try Loaders.load(path: Self.folder + "/tsv/" + export)))
    }

    @Test("a merged cell written again in every column it spans (tools that fill spans) is one cell: key values, labels, names")
    func mergedCellsFilledAcrossTheirSpan() throws {
        let project = "原州区2022年南部水源涵养林建设项目"
        let filled = try Self.variant(of: Self.yuanzhou, [
            ("项目名称 | \(project) |", "项目名称 | \(project) | \(project) | \(project) |"),
            ("年度资金总额: | 6070.00 |", "年度资金总额: | 6070.00 | 6070.00 |"),
            ("成本指标 (必填硬性指标) | 项目总投入(≥**万元) | 6070 |", "成本指标 (必填硬性指标) | 成本指标 (必填硬性指标) | 项目总投入(≥**万元) | 6070 |"),
            ("修建作业道长度(公里) | 30 |", "修建作业道长度(公里) | 修建作业道长度(公里) | 30 |")])
        #expect(Self.records(filled) == Self.records(try Self.read(Self.yuanzhou)))
        #expect(filled.projects.map(\.name) == [project])  // it had been the name three times over
        let indicators = try #require(filled.projects.first?.indicators)
        let road = try #require(indicators.first { $0.nameAsWritten == "修建作业道长度(公里)" })
        #expect(road.valueAsWritten == "30" && road.otherColumns.isEmpty)  // its value had been its name, 30 set aside
        let cost = try #require(indicators.first { $0.nameAsWritten == "项目总投入(≥**万元)" })
        #expect(cost.level1Label == "产出指标" && cost.level2Label == "成本指标 (必填硬性指标)" && cost.valueAsWritten == "6070")
        // Values written again per place stay: form 09's seven `>=95%` are seven values.
        #expect(try Self.read("09-fujian-longyan-ethnic-region.txt").projects.flatMap(\.indicators).contains { $0.otherColumns.contains(">=95%") })
    }

    @Test("each form copied with one or two spaces between its cells, not ` | `, reads as its pipe-separated text",
          arguments: names, ["one space", "two spaces"])
    func copiedWithSpaces(name: String, separator: String) throws {
        let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
        let spaced = text.replacingOccurrences(of: " *\\|+ *", with: separator == "one space" ? " " : "  ", options: .regularExpression)
        let document = try Loaders.load(path: Fixtures.write(spaced, named: name, in: Fixtures.temporaryDirectory()))
        #expect(Self.records(document) == Self.records(try Self.read(name)))
        if name.hasPrefix("11-"), separator == "one space" {
            // The allocation row's seven amounts stand in one cell (`7,548,150 7,074,550 …`): its
            // first is the budget (they had read as one number of 40 digits); and the name with
            // its value after a space (`…应受助学生数 100%`) had taken the next line as its value.
            #expect(document.projects.map(\.budget) == [754.815])
            #expect(document.projects.first?.indicators.map(\.valueAsWritten) == ["100%", "100%"])
        }
    }

    @Test("the budget under the keys other templates write (资金合计, 本年预算, 总预算 …), the funds beside it blank")
    func budgetKeysOfOtherTemplates() throws {
        for key in ["项目总金额", "预算金额", "申请金额", "年度预算", "项目预算", "资金合计", "项目资金合计", "本年预算", "总预算"] {
            let project = try #require(try Self.variant(of: Self.yuanzhou, [("年度资金总额: | 6070.00 |", "\(key): | 6070.00 |"),
                                                                            ("其中:财政拨款 | 6070.00 |", "其中:财政拨款 | |")]).projects.first)
            #expect(project.budget == 6070, "\(key)")
        }
    }

    @Test("the project, its department, unit and goal under the keys other templates write (项目全称, 项目主管单位, 主管部门名称, 实施单位代码, 项目总体目标 …)")
    func projectKeysOfOtherTemplates() throws {
        for key in ["项目名称", "专项名称", "项目全称", "预算项目名称"] {
            let project = try #require(try Self.variant(of: Self.yuanzhou, [("\n项目名称 | ", "\n\(key) | ")]).projects.first)
            #expect(project.name == "原州区2022年南部水源涵养林建设项目", "\(key)")
        }
        for key in ["预算单位", "业务主管部门", "项目主管单位"] {
            // The 实施单位 beside it blank, so the department is read from this key alone.
            let project = try #require(try Self.variant(of: Self.yuanzhou, [("\n主管部门及代码 | ", "\n\(key) | "),
                                                                            ("| 实施单位 | 固原市原州区自然资源局 |", "| 实施单位 | |")]).projects.first)
            #expect(project.department.name == "固原市原州区自然资源局", "\(key)")
        }
        // A key with what the cell asks for after it (名称, 代码): the whole cell is the key, the
        // name stands in the next cell (it had been read as a department called 名称).
        for key in ["主管部门名称", "主管部门名称及代码", "主管部门编码", "预算部门名称"] {
            let project = try #require(try Self.variant(of: Self.yuanzhou, [("\n主管部门及代码 | ", "\n\(key) | "),
                                                                            ("| 实施单位 | 固原市原州区自然资源局 |", "| 实施单位 | |")]).projects.first)
            #expect(project.department.name == "固原市原州区自然资源局", "\(key)")
        }
        for key in ["实施单位名称", "实施单位代码"] {
            let project = try #require(try Self.variant(of: Self.yuanzhou, [("| 实施单位 | 固原市原州区自然资源局 |",
                                                                            "| \(key) | 原州区林业和草原局 |")]).projects.first)
            #expect(project.unit?.name == "原州区林业和草原局", "\(key)")
        }
        for key in ["年度总体目标", "项目绩效目标", "项目总体目标", "项目年度绩效目标"] {
            let project = try #require(try Self.variant(of: Self.yuanzhou, [("\n年度总体目标 | ", "\n\(key) | ")]).projects.first)
            #expect(project.goal.hasPrefix("在东马场林场、东岳山林场"), "\(key)")
        }
    }

    @Test("a target column titled the template's own way (预期值, 2022年目标值, 年度预期值): by the vocabulary's titles and their endings")
    func valueColumnsTitledTheTemplatesOwnWay() throws {
        // Listed in columns.value, and (the last three) only ending as its titles end.
        for title in ["预期值", "年度计划值", "2022年目标值", "年度预期值", "当年实现值"] {
            let indicators = try #require(try Self.variant(of: Self.yuanzhou, [("| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                                                                               "| 一级指标 | 二级指标 | 三级指标 | \(title) |")]).projects.first).indicators
            #expect(indicators.filter { !$0.valueAsWritten.isEmpty }.count == 8, "\(title)")
            #expect(indicators.first { $0.nameAsWritten.hasPrefix("苗木成活率") }?.valueAsWritten == "85", "\(title)")
        }
    }

    @Test("a unit the indicator's name states in brackets, (亩) or (≥**%), is the value's unit when the value states none")
    func unitsStatedInTheName() throws {
        let yuanzhou = try String(contentsOfFile: Self.folder + "/01-ningxia-yuanzhou-afforestation.txt", encoding: .utf8)
        let cost = "| 项目总投入(≥**万元) | 6070 |"
        #expect(yuanzhou.contains(cost))
        let folder = Fixtures.temporaryDirectory()
        let tenfold = Fixtures.write(yuanzhou.replacingOccurrences(of: cost, with: "| 项目总投入(≥**万元) | 60700 |")
            .replacingOccurrences(of: "原州区2022年南部水源涵养林建设项目", with: "造林项目"), named: "01-tenfold.txt", in: folder)
        let (_, run) = try Fixtures.runSample(inputs: [Self.folder + "/01-ningxia-yuanzhou-afforestation.txt", tenfold,
                                                       Self.folder + "/05-tianjin-baodi-manure.txt",
                                                       Self.folder + "/09-fujian-longyan-ethnic-region.txt"])
        func value(_ project: String, _ name: String) throws -> ParsedValue {
            let found = try #require(run.allProjects.first { $0.name == project })
            return try #require(found.indicators.first { $0.name.hasPrefix(name) }, "\(name)").value
        }
        let project = "原州区2022年南部水源涵养林建设项目"
        #expect(try value(project, "苗木成活率") == ParsedValue(comparison: .atLeast, number: 85, unit: "%"))
        #expect(try value(project, "实施营造林总面积") == ParsedValue(comparison: .equal, number: 80000, unit: "亩"))
        #expect(try value(project, "修建作业道长度") == ParsedValue(comparison: .equal, number: 30, unit: "公里"))
        #expect(try value(project, "受益人数") == ParsedValue(comparison: .equal, number: 132, unit: "人"))
        #expect(try value(project, "项目总投入") == ParsedValue(comparison: .atLeast, number: 6070, unit: "万元"))
        // A bracket that states no unit leaves the value as it was.
        #expect(try value("农业绿色发展专项（畜禽粪污资源化利用整县推进项目）", "建设项目个数（含续建）").unit == nil)
        let longyan = try #require(run.allProjects.first { $0.indicators.contains { $0.name.hasPrefix("宗教管理经费补助县（市、区）") } })
        #expect(longyan.indicators[0].value == ParsedValue(comparison: .equal, number: 2))
        // The cost now has its unit, so the budget check sees a cost ten times the budget.
        let costs = run.findings.filter { $0.rule == RuleID.costContradictsBudget }
        #expect(costs.map(\.project) == ["造林项目"])
        #expect(costs.first?.severity == .error)
        // The units and placeholders are the vocabulary's words.
        #expect(NameUnit.find(in: "苗木成活率（≥**%）", words: .none) == nil)
        let words = ValueWords(before: [], after: [], units: ["亩"], placeholders: ["*"])
        #expect(NameUnit.find(in: "苗木成活率（≥**%）", words: words) == nil)
        #expect(NameUnit.find(in: "新造林面积（≥**亩）", words: words) == NameUnit(comparison: .atLeast, unit: "亩"))
    }

    @Test("glued text: name, explanation, operator and one value per place cut apart")
    func gluedRows() throws {
        let xiuyu = try Self.read("02-fujian-xiuyu-flood-repair.txt").projects[0].indicators
        let repairs = try #require(xiuyu.first { $0.nameAsWritten == "开展修复工程(个)" })
        #expect(repairs.comparisonAsWritten == "≥" && repairs.valueAsWritten == "1")
        #expect(repairs.otherColumns.contains("埭头镇=1"))
        #expect(repairs.otherColumns.contains("指标解释=反映防洪水利设施水毁修复项目开展情况"))
        // An explanation with no word that opens one, ending as the name ends: cut where the name's ending stands.
        let quality = try #require(xiuyu.first { $0.nameAsWritten.hasPrefix("已建工程") })
        #expect(quality.nameAsWritten == "已建工程是否存在质量问题")
        #expect(quality.otherColumns.contains("指标解释=当年已完工项目是否在检查中发现质量问题"))

        let longyan = try Self.read("09-fujian-longyan-ethnic-region.txt")
        let counties = try #require(longyan.projects[0].indicators.first)
        #expect(counties.otherColumns.contains("永定区=3") && counties.otherColumns.contains("漳平市=2"))
        #expect(longyan.findings.contains { $0.rule == "value.per-place" })
        #expect(longyan.countyLevel == .city && longyan.county == "龙岩市")

        let ezhou = try Self.read("10-hubei-ezhou-office-building.txt").projects[0]
        #expect(ezhou.budget == 814)
        #expect(ezhou.indicators.map(\.valueAsWritten).prefix(6) == ["2280次", "200次", ">92%", "292%", "95%", "不超预算"])
    }

    @Test("a two-character level-1 label (产出, 效益, 成本) right before a level-2 label is a label in glued text too")
    func shortLevel1LabelsInGluedText() throws {
        let xiuyu = try String(contentsOfFile: Self.folder + "/02-fujian-xiuyu-flood-repair.txt", encoding: .utf8)
        let original = try Self.read("02-fujian-xiuyu-flood-repair.txt").projects[0].indicators
        #expect(original.map(\.valueAsWritten) == ["100%", "1", "否", "100%"])
        #expect(original.map(\.comparisonAsWritten) == ["≤", "≥", "是/否", "≥"])
        let folder = Fixtures.temporaryDirectory()
        for word in ["产出", "效益", "成本"] {
            // `产出指标` written `产出`; `经济成本指标`, `社会效益指标` stay as they are.
            let short = xiuyu.replacingOccurrences(of: "(?<![济会])\(word)指标", with: word, options: .regularExpression)
            #expect(short != xiuyu)
            let indicators = try Loaders.load(path: Fixtures.write(short, named: "02-\(word).txt", in: folder)).projects[0].indicators
            #expect(indicators.map(\.valueAsWritten) == original.map(\.valueAsWritten), "\(word)")
            #expect(indicators.map(\.comparisonAsWritten) == original.map(\.comparisonAsWritten), "\(word)")
            #expect(indicators.map(\.level1Label) == original.map { $0.level1Label == word + "指标" ? word : $0.level1Label }, "\(word)")
        }
        // Before anything but a level-2 label the two characters start a name: `成本控制率` stays whole.
        #expect(original[0].nameAsWritten.hasPrefix("省级财政专项资金投入成本控制率"))
    }

    @Test("a level 1 forms write under 产出指标 as its level 2 (level2_as_level1) is that with its hint or alias too: 01's 成本指标 (必填硬性指标) had read as a level 1 of its own, without the level 2 its classification gives")
    func level1UsedAsLevel2WithItsHint() throws {
        let cost = { (document: CountyDocument) in try #require(document.projects.first?.indicators.first { $0.nameAsWritten.hasPrefix("项目总投入") }) }
        let written = try cost(try Self.read(Self.yuanzhou))
        #expect(written.level1Label == "产出指标" && written.level2Label == "成本指标 (必填硬性指标)" && written.valueAsWritten == "6070")
        let alias = try cost(try Self.variant(of: Self.yuanzhou, [("\n成本指标 ", "\n成本 ")]))
        #expect(alias.level1Label == "产出指标" && alias.level2Label == "成本 (必填硬性指标)")
        // Classified as the sample's unhinted 成本指标 under 产出指标 is.
        let (_, result) = try Fixtures.runSample(inputs: [Self.folder + "/" + Self.yuanzhou])
        let classified = try cost(try #require(result.documents.first))
        #expect(classified.level1 == "成本指标" && classified.level2 == "经济成本指标")
    }

    @Test("a two-character level-1 label (产出, 成本, 效益) alone in its cell is a label: 01 so written had read 成本 as an indicator and lost its cost")
    func shortLevel1LabelsAloneInACell() throws {
        let original = try Self.read(Self.yuanzhou).projects[0].indicators
        #expect(original.first { $0.nameAsWritten.hasPrefix("项目总投入") }?.valueAsWritten == "6070")
        for word in ["产出", "成本", "效益"] {
            // `成本指标 (必填硬性指标)` written `成本 (必填硬性指标)`.
            let indicators = try Self.variant(of: Self.yuanzhou, [("\n\(word)指标 ", "\n\(word) ")]).projects[0].indicators
            #expect(indicators.map(\.nameAsWritten) == original.map(\.nameAsWritten), "\(word)")
            #expect(indicators.map(\.valueAsWritten) == original.map(\.valueAsWritten), "\(word)")
            #expect(indicators.map(\.level1Label) == original.map { $0.level1Label.replacingOccurrences(of: word + "指标", with: word) }, "\(word)")
        }
        // A level-2 label without its 指标 is a common indicator name: 06's satisfaction target so
        // named stays an indicator (reading such cells as labels had lost it; not done).
        let named = try Self.variant(of: "06-anhui-shucheng-work-relief.txt", [("参与工程建设的贫困群众满意度", "服务对象满意度")])
        #expect(named.projects[0].indicators.first { $0.nameAsWritten == "服务对象满意度" }?.valueAsWritten == "≥90%")
        #expect(named.indicatorCount == 10 && named.rejected.isEmpty)
    }

    @Test("two labels joined in one cell (产出指标-数量指标, 产出指标/数量指标): by the vocabulary's label_joints; 01 so written had an indicator named -数量指标 whose value was a name")
    func twoLabelsJoinedInOneCell() throws {
        let original = try Self.read(Self.yuanzhou).projects[0].indicators
        for joint in ["-", "/", "——", "、", "－"] {
            let indicators = try Self.variant(of: Self.yuanzhou, [("\n产出指标 | 数量指标 (必填硬性指标) | ", "\n产出指标\(joint)数量指标 | ")]).projects[0].indicators
            #expect(indicators.map(\.nameAsWritten) == original.map(\.nameAsWritten), "\(joint)")
            #expect(indicators.map(\.valueAsWritten) == original.map(\.valueAsWritten), "\(joint)")
            #expect(indicators.first.map { [$0.level1Label, $0.level2Label] } == ["产出指标", "数量指标"], "\(joint)")
        }
    }

    @Test("level-2 labels written without 指标 (社会效益, 生态效益, 可持续影响, 经济成本), alone or glued to the name: by framework.yaml's aliases; 01 so written had an indicator named 社会效益 whose value was its name and 132 lost. An indicator named as its level is keeps its name")
    func levelTwoLabelsWithoutTheWordIndicator() throws {
        let original = try Self.read(Self.yuanzhou).projects[0].indicators
        let variants: [[(String, String)]] = [
            [("社会效益 指标 (必填) | ", "社会效益 | "), ("生态效益 指标 (选填) | ", "生态效益 | "),
             ("可持续影响 指标 (必填) | ", "可持续影响 | "), ("成本指标 (必填硬性指标) | ", "经济成本 | ")],
            [("社会效益 指标 (必填) | ", "社会效益")],
        ]
        for replacements in variants {
            let indicators = try Self.variant(of: Self.yuanzhou, replacements).projects[0].indicators
            #expect(indicators.map(\.nameAsWritten) == original.map(\.nameAsWritten), "\(replacements)")
            #expect(indicators.map(\.valueAsWritten) == original.map(\.valueAsWritten), "\(replacements)")
            let benefit = try #require(indicators.first { $0.nameAsWritten == "受益人数(人)" })
            #expect(benefit.level2Label == "社会效益" && benefit.valueAsWritten == "132")
        }
        // An indicator named as its level is (`服务对象满意度指标 | 服务对象满意度`) keeps its name.
        let named = try Self.variant(of: Self.yuanzhou, [("| 受益人数(人) | 132 |", "| 社会效益 | 132 |")]).projects[0].indicators
        #expect(named.map(\.nameAsWritten).contains("社会效益"))
        #expect(named.first { $0.nameAsWritten == "社会效益" }.map { [$0.level2Label, $0.valueAsWritten] } == ["社会效益 指标 (必填)", "132"])
        #expect(named.count == original.count)
    }

    @Test("column titles the vocabulary has no word for, among the header's titles (指标类型, 考核内容): kept, not read; one between 一级 and 三级 with no 二级 is the level-2 column. 01 so titled had read the title as an indicator and lost every value")
    func unknownColumnTitlesInTheHeader() throws {
        let original = try Self.read(Self.yuanzhou).projects[0].indicators
        #expect(original.count == 11 && original[0].valueAsWritten == "80000")
        let header = "| 一级指标 | 二级指标 | 三级指标 | 指标值 |"
        for titled in ["| 一级指标 | 指标类型 | 三级指标 | 指标值 |", "| 一级指标 | 二级指标 | 三级指标 | 考核内容 | 指标值 |",
                       "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 考核内容 |"] {
            let indicators = try Self.variant(of: Self.yuanzhou, [(header, titled)]).projects[0].indicators
            #expect(indicators.map(\.nameAsWritten) == original.map(\.nameAsWritten), "\(titled)")
            #expect(indicators.map(\.valueAsWritten) == original.map(\.valueAsWritten), "\(titled)")
            #expect(indicators.map(\.level2Label) == original.map(\.level2Label), "\(titled)")
        }
    }

    @Test("the key after the name inside glued text (补助区域) is cut where the header has a place for it: form 09 glued, as a web page, workbook and Word table gives one project, 宗教管理经费")
    func shortKeyInGluedText() throws {
        let name = "09-fujian-longyan-ethnic-region"
        let glued = try Self.read(name + ".txt").projects.filter { $0.kind == .project }
        #expect(glued.map(\.name) == ["宗教管理经费"])
        #expect(glued.map(\.budget) == [30])
        for copy in ["html/\(name).html", "xlsx/\(name).xlsx", "docx/\(name).docx"] {
            let projects = try Loaders.load(path: Self.folder + "/" + copy).projects.filter { $0.kind == .project }
            #expect(projects.map(\.name) == glued.map(\.name), "\(copy)")
            #expect(projects.map(\.budget) == glued.map(\.budget), "\(copy)")
        }
        // The same characters inside a name are no key: the name keeps them.
        let text = try String(contentsOfFile: Self.folder + "/" + name + ".txt", encoding: .utf8)
            .replacingOccurrences(of: "项目名称宗教管理经费补助", with: "项目名称城区域名管理经费补助")
        let renamed = try Loaders.load(text: text, file: "09.txt").projects.filter { $0.kind == .project }
        #expect(renamed.map(\.name) == ["城区域名管理经费"])
    }

    @Test("a glued copy cut in its last row before the value (09 `项目完成率反映`, 10 `…下降情况>`) rejects that row with the cut's reason, as one cell a line does")
    func gluedRowCutBeforeItsValue() throws {
        for (name, row) in [("09-fujian-longyan-ethnic-region", "项目完成率 反映"), ("10-hubei-ezhou-office-building", "水电气消耗下降率 ")] {
            let document = try Self.read(name + ".txt")
            #expect(document.rejected.contains { $0.text.hasPrefix(row) && $0.reason.contains("截断") }, "\(name)")
            #expect(!document.projects.flatMap(\.indicators).contains { row.hasPrefix($0.name) }, "\(name)")
        }
    }

    @Test("forms of two counties in one file are each counted under their own county (county.split); one county's forms say nothing")
    func formsOfTwoCountiesInOneFile() throws {
        let zhongxian = try String(contentsOfFile: Self.folder + "/04-chongqing-zhongxian-pig-award.txt", encoding: .utf8)
        let shucheng = try String(contentsOfFile: Self.folder + "/06-anhui-shucheng-work-relief.txt", encoding: .utf8)
        let folder = Fixtures.temporaryDirectory()
        let two = Fixtures.write(zhongxian + "\n" + shucheng, named: "two.txt", in: folder)
        let documents = try Loaders.read(path: two).documents
        #expect(documents.map(\.county) == ["忠县", "舒城县"])
        #expect(documents.map { $0.projects.map(\.budget) } == [[397], [853]])
        #expect(documents.map(\.indicatorCount) == [3, 10])
        // Each part's rows balance, and together they are the file's.
        #expect(documents.allSatisfy { $0.rowsRead == $0.rowsWritten + $0.rejected.count })
        #expect(documents.map(\.rowsWritten) == [3, 10])
        #expect(documents[0].findings.filter { $0.rule == RuleID.countySplit }.map(\.message)
                == ["文件里的表单分属 2 个县（忠县、舒城县），已按各自的县汇总：忠县 1 个项目，舒城县 1 个项目"])

        // Rows not counted form by form (a department's project table) are not parted: said instead.
        var tabled = documents[0]
        tabled.projects += documents[1].projects
        tabled.rowsWritten = 14
        #expect(CountySplit.split(tabled, projectCounties: ["忠县", "舒城县"]) == nil)

        let yuanzhou = try String(contentsOfFile: Self.folder + "/01-ningxia-yuanzhou-afforestation.txt", encoding: .utf8)
        let second = yuanzhou.replacingOccurrences(of: "原州区2022年南部水源涵养林建设项目", with: "原州区2022年北部防护林建设项目")
        let one = try Loaders.read(path: Fixtures.write(yuanzhou + "\n" + second, named: "one.txt", in: folder))
        #expect(one.others.isEmpty && one.document.projects.count == 2 && one.document.county == "原州区")
        #expect(!one.document.findings.contains { $0.rule == RuleID.countySplit || $0.rule == RuleID.countyMixed })
        // A form whose notice names other units (05: the municipal bureau) is one county's.
        #expect(!(try Self.read("05-tianjin-baodi-manure.txt")).findings.contains { $0.rule == RuleID.countySplit })

        // A run gives each county its part, whether the file is kept, spilled or read again.
        let inputs = [InputFile(path: two), InputFile(path: Self.folder + "/01-ningxia-yuanzhou-afforestation.txt")]
        let pipeline = try Pipeline(file: PipelineFile.read(path: Fixtures.samplePipeline))
        let kept = try pipeline.stream(inputs: inputs) { $0.documents.count }
        let spilled = try pipeline.stream(inputs: inputs, cacheBytes: 0, spillParent: Fixtures.temporaryDirectory()) { $0.documents.count }
        let reread = try pipeline.stream(inputs: inputs, cacheBytes: 0, spill: false) { $0.documents.count }
        for run in [kept, spilled, reread] {
            #expect(run.result.countyTotals.map(\.county) == ["忠县", "舒城县", "原州区"])
            #expect(run.result.countyTotals.map(\.budgetWan) == [397, 853, 6070])
            #expect(run.result.countyTotals == kept.result.countyTotals)
            #expect(run.result.findings == kept.result.findings)
            #expect(run.result.findings.filter { $0.rule == RuleID.countySplit }.count == 1)
            // The findings about 06's project are 舒城县's.
            let about06 = run.result.findings.filter { $0.project?.hasPrefix("安徽省2023年以工代赈示范工程舒城县") == true }
            #expect(!about06.isEmpty && about06.allSatisfy { $0.county == "舒城县" })
        }
        #expect(reread.result.spill.readAgain == 2)
    }

    @Test("a whole department's form: its budget reported, not added to project budgets")
    func departmentForm() throws {
        let lixian = try Self.read("08-hunan-lixian-dept-whole.txt")
        let form = try #require(lixian.projects.first)
        #expect(form.kind == .departmentWhole)
        #expect(form.budget == 222.45 && form.basicSpending == 220.45 && form.projectSpending == 2)
        #expect(form.countedBudget == nil)
        #expect(form.indicators.first?.nameAsWritten == "研究培育食用菌品种数量")
    }

    @Test("a blank form amount taken from the allocation table beside it, flagged; traditional text folded")
    func allocationTable() throws {
        let lechang = try Self.read("11-guangdong-lechang-vocational-aid.txt")
        let project = try #require(lechang.projects.first)
        #expect(project.budgetAsWritten.isEmpty)
        #expect(abs((project.budget ?? 0) - 754.815) < 0.0001)
        #expect(lechang.findings.contains { $0.rule == "budget.from-allocation" })
        #expect(project.indicators.first?.nameAsWritten == "中等职业学校国家助学金应受助学生数")
        #expect(lechang.county == "乐昌市")
    }
}
