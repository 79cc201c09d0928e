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

    /// The rows of the README table that starts with `header`, as cells.
    static func table(after header: String) throws -> [[String]] {
        let readme = try String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: header))
        return readme[start.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { $0.hasPrefix("|") }.dropFirst(2)
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    /// "What comes out" names every file a run writes into the period folder, and no other.
    @Test func theFilesARunWritesAreTheOnesTheReadmeNames() throws {
        let root = Fixtures.temporaryDirectory()
        let summary = try Fixtures.runPeriod("2023-12", root: root)
        let folder = (root as NSString).appendingPathComponent("2023-12")
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }
        var generic = Set<String>()
        for path in written {
            var name = path
            for county in summary.counties.map(\.county) { name = name.replacingOccurrences(of: county, with: "<县>") }
            generic.insert(name)
        }
        let named = Set(try Self.table(after: "| file | what it holds |").map { $0[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")) })
        #expect(generic == named.union([RunState.folderName]))
    }

    /// The stage table lists every stage a pipeline file may name, with every parameter of its spec.
    @Test func theStageTableListsEveryStageAndParameter() throws {
        let rows = try Self.table(after: "| stage | what it does | parameters |")
        let stages = [LoadStage.self, NormalizeStage.self, ClassifyStage.self, AggregateStage.self, CompareStage.self] as [any Stage.Type]
        #expect(rows.map { $0[0] } == stages.map { "`\($0.name)`" })
        for (row, stage) in zip(rows, stages) {
            for parameter in stage.parameters {
                #expect(row[2].contains("`\(parameter.name)`"), "\(stage.name): \(parameter.name)")
            }
        }
    }
}
