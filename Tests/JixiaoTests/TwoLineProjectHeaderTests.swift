import Foundation
import Testing
@testable import JixiaoCore

/// 湖南's 项目支出绩效目标表公开 (湘西州特校, 2023): a department's table of projects whose
/// header takes two lines, the project columns on the first (单位代码 | 单位(专项)名称 | 资金总额 |
/// 实施期绩效目标 | 绩效指标) and the indicator columns under the spanning 绩效指标 on the second;
/// a unit's row (its code in a column of its own) above its projects; groups with no indicator
/// (`生态环境成本指标 | - | 定性`). The page's rows, in each rendering a table is copied in.
@Suite struct TwoLineProjectHeaderTests {
    static let upper = ["单位代码", "单位(专项)名称", "资金总额", "实施期绩效目标", "绩效指标"]
    static let lower = ["", "", "", "", "一级指标", "二级指标", "三级指标", "指标值", "指标值内容", "评(扣分标准)", "度量单位", "指标值类型", "备注"]
    static let rows = [
        ["505006", "州民族特殊教育学校", "30.00"],
        ["505006", "学生伙食费", "30.00", "保障残疾学生在校伙食", "成本指标", "经济成本指标", "学生补助标准", "17", "反映学生每天用餐标准", "按标准发放得10分,每少1元扣1分", "元/人.每天", "定量"],
        ["", "", "", "", "", "生态环境成本指标", "", "", "", "", "-", "定性"],
        ["", "", "", "", "", "社会成本指标", "", "", "", "", "-", "定性"],
        ["", "", "", "", "满意度指标", "服务对象满意度指标", "学生对学校伙食得满意度", "95%以上", "学生对学校伙食满意程度", "95%以上得10分,每降低1%扣1分", "-", "定性"],
        ["", "", "", "", "产出指标", "数量指标", "补助学生数量", "168", "反映补助学生人数", "发放到位得10分,每减少1%,扣1分", "人", "定量"],
        ["", "", "", "", "", "质量指标", "伙食补助发放率", "90%以上", "实际发放伙食补助金额/应发放伙食补助金额", "90%得10分,每减少1%扣1分", "-", "定量"],
        ["", "", "", "", "", "时效指标", "任务完成时间", "2023年12月31日", "反映该项目完成时间", "按期完成得10分,每超出10天扣1分", "-", "定量"],
        ["", "", "", "", "效益指标", "社会效益指标", "残疾学生入学率", "大于90%", "适龄学生入学情况", "90%得10分,每减少1%扣1分", "-", "定量"],
        ["", "", "", "", "", "", "残疾学生家庭负担率", "有所减轻", "对家庭负担减轻情况", "较大得10分,一般得6分", "-", "定性"],
        ["", "", "", "", "", "可持续影响指标", "", "", "", "", "-", "定性"],
    ]

    /// The page in one rendering: tabs keep every column; pipes and spaces drop the blank cells;
    /// one cell a line keeps no rows at all; glued runs each row's cells together (`GluedProjectRow`
    /// cuts them: a code, a name and an amount; an indicator's name, target, text, unit and type).
    static func page(_ rendering: String) -> String {
        TableRendering.page(rendering, table: [upper, lower] + rows, before: ["2023年项目支出绩效目标表公开", "部门:505_湘西州教育和体育局 金额单位:万元"])
    }

