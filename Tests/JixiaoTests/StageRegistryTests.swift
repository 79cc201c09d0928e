import Foundation
import Testing
@testable import JixiaoCore

/// A stage the library has never heard of: a file of its own and one registration, and the
/// runner runs it by its kinds (issue 12).
struct ProjectCounterStage: CountyStage, RunStage {
    static let name = "test-count-projects"
    static let summary = "数项目。Counts projects per county and in the run."
    static let parameters = [ParameterSpec("label", .string, default: "项目", "what the note calls a project")]

    let label: String

    init(parameters: StageParameters) throws { label = try parameters.text("label") }

    func run(county: inout CountyWork, report: inout StageReport) throws {
        report.rowsIn += county.allProjects.count
        report.rowsOut += county.allProjects.count
        report.notes.append("\(county.county): \(county.allProjects.count) 个\(label)")
    }

    func finish(run: inout RunResult, report: inout StageReport) throws {
        report.notes.append("全部 \(run.countyTotals.map(\.projects).reduce(0, +)) 个\(label)")
    }
}

@Suite struct StageRegistryTests {
    @Test func aStageAddedThroughTheRegistryRuns() throws {
        StageRegistry.register(ProjectCounterStage.self)
        #expect(PipelineFile.stageOrder.last == ProjectCounterStage.name)
        let pipeline = """
            name: test
            inputs:
              - ../Data/samples/000_6941c6c000b569c3.txt
              - ../Data/samples/003_3430fcfc1c4de566.txt
            stages:
              - load
              - normalize
              - test-count-projects:
                  label: 个项目表
            """
        let file = try PipelineFile.parse(pipeline, path: Fixtures.path("Pipelines/test.yaml"))
        let result = try Pipeline(file: file).run()
        let report = try #require(result.reports.first { $0.stage == ProjectCounterStage.name })
        #expect(report.rowsIn == 14 && report.rowsOut == 14)
        #expect(report.notes == ["平武县: 10 个个项目表", "原州区: 4 个个项目表", "全部 14 个个项目表"])
        #expect(report.parameters == ["label = 个项目表"])
        #expect(result.reports.map(\.stage) == ["load", "normalize", ProjectCounterStage.name, "changes"])

        // Its parameters are checked against its spec like any stage's.
        #expect(throws: PipelineError.self) {
            try PipelineFile.parse(pipeline.replacingOccurrences(of: "label:", with: "lable:"), path: Fixtures.path("Pipelines/test.yaml"))
        }
    }

    @Test func aParameterLeftOutTakesTheDefaultOfItsSpecOnly() throws {
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let result = try Pipeline(file: file).run()
        let load = try #require(result.reports.first { $0.stage == "load" })
        #expect(load.parameters?.contains("max_file_mb = 50（默认）") == true)
        #expect(load.parameters?.contains("resubmission = newest（默认）") == true)
        let aggregate = try #require(result.reports.first { $0.stage == "aggregate" })
        #expect(aggregate.parameters == ["tolerance = 0.005"])
        // A value of the wrong kind is refused when the file is parsed, with its line.
        let text = try String(contentsOfFile: Fixtures.samplePipeline, encoding: .utf8)
            .replacingOccurrences(of: "tolerance: 0.005", with: "tolerance: viel")
        #expect(throws: PipelineError.self) { try PipelineFile.parse(text, path: Fixtures.samplePipeline) }
        let policy = try String(contentsOfFile: Fixtures.samplePipeline, encoding: .utf8)
            .replacingOccurrences(of: "  - load\n", with: "  - load:\n      resubmission: latest\n")
        #expect(throws: PipelineError.self) { try PipelineFile.parse(policy, path: Fixtures.samplePipeline) }
        // A number out of the parameter's range is refused when the stage is made, naming it.
        for year in ["1e20", "20000", "1800"] {
            let range = try String(contentsOfFile: Fixtures.samplePipeline, encoding: .utf8)
                .replacingOccurrences(of: "      auto_merge: 1.0", with: "      date_serial_years: \(year)\n      auto_merge: 1.0")
            #expect(range.contains("date_serial_years: \(year)"))
            let pipeline = try PipelineFile.parse(range, path: Fixtures.samplePipeline)
            #expect { try Pipeline(file: pipeline).run() } throws: { error in
                (error as? PipelineError)?.message.contains("date_serial_years") == true
            }
        }
    }
}
