import Testing
@testable import JixiaoCore

/// A web table copied one cell a line, each cell closed by a bar and each row by a run of bars
/// (`BarCellText`), made tab-separated rows.
@Suite struct BarCellTextTests {
    /// Cells over two lines join; an empty cell stays in its place; the lines before the table
    /// and the note after it stay lines of their own; each row keeps the line it started on.
    @Test func rowsAreRebuiltWithTheirLines() throws {
        let text = """
            附件1
            2022年度项目支出绩效自评表
            项目名称
            |
            春节走访慰问经费
            |
            ||||||||
            预算执行情况(万元)
            (20分)
            |
            |
            预算数(A)
            |
            得分
            |
            ||||
            年度财政资金总额
            |
            34.64
            |
            20
            |
            |||||
            备注:1.预算执行情况口径
            2.定量指标完成数汇总原则
            """
        let rows = try #require(BarCellText.rows(text))
        #expect(rows.text.split(separator: "\n", omittingEmptySubsequences: false) == [
            "附件1", "2022年度项目支出绩效自评表", "项目名称\t春节走访慰问经费",
            "预算执行情况(万元)(20分)\t\t预算数(A)\t得分", "年度财政资金总额\t34.64\t20",
            "备注:1.预算执行情况口径", "2.定量指标完成数汇总原则"])
        #expect(rows.origins == [1, 2, 3, 8, 17, 24, 25])
    }

    /// The other copy: each cell closed on its own line (`30 |`), each row opened by a bar
    /// alone, which may as well be an empty cell; a run of bars only where cells were merged. Its
    /// rows cannot be told: it is left as it is, for the reading one cell a line.
    @Test func cellsClosedOnTheirLineAreLeftAsTheyAre() {
        let text = """
            |
            项目名称 |
            临时救助 |
            |||
            |
            主管部门 |
            濉溪县民政局 |
            |
            |||
            |
            年度资金总额 |
            30 |
            |||
            """
        #expect(BarCellText.rows(text) == nil)
    }

    /// A copy whose runs of bars end only some rows (a merged block's end) makes "rows" of
    /// dozens of cells: it is left as it is, and so is text with too few runs to be a table.
    @Test func rowsRunTogetherLeaveTheTextAsItIs() {
        let cells = (1...20).map { "指标\($0)\n|\n\($0)人\n|" }.joined(separator: "\n")
        #expect(BarCellText.rows("项目名称\n|\n临时救助\n|\n||||\n\(cells)\n||||\n合计\n|\n||||") == nil)
        #expect(BarCellText.rows("项目名称\n|\n临时救助\n|\n||||\n主管部门\n|\n民政局\n|\n||||") == nil)
        #expect(BarCellText.rows("一级指标 | 二级指标\n产出指标 | 数量指标") == nil)
        #expect(BarCellText.rows("项目名称\n|\n临时救助\n|\n||||\n主管部门\n|\n民政局\n|\n||||\n金额\n|\n30\n|\n||||") != nil)
    }
}
