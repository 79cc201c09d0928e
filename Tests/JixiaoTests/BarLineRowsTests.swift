import Testing
@testable import JixiaoCore

/// A web table copied with each bar of its rows on a line of its own (`BarLineRows`): one bar
/// between two cells, two where a row ends, a cell's text over the lines between its bars.
@Suite struct BarLineRowsTests {
    static let form = """
        项目支出绩效目标表
        |
        |
        项目名称
        |
        人工增雨作业
        |
        |
        项目资金
        (万元)
        |
        年度资金总额:
        |
        189.8万
        |
        |
        总
        体
        目
        标
        |
        增雨作业覆盖全市
        |
        |
        一级指标
        |
        三级指标
        |
        指标值
        |
        |
        产出指标
        |
        作业航时
        |
        ≥30小时
        """

    @Test func rowsAreRebuiltWithTheirLines() throws {
        let rows = try #require(BarLineRows.rows(Self.form))
        #expect(rows.text.split(separator: "\n") == [
            "项目支出绩效目标表",
            "项目名称 | 人工增雨作业",
            "项目资金(万元) | 年度资金总额: | 189.8万",
            "总体目标 | 增雨作业覆盖全市",
            "一级指标 | 三级指标 | 指标值",
            "产出指标 | 作业航时 | ≥30小时",
        ])
        #expect(rows.origins == [1, 4, 9, 17, 25, 32])
    }

    /// A copy with a bar alone between every two cells and rows alike (`卫健委` / `|` / `项目属性`),
    /// two bars only for an empty cell: its "rows" run wider than a form's table, or are too few to
    /// be one; it is left to be read one cell a line. So is text with a bar on a line of text, the
    /// other renderings'.
    @Test func copiesWhoseRowsCannotBeToldAreLeftAsTheyAre() {
        let indicators = (1...9).map { "指标\($0)\n|\n≥\($0)个" }.joined(separator: "\n|\n")
        let empties = "项目名称\n|\n人工增雨作业\n|\n|\n主管部门\n|\n气象局\n|\n|\n实施单位\n|\n|\n"
        #expect(BarLineRows.rows(empties + indicators) == nil)
        #expect(BarLineRows.rows("项目名称\n|\n人工增雨作业\n|\n|\n主管部门\n|\n气象局\n|\n|\n一级指标\n|\n产出指标") == nil)
        #expect(BarLineRows.rows(Self.form + "\n|\n30 |") == nil)
        #expect(BarLineRows.rows(Self.form.replacingOccurrences(of: "\n|\n|\n", with: "\n|\n")) == nil)
    }
}
