import Foundation
import Testing

/// `jixiao bench` as the README runs it, on the smallest corpus: the executable allocates
/// through jemalloc, compresses its workbooks with libdeflate and formats their XML itself (the
/// speed figures in the README depend on all three), and the ground truth holds.
@Suite("The bench command")
struct BenchCommandTests {
    @Test func benchRunsOnJemallocAndPassesItsGroundTruth() throws {
        let outcome = try Command.run(["bench", "--counties", "1", "--no-floor", "--no-write"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("allocator: jemalloc 5.") }, "\(outcome.stdout)")
        // The summary workbook's parts went through libdeflate, not minizip's zlib.
        #expect(lines.contains { $0.hasPrefix("workbooks: libdeflate 1.") && $0.contains(" level 1 (") && !$0.contains("(0 ") }, "\(outcome.stdout)")
        // …and were kept in memory, not in libxlsxwriter's temporary files (Sources/CWorkbookParts).
        #expect(lines.contains { $0.contains("; parts in memory, not temporary files (") }, "\(outcome.stdout)")
        // …and their XML formatted by the executable, not glibc's printf (Sources/CWorkbookXML).
        #expect(lines.contains { $0.contains("; XML formatted by jixiao (") }, "\(outcome.stdout)")
        #expect(lines.contains { $0.hasPrefix("run: 1 counties,") })
        #expect(lines.contains("ground truth: PASS (1 counties, every project, indicator and budget as generated)"))
    }
}
