import Foundation
import Testing
@testable import JixiaoCore

/// Traits of published pages seen in session 23 (24 more pages read by hand), written here in
/// forms of our own: what follows a table on a page (sign-off lines, a site's footer, `附件:`),
/// labels a template ends with 值 instead of 指标, a bracket written with spaces inside.
@Suite struct PublishedPageEndsTests {
    static func read(_ text: String, named name: String) throws -> CountyDocument {
        try Loaders.load(path: Fixtures.write(text, named: name, in: Fixtures.temporaryDirectory()))
    }

    static let spacedForm = """
        2020年旅游扶贫项目绩效目标申报表
        项目名称 乡村旅游扶贫 主管部门 南岳区文体广电新闻出版和旅游局
        资金总额 10 万元
        一级指标 二级指标 三级指标 指标值
        产出指标 数量指标 旅游景点开发数量( ≥**个 ) >=4个
        流转土地 >=60亩
        满意度指标 服务对象满意度指标 游客满意度(≥**%) >=90%

        """

    /// Sign-off lines under the table (`财政部门初审意见 (盖章)`, `page_chrome_endings`) and a site's
    /// footer (`XX县人民政府主办`, `鲁ICP备…`, `page_chrome_inside`) end it: they had been read as
    /// satisfaction indicators valued `(盖章)`, and as indicators named after the site's address.
    @Test func signOffLinesAndASiteFooterEndTheTable() throws {
        let signed = try Self.read(Self.spacedForm + """
            财政部门支出股室初审意见 (盖章)

            区扶贫办审核意见 (盖章)

            """, named: "南岳区.txt")
        let project = try #require(signed.projects.first)
        #expect(project.indicators.map(\.nameAsWritten) == ["旅游景点开发数量( ≥**个 )", "流转土地", "游客满意度(≥**%)"])
        let footed = try Self.read(Self.spacedForm + """
            临邑县人民政府主办  临邑县人民政府办公室承办
            地址:临邑县广场大街111号  网站监督电话:0534-4366343
            鲁ICP备06032897号  鲁公网安备37142402000014

            """, named: "南岳区.txt")
        #expect(try #require(footed.projects.first).indicators.count == 3)
        #expect(footed.rejected.isEmpty)
    }

    /// `附件:` alone under the table (a page's list of attachments follows) is a caption, no
    /// indicator without a value.
    @Test func anAttachmentsCaptionEndsTheTable() throws {
        let document = try Self.read(Self.spacedForm + "附件:\n\n扫一扫在手机打开当前页\n", named: "南岳区.txt")
        #expect(try #require(document.projects.first).indicators.map(\.nameAsWritten).last == "游客满意度(≥**%)")
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
    }

