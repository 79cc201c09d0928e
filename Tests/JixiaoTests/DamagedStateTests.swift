import Foundation
import Testing
@testable import JixiaoCore

/// Issue 14, item 12: last period's state damaged. Nothing is invented; the run says it
/// cannot compare.
@Suite(.serialized) struct DamagedStateTests {
    @Test func aDamagedPreviousStateIsAWarningNotInventedChanges() throws {
        let root = Fixtures.temporaryDirectory()
        let (file, result) = try Fixtures.runSample()
        _ = try OutputWriter.write(result, pipeline: file, period: "2023-11", root: root)
        let state = root + "/2023-11/" + RunState.folderName
        // 平武县 truncated, 原州区 from another version.
        let pingwu = state + "/平武县.json"
        let data = try Data(contentsOf: URL(fileURLWithPath: pingwu))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: pingwu))
        let yuanzhou = state + "/原州区.json"
        var other = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: yuanzhou))) as! [String: Any]
        other["format"] = 2
        try JSONSerialization.data(withJSONObject: other).write(to: URL(fileURLWithPath: yuanzhou))

        let december = try OutputWriter.write(result, pipeline: file, period: "2023-12", root: root)
        #expect(december.previousPeriod == "2023-11")
        #expect(december.periodChanges.isEmpty)
        #expect(december.warnings.count == 2)
        #expect(december.warnings.contains { $0.contains("平武县") && $0.contains("无法与 2023-11 比较") })
        #expect(december.warnings.contains { $0.contains("原州区") && $0.contains("another version") })
        let sheets = try LibreOffice.sheets(of: december.outputDirectory + "/汇总.xlsx")
        let changes = try #require(sheets["本月变化"])
        #expect(changes.filter { $0.first?.hasPrefix("无法与 2023-11 比较") == true }.count == 2)
        #expect(!changes.contains { $0.first == "新增项目" })

        // A state file in garbage, for a county that sent nothing this month: also a warning.
        try Data("\u{0}\u{1}garbage".utf8).write(to: URL(fileURLWithPath: root + "/2023-12/" + RunState.folderName + "/北川县.json"))
        let january = try OutputWriter.write(result, pipeline: file, period: "2024-01", root: root)
        #expect(january.warnings.count == 1 && january.warnings[0].contains("北川县"))
        #expect(january.periodChanges.isEmpty)
    }
}
