import Foundation
import Testing
@testable import JixiaoCore

/// Traits of forms as counties publish them, seen on published pages (session 21) and written
/// here in forms of our own: an approval form (审批表) copied with its cells one space apart, a
/// note under the table, a self-evaluation form's columns, an amount glued to the rate beside it.
@Suite struct PublishedFormTraitsTests {
    static func read(_ text: String, named name: String) throws -> CountyDocument {
        try Loaders.load(path: Fixtures.write(text, named: name, in: Fixtures.temporaryDirectory()))
    }

    /// A name beginning as a short label does (`数量达标率`, `质量符合国家标准`), in a cell of its own, is
    /// the name: not the label 数量 with a target 达标率. A short label with a space after it, or
    /// before another word, is still cut off (`数量 达标率` in a spaced row).
    @Test func aNameBeginningAsAShortLabelIsTheName() throws {
        let text = """
            项目支出绩效目标表
            项目名称 | 疫苗采购
            资金总额(万元) | 300
            一级指标 | 二级指标 | 三级指标 | 指标值
            产出指标 | 质量指标 | 质量符合国家标准 | 100%
            产出指标 | 数量指标 | 数量达标率 | ≥95%
            """
        let rows = try Loaders.load(text: text, file: "石嘴山市疫苗.txt").projects.flatMap(\.indicators)
        #expect(rows.map(\.nameAsWritten) == ["质量符合国家标准", "数量达标率"])
        #expect(rows.map(\.valueAsWritten) == ["100%", "≥95%"])
        let vocabulary = try ReadingRules.bundled.get().vocabulary
        var cells: [FormCell] = []
        FormCells(vocabulary: vocabulary).cut("数量 达标率", line: 1, into: &cells)
        #expect(cells.map(\.text) == ["数量", "达标率"])
    }

    /// A sentence that introduces a list (慈溪市's report on its projects: `项目单位按项目实施内容设置了
    /// 11个指标,包含数量类、时效类、质量类、效果类指标。指标如下:`) names words, it is no key and its
    /// value: the department had been the rest of the sentence, a department sheet named by it.
    @Test func aSentenceEndingInAColonIsNoKeyAndValue() throws {
        let text = """
            2023年慈溪市重大政策和项目绩效目标情况

            3岁以下婴幼儿照护服务项目项目绩效目标

            (一)中长期绩效目标

            坚持政府引导、家庭为主、多方参与、规范管理的原则,全面建立以家庭为基础、社区为依托、机构为补充的婴幼儿照护服务体系,建立健全婴幼儿照护服务工作管理体制和运行机制,全力推进婴幼儿照护服务健康有序发展,逐步满足群众对婴幼儿照护服务的需求,有效促进婴幼儿全面健康成长。到2025年,婴幼儿照护服务的政策体系、标准规范体系和覆盖城乡的服务体系基本健全,服务能力明显提升,广大家庭的婴幼儿照护服务需求得到进一步满足,每千人口拥有3岁以下婴幼儿托位数4.5个。

            (二)中长期绩效指标

            项目单位按项目实施内容设置了11个指标,包含数量类、时效类、质量类、效果类指标。指标如下:

            项目具体目标表

            一级指标

            二级指标

            指标名称

            指标值

            产出指标

            数量指标

            每千人托位

            4.5

            质量指标

            应补尽补率

            100%

            审核准确性

            """
        let document = try Self.read(text, named: "慈溪市重大政策和项目绩效目标.txt")
        #expect(document.county == "慈溪市")
        #expect(document.departments.map(\.org.name) == ["未注明主管部门"])
        #expect(document.projects.flatMap(\.indicators).prefix(3).map(\.nameAsWritten) == ["每千人托位", "应补尽补率", "审核准确性"])
        #expect(FormCells.isSentence(FormCells.compactScalars("项目单位按项目实施内容设置了11个指标,包含数量类、时效类、质量类、效果类指标。指标如下:")))
        #expect(!FormCells.isSentence(FormCells.compactScalars("主管部门:慈溪市卫生健康局(盖章):")))
    }

