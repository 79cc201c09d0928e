import Foundation

/// The parameters one stage received in the pipeline file, checked against its spec
/// (`ParameterSpec`) when the file was parsed; a parameter left out has the spec's default.
public struct StageParameters: Sendable {
    public let stage: String
    /// Folder relative paths are resolved against: the pipeline file's own folder.
    public let baseDirectory: String
    let values: [String: (text: String, line: Int?)]
    let file: String

    init(stage: String, entries: [String: (text: String, line: Int?)], baseDirectory: String, file: String) {
        self.stage = stage
        self.values = entries
        self.baseDirectory = baseDirectory
        self.file = file
    }

    /// No parameters: every one at its default (built-in stages, tests).
    static func defaults(for stage: String, baseDirectory: String = "", file: String = "") -> StageParameters {
        StageParameters(stage: stage, entries: [:], baseDirectory: baseDirectory, file: file)
    }

    func spec(_ name: String) -> ParameterSpec? {
        StageRegistry.stage(named: stage)?.parameters.first { $0.name == name }
    }

    /// The value as written, or the spec's default (line nil).
    func raw(_ name: String) -> (text: String, line: Int?)? {
        if let value = values[name] { return value }
        return spec(name)?.defaultValue.map { ($0, nil) }
    }

    /// The value, checked against the spec, or the default; an error when neither exists.
    func required(_ name: String) throws -> (text: String, line: Int?) {
        guard let value = raw(name) else {
            throw PipelineError(file: file, line: nil, message: "stage \(stage): parameter '\(name)' is required")
        }
        if let problem = spec(name)?.problem(with: value.text) {
            throw PipelineError(file: file, line: value.line, message: "stage \(stage): parameter '\(name)' \(problem)")
        }
        return value
    }

    /// A path parameter resolved against the pipeline file's folder; one left at its default
    /// (`../Data/…`) that a pipeline kept elsewhere does not have beside it is the bundled file.
    public func path(_ name: String) -> String? {
        guard let text = raw(name)?.text, !text.isEmpty else { return nil }
        return values[name] == nil ? Pipeline.resolveDefault(text, against: baseDirectory) : Pipeline.resolve(text, against: baseDirectory)
    }

    public func number(_ name: String) throws -> Double {
        Double(try required(name).text)!
    }

    /// A `.string` parameter, one of its spec's choices when it has them.
    public func text(_ name: String) throws -> String {
        try required(name).text
    }

    /// Reads a data file the stage needs, with an error that names the parameter.
    public func requiredPath(_ name: String) throws -> String {
        guard let path = path(name) else {
            throw PipelineError(file: file, line: nil, message: "stage \(stage): parameter '\(name)' is required")
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw PipelineError(file: file, line: values[name]?.line,
                                message: "stage \(stage): '\(name)' names \(path), which does not exist")
        }
        return path
    }

    /// Every parameter of the stage with the value this run uses (`jixiao check`, the 说明 sheet).
    public var effective: [String] {
        (StageRegistry.stage(named: stage)?.parameters ?? []).compactMap { spec in
            guard let value = raw(spec.name) else { return nil }
            return "\(spec.name) = \(value.text)" + (value.line == nil ? "（默认）" : "")
        }
    }
}
