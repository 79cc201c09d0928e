import Foundation
import Testing
@testable import JixiaoCore

/// A department's table of projects whose rows kept no column places: cells split by spaces or
/// `|`, or one cell a line, blank (merged) cells dropped, as text copied from a page gives them.
/// Before, such a table was read as one project named after the title, with no budget, and the
/// project rows' cells as indicators (8 of Pingwu's 47 in rows, 19 one cell a line).
@Suite struct RowAlignmentTests {
    /// Pingwu's tab-separated table (seed 000) as it reads with column places.
    static let tabs = try! Fixtures.load(Fixtures.pingwu)

    /// The seed's rows with the empty cells dropped and the rest joined as another rendering does.
    static func rendering(_ name: String) throws -> String {
        let seed = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
        let lines = seed.components(separatedBy: "\n").map { line -> String in
            let cells = line.components(separatedBy: "\t")
            let filled = cells.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            switch name {
            case "two spaces": return filled.joined(separator: "  ")
            case "one space": return filled.joined(separator: " ")
            case "one cell a line": return filled.joined(separator: "\n")
            case "one cell a line, blank lines between": return filled.joined(separator: "\n\n")
            default: return cells.count > 1 ? cells.map { $0.isEmpty ? "||||" : $0 }.joined(separator: " | ") : line
            }
        }
        return Fixtures.write(lines.joined(separator: "\n"), named: "000-\(name).txt", in: Fixtures.temporaryDirectory())
    }

    @Test(arguments: ["two spaces", "one space", "pipes", "one cell a line", "one cell a line, blank lines between"])
    func pingwuReadsAsItsTabSeparatedTable(rendering: String) throws {
        let document = try Fixtures.load(Self.rendering(rendering))
        #expect(document.county == "平武县")
        #expect(document.projects.count == 10)
        #expect(document.indicatorCount == 47)
        #expect(roundMoney(document.projects.compactMap(\.budget).reduce(0, +)) == 97.20)
        #expect(document.departments.map(\.org) == [OrgName(code: "201", name: "平武县人民政府办公室")])
        #expect(document.departments.first?.statedTotal == 97.20)
        #expect(document.rejected.isEmpty)
        #expect(document.rowsRead == 47)
        #expect(document.projects.map(\.name) == Self.tabs.projects.map(\.name))
        #expect(document.projects.map(\.goal) == Self.tabs.projects.map(\.goal))
        for (project, expected) in zip(document.projects, Self.tabs.projects) {
            let read = project.indicators.map { [$0.level1Label, $0.level2Label, $0.nameAsWritten, $0.comparisonAsWritten,
                                                 $0.valueAsWritten, $0.unitAsWritten, $0.weightAsWritten, $0.directionAsWritten] }
            let tab = expected.indicators.map { [$0.level1Label, $0.level2Label, $0.nameAsWritten, $0.comparisonAsWritten,
                                                 $0.valueAsWritten, $0.unitAsWritten, $0.weightAsWritten, $0.directionAsWritten] }
            #expect(read == tab, "\(project.name)")
        }
        // Sample values: a qualitative row without unit, a row whose direction is missing.
        let first = try #require(document.projects.first?.indicators)
        try #require(first.count == 6)
        #expect(first[3].comparisonAsWritten == "定性" && first[3].valueAsWritten == "优良中差" && first[3].unitAsWritten.isEmpty)
        #expect(first[3].weightAsWritten == "20" && first[3].directionAsWritten == "正向指标")
    }

