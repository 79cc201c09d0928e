import Foundation
import Testing
@testable import JixiaoCore

/// Issue 14, items 1–2: a form sent twice is counted once.
@Suite struct SubmissionTests {
    static let comprehensive = "平武县人民政府办公室综合管理（专项业务及机关事务管理）"

    /// The sample pipeline with `load` parameters, written beside the Data folder it names.
    static func pipeline(load parameters: String) throws -> PipelineFile {
        var text = try String(contentsOfFile: Fixtures.samplePipeline, encoding: .utf8)
        text = text.replacingOccurrences(of: "  - load\n", with: "  - load:\n" + parameters)
        let path = (Fixtures.path("Pipelines") as NSString).appendingPathComponent(".test-\(UUID().uuidString).yaml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try PipelineFile.read(path: path)
    }

    @Test func identicalContentInAnyFormatIsReadOnce() throws {
        let folder = Fixtures.temporaryDirectory()
        let copies = ["a.txt": Fixtures.pingwu, "b-copy.txt": Fixtures.pingwu,
                      "c.xlsx": Fixtures.path("Tests/Fixtures/formats/000.xlsx"),
                      "d.pdf": Fixtures.path("Tests/Fixtures/formats/000.pdf")]
        for (name, source) in copies {
            try FileManager.default.copyItem(atPath: source, toPath: (folder as NSString).appendingPathComponent(name))
        }
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let result = try Pipeline(file: file).run(inputs: [InputFile(path: folder)])
        let summary = try OutputWriter.write(result, pipeline: file, period: "2023-12", root: Fixtures.temporaryDirectory())
        let county = try #require(summary.counties.first)
        #expect(summary.counties.count == 1)
        #expect(county.projects == 10 && county.indicators == 47 && county.budgetWan == 97.2)
        #expect(summary.files.map(\.file) == ["a.txt", "b-copy.txt", "c.xlsx", "d.pdf"])
        #expect(summary.files.map(\.duplicateOf) == [nil, "a.txt", "a.txt", "a.txt"])
        #expect(summary.files.allSatisfy { $0.balances })
        let duplicates = summary.findings.filter { $0.rule == "file.duplicate" }
        #expect(duplicates.map { $0.source?.file } == ["b-copy.txt", "c.xlsx", "d.pdf"])
        #expect(duplicates.allSatisfy { $0.message.contains("重复提交") && $0.message.contains("a.txt") })
        #expect(summary.status == "complete")
        // The 文件记账 sheet says so.
        let sheets = try LibreOffice.sheets(of: (summary.outputDirectory as NSString).appendingPathComponent("汇总.xlsx"))
        let accounts = try #require(sheets["文件记账"])
        #expect(accounts.filter { $0.contains { $0.hasPrefix("重复提交：与 a.txt") } }.count == 3)
    }

    /// a.txt as published; b.txt the same form with 综合管理 cut from 64.00 to 60.00, one
    /// second newer (or older).
    func resubmission(bIsNewer: Bool) throws -> [InputFile] {
        let folder = Fixtures.temporaryDirectory()
        let original = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
        let a = Fixtures.write(original, named: "a.txt", in: folder)
        var lines = original.components(separatedBy: "\n")
        lines[34] = lines[34].replacingOccurrences(of: "\t64.00\t", with: "\t60.00\t")
        let b = Fixtures.write(lines.joined(separator: "\n"), named: "b.txt", in: folder)
        let now = Date()
        try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(bIsNewer ? -60 : 0)], ofItemAtPath: a)
        try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(bIsNewer ? 0 : -60)], ofItemAtPath: b)
        return [InputFile(path: a), InputFile(path: b)]
    }

    @Test func aCorrectedResubmissionCountsOnceFromTheNewerFile() throws {
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        for bIsNewer in [true, false] {
            let result = try Pipeline(file: file).run(inputs: try resubmission(bIsNewer: bIsNewer))
            let total = try #require(result.batch.countyTotals.first)
            #expect(total.projects == 10 && total.indicators == 47)
            #expect(total.budget == (bIsNewer ? 93.2 : 97.2))
            // The other file's rows are rejected with the reason: nothing vanishes.
            #expect(total.rowsRead == 94 && total.rowsWritten == 47 && total.rowsRejected == 47)
            #expect(total.fileAccounts.allSatisfy { $0.balances })
            let resubmitted = result.batch.findings.filter { $0.rule == "project.resubmitted" }
            #expect(resubmitted.count == 10 && resubmitted.allSatisfy { $0.severity == .error })
            let changed = try #require(resubmitted.first { $0.project == Self.comprehensive })
            let (kept, other) = bIsNewer ? ("b.txt", "a.txt") : ("a.txt", "b.txt")
            #expect(changed.message.contains("\(kept) 与 \(other)"), "\(changed.message)")
            #expect(changed.message.contains(bIsNewer ? "差 -4.00 万元" : "差 4.00 万元"), "\(changed.message)")
            #expect(result.batch.failures.isEmpty)
        }
    }

    @Test func thePipelineChoosesFirstOrError() throws {
        let first = try Self.pipeline(load: "      resubmission: first\n")
        let inputs = try resubmission(bIsNewer: true)
        let kept = try Pipeline(file: first).run(inputs: inputs)
        #expect(kept.batch.countyTotals.first?.budget == 97.2)
        #expect(kept.batch.failures.isEmpty)

        let strict = try Self.pipeline(load: "      resubmission: error\n")
        let result = try Pipeline(file: strict).run(inputs: inputs)
        #expect(result.batch.countyTotals.first?.budget == 97.2)
        #expect(result.batch.failures.count == 10 && result.batch.failures.allSatisfy { $0.file == "b.txt" })
        let summary = try OutputWriter.write(result, pipeline: strict, period: "2023-12", root: Fixtures.temporaryDirectory())
        #expect(summary.status == "incomplete")

        #expect(throws: PipelineError.self) { try Pipeline(file: try Self.pipeline(load: "      resubmission: latest\n")) }
    }
}
