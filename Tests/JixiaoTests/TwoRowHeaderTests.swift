import Foundation
import Testing
@testable import JixiaoCore

/// An indicator table whose header takes two rows: group headings (绩效指标 over 一级 / 二级 /
/// 三级指标, 指标值 over 中长期目标值 / 年度目标值) above the column titles.
@Suite struct TwoRowHeaderTests {
    static let page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head><body>
        <h3>2024年度专项资金绩效目标表</h3>
        <table border="1">
        <tr><td>专项资金名称</td><td colspan="5">城乡居民医疗救助资金</td></tr>
        <tr><td>业务主管部门</td><td colspan="2">通江县医疗保障局</td><td>当年资金总额（万元）</td><td colspan="2">560</td></tr>
        <tr><td colspan="3">绩效指标</td><td colspan="2">指标值</td><td rowspan="2">备注</td></tr>
        <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>中长期目标值</td><td>年度目标值</td></tr>
        <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>救助人次</td><td>≥30000人次</td><td>≥8000人次</td><td></td></tr>
        <tr><td>质量指标</td><td>政策范围内救助比例</td><td>≥70%</td><td>≥70%</td><td>按政策</td></tr>
        <tr><td>效益指标</td><td>社会效益指标</td><td>因病致贫返贫发生率</td><td>逐年下降</td><td>≤1%</td><td></td></tr>
        <tr><td>满意度指标</td><td>服务对象满意度指标</td><td>救助对象满意度</td><td>≥90%</td><td>≥92%</td><td></td></tr>
        </table></body></html>
        """

    /// The year's targets are the values, the long-term ones kept beside them: the header had
    /// been read from its first row only (指标值, 备注), so the long-term column became the value
    /// (≥30000人次 instead of ≥8000人次, 逐年下降 instead of ≤1%).
    @Test func theLowerRowTitlesTheColumns() throws {
        let directory = Fixtures.temporaryDirectory()
        let document = try Loaders.load(path: Fixtures.write(Self.page, named: "通江县.html", in: directory))
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.valueAsWritten) == ["≥8000人次", "≥70%", "≤1%", "≥92%"])
        #expect(indicators.map(\.otherColumns).first?.contains("中长期目标值=≥30000人次") == true)
        #expect(indicators.map(\.otherColumns)[1].contains("备注=按政策"))
        #expect(indicators.map(\.level2Label) == ["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"])
    }
}
