import Testing
@testable import JixiaoCore

/// A table a browser copied (`SourceOrderTabs`): tab-separated rows in the page's order, a merged
/// cell only in its first row. A sheet's rows keep their positions and stay as they are.
@Suite struct SourceOrderTabsTests {
    static let copied = """
        项目名称\t森林防火专项经费
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t开展防火巡查次数\t≥200次
        时效指标\t火情处置响应时间\t≤30分钟
        """

    @Test func rowsInThePagesOrderAreReadByOrder() throws {
        let rows = try #require(SourceOrderTabs.rows(Self.copied))
        #expect(rows.split(separator: "\n").last == "时效指标 | 火情处置响应时间 | ≤30分钟")
        #expect(rows.split(separator: "\n").count == 4)
    }

    /// A merged cell's place left empty row after row (a sheet), or rows all as wide: positions.
    @Test func rowsKeepingPositionsStayTabSeparated() {
        let sheet = Self.copied.replacingOccurrences(of: "\n时效指标", with: "\n\t时效指标")
            + "\n\t\t检查次数\t≥30次\n\t质量指标\t合格率\t100%"
        #expect(SourceOrderTabs.rows(sheet) == nil)
        #expect(SourceOrderTabs.rows("一级指标\t指标值\n产出指标\t≥1\n效益指标\t≥2") == nil)
    }
}