    /// A bracket opened in one space-separated piece and closed in a later one is one cell: the name
    /// `旅游景点开发数量( ≥**个 )` had been cut into a level 2 `…数量(`, a name `≥**个` and a value `)`,
    /// and the row after it had taken that level 2.
    @Test func aBracketWithSpacesInsideIsOneCell() throws {
        let document = try Self.read(Self.spacedForm, named: "南岳区.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.valueAsWritten) == [">=4个", ">=60亩", ">=90%"])
        #expect(indicators.map(\.level2Label) == ["数量指标", "数量指标", "服务对象满意度指标"])
    }

    /// A template that ends its labels with 值 (产出值 / 数量值, 效益值 / 经济效益值,
    /// `label_ending_variants`): they are labels, one cell a line; `数量值` had been a level 2 `数量`
    /// and an indicator named `值`.
    @Test func labelsEndingInValueAreLabels() throws {
        let cells = ["小学教育公用经费绩效目标表", "项目名称", "小学教育公用经费", "主管部门", "临邑县教育和体育局", "资金总额(万元)", "438.768",
                     "一级", "二级", "三级", "年度数值", "备注",
                     "产出值", "数量值", "小学就读人数", "<=6962人", " ",
                     "成本值", "义务教育小学生均公用经费", "780元/生/年", " ",
                     "效益值", "经济效益值", "经费有效使用情况", "=100%", " "]
        let document = try Self.read(cells.joined(separator: "\n\n") + "\n", named: "临邑县.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["小学就读人数", "义务教育小学生均公用经费", "经费有效使用情况"])
        // 成本值 inside the 产出 group, with no level 2 after it, is its level 2 (`level2_as_level1`, as 成本指标 is).
        #expect(indicators.map(\.level1Label) == ["产出值", "产出值", "效益值"])
        #expect(indicators.map(\.level2Label) == ["数量值", "成本值", "经济效益值"])
        let (_, run) = try Fixtures.runSample(inputs: [Fixtures.write(cells.joined(separator: "\n\n") + "\n", named: "临邑县.txt",
                                                                      in: Fixtures.temporaryDirectory())])
        #expect(run.allProjects.flatMap(\.indicators).map { $0.level2 ?? "" } == ["数量指标", "经济成本指标", "经济效益指标"])
    }

    /// A copy cut short (no line break at its end) whose last text is the last row's value, where
    /// that value looks cut (a bare `1` under targets written with units, one character of a word):
    /// the row is rejected saying so, not counted as a target of 1. The same row with the line
    /// ended is a target.
    @Test func aValueCutByTheCopysEndIsNoTarget() throws {
        let rows = ["残疾人康复项目绩效目标表", "项目名称 残疾人康复 主管部门 金安区残疾人联合会", "资金总额 80 万元",
                    "一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 康复训练人数 ≥18000人", "发放辅助器具人数 ≥4000人",
                    "质量指标 验收合格率 1"]
        let cut = try Self.read(rows.joined(separator: "\n"), named: "金安区.txt")
        #expect(try #require(cut.projects.first).indicators.map(\.nameAsWritten) == ["康复训练人数", "发放辅助器具人数"])
        #expect(cut.rejected.map(\.reason).first?.contains("the copy ends inside this row's value") == true)
        let whole = try Self.read(rows.joined(separator: "\n") + "\n", named: "金安区.txt")
        #expect(try #require(whole.projects.first).indicators.map(\.valueAsWritten) == ["≥18000人", "≥4000人", "1"])
        let word = try Self.read((rows.dropLast() + ["效益指标 社会效益指标 对生态的不利影响 减"]).joined(separator: "\n"), named: "金安区.txt")
        #expect(try #require(word.projects.first).indicators.count == 2 && word.rejected.count == 1)
    }

    /// A copy cut short at a cell's edge (永德县明朗中学's self-evaluation, its first 1,200 bytes:
    /// `| 时效指标 | 资金到位及时率 | ≧ | 100 |`): the target is whole, but a bare number whose unit
    /// cell, after it, the cut may have taken (≧ 100%): read, with a warning saying so; it had been
    /// read as a complete `≧ 100` with no unit, silently. Cut at the edge before the target, the row
    /// is rejected as cut (it had been an indicator with no value, the form blamed for it); the
    /// same rows whole, and a table with no unit column, warn of nothing.
    @Test func aCopyCutAtACellsEdge() throws {
        let rows = ["| 项目名称 | 义务教育营养改善计划专项资金 | 主管部门 | 永德县教育体育局 | 实施单位 | 永德县明朗中学 |",
                    "| 资金总额 | 387664.62 |", "金额单位：元",
                    "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |",
                    "| 产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次 | 735 | 10 | 10 |",
                    "| 质量指标 | 营养改善计划覆盖率 | ≧ | 100 | % | 100% | 10 | 10 |",
                    "| 时效指标 | 资金到位及时率 | ≧ | 100 |"]
        let cut = try Self.read(rows.joined(separator: "\n"), named: "永德县.txt")
        let last = try #require(cut.projects.first?.indicators.last)
        #expect(last.nameAsWritten == "资金到位及时率" && last.valueAsWritten == "100" && last.unitAsWritten.isEmpty)
        #expect(cut.findings.filter { $0.rule == RuleID.valueMaybeCut }.map(\.message)
                == ["复制的文字在指标「资金到位及时率」这一行截断（文件末尾没有换行），指标值「100」后面的计量单位可能被截去"])
        #expect(cut.rejected.isEmpty)
        let beforeValue = try Self.read((rows.dropLast() + ["| 时效指标 | 资金到位及时率 | ≧ |"]).joined(separator: "\n"), named: "永德县.txt")
        #expect(beforeValue.projects.first?.indicators.count == 2)
        #expect(beforeValue.rejected.map(\.reason) == [FormReader.cutBeforeValue])
        let whole = try Self.read(rows.joined(separator: "\n") + "\n", named: "永德县.txt")
        #expect(!whole.findings.contains { $0.rule == RuleID.valueMaybeCut })
        let narrow = rows.map { $0.replacingOccurrences(of: " 度量单位 |", with: "") }
        let noColumnAfter = try Self.read((narrow.prefix(4) + ["| 产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 |"]).joined(separator: "\n"), named: "永德县.txt")
        #expect(!noColumnAfter.findings.contains { $0.rule == RuleID.valueMaybeCut } && noColumnAfter.rejected.isEmpty)
    }

    /// A form cut before its indicator table fails its file (no indicator read), and the error
    /// carries what was read (`inspect` shows it): the project, its budget, its county.
    @Test func aFormCutBeforeItsTableSaysWhatItRead() throws {
        let text = ["2025年干渠防渗改造项目绩效目标表", "项目名称 | 干渠防渗改造项目 | 主管部门 | 乌恰县水利局 |", "资金总额 | 120 |", "年度目标 | 完成干渠防渗"]
        do {
            _ = try Self.read(text.joined(separator: "\n"), named: "乌恰县.txt")
            Issue.record("a form without indicators loaded")
        } catch let error as LoadError {
            #expect(error.message.contains("没有读到任何绩效指标"))
            let project = try #require(error.partial.first?.projects.first)
            #expect(project.name == "干渠防渗改造项目" && project.budget == 120)
            #expect(error.partial.first?.county == "乌恰县")
            // The finding says why (session 24): the copy ends before the table.
            let missing = error.partial.first?.findings.first { $0.rule == RuleID.indicatorsMissing }
            #expect(missing?.message.contains("the copy ends before the indicator table") == true)
            #expect(error.message.hasSuffix("(the copy ends before the indicator table)"))
        }
    }

    /// Signs in other fonts (`═` for =, `⩾` `⩽` for ≥ ≤; a self-evaluation from a 云南 page wrote
    /// `═`): the operator, not a name (`═` had taken the name's column and shifted the row).
    @Test func signsInOtherFontsAreSigns() throws {
        let rows = ["项目名称 | 学生资助 |", "主管部门 | 永德县教育体育局 |", "资金总额 | 38.77 |",
                    "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |",
                    "产出指标 | 数量指标 | 生均补助标准达标率 | ═ | 100 | % |",
                    "满意度指标 | 服务对象满意度指标 | 学生满意度 | ⩾ | 95 | % |"]
        let document = try Self.read(rows.joined(separator: "\n") + "\n", named: "永德县.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["生均补助标准达标率", "学生满意度"])
        #expect(indicators.map(\.comparisonAsWritten) == ["═", "⩾"] && indicators.map(\.valueAsWritten) == ["100", "95"])
        let (_, run) = try Fixtures.runSample(inputs: [Fixtures.write(rows.joined(separator: "\n") + "\n", named: "永德县.txt",
                                                                      in: Fixtures.temporaryDirectory())])
        #expect(run.allProjects.flatMap(\.indicators).map(\.value.comparison) == [.equal, .atLeast])
    }

    /// A template left unfilled writes only the unit where the target goes (`公里`, `≧ %`): no target
    /// (`value.missing`), the unit and sign kept; it had been four targets named after their units.
    @Test func aUnitAloneIsNoTarget() throws {
        let cells = ["2020年省级财政水利发展资金绩效目标表", "专项(项目)名称", "农村饮水安全巩固提升工程专项", "区级主管部门", "陈仓区水利局",
                     "资金总额", "500", "绩效指标", "一级指标", "二级指标", "三级指标", "指标值",
                     "产出指标", "数量指标", "指标1:新建堤防、护岸长度", "公里", "指标2:灌区节水改造面积", "万亩",
                     "质量指标", "指标1:工程验收合格率", "≧ %"]
        let document = try Self.read(cells.joined(separator: "\n\n") + "\n", named: "陈仓区.txt")
        let project = try #require(document.projects.first)
        #expect(project.name == "农村饮水安全巩固提升工程专项" && project.department.description == "陈仓区水利局")
        #expect(project.indicators.map(\.valueAsWritten) == ["", "", ""])
        #expect(project.indicators.map(\.unitAsWritten) == ["公里", "万亩", "%"])
        #expect(project.indicators.map(\.comparisonAsWritten) == ["", "", "≧"])
        #expect(document.findings.filter { $0.rule == RuleID.valueMissing }.count == 3)
    }

    /// One cell a line with its empty cells written (`|`), a table without level columns (指标 | 指标权重 |
    /// 计量单位 | 指标性质 | 指标值, a 潼南 page): each row takes the header's places after its name, so a
    /// unit that is no vocabulary word (`人数`) stays in its row, and a qualitative row's empty cells
    /// keep the next name out of it (each row had been cut in two: `发放人数 | 20`, `人数 | 80`). A run
    /// of bars ends a row (`||`, merged cells' places at its end), and a bar after it opens the next.
    @Test func rowsOneCellALineTakeTheHeadersPlaces() throws {
        let cells = ["2023年一般性项目绩效目标表 |", "专项资金名称 |", "在职村村干部补助 |", "业务主管部门 |", "813-潼南区五桂镇 |", "当年预算 |", "9.31 |",
                     "绩效指标 |", "指标 |", "指标权重 |", "计量单位 |", "指标性质 |", "指标值 |",
                     "发放人数 |", "20 |", "人数 |", "≥ |", "80 |",
                     "促进社会和谐 |", "20 |", "|", "定性 |", "|",
                     "按月发放 |", "20 |", "次 |", "= |", "1 |"]
        let document = try Self.read(cells.joined(separator: "\n") + "\n", named: "潼南区.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["发放人数", "促进社会和谐", "按月发放"])
        #expect(indicators.map(\.weightAsWritten) == ["20", "20", "20"])
        #expect(indicators.map(\.valueAsWritten) == ["80", "", "1"])
        #expect(indicators.map(\.unitAsWritten) == ["人数", "", "次"])
        let ended = ["项目名称 |", "食用菌研究 |", "主管部门 |", "澧县食用菌研究所 |", "资金总额 |", "222.45 |",
                     "一级指标 |", "二级指标 |", "三级指标 |", "指标解释 |", "指标说明及公式 |", "预期达到目标 |", "|",
                     "产出指标 |", "数量指标 |", "研究培育食用菌品种数量 |", "反映品种数量 |", "2种 |", "||", "|",
                     "培育中药材品种数量 |", "反映品种数量 |", "4种 |", "||||", "|"]
        let read = try #require(try Self.read(ended.joined(separator: "\n") + "\n", named: "澧县.txt").projects.first).indicators
        #expect(read.map(\.nameAsWritten) == ["研究培育食用菌品种数量", "培育中药材品种数量"])
        #expect(read.map(\.valueAsWritten) == ["2种", "4种"])
    }

    /// A key word standing where a name does, right after a label and before a value (`成本指标` /
    /// `项目金额` / `5万元`), names an indicator: it had ended the table, and the six rows after it
    /// were lost with no word.
    @Test func aKeyWordWhereANameStandsIsAnIndicator() throws {
        let cells = ["项目名称 |", "农村文化建设配套补助经费 |", "主管部门 |", "077-淮北市文化旅游体育局 |", "资金总额 |", "5 |",
                     "一级指标 |", "二级指标 |", "三级指标 |", "指标值 |", "||",
                     "产出指标 |", "时效指标 |", "项目完成时限 |", "2025年12月 |", "||||",
                     "成本指标 |", "项目金额 |", "5万元 |", "||||",
                     "效益指标 |", "社会效益指标 |", "保障人民群众基本文化权益 |", "影响程度明显 |", "||||"]
        let document = try Self.read(cells.joined(separator: "\n") + "\n", named: "淮北市.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 5)
        #expect(project.indicators.map(\.nameAsWritten) == ["项目完成时限", "项目金额", "保障人民群众基本文化权益"])
        #expect(project.indicators.map(\.valueAsWritten) == ["2025年12月", "5万元", "影响程度明显"])
    }

    /// A city's department over a county's implementing unit (主管部门 丽江市…局, 实施单位 丽江市古城区…局)
    /// is the county's form (it had been the city's); small-form signs (`﹦`, `﹤`, `﹥`) are signs.
    @Test func aCountysUnitUnderACitysDepartmentIsTheCountys() throws {
        let rows = ["| 项目名称 | 卫片执法补助经费 |", "| 主管部门 | 丽江市自然资源和规划局 | 实施单位 | 丽江市古城区自然资源局 |", "| 资金总额 | 7.29 |",
                    "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |", "| 产出指标 | 质量指标 | 项目验收合格率 | ﹦ | 100 | % |"]
        let document = try Self.read(rows.joined(separator: "\n") + "\n", named: "古城区.txt")
        #expect(document.county == "古城区")
        let indicator = try #require(document.projects.first?.indicators.first)
        #expect(indicator.comparisonAsWritten == "﹦" && indicator.valueAsWritten == "100" && indicator.unitAsWritten == "%")
        let city = try Self.read(rows.map { $0.replacingOccurrences(of: "丽江市古城区自然资源局", with: "丽江市自然资源和规划局") }
                                     .joined(separator: "\n") + "\n", named: "丽江市.txt")
        #expect(city.county == "丽江市")
    }

    /// A page whose form has a blank line between every two cells, under a page header whose lines
    /// follow one another (`索引号…` / `发布机构…`): its blank lines are separators, not a cell's wrap,
    /// so a target in words (`参照政府采购成本控制`, `巩固提高`) ends its row (they had run three rows into
    /// one name). `成本指标` right after its row's `产出指标` is that row's level 2.
    @Test func blankLinesBetweenEveryCellAreSeparators() throws {
        let head = "索引号 733569413/2020-806617 发布日期 2020-01-20\n发布机构 教育局 有效性 有效\n\n"
        let cells = ["项目支出绩效目标表", "项目名称", "教育系统基础设施建设和设备购置", "主管部门", "武汉市青山区教育局", "资金总额", "10000万元",
                     "一级指标", "二级指标", "三级指标", "指标值",
                     "产出指标", "成本指标", "建设项目成本", "参照政府采购成本控制",
                     "产出指标", "时效指标", "重点建设工程按期完成率", "100%",
                     "效益指标", "可持续影响指标", "基础教育巩固提高情况", "巩固提高",
                     "满意度指标", "服务对象满意度指标", "学生、家长、社会满意度", "≥90%"]
        let document = try Self.read(head + cells.joined(separator: "\n\n") + "\n扫一扫在手机打开当前页\n[下载] [打印] [关闭]\n", named: "青山区.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["建设项目成本", "重点建设工程按期完成率", "基础教育巩固提高情况", "学生、家长、社会满意度"])
        #expect(indicators.map(\.valueAsWritten) == ["参照政府采购成本控制", "100%", "巩固提高", "≥90%"])
        #expect(indicators.first.map { [$0.level1Label, $0.level2Label] } == ["产出指标", "成本指标"])
        // The PDF text of a form of the synthetic corpus (`jixiao synth`), whose blank lines are a
        // cell's wraps: its lines after its last label follow one another, so the name wrapped over a
        // blank line is one name (a first cut of the rule above had made it two indicators, 7
        // counties' ground truth failed).
        let wrapped = [" 2023年部门项目支出绩效目标表",
                       "",
                       "（2023年度）",
                       "",
                       "项目名称 东德县网络租赁费（邮电费）",
                       "",
                       "主管部门 东德县人民政府办公室 实施单位 东德县人民政府办公室本级",
                       "",
                       "项目属性 经常性项目 项目期 2023年",
                       "",
                       "项目资",
                       "",
                       "金",
                       "",
                       "（万元）",
                       "",
                       "年度资金总额： 2",
                       "",
                       "其中：财政拨款 1",
                       "",
                       "其他资金 1",
                       "",
                       "年度总体",
                       "",
                       "绩效目标",
                       "",
                       "目标：做好网络租赁费工作，落实惠民政策，提高财政资金使用效益。",
                       "",
                       "绩",
                       "",
                       "效",
                       "",
                       "指",
                       "",
                       "标",
                       "",
                       "一级指标 二级指标 三级指标 指标值",
                       "",
                       "产出指标",
                       "",
                       "数量指标",
                       "",
                       "指标1：使用电子政务外网单位个数 45个",
                       "",
                       "指标2：维护公务用车数量 12辆",
                       "",
                       "指标3：完成项目个数 1个",
                       "",
                       "质量指标 指标1：工作质量 优良中差",
                       "",
                       "效益指",
                       "",
                       "标",
                       "",
                       "社会效益指标 指标1：提高政府工作信息畅通率 良好",
                       "",
                       "满意度指",
                       "",
                       "标",
                       "",
                       "社会公众或服务对象满意度指标",
                       "指标1：被服务对象对政务公",
                       "",
                       "开工作满意度",
                       "≧80%"]
        let pdf = try #require(try Self.read(wrapped.joined(separator: "\n") + "\n", named: "东德县.txt").projects.first).indicators
        #expect(pdf.map(\.nameAsWritten).last == "指标1：被服务对象对政务公开工作满意度")
        #expect(pdf.map(\.valueAsWritten).last == "≧80%")
    }

    /// A self-evaluation's budget row with fewer amounts than its titles before the execution rate
    /// (`387664.62 | 387664.62 | 10 | 100% | 10` under 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
    /// 得分: the execution left empty): the percentage stands under the rate, the amounts before it
    /// fill the titles from the first, and equal amounts side by side are two columns (they had been
    /// taken for a merged cell's repeat); the budget is 387664.62 元, not 10 元, the score.
    @Test func aBudgetRowShortOfItsTitlesTakesItsFirstAmount() throws {
        let rows = ["| 项目支出绩效自评表 |", "| 项目名称 | 义务教育营养改善计划专项资金 | 主管部门 | 永德县教育体育局 | 项目资金 (元) |",
                    "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |",
                    "| 387664.62 | 387664.62 | 10 | 100% | 10 | 其中:当年财政拨款 |",
                    "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |",
                    "| 产出指标 | 数量指标 | 学生受资助人数 | ≥ | 735 | 人次 | 735 | 10 | 10 |"]
        let document = try Self.read(rows.joined(separator: "\n") + "\n", named: "永德县.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget.map { ($0 * 100).rounded() / 100 } == 38.77)
        #expect(project.indicators.map(\.valueAsWritten) == ["735"])
    }

    /// A spaced table whose first rows sit a line further down (a label broken over lines between,
    /// `绩效指标 项目完成` / `指标`, joined back): the header still says its cells are one space apart, so a target in words
    /// is the row's (`资金拨付 12月底到位` had been one name without a value). A budget written as its
    /// groups' subtotals (`(一)财政拨款小计 6.30`, `(二)自有资金小计 0.00`) is not the last subtotal.
    @Test func aSpacedHeaderWithItsRowsFurtherDown() throws {
        let text = """
            项目支出绩效目标申报表
            项目名称 特困家庭再扶助
            预算单位 区卫生健康局
            项目资金(万元) 年度资金总额 金额(万元)
               (一)财政拨款小计 6.30
                   1、一般公共预算 6.30
               (二)自有资金小计 0.00
            绩效指标 一级指标 二级指标 三级指标 指标值(包含数字及文字描述)
            绩效指标 项目完成
            指标
            数量指标 对符合政策法规的家庭进行扶助 63人
            时效指标 项目实施时间 2021年1月-12月
            资金拨付 12月底到位
            满意度指标 满意度指标 受益群众满意度 ≥90%

            """
        let document = try Self.read(text, named: "昭化区.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 6.3)
        let valued = project.indicators.filter { !$0.valueAsWritten.isEmpty }
        #expect(valued.map(\.nameAsWritten) == ["对符合政策法规的家庭进行扶助", "项目实施时间", "资金拨付", "受益群众满意度"])
        #expect(valued.map(\.valueAsWritten) == ["63人", "2021年1月-12月", "12月底到位", "≥90%"])
        // The label broken after its row's first cell is joined back: no indicator named 项目完成.
        #expect(project.indicators.count == 4)
        #expect(project.indicators.prefix(3).map(\.level1Label) == ["项目完成指标", "项目完成指标", "项目完成指标"])
    }

    /// Both 指标性质 and 指标方向 as titles (each an operator's title in some templates): the direction
    /// word in one is the direction, the other's sign the operator (the `=` had been dropped).
    @Test func twoOperatorColumnsKeepTheSignAndTheDirection() throws {
        let text = """
            项目名称 再生资源回收市场管理经费 主管部门 乌海市供销合作社联合社
            年初安排金额(万元) 3
            一级指标 二级指标 三级指标 指标方向 指标性质 目标值 计量单位 分值
            产出指标 数量指标 出差人数 正向 = 8 人 4
            产出指标 质量指标 工作任务完成率 正向 = 100 % 4

            """
        let indicators = try #require(try Self.read(text, named: "乌海市.txt").projects.first).indicators
        #expect(indicators.map(\.comparisonAsWritten) == ["=", "="])
        #expect(indicators.map(\.directionAsWritten) == ["正向", "正向"])
        #expect(indicators.map(\.valueAsWritten) == ["8", "100"])
    }

    /// A key word that ends the indicator table while level labels follow it (`成本指标` / `实施单位` /
    /// `五万元`, one cell a line, no value's shape after the key): the rows from the key on are
    /// rejected, said so, and here, more than half of the form's rows, the file fails naming the
    /// line; they had been lost with no word (rows read 1, rejected 0, exit 0). A money key there
    /// (`项目金额`) is a cost row's name (`RealFormTests.aRowNamedAfterAMoneyKeyIsARow`).
    @Test func rowsAfterAKeyThatCutTheTableAreRejected() throws {
        let cells = ["项目名称", "农村文化建设", "主管部门", "淮北市文化旅游体育局", "一级指标", "二级指标", "三级指标", "指标值",
                     "产出指标", "数量指标", "开展送戏进万村", "≥70村", "成本指标", "实施单位", "五万元",
                     "效益指标", "社会效益指标", "保障群众文化权益", "影响程度明显"]
        do {
            _ = try Self.read(cells.joined(separator: "\n") + "\n", named: "淮北市.txt")
            Issue.record("rows after the key were lost without a failure")
        } catch let error as LoadError {
            #expect(error.message.contains("淮北市.txt:14"))
            #expect(error.message.contains("the indicator table was cut by the key 「实施单位」"))
        }
    }
}

extension PublishedPageEndsTests {
    /// A page copied to its footer after a form cut short: the site's links in brackets
    /// (`【打印本页】【关闭窗口】`) and its footer line (`网站标识码：…`) end the form. 忠县's form cut
    /// inside a name (`时`) had taken the links for that name's value; 大英县's self-evaluation cut
    /// inside its budget table had taken the site's code 5101000001 for its budget (a wrong total).
    @Test func aSitesLinksAndFooterAfterAFormCutShort() throws {
        let footer = """

            【打印本页】【关闭窗口】
            主办单位：忠县人民政府办公室 承办：忠县大数据应用发展中心
            网站标识码：5002330001 渝ICP备05003300号
            """
        let zhongxian = """
            ?
            县农业农村委:
            根据《重庆市财政局皇冠足球比分:提前下达2022年中央生猪(牛羊)调出大县奖励资金预算指标的通知》(渝财农〔2021〕111号)文件,现将2022年生猪调出大县奖励资金397万元下达你单位,用于支持生猪产业发展。
            本次下达中央生猪(牛羊)调出大县奖励资金为2022年中央直达资金(标识:01中央直达资金),贯穿资金分配、拨付、使用等整个环节,且保持不变。按照《中央对地方专项转移支付绩效目标管理暂行办法》(财预〔2015〕153号)等文件要求,本次将2021年生猪调出大县奖励资金年度绩效目标一并下达,请严格按照《生猪(牛羊)调出大县奖励资金管理办法》(财建〔2015〕778号)等文件规定,完善资金使用方案,强化预算执行和绩效目标管理,规范资金使用,确保资金专款专用,提高资金使用绩效。
            年终决算列报功能科目“农业农村(21301)”,经济科目按实际支出内容列报。
            附件:生猪(牛羊)调出大县奖励资金区域绩效目标表
            忠县财政局
            2022年1月18日
            附件
            生猪(牛羊)调出大县奖励资金区域绩效目标表 | |||||
            资金名称 |
            生猪(牛羊)调出大县奖励资金 | ||||
            中央主管部门 |
            财政部、农业农村部 | ||||
            省级财政部门 |
            重庆市财政局 | ||||
            省级主管部门 |
            重庆市农业农村委员会 | ||||
            区县财政部门 |
            忠县财政局 | ||||
            区县主管部门 |
            忠县农业农村委员会 | ||||
            资金情况 |
            年度金额(万元): |
            397 | |||
            其中:中央补助(万元) |
            397 | ||||
            地方资金(万元) |
            |||||
            年度目标 |
            到2022年底,生猪生产稳定有序发展,能繁母猪保有量、规模养殖场保有量完成市政府既定目标,推进畜牧业高质量发展。 | ||||
            一级指标 |
            二级指标 |
            三级指标 |
            单位 |
            指标值 | |
            绩效指标 |
            产出指标 |
            数量指标 |
            猪肉产量稳定率 |
            % |
            ≥95% |
            能繁母猪稳定率 |
            % |
            90% | |||
            时
            """
        let cut = try #require(PublishedFormTraitsTests.partial(zhongxian + footer, named: "忠县生猪.txt"))
        #expect(cut.projects.first?.indicators.map(\.nameAsWritten) == ["猪肉产量稳定率", "能繁母猪稳定率"])
        #expect(cut.rejected.map(\.text) == ["时"])
        let daying = """
            城乡居民医保参保工作经费发放及时率 | = | 100 | % | 5 | ||||||
            成本指标 | 城乡居民参保网络宣传成本预算 | ≤ | 101400 | 元 | 5 | |||||
            城乡居民医保参保工作经费发放成本预 | = | 1 | 元/人 | 5 | ||||||
            效益指标 | 社会效益指标 | 城乡居民参保网络宣传群众知晓率 | = | 100 | % | 15 | ||||
            城乡居民医保参保工作经费应发尽发率 | = | 100 | % | 5 | ||||||
            可持续影响指标 | 城乡居民医保参保机制健全性 | 定性 | 优良中低差 | 10 | ||||||
            满意度指标 | 服务对象满意度指标 | 城乡居民参保人员满意度 | ≥ | 90 | % | 10 | ||||
            合计 | 100 | |||||||||
            评价结论 | 结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内) | |||||||||
            存在问题 | 结合自评情况,分析存在的问题及原因。(200字以内) | |||||||||
            改进措施 | 针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内) | |||||||||
            项目负责人: | 财务负责人: | |||||||||
            部门预算项目支出绩效自评表(2023年度) | ||||||||||
            项目名称 | 51092322T000000431595-城乡居民监管工作经费 | |||||||||
            主管部门 | 大英县医疗保障局部门 | 实施单位 (盖章) | 大英县医疗保障局 | |||||||
            项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 | |||||||
            2022年医疗保障局计划使用财政资金45万元给聘用的14人发放工资及缴纳保险费,其中工资30000元每年每人,保险费共3万元,以监管全县医院药店医疗保险基金正常使用。 | 对照年度目标,说明相关任务目标的完成情况(100字以内) | |||||||||
            2.项目实施内容及过程概述 | ||||||||||
            预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |
            """
        // A form's sign-off word (填报日期, `page_chrome`) ends the value before it too: 第壹文秘's preview
        // of an evaluation table had its project named `…评价单位:评价内容评价类别评价完成量`.
        let preview = """
            国土综合整治项目绩效评价指标表.docx
            《国土综合整治项目绩效评价指标表.docx》由会员分享,可在线阅读,更多相关《国土综合整治项目绩效评价指标表.docx(13页珍藏版)》请在第壹文秘上搜索。
            1、项目名称:国土综合整治项目绩效评价指标表评价单位:填报日期:评价内容评价类别评价指标单位分值评分标准完成量目标值(年度/终期)得分指标类型项目预算执行情况(20分)资金投入水平(20分)资金投入情况万元5财政资金、社会资本等资金拨付到位占经批准的实施方案确定的资金比例(评价指标得分二资金到位率*该项指标分值)。/共性指标资金实际支出情况5评价指标得分二支出使用资金占到位资金的比例*该项指标分值共性指标社会资本投资到位率10项目实施前,资金一次性到位的,或根据项目年度投资计划分期到位的,得满分;资金到位滞后年度投资计划,每滞后一年扣2共性指标评价内容评价类别评价指标单位分值评分标准完成量目标值(
            """
        let evaluation = try #require(PublishedFormTraitsTests.partial(preview, named: "国土综合整治.txt"))
        #expect(evaluation.projects.first?.name == "国土综合整治项目绩效评价指标表评价单位")
        for ending in [footer, "\n网站标识码：5109230001 蜀ICP备05003300号"] {
            let selfEvaluation = try #require(PublishedFormTraitsTests.partial(daying + ending, named: "大英医保.txt"))
            #expect(selfEvaluation.projects.first?.budget == nil)
            #expect(selfEvaluation.projects.first?.department.name == "大英县医疗保障局部门")
        }
    }
}
