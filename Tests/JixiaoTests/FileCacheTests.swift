import Foundation
import Testing
@testable import JixiaoCore

/// Files beyond the cache's budget between the passes are spilled to disk and read back
/// once, or (without spilling, or when it fails) read again in pass 2: either way the run's
/// result is the same as when every file was kept, and the spill folder is gone afterwards.
@Suite struct FileCacheTests {
    static func inputs() throws -> [InputFile] {
        let folder = Fixtures.temporaryDirectory()
        let copy = (folder as NSString).appendingPathComponent("平武县-再次发送.txt")
        try FileManager.default.copyItem(atPath: Fixtures.pingwu, toPath: copy)
        return [InputFile(path: Fixtures.pingwu), InputFile(path: Fixtures.yuanzhou), InputFile(path: copy)]
    }

    static func expectSameResult(_ other: (result: RunResult, outputs: [Int]), as kept: (result: RunResult, outputs: [Int]),
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(kept.outputs == [2, 1] && other.outputs == [2, 1], sourceLocation: sourceLocation)  // 平武县: its form and the copy's stand-in
        #expect(other.result.countyTotals == kept.result.countyTotals, sourceLocation: sourceLocation)
        #expect(other.result.countyTotals.map(\.figures.findings) == [54, 2], sourceLocation: sourceLocation)  // 53 and the copy's 重复提交
        #expect(other.result.findings == kept.result.findings, sourceLocation: sourceLocation)
        #expect(other.result.projectChecks == kept.result.projectChecks, sourceLocation: sourceLocation)
        #expect(other.result.nameSuggestions == kept.result.nameSuggestions, sourceLocation: sourceLocation)
        #expect(other.result.indicatorComparison == kept.result.indicatorComparison, sourceLocation: sourceLocation)
        #expect(other.result.departmentTotals == kept.result.departmentTotals, sourceLocation: sourceLocation)
        #expect(other.result.rejectedRows == kept.result.rejectedRows, sourceLocation: sourceLocation)
        #expect(other.result.failures.isEmpty && other.result.filesRead == 3, sourceLocation: sourceLocation)
        // Spilling or reading again adds time, not rows: every stage counts what it counted
        // with the cache; only load's notes tell what happened beyond the budget.
        for (a, b) in zip(other.result.reports, kept.result.reports) {
            #expect(a.stage == b.stage && a.rowsIn == b.rowsIn && a.rowsOut == b.rowsOut
                    && a.rowsRejected == b.rowsRejected && a.findings == b.findings, "\(a.stage)", sourceLocation: sourceLocation)
            if a.stage != "load" { #expect(a.notes == b.notes, "\(a.stage)", sourceLocation: sourceLocation) }
        }
    }

    static func contents(_ folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    }

    @Test func aSpilledCountyGivesTheSameResultAndLeavesNothing() throws {
        let inputs = try Self.inputs()
        let pipeline = try Pipeline(file: PipelineFile.read(path: Fixtures.samplePipeline))
        let parent = Fixtures.temporaryDirectory()
        let kept = try pipeline.stream(inputs: inputs) { $0.documents.count }
        let seen = LockedList()
        let spilled = try pipeline.stream(inputs: inputs, cacheBytes: 0, spillParent: parent) { county in
            // While the run goes on, its spill folder holds the files not yet taken.
            seen.add(Self.contents(parent).filter { $0.hasPrefix("jixiao-spill-") })
            return county.documents.count
        }
        Self.expectSameResult(spilled, as: kept)
        #expect(seen.items.contains { !$0.isEmpty })
        #expect(spilled.result.spill.files == 2 && spilled.result.spill.bytes > 0 && spilled.result.spill.readAgain == 0)
        #expect(kept.result.spill.files == 0 && kept.result.spill.readAgain == 0 && kept.result.spill.keptBytes > 100_000)
        // Nothing is said of a spill that worked: the outputs are those of a run that kept all.
        #expect(spilled.result.reports.map(\.notes) == kept.result.reports.map(\.notes))
        #expect(Self.contents(parent).isEmpty)
    }

