import Foundation
import Yams

/// A mistake in a pipeline file, with the line it is on.
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// A parsed pipeline file: inputs, stages in order, output.
public struct PipelineFile: Sendable {
    public var name: String
    public var path: String
    public var inputs: [InputFile]
    public var stages: [StageParameters]
    public var outputDirectory: String
    /// Rule titles, explanations and stage names for the workbooks (`output.rules`, by default
    /// `../Data/rules.yaml`; when that default is absent, rules show their ids).
    public var rules = RuleCatalogue()

    /// The order stages may run in: the registry's.
    public static var stageOrder: [String] { StageRegistry.all.map { $0.name } }

    public static func read(path: String) throws -> PipelineFile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PipelineError(file: path, line: nil, message: "cannot read pipeline file: \(error.localizedDescription)")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> PipelineFile {
        let base = ((path as NSString).deletingLastPathComponent as NSString).standardizingPath
        try YAMLLimits.check(text, file: path)
        try YAMLStrictness.check(text, file: path, refuseNegative: false)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw PipelineError(file: path, line: nil, message: "not valid YAML: \(error)")
        }
        guard let mapping = root?.mapping else {
            throw PipelineError(file: path, line: root?.mark?.line,
                                message: "expected a mapping with keys name, inputs, stages, output")
        }
        let known = ["name", "inputs", "stages", "output", "description"]
        for (key, _) in mapping {
            guard let name = key.string, known.contains(name) else {
                throw PipelineError(file: path, line: key.mark?.line,
                                    message: "unknown key '\(key.string ?? "?")'; expected one of \(known.joined(separator: ", "))")
            }
        }
        let name = mapping["name"]?.string ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension

        var inputs: [InputFile] = []
        if let node = mapping["inputs"] {
            guard let sequence = node.sequence else {
                throw PipelineError(file: path, line: node.mark?.line, message: "'inputs' must be a list of files or folders")
            }
            for item in sequence {
                if let text = item.string {
                    inputs.append(InputFile(path: Pipeline.resolve(text, against: base)))
                } else if let entry = item.mapping, let file = entry["path"]?.string {
                    inputs.append(InputFile(path: Pipeline.resolve(file, against: base), county: entry["county"]?.string))
                } else {
                    throw PipelineError(file: path, line: item.mark?.line,
                                        message: "an input is a path, or a mapping with 'path' and optional 'county'")
                }
            }
        }

        guard let stagesNode = mapping["stages"], let stageList = stagesNode.sequence else {
            throw PipelineError(file: path, line: mapping["stages"]?.mark?.line,
                                message: "'stages' must list the stages in order: \(stageOrder.joined(separator: " → "))")
        }
        var stages: [StageParameters] = []
        for item in stageList {
            let stageName: String
            var entries: [String: (text: String, line: Int?)] = [:]
            if let text = item.string {
                stageName = text
            } else if let entry = item.mapping, entry.count == 1, let (key, value) = entry.first, let text = key.string {
                stageName = text
                if let parameters = value.mapping {
                    for (parameterKey, parameterValue) in parameters {
                        guard let parameterName = parameterKey.string, let scalar = parameterValue.scalar else {
                            throw PipelineError(file: path, line: parameterKey.mark?.line,
                                                message: "stage \(text): parameters are 'name: value' pairs")
                        }
                        entries[parameterName] = (scalar.string, parameterKey.mark?.line)
                    }
                } else if value.scalar?.string.isEmpty == false || value.sequence != nil {
                    throw PipelineError(file: path, line: value.mark?.line,
                                        message: "stage \(text): parameters are a mapping of 'name: value'")
                }
            } else {
                throw PipelineError(file: path, line: item.mark?.line,
                                    message: "a stage is a name, or a mapping from its name to its parameters")
            }
            guard let type = StageRegistry.all.first(where: { $0.name == stageName }) else {
                throw PipelineError(file: path, line: item.mark?.line,
                                    message: "unknown stage '\(stageName)'; known stages: \(StageRegistry.all.map { $0.name }.joined(separator: ", "))")
            }
            for (key, value) in entries {
                guard let spec = type.parameters.first(where: { $0.name == key }) else {
                    throw PipelineError(file: path, line: value.line,
                                        message: "stage \(stageName) has no parameter '\(key)'; it takes: \(type.parameters.map(\.name).joined(separator: ", "))")
                }
                if let problem = spec.problem(with: value.text) {
                    throw PipelineError(file: path, line: value.line, message: "stage \(stageName): parameter '\(key)' \(problem)")
                }
            }
            stages.append(StageParameters(stage: stageName, entries: entries, baseDirectory: base, file: path))
        }
        let order = stages.map(\.stage)
        if order.first != "load" {
            throw PipelineError(file: path, line: stagesNode.mark?.line, message: "the first stage must be 'load'")
        }
        let ranks = order.compactMap { stageOrder.firstIndex(of: $0) }
        if ranks != ranks.sorted() || Set(order).count != order.count {
            throw PipelineError(file: path, line: stagesNode.mark?.line,
                                message: "stages must appear once each, in the order \(stageOrder.joined(separator: " → ")); got \(order.joined(separator: " → "))")
        }

        var outputDirectory = Pipeline.resolve("out", against: base)
        var rulesPath = Pipeline.resolveDefault(RuleCatalogue.defaultPath, against: base)
        var rulesNamed = false
        if let output = mapping["output"] {
            if let settings = output.mapping {
                for (key, _) in settings where !["dir", "rules"].contains(key.string ?? "") {
                    throw PipelineError(file: path, line: key.mark?.line,
                                        message: "unknown key 'output.\(key.string ?? "?")'; expected dir, rules")
                }
                if let dir = settings["dir"]?.string { outputDirectory = Pipeline.resolve(dir, against: base) }
                if let rules = settings["rules"]?.string {
                    rulesPath = Pipeline.resolve(rules, against: base)
                    rulesNamed = true
                    guard FileManager.default.fileExists(atPath: rulesPath) else {
                        throw PipelineError(file: path, line: settings["rules"]?.mark?.line,
                                            message: "output: 'rules' names \(rulesPath), which does not exist")
                    }
                }
            } else if let dir = output.string {
                outputDirectory = Pipeline.resolve(dir, against: base)
            } else {
                throw PipelineError(file: path, line: output.mark?.line, message: "'output' is a folder, or a mapping with 'dir' and optional 'rules'")
            }
        }
        var file = PipelineFile(name: name, path: path, inputs: inputs, stages: stages, outputDirectory: outputDirectory)
        if rulesNamed || FileManager.default.fileExists(atPath: rulesPath) {
            file.rules = try RuleCatalogue.load(path: rulesPath)
        }
        return file
    }
}
