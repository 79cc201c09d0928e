import Foundation
import Testing
@testable import JixiaoCore

/// Pass 2 reads a county's files again when the cache between the passes is full: the run's
/// result is the same as when every file was kept.
@Suite struct FileCacheTests {
    @Test func aCountyReadAgainGivesTheSameResult() throws {
        let folder = Fixtures.temporaryDirectory()
        let copy = (folder as NSString).appendingPathComponent("平武县-再次发送.txt")
        try FileManager.default.copyItem(atPath: Fixtures.pingwu, toPath: copy)
        let inputs = [InputFile(path: Fixtures.pingwu), InputFile(path: Fixtures.yuanzhou), InputFile(path: copy)]
        let pipeline = try Pipeline(file: PipelineFile.read(path: Fixtures.samplePipeline))
        let kept = try pipeline.stream(inputs: inputs) { $0.documents.count }
        let reread = try pipeline.stream(inputs: inputs, cacheRows: 0) { $0.documents.count }

        #expect(kept.outputs == [2, 1] && reread.outputs == [2, 1])  // 平武县: its form and the copy's stand-in
        #expect(reread.result.countyTotals == kept.result.countyTotals)
        #expect(reread.result.countyTotals.map(\.figures.findings) == [54, 2])  // 53 and the copy's 重复提交
        #expect(reread.result.findings == kept.result.findings)
        #expect(reread.result.projectChecks == kept.result.projectChecks)
        #expect(reread.result.nameSuggestions == kept.result.nameSuggestions)
        #expect(reread.result.indicatorComparison == kept.result.indicatorComparison)
        #expect(reread.result.failures.isEmpty && reread.result.filesRead == 3)
        // Reading again adds time, not rows: every stage counts what it counted with the cache.
        for (a, b) in zip(reread.result.reports, kept.result.reports) {
            #expect(a.stage == b.stage && a.rowsIn == b.rowsIn && a.rowsOut == b.rowsOut
                    && a.rowsRejected == b.rowsRejected && a.findings == b.findings && a.notes == b.notes, "\(a.stage)")
        }
    }
}
