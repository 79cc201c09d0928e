import Foundation

/// Runs a pipeline file's stages in order over a batch and collects their reports.
public struct Pipeline: Sendable {
    public let file: PipelineFile
    let stages: [any Stage]

    public init(file: PipelineFile) throws {
        self.file = file
        stages = try file.stages.map { parameters in
            guard let type = StageRegistry.stage(named: parameters.stage) else {
                throw PipelineError(file: file.path, line: nil, message: "unknown stage '\(parameters.stage)'")
            }
            return try type.init(parameters: parameters)
        }
    }

    /// What a run produced: the batch after the last stage and each stage's report.
    public struct Result: Sendable {
        public var batch: Batch
        public var reports: [StageReport]
        public var started: Date
        public var finished: Date
    }

    /// - Parameter inputs: files or folders that replace the pipeline's own inputs
    ///   (one pipeline serves each month's inbox).
    public func run(inputs override: [InputFile]? = nil, progress: ProgressSink? = nil) throws -> Result {
        let started = Date()
        var batch = Batch(inputs: Pipeline.expand(override ?? file.inputs))
        batch.progress = progress
        var reports: [StageReport] = []
        for stage in stages {
            progress?.report(.stage(type(of: stage).name))
            var report = StageReport(stage: type(of: stage).name)
            let clock = ContinuousClock.now
            try stage.run(&batch, report: &report)
            let elapsed = ContinuousClock.now - clock
            report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            reports.append(report)
        }
        return Result(batch: batch, reports: reports, started: started, finished: Date())
    }

    /// Folders stand for the files in them (sorted, hidden files left out).
    public static func expand(_ inputs: [InputFile]) -> [InputFile] {
        var result: [InputFile] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input.path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input.path)) ?? []
                for name in names.sorted() where !name.hasPrefix(".") {
                    result.append(InputFile(path: (input.path as NSString).appendingPathComponent(name), county: input.county))
                }
            } else {
                result.append(input)
            }
        }
        return result
    }

    /// A path from a pipeline file, relative to the file's folder unless absolute.
    public static func resolve(_ path: String, against base: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let url = expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded)
            : URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent(expanded)
        return url.standardizedFileURL.path
    }
}
