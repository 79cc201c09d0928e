import Foundation
import Testing
@testable import JixiaoCore

/// Indicator tables worded the template's own way: a scoring rule's row (年度预算执行率) among
/// the targets, labels the vocabulary has no word for, a weight after each value. The same
/// form in every rendering extractors give reads to the same records.
@Suite struct TemplateWordingTests {
    static let top = ["2024年项目支出绩效目标审批表", "填报单位(盖章):井研县农业农村局 金额单位:万元"]
    static let keys = [["项目名称", "高标准农田建设项目"],
                       ["主管部门", "井研县农业农村局", "项目执行单位", "井研县农田建设服务中心"],
                       ["年度本级预算金额", "854", "其中:财政资金", "854", "其他资金", "0"],
                       ["年度目标", "新建高标准农田1万亩,提高粮食综合生产能力。"]]
    static let table = [["一级指标", "二级指标", "三级指标", "指标值", "分值"],
                        ["产出指标(50分)", "数量指标", "新建高标准农田面积", "≥10000亩", "20"],
                        ["", "质量指标", "工程验收合格率", "100%", "15"],
                        ["", "时效指标", "项目完工及时率", "100%", "15"],
                        ["效益指标(30分)", "经济效益指标", "亩均粮食增产", "≥50公斤", "15"],
                        ["", "可持续影响指标", "工程设计使用年限", "≥15年", "15"],
                        ["满意度指标(10分)", "服务对象满意度指标", "受益群众满意度", "≥90%", "10"],
                        ["预算执行(10分)", "预算执行率", "年度预算执行率", "100%", "10"]]

    /// The form as tabs, ` | ` rows, rows split by two spaces, one cell a line, and one cell a
    /// line with blank lines between (blank merged cells left out but in the tab grid).
    static func rendering(_ name: String, top: [String] = top, rows: [[String]] = keys + table) -> String {
        let lines: [String] = switch name {
        case "tabs": rows.map { $0.joined(separator: "\t") }
        case "pipes": rows.map { $0.filter { !$0.isEmpty }.joined(separator: " | ") }
        case "spaces": rows.map { $0.filter { !$0.isEmpty }.joined(separator: "  ") }
        case "cells": rows.flatMap { $0.filter { !$0.isEmpty } }
        case "glued-rows": rows.map { $0.joined() }
        default: rows.flatMap { $0.filter { !$0.isEmpty }.flatMap { [$0, ""] } }
        }
        return (top + lines).joined(separator: "\n") + "\n"
    }

    static func read(_ text: String, named name: String = "井研县.txt") throws -> CountyDocument {
        try Loaders.load(path: Fixtures.write(text, named: name, in: Fixtures.temporaryDirectory()))
    }

