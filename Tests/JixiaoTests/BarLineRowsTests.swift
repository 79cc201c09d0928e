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
            "项目名称\t人工增雨作业",
            "项目资金(万元)\t年度资金总额:\t189.8万",
            "总体目标\t增雨作业覆盖全市",
            "一级指标\t三级指标\t指标值",
            "产出指标\t作业航时\t≥30小时",
        ])
        #expect(rows.origins == [1, 4, 9, 17, 25, 32])
    }

    /// A copy with a bar alone between every two cells and rows alike (`卫健委` / `|` / `项目属性`),
    /// two bars for an empty cell, and no cell over several lines: its rows cannot be told, it is
    /// left to be read one cell a line. So is text with a bar on a line of text, the other renderings'.
    @Test func copiesWhoseRowsCannotBeToldAreLeftAsTheyAre() {
        let unbroken = Self.form.replacingOccurrences(of: "项目资金\n(万元)", with: "项目资金(万元)")
            .replacingOccurrences(of: "总\n体\n目\n标", with: "总体目标")
        #expect(BarLineRows.rows(unbroken) == nil)
        #expect(BarLineRows.rows(Self.form + "\n|\n30 |") == nil)
        #expect(BarLineRows.rows(Self.form.replacingOccurrences(of: "\n|\n|\n", with: "\n|\n")) == nil)
    }
}
