import Foundation
import Testing
@testable import JixiaoCore

/// The state files are written without `JSONEncoder` (`RunStateJSON`): the bytes must be what
/// `JSONEncoder` writes, so the next period reads them as it always has.
@Suite struct RunStateJSONTests {
    static func encoderJSON(_ state: RunState) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(state)
    }

    @Test func theSamplesStatesAreJSONEncodersBytes() throws {
        let (_, result) = try Fixtures.runSample()
        #expect(Set(result.counties) == ["平武县", "原州区"])
        for county in result.counties {
            let state = RunState(period: "2024-01", county: result.only(county: county))
            #expect(!state.findings.isEmpty && !state.projects.isEmpty)
            let written = try state.json()
            #expect(written == (try Self.encoderJSON(state)), "\(county)")
            let read = try JSONDecoder().decode(RunState.self, from: written)
            #expect(read.projects == state.projects && read.findings == state.findings && read.period == "2024-01")
        }
    }

    @Test func awkwardTextAndNumbersRoundTrip() throws {
        let text = "引号\"反斜杠\\斜杠/换行\n回车\r制表\t控制\u{1}\u{1F}表情😀 縣"
        let projects = [
            RunState.ProjectState(county: "平武县", department: text, project: "项目", budget: 97.2, indicators: 8),
            RunState.ProjectState(county: "平武县", department: "部门", project: text, budget: 1, indicators: 0),
            RunState.ProjectState(county: "平武县", department: "部门", project: "小数", budget: 0.1 + 0.2, indicators: 1),
            RunState.ProjectState(county: "平武县", department: "部门", project: "无预算", budget: nil, indicators: 3),
        ]
        let findings = [
            RunState.FindingState(severity: .error, rule: "budget.total", county: "平武县", department: nil, project: nil, message: text),
            RunState.FindingState(severity: .info, rule: "name.sentence", county: "平武县", department: "部门", project: text, message: "提示"),
        ]
        let state = RunState(period: "2024-02", projects: projects, findings: findings)
        let written = try state.json()
        #expect(written == (try Self.encoderJSON(state)))
        let read = try JSONDecoder().decode(RunState.self, from: written)
        #expect(read.projects == projects)
        #expect(read.findings == findings)
        #expect(read.format == RunState.currentFormat)
    }
}
