import Foundation
import Yams

/// Every rule's id, severity, Chinese title and plain-Chinese explanation and fix, read
/// from `Data/rules.yaml` (a file a finance officer can edit), with the Chinese names of the
/// stages. The workbooks show titles where a clerk reads; the id stays for scripts. A rule
/// missing from the file falls back visibly to its id.
public struct RuleCatalogue: Sendable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        /// The severity of this rule's findings (`applySeverities`); nil leaves each finding
        /// the severity the stage gave it.
        public var severity: Severity?
        public var title: String
        public var explain: String
        public var fix: String
    }

    /// Entries in the file's order.
    public private(set) var entries: [Entry] = []
    private var byId: [String: Int] = [:]
    private var stageTitles: [String: String] = [:]

    public init() {}

    /// The default place of the catalogue, beside the other vocabularies: `../Data/rules.yaml`
    /// relative to the pipeline file.
    public static let defaultPath = "../Data/rules.yaml"

    public static func load(path: String) throws -> RuleCatalogue {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PipelineError(file: path, line: nil, message: "cannot read the rule catalogue: \(error.localizedDescription)")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> RuleCatalogue {
        try YAMLLimits.check(text, file: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw PipelineError(file: path, line: nil, message: "not valid YAML: \(error)")
        }
        var catalogue = RuleCatalogue()
        guard let mapping = root?.mapping else {
            throw PipelineError(file: path, line: root?.mark?.line, message: "expected a mapping with keys stages and rules")
        }
        for (key, value) in mapping {
            switch key.string {
            case "stages":
                for (stage, title) in value.mapping ?? [:] {
                    guard let name = stage.string, let text = title.string else { continue }
                    catalogue.stageTitles[name] = text
                }
            case "rules":
                guard let rules = value.mapping else {
                    throw PipelineError(file: path, line: value.mark?.line, message: "'rules' maps each rule id to its entry")
                }
                for (idNode, entryNode) in rules {
                    guard let id = idNode.string, let entry = entryNode.mapping else {
                        throw PipelineError(file: path, line: idNode.mark?.line,
                                            message: "a rule is 'id:' with severity, title, explain and fix")
                    }
                    for (field, _) in entry where !["severity", "title", "explain", "fix"].contains(field.string ?? "") {
                        throw PipelineError(file: path, line: field.mark?.line,
                                            message: "rule \(id): unknown key '\(field.string ?? "?")'; expected severity, title, explain, fix")
                    }
                    var severity: Severity?
                    if let text = entry["severity"]?.string {
                        guard let parsed = Severity(rawValue: text) else {
                            throw PipelineError(file: path, line: entry["severity"]?.mark?.line,
                                                message: "rule \(id): severity is 错误, 警告 or 提示, not '\(text)'")
                        }
                        severity = parsed
                    }
                    guard let title = entry["title"]?.string, !title.isEmpty else {
                        throw PipelineError(file: path, line: idNode.mark?.line, message: "rule \(id): 'title' is required")
                    }
                    catalogue.add(Entry(id: id, severity: severity, title: title,
                                        explain: entry["explain"]?.string ?? "", fix: entry["fix"]?.string ?? ""))
                }
            default:
                throw PipelineError(file: path, line: key.mark?.line,
                                    message: "unknown key '\(key.string ?? "?")'; expected stages, rules")
            }
        }
        return catalogue
    }

    mutating func add(_ entry: Entry) {
        if let index = byId[entry.id] { entries[index] = entry; return }
        byId[entry.id] = entries.count
        entries.append(entry)
    }

    /// The rule's entry; a rule the catalogue lacks shows its id as its title.
    public func entry(_ id: String) -> Entry {
        if let index = byId[id] { return entries[index] }
        return Entry(id: id, severity: nil, title: id, explain: "", fix: "")
    }

    public func contains(_ id: String) -> Bool { byId[id] != nil }

    /// Gives each finding the severity its rule has in the catalogue, where the catalogue
    /// states one: how serious a problem is, is the bureau's to set in `Data/rules.yaml`.
    /// Findings come in runs of one rule: the last lookup is kept.
    public func applySeverities(to findings: inout [Finding]) {
        guard entries.contains(where: { $0.severity != nil }) else { return }
        var last: (rule: String, severity: Severity?)?
        for index in findings.indices {
            let rule = findings[index].rule
            let severity: Severity?
            if let last, last.rule.sameText(rule) {
                severity = last.severity
            } else {
                severity = byId[rule].flatMap { entries[$0].severity }
                last = (rule, severity)
            }
            if let severity, severity != findings[index].severity { findings[index].severity = severity }
        }
    }

    /// The Chinese title of a rule (its id when the catalogue has none).
    public func title(_ id: String) -> String { entry(id).title }

    /// The Chinese name of a stage (`load` → 读取), or the stage's own name.
    public func stageTitle(_ stage: String) -> String { stageTitles[stage] ?? stage }
}
