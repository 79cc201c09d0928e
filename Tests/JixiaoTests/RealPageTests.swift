import Foundation
import Testing
@testable import JixiaoCore

/// Real published pages in renderings the real forms lack (`Tests/Fixtures/real-pages/`): a page
/// that came as one line, its cells one space apart, with a self-evaluation's indicator table in
/// it (`FormCells.unfoldingSpacedPages`): each row read with its own target, actual value, weight
/// and score, where glued reading had run `8 8 8` into 888 and a target in words into its row's
/// name; and a self-evaluation's progress column.
@Suite struct RealPageTests {
    static func read(_ name: String) throws -> CountyDocument {
        try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-pages/\(name).txt"))
    }

    /// What a row says: its labels, name, target as written, weight, and the other columns.
    static func rows(_ document: CountyDocument) -> [String] { rows(document.projects.flatMap(\.indicators)) }

    static func rows(_ indicators: some Sequence<Indicator>) -> [String] {
        indicators.map { i in
            [i.level2Label, i.nameAsWritten, i.comparisonAsWritten + i.valueAsWritten + i.unitAsWritten, i.weightAsWritten, i.otherColumns]
                .joined(separator: " | ")
        }
    }

    @Test func everyRowKeepsItsOwnCells() throws {
        let document = try Self.read("guichi-tangxi-village-funds")
        #expect(document.county == "贵池区")
        #expect(document.projects.map(\.name) == ["村级补助及运转经费"])
        #expect(document.projects.first?.budget == 202.64)
        #expect(Self.rows(document) == [
            "数量指标 | 补助村(社区)数量 | =8个 | 8 | 实际完成值=8；得分=8",
            "数量指标 | 保障村干部人数 | =42个 | 8 | 实际完成值=42；得分=8",
            "质量指标 | 补助资格合规性 | 合规 | 8 | 实际完成值=达成预期指标；得分=8",
            "质量指标 | 经费审批流程规范性 | 严格执行相关制度规定 | 8 | 实际完成值=达成预期指标；得分=8",
            "时效指标 | 补助经费到位及时性 | 及时 | 8 | 实际完成值=达成预期指标；得分=8",
            "成本指标 | 项目总成本 | ≤202.6万元 | 10 | 实际完成值=132.9；得分=10",
            "经济效益指标 | 对保障村(社区)两委机构正常运行的影响程度 | 效果明显 | 10 | 实际完成值=达成预期指标；得分=10",
            "社会效益指标 | 提高村(社区)干部工作积极性的影响程度 | 效果明显 | 10 | 实际完成值=达成预期指标；得分=10",
        ])
        // The page ends in the label 可持续影响, its row cut off: said, as a row rejected.
        #expect(document.rowsRead == 9 && document.rejected.map(\.text) == ["可持续影响"])
        // The page is one line of the file: every row is told at line 1.
        #expect(document.projects.flatMap(\.indicators).allSatisfy { $0.source.line == 1 })
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
    }

    /// The same template's other form: nine rows, the last one cut before its value rejected.
    @Test func aRowCutWhereThePageEndsIsRejected() throws {
        let document = try Self.read("guichi-tangxi-commissioned-work")
        #expect(document.projects.map(\.name) == ["委托业务项目"])
        #expect(document.projects.first?.budget == 90)
        let indicators = document.projects.flatMap(\.indicators)
        #expect(indicators.map(\.nameAsWritten) == [
            "基建工程委托业务项目数量", "委托业务报告合格率", "经费支出合规性", "提交报告及时性", "项目总成本", "单项业务成本",
            "对维护基建市场公平的影响程度", "对控制基建项目成本影响程度", "对推动基建项目“四项制度”健全和落实的持续性影响",
        ])
        #expect(indicators.map(\.weightAsWritten) == ["8", "8", "8", "8", "8", "10", "10", "10", "10"])
        #expect(indicators[3].valueAsWritten == "在项目计划完成时间内完成")
        #expect(document.rowsRead == 10 && document.rejected.map(\.source.line) == [1])
        #expect(document.rejected.first?.text.contains("公众满") == true)
    }

    /// A message built while the rewritten text was read names the file's own lines: the page's
    /// cells were cut onto lines of their own, and a failure names the page's line.
    @Test func aMessageNamesTheFilesOwnLines() {
        var input = ExtractedText(format: .text, text: "a\nb")
        input.rewrite("a\nb\nc\nd", origins: [1, 1, 1, 2], note: "整页文字排成一行")
        #expect(Loaders.originalLines(in: "拒收了 3 / 4 行，first: p.txt:3 理由；又见 p.txt:4、q.txt:3、p.txt:", file: "p.txt", input: input)
                == "拒收了 3 / 4 行，first: p.txt:1 理由；又见 p.txt:2、q.txt:3、p.txt:")
    }

    /// A page whose cells are out of order (稷山县's workbook flattened cell by cell: column titles
    /// again after the first row's cells) is not cut a cell a line: glued reading says it is
    /// flattened past reading (`PublishedFormTraitsTests.aTableFlattenedOntoOneLineIsRejectedNotGuessed`).
    @Test func aPageOutOfOrderIsNotCut() throws {
        let vocabulary = try ReadingRules.bundled.get().vocabulary
        let page = "项目名称 资助项目 资金总额 10 一级指标 二级指标 三级指标 产出指标 数量指标 指标1:资助人数 实际 指标值 完成值 8755 分值 得分 8676 15 13 质量指标 指标1:发放率 100% 100% 15 15 时效指标 指标1:及时率 100% 100% 10 10 效益指标 满意度 95% 95% 10 9"
        #expect(FormCells(vocabulary: vocabulary).unfoldingSpacedPages(page) == nil)
        let inOrder = "项目名称 资助项目 资金总额 10 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 指标1:资助人数 8755 8676 15 13 质量指标 指标1:发放率 100% 100% 15 15 时效指标 指标1:及时率 100% 100% 10 10 效益指标 满意度 95% 95% 10 9"
        let cut = try #require(FormCells(vocabulary: vocabulary).unfoldingSpacedPages(inOrder))
        #expect(cut.text.components(separatedBy: "\n").prefix(3) == ["项目名称 资助项目 资金总额 10", "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分", "产出指标"])
        #expect(Set(cut.origins) == [1])
    }

    /// 大英县's self-evaluation table has a column 实施进度 (`已完成100%` on each row), the actual
    /// progress (`alternative` in Data/vocabulary.yaml): kept beside each row's target, where each
    /// had been an indicator of its own (`已完成 | 100%`). Its cost row has no level 2 (`成本指标` /
    /// `成本` / `10万元` / `已完成100%`, one cell a line): 成本 is its name and 10万元 its target
    /// (`IndicatorTable.levelTwoAsName`), where 10万元 had been the name and the progress the target.
    @Test func aProgressColumnIsKeptBesideTheTarget() throws {
        let document = try Self.read("daying-shuangxin-self-evaluation")
        let rows = document.projects.flatMap(\.indicators).filter { $0.otherColumns == "实施进度=已完成100%" }
        #expect(rows.map(\.nameAsWritten) == ["宣传次数", "创建质量", "全年", "成本", "提升全县消费者维权意识", "群众满意度"])
        #expect(rows.map(\.valueAsWritten) == ["至少全年完成2次宣传", "按质按量完成", "1-12月", "10万元", "不断提升", "90%"])
        #expect(!document.projects.flatMap(\.indicators).contains { $0.nameAsWritten.hasPrefix("已完成") || $0.nameAsWritten == "实施进度" })
    }

    /// 桃源县's glued form has a text column between the name and the target (三级指标 | 指标内容 |
    /// 指标值 | 绩效标准) and ends each row with its standard (`…250人计划标准`): the target goes
    /// to 指标值, past the text column, as the standard stands in its own. Every target had been
    /// put in 指标内容 and each row warned of as having none. A magnitude right after a target's
    /// digits is the target's (`≦380万计划标准`: ≤ 380 万, standard 计划标准; the 万 had gone to the standard).
    @Test func aTargetGoesPastATextColumnToItsOwn() throws {
        let document = try Self.read("taoyuan-reemployment-subsidy")
        #expect(document.county == "桃源县" && document.projects.first?.budget == 380)
        let rows = document.projects.flatMap(\.indicators)
        #expect(rows.map(\.valueAsWritten) == ["250人", "100%", "100%", "100%", "100%", "1130元/月/人", "143元/月/人", "≤380万"])
        #expect(rows.map(\.otherColumns) == ["绩效标准=计划标准", "绩效标准=历史标准"] + Array(repeating: "绩效标准=计划标准", count: 6))
        #expect(ValueParser.parse(comparison: "", value: rows[7].valueAsWritten, unit: "") == ParsedValue(comparison: .atMost, number: 380, unit: "万"))
        #expect(rows.count == 8 && document.rejected.count == 1)
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
    }

    /// 六安市's 申报表 (财政部's template) sets its goals and targets out twice, side by side: the
    /// headings `中期目标(2024年—2026年) | 年度目标` over `一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 指标值`.
    /// The target is the year's, the second set's (as the budget is the year's 51.35, not the period's
    /// 68.50); the period's stays among the other columns under its heading. Each set's level 2 is
    /// merged down its group, so a group's later rows are a cell short in each set: the name goes
    /// under the second set's 三级指标, not its 二级指标. The period's targets had been read as the
    /// targets and a row's later cells shifted a column left. Where the year's target is blank, the
    /// period's stands for it.
    @Test func thePeriodsTargetsBesideTheYearsAreNotTheTargets() throws {
        let document = try Self.read("luan-quality-testing")
        #expect(document.projects.map(\.budget) == [51.35])
        let rows = document.projects.flatMap(\.indicators)
        #expect(rows.map(\.nameAsWritten) == ["鉴定校准实验室仪器", "购买标准试剂", "监督抽检批次", "农产品例行监测合格率", "农产品监督抽样合格率", "实验室仪器维修维护", "检测及时率"])
        #expect(rows.map(\.valueAsWritten) == ["≥57个", "≥100个", "≥100组", "≥98%", "≥98%", "≥4次", "≤7工作日"])
        #expect(rows[1].otherColumns == "中期目标(2024年—2026年) 指标值=≥100个；三级指标=购买标准试剂")
        #expect(rows[3].otherColumns == "中期目标(2024年—2026年) 指标值=≥98%；二级指标=质量指标；三级指标=农产品例行监测合格率")
        // The year's targets are the second set's, whatever the period's say.
        let path = Fixtures.path("Tests/Fixtures/real-pages/luan-quality-testing.txt")
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "购买标准试剂 | ≥100个 | 购买标准试剂 | ≥100个", with: "购买标准试剂 | ≥300个 | 购买标准试剂 | ≥100个")
            .replacingOccurrences(of: "检测及时率 | ≤7工作日 | 时效指标 | 检测及时率 | ≤7工作日", with: "检测及时率 | ≤9工作日 | 时效指标 | 检测及时率 | ≤7工作日")
        let year = try Loaders.load(text: text, file: "六安市申报表.txt").projects.flatMap(\.indicators)
        #expect(year.map(\.valueAsWritten) == rows.map(\.valueAsWritten))
        #expect(year[1].otherColumns.hasPrefix("中期目标(2024年—2026年) 指标值=≥300个") && year[6].otherColumns.hasPrefix("中期目标(2024年—2026年) 指标值=≤9工作日"))
        // Without the headings, the first set's targets are the targets, as before.
        let unheaded = try Loaders.load(text: text.replacingOccurrences(of: "中期目标(2024年—2026年) | 年度目标 |", with: "目标说明 |"), file: "六安市申报表.txt")
        #expect(unheaded.projects.flatMap(\.indicators).map(\.valueAsWritten).prefix(2) == ["≥57个", "≥300个"])
        // A one-year project (太和县's, `中期目标(2023年—2023年)`) that fills only the period's set: its
        // targets are the targets (6 of 8 had been written with none).
        let oneYear = try Self.read("taihe-enforcement-vehicles").projects.flatMap(\.indicators)
        #expect(oneYear.map(\.valueAsWritten) == ["≥90辆", "较高", "≥100百分比", "≥100百分比", "程度较高", "及时支出", "≤****000元", "程度较高"])
        #expect(oneYear[0].otherColumns == "中期目标(2023年—2023年) 指标值=≥90辆；二级指标=数量指标")
    }

    /// A page's bar rows (`a | b | |`, `a | b | ||||`) copied one cell a line, as a browser copies a
    /// table: each non-empty cell on a line of its own; with `bars`, each cell closed by ` |` and
    /// each empty cell (`| |`) a `|` line, the places of merged cells at a row's end (`||||`) not
    /// written. Ends without a line break, as the page does (cut inside its last row).
    static func oneCellALine(_ page: String, bars: Bool) -> String {
        page.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            guard line.contains("|") else { return line.isEmpty ? [] : [String(line)] }
            var row = Substring(line)
            if row.hasSuffix("||") { row = row.dropLast(row.reversed().prefix { $0 == "|" }.count) }
            var cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if row.hasSuffix("|") || cells.last == "" { cells.removeLast() }
            return bars ? cells.map { $0.isEmpty ? "|" : $0 + " |" } : cells.filter { !$0.isEmpty }
        }.joined(separator: "\n")
    }

    /// The two sets of targets (中期, 年度) copied one cell a line: a row's cells are its name and
    /// target, then the second set's level 2 where its group starts, the name written again and its
    /// target (六安市's); 太和县's second set holds its level 2 alone. Both read as their pages do.
    /// 六安市's had read 10 and 11 indicators of 7 (each group's first row twice: the second set's
    /// level 2 started a new group), 太和县's 7 of 8 one cell a line (the next row's name and target
    /// taken as the second set's: 经费支出合规性 given ≥100百分比, 项目验收合格率 lost), and with each
    /// cell closed by a bar the header's trailing empty cell had been taken for a row's.
    @Test func twoSetsOfTargetsOneCellALine() throws {
        for name in ["luan-quality-testing", "taihe-enforcement-vehicles"] {
            let page = try Self.read(name)
            let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/\(name).txt"), encoding: .utf8)
            for bars in [false, true] {
                let copy = try Loaders.load(text: Self.oneCellALine(text, bars: bars), file: "\(name).txt")
                #expect(Self.rows(copy) == Self.rows(page), "\(name), bars \(bars)")
                #expect(copy.rowsRead == page.rowsRead && copy.rejected.count == 1, "\(name), bars \(bars)")
            }
        }
        let cells = try Loaders.load(text: Self.oneCellALine(try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/taihe-enforcement-vehicles.txt"), encoding: .utf8), bars: false), file: "太和县.txt")
        #expect(cells.projects.flatMap(\.indicators).map(\.nameAsWritten).prefix(4) == ["完成修理养护的设施数量", "经费支出合规性", "项目验收合格率", "养护维修质量合格率"])
        #expect(cells.projects.flatMap(\.indicators).map(\.valueAsWritten).prefix(4) == ["≥90辆", "较高", "≥100百分比", "≥100百分比"])
    }

    /// 亳州市's page has every bar on a line of its own, one between two cells and two where a row
    /// ends, and cells broken over lines (`BarLineRows`): read row by row, its two sets of targets
    /// stay in their columns, the year's the target. Read one cell a line, the first row's name had
    /// run into its targets and the next row's labels, and neither row had a target.
    @Test func aCopyWithEachBarOnALineOfItsOwn() throws {
        let document = try Self.read("bozhou-weather-modification")
        #expect(document.county == "亳州市")
        #expect(document.projects.map(\.name) == ["亳州市人工增雨飞机作业项目"])
        #expect(document.projects.map(\.budget) == [189.8])
        let rows = document.projects.flatMap(\.indicators)
        #expect(rows.map(\.nameAsWritten) == ["飞机增雨作业航时"])
        #expect(rows.map(\.valueAsWritten) == ["暂定量按15次作业且总航时不少于30小时测算"])
        #expect(rows.first?.otherColumns.hasPrefix("中期目标(2023年—2025年) 指标值=暂定量按15次作业且总航时不少于30小时测算") == true)
        // The row starts at the file's line of its first cell, `产` of `产出指标` written down the cell.
        #expect(rows.first?.source.line == 95)
        // The reading note names the file's own line, as the records do (the rewritten text's had been 3).
        #expect(document.readingNotes.contains { $0.hasPrefix("表单「亳州市人工增雨飞机作业项目」（行 7）") })
        // The second row's year target is cut where the page ends (`解`).
        #expect(document.rejected.count == 1 && document.rejected.first?.text.contains("围绕农业生产") == true)
    }

    /// 金安区's page has one cell a line, each closed by a bar on its last line: a cell the page broke
    /// over lines is joined back (`BarClosedCells`), `打造金安国际网球` / `公开赛等系列品牌赛事 |` one name
    /// with its target `影响可持续` (it had been a name, the second line its target, and the target a
    /// row with none). A target naming its benefit (`经济效益良好`) is the target, not the label
    /// 经济效益 and a target 良好.
    @Test func aCellBrokenOverLinesAndClosedOnItsLast() throws {
        let document = try Self.read("jinan-tennis-open")
        #expect(document.county == "金安区")
        #expect(document.projects.map(\.budget) == [1000, 1200])
        let rows = document.projects[0].indicators
        #expect(rows.count == 11 && document.projects[1].indicators.isEmpty)
        let lasting = try #require(rows.first { $0.level2Label == "可持续影响指标" })
        #expect(lasting.nameAsWritten == "打造金安国际网球公开赛等系列品牌赛事" && lasting.valueAsWritten == "影响可持续")
        #expect(lasting.source.line == 67)
        let economic = try #require(rows.first { $0.level2Label == "经济效益指标" })
        #expect(economic.nameAsWritten == "提升六安城市知名度和美誉度,推动体育消费、“网球+”产业深度融合" && economic.valueAsWritten == "经济效益良好")
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
    }

    /// 石嘴山市's 批复表 is a tree (`TreeTable`): one column 项目 holds the unit, the project with its
    /// amount, level 1s, level 2s and indicators, each indented a step further. It is read as the
    /// form it is (it had been refused: no form found); a name that is a label's word
    /// (`服务对象满意度`) under its level 2 is an indicator, and 成本指标 under 产出指标 a level 2.
    @Test func aTreeTableIsReadByItsIndentation() throws {
        let document = try Self.read("shizuishan-disease-control-approval")
        #expect(document.projects.map(\.name) == ["狂犬、乙肝、流感等疫苗及美沙酮药物"])
        #expect(document.projects.map(\.department.name) == ["石嘴山市疾病预防控制中心"])
        #expect(document.projects.map(\.budget) == [300])
        let rows = document.projects.flatMap(\.indicators)
        #expect(rows.count == 13 && document.rejected.isEmpty)
        #expect(rows.first.map { [$0.level1Label, $0.level2Label, $0.valueAsWritten] } == ["产出指标", "成本指标(必填硬性指标)", "100%"])
        let satisfaction = try #require(rows.first { $0.level1Label == "满意度指标" })
        #expect(satisfaction.nameAsWritten == "服务对象满意度" && satisfaction.level2Label == "服务对象满意度指标(必填)")
        #expect(satisfaction.source.line == 76)
        #expect(rows.map(\.valueAsWritten).filter { $0 != "100%" } == ["40%", "90%"])
    }

    /// The same tree with every line indented alike (four spaces, as a copy keeping a page's margin
    /// or a document's indented paragraphs gives it): the levels are told by indentation beyond the
    /// header's, and the values stand where the header does. It had been refused (no form found):
    /// every line was indented, so no value stood apart from the names.
    @Test func aTreeTableIndentedAsAWhole() throws {
        let path = Fixtures.path("Tests/Fixtures/real-pages/shizuishan-disease-control-approval.txt")
        let page = try Self.read("shizuishan-disease-control-approval")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        let document = try PublishedFormTraitsTests.read(indented, named: "石嘴山市.txt")
        #expect(document.projects.map(\.name) == ["狂犬、乙肝、流感等疫苗及美沙酮药物"])
        #expect(document.projects.map(\.budget) == [300])
        #expect(document.indicatorCount == 13 && document.rejected.isEmpty)
        let rows = document.projects.flatMap(\.indicators)
        #expect(rows.map(\.nameAsWritten) == page.projects.flatMap(\.indicators).map(\.nameAsWritten))
        #expect(rows.map(\.valueAsWritten).filter { $0 != "100%" } == ["40%", "90%"])
        let satisfaction = try #require(rows.first { $0.level1Label == "满意度指标" })
        #expect(satisfaction.nameAsWritten == "服务对象满意度" && satisfaction.level2Label == "服务对象满意度指标(必填)")
        #expect(satisfaction.source.line == 76)
    }

    /// Words that are keys only as a cell of their own (`cell_keys` in Data/vocabulary.yaml): 金寨县's
    /// whole-department self-evaluation names its department under `部门 | 金寨县茶谷…中心` (it had
    /// been 未注明主管部门, the form named after its title), and 南县's form writes `部门预算 | 70.00`
    /// after the project's name (the name had run on into `…执法专项部门预算70.00`). Inside a cell's
    /// text they are no keys: 鄂州市's title `市直部门预算项目支出绩效目标表` still names its city.
    @Test func aKeyOnlyAsACellOfItsOwn() throws {
        let department = try Self.read("jinzhai-village-centre-self-evaluation")
        #expect(document(department, is: "金寨县", department: "金寨县茶谷和美丽乡村建设服务中心", budget: 329.77, rows: 8))
        #expect(!department.findings.contains { $0.rule == RuleID.projectNameMissing })
        let project = try Self.read("nanxian-disease-control")
        #expect(project.projects.map(\.name) == ["基本公共卫生服务和应急处理及卫生监督执法专项"])
        #expect(document(project, is: "南县", department: "南县疾病预防控制中心", budget: 70, rows: 2))
        let title = try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/10-hubei-ezhou-office-building.txt"))
        #expect(title.county == "鄂州市")
    }

    /// A page's bar rows with their cells one space apart (`a b c`), as a copy from a PDF or a
    /// page without table lines gives them. Ends without a line break, as the page does.
    static func cellsOneSpaceApart(_ page: String) -> String {
        page.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        }.joined(separator: "\n")
    }

    /// 金寨县's self-evaluation with its cells one space apart: its header's titles wrap over three
    /// lines (`… 三级指标 年度 指标值` / `实际 完成值` / `分值 得分 偏差原因分析及改进措施`), so the columns
    /// after the name are six, and its numbered rows (`指标1:完成美丽宜居自然村庄验收时间 9月前 7月 5 5`)
    /// are parted at their spaces as any spaced row. Counting only the first line's two, the rows had
    /// been read as a name and a value after its last space: the name ran on to `… 9月前 7月 5`.
    @Test func aSpacedHeaderWrappedOverLines() throws {
        let page = try Self.read("jinzhai-village-centre-self-evaluation")
        let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/jinzhai-village-centre-self-evaluation.txt"), encoding: .utf8)
        let spaced = try Loaders.load(text: Self.cellsOneSpaceApart(text), file: "金寨县.txt")
        #expect(Self.rows(spaced) == Self.rows(page))
        let rows = spaced.projects.flatMap(\.indicators)
        #expect(rows.count == 8 && spaced.rejected.map(\.text) == page.rejected.map(\.text))
        #expect(rows.map(\.valueAsWritten).suffix(2) == ["9月前", "11月前"])
        #expect(rows.last?.otherColumns == "实际 完成值=10月；得分=5")
    }

    private func document(_ document: CountyDocument, is county: String, department: String, budget: Double, rows: Int) -> Bool {
        document.county == county && document.projects.count == 1 && document.projects[0].department.name == department
            && document.projects[0].budget == budget && document.projects[0].indicators.count == rows
    }

    /// 乌海市's form writes two time indicators' targets as `44,561` (its unit column too): the date
    /// 2021-12-31 as a spreadsheet stores it, exported as the number. Each is flagged with the date it
    /// stands for (`value.date-serial`); counts and other numbers are not (`出差人次 24`, `年度预算总成本 3`).
    @Test func aDateExportedAsItsSerialNumberIsFlaggedWithItsDate() throws {
        let path = Fixtures.path("Tests/Fixtures/real-pages/wuhai-recycling-market.txt")
        let findings = try Fixtures.runSample(inputs: [path]).1.findings.filter { $0.rule == RuleID.valueDateSerial }
        #expect(findings.map(\.source?.line) == [20, 22])
        #expect(findings.first?.message == "时效指标「项目财政资金到位时间」的指标值「44,561」多半是日期 2021-12-31 的 Excel 序号（日期单元格导出成了数字）")
        #expect(ExcelDateSerial.date(44561) == "2021-12-31" && ExcelDateSerial.firstDay(of: 2000) == 36526)
    }

    /// 奉节县's form fills its three cost level 2s with zeros (`经济成本指标 | 0 | 0.00% | 0 | 反映…`):
    /// no indicator named 0, structure as a level 2 with `无` under it is. They had been three
    /// indicators named 0.
    @Test func aLevelTwoFilledWithZerosIsNoIndicator() throws {
        let document = try Self.read("fengjie-emergency-approval")
        #expect(document.county == "奉节县" && document.projects.map(\.budget) == [100])
        #expect(document.projects.flatMap(\.indicators).map(\.nameAsWritten) == ["12350安全生产举报奖励次数", "制作防灾减灾日宣传资料份数"])
        #expect(document.rowsRead == 2 && document.rejected.isEmpty)
        #expect(FormReader.isZero("0.00%") && FormReader.isZero("0") && !FormReader.isZero("0.5") && !FormReader.isZero("10"))
        // The same page copied one cell a line, each cell closed by its bar: the zeros right under
        // each cost level 2 are that row's, structure too (they had been 6 targets without a name,
        // and the file refused).
        let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/fengjie-emergency-approval.txt"), encoding: .utf8)
        let cells = text.split(separator: "\n").flatMap { line in
            line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { $0 + " |" }
        }.joined(separator: "\n")
        let path = Fixtures.write(cells, named: "奉节县审批表.txt", in: Fixtures.temporaryDirectory())
        let copied = try Loaders.load(path: path)
        #expect(copied.projects.flatMap(\.indicators).map(\.nameAsWritten) == ["12350安全生产举报奖励次数", "制作防灾减灾日宣传资料份数"])
        #expect(copied.rejected.isEmpty)
    }

    /// The form's title said again between two rows of a page's table (a page's running title) is
    /// no new form, one cell a line (大英县, its report's keys further down) or glued (桃源县, `项目预算`
    /// inside a row's text no form's key), or spaced with the next form's keys right after the table
    /// (霍邱县): each row reads as it did. Rows after such a title had been lost with exit 0, neither
    /// written nor rejected, and so had the next form (its keys joined onto the table's rows).
    @Test("a title said again between two rows of a page's table changes nothing",
          arguments: ["daying-shuangxin-self-evaluation", "taoyuan-reemployment-subsidy", "huoqiu-tech-envoys-self-evaluation"])
    func runningTitle(name: String) throws {
        let original = try Self.read(name)
        let path = Fixtures.path("Tests/Fixtures/real-pages/\(name).txt")
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        // Where each row starts: its name's line, or the lines of its own labels right above it.
        let starts = original.projects.flatMap(\.indicators).map { row in
            var line = row.source.line
            while line > 1, case let above = lines[line - 2].trimmingCharacters(in: CharacterSet(charactersIn: " |")),
                  !above.isEmpty, [row.level1Label, row.level2Label].contains(above) {
                line -= 1
            }
            return line
        }
        #expect(starts.count >= 7)
        for at in starts.dropFirst().dropLast() {
            var titled = lines
            titled.insert("2023年项目支出绩效目标表", at: at - 1)
            let document = try Loaders.load(path: Fixtures.write(titled.joined(separator: "\n"), named: name + ".txt", in: Fixtures.temporaryDirectory()))
            #expect(RealFormTests.records(document) == RealFormTests.records(original), "title before line \(at)")
        }
    }

    /// 黄石市's monitoring form (项目支出绩效监控表) heads its table over three lines, with a half
    /// year's 指标执行情况 and 完成目标可能性 (Data/vocabulary.yaml), and closes it with rows for the
    /// reasons and the advice: those are columns and the table's end, no indicators (the header's
    /// pieces and the closing rows had been two of its four).
    @Test func aMonitoringFormsColumnsAreNoRows() throws {
        let document = try Self.read("huangshi-heritage-monitoring")
        #expect(document.projects.map(\.name) == ["申遗经费"] && document.projects.first?.budget == 220)
        let names = document.projects.flatMap(\.indicators).map(\.nameAsWritten)
        #expect(names.count == 2 && document.rowsRead == 2 && document.rejected.isEmpty)
        #expect(!names.contains { $0.contains("执行情况") || $0.contains("原因分析") || $0.contains("建议") })
        #expect(document.projects.flatMap(\.indicators).allSatisfy { $0.otherColumns.contains("确定能") || $0.valueAsWritten == "确定能" })
    }

    /// 衡山县's glued self-evaluation closes its table with `说明 | 无` run on after the last row
    /// (`…市民满意度调查290%100%说明无注:1、…`): the table ends there, as it does where 说明 stands
    /// alone on its line, where it had been a 17th indicator named 说明 with the target 无.
    @Test func aClosingExplanationRunOnIsNoIndicator() throws {
        let document = try Self.read("hengshan-grain-reserve-self-evaluation")
        #expect(document.county == "衡山县" && document.projects.first?.budget == 194.9)
        let indicators = document.projects.flatMap(\.indicators)
        #expect(indicators.count == 16 && document.rowsRead == 16)
        #expect(indicators.last?.nameAsWritten == "市民满意度调查")
        #expect(!indicators.contains { $0.nameAsWritten == "说明" })
    }

    /// A regional form's budget key 资金额度 (`主管部门 省残联 资金额度 4623 万`, Data/vocabulary.yaml):
    /// the department is 省残联 and the budget 4623 万元, where the key and amount had run into the
    /// department's name and the budget was missing. The page has no values, so the file fails.
    @Test func aBudgetCalledFundQuota() throws {
        do {
            _ = try Self.read("province-disability-fund-regional")
            Issue.record("a form with no values was read")
        } catch let error as LoadError {
            let project = try #require(error.partial.first?.projects.first)
            #expect(project.department.description == "省残联" && project.budget == 4623)
        }
    }

    /// 昭化区's 麻风病防治 form, cells a space apart: one form, 12 indicators, 4.00 万元. Copied
    /// with only its name's line (`项目名称：麻风病防治`, `项目名称 麻风病防治`) above the indicator
    /// table, the key line had been read as the upper half of a department table's header (its
    /// value, a few characters, as a title): the form named 绩效指标 and the name a column. A key
    /// with its colon, or a line's one key with text after it, is a key and its value.
    @Test func aKeyLineRightAboveTheTableIsNoHeader() throws {
        let page = try Self.read("zhaohua-leprosy-control")
        #expect(document(page, is: "昭化区", department: "区疾控中心", budget: 4, rows: 12))
        let lines = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/zhaohua-leprosy-control.txt"), encoding: .utf8)
            .components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("绩效指标 一级指标") })
        for separator in ["：", " ", " | "] {
            let copy = Array(lines[4...5]) + ["项目名称" + separator + "麻风病防治"] + Array(lines[header...])
            let short = try Loaders.load(path: Fixtures.write(copy.joined(separator: "\n"), named: "麻风病防治.txt", in: Fixtures.temporaryDirectory()))
            #expect(short.projects.map(\.name) == ["麻风病防治"], "«\(separator)»")
            #expect(short.projects.flatMap(\.indicators).map(\.nameAsWritten) == page.projects.flatMap(\.indicators).map(\.nameAsWritten))
            #expect(short.rowsRead == 12 && short.rowsWritten == 12)
        }
    }

    /// A list of indicators in pipe rows opening with a serial column (`序號 | 一級指標 | 二級指標 |
    /// 三級指標 | 指標屬性`, machine-converted to traditional): each row's number is its serial, kept
    /// beside the row (序号=1), never its name. The numbers had been read as the 20 indicators' names,
    /// their labels and names moved into other columns.
    @Test func aSerialColumnInPipeRowsIsNoName() throws {
        let document = try Self.read("city-renewal-indicator-list")
        let rows = document.projects.flatMap(\.indicators)
        #expect(rows.count == 20)
        #expect(!rows.contains { $0.nameAsWritten.allSatisfy(\.isNumber) })
        let first = try #require(rows.first)
        #expect([first.level1Label, first.level2Label, first.nameAsWritten] == ["产出绩效", "城市地下管网更新改造", "完成地下管网现状普查,摸清风险隐患,并建立数字化档案"])
        #expect(first.otherColumns == "序号=1；指标属性=定性")
        #expect(rows.map(\.otherColumns).filter { $0.hasPrefix("序号=") }.count == 19)
    }

    /// A document site's preview of 国家林业局's sample form, cells a space apart where they are not
    /// glued (`…报告次数 2000 次汇总突发事件季度报告次数 4 次趋势会商会次数 1 次…`): with no unit
    /// column, a unit a space after a bare number is that number's, and the next name starts after
    /// it. Each unit had opened the next row's name (`次汇总突发事件…`), the targets bare numbers.
    @Test func aUnitASpaceAfterItsNumberIsTheTargets() throws {
        let rows = try Self.read("forestry-pest-forecast-sample").projects.flatMap(\.indicators)
        #expect(rows.count == 11)
        #expect(!rows.contains { $0.nameAsWritten.hasPrefix("次") || $0.nameAsWritten.hasPrefix("人次") })
        let named = Dictionary(rows.map { ($0.nameAsWritten, $0.valueAsWritten) }, uniquingKeysWith: { first, _ in first })
        #expect(named["发生动态与短期预报报告次数"] == "2000次")
        #expect(named["汇总突发事件季度报告次数"] == "4次")
        #expect(named["测报员培训人次"] == "200人次")
        #expect(named["汇总发生情况月报表次数"] == "12次")
        #expect(named["测报准确率"] == "85%")
    }

    /// 濮阳市's approval of a project's targets, pipe rows with an extra 指标说明 column, cut in its
    /// cost row: the budget as the form wrote it, to the 元 (24.998 万元), the eight rows above the
    /// cut read and the cut one rejected.
    @Test func aBudgetToTheYuanIsKeptWhole() throws {
        let document = try Self.read("puyang-archives-fire-equipment")
        #expect(document.projects.map(\.name) == ["濮阳市档案馆库房消防设备改造安装工程"])
        #expect(document.projects.first?.department.name == "濮阳市档案馆")
        #expect(document.projects.first?.budget == 24.998)
        let rows = document.projects.flatMap(\.indicators)
        #expect(rows.map { $0.comparisonAsWritten + $0.valueAsWritten + $0.unitAsWritten } == ["10套", "160个", "30只", "4台", "1批", "100%", "100%", "2021年12月31日"])
        #expect(rows.last?.level2Label == "时效指标")
        #expect(document.rowsRead == 9 && document.rejected.map(\.source.line) == [28])
    }

    /// A copy that ends in a row after its labels (巴彦淖尔市's self-evaluation, one cell a line, ends
    /// `时效指标 |` / `指标`; 金寨县's, bar rows, ends `成本指标 | 指标1:`): the row lost is said, a row
    /// rejected as cut before its name, not left out (the four and eight rows above it read).
    @Test func aCopyEndingAfterARowsLabelsRejectsThatRow() throws {
        let bayannur = try Self.read("bayannur-natural-resources-self-evaluation")
        #expect(bayannur.projects.map(\.budget) == [2.38])
        let rows = bayannur.projects.flatMap(\.indicators)
        #expect(rows.map(\.nameAsWritten) == ["指标1:租车次数(次)", "指标2:宣传美工制作个数(个)", "指标1:租车达标率", "指标2:宣传合格率"])
        #expect(bayannur.rejected.map(\.source.line) == [125] && bayannur.rejected.map(\.text) == ["时效指标 指标"])
        let jinzhai = try Self.read("jinzhai-village-centre-self-evaluation")
        #expect(jinzhai.projects.flatMap(\.indicators).count == 8)
        #expect(jinzhai.rejected.map(\.text) == ["成本指标 指标1:"])
        #expect((bayannur.rejected + jinzhai.rejected).allSatisfy { $0.reason == FormReader.cutBeforeName })
    }

    /// 巴南区圣灯山镇's form, cells a space apart, wraps its satisfaction level 2 in its cell beside the
    /// level 1 (`满意度指标 服务对象` / `满意度指标`): the row's last cell is joined to the line under it
    /// (`服务对象满意度指标`), as a label broken alone on its lines is. The row under it is named
    /// `满意度95%以上` (满意度 opens a name, a label only alone or before a level 2: `short_aliases`).
    /// Before, 服务对象 was an indicator with no value and the row 满意度 / `95%以上`: 9 rows for 8.
    @Test func aLabelWrappedAtASpacedRowsEndIsJoined() throws {
        let document = try Self.read("banan-shengdengshan-secretaries-allowance")
        #expect(document.county == "巴南区")
        let project = try #require(document.projects.first)
        #expect(project.name == "党支部书记补贴" && project.budget == 20)
        #expect(project.indicators.count == 8)
        let last = try #require(project.indicators.last)
        #expect([last.level1Label, last.level2Label, last.nameAsWritten] == ["满意度指标", "服务对象满意度指标", "满意度95%以上"])
        #expect(last.comparisonAsWritten + last.valueAsWritten + last.unitAsWritten == "≧95%")
        #expect(project.indicators.map(\.level2Label) == ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标"])
    }

    /// 蔡甸区's self-evaluation, machine-converted to traditional characters and glued (a document
    /// site's preview): columns 年初目标值 | 实际完成值 | 未完成原因及改进措施. A stock phrase right after a
    /// row's full run of values (`100%1000件达成预期指标监控系统维护率…`) is the reason column's, not the
    /// next name's opening: it had made `达成预期指标监控系统维护率` one name and `达成预期` a row of its own.
    @Test func aStockPhraseAfterAGluedRowsValuesIsItsTextColumn() throws {
        let document = try Self.read("caidian-forest-fire-self-evaluation-traditional")
        #expect(document.county == "蔡甸区" && document.projects.map(\.budget) == [63])
        let rows = document.projects.flatMap(\.indicators)
        #expect(rows.count == 11)
        #expect(Array(Self.rows(rows.prefix(2))) == [
            "数量 | 灭火设备配备率 | 100% |  | 实际完成值=1000件；未完成原因及改进措施=达成预期指标",
            "数量 | 监控系统维护率 | 100% |  | 实际完成值=5个；未完成原因及改进措施=达成预期指标",
        ])
        #expect(!rows.contains { $0.nameAsWritten.hasPrefix("达成预期") })
        #expect(document.rejected.map(\.text) == ["社会公众"])
    }

    /// The same page's level 2s under 产出 are 产出数量, 产出质量, 产出时效 and 产出成本 (湖北's
    /// self-evaluation): 产出成本 is the older forms' 成本指标 written as a level 2 (`Data/framework.yaml`),
    /// so `产出成本成本控制数(万元)63` is a cost row named 成本控制数(万元), classed 成本指标 / 经济成本指标
    /// with no finding that its level 2 is misplaced. It had been a 时效 row named `产出成本成本控制数(万元)`.
    @Test func aCostLevelTwoWrittenUnderOutput() throws {
        let path = Fixtures.path("Tests/Fixtures/real-pages/caidian-forest-fire-self-evaluation-traditional.txt")
        let result = try Fixtures.runSample(inputs: [path]).1
        let cost = try #require(result.documents.flatMap(\.projects).flatMap(\.indicators).first { $0.nameAsWritten == "成本控制数(万元)" })
        #expect([cost.level1Label, cost.level2Label] == ["产出", "产出成本"])
        #expect([cost.level1, cost.level2] == ["成本指标", "经济成本指标"])
        #expect(cost.valueAsWritten == "63")
        #expect(result.findingsByRule[RuleID.labelLevel2Mismatch] == nil)
    }

    /// A page's bar rows with every cell run together on one line, as a document site's preview
    /// gives a table (蔡甸区's page came so). Ends without a line break, as the page does.
    static func allCellsGlued(_ page: String) -> String {
        page.split(separator: "\n").map { line in
            line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        }.joined()
    }

    /// 巴彦淖尔市's self-evaluation glued: its rows are numbered (`指标1:`, `指标2:`) under each level 2,
    /// and each number starts a row (`…(次)正向大于等于11次88指标2:宣传美工…`). The direction word
    /// before the values is the row's direction, the comparison in words its target's, and a number
    /// written twice before the weight and score (`11次`, `88`) the target and result, then the
    /// weight and score, alike. Each row's second had been read into the first's last column:
    /// 2 rows of 4, named `指标1:租车次数(次)正向大于等于11次88`.
    @Test func numberedRowsRunTogetherStartRowsOfTheirOwn() throws {
        let name = "bayannur-natural-resources-self-evaluation"
        let page = try Self.read(name)
        let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/\(name).txt"), encoding: .utf8)
        let glued = try Loaders.load(text: Self.allCellsGlued(text), file: "巴彦淖尔市.txt")
        let rows = glued.projects.flatMap(\.indicators)
        #expect(rows.map(\.nameAsWritten) == page.projects.flatMap(\.indicators).map(\.nameAsWritten))
        #expect(rows.map(\.nameAsWritten) == ["指标1:租车次数(次)", "指标2:宣传美工制作个数(个)", "指标1:租车达标率", "指标2:宣传合格率"])
        #expect(Self.rows(glued) == [
            "数量指标 | 指标1:租车次数(次) | 大于等于1次 | 8 | 实际完成值=1次；得分=8",
            "数量指标 | 指标2:宣传美工制作个数(个) | 小于等于1个 | 7 | 实际完成值=1个；得分=7",
            "质量指标 | 指标1:租车达标率 | 等于100% | 8 | 实际完成值=100%；得分=8",
            "质量指标 | 指标2:宣传合格率 | 等于100% | 7 | 实际完成值=100%；得分=7",
        ])
        #expect(rows.map(\.directionAsWritten) == ["正向", "正向", "正向", "正向"])
    }

    /// 金寨县's self-evaluation glued: its amounts row runs 年初预算数, 全年预算数, 全年执行数, 分值 and
    /// 执行率 together (`329.77329.77338.3110102.59%`); the split whose execution over budget is the
    /// rate, the opening budget before them, gives 329.77 (it had been no budget). Its numbered rows
    /// are each a row, a month's deadline (`9月前`) one value, and the copy's last numbering, cut
    /// after `成本指标 指标1:`, a row rejected as on the page (it had been a row named 指标 valued 1).
    @Test func aGluedSelfEvaluationKeepsItsBudgetAndNumberedRows() throws {
        let name = "jinzhai-village-centre-self-evaluation"
        let page = try Self.read(name)
        let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/\(name).txt"), encoding: .utf8)
        let glued = try Loaders.load(text: Self.allCellsGlued(text), file: "金寨县.txt")
        #expect(glued.projects.map(\.budget) == [329.77])
        let rows = glued.projects.flatMap(\.indicators)
        #expect(rows.map(\.nameAsWritten) == page.projects.flatMap(\.indicators).map(\.nameAsWritten))
        #expect(Array(Self.rows(rows).suffix(4)) == Array(Self.rows(page).suffix(4)))
        #expect(rows.map(\.valueAsWritten).suffix(2) == ["9月前", "11月前"])
        #expect(glued.rejected.map(\.text) == page.rejected.map(\.text))
    }

    /// 六安市's form with two sets of targets (中期 | 年度: `二级指标 | 三级指标 | 指标值` written again
    /// after the period's target), glued: each row runs on with its second set's name written again
    /// (`鉴定校准实验室仪器≥57个数量指标鉴定校准实验室仪器≥57个`). The second set's row is the same row's
    /// year target, as on the page; it had been read as a row of its own, each row twice (14 rows of 7).
    @Test func twoSetsOfTargetsGluedAreOneRowEach() throws {
        let name = "luan-quality-testing"
        let page = try Self.read(name)
        let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/\(name).txt"), encoding: .utf8)
        let glued = try Loaders.load(text: Self.allCellsGlued(text), file: "六安市.txt")
        let rows = glued.projects.flatMap(\.indicators), pageRows = page.projects.flatMap(\.indicators)
        #expect(rows.prefix(7).map(\.nameAsWritten) == pageRows.map(\.nameAsWritten))
        #expect(rows.prefix(7).map(\.valueAsWritten) == pageRows.map(\.valueAsWritten))
        #expect(rows.first?.otherColumns == "中期目标(2024年—2026年) 指标值=≥57个；三级指标=鉴定校准实验室仪器")
    }

    /// 黄石市's monitoring form glued: its amounts' titles run on after 预算数 (`年初预算数1-6月执行数全年
    /// 预计执行数`, the half year's months a column's title), and the amounts after 年度资金总额 run
    /// together (`22087.57`: 220 and 87.57, no rule tells them apart). `1-6月` is no amount: the
    /// budget is left unread and said so (`amount.not-decimal`), where it had been 1.00 万元, unsaid.
    @Test func monthsBeforeAColumnsTitleAreNoBudget() throws {
        let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/huangshi-heritage-monitoring.txt"), encoding: .utf8)
        var glued = try Loaders.load(text: Self.allCellsGlued(text), file: "黄石市.txt")
        AmountChecks().apply(to: &glued)
        #expect(glued.projects.map(\.budget) == [nil])
        #expect(glued.findings.contains { $0.rule == RuleID.amountNotDecimal })
        #expect(MoneyText.parse("1-6月执行数") == nil && MoneyText.parse("1至6月执行数") == nil)
        #expect(MoneyText.parse("16月执行数220")?.amount == 16)
    }

    /// 太和县's one-year form glued: its targets in words of degree (`较高`, `程度较高`, `qualitative_values`
    /// in `Data/vocabulary.yaml`) end their rows (`经费支出合规性较高项目验收合格率…`): they had stayed in
    /// the names, four rows with no target.
    @Test func aTargetOfDegreeEndsAGluedRow() throws {
        let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/taihe-enforcement-vehicles.txt"), encoding: .utf8)
        let rows = try Loaders.load(text: Self.allCellsGlued(text), file: "太和县.txt").projects.flatMap(\.indicators)
        #expect(rows.map(\.nameAsWritten).prefix(6) == ["完成修理养护的设施数量", "经费支出合规性", "项目验收合格率", "养护维修质量合格率", "项目完成及时性", "经费支出时效性及时支出"])
        #expect(rows.map(\.valueAsWritten).prefix(5) == ["≥90辆", "较高", "≥100百分比", "≥100百分比", "程度较高"])
    }

    /// 濮阳市's form glued: its five quantity rows run on, each a name and a count
    /// (`七氟丙烷式灭火装置及药剂10套烟感、温感控制设备160个…施工材料1批`). A run of three or more such pairs
    /// and nothing else is that many rows, as on the page; it had been one row with no target, the
    /// other four names in its explanation column.
    @Test func countsGluedAfterTheirNamesEndTheirRows() throws {
        let name = "puyang-archives-fire-equipment"
        let page = try Self.read(name)
        let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/\(name).txt"), encoding: .utf8)
        let glued = try Loaders.load(text: Self.allCellsGlued(text), file: "濮阳市.txt")
        #expect(Self.rows(glued) == Self.rows(page))
        #expect(glued.projects.flatMap(\.indicators).prefix(5).map(\.valueAsWritten) == ["10套", "160个", "30只", "4台", "1批"])
        #expect(glued.rejected.map(\.text) == page.rejected.map(\.text))
    }

    /// 蔡甸区's glued page asks a question in a name (`公众知晓度是否明显提高是达成预期指标`): the answer right
    /// after it (`question_answers` in `Data/vocabulary.yaml`: 是否 → 是, 否) is the target, and the stock
    /// phrase after it the next column's, as on other rows. It had been one name,
    /// `公众知晓度是否明显提高是达成预期`, with no target. The 是 of 是否 itself answers nothing.
    @Test func theAnswerAfterANamesQuestionIsItsTarget() throws {
        let rows = try Self.read("caidian-forest-fire-self-evaluation-traditional").projects.flatMap(\.indicators)
        let asked = try #require(rows.first { $0.nameAsWritten.hasPrefix("公众知晓度") })
        #expect(asked.nameAsWritten == "公众知晓度是否明显提高")
        #expect(asked.valueAsWritten == "是")
        #expect(asked.otherColumns == "实际完成值=达成预期指标")
        #expect(rows.count == 11)
    }
}
