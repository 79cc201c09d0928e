import ArgumentParser
import JixiaoCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "检查流水线文件而不运行：键名、步骤、参数和数据文件。Validates a pipeline file without running it."
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    func run() throws {
        do {
            let file = try PipelineFile.read(path: pipeline)
            _ = try Pipeline(file: file)
            let missing = Pipeline.expand(file.inputs).filter { !FileManager.default.fileExists(atPath: $0.path) }
            for input in missing { printError("warning: input \(input.path) does not exist") }
            print("\(pipeline): OK — \(file.stages.map(\.stage).joined(separator: " → ")), \(file.inputs.count) inputs")
            for stage in file.stages where !stage.effective.isEmpty {
                print("  \(stage.stage): \(stage.effective.joined(separator: ", "))")
            }
        } catch let error as PipelineError {
            printError("pipeline error: \(error)")
            throw ExitCode(2)
        }
    }
}

import Foundation
