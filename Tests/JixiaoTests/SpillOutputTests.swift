import Foundation
import Testing
import ZIPFoundation
@testable import JixiaoCore

/// A run whose files all wait on disk between the passes writes what a run that kept them
/// all in memory writes: the same run-summary.json (but for its times and folder) and the
/// same workbooks, part for part (but for the time each was made).
@Suite struct SpillOutputTests {
    static func write(cacheBytes: Int, holdBackBytes: Int = 0, inputs: [InputFile], root: String) throws -> (RunSummary, SpillFigures) {
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let writer = try OutputWriter(pipeline: file, period: "2024-01", root: root)
        let run = try Pipeline(file: file).stream(inputs: inputs, context: RunContext(period: "2024-01", outputRoot: root),
                                                  cacheBytes: cacheBytes, holdBackBytes: holdBackBytes) { writer.writeCounty($0) }
        return (try writer.finish(run.result, counties: run.outputs, writingAlongside: run.held), run.result.spill)
    }

    static let inputs = [InputFile(path: Fixtures.path("Data/samples")), InputFile(path: Fixtures.path("Tests/Fixtures/real-forms"))]

    /// Both runs' run-summary.json (times aside) and workbooks, part for part, are the same.
    static func expectSameOutputs(_ a: RunSummary, _ b: RunSummary, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(a.counties.count >= 10 && a.workbooks == b.workbooks, sourceLocation: sourceLocation)
        #expect(try summary(in: a.outputDirectory) == summary(in: b.outputDirectory), sourceLocation: sourceLocation)
        let workbooks = try FileManager.default.contentsOfDirectory(atPath: a.outputDirectory).filter { $0.hasSuffix(".xlsx") }
        #expect(workbooks.count == a.counties.count + 1, sourceLocation: sourceLocation)
        for name in workbooks {
            let one = try parts(of: (a.outputDirectory as NSString).appendingPathComponent(name))
            let other = try parts(of: (b.outputDirectory as NSString).appendingPathComponent(name))
            #expect(one.count > 5 && one.keys.sorted() == other.keys.sorted(), "\(name)", sourceLocation: sourceLocation)
            for (part, data) in one where other[part] != data { Issue.record("\(name): \(part) differs", sourceLocation: sourceLocation) }
        }
    }

    /// The summary without what differs between any two runs (times, the output folder).
    static func summary(in folder: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(OutputWriter.runSummaryName)))
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["started", "finished", "output_directory"] { json[key] = nil }
        json["stages"] = (json["stages"] as? [[String: Any]])?.map { stage in stage.filter { $0.key != "seconds" } }
        return String(decoding: try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys, .prettyPrinted]), as: UTF8.self)
    }

    /// A workbook's parts by name, without docProps/core.xml (when it was made), without
    /// the summary's 秒 column (each stage's thread time, column G of its first sheet) and
    /// without its 运行时间 (to the minute: two runs a second apart may straddle one).
    static func parts(of path: String) throws -> [String: Data] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive where entry.path != "docProps/core.xml" {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            if path.hasSuffix("汇总.xlsx") && entry.path == "xl/sharedStrings.xml" {
                let text = String(decoding: data, as: UTF8.self)
                    .replacingOccurrences(of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）"#, with: "", options: .regularExpression)
                data = Data(text.utf8)
            }
            if path.hasSuffix("汇总.xlsx") && entry.path == "xl/worksheets/sheet1.xml" {
                let text = String(decoding: data, as: UTF8.self)
                    .replacingOccurrences(of: #"(<c r="G\d+" s="7"><v>)[^<]*(</v>)"#, with: "$1$2", options: .regularExpression)
                data = Data(text.utf8)
            }
            parts[entry.path] = data
        }
        return parts
    }

    @Test func spilledAndKeptRunsWriteTheSameOutputs() throws {
        let keptRoot = Fixtures.temporaryDirectory(), spilledRoot = Fixtures.temporaryDirectory()
        let (kept, keptFigures) = try Self.write(cacheBytes: Pipeline.cacheBytes, inputs: Self.inputs, root: keptRoot)
        let (spilled, spilledFigures) = try Self.write(cacheBytes: 0, inputs: Self.inputs, root: spilledRoot)
        #expect(keptFigures.files == 0 && keptFigures.readAgain == 0)
        // 57 forms (the folder's README.md is not one), most of them copies of another's
        // content (the same form as text, DOCX, PDF …): 19 spilled.
        #expect(spilledFigures.files >= 19 && spilledFigures.readAgain == 0, "\(spilledFigures)")
        try Self.expectSameOutputs(kept, spilled)
    }

    /// Counties held back from pass 2 and written beside the summary workbook (every county
    /// here, as the budget holds them all) give the outputs of a run that wrote each at once.
    @Test func countiesWrittenBesideTheSummaryGiveTheSameOutputs() throws {
        let (atOnce, _) = try Self.write(cacheBytes: Pipeline.cacheBytes, inputs: Self.inputs, root: Fixtures.temporaryDirectory())
        let (beside, _) = try Self.write(cacheBytes: Pipeline.cacheBytes, holdBackBytes: 1 << 40, inputs: Self.inputs,
                                         root: Fixtures.temporaryDirectory())
        try Self.expectSameOutputs(atOnce, beside)
    }

    /// A held county whose workbook fails leaves the period unpublished and says which,
    /// though run-summary.json had been written hoping it would not.
    @Test func aHeldCountyThatFailsIsNotPublished() throws {
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let root = Fixtures.temporaryDirectory()
        let writer = try OutputWriter(pipeline: file, period: "2024-01", root: root)
        let run = try Pipeline(file: file).stream(inputs: Self.inputs, context: RunContext(period: "2024-01", outputRoot: root),
                                                  holdBackBytes: 1 << 40) { writer.writeCounty($0) }
        #expect(run.outputs.isEmpty && run.held.count == run.result.countyTotals.count && run.held.count >= 10)
        #expect(run.held.map(\.county) == run.result.countyTotals.map(\.county))
        #expect(run.held.contains { $0.county == "平武县" && $0.documents.reduce(0) { $0 + $1.indicatorCount } == 47 })
        let summary = try writer.finish(run.result, counties: run.outputs, writingAlongside: run.held) { county in
            county.county == "原州区" ? OutputWriter.CountyOutput(county: county.county, failure: .init(file: "原州区.xlsx", line: nil, message: "disk full"))
                                    : writer.writeCounty(county)
        }
        #expect(!summary.published)
        #expect(summary.failures.map(\.file).contains("原州区.xlsx") && !summary.workbooks.contains("原州区.xlsx"))
        #expect(summary.workbooks.contains("平武县.xlsx") && summary.workbooks.contains(OutputWriter.summaryWorkbookName))
        #expect(!FileManager.default.fileExists(atPath: summary.outputDirectory))
    }

    /// The held counties are the last ones that fit the budget together, none when it is 0.
    @Test func theLastCountiesWithinTheBudgetAreHeld() {
        #expect(Pipeline.firstHeld([5, 3, 4, 2], budget: 6) == 2)
        #expect(Pipeline.firstHeld([5, 3, 4, 2], budget: 5) == 3)
        #expect(Pipeline.firstHeld([5, 3, 4, 2], budget: 1) == 4)
        #expect(Pipeline.firstHeld([5, 3, 4, 2], budget: 0) == 4)
        #expect(Pipeline.firstHeld([5, 3, 4, 2], budget: 100) == 0)
        #expect(Pipeline.firstHeld([], budget: 100) == 0)
    }
}
