import Foundation
import Testing
@testable import JixiaoCore

/// A tree table (`TreeTable`): one column 项目 holding the unit, projects, labels and indicators,
/// each a step further indented, written back as the forms it holds.
@Suite struct TreeTableTests {
    static let vocabulary = try! ReadingRules.bundled.get().vocabulary

    static let tree = """
        2020年项目绩效目标批复表
        单位:元
        项目
        指标值
        绩效金额
         卫生健康局
          疫苗采购
        500000
           产出指标
            数量指标
             疫苗采购批次
        ≥4批
           满意度指标
            服务对象满意度指标
             服务对象满意度
        ≥90%
          应急物资储备
        200000
           产出指标
            质量指标
             物资合格率
        100%
        扫一扫
        """

    @Test func aTreeIsWrittenAsItsForms() throws {
        let forms = try #require(TreeTable(vocabulary: Self.vocabulary).rewritten(Self.tree))
        #expect(forms.text.split(separator: "\n") == [
            "2020年项目绩效目标批复表", "单位:元",
            "项目名称 | 疫苗采购", "主管部门 | 卫生健康局", "年度资金总额 | 500000", "一级指标 | 二级指标 | 三级指标 | 指标值",
            "产出指标 | 数量指标 | 疫苗采购批次 | ≥4批",
            "满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90%",
            "项目名称 | 应急物资储备", "主管部门 | 卫生健康局", "年度资金总额 | 200000", "一级指标 | 二级指标 | 三级指标 | 指标值",
            "产出指标 | 质量指标 | 物资合格率 | 100%",
            "扫一扫",
        ])
        #expect(forms.origins == [1, 2, 7, 7, 7, 7, 11, 15, 17, 17, 17, 17, 21, 23])
        // Read from a file, as a run reads it (the rewrite is the file's).
        let path = Fixtures.temporaryDirectory() + "/批复表.txt"
        try Self.tree.write(toFile: path, atomically: true, encoding: .utf8)
        let projects = try Loaders.read(path: path).documents.flatMap(\.projects)
        #expect(projects.map(\.name) == ["疫苗采购", "应急物资储备"])
        #expect(projects.map(\.budget) == [50, 20])
        #expect(projects.map { $0.indicators.map(\.nameAsWritten) } == [["疫苗采购批次", "服务对象满意度"], ["物资合格率"]])
    }

    /// The amount column's title is looked for on the bytes before any line is read.
    @Test func theAmountTitleIsFoundOnTheBytes() {
        #expect(TreeTable.holds("项目\n指标值\n绩效金额\n", "绩效金额"))
        #expect(TreeTable.holds("绩效金额", "绩效金额"))
        #expect(!TreeTable.holds("绩效金\n额", "绩效金额"))
        #expect(!TreeTable.holds("", "绩效金额"))
    }

    /// Without indentation the levels cannot be told: the text is left to the other readers.
    @Test func aTreeWithoutIndentationIsLeftAsItIs() {
        let flat = Self.tree.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
        #expect(TreeTable(vocabulary: Self.vocabulary).rewritten(flat) == nil)
        #expect(TreeTable(vocabulary: Self.vocabulary).rewritten(Self.tree.replacingOccurrences(of: "绩效金额", with: "备注")) == nil)
    }
}
