import Foundation
import Testing
@testable import JixiaoCore

/// Docs are tested like code: what the README says `make sample` prints is what the run prints.
@Suite("The README tells the truth")
struct ReadmeTests {
    /// The lines of the code block after "`make sample` reads … and prints:".
    static func quotedSampleLines() throws -> [String] {
        let readme = try String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
        let intro = try #require(readme.range(of: "`make sample` reads"))
        let block = try #require(readme.range(of: "```\n", range: intro.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "\n```", range: block.upperBound..<readme.endIndex))
        return readme[block.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
    }

    @Test func sampleRunPrintsWhatTheReadmeQuotes() throws {
        let (file, result) = try Fixtures.runSample()
        let summary = try OutputWriter.write(result, pipeline: file, period: "2023-12", root: Fixtures.temporaryDirectory())
        #expect(summary.counties.map(\.consoleLine) == (try Self.quotedSampleLines()))
    }
}