    /// 年度预算执行率 is how the self-evaluation scores budget execution (10 of its 100 points),
    /// not a target: set apart with a finding, the six targets' weights add up to the
    /// template's 90. It had been read as a seventh indicator named 预算执行(10分) whose value
    /// was 预算执行率 (weights 100); one cell a line, every weight had been rejected as a value
    /// without a name, and `≥50公斤` (no unit the vocabulary knew) had become a name.
    @Test(arguments: ["tabs", "pipes", "spaces", "cells", "cells-blank"])
    func aScoringRuleRowIsSetApart(rendering: String) throws {
        let document = try Self.read(Self.rendering(rendering))
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.name == "高标准农田建设项目")
        #expect(project.budget == 854)
        #expect(project.indicators.map(\.nameAsWritten) == ["新建高标准农田面积", "工程验收合格率", "项目完工及时率",
                                                             "亩均粮食增产", "工程设计使用年限", "受益群众满意度"])
        #expect(project.indicators.map(\.valueAsWritten) == ["≥10000亩", "100%", "100%", "≥50公斤", "≥15年", "≥90%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["20", "15", "15", "15", "15", "10"])
        #expect(project.indicators.map(\.level2Label) == ["数量指标", "质量指标", "时效指标", "经济效益指标",
                                                          "可持续影响指标", "服务对象满意度指标"])
        let scoring = document.findings.filter { $0.rule == RuleID.scoringRow }
        #expect(scoring.count == 1)
        #expect(scoring.first?.message.contains("年度预算执行率") == true)
        #expect(scoring.first?.message.contains("10 分") == true)
        #expect(document.rejected.isEmpty)
        #expect(document.rowsRead == document.rowsWritten)
    }

    /// Under a level above the framework (过程管理指标 / 资金管理指标), 预算执行率 is a target
    /// like any other, and so is it under a framework label written on its line.
    @Test func budgetExecutionUnderALabelIsATarget() throws {
        let text = """
            中央预算内投资计划绩效目标表
            项目名称 | 以工代赈示范工程
            下达中央预算内投资(万元) | 853
            一级指标 | 二级指标 | 三级指标 | 指标值
            实施效果指标 | 产出指标 | 新建道路 | 5公里
            过程管理指标 | 资金管理指标 | 预算执行率 | ≥90%
            | 项目管理指标 | 开工及时率 | 100%
            """
        let project = try #require(try Self.read(text, named: "舒城县.txt").projects.first)
        #expect(project.indicators.map(\.nameAsWritten) == ["新建道路", "预算执行率", "开工及时率"])
        #expect(project.indicators.map(\.valueAsWritten) == ["5公里", "≥90%", "100%"])
        let timely = """
            项目支出绩效目标表
            项目名称 | 办公楼维修
            资金总额 | 20
            一级指标 | 二级指标 | 三级指标 | 指标值
            产出指标 | 时效指标 | 预算执行率 | ≥95%
            """
        let document = try Self.read(timely)
        #expect(document.projects.first?.indicators.map(\.nameAsWritten) == ["预算执行率"])
        #expect(!document.findings.contains { $0.rule == RuleID.scoringRow })
    }

    /// 一般性项目绩效目标表 of a township (编制单位 `820001-井研县马踏镇人民政府`): long-term and
    /// this year's targets, 指标权重, then a scoring standard and a remark after the values. One
    /// cell a line, each scoring standard had become an indicator of its own with no value
    /// (13 indicators for 8); the budget is the amount before its breakdown in words.
    @Test(arguments: ["tabs", "pipes", "cells", "cells-blank"])
    func longTermTargetsWeightsAndAScoringStandard(rendering: String) throws {
        let top = ["井研县马踏镇2024年部门预算公开", "一般性项目绩效目标表(一级项目)", "编制单位:820001-井研县马踏镇人民政府 单位:万元"]
        let rows = [["项目支出名称", "乡村振兴产业发展", "项目主管部门", "井研县马踏镇人民政府"],
                    ["项目资金总额", "854万(高标准农田建设400万元,产业路建设300万元,其他154万元)"],
                    ["其中:上级资金", "700", "当年财政拨款", "154"],
                    ["年度目标", "完成高标准农田建设2000亩,新建产业路5公里"],
                    ["一级指标", "二级指标", "三级指标", "长期指标值", "年度指标值", "指标权重", "评(扣)分标准", "备注"],
                    ["产出指标", "数量指标", "高标准农田建设面积", "6000亩", "2000亩", "20", "未完成按比例扣分", ""],
                    ["", "", "新建产业路长度", "15公里", "5公里", "10", "未完成按比例扣分", ""],
                    ["", "质量指标", "工程验收合格率", "100%", "100%", "10", "不合格不得分", ""],
                    ["", "时效指标", "年度任务完成时间", "2026年底", "2024年12月底前", "10", "逾期扣分", ""],
                    ["成本指标", "经济成本指标", "每亩建设成本", "≤2000元", "≤2000元", "10", "超出扣分", ""],
                    ["效益指标", "经济效益指标", "带动农户增收", "≥1000元/户", "≥500元/户", "10", "", ""],
                    ["", "可持续影响指标", "设施使用年限", "≥15年", "≥15年", "10", "", ""],
                    ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥95%", "≥90%", "10", "", ""]]
        let document = try Self.read(Self.rendering(rendering, top: top, rows: rows), named: "马踏镇.txt")
        #expect(document.county == "井研县")
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.name == "乡村振兴产业发展")
        #expect(project.department.name == "井研县马踏镇人民政府")
        #expect(project.budget == 854)
        #expect(project.indicators.map(\.nameAsWritten) == ["高标准农田建设面积", "新建产业路长度", "工程验收合格率", "年度任务完成时间",
                                                             "每亩建设成本", "带动农户增收", "设施使用年限", "受益农户满意度"])
        #expect(project.indicators.map(\.valueAsWritten) == ["2000亩", "5公里", "100%", "2024年12月底前", "≤2000元", "≥500元/户", "≥15年", "≥90%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["20", "10", "10", "10", "10", "10", "10", "10"])
        #expect(project.indicators.first?.otherColumns == "长期指标值=6000亩；评(扣)分标准=未完成按比例扣分")
        #expect(document.rejected.isEmpty)
    }

    /// 绩效目标申报表(基础设施建设类): 项目执行单位 beside 主管部门, an indicator column titled 指标,
    /// values with their units (指标值及单位), a 备注 column left empty. Each row glued on its line
    /// too: a value glued to its name's end (`改造排水管网长度8公里`) had stayed in the name and
    /// taken the next row as its value (7 indicators for 8, none with a value of its own), and
    /// the unit after 主管部门's value had become part of the department's name.
    @Test(arguments: ["tabs", "pipes", "spaces", "cells", "cells-blank", "glued-rows"])
    func anInfrastructureForm(rendering: String) throws {
        let top = ["附件2", "绩效目标申报表(基础设施建设类)", "(2023年度)"]
        let rows = [["项目名称", "城区排水管网改造工程"],
                    ["主管部门", "射洪市住房和城乡建设局", "项目执行单位", "射洪市市政工程管理所"],
                    ["当年资金总额(万元)", "1200", "其中:财政资金", "800", "其他资金", "400"],
                    ["年度绩效目标", "完成城区排水管网改造8公里,解决城区内涝问题。"],
                    ["绩效指标", "一级指标", "二级指标", "指标", "指标值及单位", "备注"],
                    ["", "产出指标", "数量指标", "改造排水管网长度", "8公里", ""],
                    ["", "", "", "新建检查井数量", "120座", ""],
                    ["", "", "质量指标", "工程验收合格率", "100%", ""],
                    ["", "", "时效指标", "工程完工时间", "2023年12月", ""],
                    ["", "", "成本指标", "每公里改造成本", "≤150万元", ""],
                    ["", "效益指标", "社会效益指标", "城区内涝点减少", "≥5处", ""],
                    ["", "", "可持续影响指标", "管网使用年限", "≥30年", ""],
                    ["", "满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", ""]]
        let document = try Self.read(Self.rendering(rendering, top: top, rows: rows), named: "射洪市.txt")
        #expect(document.county == "射洪市")
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.name == "城区排水管网改造工程")
        #expect(project.department.name == "射洪市住房和城乡建设局")
        #expect(project.budget == 1200)
        #expect(project.indicators.map(\.nameAsWritten) == ["改造排水管网长度", "新建检查井数量", "工程验收合格率", "工程完工时间",
                                                             "每公里改造成本", "城区内涝点减少", "管网使用年限", "沿线居民满意度"])
        #expect(project.indicators.map(\.valueAsWritten) == ["8公里", "120座", "100%", "2023年12月", "≤150万元", "≥5处", "≥30年", "≥90%"])
        #expect(project.indicators.map(\.level1Label) == ["产出指标", "产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"])
        #expect(document.rejected.isEmpty)
    }

    /// A level 2 the form leaves without an indicator (`生态效益指标 | 无`, or no name at all) is
    /// structure: it had been an indicator named 无 with no value (value.missing), and it had
    /// counted as the project's 生态效益 target.
    @Test(arguments: ["pipes", "tabs", "cells"])
    func aLevelTwoWithoutAnIndicatorIsNoIndicator(rendering: String) throws {
        let rows = [["项目名称", "村道硬化"], ["主管部门", "苍溪县交通运输局"], ["资金总额(万元)", "80"],
                    ["一级指标", "二级指标", "三级指标", "指标值"],
                    ["产出指标", "数量指标", "硬化村道长度", "4公里"],
                    ["效益指标", "经济效益指标", "", ""],
                    ["", "社会效益指标", "群众出行便利程度", "明显提升"],
                    ["", "生态效益指标", "无", ""],
                    ["", "可持续影响指标", "/", "/"],
                    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
        let document = try Self.read(Self.rendering(rendering, top: ["项目支出绩效目标表"], rows: rows), named: "苍溪县.txt")
        let project = try #require(document.projects.first)
        #expect(project.indicators.map(\.nameAsWritten) == ["硬化村道长度", "群众出行便利程度", "群众满意度"])
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
        #expect(document.rowsRead == document.rowsWritten)
    }

    /// The table's vertical label cut one character a row (`绩 | 一级指标 …`, `效 | 产出指标 …`):
    /// each character had been an indicator (效, 指, 标) with no value.
    @Test(arguments: ["pipes", "tabs", "cells"])
    func aVerticalLabelCutOneCharacterARowIsNoIndicator(rendering: String) throws {
        let rows = [["项目名称", "村道硬化"], ["主管部门", "苍溪县交通运输局"], ["资金总额(万元)", "80"],
                    ["绩", "一级指标", "二级指标", "三级指标", "指标值"],
                    ["效", "产出指标", "数量指标", "硬化村道长度", "4公里"],
                    ["指", "", "质量指标", "验收合格率", "100%"],
                    ["标", "效益指标", "社会效益指标", "群众出行便利程度", "明显提升"],
                    ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
        let document = try Self.read(Self.rendering(rendering, top: ["项目支出绩效目标表"], rows: rows), named: "苍溪县.txt")
        let project = try #require(document.projects.first)
        #expect(project.indicators.map(\.nameAsWritten) == ["硬化村道长度", "验收合格率", "群众出行便利程度", "群众满意度"])
        #expect(project.indicators.map(\.level2Label) == ["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"])
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
    }

    /// A level-2 label the vocabulary has no word for, standing in its column (`数字指标`), is
    /// the row's level 2, and the rows under it carry it: the row had been read one column to
    /// the left (name 数字指标, value 新建面积, weight 100亩).
    @Test(arguments: ["pipes", "tabs"])
    func anUnknownLabelInItsColumnIsALabel(rendering: String) throws {
        let rows = [["一级指标", "二级指标", "三级指标", "指标值", "分值"],
                    ["产出指标", "数字指标", "新建面积", "100亩", "20"],
                    ["", "", "改造面积", "50亩", "10"],
                    ["产出指标", "质量指标", "合格率", "100%", "30"]]
        let separator = rendering == "tabs" ? "\t" : " | "
        let lines = rows.map { row in (rendering == "tabs" ? row : row.filter { !$0.isEmpty }).joined(separator: separator) }
        let text = (["项目支出绩效目标表", "项目名称\(separator)测试项目", "资金总额\(separator)10"] + lines).joined(separator: "\n")
        let project = try #require(try Self.read(text).projects.first)
        #expect(project.indicators.map(\.nameAsWritten) == ["新建面积", "改造面积", "合格率"])
        #expect(project.indicators.map(\.level2Label) == ["数字指标", "数字指标", "质量指标"])
        #expect(project.indicators.map(\.valueAsWritten) == ["100亩", "50亩", "100%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["20", "10", "30"])
    }
}
