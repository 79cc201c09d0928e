import Foundation
import Testing
@testable import JixiaoCore

/// Self-evaluations (绩效自评表) as published pages flatten them, written here in forms of our own:
/// a two-row header whose lower row starts on a line of its own, and indicators named after
/// their level the way the framework's aliases spell it.
@Suite struct SelfEvaluationTableTests {
    /// The upper header row names the groups (绩效指标 over the levels, 年度指标值 over operator,
    /// target and unit); the lower row's first title was broken onto a line of its own.
    static let pipeForm = """
        2021年农村公路养护补助资金绩效自评表
        | 项目名称 | 农村公路养护补助资金 |
        | 主管部门 | 宜宾市交通运输局 | 实施单位 | 宜宾市叙州区交通运输局 |
        | 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 |
        | 年度资金总额 | 12.5 | 12.5 | 12.5 |
        | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
        |
        一级指标 |
        二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |
        | 产出指标 | 数量指标 | 养护里程 | ≥ | 120 | 公里 | 125 | 20 | 20 |
        | 质量指标 | 路面合格率 | ≥ | 90 | % | 92 | 20 | 18 |
        | 满意度指标 | 服务对象满意度指标 | 满意度 | ≥ | 90 | % | 93 | 10 | 10 |

        """

    static func read(_ text: String) throws -> CountyDocument {
        try Loaders.load(path: Fixtures.write(text, named: "叙州区.txt", in: Fixtures.temporaryDirectory()))
    }

    /// The lower row's titles take the place of the target title they divide, the level titles
    /// first: each row's operator, target and unit, then the completed value and the weight. The
    /// header had stopped at the upper row, and every row had read its unit as the completed value.
    @Test func aLowerHeaderRowStartingOnItsOwnLineDividesTheTarget() throws {
        let document = try Self.read(Self.pipeForm)
        let project = try #require(document.projects.first)
        #expect(project.budget == 12.5)
        #expect(project.indicators.map(\.comparisonAsWritten) == ["≥", "≥", "≥"])
        #expect(project.indicators.map(\.valueAsWritten) == ["120", "90", "90"])
        #expect(project.indicators.map(\.unitAsWritten) == ["公里", "%", "%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["20", "20", "10"])
        #expect(project.indicators.map(\.otherColumns).first?.contains("实际完成值=125") == true)
    }

    /// `满意度` (framework.yaml's alias of 满意度指标) after its row's level 2 on the same line is
    /// the indicator's name: it had started a level 1 of its own, and the operator became the name.
    @Test func aLevelOneAliasAfterTheRowsLevelTwoIsTheName() throws {
        let indicators = try #require(try Self.read(Self.pipeForm).projects.first).indicators
        let last = try #require(indicators.last)
        #expect(last.nameAsWritten == "满意度")
        #expect(last.level1Label == "满意度指标")
        #expect(last.level2Label == "服务对象满意度指标")
        #expect(last.valueAsWritten == "90")
    }

    /// A row short of a cell that ends with two plain numbers: its weight and score (分值 | 得分,
    /// `score` in Data/vocabulary.yaml), the cells before them the columns before. `9.3` had been
    /// read as the completed value and the score lost.
    @Test func aShortRowEndsWithItsWeightAndScore() throws {
        let rows = ["项目名称 | 野生菌加工车间建设项目 |", "主管部门 | 南华县农业农村局 |", "资金总额 | 1100 |",
                    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
                    "产出指标 | 数量指标 | 冷库仓储建设面积(平方米) | ≥1290 | 1290 | 10 | 10 | |",
                    "配套变压器(台) | 3 | 9.3 | 9.3 | |||"]
        let document = try Self.read(rows.joined(separator: "\n") + "\n")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.valueAsWritten) == ["≥1290", "3"])
        #expect(indicators.map(\.weightAsWritten) == ["10", "9.3"])
        #expect(indicators.last?.otherColumns == "得分=9.3")
    }

    /// One cell a line, each numbered indicator with its values after a space each
    /// (`指标1:工程质量合格 10 10`): the values are the row's cells, the last two its weight and
    /// score; a template's numbered slot left unfilled (`指标2:` / `……`) is no indicator. Each row
    /// had been read with its score as the target, and every empty slot as an indicator.
    @Test func numberedRowsWithSpacedValuesAndUnfilledSlots() throws {
        let lines = ["项目名称 水旱灾害防御经费", "主管部门 天长市水利局", "资金总额 880",
                     "一级指标", "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
                     "产出指标", "数量指标", "指标1:完成灌区节水改造项目数量 1 1 10 10", "指标2:", "……",
                     "质量指标", "指标1:工程质量合格 10 10", "指标2:", "……",
                     "满意度指标", "服务对象满意度指标", "指标1:服务对象满意度 90% 100% 10 9", "指标2:", "……"]
        let document = try Self.read(lines.joined(separator: "\n") + "\n")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["指标1:完成灌区节水改造项目数量", "指标1:工程质量合格", "指标1:服务对象满意度"])
        #expect(indicators.map(\.valueAsWritten) == ["1", "", "90%"])
        #expect(indicators.map(\.weightAsWritten) == ["10", "10", "10"])
        #expect(indicators.last?.otherColumns.contains("得分=9") == true)
    }
}
