import Foundation
import Testing
import ZIPFoundation
@testable import JixiaoCore

/// A run whose files all wait on disk between the passes writes what a run that kept them
/// all in memory writes: the same run-summary.json (but for its times and folder) and the
/// same workbooks, part for part (but for the time each was made).
@Suite struct SpillOutputTests {
    static func write(cacheBytes: Int, inputs: [InputFile], root: String) throws -> (RunSummary, SpillFigures) {
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let writer = try OutputWriter(pipeline: file, period: "2024-01", root: root)
        let run = try Pipeline(file: file).stream(inputs: inputs, context: RunContext(period: "2024-01", outputRoot: root),
                                                  cacheBytes: cacheBytes) { writer.writeCounty($0) }
        return (try writer.finish(run.result, counties: run.outputs), run.result.spill)
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
        let inputs = [InputFile(path: Fixtures.path("Data/samples")), InputFile(path: Fixtures.path("Tests/Fixtures/real-forms"))]
        let keptRoot = Fixtures.temporaryDirectory(), spilledRoot = Fixtures.temporaryDirectory()
        let (kept, keptFigures) = try Self.write(cacheBytes: Pipeline.cacheBytes, inputs: inputs, root: keptRoot)
        let (spilled, spilledFigures) = try Self.write(cacheBytes: 0, inputs: inputs, root: spilledRoot)
        #expect(keptFigures.files == 0 && keptFigures.readAgain == 0)
        // 57 forms (the folder's README.md is not one), most of them copies of another's
        // content (the same form as text, DOCX, PDF …): 19 spilled.
        #expect(spilledFigures.files >= 19 && spilledFigures.readAgain == 0, "\(spilledFigures)")
        #expect(kept.counties.count >= 10 && kept.workbooks == spilled.workbooks)
        let a = try Self.summary(in: kept.outputDirectory), b = try Self.summary(in: spilled.outputDirectory)
        #expect(a == b)
        let workbooks = try FileManager.default.contentsOfDirectory(atPath: kept.outputDirectory).filter { $0.hasSuffix(".xlsx") }
        #expect(workbooks.count == kept.counties.count + 1)
        for name in workbooks {
            let a = try Self.parts(of: (kept.outputDirectory as NSString).appendingPathComponent(name))
            let b = try Self.parts(of: (spilled.outputDirectory as NSString).appendingPathComponent(name))
            #expect(a.count > 5 && a.keys.sorted() == b.keys.sorted(), "\(name)")
            for (part, data) in a where b[part] != data { Issue.record("\(name): \(part) differs") }
        }
    }
}
