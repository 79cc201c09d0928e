import Foundation
import Testing
@testable import JixiaoCore

/// How a form's indicator table is read: a header of two rows (group headings, 绩效指标 over 一级 / 二级 /
/// 三级指标, 指标值 over 中长期目标值 / 年度目标值, above the column titles), labels carried down.
@Suite struct IndicatorTableTests {
    static let page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head><body>
        <h3>2024年度专项资金绩效目标表</h3>
        <table border="1">
        <tr><td>专项资金名称</td><td colspan="5">城乡居民医疗救助资金</td></tr>
        <tr><td>业务主管部门</td><td colspan="2">通江县医疗保障局</td><td>当年资金总额（万元）</td><td colspan="2">560</td></tr>
        <tr><td colspan="3">绩效指标</td><td colspan="2">指标值</td><td rowspan="2">备注</td></tr>
        <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>中长期目标值</td><td>年度目标值</td></tr>
        <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>救助人次</td><td>≥30000人次</td><td>≥8000人次</td><td></td></tr>
        <tr><td>质量指标</td><td>政策范围内救助比例</td><td>≥70%</td><td>≥70%</td><td>按政策</td></tr>
        <tr><td>效益指标</td><td>社会效益指标</td><td>因病致贫返贫发生率</td><td>逐年下降</td><td>≤1%</td><td></td></tr>
        <tr><td>满意度指标</td><td>服务对象满意度指标</td><td>救助对象满意度</td><td>≥90%</td><td>≥92%</td><td></td></tr>
        </table></body></html>
        """

    /// The year's targets are the values, the long-term ones kept beside them: the header had
    /// been read from its first row only (指标值, 备注), so the long-term column became the value
    /// (≥30000人次 instead of ≥8000人次, 逐年下降 instead of ≤1%).
    @Test func theLowerRowTitlesTheColumns() throws {
        let directory = Fixtures.temporaryDirectory()
        let document = try Loaders.load(path: Fixtures.write(Self.page, named: "通江县.html", in: directory))
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.valueAsWritten) == ["≥8000人次", "≥70%", "≤1%", "≥92%"])
        #expect(indicators.map(\.otherColumns).first?.contains("中长期目标值=≥30000人次") == true)
        #expect(indicators.map(\.otherColumns)[1].contains("备注=按政策"))
        #expect(indicators.map(\.level2Label) == ["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"])
    }

    /// The page copied as text, `|` after each cell of a row (a merged cell written once) or one
    /// cell a line: no grid places the lower row's titles, so they go in the place of the target
    /// title they divide (指标值 over 中长期目标值 | 年度目标值), level titles before it. In one cell
    /// a line 逐年下降, of no shape the vocabulary knows, is the long-term target by its place.
    @Test(arguments: ["pipes", "cells"])
    func theLowerRowTitlesTheColumnsInText(rendering: String) throws {
        let pipes = [
            "2024年度专项资金绩效目标表",
            "专项资金名称 | 城乡居民医疗救助资金 |",
            "业务主管部门 | 通江县医疗保障局 | 当年资金总额（万元） | 560 |",
            "绩效指标 | 指标值 | 备注 |",
            "一级指标 | 二级指标 | 三级指标 | 中长期目标值 | 年度目标值 | |",
            "产出指标 | 数量指标 | 救助人次 | ≥30000人次 | ≥8000人次 | |",
            "质量指标 | 政策范围内救助比例 | ≥70% | ≥70% | 按政策 | |",
            "效益指标 | 社会效益指标 | 因病致贫返贫发生率 | 逐年下降 | ≤1% | |",
            "满意度指标 | 服务对象满意度指标 | 救助对象满意度 | ≥90% | ≥92% | |",
        ].joined(separator: "\n") + "\n"
        let cells = [
            "2024年度专项资金绩效目标表",
            "专项资金名称 |",
            "城乡居民医疗救助资金 |",
            "业务主管部门 |",
            "通江县医疗保障局 |",
            "当年资金总额（万元） |",
            "560 |",
            "绩效指标 |",
            "指标值 |",
            "备注 |",
            "一级指标 |",
            "二级指标 |",
            "三级指标 |",
            "中长期目标值 |",
            "年度目标值 |",
            "产出指标 |",
            "数量指标 |",
            "救助人次 |",
            "≥30000人次 |",
            "≥8000人次 |",
            "|",
            "质量指标 |",
            "政策范围内救助比例 |",
            "≥70% |",
            "≥70% |",
            "按政策 |",
            "效益指标 |",
            "社会效益指标 |",
            "因病致贫返贫发生率 |",
            "逐年下降 |",
            "≤1% |",
            "|",
            "满意度指标 |",
            "服务对象满意度指标 |",
            "救助对象满意度 |",
            "≥90% |",
            "≥92% |",
            "|",
        ].joined(separator: "\n") + "\n"
        let document = try Loaders.load(text: rendering == "pipes" ? pipes : cells, file: "通江县.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["救助人次", "政策范围内救助比例", "因病致贫返贫发生率", "救助对象满意度"])
        #expect(indicators.map(\.valueAsWritten) == ["≥8000人次", "≥70%", "≤1%", "≥92%"])
        #expect(indicators.map(\.otherColumns)[2].contains("中长期目标值=逐年下降"))
        #expect(indicators.map(\.level2Label) == ["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"])
    }

    /// The page's cells glued with nothing between them: a row's run ends with a value for each
    /// column that takes one (the long-term target, the year's), not the year's alone
    /// (`救助人次≥30000人次≥8000人次` had kept `≥30000人次` in its name).
    @Test func gluedRowsEndWithTheLongTermAndTheYearsTarget() throws {
        let text = "2024年度专项资金绩效目标表专项资金名称城乡居民医疗救助资金业务主管部门通江县医疗保障局当年资金总额（万元）560绩效指标指标值备注一级指标二级指标三级指标中长期目标值年度目标值产出指标数量指标救助人次≥30000人次≥8000人次质量指标政策范围内救助比例≥70%≥70%按政策效益指标社会效益指标因病致贫返贫发生率逐年下降≤1%满意度指标服务对象满意度指标救助对象满意度≥90%≥92%\n"
        let indicators = try #require(Loaders.load(text: text, file: "通江县.txt").projects.first).indicators
        let byName = Dictionary(indicators.map { ($0.nameAsWritten, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["救助人次"]?.valueAsWritten == "≥8000人次")
        #expect(byName["救助人次"]?.otherColumns.contains("中长期目标值=≥30000人次") == true)
        #expect(byName["救助对象满意度"]?.valueAsWritten == "≥92%")
        #expect(byName["救助对象满意度"]?.otherColumns.contains("中长期目标值=≥90%") == true)
    }

    /// A level 1 is carried down only onto rows whose own level 2 belongs to it
    /// (`Data/framework.yaml`): a group's label printed in the middle of its rows (a PDF) or
    /// lost had left the group's first rows under the group above (产出指标 / 经济成本指标). Such
    /// a row takes the label next below it when its level 2 belongs there (a label printed in
    /// the middle or at the end of its group).
    @Test func aCarriedLevel1NeverOwnsAnotherLevel1sLevel2() throws {
        let text = [
            "项目支出绩效目标表",
            "项目名称\t乡村振兴衔接资金项目",
            "主管部门\t南江县农业农村局",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t帮扶户数\t≥120户",
            "\t时效指标\t完成时限\t2024年底",
            "\t经济成本指标\t户均帮扶成本\t≤2万元",
            "成本指标\t经济成本指标\t项目总成本\t≤240万元",
        ].joined(separator: "\n") + "\n"
        let document = try Loaders.load(text: text, file: "南江县.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.level1Label) == ["产出指标", "产出指标", "成本指标", "成本指标"])
        #expect(indicators.map(\.level2Label) == ["数量指标", "时效指标", "经济成本指标", "经济成本指标"])
    }
}

/// What the reader takes for a target when a row's cells lost their places (one cell a line,
/// glued text): the shapes of values the vocabulary does not list whole.
@Suite struct ValueShapeTests {
    static let shape = ValueShape(vocabulary: try! ReadingRules(dataDirectory: Fixtures.path("Data")).vocabulary)

    static func compact(_ text: String) -> [Unicode.Scalar] { FormCells.compactScalars(text) }

    /// A magnitude between the number and its unit (`value_magnitudes`), a date written with
    /// dashes or slashes, and a unit followed by another in brackets.
    @Test(arguments: ["≥2.5万人次", "≥50万头(只)", "1.2亿元", "≥80万", "2024-11-30", "2024/6", "300台(套)", "≥12万人", "2023年底"])
    func targetsOfEveryShapeAreValues(text: String) {
        #expect(Self.shape.isValue(Self.compact(text)))
    }

    @Test(arguments: ["万人次", "医疗救助人次", "2024年度工作", "台(套)", "数量指标"])
    func namesAndUnitsAloneAreNoValues(text: String) {
        #expect(!Self.shape.isValue(Self.compact(text)))
    }

    /// Glued text: the target at the end of a name is found from its end, magnitude and
    /// bracketed unit included.
    @Test func gluedTargetsAreCutWhole() {
        for (text, value) in [("生猪出栏量≥80万头", "≥80万头"), ("补贴农机具数量300台(套)", "300台(套)")] {
            let scalars = Self.compact(text)
            let found = Self.shape.trailingValues(scalars, limit: 1)
            #expect(found.values.map { String(String.UnicodeScalarView(scalars[$0])) } == [value])
            #expect(String(String.UnicodeScalarView(scalars[..<found.textEnd])) == String(text.dropLast(value.count)))
        }
    }

    /// A date's month and day follow 年 or 月: digits after 底 or 前 start the next value, so
    /// glued dates and a weight come apart (`2026年底`, `2024年12月底前`, `10`).
    @Test func aGluedDateEndsBeforeTheNextValue() {
        let scalars = Self.compact("年度任务完成时间2026年底2024年12月底前10逾期扣分")
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let first = Self.shape.valueEnd(scalars, from: 8)
        #expect(first.map { text(8..<$0) } == "2026年底")
        let second = first.flatMap { Self.shape.valueEnd(scalars, from: $0) }
        #expect(second.map { text(first!..<$0) } == "2024年12月底前")
        #expect(Self.shape.firstValue(in: scalars, from: 2).map(text) == "2026年底2024年12月底前10")
        #expect(Self.shape.isValue(Self.compact("2023年12月31日前")) && Self.shape.isValue(Self.compact("2021年7月")))
        // A month or day written with dashes has two digits at most; the digits after are the next value.
        let dashed = Self.compact("维修完成时间2024-11-3015")
        let trailing = Self.shape.trailingValues(dashed, limit: 2)
        #expect(trailing.values.map { String(String.UnicodeScalarView(dashed[$0])) } == ["2024-11-30", "15"])
        #expect(trailing.textEnd == 6)
    }
}

/// Rows glued in one run (`GluedRow`): where one row's value ends and the next row's name starts.
@Suite struct GluedRowTests {
    static let vocabulary = try! ReadingRules(dataDirectory: Fixtures.path("Data")).vocabulary
    static var glued: GluedRow {
        GluedRow(table: IndicatorTable(tail: [(.value, "指标值"), (.kept, "备注")], vocabulary: vocabulary, shape: ValueShape(vocabulary: vocabulary)))
    }

    /// A number and unit between two names each three characters or more, the second with its
    /// own value, ends a row; a number inside a name does not.
    @Test func aValueWithItsUnitBetweenTwoNamesEndsARow() {
        func end(_ text: String) -> String? {
            let scalars = Array(text.unicodeScalars)
            return Self.glued.unmarkedRowEnd(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
        }
        #expect(end("改造排水管网长度8公里新建检查井数量120座") == "8公里")
        #expect(end("年内开展培训5次参训人数200人") == "5次")
        #expect(end("饲料库120平米490元/平米") == nil)
        #expect(end("新建2个停车场面积500平方米") == nil)
        #expect(end("覆盖10个乡镇的宣传活动次数20次") == nil)
        #expect(end("改造排水管网长度8公里") == nil)
    }

    /// The last column's text (评(扣)分标准) after a row's values ends after a word such text ends
    /// with (`kept_text_endings`) when a name with its own values follows; not inside a sentence.
    @Test func aScoringTextEndsBeforeTheNextRow() {
        func cut(_ text: String) -> [String]? {
            let scalars = Array(text.unicodeScalars)
            return Self.glued.keptTextEnd(scalars).map { cut in
                [scalars[cut.values], scalars[cut.values.upperBound..<cut.end], scalars[cut.end...]].map { String(String.UnicodeScalarView($0)) }
            }
        }
        #expect(cut("高标准农田建设面积6000亩2000亩20未完成按比例扣分新建产业路长度15公里5公里10未完成按比例扣分")
                == ["6000亩2000亩20", "未完成按比例扣分", "新建产业路长度15公里5公里10未完成按比例扣分"])
        #expect(cut("工程验收合格率100%10不合格不得分竣工决算审计完成率100%10") == ["100%10", "不合格不得分", "竣工决算审计完成率100%10"])
        // Text after the scoring word that holds a sentence mark is the same column's text.
        #expect(cut("工程验收合格率100%10不合格扣分，按比例计算100%") == nil)
        #expect(cut("工程验收合格率100%10未完成按比例扣分") == nil)
        #expect(cut("新建2个停车场面积500平方米10逾期扣分改造面积50亩10") == nil)
    }

    /// Place names glued in a header are cut after each place's ending; a township then its village,
    /// in turn, is one place (`village_endings`), villages or townships alone are not paired.
    @Test func gluedPlaceNames() {
        func places(_ text: String) -> [String] {
            var cell = FormCell(text: text, compact: Array(text.unicodeScalars), line: 1)
            cell.splitFromGlued = true
            return IndicatorTable.placeNames(cell, vocabulary: Self.vocabulary)
        }
        #expect(places("西坪镇尧山村桃舟乡吾培村") == ["西坪镇尧山村", "桃舟乡吾培村"])
        #expect(places("尧山村吾培村三洋村植洋村") == ["尧山村", "吾培村", "三洋村", "植洋村"])
        #expect(places("新罗区永定区上杭县武平县") == ["新罗区", "永定区", "上杭县", "武平县"])
        #expect(places("西坪镇尧山村桃舟乡") == ["西坪镇", "尧山村", "桃舟乡"])
    }

    /// A name written again as its explanation (指标解释 copying it, or ending with it, or ending
    /// as the name ends) is the name where it repeats: real forms 08 and 02, glued.
    @Test func aNameRepeatedAsItsExplanation() {
        func name(_ text: String) -> [String]? {
            let scalars = Array(text.unicodeScalars)
            return Self.glued.repeatedName(scalars).map { cut in
                [String(String.UnicodeScalarView(scalars[..<cut.name]))] + cut.values.map { String(String.UnicodeScalarView(scalars[$0])) }
            }
        }
        #expect(name("技术指导服务数量对生产种植企业技术指导服务数量10家") == ["技术指导服务数量", "10家"])
        #expect(name("研究培育食用菌品种数量研究培育食用菌品种数量2种") == ["研究培育食用菌品种数量", "2种"])
        // An explanation ending as the name ends (real forms 08 and 02).
        #expect(name("党建任务完成率上级党组织要求完成党建工作任务完成率100%") == ["党建任务完成率", "100%"])
        #expect(name("已建工程是否存在质量问题当年已完工项目是否在检查中发现质量问题否") == ["已建工程是否存在质量问题", "否"])
        #expect(name("消化利用农作物秸秆数量建立秸秆综合利用点5个") == nil)
        #expect(name("新建2个停车场新建2个停车场10个") == nil)
    }

    /// A total row ends the table where its label stands alone or before its number; a name that
    /// opens with a total word (`共计培训人数`) is an indicator. A caption (`表2`) ends it too.
    @Test func aTotalRowOrCaptionEndsTheTable() {
        func ends(_ name: String, _ values: [String] = []) -> Bool {
            let cell = { (text: String) in FormCell(text: text, compact: Array(text.unicodeScalars), line: 1) }
            return Self.glued.isTableEnd(IndicatorTable.Row(name: cell(name), cells: values.map(cell), isLineRow: false))
        }
        #expect(ends("合计", ["90"]))
        #expect(ends("合计90主管部门审核意见同意。"))
        #expect(!ends("共计培训人数", ["≥500人次"]))
        #expect(!ends("合计完成改造户数", ["200户"]))
        #expect(ends("表", ["2"]))
        #expect(!ends("表彰先进个人数", ["10人"]))
    }

    /// A scoring rule's labels and name glued together (`预算执行(10分)预算执行率年度预算执行率`)
    /// are the rule's words, as each alone is; a name that only opens with one is not.
    @Test func scoringWordsRunTogetherAreAScoringRow() {
        let vocabulary = Self.vocabulary
        func scoring(_ text: String) -> Bool { vocabulary.isScoringRow(Array(text.unicodeScalars)) }
        #expect(scoring("年度预算执行率"))
        #expect(scoring("预算执行(10分)"))
        #expect(scoring("预算执行(10分)预算执行率年度预算执行率"))
        #expect(scoring("预算执行预算执行率"))
        #expect(!scoring("预算执行率达标项目数"))
        #expect(!scoring("预算执行(10分)资金到位率"))
    }
}

/// Amounts glued together under a row of amount keys (`GluedAmounts`): cut where the total is
/// the sum of the rest, and only where one cut is.
@Suite struct GluedAmountsTests {
    static func split(_ text: String, _ count: Int) -> [String]? { GluedAmounts.split(Array(text.unicodeScalars), into: count) }

    @Test func theTotalIsTheSumOfTheParts() {
        #expect(Self.split("356.8356.80", 3) == ["356.8", "356.8", "0"])
        #expect(Self.split("4000338061.5", 2) == nil)  // no cut sums
        #expect(Self.split("40003380.5619.5", 3) == ["4000", "3380.5", "619.5"])
        #expect(Self.split("1055", 3) == ["10", "5", "5"])
        // Two cuts sum (11 = 1 + 10 and 11 = 11 + 0): neither is taken.
        #expect(Self.split("11110", 3) == nil)
        #expect(Self.split("35.0035", 2) == ["35.00", "35"])
        #expect(Self.split("35.5", 1) == nil && Self.split("3x5", 2) == nil)
    }

    /// A department's form copied with every cell glued: 预算资金总额 | 财政拨款 | 其他资金 over 356.8 | 356.8 | 0.
    @Test func aDepartmentsGluedAmountsGiveItsBudget() throws {
        let document = try Loaders.load(path: Fixtures.path("Tests/Fixtures/office-templates/glued/dept-whole-keys-above-values.txt"))
        #expect(document.projects.map(\.budget) == [356.8])
    }
}

