import Foundation
import Testing
@testable import JixiaoCore

/// Layout B's devices in another county's template (another title, no blank-line wraps): the
/// generic reader uses them wherever they appear.
@Suite struct NumberedIndicatorTests {
    @Test func numberedIndicatorsAndCostUnderOutputInAnotherTemplate() throws {
        let text = """
        示例县2024年专项转移支付绩效目标表
        项目名称 示例县农村道路养护
        主管部门 示例县交通运输局
        资金总额（万元） 20
        年度目标 目标1：养护农村道路。目标2：保障通行。
        一级指标 二级指标 三级指标 指标值
        产出指标
        数量指标
        指标1：养护道路里程 35公里
        成本指标
        指标1：项目单位养护成本 20万元
        满意度
        指标
        社会公众或服务对象
        满意度指标
        指标1：沿线群众满意度 ≥90%
        """
        let document = try TemplateFormLoader.load(text: text, file: "示例.txt", countyOverride: "示例县",
                                                   rules: ReadingRules.bundled.get())
        let project = try #require(document.projects.first)
        #expect(project.goal == "目标1：养护农村道路。\n目标2：保障通行。")
        let items = project.indicators.map { "\($0.level1Label)/\($0.level2Label)/\($0.nameAsWritten)/\($0.valueAsWritten)" }
        #expect(items == ["产出指标/数量指标/指标1：养护道路里程/35公里",
                          // 成本指标 under 产出指标 (framework.yaml level2_as_level1), and 项目单位 is no key inside a numbered name
                          "产出指标/成本指标/指标1：项目单位养护成本/20万元",
                          // a label broken over lines, its first part long
                          "满意度指标/社会公众或服务对象满意度指标/指标1：沿线群众满意度/≥90%"])
        #expect(document.rejected.isEmpty)
    }
}
