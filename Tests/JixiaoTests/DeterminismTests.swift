import Foundation
import Testing
@testable import JixiaoCore

/// Swift seeds its hashing afresh in every process, so a result that depended on the order
/// of a dictionary or set would differ from one run to the next (it did once: a word under
/// two vocabulary roles took either). Two runs of the command over every real form, in every
/// rendering, must say the same.
@Suite struct DeterminismTests {
    @Test func twoProcessesReadEveryRealFormAlike() throws {
        let folder = Fixtures.path("Tests/Fixtures/real-forms")
        // The forms as text, and the folders of their other renderings (not the README).
        let forms = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            .filter { $0.hasSuffix(".txt") || ["docx", "html", "pdf", "xlsx"].contains($0) }
            .map { (folder as NSString).appendingPathComponent($0) }
        var summaries: [String] = []
        for _ in 0..<2 {
            let root = Fixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: root) }
            let outcome = try Command.run(["run", Fixtures.samplePipeline, "--out", root, "--period", "2024-01"] + forms)
            #expect(outcome.status == 0 || outcome.status == 2, "\(outcome.stderr)")
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(root)/2024-01/\(OutputWriter.runSummaryName)"))
            var summary = try RunSummary.decode(data)
            // What differs between any two runs: the clock and the folder.
            summary.started = Date(timeIntervalSince1970: 0)
            summary.finished = Date(timeIntervalSince1970: 0)
            summary.outputDirectory = ""
            summary.stages = summary.stages.map { StageReport(stage: $0.stage) }
            summaries.append(String(decoding: try summary.json(), as: UTF8.self))
        }
        // Every rendering of the eleven forms was read (55 files), and the two runs agree.
        let first = try RunSummary.decode(Data(summaries[0].utf8))
        #expect(first.files.count == 55)
        #expect(Set(first.counties.map(\.county)).isSuperset(of: ["原州区", "乐昌市", "龙岩市", "鄂州市"]))
        #expect(summaries[0] == summaries[1])
    }
}