    /// Cells one space apart (`FormCells.spacedHeader`): the keys after the name (项目分类,
    /// 建设周期) end it, each row's cells stand in their columns, and a label's hint wrapped onto
    /// the next line (`产出指标` / `(40-50)分`) is no indicator.
    @Test func anApprovalFormWithItsCellsOneSpaceApart() throws {
        let text = """
            2024年石柱镇污水管网改造项目支出绩效目标审批表
            (   2024年度)
            预算单位: 丰都县石柱镇人民政府

            金额单位:万元
            项目名称 2024年石柱镇污水管网改造项目 项目分类 基础设施类--管网类
            建设周期 2024年3月-2024年12月 业务主管部门 县住房城乡建委
            实施单位 石柱镇 项目负责人 王某 联系电话 13800000000
            项目总预算 120 财政资金预算分类 一般公共预算
            年度绩效目标(90分) 一级指标 二级指标 三级指标 指标值 分值 指标解释
            成本指标(0-20)分 经济成本指标 管网改造成本 ≤120万元 10 反映项目成本
            产出指标
            (40-50)分
            数量指标 改造污水管网长度 ≥3.5公里 20 反映改造规模
            质量指标 工程验收合格率 100% 10 反映工程质量
            满意度指标(10分) 服务对象满意度指标 沿线居民满意度 ≥90% 10 反映群众评价

            """
        let document = try Self.read(text, named: "石柱镇.txt")
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.name == "2024年石柱镇污水管网改造项目")
        #expect(project.attribute == "基础设施类--管网类")
        #expect(project.period == "2024年3月-2024年12月")
        #expect(project.budget == 120)
        #expect(project.indicators.map(\.nameAsWritten) == ["管网改造成本", "改造污水管网长度", "工程验收合格率", "沿线居民满意度"])
        #expect(project.indicators.map(\.valueAsWritten) == ["≤120万元", "≥3.5公里", "100%", "≥90%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["10", "20", "10", "10"])
        #expect(project.indicators.map(\.level2Label) == ["经济成本指标", "数量指标", "质量指标", "服务对象满意度指标"])
        #expect(project.indicators[1].otherColumns.contains("指标解释=反映改造规模"))
    }

    /// A label's hint wrapped with its opening bracket lost (零陵区's `效益指标` / `30分)`, one cell a
    /// line) is the label's too, no indicator named `30分)`.
    @Test func aLabelsHintWrappedWithoutItsBracketIsNoIndicator() throws {
        let text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-pages/daying-shuangxin-self-evaluation.txt"), encoding: .utf8)
        let hinted = text.replacingOccurrences(of: "\n满意度指标\n", with: "\n满意度指标\n10分)\n")
        #expect(hinted != text)
        let original = try Self.read(text, named: "大英县.txt"), document = try Self.read(hinted, named: "大英县.txt")
        #expect(document.projects.flatMap(\.indicators).map(\.nameAsWritten) == original.projects.flatMap(\.indicators).map(\.nameAsWritten))
        #expect(document.rejected.count == original.rejected.count)
    }

    /// A target written with spaces inside, its cells one space apart (`≥ 12 公里 30`), is one cell
    /// where the header has no operator or unit column (the unit had been read as the weight), and
    /// its parts where it has them.
    @Test func aTargetWithSpacesInsideIsOneCellWhereNoColumnSplitsIt() throws {
        let rows = ["项目支出绩效目标表", "项目名称 城区道路维修 主管部门 南江县住房和城乡建设局", "年度资金总额 120 万元"]
        let plain = try Self.read((rows + ["一级指标 二级指标 三级指标 指标值 分值", "产出指标 数量指标 维修道路长度 ≥ 12 公里 30",
                                           "满意度指标 服务对象满意度指标 群众满意度 ≥ 90 % 10"]).joined(separator: "\n"), named: "南江县.txt")
        let indicators = try #require(plain.projects.first).indicators
        #expect(indicators.map(\.valueAsWritten) == ["≥12 公里", "≥90 %"])
        #expect(indicators.map(\.weightAsWritten) == ["30", "10"])
        #expect(plain.projects.first?.budget == 120)
        let columns = try Self.read((rows + ["一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重", "产出指标 数量指标 维修道路长度 ≥ 12 公里 30",
                                             "满意度指标 服务对象满意度指标 群众满意度 ≥ 90 % 10"]).joined(separator: "\n"), named: "南江县.txt")
        let split = try #require(columns.projects.first).indicators
        #expect(split.map(\.comparisonAsWritten) == ["≥", "≥"] && split.map(\.valueAsWritten) == ["12", "90"])
        #expect(split.map(\.unitAsWritten) == ["公里", "%"] && split.map(\.weightAsWritten) == ["30", "10"])
    }

    /// A note opening a line under the table (`注:…`, `page_chrome`, an ASCII colon as often as a
    /// full-width one) ends it: it had been three indicators without a value, each warned of.
    @Test func aNoteUnderTheTableEndsIt() throws {
        let cells = ["绩效目标申报表", "项目名称", "2023年农村饮水巩固提升项目", "主管部门", "巫溪县水利局",
                     "资金情况 (万元)", "年度资金总额:", "300", "一级指标", "二级指标", "三级指标", "指标值",
                     "产出指标", "数量指标", "新建供水工程", "≥12处", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%",
                     "注:各地请根据实际情况,从上述绩效指标中选择适合的填报(其中三颗星为必填的核心绩效指标),也可自行增加或适当调整。"]
        let document = try Self.read(cells.joined(separator: "\n\n") + "\n", named: "巫溪县.txt")
        let project = try #require(document.projects.first)
        #expect(project.indicators.map(\.nameAsWritten) == ["新建供水工程", "受益群众满意度"])
        #expect(project.budget == 300)
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
    }

    /// A self-evaluation form (自评表): the year's target is 年度指标值, 分值 the weight, and the
    /// year's outcome (全年实际值), score and reasons are kept beside it, not read as names.
    @Test func aSelfEvaluationFormKeepsItsOutcomeBesideTheTarget() throws {
        let text = """
            项目支出绩效自评表(2023年度) |
            项目名称 | 城乡环卫一体化运营 |
            主管部门 | 蓬安县综合行政执法局 | 实施单位 | 蓬安县环境卫生服务中心 |
            项目资金(万元) | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |
            年度资金总额 | 450 | 441 | 10 | 98% | 9.8 |
            一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 |
            产出指标 | 数量指标 | 清扫保洁面积 | 20 | ≥120万平方米 | 125万平方米 | 20 | |
            | 质量指标 | 垃圾无害化处理率 | 20 | 100% | 100% | 20 | |
            效益指标 | 社会效益指标 | 城乡环境卫生状况 | 20 | 明显改善 | 明显改善 | 18 | 部分村组保洁频次不足 |
            满意度指标 | 服务对象满意度指标 | 群众满意度 | 10 | ≥90% | 92% | 10 | |

            """
        let document = try Self.read(text, named: "蓬安县.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 450)
        #expect(project.indicators.map(\.nameAsWritten) == ["清扫保洁面积", "垃圾无害化处理率", "城乡环境卫生状况", "群众满意度"])
        #expect(project.indicators.map(\.valueAsWritten) == ["≥120万平方米", "100%", "明显改善", "≥90%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["20", "20", "20", "10"])
        let kept = project.indicators[2].otherColumns
        #expect(kept.contains("全年实际值=明显改善") && kept.contains("得分=18") && kept.contains("未完成原因及拟采取的改进措施=部分村组保洁频次不足"))
    }

    /// A self-evaluation glued whole: each row is its name and a run of values as long as the
    /// columns after the name (分值 | 年度指标值 | 全年实际值, and a score), so a weight before the target
    /// and the year's outcome after it do not run into the names (`GluedValueGroups`); a run cut
    /// short is part of a name (`5000吨稻谷`), and a qualitative word opening the next name
    /// (`及时(按期)完工率`) is no value of the run before. The total of the scores (`……总分100100`,
    /// after a template's row of dots) ends the table: the note after it is no row.
    @Test func aGluedSelfEvaluationEndsEachRowAfterItsValues() throws {
        let text = "项目支出绩效自评表(2022年度)项目名称节水灌溉补助主管部门南部县水利局年度资金总额20一级指标二级指标三级指标分值年度指标值全年实际值得分"
            + "未完成原因及拟采取的改进措施产出指标数量指标安装坡面水标尺10≥266米≥266米10新建5000亩灌区配套渠道长度10≥50公里≥50公里10"
            + "质量指标项目(工程)验收合格率20100%100%20时效指标及时(按期)开工率10≥90%≥90%10及时(按期)完工率10≥90%≥90%10成本指标项目计划总投资1525万元25万元15效益指标社会效益指标群众生产生活条件改善状况10显著提升显著提升10"
            + "满意度指标服务对象满意度指标受益群众满意度10≥95%≥96%10……总分100100注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分"
        let document = try Self.read(text, named: "南部县.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["安装坡面水标尺", "新建5000亩灌区配套渠道长度", "项目(工程)验收合格率", "及时(按期)开工率",
                                                   "及时(按期)完工率", "项目计划总投资", "群众生产生活条件改善状况", "受益群众满意度"])
        #expect(indicators.map(\.valueAsWritten) == ["≥266米", "≥50公里", "100%", "≥90%", "≥90%", "25万元", "显著提升", "≥95%"])
        // `20100%`: the weight 20 glued to the target 100%, cut where one cut alone leaves both at most 100;
        // `1525万元25万元`: 15 and 25万元, the cut whose target the outcome repeats (1 and 525万元 is a cut too).
        #expect(indicators.map(\.weightAsWritten) == ["10", "10", "20", "10", "10", "15", "10", "10"])
        #expect(indicators[5].otherColumns.contains("全年实际值=25万元") && indicators[5].otherColumns.contains("得分=15"))
        #expect(indicators.last?.otherColumns.contains("全年实际值=≥96%") == true)
    }

    /// A document site's preview numbers its pages (`1、` `2、`) where a page breaks, inside a row
    /// as often as not: the number alone where a name stands names nothing, and the cells after it
    /// are the row's before the break (`库存数量真实率100%` / `2、100%`: target, then the year's outcome);
    /// the long line after the break, its level labels run together with its rows, is glued text too.
    @Test func aPageNumberInsideARowContinuesIt() throws {
        let text = "1、2020年度县级专项资金绩效目标自评表专项资金名称县级储备粮县级主管部门衡山县商务和粮食局年度资金总额194.9绩效指标一级指标二级指标三级指标"
            + "年度指标值全年完成值未完成原因和改进措施产出指标数量指标储备到位率100%100%库存数量真实率100%\n2、100%质量指标储备粮管理专户管理率100%100%"
            + "县级储备粮管理制度严格执行率100%100%时效指标县级储备粮贷款付息及时率100%100%县级储备粮应急保障率100%100%"
            + "成本指标国家政策性粮收购价格执行率100%100%\n"
        let document = try Self.read(text, named: "衡山县.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["储备到位率", "库存数量真实率", "储备粮管理专户管理率", "县级储备粮管理制度严格执行率",
                                                   "县级储备粮贷款付息及时率", "县级储备粮应急保障率", "国家政策性粮收购价格执行率"])
        #expect(indicators[1].valueAsWritten == "100%" && indicators[1].otherColumns.contains("全年完成值=100%"))
    }

    /// An amount glued to the columns beside it up to their rate (`303010100.00%`: 预算数 30, 执行数
    /// 30, 分值 10, 执行率 100.00%) is no amount as it stands (it had been 303010100 万元, and with it
    /// gone the funds glued alike, `3030`, would have stood in): the rate says where the amounts
    /// part (`AmountsBeforeRate`: the one split whose B/A rounds to the rate), said as a guess, and
    /// where no split or several fit, the budget is missing, said so.
    @Test func anAmountGluedToItsRateIsSplitByTheRate() throws {
        let head = "绩效目标自评表(2022年度)项目名称节水灌溉补助主管部门南部县水利局实施单位南部县水利局资金情况(万元)全年预算数(A)"
            + "全年执行数(B)分值执行率(B/A)得分年度资金总额:"
        let tail = "其中:本年财政拨款3030其他资金绩效指标一级指标二级指标三级指标指标值"
            + "产出指标数量指标新增节水灌溉面积≥500亩满意度指标服务对象满意度指标受益群众满意度≥90%"
        let document = try Self.read(head + "303010100.00%10" + tail, named: "南部县.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 30)
        #expect(document.findings.contains { $0.rule == RuleID.cellSplitGuess && $0.message.contains("303010100.00%") })
        // Its fund's row glued alike with no rate (`3030`: 30 budgeted, 30 spent) is the amount written
        // twice: 30, said (it had been 3030 万元, and the funds' check flagged a mismatch).
        #expect(project.fiscalFunds == 30)
        #expect(document.findings.contains { $0.rule == RuleID.cellSplitGuess && $0.message.contains("「3030」") })
        #expect(AmountsBeforeRate.amountWrittenTwice(in: "194.9194.9") == 194.9 && AmountsBeforeRate.amountWrittenTwice(in: "2030") == nil)
        #expect(project.indicators.map(\.valueAsWritten) == ["≥500亩", "≥90%"])
        let unsplit = try Self.read(head + "12345100%10" + tail, named: "南部县.txt")
        #expect(unsplit.projects.first?.budget == nil)
        #expect(unsplit.findings.contains { $0.rule == RuleID.budgetMissing && $0.message.contains("12345100%") })
        // The run's line says the budget is not counted, not 0.00 万元.
        let (file, run) = try Fixtures.runSample(inputs: [Fixtures.write(head + "12345100%10" + tail, named: "南部县.txt", in: Fixtures.temporaryDirectory())])
        let summary = try OutputWriter.write(run, pipeline: file, period: "2024-01", root: Fixtures.temporaryDirectory())
        #expect(summary.counties.first?.consoleLine.hasPrefix("南部县: 1 个项目, 2 条指标, 预算未计; ") == true)
        #expect(run.departmentTotals.map(\.projectsWithoutBudget) == [1])  // 汇总's 未计预算项目
        #expect(MoneyText.parse("202010100.00%10") == nil)
        #expect(AmountsBeforeRate.budget(in: "194.9194.9100%") == 194.9)  // not 194.91 for 4.91%: the rate's places
        #expect(AmountsBeforeRate.budget(in: "45044198%9.8") == 450)
        #expect(MoneyText.parse("854万(高标准农田建设400万元)")?.amount == 854)
    }

    /// A whole department's form as a web page shows a table (`|` between cells, the merged cells'
    /// places left as `||` at the row's end, traditional characters with their pinyin): required
    /// fields marked `*` are keys and titles all the same, 指标值类型 (定量/定性) is the operator column, an
    /// explanation after an empty unit cell is no unit, a row that lost its level 1's cell names
    /// its indicator by its level 2 (its name column holding 定量), and a level 2 with only its
    /// scoring standard beside it names no indicator (it had been one without a value, warned of).
    @Test func aDepartmentTableWithMarkedTitlesAndAKindColumn() throws {
        let text = """
            君山區(qū)檔案館2024年度整體績效目標(biāo)表 | ||||||||
            *部门(单位)名称 | 君山区档案馆 | |||||||
            *部门(单位)职责 | 负责全区档案的收集和保管 | |||||||
            *年度总体绩效目标 | 完成馆藏档案数字化。 | |||||||
            绩效指标 | ||||||||
            一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注 |
            产出指标 | 数量指标 | 档案数字化页数 | 定量 | 12000 | 页 | 反映数字化的工作量 | 每少一成扣1分 | |
            質(zhì)量指標(biāo) | 档案著录差错率 | 定量 | 1 | % | 反映著录的质量 | 超出酌情扣分 | ||
            时效指标 | 数字化完成时间 | 定性 | 年底前 | 反映工作的进度 | 未按时完成不得分 | |||
            成本指标 | 经济成本指标 | 定量 | 35 | 万元 | 反映数字化的成本 | 超出预算不得分 | ||
            效益指标 | 经济效益指标 | 未达指标值酌情扣分 | ||||||
            社会效益指标 | 档案查阅便利程度 | 定性 | 明显提升 | 反映利用的效果 | 未达指标值酌情扣分 | |||

            """
        let document = try Self.read(text, named: "君山区.txt")
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1 && project.kind == .departmentWhole)
        #expect(project.department.name == "君山区档案馆")
        let indicators = project.indicators
        #expect(indicators.map(\.nameAsWritten) == ["档案数字化页数", "档案著录差错率", "数字化完成时间", "经济成本指标", "档案查阅便利程度"])
        #expect(indicators.map(\.comparisonAsWritten) == ["定量", "定量", "定性", "定量", "定性"])
        #expect(indicators.map(\.valueAsWritten) == ["12000", "1", "年底前", "35", "明显提升"])
        #expect(indicators.map(\.unitAsWritten) == ["页", "%", "", "万元", ""])
        // The cost row lost its level 1's cell (成本指标 stands in the level-2 column, as older forms
        // write it under 产出指标): its level 2 names the indicator, the name column holding 定量.
        #expect(indicators[3].level2Label == "成本指标" && indicators[3].otherColumns.contains("*指标解释=反映数字化的成本"))
        #expect(indicators[2].otherColumns.contains("*指标解释=反映工作的进度"))
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
        let (file, run) = try Fixtures.runSample(inputs: [Fixtures.write(text, named: "君山区.txt", in: Fixtures.temporaryDirectory())])
        let parsed = run.allProjects.flatMap(\.indicators).map(\.value)
        #expect(parsed.map(\.number) == [12000, 1, nil, 35, nil] && parsed.map(\.unit) == ["页", "%", nil, "万元", nil])
        // The form states no budget: the run's line says so rather than 0.00 万元.
        let summary = try OutputWriter.write(run, pipeline: file, period: "2024-01", root: Fixtures.temporaryDirectory())
        #expect(summary.counties.map(\.consoleLine) == ["君山区: 0 个项目, 5 条指标, 0.00 万元（另有部门整体支出表 1 张，未计预算）; 行 读入 5 / 写入 5 / 拒收 0; 问题 \(summary.counties[0].findings)"])
        #expect(summary.counties.first?.departmentFormsWithoutBudget == 1)
    }

    /// A web page that shows a form one cell a line, each cell ending ` |` (the merged cells'
    /// places `|||` on lines of their own): the satisfaction group, whose level 1 was lost with its
    /// merged cell, is placed by its level 2 without a mismatch (the level 1 above had been carried
    /// onto it), and the finance bureau's review line under the table is no indicator.
    @Test func aFormOneCellALineWithBarsAfterItsCells() throws {
        let cells = ["2024年项目支出绩效目标申报表", "|", "填报单位:(盖章) 单位:万元 |", "||||||", "|",
                     "项目支出名称 |", "城区公厕保洁服务 |", "预算部门 |", "攸县环境卫生服务中心 |", "|||", "|",
                     "年度本级 预算金额 |", "80万 |", "该项目支出上级资金 |", "0 |", "|||", "|",
                     "本年度绩效目标 |", "全年保洁城区公厕,环境整洁 |", "|||||", "|",
                     "本年度 绩效指标 |", "一级指标 |", "二级指标 |", "三级指标 |", "指标值及单位 |", "绩效标准 |", "|", "|",
                     "产出指标 |", "数量指标 |", "保洁公厕座数 |", "45座 |", "计划标准 |", "||", "|",
                     "效益指标 |", "社会效益指标 |", "公厕环境卫生状况 |", "明显改善 |", "计划标准 |", "|||", "|",
                     "生态效益指标 |", "|", "|", "|", "|||", "|",
                     "社会公众或服务对象满意度指标 |", "如厕群众满意度 |", "≥90% |", "计划标准 |", "|||", "|",
                     "财政部门审核意见 |", "|", "|||||", "填表人: 某某 联系电话: 填报日期:"]
        let folder = try Fixtures.temporaryDirectory()
        let path = try Fixtures.write(cells.joined(separator: "\n") + "\n", named: "攸县.txt", in: folder)
        let document = try Loaders.load(path: path)
        let project = try #require(document.projects.first)
        #expect(project.name == "城区公厕保洁服务" && project.budget == 80)
        #expect(project.indicators.map(\.nameAsWritten) == ["保洁公厕座数", "公厕环境卫生状况", "如厕群众满意度"])
        #expect(project.indicators.map(\.valueAsWritten) == ["45座", "明显改善", "≥90%"])
        let (_, run) = try Fixtures.runSample(inputs: [path])
        let placed = run.allProjects.flatMap(\.indicators)
        #expect(placed.map { $0.level1 ?? "" } == ["产出指标", "效益指标", "满意度指标"])
        #expect(!run.findings.contains { $0.rule == RuleID.labelLevel2Mismatch })
    }

    /// One cell a line with ` |` after each cell, the empty cells written as `|` lines of their own
    /// (a 青神县 self-evaluation): an empty 完成值 keeps its place, so the number after it is the
    /// weight (it had slid into 完成值). A header written with empty cells between its titles
    /// (merged cells' spans) gives its body's empty cells no places.
    @Test func emptyCellsWrittenAsBarsKeepTheirColumns() throws {
        let header = ["一级指标 |", "二级指标 |", "三级指标 |", "指标性质 |", "指标值 |", "度量单位 |", "完成值 |", "权重 |", "得分 |", "未完成原因分析 |"]
        let body = ["产出指标 |", "数量指标 |", "发放覆盖率 |", "= |", "100 |", "% |", "|", "60 |", "|", "|",
                    "效益指标 |", "社会效益指标 |", "足额保障率 |", "= |", "100 |", "% |", "98 |", "40 |", "|", "|"]
        let top = ["项目支出绩效自评表", "项目名称 |", "工资性支出 |", "主管部门 |", "青神县发展和改革局 |", "年度资金总额 |", "251.89 |"]
        let document = try Self.read((top + header + body).joined(separator: "\n") + "\n", named: "青神县.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["发放覆盖率", "足额保障率"])
        #expect(indicators.map(\.weightAsWritten) == ["60", "40"])
        #expect(indicators.map(\.otherColumns) == ["", "完成值=98"])
        // The same table with its header's titles a merged span apart: the empty cells fill spans.
        let spanned = header.flatMap { [$0, "|"] }
        let spread = ["产出指标 |", "|", "数量指标 |", "|", "发放覆盖率 |", "|", "= |", "|", "100 |", "|", "% |", "|", "98 |", "|", "60 |"]
        let merged = try Self.read((top + spanned + spread).joined(separator: "\n") + "\n", named: "青神县.txt")
        let read = try #require(merged.projects.first).indicators
        #expect(read.map(\.weightAsWritten) == ["60"])
        #expect(read.map(\.otherColumns) == ["完成值=98"])
    }

    /// A self-evaluation's budget table (年初预算 | 全年预算数 or 调整后预算数 | 执行数 | 执行率 | 分值 | 得分,
    /// `budget_columns`): the budget is the amount under the year's budget as adjusted, not the
    /// row's first (the start of the year's, 0 where the money came during the year: it had been
    /// read as a budget of 0.00 万元 with no word), said; the funds' rows take the same column. The
    /// titles stand before the budget's key (one cell a line) or after it on its row (pipes).
    @Test func aSelfEvaluationsBudgetIsTheAdjustedOne() throws {
        let cells = ["项目支出绩效自评表", "(2023年度)", "项目名称", "村道养护经费", "主管部门", "南江县交通运输局",
                     "项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
                     "年度资金总额", "0", "48.5", "46.2", "10", "95.3%", "9", "其中:当年财政拨款", "0", "48.5", "46.2",
                     "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
                     "产出指标", "数量指标", "养护村道里程", "120公里", "118公里", "20", "19", "个别路段雨季顺延"]
        let document = try Self.read(cells.joined(separator: "\n\n") + "\n", named: "南江县.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 48.5 && project.fiscalFunds == 48.5)
        #expect(document.findings.contains { $0.rule == RuleID.budgetAdjusted && $0.message.contains("「全年预算数」下的 48.50") && $0.message.contains("「年初预算数」下是 0.00") })
        #expect(project.indicators.map(\.valueAsWritten) == ["120公里"])
        let rows = ["部门预算项目支出绩效自评表(2023年度) | ||||||||||",
                    "项目名称 | 2023年乡镇司法所设备购置项目 | |||||||||",
                    "主管部门 | 大英县司法局 | 实施单位 | 大英县司法局 | |||||||",
                    "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||",
                    "总额 | 0.00 | 5.20 | 5.20 | 100.00% | 10 | 10 | ||||",
                    "其中:财政资金 | 0.00 | 5.20 | 5.20 | 100.00% | / | / | ||||",
                    "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
                    "产出指标 | 数量指标 | 购置设备台数 | ≥ | 6 | 台 | 6 | 90 | 90 | ||",
                    "评价结论 | 已按计划完成设备购置。 | |||||||||"]
        let piped = try Self.read(rows.joined(separator: "\n") + "\n", named: "大英县.txt")
        let bought = try #require(piped.projects.first)
        #expect(bought.budget == 5.2 && bought.fiscalFunds == 5.2)
        #expect(bought.indicators.map(\.nameAsWritten) == ["购置设备台数"])  // 评价结论 is no indicator
        #expect(bought.indicators.first?.otherColumns.contains("完成值=6") == true)
    }

    /// A province's own department's form (its units name the province and no county or
    /// city) is the province's, said so (`county.province-level`), not an unknown county; a
    /// county's unit under the same provincial department keeps the form the county's.
    @Test func aProvincesOwnFormIsTheProvinces() throws {
        func form(unit: String) -> String {
            """
            项目支出绩效目标表
            （2024年度）
            项目名称\t草原生态保护补助
            主管部门\t宁夏回族自治区林业和草原局
            实施单位\t\(unit)
            项目资金（万元）\t年度资金总额：\t120
            年度总体目标\t完成草原监测，保护草原生态
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t草原监测样地数\t≥200个
            产出指标\t质量指标\t监测数据合格率\t≥95%
            效益指标\t生态效益指标\t草原综合植被盖度\t≥56%
            满意度指标\t服务对象满意度指标\t农牧民满意度\t≥90%

            """
        }
        let province = try Self.read(form(unit: "宁夏回族自治区草原工作站"), named: "province.txt")
        #expect(province.county == "宁夏回族自治区" && province.countyLevel == .province)
        #expect(province.findings.map(\.rule).contains("county.province-level"))
        #expect(!province.findings.map(\.rule).contains("county.unknown"))
        #expect(province.projects.map(\.name) == ["草原生态保护补助"] && province.projects[0].budget == 120)
        #expect(province.projects[0].indicators.map(\.nameAsWritten) == ["草原监测样地数", "监测数据合格率", "草原综合植被盖度", "农牧民满意度"])

        let county = try Self.read(form(unit: "原州区草原工作站"), named: "county.txt")
        #expect(county.county == "原州区" && county.countyLevel == .county)
        #expect(!county.findings.map(\.rule).contains("county.province-level"))
    }

    /// A seal's place printed after the unit's name (`（盖章）`, a bracket ending as a sign-off
    /// line ends) is no part of the name, and 项目类型 is a header key: it had run into the
    /// project's name (`高标准农田建设项目类型经常性项目`).
    @Test func aSealMarkAfterTheUnitAndAProjectTypeKey() throws {
        let text = """
            2024年度预算项目绩效目标申报表
            预算单位：南京市江宁区农业农村局（盖章）                金额单位：万元
            项目名称\t高标准农田建设\t项目类型\t经常性项目
            主管部门\t南京市江宁区农业农村局\t实施单位\t江宁区农田建设服务中心（单位签章）
            项目资金\t资金总额\t1200\t财政拨款\t1200\t其他资金\t0
            总体目标\t建成高标准农田2万亩，提高粮食综合生产能力
            绩效指标\t一级指标\t二级指标\t指标内容\t指标值\t备注
            \t产出指标\t数量指标\t建设高标准农田面积\t2万亩\t
            \t\t质量指标\t工程验收合格率\t100%\t
            \t效益指标\t经济效益指标\t粮食亩均增产\t≥50公斤\t
            \t满意度指标\t服务对象满意度指标\t受益农户满意度\t≥90%\t

            """
        let document = try Self.read(text, named: "jiangning.txt")
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1 && project.name == "高标准农田建设" && project.budget == 1200)
        #expect(project.department.name == "南京市江宁区农业农村局")
        #expect(project.unit?.name == "江宁区农田建设服务中心")
        #expect(project.indicators.map(\.nameAsWritten) == ["建设高标准农田面积", "工程验收合格率", "粮食亩均增产", "受益农户满意度"])
        #expect(document.county == "江宁区")
        // A bracket that is no seal's place stays.
        let vocabulary = try ReadingRules(dataDirectory: Fixtures.path("Data")).vocabulary
        #expect(vocabulary.withoutSignOffMark("平武县人民政府（本级）") == "平武县人民政府（本级）")
        #expect(vocabulary.withoutSignOffMark("建德市林业局(签章)") == "建德市林业局")
    }

    /// A department's table copied with `|` between cells and its blank cells dropped: its
    /// `合计` row is the table's total, not an indicator named 合计 valued at the amount, and a
    /// total over several units' projects is checked against them all.
    @Test func aTotalRowOfATableWithItsBlankCellsDropped() throws {
        func table(total: String) -> String {
            """
            | 2024年部门项目支出绩效目标表 |
            | 部门名称：桐庐县教育局 | 单位：元 |
            | 单位名称 | 项目名称 | 项目金额 | 年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            | 桐庐县教育局本级 | 学生营养改善计划 | 1,250,000.00 | 保障农村学生营养膳食补助按时足额发放 | 产出指标 | 数量指标 | 受助学生人数 | ≥2500人 |
            |  |  |  |  |  | 时效指标 | 资金发放及时率 | 100% |
            |  |  |  |  | 满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥95% |
            | 桐庐县第一中学 | 校舍维修 | 380,000.00 | 完成教学楼屋面维修 | 产出指标 | 数量指标 | 维修面积 | 1200平方米 |
            |  |  |  |  | 成本指标 | 经济成本指标 | 维修成本 | ≤38万元 |
            | 合计 |  | \(total) |  |  |  |  |  |

            """
        }
        let right = try Self.read(table(total: "1,630,000.00"), named: "tonglu.txt")
        #expect(right.projects.map(\.name) == ["学生营养改善计划", "校舍维修"])
        #expect(right.projects.map { $0.budget ?? 0 } == [125, 38])
        #expect(right.projects.map(\.indicators.count) == [3, 2])
        #expect(!right.projects.flatMap(\.indicators).contains { $0.nameAsWritten == "合计" })
        #expect(right.rowsRead == 5 && right.rejected.isEmpty)
        #expect(!right.findings.contains { $0.rule == RuleID.totalMismatch })
        #expect(right.readingNotes.contains { $0.contains("163.00 万元") && $0.hasSuffix("一致") })

        let wrong = try Self.read(table(total: "1,700,000.00"), named: "tonglu.txt")
        let mismatch = wrong.findings.filter { $0.rule == RuleID.totalMismatch }
        #expect(mismatch.count == 1 && mismatch[0].message.contains("170.00") && mismatch[0].message.contains("163.00"))
        #expect(mismatch.first?.source?.line == 9)
    }

    /// A department's table printed with spaces between its columns (`pdftotext -layout`), its
    /// organisation column titled 部门（单位）, a 小计 under each department and a 合计 at the end:
    /// its projects under their departments, each subtotal that department's stated total, the
    /// total checked against all three. An organisation title the vocabulary lacks
    /// (`部门（科室）`) keeps the rows projects, not indicators named after them.
    @Test func aDepartmentTableSpacedWithSubtotals() throws {
        func table(organisation: String) -> String {
            """
                                遂昌县2024年部门项目支出绩效目标表
            单位：万元
            \(organisation)          项目名称            预算金额    一级指标      二级指标          三级指标              指标值
            遂昌县农业农村局      农机购置补贴        120.00      产出指标      数量指标          补贴机具数量          ≥300台
                                                                                质量指标          补贴资金兑付准确率    100%
                                                                  满意度指标    服务对象满意度指标 购机户满意度          ≥90%
                                  农村人居环境整治    85.50       产出指标      数量指标          整治村数              ≥20个
                                                                  效益指标      生态效益指标      村庄环境              明显改善
            小计                                      205.50
            遂昌县林业局          松材线虫病防治      60.00       产出指标      数量指标          清理病死树            ≥5000株
                                                                  效益指标      生态效益指标      疫情发生面积          下降
            小计                                      60.00
            合计                                      265.50

            """
        }
        let document = try Self.read(table(organisation: "部门（单位）"), named: "suichang.txt")
        #expect(document.projects.map(\.name) == ["农机购置补贴", "农村人居环境整治", "松材线虫病防治"])
        #expect(document.projects.map(\.department.name) == ["遂昌县农业农村局", "遂昌县农业农村局", "遂昌县林业局"])
        #expect(document.projects.map { $0.budget ?? 0 } == [120, 85.5, 60])
        #expect(document.projects.map(\.indicators.count) == [3, 2, 2])
        #expect(document.departments.map { $0.statedTotal ?? 0 } == [205.5, 60])
        #expect(document.readingNotes.contains { $0.contains("265.50 万元") && $0.hasSuffix("一致") })
        #expect(document.rowsRead == 7 && document.rejected.isEmpty && document.county == "遂昌县")

        let unnamed = try Self.read(table(organisation: "部门（科室）"), named: "suichang.txt")
        #expect(unnamed.projects.map(\.name) == ["农机购置补贴", "农村人居环境整治", "松材线虫病防治"])
        #expect(unnamed.projects.flatMap(\.indicators).count == 7)
        #expect(!unnamed.projects.flatMap(\.indicators).contains { $0.nameAsWritten.contains("补贴") && $0.valueAsWritten == "120.00" })
    }

    /// The notes under a table end it, however the page was copied: a note's mark glued to the
    /// last cell (`…≥90%注:1、…`), and a self-evaluation's closing row `说明 | …` written one cell a
    /// line. Neither is an indicator.
    @Test func theNotesUnderATableEndIt() throws {
        let glued = try Self.read("""
            项目支出绩效目标表
            项目名称农村公路养护主管部门淳安县交通运输局资金总额320万元一级指标二级指标三级指标指标值产出指标数量指标养护里程≥450公里满意度指标服务对象满意度指标沿线群众满意度≥90%注:1、指标值按年度填写2、满意度以问卷为准

            """, named: "淳安县.txt")
        let gluedRows = try #require(glued.projects.first).indicators
        #expect(gluedRows.map(\.nameAsWritten) == ["养护里程", "沿线群众满意度"])
        #expect(gluedRows.map(\.valueAsWritten) == ["≥450公里", "≥90%"])
        let cells = ["项目支出绩效自评表", "项目名称", "农村公路养护", "主管部门", "淳安县交通运输局", "年度资金总额", "320",
                     "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                     "产出指标", "数量指标", "养护里程", "≥450公里", "460公里",
                     "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", "说明", "未发现问题，没有涉及金额。"]
        let lines = try #require(Self.read(cells.joined(separator: "\n") + "\n", named: "淳安县.txt").projects.first).indicators
        #expect(lines.map(\.nameAsWritten) == ["养护里程", "沿线群众满意度"])
        #expect(lines.map(\.otherColumns) == ["实际完成值=460公里", "实际完成值=93%"])
    }

    /// Level-2 labels with no indicator under them, one after another on a line, then a label in
    /// its older spelling (`环境效益指标`, 生态效益指标's alias) before its indicator: the label is
    /// the row's level 2, not the indicator's name (the name had become the value, ≥10% lost).
    @Test func aLabelInItsOlderSpellingAfterEmptyLevelTwos() throws {
        let document = try Self.read("""
            项目支出绩效目标表
            项目名称 城区扬尘治理 主管部门 榆林市横山区生态环境局 资金总额 80万元
            一级指标 二级指标 三级指标 指标值
            产出指标 数量指标 洒水作业天数 ≥300天
            效益指标 经济效益指标 社会效益指标 环境效益指标 降尘量下降率 ≥10%
            满意度指标 服务对象满意度指标 群众满意度 ≥90%

            """, named: "横山区.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["洒水作业天数", "降尘量下降率", "群众满意度"])
        #expect(indicators.map(\.level2Label) == ["数量指标", "环境效益指标", "服务对象满意度指标"])
        #expect(indicators.map(\.valueAsWritten) == ["≥300天", "≥10%", "≥90%"])
    }

    /// A blank form as a document site shares it (佳县's 财政支出项目绩效目标申报表, a real template:
    /// its keys with nothing after them, its tables only labels and `……`) is no county's form: it is
    /// listed as not a form, not read as a project named after its title with placeholder indicators.
    @Test func aBlankTemplateIsNoForm() throws {
        let text = """
            2016财政支出项目绩效目标申报表.doc
            文本预览下载声明
            佳县财政支出项目绩效目标申报表 ( 年度) 填报单位(盖章) 项目名称 项目属性 新增项目 □ 延续项目 □ 主管部门 主管部门 编码 项目实施单位 项目负责人 联系电话 项目起止时间 项目资金申请(万元) 资金总额: 财政拨款: 自有资金: 事业收入: 经营性收入: 其他: 其他: 单位职能概述
            佳县财政支出项目绩效目标申报表
            项目概况 项目立项情况 项目立项的依据 项目申报的可行性 项目申报的必要性 项目实施进度计划 项目实施内容 开始时间 完成时间 1、 2、 3、 …… …… 项目绩效目标 长期目标 年度目标
            佳县财政支出项目绩效目标申报表
            年度绩效指标 一级指标 二级指标 指标内容 指标值 备注 产出指标 数量指标 质量指标 时效指标 成本指标 … 效益指标 经济效益指标 社会效益指标 环境效益指标 可持续影响指标 … 服务对象满意度指标 具体指标 …… 其他说明的问题 填报人: 单位负责人: 填报日期:

            """
        do {
            _ = try Self.read(text, named: "佳县.txt")
            Issue.record("a blank template was read as a form")
        } catch let error as LoadError {
            #expect(error.notAForm)
            #expect(error.message.contains("空白"))
        }
    }

    /// A real self-evaluation published by a Yunnan school (永德县, 2022) as a page's table copied
    /// with `|`: its two header rows run together on one line (年度指标值 over 指标性质 / 指标值 /
    /// 度量单位, then 一级 … 度量单位), one row broken over three lines at its cells' edges, the
    /// template's `服务对象满意度指标等`, and its closing `其他需要说明事项` row.
    @Test func aSelfEvaluationWithItsTwoHeaderRowsOnOneLine() throws {
        let text = """
            2022年度项目支出绩效自评表 | 部门:临沧市永德县明朗中学 |
            |
            |
            |
            |
            | 公开14表 | 项目名称 | 义务教育营养改善计划专项资金 | 主管部门 | 永德县教育体育局 | 实施单位 | 永德县明朗中学 | 项目资金 (元) |
            | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |
            | 387664.62 | 387664.62 | 10 | 100% | 10 | 其中:当年财政 拨款 |
            | 387664.62 | 387664.62 | — |
            | — | 上年结转 资金 |
            |
            |
            | — |
            | — | 其他资金 | — | — | — | — |
            | — | 年度 总体 目标 | 预期目标 | 实际完成情况 | 确保每一个学生都能享受到国家政策福利,改善学生体质 | 确保每一个学生都能享受到国家政策福利,改善学生体质 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次 | 735 | 10 | 10 |
            | 质量指标 | 营养改善计划覆盖率 | ≧ | 100 | % | 100% | 10 | 10 |
            | 时效指标 | 资金到位及时率 | ≧ | 100 | % | 100% | 10 | 7 |
            | 成本指标 | 生均补助标准达标率 | ═ | 100 | % | 100% | 10 | 10 |
            | 效益指标 | 经济效益 指标 | 减轻贫困学生家庭经济负担 |
            | 有效 |
            | 有效 | 10 | 10 |
            | 社会效益 指标 | 政策知晓率 | ═ | 100 | % | 98% | 10 | 9 |
            | 生态效益 指标 |
            |
            |
            |
            |
            |
            |
            |
            | 可持续影响 指标 | 促进学校教育事业健康发展 | ≧ | 100 | % | 100% | 10 | 10 |
            | 满意度指标 | 服务对象满意度指标等 | 学生满意度 | ≧ | 95 | % | 100% | 10 | 10 |
            | 家长满意度 | ≧ | 95 | % | 100% | 10 | 10 |
            | 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 |
            |

            """
        let document = try Self.read(text, named: "永德县.txt")
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1 && document.rejected.isEmpty)
        #expect(project.name == "义务教育营养改善计划专项资金" && abs((project.budget ?? 0) - 38.766462) < 1e-9)
        #expect(project.indicators.map(\.nameAsWritten) == ["学生受资助人数", "营养改善计划覆盖率", "资金到位及时率", "生均补助标准达标率",
                                                           "减轻贫困学生家庭经济负担", "政策知晓率", "促进学校教育事业健康发展", "学生满意度", "家长满意度"])
        #expect(project.indicators.map(\.valueAsWritten) == ["735", "100", "100", "100", "有效", "100", "100", "95", "95"])
        #expect(project.indicators.map(\.unitAsWritten) == ["人次", "%", "%", "%", "", "%", "%", "%", "%"])
        #expect(project.indicators.allSatisfy { $0.weightAsWritten == "10" })
        #expect(project.indicators[2].otherColumns == "实际完成值=100%；得分=7")
        #expect(project.indicators[4].otherColumns == "实际完成值=有效；得分=10")
        #expect(project.indicators[7].level2Label == "服务对象满意度指标等")
    }

    /// Gansu's provincial-department template, a real page's text (嘉峪关, 2023; its OCR'd `一*级`
    /// written as the template has it): a form for a second-level project (二级项目名称) under a
    /// first-level one (一级项目名称, not the form's name), with the template's own keys
    /// (项目开始日期, 资金用途, 组织实施单位 …) ending the values before them. The page's second
    /// form is cut before its table.
    @Test func aSecondLevelProjectUnderAFirstLevelOne() throws {
        let text = """
            省级部门预算项目支出绩效目标表(2023年度)一级项目名称文化事业发展专项资金二级项目名称博物馆纪念馆市级免费开放补助资金项目类型新增项目项目分类专项工作经费资金用途业务类项目主管部门嘉峪关市文化和旅游局项目开始日期2023-01-01项目完成H期2023-12-31项目总投资20万元中央补助安排0省级财政安排0其他资金20万元预算申报数20万元资金性质一般公共预算基本情况保障博物馆正常运转项目立项必要性保障各项业务正常运行保证项目实施的制度措施博物馆绩效考核项目实施计划组织实施单位甘肃省文物局监督管理单位嘉峪关文旅局项目实施单位嘉峪关城市博物馆政策依据甘财科
            [2022]78号其他依据需要说明的其他问题年度绩效目标进一步提高博物馆纪念馆运行效率和免费开放服务水平一级指标二级指标三级指标指标目标值产出指标数量指标免费开放天数=300天质量指标博物馆绩效考核指标完成率=100百分比时效指标各项工作完成及时率%=99百分比成本指标经济成本指标资金使用效率二100百分比社会成本指标对当地文物保护、文化传承影响长远生态环境成本指标提升博物馆绿化水平提升效益指标经济效益指标为当地提供就业LJUI,冈位增加岗位社会效益指标免费开放接待观众人数=30000人次生态效益指标历史文化传承环保意识时限长远满意度指标服务对象满意度服务对象满意度%=99百分比省级部门预算项目支出绩效目标表2023年度一级项目名称公共文化服务体系建设专项资金二级项目名称博物馆提升改造项目项目类型新增项目项目分类其他项目资金用途业务类项目主管部门嘉峪关市文化和旅游局项目开始日期2023-01-01项目完成日期2023-12-31项目总投资
            174.78万元中央补

            """
        let document = try Self.read(text, named: "嘉峪关.txt")
        #expect(document.projects.map(\.name) == ["博物馆纪念馆市级免费开放补助资金", "博物馆提升改造项目"])
        #expect(document.projects.map(\.budget) == [20, 174.78])
        #expect(document.projects.allSatisfy { $0.department.name == "嘉峪关市文化和旅游局" })
        let indicators = document.projects[0].indicators
        #expect(indicators.prefix(3).map(\.nameAsWritten) == ["免费开放天数", "博物馆绩效考核指标完成率", "各项工作完成及时率%"])
        #expect(indicators.prefix(3).map(\.valueAsWritten) == ["=300天", "=100百分比", "=99百分比"])
        #expect(document.projects[1].indicators.isEmpty)
    }

    /// A mirror site's copy of a real district's form (2020, spam words injected where the
    /// district's name stood, `?` runs where spaces spread a label): the page's footer line opens
    /// with a list's dash (`- 扫一扫…`), which is no name cut off by the copy's end, and no row is
    /// refused.
    @Test func aFooterLineOpeningWithADash() throws {
        let text = """
            [预算绩效]疫情期间区域病媒防治环境卫生清洁等费用绩效目标表
            抗疫特别国债项目绩效目标表(打捆项目) | |||||
            (2020年度) | |||||
            项目名称 | 疫情期间区域病媒防治环境卫生清洁等费用 | ||||
            主管预算部门 | 狗万客户端城市管理委员 | 项目预算金额 (万元) | 5652 | ||
            绩?????????? 效?????????? 目???????? 标 | 1.按《狗万客户端市市容环境卫生管理条例》及疫情期间各项文件规定,为提升我区环境卫生质量、坚决杜绝病媒传播的需要,搞好污染防治、环境卫生保洁消杀工作,开展我区环境卫生治理工作。 2.工作由服务外包公司承担,采用服务外包方式,达到干净整洁、生活垃圾日产日清的效果。 | ||||
            绩????????????效?????????? 指???????????????????? 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | |
            产出指标 | 数量指标 | 清扫保洁道路面积 | 1346.0088万平方米 | ||
            清扫保洁道路条数 | 485条 | ||||
            生活垃圾运输车辆 | 283辆 | ||||
            质量指标 | 垃圾无害化处理率 | 100% | |||
            时效指标 | 城市道路以克论净量化考核 | 1次/月 | |||
            环境卫生专项考核 | 1次/月 | ||||
            各项费用使用周期 | 2020年1月--2020年11月 | ||||
            成本指标 | 人工成本 | ≤620万/月 | |||
            效益指标 | 社会效益指标 | 清扫保洁覆盖率 | ≥99% | ||
            可持续影响指标 | 保障期限 | 2020年1月--2020年11月 | |||
            满意度指标 | 服务对象满意度指标 | 周围群众满意度 | ≥90% |
            - 扫一扫在手机打开当前页

            """
        let document = try Self.read(text, named: "病媒防治.txt")
        let project = try #require(document.projects.first)
        #expect(document.rejected.isEmpty && document.rowsRead == 11)
        #expect(project.budget == 5652 && project.indicators.count == 11)
        #expect(project.indicators.last?.nameAsWritten == "周围群众满意度" && project.indicators.last?.valueAsWritten == "≥90%")
    }

    /// A real city form (湘潭, 2024) copied one cell a line with blank lines between: its
    /// department under `主管部门及其编码` with the code after the name, its satisfaction row named
    /// `满意度` (a level-1 alias) under its level 2 with the target on the next line, and its closing
    /// `其他需说明的问题` row.
    @Test func aSatisfactionRowNamedByTheLevelsAliasOneCellALine() throws {
        let text = """
            2024年项目绩效目标表(雾炮车降尘抑尘服务)

            湘潭市城市管理和综合执法局 xtcg.xiangtan.gov.cn 发布时间:2024-07-09 11:10

            2024年项目绩效目标表

            填报单位(盖章):                                                    

            项目名称

            雾炮车抑尘降尘服务 

            项目起

            止时间

            20246-202516

            主管部门及其编码

            湘潭市城市管理和综合执法局 308001 

            项目实施单位

             湘潭市环境卫生管理处

            项目负责人

            吴华章

            联系电话

            13973200376 

            项目资金申请

            (万元)

            资金总额: 250

                    一、预算资金:250

                    二、自有资金:0

                    三、其他:0

            项目概况

            2024年,市财政局拨付250万元给市城管执法局,继续采购10台雾炮车用于特殊时段环卫作业,服务周180,持续改善我市空气质量。市城管执法局已明确该项采购工作由市环卫处负责。 

            项目实施进度计划

            项目实施内容

            开始时间

            完成时间

            通过采购雾炮车抑尘降尘服务,使市空气质量达到优良

            20246

             20251

            项目绩效目标

            长期目标

            年度目标

             持续改善我市空气质量

            2024通过采购雾炮车抑尘降尘服务,持续改善我市空气质量 

            年度绩效指标

            一级指标

            二级指标

            三级指标

            指标值

            绩效标准

            产出指标

            数量指标

            雾炮车抑尘降尘服务配备车辆数

            10

            计划标准

            雾炮车风炮射程

            80M

            计划标准

            质量指标

            服务周期内空气质量

            优良

            计划标准

            时效指标

            服务周期

            180

            计划标准

            成本指标

            控制在预算成本内

            控制在预算内

            计划标准

            效益指标

            经济效益指标







            社会效益指标

            服务周期内,市民对空气质量改善的满意程度

            85%

            计划标准

            生态效益指标







            可持续影响

            指标







            服务对象满意度指标

            满意度

            90%

            计划标准

            其他需说明的问题

            主管

            """
        let project = try #require(Self.read(text, named: "湘潭.txt").projects.first)
        #expect(project.department.name == "湘潭市城市管理和综合执法局" && project.budget == 250)
        #expect(project.indicators.map(\.nameAsWritten) == ["雾炮车抑尘降尘服务配备车辆数", "雾炮车风炮射程", "服务周期内空气质量", "服务周期",
                                                           "控制在预算成本内", "服务周期内,市民对空气质量改善的满意程度", "满意度"])
        #expect(project.indicators.last?.valueAsWritten == "90%" && project.indicators.last?.level2Label == "服务对象满意度指标")
    }

    /// A real self-evaluation recognised from a picture and published as a table (吕梁, 2021):
    /// under its indicator rows stands the schools' table (`序号 | 学校性质 | 培训机构 | …`), whose
    /// header opens with a serial-number title (`serial_titles`); the indicator table ends there,
    /// and the schools are no indicators.
    @Test func anotherTablesHeaderUnderTheRowsEndsTheTable() throws {
        let text = """
            详情见附件(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |
            产出指标 | 产出数量 | 完成2021年吕梁山护工培训任务 | 12500名 | 12166名 |
            | | 完成2021年吕梁山护工培训就业质量考核及验收 | 11所 | 11所 |
            | 产出质量 | 培训对象符合吕梁山护工培训招生计划规定 | 18—54周岁 | 存在18岁以下、54周岁以上 |
            | | 参训学员结业考核通过率 | 100% | 98.79% |
            | | 培训机构考核验收达标 | 100% | 100% |
            | 产出时效 | 培训任务完成及时 | 2021.1.1-12.31 | 2021.1.1-12.31 |
            | | 考核任务完成及时 | 1-6期培训结束后及时考核 | 1-2期未能及时培训 |
            | 产出成本 | 吕梁山护工培训补贴标准达标 | 3000元/人 | 2600元/人 |
            效益指标 | 经济效益 | 减轻参训人员经济负担 | 有效减轻 | 有效减轻 |
            | 社会效益 | 参训学员就业率 | 60%及以上 | 53.53% |
            | | 提高参训学员技术水平 | 基本提高 | 基本提高 |
            | 可持续影响 | 巩固脱贫攻坚成果 | 有效巩固 | 有效巩固 |
            | 满意度 | 参培学员满意度 | 95%及以上 | 88.32%及以上 |
            序号 | 学校性质 | 培训机构 | 培训补助标准(元/人) | 就业奖补标准(元/人) | 2021年培训人数 | 合格人数 | 补助资金 | 备注 |
            ① | ② | ③ | ④ | ⑤ | ⑥ | ⑦ | ⑧=④*⑦ | |
            1 | 民办 | 吕梁市远航职业培训学校 | 2600 | 400 | 842 | 842 | 218.92 | 在2020年度吕梁山护工培训第五期给汾阳学院、汾 |
            2 | 民办 | 吕梁精准职业培训学校 | 2600 | 400 | 900 | 900 | 234 | |

            """
        let indicators = try #require(Self.read(text, named: "吕梁.txt").projects.first).indicators
        #expect(indicators.count == 13)
        #expect(indicators.first?.nameAsWritten == "完成2021年吕梁山护工培训任务" && indicators.first?.valueAsWritten == "12500名")
        #expect(indicators.last?.nameAsWritten == "参培学员满意度" && indicators.last?.valueAsWritten == "95%及以上")
        #expect(!indicators.contains { $0.nameAsWritten.contains("学校性质") || $0.otherColumns.contains("培训学校") })
    }

    /// A real county self-evaluation (阆中, 车购税 2021) copied with its cells glued: labels broken
    /// over lines with their first half glued after a word (`绩效指标一级` / `指标`,
    /// `满意度指标服务对象` / `满意度指标`) are joined back, so the header has its level-1 column and
    /// the satisfaction row its level 2 instead of an indicator named `服务对象`.
    @Test func aBrokenLabelsFirstHalfGluedAfterAWord() throws {
        let text = """
            首页 > 政务公开 > 重点领域公开 > 专项资金(涉农补贴)
            索引号
            11511181008798440B/2022-00034
            主题分类
            发布机构
            阆中市交通运输局
            成文日期
            2022-08-17

            中央车购税对地方补助资金绩效目标自评表 (普通省道和农村公路)

            时间:2022-08-17 | 来源:阆中市交通运输局

               车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评
            (2021年度)
            转移支付(项目)名称车辆购置税收入补助地方资金(普通省道公路建设)
            中央主管部门财政部
            地方主管部门阆中市交通运输局资金使用单位阆中市交通运输局
            项目资金
            (万元)

            全年预算数(A)全年执行数(B)预算执行率(B/A)
            年度资金总额:40004000100%
             其中:中央补助40004000100%
            地方资金


             其他资金


            总体目标完成情况总体目标全年实际完成情况
            按计划完成2021年度省道公路建设。建设普通省道二级公路32.1公里,保证道路安全畅通。
            绩效指标一级
            指标
            二级指标三级指标指标值全年实际完成值未完成原因和改进措施



            数量指标建设普通省道二级公路32.1公里2020









            质量指标建设符合验收要求2020









            时效指标按期完成投资1010









            成本指标











            ……







            经济效益
            指标
            对经济发展的促进作用1010









            社会效益
            指标
            基本公共服务水平1010









            生态效益
            指标
            交通建设符合环评审批要求1010









            可持续影响指标











            ……




            满意度指标服务对象
            满意度指标
            改善通行服务水平群众满意度2020









            ……



            说明
            注:1.资金使用单位按项目填报,主管部门和财政部门汇总时按区域绩效目标填报。
                2.其他资金包括与中央财政资金、地方财政资金共同投入到同一项目的自有资金、社会资金,以及以前年度的结转结余资金等。

            """
        let document = try Self.read(text, named: "阆中车购税.txt")
        let project = try #require(document.projects.first)
        #expect(project.indicators.count == 7)
        #expect(!project.indicators.contains { $0.nameAsWritten == "服务对象" })
        let satisfaction = try #require(project.indicators.last)
        #expect(satisfaction.level1Label == "满意度指标" && satisfaction.level2Label == "服务对象满意度指标")
        #expect(satisfaction.nameAsWritten == "改善通行服务水平群众满意度")
        #expect(project.indicators.first?.nameAsWritten == "建设普通省道二级公路" && project.indicators.first?.valueAsWritten == "32.1公里")
    }

    /// A real district self-evaluation (裕安区, 2022) copied with its cells one space apart: its
    /// indicators numbered (`指标2:修缮建筑面积 6000平方米 …`) under a header of more columns than a
    /// name and its value, two titles wrapped onto the line under it (`年度` / `指标值`, `实际` /
    /// `完成值`), and a row's weight and score wrapped onto a line of their own (`7 7`).
    @Test func aSpacedSelfEvaluationWithNumberedIndicatorsAndWrappedTitles() throws {
        let text = """
            市级文物保护专项经费绩效自评表(2022年度)

            发布时间:2023-05-22 16:35 信息来源:裕安区文旅局 阅读次数:
            字号: 打印
            项目名称 市级文物保护专项经费
            主管部门 裕安区文化和旅游局   实施单位 裕安区文化和旅游局  
            项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            (万元) 年度资金总额 29 29 27.8 9 0.958 8
            其中:当年财政拨款 29 29 27.8 9 0.958 8
                  上年结转资金
              其他资金
            年度总体目标 预期目标 实际完成情况
            通过项目实施,完成六安市罗氏宗祠、李氏宗祠、英布墓日常维护,赤卫军指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装,加大文物保护力度,发挥文物的宣传教育价值。 基本完成年度目标。
            绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施
            指标值 完成值
            产出指标 数量指标 指标1:修缮建筑数量 完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装 完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装
            7 7
            指标2:修缮建筑面积 6000平方米 6000平方米 7 7
            指标3:修缮级别 市级保护单位 市级保护单位 7 7
            质量指标 指标1:验收通过率 100% 95% 6 5
            指标2:工程质量管理 ≥95% 98% 6 6
            指标3:文明施工 ≥95% 97% 6 6
            时效指标 项目设计、招标、施工 完成时间为2022年12月30日 完成时间为2022年12月30日 6 5
            成本指标 项目成本控制在预算内 本着节约的原则,控制在预算中。 100% 5 5
            效益指标 社会效益指标 文物本体安全、体现文物价值,提升知名度 加大文物保护,展示文物价值 程度较高 15 15

            """
        let document = try Self.read(text, named: "裕安区文物保护.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 29 && project.indicators.count == 9)
        let area = try #require(project.indicators.first { $0.nameAsWritten == "指标2:修缮建筑面积" })
        #expect(area.valueAsWritten == "6000平方米" && area.weightAsWritten == "7")
        let acceptance = try #require(project.indicators.first { $0.nameAsWritten == "指标1:验收通过率" })
        #expect(acceptance.valueAsWritten == "100%" && acceptance.weightAsWritten == "6" && acceptance.level2Label == "质量指标")
        #expect(project.indicators.first?.weightAsWritten == "7")
    }

    /// A real city self-evaluation (宣城, 禁毒 2021) copied with its cells one space apart: the
    /// level-1 title broken after the row's other cells (`年度绩效指标完成情况 一级` / `指标`), and
    /// the points of a level-1 label the copy lost alone on a line (`(50分)`), which is no indicator.
    @Test func aSpacedHeaderWithItsLevelTitleBrokenAndALostLabelsPoints() throws {
        let text = """
            您现在所在的位置: 网站首页> 市公安局> 部门项目
            索引号: 113417007117080054/202203-00360 组配分类: 部门项目
            发布机构: 市公安局 主题分类: 公安、安全、司法
            名称: 宣城市公安局禁毒项目绩效支出自评表 文号:
            发布日期: 2022-03-17
            索引号: 113417007117080054/202203-00360
            组配分类: 部门项目
            发布机构: 市公安局
            主题分类: 公安、安全、司法
            名称: 宣城市公安局禁毒项目绩效支出自评表
            文号:
            发布日期: 2022-03-17
            宣城市公安局禁毒项目绩效支出自评表
            发布时间:2022-03-17 16:06 来源:市公安局 浏览次数: 字体:[ ]
            项目支出绩效自评表 
            (2021年度)
            项目名称 禁毒经费
            主管部门 宣城市公安局 实施单位 禁毒支队
            项目资金
            (万元)
            年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
            年度资金总额: 100 100 100 10 100% 10
             其中:本年财政拨款 100 100 100 - -
                上年结转资金 - -
                   其他资金 - -
            年度总体目标完成情况 预期目标 实际完成情况
            支持公安机关开展禁毒业务工作,补助必须的办案、业务、装备等开支,有效的打击毒品犯罪,遏制毒品蔓延、毒品渗透、毒品制贩和毒品流入非法渠道,进一步巩固禁种铲毒工作成果,进一步增强全民禁毒意识 有效的打击了毒品犯罪,遏制了毒品蔓延、毒品渗透、毒品制贩和毒品流入非法渠道,进一步巩固了禁种铲毒工作成果,进一步增强了全民禁毒意识,提升了群众安全感和满意度。
            年度绩效指标完成情况 一级
            指标
            二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施




            (50分)
            数量指标 指标1:禁毒舞台剧宣传的场次 ≥1场 1场 12 12
            指标2:毛发检查试剂数量 ≥2400份 3200份 12 12
            ……
            质量指标 指标1:经费支出合规性 严格执行相关财经法规制度 严格执行相关财经法

            """
        let document = try Self.read(text, named: "宣城禁毒.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 100 && project.indicators.count == 3)
        #expect(!project.indicators.contains { $0.nameAsWritten.contains("50分") })
        let first = try #require(project.indicators.first)
        #expect(first.nameAsWritten == "指标1:禁毒舞台剧宣传的场次" && first.valueAsWritten == "≥1场" && first.weightAsWritten == "12")
        #expect(project.indicators[1].level2Label == "数量指标" && project.indicators[1].valueAsWritten == "≥2400份")
        // The header's first title is the level-1 one, whole; no lone `指标` read as the name's title.
        #expect(document.readingNotes.contains { $0.contains("指标表的列：一级指标→一级指标，二级指标→二级指标，三级指标→三级指标，年度指标值→指标值") })
    }

    /// A real township self-evaluation (贵池区棠溪镇, 2022) whose 年度资金总额 row was left at its
    /// zeros (`0 0 0 10 0 0`) over `其中:本年财政拨款 202.64 …`: a total of 0 over funds that are not
    /// is a total left unfilled, so the budget is the funds', said, not a project of no money.
    @Test func aTotalLeftAtZeroOverItsFunds() throws {
        let text = """
            安福全 zlnb210061 1 2019-05-22T04:56:35Z 2006-09-13T11:21:51Z 2022-05-16T06:53:23Z 15.00 2052-11.1.0.11691 FEAB6FBF67D44AA19C24BC22CBB840E5 9300 22370 0 0 False False False 附件: 项目支出绩效自评表 (2022年度) 项目名称 村级补助及运转经费 主管部门 219-池州市贵池区棠溪镇人民政府 实施单位 219001-池州市贵池区棠溪镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 202.64 132.912 132.912 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,村民监督委员会 工资28000元,村级事务补助960000元,村级工作目标奖励100000元。 .. .............................................................................................................................. 本项目共完成预算资金1329120.67元,其中村级组织运转439120.67元,村民组长,党小组长基本报酬152000元,村民监督委员会 工资28000元,村级事务补助660000元,村级工作目标奖励50000元。 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(50分) 数量指标 补助村(社区)数量 =8个 8 8 8 保障村干部人数 =42个 42 8 8 质量指标 补助资格合规性 合规 达成预期指标 8 8 经费审批流程规范性 严格执行相关制度规定 达成预期指标 8 8 时效指标 补助经费到位及时性 及时 达成预期指标 8 8 成本指标 项目总成本 ≤202.6万元 132.9 10 10 效益指标(30分) 经济效益指标 对保障村(社区)两委机构正常运行的影响程度 效果明显 达成预期指标 10 10 社会效益指标 提高村(社区)干部工作积极性的影响程度 效果明显 达成预期指标 10 10 可持续影响

            """
        let document = try Self.read(text, named: "棠溪镇村级补助.txt")
        let project = try #require(document.projects.first)
        #expect(project.name == "村级补助及运转经费" && project.budget == 202.64)
        #expect(document.findings.contains { $0.rule == RuleID.budgetFromFunds && $0.message.contains("写作 0") })
    }

    /// A real city district's self-evaluation of a central transfer (遂宁经开区, 2021) copied with
    /// its cells one space apart: its budget under `转移支付预算数(A)` (`5.8万`), its indicators
    /// numbered with a point (`指标2.药品抽验平均标准`: a new row, never the value of the row above
    /// it), and no 项目名称, so the form goes by its whole title.
    @Test func aTransferSelfEvaluationNumberedWithPoints() throws {
        let text = """
            今天是:2025年12月04日
            国家级遂宁经济技术开发区
            2021年中央对地方专项转移支付区域绩效目标自评表(市场监管经开区分局)
            2021年中央对地方专项转移支付区域绩效目标自评表
            填报类型:整体□  区域√  项目□
            单位名称 遂宁市市场监督管理局经开区分局 联系人及电话 田苗苗,15881923688
            预算
            执行
            情况
            (万元)
             转移支付预算数(A) 5.8万 预算执行率(B/A) 100%
             转移支付执行数(B) 5.8万
            年度
            目标
            完成
            情况
            预期目标 目标实际完成情况

             目标1:完成两品一械抽检工作
             目标2:加强两品一械企业监管力度
             目标3:加强培训,提高监管人员专业水平
             目标4:加强两品一械科普宣传力度

             目标1:配合完成抽检148个批次
             目标2:加强了两品一械企业监管力度
             目标3:提高监管人员专业水平,培训率达100%
             目标4:多次组织两品一械科普宣传活动



            一级
            指标
            二级指标 三级指标 指标值 完成值



            数量指标 指标1.药品抽验品种 ≥3 4
            指标2.化妆品抽验批次 ≥3 7
            指标3.医疗器械抽验批次 ≥2 3
            指标4.药品监管企业数 ≥124 253
            指标5.化妆品监管企业数 ≥290 311
            指标6.医疗器械监管企业数 ≥21 85
            指标7.药品监管人员人均培训学时 ≥90 96
            质量指标 指标1.药品抽检完成率 100% 100%
            指标2.化妆品抽验完成率 100% 100%
            指标3.医疗器械抽验完成率 100% 100%
            指标4.不合格产品处置率
            指标5:药品不良反应每百万人口报告数 ≥150 150
            指标6.化妆品不良反应每百万人口报告数 ≥10 10
            指标7.医疗器械不良应每百万人口报告数 ≥30 30
            指标8.培训人员覆盖率 100% 100%
            时效指标 任务完成时间 2021年底 2021年底
            成本指标 指标1.培训成本 400元/人、天 180元/人、天
            指标2.药品抽验平均标准
            指标3.化妆品抽验平均标准
            效益指标 社会效益
            指标
            指标1.“两品一械”总体安全

            """
        let document = try Self.read(text, named: "遂宁经开区市场监管.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 5.8 && project.indicators.count == 20)
        #expect(project.name == "2021年中央对地方专项转移支付区域绩效目标自评表")
        let names = project.indicators.map(\.nameAsWritten)
        #expect(names.contains("指标2.药品抽验平均标准") && names.contains("指标3.化妆品抽验平均标准"))
        #expect(project.indicators.first { $0.nameAsWritten == "指标2.药品抽验平均标准" }?.valueAsWritten == "")
        #expect(project.indicators.first { $0.nameAsWritten == "指标1.培训成本" }?.valueAsWritten == "400元/人、天")
    }

    /// A real district form (南岳区, 2020) titled a department's self-evaluation
    /// (`2020年忠烈祠免费开放经费236.25万元部门整体支出绩效自评表`) is the department's, named for it;
    /// with no total but its 财政拨款 (236), the budget is its funds', said, as for a project's form.
    @Test func aDepartmentsSelfEvaluationTakesItsBudgetFromItsFunds() throws {
        let text = """
            2020年忠烈祠免費開放經費236.25萬整體支出績效自評表
            發布時間:2021年02月03日 12:48
            來源:11
            作者:
            2020年忠烈祠免費開放經費236.25萬元部門整體支出績效自評表 |
            |
            |
            |
            |
            |
            |
            |
            單位名稱 | 南岳區民族宗教事務局 | 單位負責人及電話 | 郭剛毅13975405091 |
            主管部門 | 南岳區民族宗教事務局 | 實施單位 | 南岳區民族宗教事務局 |
            資金情況(萬元) | | 年初預算資金總額: | 實際投入資金額 | 產生差異的原因 |
            合計 | 236 | 236 | |
            其中:財政撥款 | 236 | 236 | |
            其他資金 | | | |
            總體目標 | 年度目標 | 年度總體目標完成情況 |
            認真完成年度各項工作任務,,做好日常運轉經費及臨聘人員工資的發放 | 通過文物保護專項經費的支出,,促進文化遺產的保護,,從而有利於當地旅遊業的發展與當地經濟結構的調整;通過文物內含的傳統文化,,教育,、影響人民大眾,;通過營造的文化氛圍,,促進社區文化環境的提升;最後通過文化景觀,、傳統建築的保護達到可持續影響的效益 |
            績效指標 | 一級指標 | 二級指標 | 三級指標 | 指標值 | 全年實際完成值 | 產生差異的原因及改進措施 |
            產出指標 | 數量指標 | 管理忠烈祠面積 | =230畝 | =230畝 | |
            忠烈祠免費開放 | =365天 | =365天 | |
            聘用講解員,、綜治隊員以及物業管理人員 | 32人 | 32人 | |
            質量指標 | 忠烈祠保護合格率 | =100% | =100% | |
            時效指標 | 2020年12月完成 | =95% | =95% | |

            """
        let document = try Self.read(text, named: "南岳区忠烈祠.txt")
        let project = try #require(document.projects.first)
        #expect(project.kind == .departmentWhole && project.name == "南岳区民族宗教事务局部门整体支出")
        #expect(project.budget == 236 && project.indicators.count == 5)
        #expect(document.findings.contains { $0.rule == RuleID.budgetFromFunds && $0.message.contains("236") })
    }

    /// A real city's project form (临海, 绿化养护经费) with an indicator table of two levels
    /// (`指标类型 | 指标名称 | 指标值 | 指标描述`): each row's level 2 is its indicator's name
    /// (`产出指标 | 数量指标 | 375万平方米 | …`), targets with no number (`全年`, `是`) are targets,
    /// the template's own keys (项目编号, 项目联系人 …) end the name before them, and its
    /// `最近年度绩效评价情况` row under the table ends the table.
    @Test func aTableOfTwoLevelsNamesItsIndicatorsByTheirLevelTwo() throws {
        let text = """
            项目名称: | 绿化养护经费 | 项目编号: |
            |
            项目联系人: | 汤义青 | 联系电话: | 13867656030 |
            对应一级项目 | 城市基础设施配套费 | 项目功能科目 | 其他城市基础设施配套费安排的支出 |
            项目类型: | 其他运转类: □专项运转类□信息化维护类 特定目标类:□重大活动类 □基建类 □信息网络购建类 □发展建设类 |
            项目属性: | 新增□ 延续□ 往年备选□ | 重要程度: | 重要工作□ 一般工作□ |
            项目口径: | 经常性□ 阶段性□ 一次性□ | 项目期限: | 全年 |
            项目主要内容、立项依据 | 立项依据 | 根据历年支出情况及养护外包投标情况 |
            主要内容 | 市区绿化分成六个标段承包,绿地性质有道路、广场、公园、河道等 |
            项目实施计划 | 绿化养护及配套设施设立、维修等 |
            项目绩效目标 | 绩效目标 总体描述 | 完成我市建成区的绿化养护工作,改善了城市生态环境,提升城市品位,提高人民群众满意度,保障绿化养护的稳定正常运行,促进城市园林绿化事业的发展。 |
            指标类型 | 指标名称 | 指标值 | 指标描述 |
            产出指标 | 数量指标 | 375万平方米 | 完成全市375万平方米的绿地养护、维护等 |
            质量指标 | 100% | 达到绿化绿地全覆盖 |
            时效指标 | 全年 | 全年 |
            效益指标 | 社会效益指标 | 是 | 满足市民生存环境的需求 |
            生态效益指标 | 是 | 改善城市生态环境,保持生态平衡、保护自然环境 |
            可持续性发展影响指标 | 是 | 保障绿化养护的稳定正常运行,促进城市园林绿化事业的发展,形成绿化系统 |
            满意度指标 | 服务对象或受益者满意度指标 | ≥95% | 服务对象对于绿化的养护及配套设施的维护满意率应该在95%以上 |
            最近年度绩效评价情况 | 优秀□ 良好□ 合格□ 不合格□未评价□ | 附上一年度评价报告列示的主要问题 (项目库里直接录

            """
        let document = try Self.read(text, named: "临海绿化养护.txt")
        let project = try #require(document.projects.first)
        #expect(project.name == "绿化养护经费" && project.indicators.count == 7)
        let first = try #require(project.indicators.first)
        #expect(first.nameAsWritten == "数量指标" && first.valueAsWritten == "375万平方米" && first.level2Label == "数量指标")
        #expect(project.indicators.map(\.valueAsWritten) == ["375万平方米", "100%", "全年", "是", "是", "是", "≥95%"])
        #expect(project.indicators.last?.nameAsWritten == "服务对象或受益者满意度指标")
        #expect(!project.indicators.contains { $0.nameAsWritten.contains("绩效评价情况") })
    }

    /// A real district self-evaluation of a central transfer (安居区 食品监管, 2021) copied one cell a
    /// line: its outcome column titled `实际完成指标值`, each row's score in a column the copy left
    /// untitled (`已完成 | 已完成 | 5`: kept, no indicator named `5`), and outcomes written as their
    /// targets (`逐步提高 | 逐步提高`: no indicator named `逐步提高`).
    @Test func aSelfEvaluationOneCellALineWithAnUntitledScoreColumn() throws {
        let text = """
            政府信息公开

            食品监管补助资金区域绩效目标自评表

            来源:安居区市场监管局 发布时间:2022-08-15 18:21 浏览次数: 字体: [ ] 打印

            食品监管补助资金区域绩效目标自评表

            专项名称

            食品监管补助资金

            中央主管部门

            市场监管总局

            自评得分

            省级财政部门

            四川省财政厅

            省级主管部门

            四川省市场监管局

            100

            预算执行情况

            预算数:

            2.38

            执行数:

            2.38

            20

            其中:中央补助

                  2.38  万元

            其中:中央补助

                2.38万元



            地方资金/其他

            万元

            地方资金/其他

            万元



            年度目标完成情况

            预期目标

            目标实际完成情况

            20

            目标1:深入开展食品风险隐患排查整治。

            目标1:深入开展食品风险隐患排查整治。



            目标2:加大违法行为打击力度。

            目标2:加大违法行为打击力度。

            目标3:加强基层监管人员监管业务培训。

            目标3:加强基层监管人员监管业务培训。

            目标4:加大食品安全宣传力度。

            目标4:加大食品安全宣传力度。  

            年度绩效指标完成情况

            一级指标

            二级指标

            三级指标

            年度指标值

            实际完成指标值

            50

            产出指标

            质量指标

            指标1:食品安全监管人员培训

            已完成

            已完成

            5

            指标2:违法案件查办率

            100%

            100%

            4

            指标3:食品经营环节风险分级

            100%

            100%

            5

            指标4:开展食品安全宣传周等科普宣传活

            已完成

            已完成

            3

            指标5:进口冷链食品新冠肺炎疫情应急处置示范演练

            已完成

            已完成

            3

            指标6:食品安全投诉举报处置率

            100%

            100%

            3

            时效指标

            指标1:食品监管专项工作整体完成时间

            2021年12月31日

            2021年12月31日

            5

            效益指标

            社会效益指标

            指标1:辖区内与补助资金相关的重大食品安全监管责任事故发生数

            0次

            0次

            3

            指标2:辖区内公众食品安全科普知识素养

            逐步提高

            逐步提高

            3

            可持续影响指标

            指标1:技

            """
        let document = try Self.read(text, named: "安居区食品监管.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 2.38 && project.indicators.count == 10)
        #expect(!project.indicators.contains { Double($0.nameAsWritten) != nil || $0.nameAsWritten == "已完成" || $0.nameAsWritten == "逐步提高" })
        let training = try #require(project.indicators.first)
        #expect(training.nameAsWritten == "指标1:食品安全监管人员培训" && training.valueAsWritten == "已完成")
        #expect(training.otherColumns.contains("其他=5"))
        let literacy = try #require(project.indicators.first { $0.nameAsWritten == "指标2:辖区内公众食品安全科普知识素养" })
        #expect(literacy.valueAsWritten == "逐步提高")
    }

    /// A real county's transfer target form (汉阴县 普惠金融, 2022) one cell a line: the page says
    /// `单位:元` over the form while its funds say `资金情况` / `(万元)`; the amounts are read in the
    /// funds' own unit (112 万元, not 0.01), said (`money.units-differ`); and its level 1 written
    /// down a merged cell a character a line (`产` / `出` / `指` / `标`) is 产出指标, not its short 产出.
    @Test func theFundsOwnUnitOverAPagesUnitLine() throws {
        let text = """
            汉阴县财政局关于下达2022年第二批中、省普惠金融发展专项资金的通知
            汉财社字〔2022〕33号
            索引号: | xzfgzbmxzfxgbm-GK-2022-0164 | 发布日期: | 2022-04-01 10:29 |
            来源: | 县财政局 | ||
            内容概述: | 汉阴县财政局关于下达2022年第二批中、省普惠金融发展专项资金的通知 |
            该项直达资金标识为“01中央直达资金”,贯穿资金分配、拨付、使用等整个环节,且保持不变。请你局按照陕财办[2019]69号文件有关规定,切实加强专项资金使用管理,加大信息公开力度,确保专项资金拨付有关单位,不得挤占挪用资金,确保贴息资金专款专用,形成有效支出,在组织预算执行中对照区域绩效目标做好绩效管理,确保年度绩效目标如期实现,提高贴息资金的使用效益。
            附件:2022年第二批中、省普惠金融发展专项资金绩效目标表
            2022年4月1日
            附件
            2022年第二批中、省普惠金融发展专项资金绩效目标表
            (2022年度)
            单位:元
            专项名称
            普惠金融发展专项资金
            市级主管部门
            市人力资源和社会保障局
            县级财政部门
            汉阴县财政局
            县级主管部门
            汉阴县人力资源和社会保障局
            资金情况
            (万元)
            年度金额
            112
            其中:中央补助
            40
            地方资金
            72
            年度总体目标
            目标1:支持农村金融组织体系建设,扩大农村金融服务覆盖面。
            目标2:支持劳动者自主创业、自谋职业,推动解决特殊困难群体困难群体的结构性就业矛盾。
            绩 效 指 标
            一级
            指标
            二级指标
            三级指标
            指标值
            产
            出
            指
            标
            数量指标
            本年度创业担保贷款发放额
            4000万元
            质量指标
            创业担保贷款回收率
            ≥90%
            资金足额拨付率
            100%
            地方配套资金到位率
            100%
            效益
            指标
            经济效益指标
            创业担保基金放大倍数
            ≥2倍
            社会效益指标
            金融机构网点覆盖率
            ≥60%
            满意度指标
            服务对象
            满意度
            指标
            申报定向费用补贴金融机构满意度
            ≥80%

            """
        let document = try Self.read(text, named: "汉阴县普惠金融.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 112 && project.indicators.count == 7)
        #expect(document.findings.contains { $0.rule == RuleID.moneyUnitsDiffer })
        #expect(project.indicators.first?.level1Label == "产出指标" && project.indicators.first?.valueAsWritten == "4000万元")
    }

    /// A real city school's self-evaluation (黄石, 校园维修改造 2023) one cell a line: its column
    /// titles lost their brackets' ends (`年初目标值(A`, `实际完成值(B`: titles with their marks),
    /// and its closing rows broken over lines (`偏差大或` / `目标未完成` / `原因分析`, `改进措施及` /
    /// `结果应用方案`) end the table.
    @Test func aSelfEvaluationWithItsMarksCutAndItsClosingRowsBroken() throws {
        let text = """
            #vsb_content_2
            首页 >> 正文

            黄石三中2023年度市级部门项目自评表

            发布日期:2024-06-16    作者:     来源:     点击:        

            附件:

            2023年度校园维修改造及设备购置项目自评表

            项目单位(盖章):黄石市第三中学 主要领导签字:

            填报日期:2024年6月14

            项目名称

            校园维修改造及设备购置 

            主管部门

            黄石市教育局

            项目实施单位

            黄石市第三中学

            项目类别

            1、部门预算项目   2、市直专项

            项目属性

            1、持续性项目   2、新增性项目

            项目类型

            1、常年性项目   2、延续性项目      3、一次性项目

            预算执行情况(万元)

            20分)


            预算数(A)

            执行数B)

            执行率B/A)

            年度财政资金总额

            800万元

            800万元

            100%

            年度绩效目标

            98分)

            一级指标

            二级指标

            三级指标

            年初目标值(A

            实际完成值(B

            产出指标

            数量指标

            完成校园维修改造及设备购置项目

            800万元

            800万元

            质量指标

            校园维修改造及设备购置合格率

            100%

            100%

            成本指标

            本年预算安排800万元

            100%

            100%

            时效指标

            2023年项目完工、投入使用

            100%

            100%

            效益指标

            社会效益指标

            保障校园环境安全、教学工作正常运转

            良好

            良好

            可持续影响指标

            建设平安校园,满足教师和学生生活、学习的需要

            ≥95%

            ≥95%

            满意度指标

            具体指标

            教师满意度

            ≥95%

            ≥95%

            具体指标

            学生满意度

            ≥95%

            ≥95%

            偏差大或

            目标未完成

            原因分析

            改进措施及

            结果应用方案

            备注:

            1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。涉及政府采购的项目支出要设置相关绩效指标反映政府采购管理情况。

            2.基于经济性和必要性等因素考虑,满意度指标暂可不作为必评指标。

            3.涉及政府采购的项目支出应设置相关政府采购

            """
        let document = try Self.read(text, named: "黄石校园维修.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 800 && project.indicators.count == 8)
        #expect(document.rejected.isEmpty)
        #expect(project.indicators.first?.valueAsWritten == "800万元" && project.indicators.first?.otherColumns.contains("800万元") == true)
        #expect(!project.indicators.contains { $0.nameAsWritten.hasPrefix("(") || $0.nameAsWritten.contains("偏差") || $0.nameAsWritten.contains("改进措施") })
        #expect(project.indicators.last?.nameAsWritten == "学生满意度")
    }

    /// A real city approval form (黄石市委党校, 2022) whose target title is divided into two titles
    /// naming their years (`2021年实际实现值 | 预期2022年实现值`: a title with its year is the title),
    /// and whose sign-off cells leave a date to be written (`财政资金管理科室(盖章) 年 月 日`) under
    /// the table: neither is an indicator.
    @Test func titlesNamingTheirYearsAndASignOffWithItsBlankDate() throws {
        let text = """
            项目支出绩效目标批复表 | ||||||
            (2022年度) | ||||||
            项目名称 | 主体班 | 项目负责人 | ||||
            项目金额 | 164万元 | 其中:当年市级财政资金 | 132万元 | |||
            项目主管部门 | 实施单位 | 中共黄石市委党校 | ||||
            项目属性 | 持续性项目■ 新增性项目口 | 项目期 | 2022年 | |||
            年度绩效目标(文字) | 主体班培训280人次;邀请校外名师、领导授课25人次;情景教学或外训批次6批次;开设课程数量220门;高质量完成干部教育培训工作。 | |||||
            绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标标准或依据 | |
            2021年实际实现值 | 预期2022年实现值 | |||||
            数量指标 | 主体班培训人次 | 280人次 | ||||
            邀请校外名师、领导授课人次 | 25人次 | |||||
            情景教学或外训批次 | 6次 | |||||
            理论教育和党性教育课时比例 | 70% | |||||
            产出指标 | 开设课程数量 | 220 | ||||
            质量指标 | 培训完成率 | 100% | ||||
            邀请校外名师、领导授课完成率 | 100% | |||||
            情景教学或外训完成率 | 100% | |||||
            理论教育和党性教育课时比例完成率 | 100% | |||||
            课程数量达标率 | 100% | |||||
            时效指标 | 及时完成率 | 100% | ||||
            成本指标 | 成本控制率 | 100% | ||||
            满意度指标 | 服务对象满意度指标 | 培训学员对培训效果满意度 | ≥95% | |||
            财政资金管理科室(盖章) 年 月 日 | 财政绩效管理科室(盖章) 年 月 日 |

            """
        let document = try Self.read(text, named: "黄石党校主体班.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 164 && project.indicators.count == 13)
        #expect(project.indicators.first?.nameAsWritten == "主体班培训人次" && project.indicators.first?.valueAsWritten == "280人次")
        #expect(project.indicators.last?.nameAsWritten == "培训学员对培训效果满意度" && project.indicators.last?.valueAsWritten == "≥95%")
        #expect(!project.indicators.contains { $0.nameAsWritten.contains("实现值") || $0.nameAsWritten.contains("盖章") })
    }

    /// A real county school's form (临邑县, 2025) one cell a line: its money unit on the funds' key
    /// (`项目资金申请(万元)`: no money.unit-missing), and the site's footer links under the table
    /// (`内容保障 | 公务邮箱`) no 备注 of the last row.
    @Test func theFundsKeysUnitAndASitesFooterLinks() throws {
        let text = """
            临邑县人民政府
            logo
            您所在的位置 > 临邑县师范附属小学 > 预决算信息 > 临邑县师范附属小学项目支出目标申报表 (2025年度)
            临邑县师范附属小学项目支出目标申报表 (2025年度)
            信息来源:临邑县师范附属小学 发布时间:2025-12-25

            项目支出目标申报表 

              (2025年度)

            项目名称

            小学教育公用经费

            项目主管部门

            临邑县师范附属小学

            项目资金申请(万元)

                      资金总额:

            438.768

                          财政拨款:

            438.768

                          其他:



            项目总体情况

            根据鲁财科教(2024)67号文件,小学教育公用经费每生每年780元,县级财政负担20%计,主要用于学校教学与管理、校舍维修维护及日常办公等。

            一级

            二级

            三级

            年度数值

            备注

            产出值

            数量值

            小学就读人数

            <=6962人



            质量值

            教学条件改善、办学水平提高

            =100%



            时效值

            教育均衡化发展

            有效



            成本值

            义务教育小学生均公用经费

            780元/生/年



            效益值

            经济效益值

            经费有效使用情况

            =100%



            社会效益值

            教学质量提高、办学条件改善

            =100%



            生态效益值

            安全情况

            有效



            可持续影响值

            学生受益情况

            =100%





            内容保障 | 公务邮箱

            临邑县人民政府主办  临邑县人民政府办公室承办

            地址:山东省德州市临邑县广场大街111号  网站监督电话:0534-4366343  邮箱:lyxfbxxzx@dz.shandong.cn

            鲁ICP备06032897号  鲁公网安备37142402000014  政府网站标识码:3714240016

            """
        let document = try Self.read(text, named: "临邑县小学公用经费.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 438.768 && project.indicators.count == 8)
        #expect(!document.findings.contains { $0.rule == RuleID.moneyUnitMissing })
        #expect(project.indicators.last?.nameAsWritten == "学生受益情况" && project.indicators.last?.otherColumns == "")
    }

    /// A real township self-evaluation (杨楼镇, 2023) with its cells one space apart and its weight
    /// column before the targets (`分值 | 年度指标值 | 全年实际值 | 得分`): a group's row holding only
    /// its weight and score (`★补助各类粮食作物种植面积 10 10`, its targets on the rows under it) takes
    /// them as weight and score, not as a target of 10.
    @Test func aGroupRowsWeightAndScoreWhereTheWeightStandsFirst() throws {
        let text = """
            信息分类: 内容分类: 行业扶贫相关财政资金和县域结对帮扶财政支援资金使用情况
            发文日期: 2023-09-28 10:42:51 生成日期: 2023-09-28 10:42:51
            生效时间: 废止时间:
            发布机构: 杨楼镇人民政府 文  号:
            名  称: 2023年杨楼社区特色种养殖补贴到户项目资金使用情况
            词:

            2023年杨楼社区特色种养殖补贴到户项目资金使用情况

            发表时间:2023-09-28 10:42信息来源:杨楼镇人民政府作者:杨楼镇阅读人次: 字体:[    ] 保护视力色:
            项目名称 2023年杨楼社区特色种养殖补贴到户项目 项目负责人及电话 黄蓓蓓0557-5271001
            主管部门 县农业农村局 实施单位 杨楼镇人民政府
            资金情况
            (万元)
            全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
            年度资金总额: 8.408 8.408 10 100.00% 10
            其中:本年财政拨款 8.408 8.408 10 100.00% 10
                  其他资金 0 0
            年度总体目标 年初设定目标 年度总体目标完成情况综述
             以产业补助的形式对64户脱贫户进行补助,鼓励发展特色产业,激发脱贫人口内生动力,增加脱贫户收入10.9304万元。 落实64户特色种养业奖补政策,增加脱贫户家庭收入10.9304万元
            绩效指标 一级
            指标
            二级指标 三级指标 分值 年度指标值 全年实际值 得分 未完成原因及拟采取的改进措施




            (50分)
            数量指标 ★补助各类粮食作物种植面积 10 10
                    红薯种植面积 5.5亩 5.5亩
            ★补助各类瓜果蔬菜种植面积 10 10
                     梨树种植面积 6亩 6亩
                    桃种植面积 1亩 1亩
                    葡萄种植面积 4.5亩 4.5亩
                    苹果种植面积 4.7亩 4.7亩
            ★补助家畜家禽养殖数量 10 10
                    猪养殖数量 80头 80头
                    牛养殖数量 3头 3头
                    鸡养殖数量 500只 500只
                    羊养殖数量 283只 283只
            质量指标 ★种植作物成活率 10 9

            """
        let document = try Self.read(text, named: "杨楼镇特色种养殖.txt")
        let project = try #require(document.projects.first)
        // The 12 rows shown and the last, ended by its line break here.
        #expect(project.indicators.count == 13)
        let group = try #require(project.indicators.first)
        #expect(group.nameAsWritten == "★补助各类粮食作物种植面积" && group.valueAsWritten == "" && group.weightAsWritten == "10")
        #expect(project.indicators[1].nameAsWritten == "红薯种植面积" && project.indicators[1].valueAsWritten == "5.5亩")
    }

    /// 蔡甸区's 森林防火 self-evaluation (2021), a document site's preview in traditional
    /// characters with their readings, glued.
    static let caidianPage = """
        下載本文檔
        版權(quán)說明:本文檔由用戶提供并上傳,收益歸屬內(nèi)容提供方,若內(nèi)容存在侵權(quán),請進(jìn)行舉報(bào)或認(rèn)領(lǐng)
        文檔簡介
        2021年度區(qū)級森林防火專項(xiàng)經(jīng)費(fèi)項(xiàng)目績效自評表單位名稱:蔡甸區(qū)園林和林業(yè)局填報(bào)日期:2022年3月22日項(xiàng)目名稱區(qū)級森林防火專項(xiàng)經(jīng)費(fèi)主管部門區(qū)園林和林業(yè)局項(xiàng)目實(shí)施單位區(qū)園林和林業(yè)局預(yù)算執(zhí)行情況(萬元)資金來源預(yù)算數(shù)(A)執(zhí)行數(shù)(B)執(zhí)行率(B/A)一般預(yù)算內(nèi)撥款6363100%合計(jì)6363100%年度績效目標(biāo)完成情況一級指標(biāo)二級指標(biāo)三級指標(biāo)年初目標(biāo)值實(shí)際完成值未完成原因及改進(jìn)措施產(chǎn)出指標(biāo)產(chǎn)出數(shù)量滅火設(shè)備配備率100%1000件達(dá)成預(yù)期指標(biāo)監(jiān)控系統(tǒng)維護(hù)率100%5個(gè)達(dá)成預(yù)期指標(biāo)產(chǎn)出質(zhì)量森林火災(zāi)火因查明率不低于95%達(dá)成預(yù)期指標(biāo)森林火災(zāi)案件查處率不低于90%達(dá)成預(yù)期指標(biāo)產(chǎn)出時(shí)效森林火災(zāi)6小時(shí)內(nèi)撲滅率不低于95%達(dá)成預(yù)期指標(biāo)產(chǎn)出成本成本控制數(shù)(萬元)63達(dá)成預(yù)期指標(biāo)效益指標(biāo)社會效益重大森林火災(zāi)0起達(dá)成預(yù)期指標(biāo)公眾知曉度是否明顯提高是達(dá)成預(yù)期指標(biāo)生態(tài)效益森林火災(zāi)受害面積小于0.9‰達(dá)成預(yù)期指標(biāo)經(jīng)濟(jì)效益人員傷亡事故0人次達(dá)成預(yù)期指標(biāo)可持續(xù)影響森林防火監(jiān)控設(shè)備的有效率90%達(dá)成預(yù)期指標(biāo)滿意度指標(biāo)社會公眾

        """

    /// A real district self-evaluation (蔡甸区 森林防火, 2021), a document site's preview in
    /// traditional characters with their readings, glued: its total glued to its execution and rate
    /// (`合計6363100%`: 63, 63, 100%) is 63 万元, not 6,363,100; its unit is the funds' label's
    /// (`預算執行情況(萬元)`).
    @Test func aTotalGluedToItsRateAndAnOutcomeWordGlued() throws {
        let document = try Self.read(Self.caidianPage, named: "蔡甸区森林防火.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 63)
        #expect(document.findings.contains { $0.rule == RuleID.cellSplitGuess && $0.message.contains("按执行率拆开") })
        #expect(!document.findings.contains { $0.rule == RuleID.moneyUnitMissing })
        let fire = try #require(project.indicators.first { $0.nameAsWritten == "森林火灾火因查明率" })
        #expect(fire.valueAsWritten == "不低于95%" && fire.otherColumns.contains("达成预期指标"))
        #expect(project.indicators.contains { $0.nameAsWritten == "重大森林火灾" && $0.valueAsWritten == "0起" })
    }

    /// A real city self-evaluation (保山市 春节走访慰问经费, 2022), a web table copied one cell a
    /// line, each cell closed by a bar and each row by a run of bars (`BarCellText`): read row by
    /// row, its budget is 预算数(A) 34.64, not the score 20 at its row's end; a text target
    /// (`按时限完成`, `小于5次` / `无上访`) stays in its row, never the next indicator's name; its
    /// total (`总分(100分) | 100 | 自评等级 | 优`) is no indicator.
    @Test func aWebTableWithEachCellClosedByABar() throws {
        let text = """
            附件1
            2022年度项目支出绩效自评表
            单位名称:保山市退役军人事务局 填报日期:2023年4月6日
            项目名称
            |
            春节走访慰问经费
            |
            ||||||||
            主管部门
            |
            保山市退役军人事务局
            |
            项目实施单位
            |
            保山市退役军人事务局
            |
            ||||||
            项目类别
            |
            1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □
            |
            ||||||||
            项目属性
            |
            1、持续性项目 R 2、新增性项目 □
            |
            ||||||||
            预算执行情况(万元)
            (20分)
            |
            |
            预算数(A)
            |
            执行数(B)
            |
            执行率(B/A)
            |
            得分
            (20分*执行率)
            |
            ||||
            年度财政资金总额
            |
            34.64
            |
            34.64
            |
            100%
            |
            20
            |
            |||||
            年度绩效目标
            (80分)
            |
            一级指标
            |
            二级指标
            |
            三级指标
            |
            年初目标值(A)
            |
            实际完成值(B)
            |
            得分
            |
            |||
            产出指标(60分)
            |
            数量指标
            |
            慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人。
            |
            100%
            |
            100%
            |
            20
            |
            ||||
            质量指标
            |
            补助经费足额拨付率
            |
            100%
            |
            100%
            |
            20
            |
            |||||
            时效指标
            |
            春节前完成走访慰问
            |
            按时限完成
            |
            100%
            |
            20
            |
            |||||
            |
            |
            |
            |
            |
            |||||
            效益指标(10分)
            |
            社会效益指标
            |
            全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生
            |
            小于5次
            |
            无上访
            |
            10
            |
            ||||
            |
            |
            |
            |
            |
            |||||
            满意度指标(10分)
            |
            服务对象满意度指标
            |
            重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率
            |
            100%
            |
            100%
            |
            10
            |
            ||||
            |
            |
            |
            |
            |
            |||||
            总分(100分)
            |
            100
            |
            自评等级
            |
            优
            |
            ||||||
            偏差大或
            目标未完成
            原因分析
            |
            无
            |
            ||||||||
            改进措施及
            结果应用方案
            |
            无
            |
            备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。
            2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权

            """
        let document = try Self.read(text, named: "保山市春节走访慰问.txt")
        let project = try #require(document.projects.first)
        #expect(project.name == "春节走访慰问经费" && project.budget == 34.64)
        #expect(project.indicators.map(\.nameAsWritten) == [
            "慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人。",
            "补助经费足额拨付率", "春节前完成走访慰问",
            "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生",
            "重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率"])
        let onTime = project.indicators[2]
        #expect(onTime.valueAsWritten == "按时限完成" && onTime.otherColumns.contains("100%") && onTime.level2Label == "时效指标")
        #expect(project.indicators[3].valueAsWritten == "小于5次" && project.indicators[3].otherColumns.contains("无上访"))
        #expect(document.rejected.isEmpty)
        // Each row's position is the line its first cell stands on.
        #expect(project.indicators[1].source.line == 82)
    }

    /// A real city self-evaluation (黄石市 海绵城市 申报工作经费, 2022), rows a line with ` | `
    /// between cells: a target written as its name in a full row (`统筹海绵城市项目谋划 |
    /// 统筹海绵城市项目谋划 | 完成 | 10`) is the target, no merged cell's span; the template's level 2
    /// worded as its level 1 (`满意度指标 | 满意度指标`) is the level 2, placed as the level 1's
    /// only one (服务对象满意度指标); `总分 | 99.55分` is no indicator.
    @Test func aTargetWrittenAsItsNameAndALevelTwoAsItsLevelOne() throws {
        let text = """
            2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表
            项目名称 | 黄石市系统化全域海绵城市示范城市的申报工作经费 | ||||||||
            主管部门 | 黄石市住房和城乡建设局 | 项目实施单位 | 黄石市住房和城乡建设局 | ||||||
            项目类别 | 1、部门预算项目 ☑ 2、市直专项 | ||||||||
            项目属性 | 1、持续性项目 ☑ 2、新增性项目 □ | ||||||||
            项目类型 | 1、常年性项目 □ 2、延续性项目 ☑ 3、一次性项目 □ | ||||||||
            预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||
            年度财政资金总额 | 200 | 195.5 | 97.75% | 19.55 | |||||
            年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||
            产出指标 | 数量指标 | 完成省级宣传片制作;完成实施方案的编制;完成自评估报告 | 完成1部宣传片,2套方案 | 完成1部宣传片,2套方案 | 10 | ||||
            质量指标 | 通过专家评审 | 通过 | 通过 | 10 | |||||
            时效指标 | 上半年完成宣传片制作;下半年完成实施方案 | 6月份完成宣传片制作;9月份完成文本;11月完成专家评审 | 完成 | 10 | |||||
            成本指标
            | 省级宣传片制作费、申报文本编制费、自评估报告编制费 | 200万 | 195.5万元 | 10 | |||||
            效益指标 | 经济效益 指标 | 统筹海绵城市项目谋划 | 统筹海绵城市项目谋划 | 完成 | 10 | ||||
            社会效益 指标 | 指导城市建设 | 指导城市建设 | 完成 | 10 | |||||
            生态效益 指标 | 有利于城市生态、韧性发展 | 有利于城市生态、韧性发展 | 完成 | 10 | |||||
            满意度指标 | 满意度指标 | 群众满意度 | 满意 | 完成 | 10 | ||||
            总分 | 99.55分 | ||||||||
            偏差大或 目标未完成 原因分析 | 2022年12月,第三方咨询单位已编制完成海绵城市自评估报告,并通过专家评审,根据合同

            """
        let document = try Self.read(text, named: "黄石市海绵城市.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 200 && project.indicators.count == 8)
        let planning = try #require(project.indicators.first { $0.nameAsWritten == "统筹海绵城市项目谋划" })
        #expect(planning.valueAsWritten == "统筹海绵城市项目谋划" && planning.otherColumns.contains("实际完成值(B)=完成"))
        let satisfaction = try #require(project.indicators.last)
        #expect(satisfaction.nameAsWritten == "群众满意度" && satisfaction.level1Label == "满意度指标" && satisfaction.level2Label == "满意度指标")
        let framework = try Framework.load(path: Fixtures.path("Data/framework.yaml"))
        let placed = framework.place(level1: satisfaction.level1Label, level2: satisfaction.level2Label)
        #expect(placed.level2 == "服务对象满意度指标" && placed.problem == nil)
        // A level 1 with several level 2s, written twice, still lacks its level 2.
        #expect(framework.place(level1: "产出指标", level2: "产出指标").problem?.rule == RuleID.labelLevel2Missing)
    }

    /// A real city form (淮北市 农村文化建设配套补助经费, 2025), one cell a line, each cell ending in
    /// ` |`: `满意度指标` / `满意度指标` / `项目受益人满意程度` is level 1 and level 2, no row that
    /// lost its level 2.
    @Test func aLevelTwoWordedAsItsLevelOneOneCellALine() throws {
        let text = """
            淮北市文化旅游体育局2025年“农村文化建设配套补助经费”项目资金投入情况
            “农村文化建设配套补助经费”项目。
            (1)项目概述。做好送戏进万村,满足人民日益增长的文化需求。
            (2)立项依据。文化惠民工程实施方案
            (3)实施主体。淮北市文化旅游体育局
            (4)起止时间。2025年1月-12月
            (5)项目内容。文化惠民工程,主要用于送戏进万村,按照明年的任务70个行政村,每村4400元,市级需配套704元/村。
            (6)年度预算安排。农村文化建设配套补助经费预算安排5万元
            (7)绩效目标。
            项目支出绩效目标表 |
            ||||||
            (2025年度) |
            ||||||
            项目名称 |
            农村文化建设配套补助经费 |
            |||||
            主管部门及代码 |
            [077]淮北市文化旅游体育局 |
            实施单位 |
            淮北市文化旅游体育局 |
            |||
            项目来源 |
            本级申报项目 |
            项目期 |
            1年 |
            |||
            项目资金 |
            年度资金总额: |
            5.00 |
            ||||
            其中:财政拨款 |
            5.00 |
            |||||
            上年结转 |
            0.00 |
            |||||
            其他资金 |
            0.00 |
            |||||
            年度 |
            文化惠民工程,主要用于送戏进万村,按照明年的任务70个行政村,每村4400元,市级需配套704元/村。 |
            |||||
            绩 |
            一级 |
            二级指标 |
            三级指标 |
            指标值 |
            ||
            产出指标 |
            数量指标 |
            开展送戏进万村 |
            ≥70村 |
            |||
            质量指标 |
            送戏进万村活动完成率 |
            ≥95% |
            ||||
            时效指标 |
            项目完成时限 |
            2025年12月 |
            ||||
            成本指标 |
            项目金额 |
            5万元 |
            ||||
            效益指标 |
            经济效益指标 |
            项目实施是否产生经济价值 |
            否 |
            |||
            社会效益指标 |
            保障人民群众基本文化权益 |
            影响程度明显 |
            ||||
            生态效益指标 |
            是否对当地生态环境造成影响 |
            否 |
            ||||
            可持续影响指标 |
            对满足人民群众日益提高的文化需求的可持续影响 |
            长期 |
            ||||
            满意度指标 |
            满意度指标 |
            项目受益人满意程度 |
            ≥90% |
            |||

            """
        let document = try Self.read(text, named: "淮北市农村文化.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 5 && project.indicators.count == 9)
        let satisfaction = try #require(project.indicators.last)
        #expect(satisfaction.nameAsWritten == "项目受益人满意程度" && satisfaction.valueAsWritten == "≥90%")
        #expect(satisfaction.level1Label == "满意度指标" && satisfaction.level2Label == "满意度指标")
    }

    /// A real city approval form (阳泉市 “四好农村路”工作经费, 2021), rows a line with ` | `:
    /// `项目预算资金(万元) | 中期预算资金总额 | 年度预算资金总额 | 25` is 25 万元, the year's. It had
    /// been 0.00 with no warning: `项目预算` cut off as a key, its remnant `资金(万元)` read as 0 元.
    /// A budget key's remnant with no amount, where a later budget key has one, is passed over.
    @Test func aBudgetRowOfKeysOverTheYearsAmount() throws {
        let text = """
            时间:2021-04-22
            大
            中
            小
            来源:
            山西省阳泉市市级预算部门(单位)项目支出绩效目标申报表 | |||||||
            2021年 | |||||||
            项目名称 | “四好农村路”、“三个一号旅游路”工作经费 | ||||||
            主管部门及代码 | 经济建设科 | 实施单位 | 阳泉市公路服务中心 | ||||
            项目属性 | 延续性项目(阶段开展) | 项目期限 | 3年 | ||||
            项目预算资金(万元) | 中期预算资金总额 | 年度预算资金总额 | 25 | ||||
            项目概况 | “四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批;进度督导检查、工程质量监督检查、工程安全运营检查;财务审计、工程竣工验收。 | ||||||
            立项依据 | 山西省人民政府晋政办发[2018]96号文件、阳泉市人民政府阳政办发[2017]103号文件、阳泉市人民政府办公厅会议专题纪要[2018]54号 | ||||||
            项目设立必要性 | “四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批;进度督导检查、工程质量监督检查、工程安全运营检查;财务审计、工程竣工验收。 | ||||||
            保证项目实施的制度、措施 | 山西省人民政府晋政办发[2018]96号文件、阳泉市人民政府阳政办发[2017]103号文件、阳泉市人民政府办公厅会议专题纪要[2018]54号 | ||||||
            项目实施计划 | “四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批需20万元;进度督导检查、工程质量监督检查、工程安全运营检查需20万元;财务审计、工程竣工验收需10万元,合计50万元。 | ||||||
            中期目标 | 年度目标 | ||||||
            总体目标 | “四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批;进度督导检查、工程质量监督检查、工程安全运营检查;专项资金财务跟踪检查、财务审计、工程竣工验收。 工程前期施工图设计批复 81个,建设里程巡查、质量

            """
        // The copy ends before the indicator table: the file fails, saying what it read.
        let document = try #require(Self.partial(text, named: "阳泉市四好农村路.txt"))
        let project = try #require(document.projects.first)
        #expect(project.name == "“四好农村路”、“三个一号旅游路”工作经费" && project.budget == 25)
        #expect(!document.findings.contains { $0.rule == RuleID.moneyUnitMissing || $0.rule == RuleID.budgetMissing })
        // A key the vocabulary has no word for, cut at a shorter one: its remnant is no budget.
        let cut = text.replacingOccurrences(of: "项目预算资金(万元) | 中期预算资金总额 | 年度预算资金总额 | 25", with: "项目预算经费(万元) | 年度预算 | 25")
        #expect(Self.partial(cut, named: "阳泉市四好农村路.txt")?.projects.first?.budget == 25)
    }

    /// What a form cut before its indicator table was read as (its file fails: `LoadError.partial`).
    static func partial(_ text: String, named name: String) -> CountyDocument? {
        do {
            return try read(text, named: name)
        } catch let error as LoadError {
            return error.partial.first
        } catch {
            return nil
        }
    }

    /// A real city form (芜湖市 特殊人群病种筛查经费, 2019), its keys a space apart: `项目总预算(万元)
    /// 75.00 项目当年预算(万元) 25.00` is 25 万元, the year's, not the three years' 75
    /// (`whole_period_budget_keys`); with no year's key the whole period's is the budget.
    @Test func theYearsBudgetBeforeTheWholePeriods() throws {
        let text = """
            2019年度芜湖市特殊人群病种筛查经费预算项目支出绩效目标申报明细表

            发布时间:2019-09-30 08:47信息来源: 芜湖市卫生健康委阅读次数: 字体:【  

            (2019年度)
            申报单位名称:(盖章)
                   项目名称 特殊人群病种筛查经费
                  项目类型    部门预算 □              切块预算 □
                  项目属性        延续项目                                新增项目   
            起始日期:2019年  1 月 1日 结束日期:  2021 年 12  月31日
            项目总预算(万元) 75.00      项目当年预算(万元) 25.00 
            项目资金来源情况(万元) 其中:上级财政补助资金 其中:同级财政资金 其他
            0.00  25.00  0.00 
            同名项目上年预算额 同名项目上年预算执行数
            项目绩效目标(含项目概况、设立依据、必要性及预期目标) 项目概况:用于开展特殊人群病种筛查工作。                                                                项目立项依据:《中华人民共和国传染病防治法》 等                                                 必要性:随着经济的高速发展和社会压力的加剧,我市导致突发公共卫生事件的危险因素持续存在,流动人口问题突出,区域性流行或跨区域传播风险并存,部分新发传染病传入我市的威胁和风险不容忽视,结核病、人感染H7N9流感等新老传染性疾病不断威胁人民群众身体健康,必须持续做好特殊人群病种的筛查监测等工作。                                                                     预期目标:贯彻落实党中央、国务院和省政府关于特殊人群疾病防治工作决策和部署,依法做好防控工作。

            """
        // The copy ends before the indicator table: the file fails, saying what it read.
        let project = try #require(Self.partial(text, named: "芜湖市病种筛查.txt")?.projects.first)
        #expect(project.name == "特殊人群病种筛查经费" && project.budget == 25)
        let onlyTotal = text.replacingOccurrences(of: "项目当年预算(万元) 25.00", with: "")
        #expect(Self.partial(onlyTotal, named: "芜湖市病种筛查.txt")?.projects.first?.budget == 75)
    }

    /// A real district self-evaluation report (岳阳市南湖新区 优抚, 2016), one cell a line: its
    /// budget is `计划安排资金` / `(万元)` / `170`, not what came or was spent (实际到位资金 170,
    /// 实际支出 179.6); it had been no budget.
    @Test func aReportsPlannedFundsAreItsBudget() throws {
        let text = """
            预算绩效管理

            岳阳市南湖新区财政支出项目绩效评价自评报告(优抚)

            编稿时间:2017-09-20 来源: 区财政局

            附件3-2

            岳阳市南湖新区财政支出项目绩效评价自评报告

            评价类型:项目实施过程评价□   项目完成结果评价■

            项目名称        优 抚

            项目单位     南湖新区民政局

            主管部门

            评价方式:部门(单位)绩效自评

            评价机构:部门(单位)评价组

            报告日期:2017 年7 月 15  日

            岳阳市南湖新区财政局(制)

            一、项 目 基 本 概 况

            项目负责人

            鲁明霞

            联系电话

            8328726

            项目地址

            南湖新区民政局

            邮  编

            414000

            项目起止时间

            2016年1月起至2016年12 月止

            计划安排资金

            (万元)

            170

            实际到位资金

            (万元)

            170

            实际支出

            (万元)

            179.6

            结余(万元)

            0

            其中:中央财政

            其中:中央财政

            其中:中央财政

            其中:中央财政

            省财政

            170

            省财政

            170

            省财政

            170

            省财政

            市财政

            市财政

            市财政

            市财政

            区财政

            区财政

            区财政

            区财政

            其它

            其它

            9.6

            其它

            9.6

            其它

            二、项目支出明细情况

            支出内容

            实际支出数

            会计凭证号

            备注

            上半年重点优抚对象补助

            67

            1月31日33号凭证2月29日12号凭证7月31日18号凭证

            优抚解三难

            9.1

            1月34、41号5月17、32号凭证6月39、43号7月15号、8月7、23号

            11月4、46号、12月75号凭证

            春节下拨优抚资金及慰问

            35.5

            1月25、27、28、29、31、41号、2月1号、9月27号凭证

            其他优抚支出

            62

            1月16号、7月17、20、21、22、23、24、25、26、27号、8月8、9号

            10月17号、11月10号凭证

            60岁老兵补助

            6

            1月49号、7月16号

            支出合计

            179.6

            三、项目绩效自评情况

            项目绩效定性目标及实施计划完成情况

            预  期 目 标

            实际完成

            项目绩效定量目标(指标)及完成情况

            一级指标

            二级指标

            指标内容

            指标(目标)值

            实际完成值

            项目

            """
        let document = try Self.read(text, named: "南湖新区优抚.txt")
        let project = try #require(document.projects.first)
        #expect(project.name == "优抚" && project.budget == 170)
        #expect(!document.findings.contains { $0.rule == RuleID.budgetMissing || $0.rule == RuleID.moneyUnitMissing })
    }

    /// A real district page (金安区 体育局, 2025) with two 项目支出绩效目标表 one after the other, one
    /// cell a line ending in ` |`: the second form's signing line under its title (`单位(盖章):`,
    /// whose `单位` is the unit column's word) is no table header, so the second form is a project
    /// of its own (安徽省常规赛费用, 1200 万元), not rows of the first's table (`项目责任人:` had been an
    /// indicator of the first, the second project lost).
    @Test func aSecondFormUnderItsTitleAndSigningLine() throws {
        let text = """
            |
            |
            项目支出绩效目标表 |
            (2025年度) |
            项目责任人: |
            |
            单位(盖章): |
            |
            项目名称 |
            2025金安国际网球公开赛(国际系列赛事) |
            主管部门及代码 |
            [042]六安市金安区体育局 |
            实施单位 |
            六安市金安区体育局 |
            项目来源 |
            本级申报项目 |
            项目期 |
            3年 |
            项目资金
            (万元) |
            年度资金总额: |
            1000.00 |
            其中:财政拨款 |
            1000.00 |
            其他资金 |
            0.00 |
            年度
            目标 |
            打造金安国际网球公开赛等一系列的品牌赛事,提升六安城市的知名度和美誉度。 |
            绩
            效
            指
            标 |
            一级
            指标 |
            二级指标 |
            三级指标 |
            指标值 |
            产出指标 |
            数量指标 |
            开展运动种类 |
            1种 |
            打造品牌赛事种类 |
            1种 |
            质量指标 |
            经费支出合规率 |
            100% |
            赛事完成率 |
            100% |
            时效指标 |
            完成时间 |
            2025年年底前 |
            成本指标 |
            项目总成本 |
            ≤1000万元 |
            效益指标 |
            经济效益指标 |
            提升六安城市知名度和美誉度,推动体育消费、“网球+”产业深度融合 |
            经济效益良好 |
            社会效益指标 |
            打造金安国际网球公开赛等系列品牌赛事,提升六安城市的知名度和美誉度。 |
            效果良好 |
            生态效益指标 |
            本项目不适用此指标 |
            无 |
            可持续影响指标 |
            打造金安国际网球
            公开赛等系列品牌赛事 |
            影响可持续 |
            满意度指标 |
            满意度指标 |
            群众满意度 |
            ≥95% |
            |
            |
            |
            |
            |
            |
            |
            |
            |
            |
            |
            项目支出绩效目标表 |
            (2025年度) |
            项目责任人: |
            |
            单位(盖章): |
            |
            项目名称 |
            安徽省常规赛费用 |
            主管部门及代码 |
            [042]六安市金安区体育局 |
            实施单位 |
            六安市金安区体育局 |
            项目来源 |
            本级申报项目 |
            项目期 |
            3年 |
            项目资金
            (万元) |
            年度资金总额: |
            1200.00 |
            其中:财政拨款 |
            1200.00 |
            其他资金 |
            0.00 |
            年度
            目标 |
            因财政资金紧张,结转2024年六运会项目资金 |
            绩
            效
            指
            标 |
            一级
            指标 |
            二级指标 |
            三级指标 |
            指标值 |
            产出指标 |
            数量指标 |

            """
        let document = try Self.read(text, named: "金安区体育局.txt")
        #expect(document.projects.map(\.name) == ["2025金安国际网球公开赛（国际系列赛事）", "安徽省常规赛费用"])
        #expect(document.projects.map(\.budget) == [1000, 1200])
        #expect(!document.projects[0].indicators.contains { $0.nameAsWritten.contains("责任人") })
        #expect(document.projects[0].indicators.last?.nameAsWritten == "群众满意度")
    }

    /// A real county self-evaluation (大英县 民政局 孤儿助学, a transfer), one cell a line, copied
    /// from a site's mobile page: its footer (`qrcode`, `手机扫码,畅快体验!`, `联系客服 … 返回顶部`)
    /// ends the table; it had been the last row's reason and an indicator of its own.
    @Test func aMobilePagesFooterEndsTheTable() throws {
        let text = """
            搜索
            大英新闻 首页 动态 公示公告 查看内容
            真正让“遂宁效率”成为“遂宁品牌”

            大英县民政局2022年度中央对地方转移支付项目绩效自评情况公示

            2023-6-30 14:55| 发布者: 大英县人民政府| 查看: 160| 评论: 0|来自: 大英县人民政府

            摘要: {"原始ID":"9fecca23432a41c597ebd626426be85b","发布时间":"2023年06月30日","发布者":"大英县人民政府","附件":[]}

            按照福利彩票“助残、救孤、济困”的发行宗旨,对已被认定为孤儿身份、年满18周岁后在普通全日制本科学校、普通全日制专科学校、高等职业学校等高等院校及中等职业学校就读的中专、大专、本科学生和硕士研究生发放助学金,确保顺利完成学业。

            按照“本人申请、乡镇(街道、福利机构)核实、民政部门确认”程序认定助学对象,按季发放助学金。

            绩效指标

            一级
            指标

            二级指标

            三级指标

            指标值

            全年实际完成值

            未完成原因和改进措施




            数量指标

            孤儿助学人数

            应助尽助

            9



            质量指标

            保障贫困孤儿完成学业

            100%

            100%



            时效指标

            按季发放助学金

            发放时间达标率

            100%



            成本指标

            助学金社会化发放率

            ≥95%

            100%



            资金执行率

            100%

            82%

            动态管理人员减少




            社会效益
            指标

            孤儿身份、年满18周岁后就学水平情况

            有所提升

            100%



            可持续影响指标

            助学制度

            进一步完善

            100%



            满意度指标

            服务对象
            满意度指标

            政策知晓率

            ≥90%

            ≥90%



            救助对象对社会救助实施的满意度

            ≥90%

            ≥90%



            qrcode
            手机扫码,畅快体验!
            联系客服 关注微信 下载APP 返回顶部

            """
        let document = try Self.read(text, named: "大英县孤儿助学.txt")
        let project = try #require(document.projects.first)
        let last = try #require(project.indicators.last)
        #expect(last.nameAsWritten == "救助对象对社会救助实施的满意度" && last.valueAsWritten == "≥90%")
        #expect(!last.otherColumns.contains("qrcode"))
        #expect(project.indicators.count == 9)
    }

    /// A real district regional form (陈仓区 林业草原生态保护恢复资金, 2021), one cell a line ending
    /// in ` |`, each row ended by a run of bars: a name whose value the form left empty (`…参保人数(人) |`
    /// / `||`) ends its row at the run, so the next name is no value of it (two rows had taken the
    /// next names as targets, three rows read as two); 区级财政部门 and 区级林业主管部门 are keys, so
    /// the name stops before them.
    @Test func aRowEndedByARunOfBarsWithItsValueEmpty() throws {
        let text = """
            陈仓区林业局:
            根据市财政局《关于下达2021年中央财政林业生态恢复资金的通知》(宝市财办资环〔2021〕13号)和市林业局、市财政局《关于下达2021年林业草原生态保护恢复资金计划的通知》(宝市林发〔2021〕18号)精神,现将2021年中央财政林业生态保护恢复专项资金189.42万元下达给你局,年终列入相关政府收支分类科目,为做好此项工作,现将有关事项通知如下:
            一、天然林保护工程社会劳动保险补助171.62万元,参保人数为163人,年终列入“2110502社会支出补助”政府收支分类科目。
            二、完善退耕还林政策兑现补助资金17.80万元,计划兑现面积1980亩,其中:粮食折现补贴13.84万元、现金补贴3.96万元,年终列入“2110602退耕现金”政府收支分类科目。
            三、请你局继续做好退耕还林工作,严格执行有关政策制度的规定,积极做好财政资金绩效监控,确保年度绩效目标如期完成,切实加强资金管理,确保专款专用,提高财政资金使用效益。
            附件:2021年林业生态保护恢复资金区域绩效目标申报表
            2021年林业生态保护恢复资金区域绩效目标申报表
            专项名称金 |
            林业草原生态保护恢复资金 | |||
            区级财政部门 |
            宝鸡市陈仓区财政局 | |||
            区级林业主管部门 |
            宝鸡市陈仓区林业局 | |||
            年度金额(万元) |
            189.42 | |||
            年度总体目标 |
            目标:完成退耕还林政策任务,做好退耕还林政策的兑现,持续发挥林业生态建设保护作用,提高职工社会参保率及职工收入水平。 | |||
            绩效指标 |
            一级指标 |
            二级指标 |
            三级指标 |
            指标值 |
            产出指标 |
            数量指标 |
            天保工程实施单位保险参保人数(人) |
            ||
            上一轮退耕还林补助面积(万亩) |
            ||||
            新一轮退耕还林(草)第二次补助面积(万亩) |
            ||||
            新一轮退耕还林(草)第三次补助面积(万亩) |
            ||||
            草原有害生物防治面积(万亩) |
            ||||

            """
        let document = try Self.read(text, named: "陈仓区退耕还林.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 189.42 && project.department.description == "宝鸡市陈仓区林业局")
        #expect(project.name.hasSuffix("林业草原生态保护恢复资金"))
        #expect(project.indicators.map(\.nameAsWritten) == ["天保工程实施单位保险参保人数(人)", "上一轮退耕还林补助面积(万亩)",
            "新一轮退耕还林(草)第二次补助面积(万亩)", "新一轮退耕还林(草)第三次补助面积(万亩)", "草原有害生物防治面积(万亩)"])
        #expect(project.indicators.allSatisfy { $0.valueAsWritten.isEmpty })
    }

    /// A real city page (滁州市 人社局, 2022) listing its self-evaluations before the first one:
    /// `…项目绩效自评表清单` and its numbered titles are a list of forms (`title_mentions`), no
    /// project; it had been a project named by the eight titles run together.
    @Test func aListOfFormsIsNoForm() throws {
        let text = """
            2022年度项目支出绩效自评表

                发布时间:2024-06-13 17:10
                【字体:打印



                2022年度项目支出绩效自评表



                滁州市人力资源和社会保障局本级单位项目绩效自评表清单

                序号

                项目名称

                备注

                1

                “三支一扶”省级财政补助资金自评表



                2

                “三支一扶”市级补助资金自评表



                3

                城乡劳动力发展工作经费自评表



                4

                人事考试专项经费自评表



                5

                社会保障工作经费自评表



                6

                市级就业补助资金自评表



                7

                水电费、物业费自评表



                8

                提前下达“三支一扶”中央补助资金自评表























                项目支出绩效自评表

                2022年度)

                项目名称

                “三支一扶”省级财政补助资金

                主管部门

                滁州市人力资源和社会保障局

                实施单位

                滁州市人力资源和社会保障局

                项目资金
                (万元)



                年初预算数

                全年预算数(A)

                全年执行数(B)

                分值

                执行率(B/A)

                得分

                年度资金总额:

                99

                99

                99

                10

                100%

                10

                 其中:本年财政拨款

                99

                99

                99

                -

                100%

                -

                    上年结转资金







                -



                -

                       其他资金







                -



                -

                年度总体目标完成情况

                预期目标

                实际完成情况

                三支一扶”高校毕业生生活补贴标准按照乡镇事业单位从高校毕业生中新聘用工作人员试用期满后工资收入水平确定。中央和省级给予定额补助,不足部分由市级财政配套补足。

                2022年度1月份将“三支一扶”省级补助资金99万元全部拨付各个县市区,保障了“三支一扶”人

            """
        // The copy ends before the first form's indicator table: the file fails, saying what it read.
        let document = try #require(Self.partial(text, named: "滁州市人社局.txt"))
        #expect(document.projects.map(\.name) == ["“三支一扶”省级财政补助资金"])
        #expect(document.projects.first?.budget == 99)
    }

    /// Two real pages' keys the vocabulary lacked, run into the project's name: 江津区's 重点项目绩效目标表
    /// (`项目名称市政日常维护经费` / `项目预计开始时间1/1/2021预计完成时间12/31/2021项目申报金额` /
    /// `(万元)` / `2243.02`, glued) and 罗湖区's bond self-evaluation (`项目名称 | … (南湖街道) | 投向领域 |
    /// 老旧小区改造领域15500`). The names stop at the keys, and 项目申报金额 is the budget.
    @Test func keysThatHadRunIntoTheName() throws {
        let jiangjin = """
            重庆市江津区鼎山街道办事处

            当前位置: 重庆市江津区鼎山街道办事处>政务公开>法定主动公开内容>预算/决算>决算公开

            重庆市江津区鼎山街道办事处2021年重点项目绩效目标表

            发布日期:2021-09-15 17:23:44

            重庆市江津区鼎山街道办事处2021年重点项目绩效目标表
            预算单位重庆市江津区鼎山街道办事处项目主管部门重庆市江津区鼎山街道办事处项目名称市政日常维护经费
            项目预计开始时间1/1/2021预计完成时间12/31/2021项目申报金额
            (万元)
            2243.02
            项目属性延续项目分类常年性支出分类重点专项
            政策依据江津府发【2016】40号
            项目理由
            项目概况本项目主要用于主要用于维护老集镇1个,标准5万元/年;背街小巷市政设施维护80万元;黄桷树长廊占地补偿1908株、单价37元/株,补上年未纳入预算38.01万元;环卫清扫保洁(一级)1344993㎡、单价10元/㎡,环卫清扫保洁(二级)367493㎡、单价7元/㎡;公厕34座,标准6.2万元/座;桥梁路面清扫保洁(1804㎡*7元/㎡=1.27万元),路面巡查维护(1804㎡*100元/㎡=18.04万元),护栏刷漆(440米*30元/米=1.32万元),护栏更换维修按护栏总量10%(44米*300元/米=1.32万元),从2020年1月起管护;应配备临时队员49人,按区财政局50000元/人.年预算标准计算;市政执法车辆2台,按5.50万元/辆.年计算。共计22430200元。
            项目支出明细维修(护)费19980200元;委托业务费2450000元
            项目
            实施进度计划
            2021年12月31日前完成
            项目中期规划绩效目标
            项目当年绩效目标完成1个老集镇的维护,完成1908株黄桷树长廊占地补偿的发放,完成1712486㎡面积的清扫保洁,完成背街小巷166315㎡面积的管护,完成34座公厕的运行维护,完成3座桥梁的维护,完成背街小巷市政设施的维护,配备临时市政执法队员49人,保障2辆执法车辆的正常运维,弥补上年预算差额。
            绩效指标指标

            """
        let project = try #require(Self.partial(jiangjin, named: "江津区鼎山街道.txt")?.projects.first)
        #expect(project.name == "市政日常维护经费" && project.budget == 2243.02)
        let luohu = """
            项目名称 | 罗湖区全面实施“瓶改管”工程 (南湖街道) | 投向领域 | 老旧小区改造领域15500 | |||||
            项目主管部门 | 罗湖区住房和建设局 | 项目单位 | 罗湖区南湖街道办事处 | |||||
            项目实施内容 | 2022年,我街道按照“应改尽改、能改全改”“成熟一个、进场一个、完工一个、验收一个、接驳一个、供气一个”的工作原则,对辖区11个住宅小区、1个城中村,共计1806户住户开展燃气管道改造。 | |||||||
            年度 绩效目标 | 预期目标 | 全年实际完成情况 | ||||||
            目标1:2022年12月30日前实现工程完工,有利于消除瓶装液化气安全风险,实现管道天然气全覆盖,切实保障老旧住宅区及城中村用气安全。 目标2:罗湖区全面实施瓶改管工程(南湖街道)2022年6月份开工,对南湖街道符合要求的12个住宅小区以及城中村完成天然气管道改造。 | 瓶改管工程于2022年12月14日前完工,对南湖街道符合要求的12个住宅小区以及城中村完成天然气管道改造工作,有利于消除瓶装液化气安全风险,实现管道天然气全覆盖,切实保障老旧住宅区及城中村用气安全。 | |||||||
            当年绩效指标 | 债券资金管理指标(10分) | 总体支出进度 (当年实际支出金额/项目当年下达额度) | 实际支出 金额 | 下达 额度 | 实际 完成值 | 分值 | 得分 | 偏差原因分析 及改进措施 |
            1,437 | 1,437 | 1,437 | 10 | 10 | ||||
            一级指标 | 二级指标 | 三级指标 | 目标值 | 实际 完成值 | 分值 | 得分 | 偏差原因分析 及改进措施 | |
            产出指标 (50分) | 数量指标 | 城中村、住宅区任务完成量 | 12个 | 12个 | 10 | 10 | ||
            城中村、住宅区任务完成套数 | 1785套 | 1806套 | 5 | 5 | ||||
            实现"清瓶"城中村、住宅区数 | 12个 | 12个 | 5 | 5 | ||||
            质量指标 | 管道天然气年度改造任务完成率 | 100% | 100% | 5 | 5 | |||
            工程竣工验收合格率 | 1

            """
        let bond = try #require(try Self.read(luohu, named: "罗湖区瓶改管.txt").projects.first)
        #expect(bond.name == "罗湖区全面实施“瓶改管”工程（南湖街道）")
    }

    /// A real city approval form (东莞市 镇际联网路升级改造工程一期), its 中期 and 年度 targets side by
    /// side: `预期产出指标 | 预算(或投资规模)控制指标 | 年度预算执行率 | ≥90%` is a target under the
    /// template's own level 2 (`extra_level2_labels`), not a self-evaluation's scoring rule; it had
    /// been set aside as one.
    @Test func aBudgetExecutionTargetUnderItsOwnLevelTwo() throws {
        let text = """
            <image>data:image/s3,"s3://crabby-images/6930b/6930beb67023d7bed4f3fcf84951e6501fbc1c56" alt=""</image>
            当前位置:
            市交通运输局 > 其他 > 通知公告
            - 索 引 号:007329896/2019-11414 分 类:
            -
            发文机关:
            市交通运输局 发文日期:2019-04-29 17:18 - 名称:
            东莞市财政项目支出绩效目标批复表(镇际联网路升级改造工程一期) - 文号:
            东莞市财政项目支出绩效目标批复表 | |||||||||
            ( 2019 年度) | |||||||||
            预算单位:东莞市交通运输局 | |||||||||
            项目 名称 |
            镇际联网路升级改造工程一期 | 中期市财政预算(万元) | 284500.00 | 本年度申请市财政预算资金(万元) | 919.00 | ||||
            总体目标 | 中期滚动目标(2019年--2021年) | 年度目标 | |||||||
            新建或改造道路,共29个项目,规划里程169公里。 | 督促勘察设计单位、咨询单位完成勘察设计费、审查咨询费结算532万元,以及茶山、常平镇街完成3个项目补助尾款结算387万元。 | ||||||||
            绩效指标 | 一级 指标 |
            二级 指标 |
            三级 指标 |
            指标值(或计划水平) | 二级 指标 |
            三级 指标 |
            计划指标值(或计划水平) | ||
            预期产出指标 | 数量指标(或建筑规模指标) | 镇街补助款完成结算项目数 | 3 | 数量指标(或建筑规模指标) | 镇街补助款完成结算项目数 | 3 | |||
            质量指标 | 补助款结算误差率 | ±3%以内 | 质量指标 | 补助款结算误差率 | ±3%以内 | ||||
            时效指标(工期指标) | 结算款支付及时性 | 及时 | 时效指标(工期指标、形象进度指标) | 结算款支付及时性 | 及时 | ||||
            预算(或投资规模)控制指标 | 年度预算执行率 | ≥90% | 预算(或投资规模)控制指标 | 年度预算执行率 | ≥90% | ||||
            效果指标 | 社会、经济、生态效益 指标 | 补助款结算争议率 | 0% | 社会、经济、生态效益 指标 | 补助款结算争议率 | 0% | |||
            可持续影响指标 | 实现建设总目标控制程度

            """
        let document = try Self.read(text, named: "东莞镇际联网路.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 919)
        let rate = try #require(project.indicators.first { $0.nameAsWritten == "年度预算执行率" })
        #expect(rate.valueAsWritten == "≥90%" && rate.level2Label == "预算(或投资规模)控制指标")
        #expect(!document.findings.contains { $0.rule == RuleID.scoringRow })
    }

    /// A real district transfer self-evaluation (徽州区 国家电影事业发展专项资金, 2025), its cells a
    /// space apart and its level-1 labels written down their merged cells a character a line, the
    /// last character opening the row beside it (`产` / `出` / `指` / `标 数量指标 维护电影放映设备数量
    /// ≥5套 …`), its level 2s wrapped the same way (`标 经济效益` / `指标 全年影院观影人数 …`): the
    /// labels are 产出指标, 效益指标 and 经济效益指标, and the rows read whole. `指` had been two
    /// indicators, `指标` a name with `全年影院观影人数` its target. Its unit, `(万元)` opening the
    /// funds' titles row, had been missed (`money.unit-missing`).
    @Test func aLabelDownItsCellEndingInTheRowBesideIt() throws {
        let text = """
            中央补助地方国家电影事业发展专项资金转移支付区域(项目)绩效自评表
            - 2026-01-17
            项目名称: 中央补助地方国家电影事业发展专项资金转移支付区域(项目)绩效自评表
            招标公司: 黄山市徽州区人民政府
            项目地区:安徽 黄山
            ( 2025 年度)
            转移支付(项目)名称 2025年国家电影事业发展专项资金补助地方资金
            省级主管部门 中共安徽省委宣传部
            地方主管部门 中共黄山市徽州区委宣传部 资金使用单位 黄山市徽州区腾逸电影放映有限公司
            资金投入情况
            (万元) 全年预算数( A ) 全年执行数( B ) 分值 预算执行率
            ( B/A×100%) 得分
            年度资金总额: 4 4 10 100% 10
            其中:中央财政资金 4 4 ——
            地方财政资金 ——
            其他资金 ——
            资金管理情况 情况说明 分值 得分 存在问题和改进措施
            分配科学性 全区共1家影院,资金全部拨付至该影院 6 6
            下达及时性 资金已拨付至影院 6 6
            拨付合规性 按规定拨付 6 6
            使用规范性 按规定使用 6 6
            执行准确性 按要求执行 5 5
            预算绩效管理情况 按要求管理 5 5
            支出责任履行情况 按要求履行责任 6 6
            总体目标完成情况 年初设定目标 全年实际完成情况
            加强影院放映设备升级维护及公益放映保障,进一步提升服务质效,为地方文化事业发展贡献力量。 2025年,影院共维护电影放映设备5套,有效提升影片放映质量,群众满意度不断提升。全年累计接待观影人数达4.4万人次,营业收入超过188万元。
            绩 效 指 标 一级指标 二级指标 三级指标 年度指标值 全年完成值 分值 得分 未完成原因和改进措施
            产
            出
            指
            标 数量指标 维护电影放映设备数量 ≥5套 5套 20 20
            质量指标 提升放映质量 明显 明显 10 10
            效
            益
            指
            标 经济效益
            指标 全年影院观影人数 ≥4万人次 4.4万人次 5 5
            影院营业收入 ≥150万元 188.6万元 5 5
            社会效益
            指标 满

            """
        let document = try Self.read(text, named: "徽州区电影.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 4)
        #expect(project.indicators.map(\.nameAsWritten) == ["维护电影放映设备数量", "提升放映质量", "全年影院观影人数", "影院营业收入"])
        #expect(project.indicators.map(\.level1Label) == ["产出指标", "产出指标", "效益指标", "效益指标"])
        let viewers = project.indicators[2]
        #expect(viewers.level2Label == "经济效益指标" && viewers.valueAsWritten == "≥4万人次" && viewers.weightAsWritten == "5")
        // The copy ends inside the next label's row (`指标 满`): its `满` is set aside, no indicator.
        #expect(document.rejected.map(\.text) == ["满"])
        // Its unit opens the row of the funds' column titles (`资金投入情况` / `(万元) 全年预算数( A ) …`).
        #expect(!document.findings.contains { $0.rule == RuleID.moneyUnitMissing })
    }

    /// A real district transfer self-evaluation (临河区 就业补助资金, 2022), a workbook flattened onto
    /// one line: the template's 资金管理情况 block (`情况说明 | 分配科学性 | 根据业务情况…`) is no part
    /// of the 地方主管部门 before it; the department had run on into it.
    @Test func aTransferSelfEvaluationsFundsManagementBlock() throws {
        let text = """
            2022年度就业补助资金绩效目标自评表.xlsx
            附件1 就业补助资金绩效目标自评表 (2022年度) 转移支付(项目)名称 就业补助资金 中央主管部门 人力资源社会保障部 地方财政部门 巴彦淖尔市临河 全年预算数(A) 全年执行数(B) 7165.32 6992.95 其中:中央财政资金 3144.00 3144.00 自治区财政资金 570.17 570.17 盟市财政资金 433.00 432.10 旗县财政资金 1426.90 1294.84 其他资金 (包括以前年度结转资 金) 1591.22 1551.84 年度资金总额 资金投入情况 (万元) 地方主管部 门 巴彦淖尔市临河区财政局 情况说明 分配科学性 根据业务情况进行合理的分配 下达及时性 要求在资金下达时及时、快速地传达至相关业务股室 拨付合规性 按照规定程序和标准进行资金拨付 使用规范性 要求对资金使用过程进行合理规范、确保合法合规 执行准确性 要求严格执行就业补助资金规章制度及政策,确保资金管理准确有 预算绩效管理情况 款项从指标录入开始做绩效事前事中事后三次 支出责任履行情况 按支出、时限、范围支出 资金管理情况 总体目标 总体目标完 成情况 全年实际 总体目标完 目标1:资金按规定用于职业培训补贴、职业技能鉴定补贴、社会保险补贴、公 成情况 益性岗位补贴、创业补贴、就业见习补贴、求职创业补贴、就业创业服务补助 2022年,全区城镇新增就业2989人,完成全年 、高技能人才培养补助等支出以及经省级人民政府批准的其他支出项目。 再就业2468人,完成全年目标任务2468人的1 目标2:确保完成年度城镇新增就业目标任务。 目标任务1686人的 100%。城镇登记失业率控 目标3:确保年末城镇调查失业率保持在目标范围内。 一级 指标 二级指标 数量指标 三级指标 年度目标指标值 享受社会保险补贴人员数量 4443 享受公益性岗位补贴人员

            """
        let project = try #require(try Self.read(text, named: "临河区就业补助.txt").projects.first)
        #expect(project.department.description == "巴彦淖尔市临河区财政局" && project.budget == 7165.32)
    }

    /// 青山区统计局's form as copied (see `aFileWithNoUnitWhoseAmountsAre元`).
    static let qingshanCensus = """
        索 引 号 733569413/2020-874393 发布日期 2020-01-16
        发布机构 武汉市青山区统计局 有 效 性 有效
        标     题 青山区统计局2020年项目支出绩效目标表 文     号

        青山区统计局2020年项目支出绩效目标表

        字号 :  | 
        发布时间:2020-01-16  |  发布单位:武汉市青山区统计局

        项目基本信息

        (2020年度)



        项目名称

        大型普查经费(经普和人普)

        主管部门

        及编码

        [005005]武汉市青山区统计局

        实施单位

        区统计局机关

        项目属性

        综合类

        项目起止时间

        2020-2020

        项目资金

        资金总额

        2800000.0000

        当年资金总额:

        2800000.0000

        其中:财政拨款

        2800000.00

        其中:当年财政拨款

        2800000.00

        其他资金



        当年其他资金



        总体目标

        中期目标

        年度目标

        经济普查:全面调查我区第二产业和第三产业的发展规模、布局和效益,了解产业组织、产业结构、产业技术、产业形态的现状以及各生产要素的构成,摸清我区全部法人单位资产负债状况和新兴产业发展情况。

        人口普查:查清人口在数量、结构、分布和居住环境等方面的情况变化,为科学制定国民经济和社会发展规划,统筹安排人民的物质和文化生活,实现可持续发展战略,构建社会主义和谐社会,提供科学准确 的统计信息支持。

        经济普查:根据市经普办统一部署,完成区第四次经济普查资料整理归档、数据开发和工作总结等各项工作。

        人口普查:根据市人普办统一部署,组建普查机构,两员选调和培训、入户普查登记等各项工作。



        绩效项目指标表



        一级指标

        二级指标(长期)

        三级指标(长期)

        指标值(长期)

        二级指标(年度)

        三级指标(年度)

        指标值(年度)

        产出指标

        数量指标

        经济普查资料开发文章

        6篇

        数量指标

        经济普查资料开发文章

        6篇

        产出指标

        数量指标

        人口普查两员业务培

        """

    /// A real district form (青山区 统计局 大型普查经费, 2020), one cell a line, that writes no unit
    /// anywhere and gives its funds as `2800000.0000`: read in 万元 it had been 2,800,000 万元 (280
    /// 亿元 for a census) in every total, flagged and still counted. With no unit written and every
    /// budget the size of 元, the file is read in 元 (280 万元), and the warning says so.
    @Test func aFileWithNoUnitWhoseAmountsAre元() throws {
        let text = Self.qingshanCensus
        var document = try Self.read(text, named: "青山区统计局.txt")
        AmountChecks().apply(to: &document)
        let project = try #require(document.projects.first)
        #expect(project.budget == 280 && document.moneyUnit == .yuan)
        let unit = document.findings.filter { $0.rule == RuleID.moneyUnitMissing }
        #expect(unit.count == 1 && unit[0].message.contains("按元读入") && unit[0].message.contains("2800000.0000"))
        #expect(!document.findings.contains { $0.rule == RuleID.moneyUnitSuspect })
    }

    /// `jixiao inspect` shows a file's amounts as a run reads them, checked as the load stage
    /// checks them: 青山区's 2800000.0000 with no unit written is 280 万元 read in 元, as in the
    /// run's workbook, where inspect had printed 2800000.00 万元 (the reader's amount before the checks).
    /// Its two sets of targets name the same indicator (`经济普查资料开发文章 | 6篇 | 数量指标 |
    /// 经济普查资料开发文章 | 6篇`): 2 indicators, where the second set had been read as a third.
    @Test func inspectShowsAmountsAsARunReadsThem() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let form = Fixtures.write(Self.qingshanCensus, named: "青山区统计局.txt", in: directory)
        let shown = try Command.run(["inspect", form]).stdout
        #expect(shown.contains("青山区统计局.txt: 版式 通用表单（排版：每格一行）, 县 青山区（县级）, 金额单位 元"), "\(shown)")
        #expect(shown.contains("  [16] 005005-武汉市青山区统计局 / 大型普查经费（经普和人普） — 280.00 万元，2 条指标"), "\(shown)")
        #expect(shown.contains("金额的大小（最大「2800000.0000」）像是以元为单位，按元读入"), "\(shown)")
        #expect(!shown.contains("2800000.00 万元"))
    }

    /// A real court's page (天津市河北区人民法院, 2023): one title over its projects' forms, each
    /// opening `207101天津市河北区人民法院 | 单位:万元` / `项目名称 | …`. A project key with its value,
    /// more keys after it, under another form's table, starts the next form with the unit line
    /// above it: 办案业务费(陪审员及互联网专线), 24 万元, five rows, had been lost (its rows read by no
    /// form, not even rejected) and its unit line an indicator of the first.
    @Test func aSecondFormWithNoTitleOfItsOwn() throws {
        let text = """
            天津市河北区人民法院
            项目支出绩效目标表
            (2023年)
            3.法院办案业务、业务装备及审判辅助事务外包-2023中央绩效目标表
            207101天津市河北区人民法院 | 单位:万元 | |||||
            项目名称 | 安全隐患维修 | |||||
            预算规模及资金用途 | 预算数 | 20.00 | 其中:财政 资金 | 20.00 | 其他资金 | |
            用于维修审判楼玻璃幕墙等 | ||||||
            绩效目标 | 1.维修审判大楼玻璃幕墙等,消除外延脱落安全隐患。 |
            一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |
            产出指标 | 数量指标 | 维修面积 | 维修面积 | ≥400平方米 |
            质量指标 | 验收合格率 | 验收合格率 | ≥98百分比 | |
            时效指标 | 资金支付及时率 | 资金支付及时率 | 100百分比 | |
            成本指标 | 项目成本 | 项目成本 | 20万元 | |
            效益指标 | 可持续影响指标 | 消除安全隐患 | 消除安全隐患 | 持续影响 |
            满意度指标 | 服务对象满意度指标 | 干警满意度 | 干警满意度 | ≥95百分比 |
            207101天津市河北区人民法院 | 单位:万元 | |||||
            项目名称 | 办案业务费(陪审员及互联网专线) | |||||
            预算规模及资金用途 | 预算数 | 24.00 | 其中:财政 资金 | 24.00 | 其他资金 | |
            用于陪审员参审补助支出及互联网直播支出 | ||||||
            绩效目标 | 1.通过陪审员及调解员参与案件审判调解工作,以及互联网直播方式,提高审判效率,充分化解矛盾纠纷,实现公平正义 |
            一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |
            产出指标 | 数量指标 | 聘用调解员人数 | 聘用调解员人数 | 1人 |
            数量指标 | 陪审员参审案件数量 | 陪审员参审案件数量 | ≥900件 | |
            质量指标 | 案件调解率 | 案件调解率 | ≥90百分比 | |
            时效指标 | 补助发放及时率 | 补助发放及时率 | 100百分比 | |
            成本指标 | 参审案件补助 | 参审案件补助 | 100元 | |
            效益指标 | 

            """
        let document = try Self.read(text, named: "河北区法院.txt")
        #expect(document.projects.map(\.name) == ["安全隐患维修", "办案业务费（陪审员及互联网专线）"])
        #expect(document.projects.map(\.budget) == [20, 24])
        #expect(document.projects.map(\.indicators.count) == [6, 5])
        #expect(document.projects[1].indicators.first?.nameAsWritten == "聘用调解员人数")
        #expect(!document.projects[0].indicators.contains { $0.nameAsWritten.contains("法院") })
        #expect(document.rowsRead == document.rowsWritten + document.rejected.count)
    }

    /// Two real forms' header keys, each page cut before its indicator table. 沙县's
    /// `主管部门(单位)名称及部门预算编码` is one key (`key_endings`): its department is 福建省自然资源厅,
    /// not `及部门预算编码`. 澧县's `金额:100 万元` above 项目名称 is the budget, and `项目填报人` a key:
    /// its name had run on into `项目填报人雷文剑`, no budget read.
    @Test func aKeyEndingInItsCodeAndAnAmountKeyWithItsColon() throws {
        let shaxian = """
            三明市沙县区财政局 三明市沙县区自然资源局关于下达2023年省级地质灾害防治专项资金的通知
            高砂镇财政所:
            根据《三明市财政局 三明市自然资源局关于提前分解下达2023年省级地质灾害防治专项资金(市县第一批)的通知》(明财(资环)指〔2022〕54号)和区自然资源局《关于要求下达2023年度省级地质灾害防治专项资金的函》,现将下达你单位高砂镇地质灾害排危除险工程包100万元,款列“2240601地质灾害防治”,政府预算支出经济分类科目“50302基础设施建设”,指标来源市财政局。有关事项通知如下:
            一、请对照绩效目标和任务,加快项目实施和预算执行进度,确保按期完成年度绩效目标,从1月起每个季度末要将项目季度进展情况和资金使用情况报送区自然资源局,在2024年2月底将资金年度绩效评价自评表与自评报告报送区自然资源局、区财政局,报送材料需加盖公章并附电子版。
            二、要按《福建省地质灾害防治专项资金管理办法》等有关规定,加快推进项目实施和预算执行进度,强化资金监督和绩效管理,按照项目进度及时更新“福建省地质灾害综合管理”系统实施阶段项目数据,确保如期完成年度任务,切实提高财政资金使用效益。
            附件:沙县区地质灾害防治专项资金绩效目标表
            三明市沙县区财政局
            三明市沙县区自然资源局
            2023年1月3日
            附件 |
            |||||||||||
            沙县区地质灾害防治专项资金绩效目标表 |
            |||||||||||
            专项名称 |
            2022年度省级对下转移支付地质灾害防治专项资金 |
            ||||||||||
            主管部门(单位)名称及部门预算编码 |
            福建省自然资源厅 |
            补助区域 |
            高砂镇 |
            ||||||||
            资金情况 (万元) |
            资金总额: |
            100 |
            |||||||||
            其中:财政拨款 |
            100 |
            ||||||||||
            其他资金 |
            |||||||||||
            年度总体目标 |
            省级补助资金100万元用于开展1个排危除险工

            """
        let fujian = try #require(Self.partial(shaxian, named: "沙县地质灾害.txt")?.projects.first)
        #expect(fujian.department.description == "福建省自然资源厅" && fujian.budget == 100)
        let lixian = """
            手机版
            登录|注册
            政府信息公开
            归档时间:
            已归档

            常德市生态环境局澧县分局2021年度绩效目标公开

            2021-09-27 10:10 信息来源:澧县财政局
            字号:【
            预算项目绩效目标申报表
            ( 2021 年度)
            填报单位(公章):常德市生态环境局澧县分局
            金额:100 万元
            项目名称环保局县域生态环境质量考核工作经费
            项目填报人雷文剑
            填报人联系电话13875076735
            业务股室经建股
            专项立项依据  财政部《关于印发<中央对地方重点生态功能区转移支付办法>的通知》(财预[2019]94号);环保部、财政部下发的《关于加强“十三五”国家重点生态功能区县域生态环境质量监测评价与考核工作的通知》(环办监测函[2017]279号);国家环保部、财政部联合印发的《国家重点生态功能区县域生态环境质量考核办法》(环发(2011)18号);国家环保部办公厅文件《关于印发<国家重点生态功能区生态环境质量监测评价与考核指标体系实施细则(试行)>的通知》(环办(2014)96号);环境保护部办公厅文件《关于印发<2016年国家重点生态功能区县域生态环境质量监测评价与考核工作实施方案>的通知》(环办﹝2015﹞77号)。
            实施计划实施开始时间实施结束时间实施内容
            2021/1/12021/12/311、10处水源地规范化建设项目      
            专项长期绩效目标1、加强生态环境保护,保障群众生产生活环境安全。
            2、加强环境监察、监测能力建设,进一步提高监察、监测水平。
            3、开展大气环境、水环境、土壤环境治理战役,促进生态环境质量进一步好转,环境质量总体稳定,污染治理取得实效,人居生活环境明显改善。
            4、加大环境监测监管执法力度,从源头预防、控制环境污染和环境破坏。
            专项年度绩效目标    通过该项目实施,落实水污染防治工作要求,进一步改善我县集中式饮用水水源地水环境

            """
        let hunan = try #require(Self.partial(lixian, named: "澧县生态环境.txt")?.projects.first)
        #expect(hunan.name == "环保局县域生态环境质量考核工作经费" && hunan.budget == 100)
    }

    /// The seal's place left where a name was to be written (`填报单位:(盖章)`, 湘潭市
    /// xtcg.xiangtan.gov.cn) is no value: the form names no unit, and `(盖章)` is nobody's name.
    @Test func theSealsPlaceIsNoName() throws {
        let xiangtan = """
            湘潭市环境卫生管理处2023年雾炮车降尘抑尘服务项目支出绩效目标申报表
            湘潭市城市管理和综合执法局 xtcg.xiangtan.gov.cn 发布时间:2023-10-13 19:49
            2023年项目支出绩效目标申报表
            |
            填报单位:(盖章) 单位:万元 |
            ||||||
            |
            项目支出名称 |
            雾炮车降尘抑尘服务 |
            预算部门 |
            湘潭市环境卫生管理处 |
            |||
            |
            年度本级 预算金额 |
            250万 |
            该项目支出上级资金 |
            0 |
            |||
            |
            项目支出实施期 |
            2023.07-2024.01 |
            |||||
            |
            实施期绩效目标 |
            通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良 |
            |||||
            |
            本年度绩效目标 |
            通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良 |
            |||||
            |
            本年度 绩效指标 |
            一级指标 |
            二级指标 |
            三级指标 |
            指标值及单位 |
            绩效标准 |
            |
            |
            产出指标 |
            数量指标 |
            雾炮车降尘抑尘服务配备车辆数 |
            10辆 |
            计划标准 |
            ||
            |
            雾炮车风炮射程 |
            ≥80M |
            """
        let project = try #require(try Self.read(xiangtan, named: "湘潭雾炮车.txt").projects.first)
        #expect(project.department.description == "湘潭市环境卫生管理处" && project.budget == 250)
        #expect(project.unit == nil)
        #expect(project.indicators.first?.name == "雾炮车降尘抑尘服务配备车辆数")
    }

    /// A report's heading under its table (`(三)存在的问题和原因`, a part numbered in Chinese
    /// numerals) ends the table: the prose after it is no indicator (湖北科技学院's self-evaluation).
    @Test func aReportsHeadingEndsTheTableAboveIt() throws {
        let hbust = """
            2021年度本专科生奖助学金项目自评结果
            一、自评结论
            (一)评价得分情况。
            对照2021度本专科生奖助学金项目年初绩效目标及项目实际完成情况,自评小组经过自评,综合评价得分为 99.8分。
            (二)绩效目标完成情况
            1、执行率情况。
            根据《省财政厅 省教育厅关于下达2021年普通高校学生资助补助经费预算的通知》(鄂财教发[2021]40号)文件批复,2021年本专科生奖助学金项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99%。项目预算资金未执行完的主要原因是剩余未执行完的0.3792万元为应征入伍学生国家资助经费,因此笔经费无法达到一名学生4000元的最低资助标准,将作为我校2022年应征入伍学生国家资助经费使用。因此我校2021年资助项目资金没有全部执行完。
            完成的绩效目标。
            经过自评,本项目较好的完成的年初预定的各项绩效目标。具体完成情况如下表:
            一级指标 |
            二级指标 |
            指标名称 |
            目标值 |
            实际完成值 |
            |
            产出指标 |
            质量指标 |
            奖助政策学生知晓率 |
            100% |
            100% |
            |
            产出指标 |
            质量指标 |
            受资助本专科困难学生覆盖率 |
            99% |
            99% |
            |
            产出指标 |
            质量指标 |
            退役士兵考入高校应助学生享受资助比例 |
            100% |
            100% |
            |
            产出指标 |
            质量指标 |
            高校学生应征入伍应受助学生享受资助比例 |
            100% |
            100% |
            |
            产出指标 |
            数量指标 |
            受资助本专科学生人数 |
            14726 |
            15935 |
            产出指标 |
            质量指标 |
            国家奖学金按标准发放率 |
            100% |
            100% |
            效益指标 |
            社会效益指标 |
            评审程序是否客观公正 |
            是 |
            是 |
            效益指标 |
            社会效益指标 |
            家庭经济困难学生完成学业率 |
            100% |
            100% |
            效益指标 |
            服务对象满意度指标 |
            资助学生满意度 |
            95% |
            95% |
            (三)存在的问题和原因
            1、受资助本专科困难学生覆盖率有待进一步提高。主要原因是
            """
        let project = try #require(try Self.read(hbust, named: "奖助学金自评.txt").projects.first)
        #expect(project.indicators.count == 9)
        #expect(project.indicators.last?.name == "资助学生满意度" && project.indicators.last?.valueAsWritten == "95%")
    }

    /// A self-evaluation's budget titles one space apart in a cell the line's wider gaps split
    /// (`项目资金(万元)   年初预算数 全年预算数 全年执行数 …`, 石狮市公安局看守所) are titles each:
    /// the budget is the year's as adjusted (全年预算数 32.00), not the first amount (年初 115.00).
    @Test func budgetTitlesOneSpaceApartInAWiderSpacedLine() throws {
        let shishi = """
                石狮市公安局看守所2022年专项资金绩效自评报告及自评表
                时间:2023-09-08 16:22 阅读人数:1

                专项资金绩效自评表
                (2022年度)
                专项名称 基本业务费
                主管部门 公安局 实施单位 石狮市看守所
                项目概况  本项目资金用于我所办公业务和监区水电、维修(护)、非在编辅警工资福利和伙食补助等专项经费支出,资金使用期限一年。
                主要成效  本项目资金覆盖了本单位所有的勤杂人员,覆盖总人数为21个人。通过科学考核和评价监所中心工作完成情况和各岗位业务工作水平,充分发挥绩效考评的杠杆推动作用,奖优罚劣,保障食堂运行和人员稳定,确保监区业务活动有序开展,确保监区安全稳定。
                项目资金(万元)   年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分
                年度资金总额 115.00 32.00 32.00 10 100.00 10
                其中:当年财政拨款 115.00 32.00 32.00 100.00  
                其他资金 0.00 0.00 0.00 0.00  
                上年结转资金 0.00 0.00 0.00 0.00  
                年度总体目标 预期目标 实际完成情况
                用于监区水电、维修(护)、办公、勤杂人员基本工资、绩效工资、监区杂项等经费支出,保障食堂运行和人员稳定,确保监区业务活动有序开展,确保监区安全稳定 项目实施情况已达到了规划预期效果,保障食堂运行和人员稳定。

                  绩效

                  指标

                一级指标 二级指标 三级指标 年度指标值 实际完成值 指标分值 自评得分 偏差原因分析及改进措施
                产出指标 数量指标 人员覆盖率 100% 100 15 15 无偏差
                质量指标 管理制度健全性 100% 100 15 15  

            """
        let project = try #require(try Self.read(shishi, named: "石狮看守所.txt").projects.first)
        #expect(project.name == "基本业务费" && project.budget == 32)
        #expect(project.indicators.map(\.name) == ["人员覆盖率", "管理制度健全性"])
    }

    /// 四川's self-evaluation, 项目绩效目标完成情况表 (大英县交警大队): its 预期指标值 column is the
    /// target, and the next form's title under a table is no indicator.
    @Test func sichuansCompletionFormsTargetsAndTitle() throws {
        let daying = """
            预算执行情况(万元) | 预算数: | 312 | 执行数: | 312 | |
            其中-财政拨款: | 312 | 其中-财政拨款: | 312 | ||
            其它资金: | 其它资金: | ||||
            年度目标完成情况 | 预期目标 | 实际完成目标 | |||
            保障道路交通执法工作顺利开展 | 道路交通执法工作顺利开展 | ||||
            绩效指标完成情况 | 一级指标 | 二级指标 | 三级指标 | 预期指标值(包含数字及文字描述) | 实际完成指标值(包含数字及文字描述) |
            项目完成指标 | 数量指标 | 查处各类交通违法行为 | 7万起 | 7.07万起 | |
            质量指标 | 查处国省道6类重点违法行为 | 3000起 | 3530起 | ||
            时效指标 | 规定时间内完成目标任务百分比 | 100% | 100% | ||
            成本指标 | 道路交通执法经费 | 312万元以内 | 312万元 | ||
            效益指标 | 社会效益指标 | 保障人民生命财产安全、促进道路交通平安畅通、降低交通事故发生率、维护社会和谐与稳定 |
            100% | 100% | |
            满意度指标 | 服务对象满意度指标 | 保证交通参与者投诉渠道申通,投诉率比上年下降 | 100% | 100% | |
            项目绩效目标完成情况表 (2019 年度) |
            |||||
            项目名称 | 公务用车运行维护项目 | ||||
            预算单位 | 大英县公安局交通警察大队 | ||||
            预算执行情况(万元) | 预算数: | 40 | 执行数: | 40 | |
            其中-财政拨款: | 40 | 其中-财政拨款: | 40 | ||
            其它资金: | 其它资金: | ||||
            年度目标完成情况 | 预期目标 | 实际完成目标 | |||
            保障公务用车正常运行 | 公务用车正常运行 | ||||
            绩效指标完成情况 | 一级指标 | 二级指标 | 三级指标 | 预期指标值(包含数字及文字描述) | 实际完成指标值(包含数字及文字描述) |
            项目完成指标 | 数量指标 | 保障公务用车数量 | 8辆 | 8辆 | |
            质量指标 | 实现车辆制度化、规范化管理,提高车辆使用效率,保证行车安全,预防事故发生 | 全年0事故 | 全年0事故 | ||
            时
            """
        let document = try Self.read(daying, named: "大英交警.txt")
        #expect(document.projects.map(\.budget) == [312, 40])
        let first = try #require(document.projects.first)
        #expect(first.indicators.count == 6)
        #expect(first.indicators.first?.name == "查处各类交通违法行为" && first.indicators.first?.valueAsWritten == "7万起")
        #expect(document.projects.last?.name == "公务用车运行维护项目" && document.projects.last?.indicators.first?.valueAsWritten == "8辆")
    }

    /// 云南's self-evaluation (保山市能源局): the 指标性质 column writes the template's code before
    /// the sign (`004 >=`), which is the sign alone; the scores' totals under the header (`90.00 |
    /// 90.00`, numbers with no name) are no indicator, rejected, and tell nothing of where labels stand.
    @Test func yunnansSignCodesAndAScoresTotalRow() throws {
        let baoshan = """
            项目支出绩效自评表 | |||||||||||
            项目名称 | 能源安全检查及新能源项目推进经费 | ||||||||||
            主管部门 | 保山市能源局 | 实施单位 | 保山市能源局 | ||||||||
            项目资金(元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 备注 | ||||
            年度资金总额 | 330,000.00 | 329,998.60 | 329,998.60 | 10.00 | 100.00 | 10.00 | |||||
            其中:当年财政拨款 | 330,000.00 | 329,998.60 | 329,998.60 | 100.00 | |||||||
            上年结转资金 | |||||||||||
            其他资金 | |||||||||||
            年度 总体 目标 | 预期目标 | 实际完成情况 | |||||||||
            通过严格能源安全执法检查工作、组织开展应急演练、加大法制宣传力度,力保全市能源运行安全、能源行业建设工程施工安全、能源行业工程质量安全。立足保山新能源资源优势及地理区位优势,加强能源网络建设、增强能源保障能力,大力优化能源供给结构,提升能源治理效能。 | 2023年,通过开展项目现场踏勘、检查、督导,向上汇报等113次,形成新能源投资增加数24亿元,市内新增电源145.2万千瓦,确保了能源保障平稳可靠。 | ||||||||||
            项目支出绩效指标表 | |||||||||||
            绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | ||||||
            一级 指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | ||||||
            90.00 | 90.00 | ||||||||||
            产出指标 | 数量指标 | 开展项目现场踏勘、检查、督导,赴省能源局等汇报工作次数 | 004 >= | 20 | 次 | 113 | 22.50 | 22.50 | |||
            产出指标 | 成本指标 | 经费支出 | 005 <= | 33 | 万元 | 32.9999 | 22.50 | 22.50 | |||
            效益指标 | 经济效益 | 形成新能源投资增加数 | 004 >= | 1亿 | 元 | 24亿 | 9.00 | 9.00 | |||
            """
        let document = try Self.read(baoshan, named: "保山能源局.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 33)
        #expect(project.indicators.map(\.comparisonAsWritten) == [">=", "<=", ">="])
        #expect(project.indicators.map(\.level2Label) == ["数量指标", "成本指标", "经济效益"])
        #expect(document.rejected.map(\.text) == ["90.00 90.00"])
    }

    /// 湖南's 部门整体支出绩效目标申报表 (桃源县科学技术局): its amounts stand in a row under two rows of
    /// keys with the empty cells dropped, the total first and the others adding up to it twice (by
    /// income and by spending); its indicator table names each indicator under 三级指标 and
    /// describes it under 指标内容 beside it, kept.
    @Test func hunansDepartmentFormBudgetAndNameColumns() throws {
        let taoyuan = """
                                                               部门整体支出绩效目标申报表
            (2022年度)
            填报单位(盖章):桃源县科学技术局 
            部门名称 桃源县科学技术局 
            年度预算申请
            (万元)
            资金总额 按收入性质分 按支出性质分
            公共财政拨款 政府性
            基金拨款
            纳入专户的非税收入拨款 其他资金 基本支出 项目支出
            1,403.07 256.09

            1,146.98 297.55 1,105.52
            部门职能职责描述 贯彻落实科技发展的宏观战略和科技促进经济与社会发展的方针、政策、法律法规;研究全县科技促进经济与社会发展的重大问题,研究确定全县科技发展的重大布局和优先领域;推动全县科技创新体系建设,提高全县科技创新能力。
            整体绩效目标 以创建创新型城市为主线,坚持问题导向、需求导向,突出科技型企业、科技平台和科技人才队伍建设,促进引导全社会研发投入、培育指导高新技术企业建设、培养科技创新人才、支持产学研合作项目,确保全面完成小康监测、绩效评估、真抓实干科技创新指标任务,提升地区科研创新水平,普及群众科普知识。 
            部门整体
            支出年度
            绩效目标
            一级指标 二级指标 三级指标 指标内容 指标值及单位
            产出指标 数量指标 高新技术企业新增数量 高新技术企业新增申报成功数 ≥6家
            培育指导高新技术企业数量 培育指导高新技术企业数量 ≥10家
            产学研合作项目数量 全年开展产学研合作项目数量 ≥10项
            技术交易项目数量 全年开展技术交易项目数量 ≥10项
            科技成果转化项目数量 科技成果转化项目数量
            ≥8项
            科技活动周举办次数 科技活动周举办次数 1次
            科普宣传活动次数 科普宣传活动次数 3次
            """
        let project = try #require(try Self.read(taoyuan, named: "桃源科技局.txt").projects.first)
        #expect(project.kind == .departmentWhole && project.budget == 1403.07)
        #expect(project.indicators.first?.name == "高新技术企业新增数量" && project.indicators.first?.valueAsWritten == "≥6家")
        #expect(project.indicators.first?.otherColumns == "指标内容=高新技术企业新增申报成功数")
    }

    /// A self-evaluation copied one cell a line (鄂州市市民中心): amounts written with their unit
    /// (`150万`) stand in the budget's columns (the budget had been the score, 100), and keys left
    /// empty (`主管部门` / `实施单位`) take no column title below them as their value (the department
    /// had been 「年初预算数」).
    @Test func amountsWithTheirUnitUnderBudgetTitlesAndKeysLeftEmpty() throws {
        let ezhou = """
            索 引 号: | 011217651/2022-01866 | 发文字号: | 无 | 发文日期: | 2022年11月04日 |
            发文单位: | 鄂州市行政审批局 | 发布日期: | 2022年11月04日 | ||
            主题分类: | 财政 | 效力状态: | 有效 |
            项目支出绩效自评表 |
            |||||||||||||
            ( 2021 年度) |
            |||||||||||||
            项目名称 |
            市民中心运行维护费 |
            ||||||||||||
            主管部门 |
            |
            实施单位 |
            |
            ||||||||||
            项目资金 (万元) |
            |
            年初预算数 |
            全年预算数 |
            全年执行数 |
            分值 |
            执行率 |
            得分 |
            ||||||
            年度资金总额 |
            150万 |
            150万 |
            125.25万 |
            100 |
            83.5% |
            98 |
            |||||||
            其中:当年财政拨款 |
            150万 |
            150万 |
            125.25万 |
            — |
            |
            — |
            |||||||
            上年结转资金 |
            0 |
            0 |
            0 |
            — |
            |
            — |
            |||||||
            其他资金 |
            0 |
            0 |
            0 |
            — |
            |
            — |
            |||||||
            年度总体目标 |
            预期目标 |
            实际完成情况 |
            |||||||||||
            为更好的建设行政服务大厅窗口建设和全市行政服务工作的组织协调、业务指导及督办检查;市政务服务大厅及周边设施日常维修升级改造费用。 |
            本年度财政拨款为150万元:执行数为125.25万元,完成预算的83.50%。 |
            ||||||||||||
            绩 效 指 标 |
            一级指标 |
            二级指标 |
            三级指标 |
            年度 指标值 |
            实际 完成值 |
            分值 |
            得分 |
            偏差原因分析及改进措施 |
            |||||
            产出指标 |
            数量指标 |
            预算执行率 |
            100% |
            83.5% |
            20 |
            18 |
            |
            ||||||
            预算资金拨款率 |
            100% |
            100% |
            10 |
            10 |
            |
            ||||||||
            |
            """
        let project = try #require(try Self.read(ezhou, named: "鄂州市民中心.txt").projects.first)
        #expect(project.name == "市民中心运行维护费" && project.budget == 150)
        #expect(project.department.description == "未注明主管部门")
        #expect(project.indicators.first?.name == "预算资金拨款率")
    }

    /// 东莞's approval form writes its targets twice, the whole period's (`实施周期指标值`) then the
    /// year's (`当年度指标值`), each set with its own 二级 / 三级 columns (东莞展览馆): the year's is
    /// the target, the period's kept, and the second title is no indicator.
    @Test func dongguansPeriodAndYearTargets() throws {
        let dongguan = """
            发布时间:2022-02-17 浏览量:32218
            东莞市财政项目支出绩效目标表 | |||||||||
            ( 2022 年度) | |||||||||
            预算单位:东莞展览馆 | |||||||||
            项目 名称 |
            物业管理费支出 | 本年度申请市财政预算资金(万元) | 282.92 | ||||||
            总体目标 | 实施周期总目标(2022年--2024年) | 年度目标 | |||||||
            东莞展览馆是“十一五”期间我市投资兴建的标志性文化场馆,用于展示我市五千年悠久历史、改革开放成就和未来的规划,隶属东莞市文化广电旅游体育局,是财政全额拨款的事业单位,位于东莞市中心广场鸿福路97号,每年为维护保养建筑面积2.6万平方米,展示面积约1万平方米的场馆,我馆物业管理费通过公
            绩效指标 |
            一级 指标 |
            二级 指标 |
            三级 指标 |
            实施周期指标值 |
            二级 指标 |
            三级 指标 |
            当年度指标值 | ||
            产出指标 | 数量指标 | 物管服务面积 | 建筑面积2.6万平方米,展示面积1万平方米 | 数量指标 | 物管服务面积 | 建筑面积2.6万平方米,展示面积1万平方米 | |||
            质量指标 | 物业管理保障工作合格率 | 100% | 质量指标 | 物业管理保障工作合格率 | 100% | ||||
            物业管理各项任务完成达标率 | 100% | 物业管理各项任务完成达标率 | 100% | ||||||
            维修施工验收合格率
            """
        let project = try #require(try Self.read(dongguan, named: "东莞展览馆.txt").projects.first)
        #expect(project.budget == 282.92)
        #expect(project.indicators.map(\.name) == ["物管服务面积", "物业管理保障工作合格率", "物业管理各项任务完成达标率"])
        #expect(project.indicators.map(\.valueAsWritten) == ["建筑面积2.6万平方米,展示面积1万平方米", "100%", "100%"])
        #expect(project.indicators[1].otherColumns.hasPrefix("实施周期指标值=100%"))
    }

    /// A year is no amount (`2018年实际执行数`, the title of a cost table's column under 项目预算,
    /// 鄂州市图书馆): the budget had been 2018.00 万元. The first amount after it is the table's
    /// first cost (the copy ends before its total).
    @Test func aYearInAColumnTitleIsNoBudget() throws {
        let ezhou = """
            鄂州市2020年市直部门预算项目支出绩效目标表

            发布时间:2021-11-12 16:32:00


            鄂州市2020年市直部门预算项目支出绩效目标表


             申报单位: 鄂州市图书馆



            金额单位:万元


            项目名称

            图书馆资源购置和信息共享等专项经费

            项目类别

            运行维护类

            项目性质

            常年性项目


            立项依据

            1、《公共图书馆服务规范》、《公共图书馆法》、《公共文化服务保障法》、《湖北省公共图书馆条例》,《鄂州市图书馆馆藏发展规划》。2、根据国家文化部、财政部关于印发,公共电子阅览室建设计划实施方案》、文化部办公厅关于印发《全国文化信息共享工程工作方案等文件的精神。进一步加强公共数字文化建设,提高公共服务能力,推动覆盖城乡的公共文化服务体系建设,以保障人民群众基本文化权益为宗旨,努力构建内容安全,服务规范,环境良好,覆盖广泛的公益性互联网服务体系。3、根据湖北省财政厅 湖北省文化厅文件 鄂财教发【2011】68号 关于印发《湖北省“流动图书车”实施管理办法》的通知。根据中央加强基层文化精神的有关精神,为了缓解基层群众看书难以普及及基层运输难的问题,充分利用“流动图书车”开展各种公益性文化活动4、湖北省文化厅 湖北省财政厅文件 鄂文化文【2012】82号 省文化厅 省财政厅关于实施湖北数字图书馆推广工程的通知,鄂州市图书馆馆藏发展规划建设标准和图书馆服务规范。


            项目预算

            成本构成

            金额

            测算(公式)依据

            2018年实际执行数

            2019年实际执行数



            流动图书车运行维护费

            5.00

            1.维修费5次*5000=25000元

            2.汽油20次*500=10000元

            3.保险1次*12000=12000元

            4.洗车费100次*30=3000元


            图书购置

            60.00

            1.报刊1000种*15=15000元

            2.图书20000册*25=500000元

            3.电子图书5000
            """
        let project = try #require(Self.partial(ezhou, named: "鄂州图书馆.txt")?.projects.first)
        #expect(project.name == "图书馆资源购置和信息共享等专项经费" && project.budget == 5)
        #expect(MoneyText.parse("2018年实际执行数 2019年实际执行数") == nil)
        #expect(MoneyText.parse("2021年预算 120万元")?.amount == 120)
    }

    /// A table numbering its rows one cell a line (`序号` / `三级指标` / `年度指标值`, 湖北省残联's
    /// self-evaluation report): each number, counted on, opens its row and is kept on it; a row's
    /// cells are those before the next number, its text target too (`宣传覆盖面 | 拓宽`). The numbers
    /// had been rejected as rows and, from row 11 on, names had become targets.
    @Test func rowsNumberedOneCellALine() throws {
        let hubei = """
            湖北省残疾人事业宣传文化经费项目2017年度绩效自评报告
            发布时间:2018-09-25 来源:计财处 阅读次数:【字体:大 中 小】
            湖北省残疾人事业宣传文化经费项目
            2017年度绩效自评报告
            项目单位:湖北省残疾人联合会
            评价机构:湖北衡平楚天会计师事务有限公司
            2018年6月
            目 录
            附件:残疾人事业宣传文化经费项目绩效目标自评表........................22
            一、基本情况
            (一)预算情况
            根据《关于2017年直属单位预算的批复》(鄂财预发[2017]3号)文件,下达湖北省残疾人联合会(以下简称“省残联”)“湖北省残疾人事业宣传文化工作经费项目”预算资金100万元,资金来源为省级一般公共预算财政拨款。2017年度预算资金主要用于残疾人事业宣传、残疾人文化建设、全省残联宣文干部培训等,三个部分预算资金分别74万元、14万元、8万元,预算资金分别占当年预算资金比重为74%、14%、8%。
            图1:湖北省残疾人事业宣传文化工作经费项目2017年度预算明细
            单位:万元
            (二)绩效目标情况
            省残联根据实际情况特设定绩效目标及指标,具体绩效指标如下表所示:
            表1:湖北省残疾人事业宣传文化工作经费项目绩效目标
            序号 |
            三级指标 |
            年度指标值 |
            1 |
            全国助残日活动次数 |
            1次 |
            2 |
            报纸杂志专版专栏 |
            1个 |
            3 |
            电视专栏节目 |
            24期 |
            4 |
            广播专题节目 |
            104期 |
            5 |
            网络宣传平台 |
            1个 |
            6 |
            内部刊物 |
            12期 |
            7 |
            开展残疾人文化活动 |
            1 |
            8 |
            残疾人文化活动参与人数 |
            60人 |
            9 |
            举办宣文干部培训班次 |
            1次 |
            10 |
            全省残联宣文干部培训班参训人数 |
            60人 |
            11 |
            宣传覆盖面 |
            拓宽 |
            12 |
            残疾人文化活动参与率 |
            推动全省提高 |
            13 |
            全省残联宣文干部培训班培训合格率 |
            100% |
            14 |
            全省残联宣文干部培训班参训学员工作积极性 |
            稳步提高 |
            15 |
            """
        let document = try #require(Self.partial(hubei, named: "湖北残联宣传.txt"))
        let project = try #require(document.projects.first)
        #expect(project.budget == 100 && project.indicators.count == 14 && document.rejected.isEmpty)
        #expect(project.indicators[6].name == "开展残疾人文化活动" && project.indicators[6].valueAsWritten == "1")
        #expect(project.indicators[10].name == "宣传覆盖面" && project.indicators[10].valueAsWritten == "拓宽")
        #expect(project.indicators[10].otherColumns == "序号=11")
        #expect(project.indicators.last?.name == "全省残联宣文干部培训班参训学员工作积极性" && project.indicators.last?.valueAsWritten == "稳步提高")
    }

    /// A document's heading the vocabulary lacks, alone on its line (`二、项目内容` under `一、项目名称`,
    /// 安徽省广播电视局's 绩效评价表 as a page of numbered parts), is a key of its own: the project's
    /// name had run on into the heading and the paragraph under it.
    @Test func aNumberedHeadingEndsTheFieldAboveIt() throws {
        let anhui = """
            栏目路径:首页 > 省广电局 > 财政资金 > 部门项目

            安徽省广播电视局项目支出绩效评价表(2021年度)——安徽省广播电视精品专项资金

            发布时间:2021-12-31 17:14来源: 局规划财务处浏览量:

            一、项目名称

            安徽省广播电视精品专项资金

            二、项目内容

            通过不断完善对全省广播电视精品的奖扶政策,进一步发挥政府管理部门对广播电视行业的激励和引导作用,不断打造社会效益和经济效益相统一,思想精深、艺术精湛、制作精良的优秀广播电视作品,深入贯彻落实文化强省建设战略,切实满足人民群众日益增长的精神文化需求。2020年度电视剧类;广播剧、电视动画片、电视纪录片、广播电视新闻作品及广播电视节目(栏目)类;广播电视公益广告类;网络视听节目类等四类111个项目予以支持。具体扶持奖补:电视剧8部,352万元;广播剧4部,25万元;电视动画片2部,35万元;电视纪录片11部,106万元;优秀广播电视新闻作品24部,48万元;优秀广播电视节目(栏目)8个,64万元;优秀广播电视公益广告37个,62万元;网络视听节目17个,68万元。以上共计扶持奖补资金760万元。

            三、实施周期

            2021年1月-12月

            四、绩效评价

            项目名称 安徽省广播电视精品专项资金
            主管部门 安徽省广播电视局 实施单位 安徽省广播电视局机关
            资金情况
            (万元)
              全年预算数(A 全年执行数(B 分值 执行率(B/A) 得分
            年度资金总额: 760 760 10 100.00% 10
             其中:本年财政拨款 760 760 -   -
                   其他资金     -   -
            年度总体目标完成情况 年初设定目标 年度总体目标完成情况综述
               通过不断完善对全省广播电视精品的奖扶政策,进一步发挥政府管理部门对广播电视行业的激励和引导作用,不断打造社会效益和经济效益相统一,思想精深、艺术精湛、制作精良的优秀广播电视作品,深入
            """
        let project = try #require(Self.partial(anhui, named: "安徽广电精品.txt")?.projects.first)
        #expect(project.name == "安徽省广播电视精品专项资金" && project.budget == 760)
        #expect(Enumeration.isHeadingAlone(FormCells.compactScalars("二、项目内容")))
        #expect(!Enumeration.isHeadingAlone(FormCells.compactScalars("二、加强管理，提高效率")))
    }

    /// Keys of two more templates: 镇江's 项目绩效公开 names the 局 as 实施部门 above the 预算单位
    /// (the project's name had run on into `实施部门镇江市文化广电和旅游局`), and 四川's 绩效目标自评表
    /// names the project under `政策(项目)名称` (梓潼县人大: the form had been refused).
    @Test func keysOfZhenjiangsAndSichuansForms() throws {
        let zhenjiang = """
            2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开

            2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开

            2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开

            2024年度

            项目名称

            赛珍珠文化公园运转经费

            实施部门

            镇江市文化广电 和旅游局

            项目类型

            常年安排项目

            项目级次

            市本级

            开始时间

            2024年

            完成时间

            2026年

            预算单位

            镇江博物馆

            项目负责人/ 联系电话

            项目必要性说明

            赛珍珠文化公园为免费式开放公园,运营服务项目包含了所有设

            施设备的维护和维修,绿化修剪,水电费用度的支出以及物业管 理服务。

            项目可行性说明

            中宣发[2008]2号《关于全国博物馆、纪念馆免费开放的通知》

            项目概述

            赛珍珠市著名的文学家和社会活动家,赛珍珠文化公园的建成和 投入使用,是城市对外交流的靓丽名片,对纪念赛珍珠、挖掘镇 江深厚的历史文化底蕴发挥了重要的推动作用。运营服务采购项 目能保证赛珍珠文化公园日常公共文化服务活动,保证赛珍珠文 化公园日常运营以及业务活动的开展。

            项目资金 (万元)

            收入

            全年(程) 预算数

            资金总额

            80

            财政拨款

            小计

            80

            一般公共预算资金

            80

            政府性基金

            财政专户管理资金

            国有资本金

            社保基金

            0

            上年结转资金

            0

            其他资金

            支出

            半年(程) 计划执行数

            全年(程) 预算数

            赛珍珠文化公园运转经费

            0

            80
            """
        let park = try #require(Self.partial(zhenjiang, named: "镇江赛珍珠公园.txt")?.projects.first)
        #expect(park.name == "赛珍珠文化公园运转经费" && park.department.description == "镇江市文化广电和旅游局" && park.budget == 80)
        let zitong = """
            一、项目基本情况
            (一)绩效目标情况
            建设8个县级人大代表之家,并确保正常运行。
            (二)资金安排情况
            财政年初预算40万元。年初下达资金指标40万元。
            二、绩效目标完成情况分析
            (一)预算执行进度情况分析
            严格按照梓潼县人大机关财务管理制度执行预算,同时按照资金使用范围严格支出。2023年该项目预算40万元,实际支出40万元。
            (二)总体绩效目标完成情况分析
            完成8个代表之家建设,搭建代表履职平台,保障代表依法履职。
            (三)绩效指标完成情况分析
            年度内完成8个代表之家标准化建设,运行良好。
            (四)项目效益分析
            搭建代表履职平台,推动代表亮身份、亮承诺、亮计划,拉近代表与选民的距离,让群众找得到代表,说得上话、办得了事。代表满意度达90%以上,人民群众满意度达90%以上。
            三、偏离绩效目标的原因和下一步改进措施
            总体绩效目标和绩效指标均已完成。
            四、绩效自评结果拟应用和公开情况
            评价结果将用于调整预算安排方式、增减预算规模和优化支出结构,并作为改进业务管理、财务管理的重要参考,绩效自评结果也会随同决算公开。建议2024年度安排预算资金40万元。
            五、其他需要说明的问题
            无
            附件:1.人大代表之家建设项目绩效目标自评表
            2.2023年度人大代表之家建设项目支出绩效评价得分表
            附件1
            人大代表之家建设项目绩效目标自评表 |
            |||||||
            (2023年度) |
            |||||||
            政策(项目)名称 |
            人大代表之家建设 |
            ||||||
            项目主管部门 |
            梓潼县人大常委会办公室 |
            资金使用单位 |
            梓潼县人大常委会办公室 |
            ||||
            项目资金 |
            |
            全年预算数 |
            全年执行数 |
            预算执行率 |
            |||
            年度资金总额: |
            40 |
            40 |
            100% |
            ||||
            其中:中央、省补助 |
            |
            |
            |
            ||||
            市级财政资金 |
            |
            |
            |
            ||||
            县级财政资金 |
            40 |
            40 |
            100% |
            ||||
            其他资金 |
            |
            |
            |
            ||||
            总体
            """
        let hall = try #require(Self.partial(zitong, named: "梓潼人大.txt")?.projects.first)
        #expect(hall.name == "人大代表之家建设" && hall.department.description == "梓潼县人大常委会办公室" && hall.budget == 40)
    }

    /// A report's list of the projects it covers (`序号 | 项目名称 | 1 | 窗口人员月度考核奖 | 2 | …`,
    /// 淮南市数据资源管理局) is no form: its 项目名称 is a column's title after the serial title. It had
    /// been a project named after all fourteen, with no budget and an error.
    @Test func aListOfProjectsIsNoForm() throws {
        let huainan = """
            淮南市数据资源管理局2023年部门决算中项目绩效评价报告
            序号 |
            项目名称 |
            1 |
            窗口人员月度考核奖 |
            2 |
            政务服务中心行政及“一费制”经费 |
            3 |
            标准化建设经费 |
            4 |
            免费复印、邮政快递费用 |
            5 |
            网上政务服务平台 |
            6 |
            淮南智慧城市民生领域建设PPP |
            7 |
            省级大数据企业奖补资金 |
            8 |
            电子政务外网安全监测平台建设 |
            9 |
            淮南市政务服务大厅综合窗口咨询、接件、办件服务 |
            10 |
            政务中心网络运行维护外包费及电子政务运行维护费 |
            11 |
            淮南市电子政务外网租赁服务项目 |
            12 |
            淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目 |
            13 |
            淮南市党政专网线路租赁服务项目 |
            14 |
            淮南市政务中心办公楼互联网租用项目 |
            项目支出绩效自评表 |
            |||||||||||
            (2023年度) |
            |||||||||||
            项目名称 |
            窗口人员月度考核奖 |
            ||||||||||
            主管部门 |
            淮南市数据资源管理局 |
            实施单位 |
            淮南市数据资源管理局 |
            ||||||||
            项目资金 |
            |
            年初预算数 |
            全年预算数(A) |
            全年执行数(B) |
            分值 |
            执行率(B/A) |
            得分 |
            ||||
            年度资金总额: |
            115.2 |
            115.2 |
            115.2 |
            10 |
            100% |
            10 |
            |||||
            其中:本年财政拨款 |
            115.2 |
            115.2 |
            |
            - |
            |
            - |
            |||||
            上年结转资金 |
            |
            |
            |
            - |
            |
            - |
            |||||
            其他资金 |
            |
            |
            |
            - |
            |
            - |
            |||||
            年度总体目标完成情况 |
            预期目标 |
            实际完成情况 |
            |||||||||
            目标1:按照日考勤、周巡查、月考核、年考评的工作要求,加强对窗口工作人员的考核管理。 |
            完成 |
            ||||||||||
            年度绩效指标完成情况 |
            一级 |
            二级指标 |
            三级指标 |
            年度指标值 |
            实际完成值 |
            分值 |
            得分 |
            偏差原因分析及改进措施 |
            |||
            产 |
            数量指标 |
            指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20% |
            |
            达成预期指标 |
            15 |
            15 |
            |
            ||||
            质量指标 |
            指标1:发挥考核奖励的激励作用,进一步
            """
        let document = try #require(Self.partial(huainan, named: "淮南数据局.txt"))
        #expect(document.projects.map(\.name) == ["窗口人员月度考核奖"])
        #expect(document.projects.first?.budget == 115.2)
        #expect(!document.findings.contains { $0.rule == RuleID.indicatorsMissing })
    }

    /// A form's cover (武汉市青山区科经局's 部门专项申报表): 申报项目名称, 编报单位(印章), 部门负责人(签字),
    /// 编报时间 and 项目基本信息 are keys; the project's name had run on through them all, and the
    /// county, named only in the 编报单位, had been unknown.
    @Test func aFormsCoverKeys() throws {
        let qingshan = """
            索 引 号 733569413/2021-21323 发布日期 2021-02-08
            发布机构 区科经局 有 效 性 有效
            标     题 青山区部门预算部门专项(绩效目标)申报表2021年度 文     号

            青山区部门预算部门专项(绩效目标)申报表2021年度

            字号 :  | 
            发布时间:2021-02-08  |  发布单位:区科经局

            申 报 项 目 名 称:科学技术研究与开发资金

            编报单位(印章) :武汉市青山区科学技术和经济信息化局                                

            部门负责人(签字):                                  

            编   报   时   间    :  2021年1月28日                  

            项目基本信息

            (2021年度)

            项目名称

            科学技术研究与开发资金

            主管部门及编码

            区科经局

            实施单位

            区科经局

            项目属性

            延续性项目

            项目起止时间

            2021.1-2021.12

            项目资金

            资金总额

            936

            当年资金总额:

            936

            其中:财政拨款

            936

            其中:当年财政拨款

            936

            其他资金

            当年其他资金

            总体目标

            中期目标

            年度目标

            推进科技事业发展

            通过落实专项资金,引导企业加大科技创新,优化软环境,进一步培育壮大高新技术企业数量。新增高新技术企业15家。

            绩效项目指标表

            一级指标

            二级指标

            指标内容

            指标值

            备 注

            产出指标

            数量指标

            新增高新技术企业

            15

            质量指标

            扶持标准达标率

            100%

            时效指标

            高企资格有效

            3年

            效益指标

            经济效益指标

            减税降费

            企业所得税减按15%征收

            社会效益指标

            企业竞争力

            增强

            环境效益指标

            优化创新创业环境

            优化

            可持续影响指标

            长效管理机制健全性

            健全

            社会公众或服务

            政策满意度

            ≥90%

            对象满意度指标

            附件:
            """
        let document = try #require(Self.partial(qingshan, named: "青山科经局.txt"))
        let project = try #require(document.projects.first)
        #expect(project.name == "科学技术研究与开发资金" && project.budget == 936)
        #expect(document.county == "青山区")
        #expect(project.indicators.first?.name == "新增高新技术企业" && project.indicators.first?.valueAsWritten == "15")
    }

    /// Last year's amounts are no budget (`上年度预算安排 21.62 … 上年度实际执行 … 本年度申请金额`,
    /// 阳泉市's 申报表 left blank this year): the budget had been 21.62 万元, last year's.
    @Test func lastYearsBudgetIsNoBudget() throws {
        let yangquan = """
            ╲阳泉市市级部门预算项目支出绩效目标申报表

            阳泉市市级部门预算项目支出绩效目标申报表

            2015

            ( 年度)

            编制单位(盖章): 项目名称 市级机关办公楼更换消防标示牌资金 项目负责人 赵康 联系电话 2293912 1.重大课题(规划)□ 2.网络运行维护□ 3.考核奖励□ 4.大型培训□ 5.重大宣传活动□ 6.执法办案□ 7.大宗印刷□ 项目类别 项目基本情况 项目属性 8.奖学助学□ 9.庆典、节会、论坛、商业演出□ 10.房租□ 11.设备购置□ 12.交通工具购置□ 13.专用材料购置□ 14.房屋建筑物购建□ 15.大型修缮□ 16.信息网络购建□ 17.物资储备□ 18.转移支付□ 19.其他□ 新增项目□ 延续项目□ 项目计划 2015 年 1 月1 日 —— 2015 年 12 月 31 日 实施时间 项目申请原因(包括设立依据、可行性、必要性) 以前年度项目绩效情况 市委、市人大市政协、市政府、市政府综合办公楼自建成投入运营以来,楼内配备的楼道消防疏散指示灯、消防应急灯已全部损坏或缺失,不符合《消防法》的有关规定,其存在安全隐患,需立即进行维修更换 项 目 合 计 上年度预算安排 21.62 —— —— —— 上年度实际执行 —— —— —— 资金测算依据及说明 本年度申请金额 本级财政拨款 资金来源 (万元) 上级财政拨款 项目资金情况 项目支出内容及明细预算(万元) 1. 2. 3. 4. …

            上年结转 自筹资金 其他资金 项目 合 计 —— —— 上年度 上年度 本年度申预算安排 实际执行 请金额

            内容 预期提 供的公共产品和服务的数量 预期 效果 组织机构: 绩效目标情况 指标名称 二级指标 绩 效 指 标 1. 目标完 成程度 2. … 1. 项目实 施效益 2. … 三级指标 保障绩效 目标实现 的措施 管理制度: 部门(单位)申报 预期目标 质量控制: 上年度 实际水平 本年度 计划水平 指
            """
        let document = try #require(Self.partial(yangquan, named: "阳泉消防标示牌.txt"))
        let project = try #require(document.projects.first)
        #expect(project.name == "市级机关办公楼更换消防标示牌资金" && project.budget == nil)
        #expect(document.findings.contains { $0.rule == RuleID.budgetMissing })
    }

    /// 东莞's town form (项目支出基础信息情况表, 企石镇): `预算代码` left empty after the department and
    /// `项目负责人及联系电话` are keys; the department had been 「镇人民政府预算代码」.
    @Test func dongguanTownFormKeys() throws {
        let qishi = """
            头部
            ico
            ico
            东莞市安全生产监督管理局企石分局-执法监察标准化复评专项经费绩效目标表
            中国东莞政府门户网站      2019-12-12 09:48:00  来源: 本网
            【字体:
            附件2:
            企石镇财政项目支出基础信息情况表
            (适用绩效目标及部门一般性项目预算申报)
            填报单位:东莞市应急管理局企石分局
            项目名称 执法监察标准化复评专项经费
            主管部门 镇人民政府 预算代码  
            项目负责人及联系电话 姚沛棠82632821 评价小组联系人及联系电话 姚沛棠82632821
            项目类别 (一)功能性分类
            1.基本建设类□ 其中:新建□ 改扩建□  
            2.运转性支出类□
            3.事业发展性支出类□ 其中:专项资金□ 普惠性支出□ 一次性补助□ 其他□√
            4.上级补助支出类 □
            (二)是否新设立项目分类
            1.新设立项目 □√
            2.延续性项目 □                                                                                                                                                    3.变更项目                               
            项目性质 1.政府已研究确定项目 □√
            2.部门经常性业务项目 □
            3.跨年度支出项目 □
            4.其他支出项目 □
            项目启动时间 计划:20191 项目计划完工(验收)时间 计划:201912
            项目设立依据(文件) 关于印发《东莞市安全生产执法监察标准化建设工作方案》的通知(东安办〔2017〕45号)
            项目申请理由
            (背景及原因)
            按照市关于安全生产执法监察标准化建设工作要求,通过安全生产执法监察标准化建设的镇街,每2年要开展复评工作。
            项目受
            """
        let project = try #require(Self.partial(qishi, named: "企石安监.txt")?.projects.first)
        #expect(project.name == "执法监察标准化复评专项经费" && project.department.description == "镇人民政府")
    }

    /// A web table copied one cell a line whose last row no run of bars ends (大英县机关食堂's
    /// self-evaluation): the row stands where it was written, before the report's text after it (it
    /// had been moved to the end of the page, lost after the table). Its level 1 `项目效益` and level
    /// 2 `可持续效益指标` are the framework's 效益指标 and 可持续影响指标 (they had been indicators).
    @Test func theLastRowOfABarClosedTableStaysInPlace() throws {
        let daying = """
            |   绩效指标
                   | 
                 一级指标
                   | 
                 二级指标
                   | 
                 三级指标
                   | 
                 指标值
                   | 
                 实施进度
                   | 

            |   项目效益

                   | 
                 经济效益指标
                   | 
                 降低成本做好保障
                   | 
                 98
                   | 
                 已完成100%
                   | 
              |
            |   社会效益指标
                   | 
                 做好保障
                   | 
                 达到预期目标
                   | 
                 已完成100%
                   | 
              ||
            |   生态效益指标
                   | 
                 科学合理利用食材,杜绝食材浪费,提高食材利用效率,达到节约资源的目的
                   | 

                   | 

                   | 
              ||
            |   可持续效益指标
                   | 

                   | 
                 100
                   | 

                   | 
              ||
            |   服务对象满意度指标
                   | 
                 让就餐职工满意
                   | 
                 98
                   | 
                 已完成100%
                   | 

            五、评价结论及建议

            (一)评价结论

            职工就餐满意度达到90%

            (二)存在的问题

            菜品种类还需增多,口味还需进一步加强。     

            附件5

            公共机构节能管理维护项目绩效评价报告


            一、项目概况

            (一)项目基本情况

            2020年,县财政共下达我中心。公共机构节能管理维护费9万元,主要用于节能宣传、资料印制、会议培训、节能改造服务。

            1.项目立项、资金申报的依据。遂机管函〔2019〕16号关于做好2019-2020年省级节约型公共机构示范单位创建工作的通知。

            2.资金管理办法制定情况,资金支持具体项目的条件、范围与支持方式概况。按照国家机关事务管理局经费管理使用办法使用,确保资金专款专用,全部用于节能宣传、资料印制、会议培训、节能改造服务。

            3.资金分配的原则及考虑因素。资金分配按照规范性、合理性、及时性原则使用,确实做好节能宣传等相关工作。

            (二)项目绩效目标

            1.项目主要内容。切实做好2020年节能宣传工作。项目经费用于节能宣
            """
        let document = try #require(Self.partial(daying, named: "大英机关食堂.txt"))
        let project = try #require(document.projects.first)
        #expect(project.indicators.map(\.name) == ["降低成本做好保障", "做好保障", "科学合理利用食材,杜绝食材浪费,提高食材利用效率,达到节约资源的目的", "让就餐职工满意"])
        #expect(project.indicators.last?.valueAsWritten == "98")
        // The labels are labels: 项目效益 heads the rows, and the row under 可持续效益指标 has no name.
        #expect(project.indicators.first?.level1Label == "项目效益")
        #expect(document.rejected.map(\.text) == ["100"])
    }

    /// A bracketed unit standing as a word of a spaced row (`投入目标 (万元) 资金来源 年初安排金额(万元)`,
    /// 乌海市供销社) states the form's unit: it had been said to state none.
    @Test func aBracketedUnitWordInASpacedRow() throws {
        let wuhai = """
            当前位置: 首页 > 新闻资讯 > 数据统计
            再生资源回收市场管理经费项目绩效目标表
            发布时间:2022年09月12日 作者: 来源: 浏览次数:
            再生资源回收市场管理经费项目绩效目标表
            (2021年)
            项目名称 再生资源回收市场管理经费
            项目类别 (31)部门预算项目
            归口科室 (08)经济贸易科
            主管部门 (433)乌海市供销合作社联合社(部门)
            实施单位 (433001)乌海市供销合作社联合社
            投入目标 (万元) 资金来源 年初安排金额(万元)
            资金总额 3
            其中: 财政拨款数 3
            其他资金 0
            年度目标 围绕国家关于建设节约型社会和发展循环经济的要求,在充分规范整合和利用现有再生资源回收渠道的基础上,合理布局,规范建设。达成以下目标: 目标1:聘用人员1人,出差8人 目标2:聘用人员在岗率100% 目标3:2021年12月31日前完成 目标4:年度预算总金额3万元 目标5:促进资源循环和高效利用,改善城乡生态环境。
            绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分) 一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值 备注
            产出指标 数量指标 出差人数 正向 = 8 4
            产出指标 数量指标 出差人次 正向 = 24 人/次 4
            产出指标 质量指标 工作任务完成率 正向 = 100 % 4
            产出指标 时效指标 项目财政资金到位时间 正向 = 44,561 44,561 10
            产出指标 时效指标 财政资金到位及时支付率 正向 = 100 % 4
            产出指标 时效指标 工作计划按时完成时间 正向 = 44,561 44,561 4
            产出指标 成本指标 出差单位成本 反向 = 0 万元/人 4
            产出指标 成本指标 出差总成本 反向 = 1 万元 4
            产出指标 成本指标 劳务人员总成本 反向 = 2 万元 4
            产出指标 成本指标 办公费总成本 反向 = 0 万元 4
            产出指标 成本指标 年度预算总成本 反向 = 3 万元 4
            效
            """
        let document = try #require(Self.partial(wuhai, named: "乌海再生资源.txt"))
        #expect(document.projects.first?.budget == 3)
        #expect(!document.findings.contains { $0.rule == RuleID.moneyUnitMissing })
        #expect(FormReader.bracketedUnitWord("投入目标 (万元) 资金来源") == .wanYuan && FormReader.bracketedUnitWord("(2021年) 项目") == nil)
    }

    /// 四川's transfer self-evaluation run together on one line (普惠金融发展专项资金): the funds used
    /// (`资金使用情况(万元)合计:109.8万元`) are no budget, the year's amount is (208 万元; it had been
    /// 109.8), 倍 is a target's unit (`≥2倍10倍10%10` had been two rows), and `得分合计` a total.
    @Test func sichuansTransferSelfEvaluationRunTogether() throws {
        let sichuan = """
            专项名称普惠金融发展专项资金省级主管部门四川省财政厅资金情况(万元)年度金额(提前下达):208万元资金使用情况(万元)合计:109.8万元中央财政165万元中央财政84.5万元省级财政43万元省级财政25.3万元年度总体目标目标1:支持农村金融组织体系建设,扩大农村金融服务覆盖面,目标2:支持重点群体和符合条件的小微企业融资发展,目标3:支持地方因地制宜打造各具特色的普惠金融发展示范区,增强金融普惠性,推动普惠金融高质量发展,完成情况1:支持农村金融组织体系建设,扩大农村金融服务覆盖面,2:支持重点群体和符合条件的小微企业融资发展,3:支持地方因地制宜打造各具特色的普惠金融发展示范区,增强金融普惠性,推动普惠金融高质量发展,绩效目标完成情况一级指标二级指标三级指标指标值完成值权重得分产出指标数量指标创业担保贷款发放额增长率≥10%115.25%20%20质量指标创业担保贷款回收率≥90%98.70%20%20资金足额拨付率100%100%10%10地方配套到位率100%100%10%10效益指标经济效益指标创业担保基金放大倍数≥2倍10倍10%10社会效益指标金融机构网点覆盖率≥60%85%10%10满意度指标服务对象满意度指标申请定向费用补贴金融机构满意度≥80%≥80%10%10申报创业担保贷款贴息个人满意度≥80%100%5%5申报创业担保贷款贴息小微企业的满意度≥80%100%5%5得分合计100。
            """
        let project = try #require(Self.partial(sichuan, named: "四川普惠金融.txt")?.projects.first)
        #expect(project.budget == 208)
        let ratio = try #require(project.indicators.first { $0.name == "创业担保基金放大倍数" })
        #expect(ratio.valueAsWritten == "≥2倍")
        #expect(!project.indicators.contains { $0.name.hasPrefix("倍") })
        // `得分合计100。` is the scores' total (total_labels), no indicator: nine rows.
        #expect(project.indicators.count == 9)
    }

    /// A whole table on one line with no row holding a target (稷山县's self-evaluation, an xlsx
    /// flattened with its cells out of order): what was cut from it is rejected with its reason, not
    /// written as twelve names with no targets, and the file says nothing could be read.
    @Test func aTableFlattenedOntoOneLineIsRejectedNotGuessed() throws {
        let jishan = """
            建档立卡个人缴费县级配套绩效自评表.xlsx
            稷山县项目支出绩效自评表 (2020年度) 项目名称 建档立卡个人缴费县级配套资金 主管部门 稷山县医疗保障局 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% — 上年结转资金 — — 其他资金 — — 预期目标 实际完成情况 提高医疗保障水平,推进因病致贫问题的根本性解决 提高医疗保障水平,推进了因病致贫问题的基本性 解决 年度总 体目标 一级 指标 二级指标 三级指标 数量指标 指标1:全县参合人数 绩 效 指 标 稷山县医疗保险服务中心 产出 指标 (50分 ) 实际 指标值 完成值 8755 分值 得分 偏差原因分析及改进措 施 8676 15 13 建档立卡中有新增死亡 人员,导致有偏差 质量指标 指标1:资金是否全部纳入医 保统筹 100% 100% 15 15 时效指标 指标1:资金是否全部及时纳 入 100% 100% 10 10 75元 75元 10 10 95% 95% 30 27 95% 95% 10 9 100 94 成本指标 指标1:配套资金每人每年 效益指 标(30 分) 年度 社会效益 指标1:是否解决建档立卡人 员看病难贵问题 满意度 指标 服务对象满 指标1:是否满意 (10分 意度指标 ) 总分
            """
        let document = try #require(Self.partial(jishan, named: "稷山医保.txt"))
        #expect(document.projects.first?.name == "建档立卡个人缴费县级配套资金")
        #expect(document.projects.first?.indicators.isEmpty == true)
        #expect(document.rejected.count == 12 && document.rejected.allSatisfy { $0.reason.contains("拍平在一行里") })
    }

    /// 福建's department self-evaluation (宁德市地震局): its title is a department form's
    /// (部门整体支出绩效自评表, not a project's 绩效自评表), its labels end in 目标 (产出目标 /
    /// 数量目标, as 数量值 ends in 值), and the row label before its header
    /// (年度绩效指标完成情况) is the table's: the header's cells one space apart, each row read.
    @Test func fujiansDepartmentSelfEvaluationWithLabelsEndingInTarget() throws {
        let ningde = """
              部门整体支出绩效自评表

            ( 2020 年度)

            部门(单位)名称 宁德市地震局 部门预算编码 409001007
            财政资金安排和使用情况 资金结构 预算安排 拨付情况 结余情况
            (万元) 年初部门预算安排金额(含历年结余结转)① 年中调整金额② 小计 年度拨付金额 支出实现率(%)⑤=④/③ 本年度结余金额⑥=③-④ 资金结余率(%)⑦=⑥/③
              ③=①+②
            财政资金小计 130.54 58.07 188.61 188.45 99.92 0.16 0.08
            ① 项目支出 30 0 30 30 100 0 0
            ② 基本支出 100.54 58.07 158.61 158.45 99.9 0.16 0.1
            2.单位其它收入 0 0 0 0 0 0 0
            合 计 130.54 58.07 188.61 188.45 99.92 0.16 0.08
            年度总体目标完成情况 预期目标 目标实际完成情况
            遵循创新、协调、绿色、开放、共享的发展理念,认真贯彻落实市委、市政府工作部署,加强单位效能建设,深入推进绩效管理实践,进一步转变工作作风,创新管理方法,提升工作实效,提高履职能力,推进我市防震减灾事业健康发展。 完成年度目标
            年度绩效指标完成情况 一级指标 二级指标 三级指标 绩效 实际 评分标准 指标分值 自评得分 未完成原因
            目标值 完成值
            产出目标 数量目标 抽查全市地震监测台站运维情况个数 9个 9个 本指标满分6分,开展全市地震监测台站运维情况抽查数量达9个得6分,少检查一个扣1分,扣完为止。 6 6 已完成
            开展防震减灾科普“进基层”宣传活动场数 10场 11场 本指标满分6分,开展防震减灾科普进社区活动场数达10场得6分,少一场扣1分,扣完为止。 6 6 已完成
            协同相关部门开展防震减灾宣传活动场数 6场 7场 本指标满分6分,协同有关部门开展防震减
            """
        let project = try #require(try Self.read(ningde, named: "宁德地震局.txt").projects.first)
        #expect(project.kind == .departmentWhole && project.name == "宁德市地震局部门整体支出")
        #expect(project.indicators.map(\.name) == ["抽查全市地震监测台站运维情况个数", "开展防震减灾科普“进基层”宣传活动场数", "协同相关部门开展防震减灾宣传活动场数"])
        #expect(project.indicators.map(\.valueAsWritten) == ["9个", "10场", "6场"])
        #expect(project.indicators.allSatisfy { $0.level1Label == "产出目标" && $0.level2Label == "数量目标" })
    }

    /// 湖南's 申报表 (岳阳楼区发改局): its budget key one of a row of amount titles (`项 目 上年度安排资金
    /// 本年度申请资金`), the total's amounts one space apart under them (`合 计 130 300`): the
    /// budget is this year's 300, in the key's place, not last year's 130, the first.
    @Test func aBudgetKeyAmongItsRowsAmountTitles() throws {
        let yueyanglou = """
            项目支出预算绩效目标申报表
            来源:区发改局 2021-06-16 15:34
            浏览量:1 | | | |
            填报单位(盖章):                            单位负责人:
            项目基本情况 项目名称 项目前期、项目概算及项目入库建设 
            项目属性 新增项目□                       延续项目R 
            主管部门 楼区政府  项目起止时间 2021.1-2021.12 
            项目负责人 黄黎明  联系电话 2293555
            绩效管理  李娟  联系电话 2296818
            联络员
            项目类型 1.基本建设类 □    其中:新建  □    扩建  □    改建  □
            2.行政事业类 □    其中: 采购类□    修缮类□    奖励类□
            3.其他专项类 R 
            项目概况 负责拟订并组织实施全区国民经济和社会发展战略中、长期规划和年度计划;综合管理全区建设项目;贯彻执行国家和省、市价格方针、政策以及相关法律、法规;协调推进经济发展环境的优化;组织实施国民经济动员和装备动员相关工作等。进一步加强区本级政府投资项目审批及概算管理,提高政府投资效益和项目管理水平。
            项目立项依据 《岳阳楼区人民政府投资项目概算管理办法》岳楼政办发[2017]8号 
            项目资金情况 项目资金申请(万元) 项 目 上年度安排资金 本年度申请资金
            合 计 130 300
            区级资金 130 300
            市级资金    
            省级资金    
            中央资金    
            自有资金    
            支出明细预算(万元) 项 目 上年度安排资金 本年度申请资金 测算依据及说明
            合 计 130 300  
            """
        let document = try #require(Self.partial(yueyanglou, named: "岳阳楼区发改局.txt"))
        let project = try #require(document.projects.first)
        #expect(project.name == "项目前期、项目概算及项目入库建设" && project.budget == 300)
        #expect(document.findings.contains { $0.rule == RuleID.budgetAdjusted && $0.message.contains("合 计 130 300") })
    }

    /// 湖南's 部门整体 self-evaluation one cell a line (衡山县贯塘乡): its department under
    /// `预算部门、单位名称`, its unit in a bracket the copy left open (`(万元`), and its budget the
    /// year's as adjusted under 全年预算数 (2030.12, not 年初 861.10) past a 自评得分 title.
    @Test func aTownshipsDepartmentSelfEvaluationOneCellALine() throws {
        let guantang = """
            附件二

            2023年度部门整体支出绩效自评表

            预算部门、单位名称

            衡山县贯塘乡人民政府





            年度预算申请

            (万元


            年初预算数

            全年预算数

            全年执行数

            分值

            执行率

            自评得分

            年度资金总额

            861.10

            2030.12

            2030.12

            10

            100%

            10

            按收入性质分:2030.12

            按支出性质分:1925.67

            其中: 一般公共预算:1325.68

            其中:基本支出:900.47

            政府性基金拨款:118.82

            项目支出:1025.20

            纳入专户管理的非税收入拨款:


            其他资金:585.62






            年度总体目标

            预期目标

            实际完成情况

            搞好政府各职能部门完成的工作任务监督,服务市场主体和营造发展
            """
        let document = try #require(Self.partial(guantang, named: "衡山贯塘乡.txt"))
        let project = try #require(document.projects.first)
        #expect(project.kind == .departmentWhole && project.department.name == "衡山县贯塘乡人民政府")
        #expect(project.budget == 2030.12)
        #expect(!document.findings.contains { $0.rule == RuleID.moneyUnitMissing })
    }

    /// 福建's 专项转移支付绩效目标表 (龙岩市民族与宗教事务局, 2025): the row after the name is
    /// `补助区域` and its places, no part of the name; the level 2 `数量目标` is a label whole, not the cut row's text.
    @Test func aTransferFormsAreaOfAidIsNoPartOfItsName() throws {
        let longyan = """




            附件2

            专项转移支付绩效目标表

            2025年度)

            部门(单位)名称

            龙岩市民族与宗教事务局

            部门预算编码

            230001

            项目名称

            民族发展专项资金

            补助区域

            县(区)

            资金情况(万元)

            资金总额:

            55

            其中:财政拨款

            55

            其他资金



            总体目标

            促进民族乡村经济社会事业发展、铸牢中华民族共同体意识

            绩效
            指标

            一级

            指标

            二级指标

            三级指标

            指标解释

            区域目标值

            新罗区

            上杭县

            漳平市

            产出
            指标

            数量目标

            基础设施建设、民族文化
            """
        let document = try #require(Self.partial(longyan, named: "龙岩民宗局.txt"))
        let project = try #require(document.projects.first)
        #expect(project.name == "民族发展专项资金" && project.budget == 55)
        #expect(document.rejected.map(\.text) == ["基础设施建设、民族文化"])
    }

    /// 巴南区一品街道's 2022 整体绩效目标表 as its page copies it, each row run together on its line.
    /// 重庆 潼南区五桂镇's 一般性项目绩效目标表 (http://www.cqtn.gov.cn/jz/wgz/zwgk_25192/fdzdgknr_25194/czyjs_25199/ys/202310/t20231019_12445338_wap.html),
    /// one cell a line, each ending ` |`, its columns 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值, copied
    /// up to rows that fill every place (no empty cell written yet, `|`), whole or cut inside the
    /// next row's name: the rows keep their places (weight 20, unit 人数, ≥ 80). Read by the shape of
    /// their cells they had been 发放人数 with target 20, 人数 a row of its own with 80, and
    /// 是否按时足额发放 with no target.
    @Test func rowsOneCellALineThatFillEveryPlace() throws {
        let text = """
        2023年一般性项目绩效目标表(一级项目) |
        编制单位: |
        813-潼南区五桂镇 |
        单位:万元 |
        专项资金名称 |
        潼南区五桂镇汇总项目库 |
        业务主管部门 |
        813-潼南区五桂镇 |
        当年预算 |
        229.66 |
        项目概况 |
        潼南区五桂镇项目汇总 |
        立项依据 |
        潼南区五桂镇项目汇总 |
        当年绩效目标 |
        按时足额发放,保障权益 |
        绩效指标 |
        指标 |
        指标权重 |
        计量单位 |
        指标性质 |
        指标值 |
        发放人数 |
        20 |
        人数 |
        ≥ |
        80 |
        是否按时足额发放 |
        10 |
        % |
        ≥ |
        95 |
        """
        for copy in [text + "\n", text + "\n促"] {
            let document = try Self.read(copy, named: "潼南五桂镇.txt")
            let indicators = try #require(document.projects.first?.indicators)
            #expect(indicators.map(\.nameAsWritten) == ["发放人数", "是否按时足额发放"])
            #expect(indicators.map(\.valueAsWritten) == ["80", "95"])
            #expect(indicators.map(\.weightAsWritten) == ["20", "10"])
            #expect(indicators.map(\.unitAsWritten) == ["人数", "%"])
            #expect(indicators.map(\.comparisonAsWritten) == ["≥", "≥"])
        }
    }

    static let yipinStreet = """
        2022年部门(单位)整体绩效目标表
        单位:万元
        部门(单位)名称重庆市巴南区人民政府一品街道办事处区级支出预算总量3724.39
        当年整体绩效目标2022年街道预算收支平衡;保障街道机关事业在编人员工资福利支出、退休人员的医保、健康休养费及节日慰问支出等待遇、保障临聘人员劳务工资补助;保障各村居人员、办公、党建等经费支出,切实加强基层组织建设;保障辖区民政优抚对象救济补助、特困人员救助供养补助,有效改善受助对象生活水平;对村居开展安全巡逻,有效保障辖区社会秩序安全稳定;对场镇环境进行清扫保洁、绿化养护、市政设施维修,保障场镇干净卫生;对辖区125公里农村公路开展养护维修;保障春秋季强制免疫、免疫密度100%、免疫有效抗体70%以上;促进一品街道经济社会健康有序发展。
        绩效指标指标名称指标权重计量单位指标性质指标值
        预算执行率10%=100
        预决算及时编制率10%=100
        政府预决算公开率(除涉密信息外)10%=100
        基层组织建设办公阵地和干部人才保障有效性10有效保障
        民政优抚及特困受助对象生活水平改善情况10有效改善
        民政优抚及特困补助发放及时率10%=100
        农村公路养护里程10公里=125
        开展各种文艺活动场次1020
        森林受灾率10%1
        饲养动物免疫率5%=100
        服务对象满意度5%95

        """

    /// 重庆's 部门(单位)整体绩效目标表 with no level columns (巴南区一品街道, `指标名称 指标权重 计量单位
    /// 指标性质 指标值`, each row glued): the last row's name is a level-2 word (`服务对象满意度5%95`),
    /// before values glued into one cell. It is a name, not a label printed at its group's end (the
    /// rows above had all been put under 服务对象满意度, and classified as satisfaction), and its values
    /// are its own (they had been a row with no name, rejected).
    @Test func aLevelWordNamingTheLastRowOfATableWithoutLevels() throws {
        let project = try #require(try Self.read(Self.yipinStreet, named: "巴南一品街道.txt").projects.first)
        #expect(project.kind == .departmentWhole && project.budget == 3724.39)
        #expect(project.indicators.allSatisfy { $0.level2Label.isEmpty })
        #expect(project.indicators.map(\.name).suffix(3) == ["森林受灾率", "饲养动物免疫率", "服务对象满意度"])
        #expect(project.indicators.last?.valueAsWritten == "95")
        // A whole department's 预算执行率 is one of its targets, not a self-evaluation's scoring rule
        // set apart (its weight 10 makes the weights add up to 100).
        let execution = try #require(project.indicators.first { $0.nameAsWritten == "预算执行率" })
        #expect(execution.weightAsWritten == "10" && execution.valueAsWritten == "100")
        #expect(project.indicators.compactMap { Double($0.weightAsWritten) }.reduce(0, +) == 100)
    }

    /// Transfer-payment forms under funding notices (重庆万盛 彩票公益金, 重庆 危房改造): the budget
    /// under `下达资金总额` (1916); a note naming an attachment (`参见附件1具体金额`) holds no amount
    /// (its 1 had been the budget, 1.00 万元).
    @Test func aTransferFormsBudgetAndAnAttachmentsNumber() throws {
        let wansheng = """
            附件2
            中央对地方转移支付区域绩效目标表(2025年度)
            项目名称 |
            中央专项彩票公益金支持 | ||||
            中央主管部门 |
            [118]民政部 | ||||
            省级财政部门 |
            重庆市财政局 |
            省级主管部门 |
            重庆市民政局 | ||
            资金情况 |
            下达资金总额 |
            1916 | |||
            其中:中央财政补助 |
            1916 | ||||
            地方资金 |
            |||||
            年度总体目标 |
            """
        #expect(Self.partial(wansheng, named: "万盛彩票公益金.txt")?.projects.first?.budget == 1916)
        let weifang = """

            2025年农村危房改造补助资金绩效目标表

            项目名称

            农村危房改造补助资金

            中央主管部门

            [120]住房城乡建设部

            省级财政部门

            重庆市财政局

            省级主管部门

            重庆市住房城乡建委

            资金情况(万元)

            下达资金总额


            其中:中央财政补助

            参见附件1具体金额

            地方资金
            """
        let project = try #require(Self.partial(weifang, named: "危房改造.txt")?.projects.first)
        #expect(project.name == "农村危房改造补助资金" && project.budget == nil)
    }

    /// Department keys of funding forms: `区级主管单位` (陕西陈仓, above its 实施单位 林场) and
    /// `申报部门(单位)` (南京); `预算功能科目` is a key of its own, no part of the name.
    @Test func fundingFormsDepartmentKeys() throws {
        let chencang = """
            区林业局:
            根据市财政局《关于下达2024年省级财政衔接推进乡村振兴补助资金(欠发达国有林场巩固提升任务)预算的通知》(宝市财办资环[2024]56号),现将2024年省级财政衔接推进乡村振兴资金120万元下达你单位,专项用于冯家河欠发达国有林场巩固提升项目,列入“2130599-其他乡村振兴支出”一般公共预算支出科目。
            请你单位认真贯彻落实各级党委政府《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的(实施)意见》精神,按照《财政衔接推进乡村振兴补助资金管理办法》要求,尽快制定落实具体项目实施方案,切实加强资金管理,提高资金使用效益。
            附件:陈仓区2024年省级财政衔接推进乡村振兴补助资金(欠发达国有林场巩固提升任务)绩效目标表
            公告时间:长期公开
            单位地址:陈仓区机关集中安置中心1号楼619室
            邮箱:ccqncg@163.com
            监督电话:0917-6231011
            12317
            受理人:范丹妮
            附件 |
            |||||||||
            陈仓区2024年省级财政衔接推进乡村振兴补助资金(欠发达国有 | |||||||||
            资金名称 |
            省级财政衔接推进乡村振兴补助资金(欠发达国有林场巩固提升任务) | ||||||||
            区级主管单位 |
            陈仓区林业局 |
            实施单位 |
            陈仓区冯家河林场 | ||||||
            资金金额(万元) |
            年底金额(万元) |
            120 | |||||||
            其中:省级补助 |
            120 | ||||||||
            其他 |
            |||||||||
            总体目标 |
            改善和提升陈仓区冯家河国有林场基础设施建设,提升欠发达林场职工生产生活水平,补齐必要的配套基础设施建设。促进欠发达林场特色优势产业发展,逐步培育现代林业园区、建设森林康养、森林体验、自然教育等特色旅游基地等,带动林场职工和当地群众增收。利用林地优势或采用场内外造林、林业专业合作社等方式,培育珍贵树种和优良乡土树种,开展大径林木基地建设,带动周边村集体经济发展。 | ||
            """
        let forest = try #require(Self.partial(chencang, named: "陈仓林场.txt")?.projects.first)
        #expect(forest.department.name == "陈仓区林业局" && forest.name == "省级财政衔接推进乡村振兴补助资金（欠发达国有林场巩固提升任务）")
        let nanjing = """
            2018年农桥建设专项资金绩效目标申报表.doc

            2018年农桥建设专项资金绩效目标申报表.doc

              1. 1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用,不得用于商业用途,未经授权,严禁复制、发行、汇编、翻译或者网络传播等,侵权必究。。
              2. 2、本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!文档内容仅供研究参考,付费前请自行鉴别。如您付费,意味着您自己接受本站规则且自行承担风险,本站不退款、不进行额外附加服务;查看《如何避免下载的几个坑》。如果您已付费下载过本站文档,您可以点击 这里二次下载
              3. 3、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等,请点击“版权申诉”(推荐),也可以打举报电话:400-050-0827(电话支持时间:9:00-18:30)。
            查看更多
            2018年农桥建设专项资金绩效目标申报表

            附件1: 2018年度市级专项资金绩效目标申报表 单位:万元 申报部门(单位)  南京市财政局 项目名称 农桥建设专项资金 预算功能科目 对村级一事一议的补助2130701 项目属性 □新增 □延续 单位负责人 黄玉银 项目负责人 楚强 联系电话 项目实施 起止时间(年、月) 2018年 项目概况 立项依据 省财政厅《关于做好2016-2018年省级农桥项目库建设相关工作的通知》(苏财基层[2015]18号)及市财政局《南京市农桥建设项目资金管理实施办法》(宁财规[2012]7号)。 必要性 可行性 农桥建设是省、市政府确定的“十大主要任务、百项重点工作”和农村实事工程之一。做好“十三五”期间农桥建设,启动了2016-2018年省级农桥项目建设工作。为支持农村公益设施建设,进一步发挥财政资金的引导作用,改善农村生产生活
            """
        let bridges = try #require(Self.partial(nanjing, named: "南京农桥.txt")?.projects.first)
        #expect(bridges.department.name == "南京市财政局" && bridges.name == "农桥建设专项资金")
    }

    /// A number counting something else than money is no amount: `单位职能概述(450字内)`, a text
    /// field's limit in a blank 财政支出绩效目标申报表 (广西), had been its budget of 450 万元 (a wrong
    /// total with exit 0). Its fund lines (政府性基金预算拨款 …) and text fields are keys.
    @Test func aWordLimitIsNoBudget() throws {
        let text = """
            财政支出绩效目标申报表 |
            |
            |
            (2021年度) |
            |
            填报单位: |
            |
            |
            |
            项目名称 |
            |
            项目类型 |
            |
            |
            主管部门编码 |
            |
            主管部门名称 |
            |
            |
            项目实施单位 |
            |
            项目负责人 |
            |
            联系电话 |
            |
            |
            项目起止时间(如20190101) |
            |
            到 |
            |
            |
            项目资金申请(万元) |
            资金总额: |
            |
            |
            一般公共预算拨款: |
            |
            |
            政府性基金预算拨款: |
            |
            |
            国有资本经营预算拨款: |
            |
            |
            纳入财政专户管理的收入: |
            |
            |
            未纳入财政专户管理的收入: |
            |
            |
            上年结余收入: |
            |
            |
            单位职能概述(450字内) |
            |
            |
            项目概况(450字内) |
            |
            |
            项目立项情况 |
            项目立项的依据(450字内) |
            |
            |
            项目申报的可行性(450字内) |
            |
            |
            项目申报的必要性(450字内) |
            |
            |
            项目实施进度计划(450字内) |
            |
            |
            项目绩效目标 |
            长期目标(450字内) |
            年度目标(450字内) |
            |
            |
            |
            |
            项目年度绩效目标衡量指标 |
            一级指标 |
            二级指标 |
            分值 |
            指标内容(150字内) |
            指标值(150字内) |
            评分细则(150字内) |
            |
            投入指标 |
            资金到位率 |
            5 |
            资金到位率=(实际到位资金/计划投入资金)×100%。 |
            资金到位率达100% |
            到位率100%得5分,每少10个百分点以内扣1分,扣完为止。 |
            |
            预算支出进度 |
            15 |
            预算支出进度是否达到90%以上。 |
            预算支出进度达到90%以上 |
            预算支出进度达到90%以上(含90%)得15分,每少1个百分点扣1分,扣完为止。 |
            |
            过程指标 |
            项目资金专项核算 |
            5 |
            专项资金是否按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算。 |
            专项资金必须按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算 |
            专项资金按《行政单位财务规则》和《事业单位财务规则》专款专用得2分,专项核算得3分,否则0分。 |
            |
            资金使用合规性 |
            10 |
            ①是否符合国家财经法规和财务管理制度以及有关专项资金管理办法的规定;
            ②资金的拨付是否有
            """
        let document = try #require(Self.partial(text, named: "申报表.txt"))
        let project = try #require(document.projects.first)
        #expect(project.budget == nil)
        #expect(document.findings.contains { $0.rule == RuleID.budgetMissing })
        // A text field no key names right after the total's key is its value, and still no amount.
        let unnamed = text.replacingOccurrences(of: "资金总额:", with: "资金总额: |\n项目简介(300字以内)")
        #expect(try #require(Self.partial(unnamed, named: "申报表.txt")?.projects.first).budget == nil)
        #expect(MoneyText.parse("单位职能概述(450字内)", countUnits: [Array("字".unicodeScalars)]) == nil)
        #expect(MoneyText.parse("共3个项目,合计120万元", countUnits: [Array("个".unicodeScalars)])?.amount == 120)
        #expect(MoneyText.parse("单位职能概述(450字内)")?.amount == 450)  // without the vocabulary's units
    }

    /// A key broken over two lines after its joining word (`主管部门(单位)名称及` / `部门预算编码`,
    /// 福建德化's 专项转移支付区域绩效目标表) is one key: the department is 德化县民政局, not 「及」.
    @Test func aKeyBrokenAfterItsJoiningWord() throws {
        let text = """

            德新社区长者食堂

            5

            合计

            10








            附件2

            专项转移支付区域绩效目标表

            2025年度)

            项目名称

            中央专项彩票公益金支持居家和社区基本养老服务提升行动项目(老年助餐省级补助)

            主管部门(单位)名称及

            部门预算编码

            德化县民政局

            资金情况(万元)

            资金总额

            10

            其中:财政拨款

            10

            其他资金

            0

            总体

            目标

            支持老年助餐机构根据需要购置或更新助餐设
            """
        let project = try #require(Self.partial(text, named: "德化老年助餐.txt")?.projects.first)
        #expect(project.department.name == "德化县民政局" && project.budget == 10)
    }

    /// 湖南's 项目支出绩效目标表公开 copied with each row run together on its line, its target
    /// column before its text columns (三级指标 | 指标值 | 指标值内容 | 评(扣分标准) | 度量单位 |
    /// 指标值类型): the name ends where the target starts, the text after the target is the text
    /// columns', `-定量` at the end the unit (none) and the type. Each row had been cut into up to
    /// four indicators (`以上得10分,每减少 | 1%`), and the template's empty groups (`-定性`) read as indicators.
    /// The header takes two lines, the project's columns on the first: the unit's row
    /// (`505006州民族特殊教育学校30.00`) and the project's are cut into code, name and amount
    /// (`GluedProjectRow`); they had been read as two indicators, the project named after the title
    /// with no budget. A group's marks on a line of their own (`-定性`) end its labels' row above.
    @Test func rowsRunTogetherWithTheirTargetBeforeTheirText() throws {
        let text = """
            → 您的位置: 首页 >> 通知公告
            湘西州特校2023项目支出绩效目标表公开
            发布时间:2023-03-08 08:21:43  点击次数:1375  作者: 湘西特校


            2023年项目支出绩效目标表公开

            部门:505_湘西州教育和体育局金额单位:万元
            单位代码单位(专项)名称资金总额实施期绩效目标绩效指标
            一级指标二级指标三级指标指标值指标值内容评(扣分标准) 度量单位指标值类型备注
            505006州民族特殊教育学校30.00









              505006  学生伙食费30.00
            成本指标经济成本指标学生补助标准17元/人.每天反映学生每天用餐标准按标准发放得10分,每少1元扣1分-定量
            生态环境成本指标



            -定性
            社会成本指标



            -定性
            满意度指标服务对象满意度指标学生对学校伙食得满意度95%以上学生对学校伙食满意程度95%以上得10分,每降低1%扣1分-定性
            产出指标数量指标补助学生数量168反映补助学生人数发放到位得10分,每减少1%,扣1分-定量
            质量指标伙食补助发放率90%以上实际发放伙食补助金额/应发放伙食补助金额9%0得10分,每减少1%扣1分-定量
            伙食补助资金到位率90%以上实际收到伙食补助金额/2023年伙食补助预算90%得10分,每减少1%扣1分-定量
            伙食补助覆盖率90%以上实际领取伙食补助人数/应发放伙食补助人数90%得10分,每减少1%扣1分-定量
            时效指标任务完成时间2023年12月31日反映该项目完成时间按期完成得10分,每超出10天扣1分-定量
            效益指标经济效益指标



            -定性
            社会效益指标残疾学生入学率大于90%适龄学生入学情况90%得10分,每减少1%扣1分-定量
            残疾学生家庭负担率有所减轻对家庭负担减轻情况较大得10分,一般得6分-定性
            残疾学生生活质量有所提升残疾学生生活质量良好得10分,一般得8分,差得0分-定性
            生态效益指标



            -定性
            可持续影响指标



            -定性














            返回】
            """
        let document = try Self.read(text, named: "湘西州特校.txt")
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.name == "学生伙食费" && project.budget == 30)
        #expect(project.department.description == "505-湘西州教育和体育局")
        #expect(project.unit?.description == "505006-州民族特殊教育学校")
        // The empty groups and the site's `返回】` link (its bracket lost) are structure.
        #expect(document.rejected.isEmpty && document.rowsRead == document.rowsWritten)
        #expect(project.indicators.map(\.level1Label) == ["成本指标", "满意度指标", "产出指标", "产出指标", "产出指标", "产出指标", "产出指标",
                                                            "效益指标", "效益指标", "效益指标"])
        #expect(project.indicators.map(\.comparisonAsWritten) == ["定量", "定性", "定量", "定量", "定量", "定量", "定量", "定量", "定性", "定性"])
        let byName = Dictionary(project.indicators.map { ($0.nameAsWritten, $0) }, uniquingKeysWith: { first, _ in first })
        // A rate's second measure after a dot is the unit's (`元/人.每天`).
        #expect(byName["学生补助标准"]?.valueAsWritten == "17元/人.每天")
        #expect(byName["学生对学校伙食得满意度"]?.valueAsWritten == "95%以上")
        #expect(byName["补助学生数量"]?.valueAsWritten == "168")
        #expect(byName["伙食补助资金到位率"]?.valueAsWritten == "90%以上")
        #expect(byName["任务完成时间"]?.valueAsWritten == "2023年12月31日")
        #expect(byName["残疾学生入学率"]?.valueAsWritten == "大于90%")
        #expect(byName["残疾学生家庭负担率"]?.valueAsWritten == "有所减轻")
        #expect(byName["残疾学生生活质量"]?.valueAsWritten == "有所提升")
        #expect(byName["补助学生数量"]?.level2Label == "数量指标")
        #expect(!project.indicators.contains { $0.nameAsWritten.contains("得10分") || $0.nameAsWritten.hasPrefix("-") })
        #expect(project.indicators.count == 10)
        // The copy cut inside a row, before its value (after its labels, or in a row with none):
        // that row rejected as cut, the rows above kept.
        for (row, kept, indicators) in [("社会效益指标残疾学生入学率", "社会效益指标残疾学生入", 7), ("残疾学生家庭负担率有所减轻", "残疾学生家庭", 8)] {
            let start = try #require(text.range(of: row)).lowerBound
            let cut = try Self.read(String(text[..<start]) + kept, named: "湘西州特校.txt")
            #expect(cut.projects.first?.indicators.count == indicators)
            #expect(cut.rejected.map(\.reason) == [FormReader.cutRow])
            #expect(cut.rowsRead == cut.rowsWritten + 1)
        }
        // Cut right after a target: the row read, and said to be perhaps cut.
        let target = try #require(text.range(of: "伙食补助资金到位率90%以上")).upperBound
        let ended = try Self.read(String(text[..<target]), named: "湘西州特校.txt")
        #expect(ended.projects.first?.indicators.last?.valueAsWritten == "90%以上" && ended.rejected.isEmpty)
        #expect(ended.findings.filter { $0.rule == RuleID.valueMaybeCut }.map(\.message) == ["复制的文字在指标「伙食补助资金到位率」的指标值「90%以上」处截断（文件末尾没有换行），指标值可能不完整"])
    }

    /// 重庆's 整体绩效目标表 copied with each row run together on its line, its columns after the
    /// name all short (`指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值`): cut in that order, the name
    /// ending where the rest reads as those columns. The unit had gone with the weight (`10%`,
    /// target `=100`), `10公里=125` had been a target of 10 公里, and `1020` a target of 1020.
    @Test func rowsRunTogetherCutInTheirColumnsOrder() throws {
        let project = try #require(Self.partial(Self.yipinStreet, named: "一品街道.txt")?.projects.first)
        let byName = Dictionary(project.indicators.map { ($0.nameAsWritten, $0) }, uniquingKeysWith: { first, _ in first })
        let execution = try #require(byName["预决算及时编制率"])
        #expect(execution.weightAsWritten == "10" && execution.unitAsWritten == "%" && execution.comparisonAsWritten == "="
            && execution.valueAsWritten == "100")
        let roads = try #require(byName["农村公路养护里程"])
        #expect(roads.weightAsWritten == "10" && roads.unitAsWritten == "公里" && roads.valueAsWritten == "125")
        #expect(byName["开展各种文艺活动场次"]?.valueAsWritten == "20" && byName["开展各种文艺活动场次"]?.weightAsWritten == "10")
        #expect(byName["森林受灾率"]?.valueAsWritten == "1" && byName["森林受灾率"]?.unitAsWritten == "%")
        #expect(byName["基层组织建设办公阵地和干部人才保障有效性"]?.valueAsWritten == "有效保障")
        #expect(byName["服务对象满意度"]?.weightAsWritten == "5" && byName["服务对象满意度"]?.valueAsWritten == "95")
        // Its eleven rows, 预算执行率 among them (a whole department's target).
        #expect(project.indicators.count == 11 && project.budget == 3724.39)
    }

    /// 新疆's 公示 template writes its level 1 `项目完成` (framework.yaml's `short_aliases` of
    /// 产出指标): alone in its cell it is the label of the rows under it (温泉县, one cell a line: it
    /// had been an indicator with no target, and the seven rows had no level 1), while glued
    /// before more text it is the start of a name (`项目完成率`, not label 项目完成 and name 率).
    @Test func aLevel1WordThatAlsoStartsNames() throws {
        let text = """
            经县扶贫开发领导小组研究决定,2019年城乡居民基本医疗保险财政补助资金项目由县医疗保障局实施1个,涉及资金203万元,现将项目有关情况公示如下:
            一、城乡居民基本医疗保险财政补助资金项目
            1、实施地点
            温泉县
            2、建设内容
            全县城乡居民基本医疗保险参保43230人,户籍人口基本医保综合参保率大于95%,参保人政策范围内住院报销比例大于68%,建档立卡贫困户参保率100%,减轻参保人员就医负担,缓解社会矛盾。
            3、补助标准
            中央 |
            自治区 |
            自治州 |
            县 |
            合计 |
            416元 |
            73元 |
            20元 |
            80元 |
            589元 |
            4、资金来源及规模(其中财政资金203万元)
            5、实施期限
            2019年1月1日-2019年12月31日
            6、实施单位及责任人
            实施单位:温泉县医疗保障局 责任人:马玉秀
            7、绩效目标
            部门预算项目支出绩效目标表 |
            |
            (2019年度) |
            |
            |
            |
            |
            |
            |
            |
            |
            |
            项目名称 |
            城乡居民基本医疗保险财政补助资金 |
            |
            预算单位 |
            温泉县医疗保障局 |
            |
            项目资金 (万元) |
            年度资金总额:203 |
            |
            其中:财政拨款 203 |
            |
            其他资金 |
            |
            总 体 目 标 |
            年度目标 |
            |
            为建立全县统一、城乡一体、惠民高效、公平可及的城乡居民基本医疗保险制度,保障基本医疗需求,有利于进一步改善人民群众基本生活,保障居民身体健康,减轻家庭经济负担,使所有的参保人员不因病致贫、因病返贫。 |
            |
            绩 效 指 标 |
            一级 指标 |
            二级指标 |
            三级指标 |
            指标值(包含数字及文字描述) |
            |
            项目完成 |
            数量指标 |
            基本医疗保险参保人数 |
            43230人 |
            |
            城乡居民基本医疗参保率 |
            ≥95% |
            |
            贫困人员参保率 |
            100% |
            |
            基本医疗保险财政补助标准 |
            589元/人 |
            |
            质量指标 |
            补助资金按时到期 |
            补助资金及时到位100% |
            |
            符合政策规定 |
            专项补助使用符合政策规定 |
            |
            时效指标 |
            专项补助使用落实期限 |
            2019年1月-2019年12月 |
            |
            """
        let project = try #require(Self.partial(text, named: "温泉医保.txt")?.projects.first)
        #expect(project.indicators.count == 7 && !project.indicators.contains { $0.nameAsWritten == "项目完成" })
        #expect(project.indicators.allSatisfy { $0.level1Label == "项目完成" })
        #expect(project.indicators.first?.nameAsWritten == "基本医疗保险参保人数" && project.indicators.first?.valueAsWritten == "43230人")
        let glued = """
            绩效目标表
            项目名称测试项目资金总额10
            一级指标二级指标三级指标指标值
            产出指标数量指标项目完成率100%
            """
        let rate = try #require(Self.partial(glued, named: "粘连.txt")?.projects.first?.indicators.first)
        #expect(rate.nameAsWritten == "项目完成率" && rate.level1Label == "产出指标" && rate.valueAsWritten == "100%")
    }

    /// 广东肇庆's 绩效目标表 one cell a line: the 主管部门 is 肇庆市民政局, not 未注明 (as read at the start
    /// of session 31) nor the 用款单位's two names; `用款单位` is the unit's key and `项目等级`, `起始年度`,
    /// `到期年度` are keys.
    @Test func aGuangdongFormsUnitKeys() throws {
        let text = """
            2024年市级福利彩票公益金补助资金开展“助老颐养”公益项目资金分配明细表、绩效目标表肇财社〔2024〕116号

            2024年市级福利彩票公益金补助资金开展“助老颐养”公益项目资金分配明细表、绩效目标表肇财社〔2024〕116号

            分配明细表

            单位:万元

            序号

            县(市、区)

            资助项目内容

            金额

            1

            肇庆市民政局

            肇庆市民政局开展“福彩杯”

            公益创投活动

            15

            2

            肇庆高新区

            肇庆高新区养老服务体系建设项目(获省民政厅的长者饭堂优秀案例、全国智慧健康养老试点街道项目)

            35

            合计

            50


            绩效目标表

            项目名称

            2024年开展“助老颐养”公益项目资金

            项目类型

            其他事业发展性支出

            项目等级

            二级项目

            主管部门

            肇庆市民政局

            用款单位

            肇庆市民政局、肇庆高新区社会工作局

            实施期限

            起始年度

            2024

            到期年度

            2024

            预算金额

            总金额

            50万元

            当年度金额

            50万元

            项目概述

              中共中央办公厅、国务院办公厅印发《关于推进基本养老服务体系建设的意见》《民政部彩票公益金使用管理办法》,为推进全社会共同参与助老扶老工作,探索推进热心企业、热心社会组织承接及购买政府职能转移服务新途径,激发社会力量参与养老颐养活力,申请福彩公益金50万元资助开展“助老颐养”公益项目,用于开展长者饭堂送餐助餐、智慧养老、居家养老、特殊困难老年人关爱等方面。

            总体绩效目标

            当年度目标

              激发热心企业、热心社会组织等社会力量参与养老颐养活力,按照助老扶老工作公益项目优势及评判社会效益成果程度,申请福彩公益金50万元资助开展“助老颐养”公益项目。持续提升老年人生活安全感、幸福感、获得感 。

            绩效指标

            一级指标

            二级指标

            三级指标

            当年度指标值

            产出指标

            数量指标

            满足开展
            """
        let project = try #require(Self.partial(text, named: "肇庆助老.txt")?.projects.first)
        #expect(project.department.name == "肇庆市民政局" && project.budget == 50)
        #expect(project.unit?.name == "肇庆市民政局、肇庆高新区社会工作局")
    }

    /// A number inside a later clause of prose is no amount (`MoneyText.clauseMarks`): 百色's 公开表
    /// left 其他资金 empty, its value ran on into the next text field (`根据《…》,市人民政府按照生均教育
    /// 事业费1.65万元标准拨付…`), and the budget taken from the funds was 250 + 1.65 = 251.65 万元 (a
    /// wrong total). The total row is 小计 250 of 一般公共预算拨款, a fiscal key.
    @Test func aNumberInsideProseIsNoAmount() throws {
        let text = """
            | 百色市教育局部门(含所属二层)2024年1月年中综合财政支出预算纳入预算绩效管理的项目1个,项目名称为百色市百东实验初级中学生均教育事业费,项目绩效目标详见附件。 | |||||||
            | 2024年度预算项目绩效目标公开表 | |||||||
            | 项目名称 | 百色市百东实验初级中学生均教育事业费 | ||||||
            | 项目主管部门 | 百色市教育局 | 项目实施单位 | 百色市教育局 | ||||
            | 项目属性 | 经常性 | ||||||
            | 项目资金 (万元) | 合计 | 250 | |||||
            | 一般公共预算拨款 | 小计 | 250 | |||||
            | 市本级 | 250 | ||||||
            | 中央及自治区补助 | |||||||
            | 政府性基金预算拨款 | |||||||
            | 国有资本经营预算拨款 | |||||||
            | 其他资金 | |||||||
            | 项目实施内容 | 根据《百色市教育局委托广西希达教育开发有限公司管理百色市百东实验初级中学协议书》,市人民政府按照生均教育事业费1.65万元标准拨付办学经费给百色市百东实验初级中学,用于学校办公、水、电及教职工人员经费等。百色市百东实验初级中学2023年秋季在校学生1304人,1304*1.65*0.5=1075.80万元,2023年已经拨付466.42万元,还需要拨付1075.8-466.42=609.38万元,本次安排250万元。 | ||||||
            | 项目起止时间 | 2024年1月1日至12月31日 | ||||||
            | 项目实施 进度计划 |
            百色市百东实验初级中学2023年6月份转为公办学校,2023年9月至2024年1月正常办学,2024年1-2月拨付办学经费。 | ||||||
            | 年度绩效目标 | 一、根据协议支付合作办学经费,确保协议履约,实现学校正常运行。二、引进优质教育品牌、与名校合作办学、实施委托管理办学等方式,多渠道增加优质教育资源供给,培育和催生一批新的优质教育资源,进一步提升区域教育优质均衡发展水平和教育品牌影响力。 | ||||||
            | 中期绩效目标 | 多渠道增加优质教育资源供给,培育和催生一批新的优质
            """
        let document = try #require(Self.partial(text, named: "百色百东.txt"))
        let project = try #require(document.projects.first)
        #expect(project.budget == 250 && project.fiscalFunds == 250 && project.otherFunds == nil)
        #expect(document.findings.contains { $0.rule == RuleID.budgetFromFunds })
        #expect(MoneyText.parse("根据《百色市教育局委托广西希达教育开发有限公司管理百色市百东实验初级中学协议书》,市人民政府按照生均教育事业费1.65万元标准拨付办学经费") == nil)
        #expect(MoneyText.parse("854万(高标准农田建设400万元,农村道路454万元)")?.amount == 854)
    }

    /// `中期资金总额` (the 财政部 申报表's total for the whole period) is a budget key of the whole
    /// period (`whole_period_budget_keys`): the year's total is taken when it has an amount, else it
    /// (永济's 文物保护经费, 年度资金总额 left blank: 1,000,000 元). Glued, the 资金总额 inside it had been
    /// taken for the budget: `中期资金总额500年度资金总额100` gave 500, a wrong total.
    @Test func aMediumTermTotalIsTheBudgetOnlyWithoutTheYears() throws {
        let yongji = """
            文物保护中心7个项目绩效目标表.xls
            永济市县(区)级预算部门(单位)项目支出绩效目标申报表 (2023年度) 项目名称 2023年文物保护经费 主管部门及代码 404-永济市文化和旅游局 实施单位 项目属性 一次性项目(1年结束) 项目期 实施期资金总额: 1,000,000 其中:中央财政资金 0 其中:中央财政资金 省级财政资金 0 省级财政资金 项目资金 (元) 市县(区)财政资 1,000,000 金 0 单位自筹 其他资金 年度资金总额: 市县(区)财政资金 单位自筹 其他资金 项目概况 主要用于文物修缮、宣传、文创产品开发、文物保护人员经费、办公经费等等支出 立项依据 根据永文保发【2022】26号关于将2022年文物保护经费纳入财政预算的请示 项目设立必要性 保证项目实施的制度、措施 项目实施计划 突出永济市的历史文化价值、体现华夏民族的精神追求、向世人全面展示古中国的蒲州 根据永文保发【2022】26号关于将2022年文物保护经费纳入财政预算的请示 主要用于文物修缮、宣传、文创产品开发、文物保护人员经费、办公经费等等支出 实施期目标 年度目标 总体目标 主要用于文物修缮、宣传、文创产品开发、文物保护人员经费、办公经费等等支出 一级指标 二级指标 数量指标 产出指标 绩 效 指 标 质量指标 三级指标 指标值 永安真武庙戏台 1处 文物安全巡查 416处 文物宣传教育短信 ≥3万条 文保单位抢险维修 100% 主要用于文物修缮、宣传、文创 护人员经费、办公经费 二级指标 数量指标 质量指标 产出指标 绩 效 指 标 质量指标 质量指标 文物安全巡查覆盖率 100% 时效指标 按期完工 按期完工 成本指标 文物保护单位方案编制费、古建筑日常养护及抢险加固费、文物安全巡查费、宣传教育费、文物保 59万元 成本指标 永安真武庙戏台
            """
        #expect(try #require(Self.partial(yongji, named: "永济文物.txt")?.projects.first).budget == 100)
        let glued = """
            项目支出绩效目标申报表
            项目名称测试项目主管部门平武县财政局
            项目资金(万元)中期资金总额500年度资金总额100
            一级指标二级指标三级指标指标值
            产出指标数量指标培训人数100人
            """
        #expect(try #require(Self.partial(glued, named: "中期.txt")?.projects.first).budget == 100)
    }

    /// An allocation table's total label with words after it titles a column (南江's glued 分配表:
    /// `合计自然保护地体系建设(…)…功能科目代码小计2110406小计2130209…`): it takes no amount from the text
    /// after it. The 功能科目 code 2110406 had been the table's total, and, the form's own 年度金额
    /// left blank, its budget (2,110,406 万元, a wrong total with exit 0).
    @Test func aTotalLabelTitlingAColumnTakesNoAmount() throws {
        let page = """
            县林业局:根据省财政厅省林业和草原局《关于下达2024年省级财政林业草原专项资金预算(第一批)的通知》(川财资环〔2024〕26号)文件,现下达你单位2024年省级财政林业草原专项资金(第一批)如数(详见附表),主要用于自然保护地体系建设、天然林保护、林业草原支撑保障体系建设等方面支出,并就有关事项通知如下:一、支出请列入2024年政府收支分类功能科目“21104节能环保支出-自然生态保护”“21302农林水支出-林业和草原”相关项级科目,省级自然保护区补助专项用于光雾山省级自然保护区、大小兰沟省级自然保护区能力提升建设,请按照《文旅新区双重管理机构林业项目资金划转办法》要求办理,三、请严格按照专项资金管理相关规定,加强项目资金和预算绩效管理,附件:1.2024年省级财政林业草原专项资金(第一批)分配表(任务清单)2.2023年省级财政林业草原专项资金(第一批)区域绩效目标表南江县财政局2024年6月7日附件12023年省级财政林业草原专项资金(第一批)分配表(任务清单)金额单位:万元预算单位合计自然保护地体系建设(省级自然保护区补助)天然林保护(非国有省级公益林生态效益补偿)林业草原支撑保障体系建设(林业有害生物防治)备注政府收支分类功能科目代码小计2110406小计2130209小计2130234南江县林业局357.18199光雾山省级自然保护区、大小兰沟省级自然保护区能力提升建设补助134.18103245亩非国有省级公益林生态效益补偿24林业有害生物防治补助附件22023年省级财政林业草原专项资金(第一批)区域绩效目标表资金名称省级财政林业草原专项资金(天然林保护、林业草原支撑保障体系建设)主管部门南江县林业局中央补助年度金额(万元)158.18总体目标加强森林资源管护,林业草原有害生物无公害防治成效
            """
        let filled = try #require(Self.partial(page, named: "南江林业.txt"))
        #expect(filled.projects.first?.budget == 158.18)
        #expect(!filled.readingNotes.contains { $0.contains("2110406") })
        let blank = page.replacingOccurrences(of: "年度金额(万元)158.18", with: "年度金额(万元)")
        let document = try #require(Self.partial(blank, named: "南江林业.txt"))
        #expect(document.projects.first?.budget == nil && document.findings.contains { $0.rule == RuleID.budgetMissing })
    }

    /// A key with its first characters typed twice (西青's second form: `主管主管部门 | 天津市西青区卫生健康委员会`)
    /// is the key: the project's name had run on into it and its value
    /// (`…绩效工资补助主管主管部门天津市西青区卫生健康委员会`), and the form had no 主管部门.
    @Test func aKeyTypedWithItsStartTwice() throws {
        let page = """
            项目支出绩效自评表 | |||||||||
            (2021年度) | |||||||||
            项目名称 | 基层医疗机构诊疗服务能力提升-基层医疗卫生机构绩效工资补助 | ||||||||
            主管主管部门 | 天津市西青区卫生健康委员会 | 项目实施单位 | 天津市西青区赤龙社区卫生服务中心 | ||||||
            项目资金 (万元) | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 得分 | 执行率(B/A) | 偏差原因分析及 改进措施 | ||
            年度资金总额: | 3 | 3 | 3 | 10 | 10 | 100.00% | |||
            其中:中央补助 | - | - | |||||||
            市
            """
        let project = try #require(Self.partial(page, named: "西青赤龙.txt")?.projects.first)
        #expect(project.name == "基层医疗机构诊疗服务能力提升-基层医疗卫生机构绩效工资补助")
        #expect(project.department.name == "天津市西青区卫生健康委员会")
        #expect(project.budget == 3)
    }
}