    @Test(arguments: ["tabs", "pipes", "spaces", "cells", "glued"])
    func readsTheTableWhoseHeaderTakesTwoLines(rendering: String) throws {
        let folder = Fixtures.temporaryDirectory()
        let document = try Loaders.load(path: Fixtures.write(Self.page(rendering), named: "湘西州特校.txt", in: folder))
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.name == "学生伙食费")
        #expect(project.budget == 30)
        #expect(project.department.description == "505-湘西州教育和体育局")
        // The unit's code, in a column of its own, makes it a unit of the department above (505 → 505006).
        #expect(project.unit?.description == "505006-州民族特殊教育学校")
        #expect(project.indicators.map(\.nameAsWritten) == ["学生补助标准", "学生对学校伙食得满意度", "补助学生数量", "伙食补助发放率",
                                                             "任务完成时间", "残疾学生入学率", "残疾学生家庭负担率"])
        #expect(project.indicators.map(\.valueAsWritten) == ["17", "95%以上", "168", "90%以上", "2023年12月31日", "大于90%", "有所减轻"])
        #expect(project.indicators.map(\.level2Label) == ["经济成本指标", "服务对象满意度指标", "数量指标", "质量指标", "时效指标", "社会效益指标", "社会效益指标"])
        #expect(project.indicators.first?.unitAsWritten == "元/人.每天")
        #expect(project.indicators.map(\.comparisonAsWritten) == ["定量", "定性", "定量", "定量", "定量", "定量", "定性"])
        // The groups with no indicator (生态环境成本指标 | - | 定性) are structure, not rows lost.
        #expect(document.rejected.isEmpty)
        #expect(document.rowsRead == 7 && document.rowsWritten == 7)
    }
    /// The same rendering glued with two units and five projects (each project's goal and first
    /// indicator on its row, as the page prints them; the last two's codes set apart by spaces, as
    /// 湘西's page prints them, their names opening with a number: a year, `100亩`): each project its
    /// own form under its unit, its amount its budget, its indicators until the next project's row.
    @Test func gluedRowsOfSeveralUnitsAndProjects() throws {
        let text = """
        2024年项目支出绩效目标表公开
        部门:601_某县农业农村局金额单位:万元
        单位代码单位(专项)名称资金总额实施期绩效目标绩效指标
        一级指标二级指标三级指标指标值指标值内容评(扣分标准) 度量单位指标值类型备注
        601001某县农业农村局本级55.50
        601001农田水利设施维护经费35.50维护农田水利设施,保障灌溉。产出指标数量指标维护渠道长度12公里反映渠道维护长度完成得10分-定量
        质量指标维护工程验收合格率≥95%反映工程质量达标得10分-定量
        效益指标社会效益指标受益农户数1200户反映受益农户完成得10分-定量
        满意度指标服务对象满意度指标农户满意度90%以上反映农户满意情况达到得10分-定性
        601001动物防疫补助20.00保障动物防疫工作。产出指标数量指标免疫牲畜数量5000头反映免疫数量完成得10分-定量
        时效指标完成时间2024年12月反映完成时间按期得10分-定量
        601002某县农业技术推广中心12.00
        601002农技推广服务12.00开展农技推广。产出指标数量指标培训农民人次300人次反映培训人次完成得10分-定量
        满意度指标服务对象满意度指标培训满意度≥90%反映满意度达到得10分-定性
          601002  2024年农机购置补贴8.00
        产出指标数量指标补贴农机台数40台反映补贴台数完成得10分-定量
          601002  100亩高标准农田建设50.00
        产出指标数量指标建设高标准农田面积100亩反映建设面积完成得10分-定量

        """
        let document = try Loaders.load(path: Fixtures.write(text, named: "某县农业农村局.txt", in: Fixtures.temporaryDirectory()))
        #expect(document.projects.map(\.name) == ["农田水利设施维护经费", "动物防疫补助", "农技推广服务", "2024年农机购置补贴", "100亩高标准农田建设"])
        #expect(document.projects.map(\.budget) == [35.5, 20, 12, 8, 50])
        #expect(document.projects.map { $0.unit?.description } == ["601001-某县农业农村局本级", "601001-某县农业农村局本级",
                                                                    "601002-某县农业技术推广中心", "601002-某县农业技术推广中心", "601002-某县农业技术推广中心"])
        #expect(document.projects.map(\.indicators.count) == [4, 2, 2, 1, 1])
        #expect(document.projects.flatMap(\.indicators).map(\.valueAsWritten) == ["12公里", "≥ 95%", "1200户", "90%以上", "5000头", "2024年12月", "300人次", "≥ 90%", "40台", "100亩"])
        #expect(document.rejected.isEmpty)
        // The same table from a PDF's text, a space between a year and its Han characters: the year is
        // no unit's code, and the project stays a project.
        let spaced = try Loaders.load(path: Fixtures.write(text.replacingOccurrences(of: "2024年农机", with: "2024 年农机"),
                                                           named: "某县农业农村局.txt", in: Fixtures.temporaryDirectory()))
        let machinery = spaced.projects.first { $0.name.hasSuffix("农机购置补贴") }
        #expect(machinery?.budget == 8 && machinery?.indicators.count == 1 && spaced.projects.count == 5 && spaced.rejected.isEmpty)
    }
}
