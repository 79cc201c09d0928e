import Foundation
@testable import JixiaoCore

/// Paths and helpers shared by the tests. The samples are the real published forms in
/// `Data/samples/`.
enum Fixtures {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    static let pingwu = path("Data/samples/000_6941c6c000b569c3.txt")
    static let yuanzhou = path("Data/samples/003_3430fcfc1c4de566.txt")
    static let samplePipeline = path("Pipelines/sample.yaml")

    static func load(_ path: String) throws -> CountyDocument { try Loaders.load(path: path) }

    /// Runs the sample pipeline (optionally on other inputs) through every stage.
    static func runSample(inputs: [String]? = nil) throws -> (PipelineFile, RunResult) {
        let file = try PipelineFile.read(path: samplePipeline)
        let result = try Pipeline(file: file).run(inputs: inputs?.map { InputFile(path: $0) })
        return (file, result)
    }

    /// Runs the sample pipeline for one period of an output root and writes it there, as
    /// `jixiao run --out ROOT --period PERIOD` does (本月变化 compares with the root's earlier periods).
    static func runPeriod(_ period: String, root: String, inputs: [InputFile]? = nil) throws -> RunSummary {
        let file = try PipelineFile.read(path: samplePipeline)
        let result = try Pipeline(file: file).run(inputs: inputs, context: RunContext(period: period, outputRoot: root))
        return try OutputWriter.write(result, pipeline: file, period: period, root: root)
    }

    /// A fresh folder for one test, inside this test process's own folder, which is removed
    /// when the process exits: a test run leaves nothing behind in the system's temporary
    /// folder (it had left a folder per test, tens of thousands on a machine that runs CI).
    static func temporaryDirectory() -> String {
        let path = (testProcessFolder as NSString).appendingPathComponent(UUID().uuidString)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let testProcessFolder: String = {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("jixiao-tests-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Fixtures.testProcessFolder) }
        return path
    }()

    static func write(_ text: String, named name: String, in directory: String) -> String {
        write(Data(text.utf8), named: name, in: directory)
    }

    static func write(_ data: Data, named name: String, in directory: String) -> String {
        let path = (directory as NSString).appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: path, contents: data)
        return path
    }
}

extension CountyDocument {
    func project(named name: String) -> Project? { projects.first { $0.name == name } }
}

/// A table's rows (header lines first, cells by column, "" where blank) written in one of the
/// renderings a table is copied in: `tabs` keep every column; `pipes` and `spaces` drop the
/// blank cells; `glued` runs each row's cells together; any other, one cell a line (no rows).
/// `before`: the lines above the table (its title, unit line).
enum TableRendering {
    static func page(_ rendering: String, table: [[String]], before: [String]) -> String {
        let lines: [String]
        switch rendering {
        case "tabs": lines = table.map { $0.joined(separator: "\t") }
        case "pipes": lines = table.map { "| " + $0.filter { !$0.isEmpty }.joined(separator: " | ") + " |" }
        case "spaces": lines = table.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }
        case "glued": lines = table.map { $0.joined() }
        default: lines = table.flatMap { $0.filter { !$0.isEmpty } }
        }
        return (before + lines).joined(separator: "\n") + "\n"
    }
}