    /// Rows under labels written above (no label cell on the row), a numbering column the
    /// vocabulary does not name (kept as 序号=…, where it had been 第1列=…), a department row
    /// with its total, and a qualitative value in words where a unit column stands; in rows
    /// and one cell a line.
    @Test func rowsWithoutLabelsAndUnnamedColumns() throws {
        let text = """
        某某县2024年部门预算项目绩效目标表
        金额单位：万元
        序号 单位名称 项目名称 预算数 年度目标 一级指标 二级指标 三级指标 指标值 单位 权重
        301-某某县民政局 868.5
        1 城乡低保资金 800 保障困难群众基本生活 产出指标 数量指标 保障人数 6000 人 20
        受益家庭户数 2800 户 10
        质量指标 资金发放准确率 100 % 10
        效益指标 社会效益指标 困难群众基本生活 得到保障 20
        2 临时救助资金 68.5 及时救助遭遇突发困难的群众 产出指标 数量指标 救助人次 ≥500 人次 30
        """
        for separator in [" ", "  ", " | ", "\n", "\n\n"] {
            let path = Fixtures.write(text.replacingOccurrences(of: " ", with: separator), named: "table.txt", in: Fixtures.temporaryDirectory())
            let document = try Fixtures.load(path)
            #expect(document.departments.map(\.org) == [OrgName(code: "301", name: "某某县民政局")])
            #expect(document.departments.first?.statedTotal == 868.5)
            #expect(document.projects.map(\.name) == ["城乡低保资金", "临时救助资金"])
            #expect(document.projects.map(\.budget) == [800, 68.5])
            try #require(document.projects.count == 2)
            let rows = document.projects[0].indicators.map { [$0.level1Label, $0.level2Label, $0.nameAsWritten, $0.valueAsWritten, $0.unitAsWritten, $0.weightAsWritten] }
            #expect(rows == [["产出指标", "数量指标", "保障人数", "6000", "人", "20"],
                             ["产出指标", "数量指标", "受益家庭户数", "2800", "户", "10"],
                             ["产出指标", "质量指标", "资金发放准确率", "100", "%", "10"],
                             ["效益指标", "社会效益指标", "困难群众基本生活", "得到保障", "", "20"]], "separator «\(separator)»")
            #expect(document.projects[1].indicators.map(\.valueAsWritten) == ["≥500"])
            // The numbering column the vocabulary does not name is kept under its own title.
            #expect(document.projects.map { $0.indicators.first?.otherColumns } == ["序号=1", "序号=2"])
            #expect(document.rejected.isEmpty)
        }
    }
}

extension RowAlignmentTests {
    /// A table copied from a web page, `|` after each cell and a merged cell written once: the
    /// older templates' 成本指标 under 产出指标 (framework.yaml's `level2_as_level1`) stands in
    /// the level-2 column, no level 2 after it; it had been read as a level 1 of its own.
    @Test func aLevel1WrittenAsLevel2InARowOfAWebPagesTable() throws {
        let text = [
            "部门预算项目支出绩效目标申报表 |",
            "| 金额单位:万元 |",
            "单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性 |",
            "501-苍溪县卫生健康局 | | 65.00 | | | | | | | | | |",
            "501001-苍溪县卫生健康局机关 | 家庭医生签约服务经费 | 45.00 | 完成重点人群家庭医生签约,签约率达到75%以上。 | 产出指标 | 数量指标 | 重点人群签约率 | ≥ | 75 | % | 30 | 正向指标 |",
            "质量指标 | 签约服务履约率 | ≥ | 90 | % | 20 | 正向指标 | |||||",
            "成本指标 | 签约服务经费 | ≤ | 45 | 万元 | 10 | 反向指标 | |||||",
            "效益指标 | 社会效益指标 | 居民健康管理水平 | 定性 | 明显提升 | | 20 | 正向指标 | ||||",
            "满意度指标 | 服务对象满意度指标 | 签约居民满意度 | ≥ | 90 | % | 10 | 正向指标 | ||||",
            "爱国卫生运动经费 | 20.00 | 开展城乡环境卫生整治,巩固国家卫生县城成果。 | 产出指标 | 数量指标 | 开展集中整治次数 | ≥ | 12 | 次 | 30 | 正向指标 | |",
            "时效指标 | 病媒生物防制完成时间 | = | 2024年10月 | | 20 | 正向指标 | |||||",
            "效益指标 | 社会效益指标 | 城乡环境卫生状况 | 定性 | 持续改善 | | 30 | 正向指标 | ||||",
            "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 85 | % | 10 | 正向指标 | ||||",
        ].joined(separator: "\n") + "\n"
        let document = try Loaders.load(text: text, file: "苍溪县.txt")
        let project = try #require(document.projects.first)
        #expect(document.projects.map(\.name) == ["家庭医生签约服务经费", "爱国卫生运动经费"])
        #expect(document.projects.map(\.budget) == [45, 20])
        #expect(project.indicators.map(\.level1Label) == ["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"])
        #expect(project.indicators.map(\.level2Label) == ["数量指标", "质量指标", "成本指标", "社会效益指标", "服务对象满意度指标"])
        #expect(project.indicators[2].valueAsWritten == "45")
        #expect(project.indicators[2].weightAsWritten == "10")
    }
}