    /// A run that fails in pass 2 (here: the county's output throws) leaves no spill folder.
    @Test func aFailedRunLeavesNoSpillFolder() throws {
        struct Refused: Error {}
        let inputs = try Self.inputs()
        let pipeline = try Pipeline(file: PipelineFile.read(path: Fixtures.samplePipeline))
        let parent = Fixtures.temporaryDirectory()
        let seen = LockedList()
        #expect(throws: Refused.self) {
            _ = try pipeline.stream(inputs: inputs, cacheBytes: 0, spillParent: parent) { _ -> Int in
                seen.add(Self.contents(parent))
                throw Refused()
            }
        }
        #expect(seen.items.contains { !$0.isEmpty })
        #expect(Self.contents(parent).isEmpty)
    }

    @Test func aCountyReadAgainGivesTheSameResult() throws {
        let inputs = try Self.inputs()
        let pipeline = try Pipeline(file: PipelineFile.read(path: Fixtures.samplePipeline))
        let kept = try pipeline.stream(inputs: inputs) { $0.documents.count }
        let reread = try pipeline.stream(inputs: inputs, cacheBytes: 0, spill: false) { $0.documents.count }
        Self.expectSameResult(reread, as: kept)
        #expect(reread.result.spill.files == 0 && reread.result.spill.readAgain == 2 && reread.result.spill.failure == nil)
        let note = reread.result.reports.first { $0.stage == "load" }?.notes.last ?? ""
        #expect(note == "2 个文件超出内存缓存，第二遍重新读取")
    }

    /// A spill that cannot be written (here: no folder can be made where it should go) is
    /// not a loss: the file is read again in pass 2, counted, and the note says why.
    @Test func aFailedSpillIsReadAgainAndSaid() throws {
        let inputs = try Self.inputs()
        let pipeline = try Pipeline(file: PipelineFile.read(path: Fixtures.samplePipeline))
        let notAFolder = Fixtures.write("x", named: "not-a-folder", in: Fixtures.temporaryDirectory())
        let kept = try pipeline.stream(inputs: inputs) { $0.documents.count }
        let failed = try pipeline.stream(inputs: inputs, cacheBytes: 0, spillParent: notAFolder) { $0.documents.count }
        Self.expectSameResult(failed, as: kept)
        #expect(failed.result.spill.files == 0 && failed.result.spill.readAgain == 2)
        let note = failed.result.reports.first { $0.stage == "load" }?.notes.last ?? ""
        #expect(note.hasPrefix("2 个文件超出内存缓存，第二遍重新读取（暂存失败：cannot make a spill folder in \(notAFolder)"), "\(note)")
    }

    /// A spill file that is gone when pass 2 wants it is read again, not lost.
    @Test func aSpillFileGoneIsReadAgain() throws {
        let folder = SpillFolder(parent: Fixtures.temporaryDirectory())
        let cache = FileCache(bytes: 0, keepAll: false, spill: folder)
        let pipeline = try Pipeline(file: PipelineFile.read(path: Fixtures.samplePipeline))
        var scanned = try pipeline.scan(InputFile(path: Fixtures.yuanzhou), gatherers: [])
        let documents = scanned.work.documents
        cache.place(&scanned)
        #expect(scanned.spilled != nil && scanned.cached)
        cache.add(scanned)
        folder.remove()
        let taken = cache.take(0)
        #expect(!taken.cached && taken.work.documents.isEmpty)
        #expect(cache.figures.readAgain == 1 && cache.figures.failure == "the run's spill file is gone")
        #expect(!documents.isEmpty)
    }
}

final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var items: [[String]] = []
    func add(_ item: [String]) { lock.lock(); items.append(item); lock.unlock() }
}
