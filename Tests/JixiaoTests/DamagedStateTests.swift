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

        let december = try Fixtures.runPeriod("2023-12", root: root)
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
        let january = try Fixtures.runPeriod("2024-01", root: root)
        #expect(january.warnings.count == 1 && january.warnings[0].contains("北川县"))
        #expect(january.periodChanges.isEmpty)
    }

    /// Issue 14, items 10–11: when an output cannot be written, nothing is published.
    @Test func aWorkbookThatCannotBeWrittenLeavesThePeriodAsItWas() throws {
        let root = Fixtures.temporaryDirectory()
        let (file, result) = try Fixtures.runSample()
        let first = try OutputWriter.write(result, pipeline: file, period: "2023-12", root: root)
        #expect(first.published)
        let folder = root + "/2023-12"
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.subpathsOfDirectory(atPath: folder) {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
                }
            }
            return files
        }
        let before = try snapshot()
        let writer = try OutputWriter(pipeline: file, period: "2023-12", root: root)
        // A folder where 平武县.xlsx must go: the finished workbook cannot be moved into place.
        try FileManager.default.createDirectory(atPath: writer.folder.building + "/平武县.xlsx/x", withIntermediateDirectories: true)
        let outputs = result.counties.map { writer.writeCounty(result.only(county: $0)) }
        let summary = try writer.finish(result, counties: outputs)
        #expect(!summary.published && summary.status == "incomplete")
        #expect(summary.failures.contains { $0.file == "平武县.xlsx" })
        #expect(try snapshot() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["2023-12"])
    }
}
