import Foundation
import Yams

/// Checks on a YAML file's content that the decoder would let through silently: the same
/// key twice in one mapping (the decoder keeps one of them), and numbers that are not
/// finite (`.inf`, `.nan`, `1e309`) or, where the file holds only thresholds, negative.
/// Each mistake is an error naming the file and line.
enum YAMLStrictness {
    static func check(_ text: String, file: String, refuseNegative: Bool) throws {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw PipelineError(file: file, line: nil, message: "not valid YAML: \(error)")
        }
        if let root { try check(root, file: file, refuseNegative: refuseNegative, path: []) }
    }

    private static func check(_ node: Node, file: String, refuseNegative: Bool, path: [String]) throws {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain || scalar.style == .any else { return }
            let where_ = path.isEmpty ? "" : " at \(path.joined(separator: "."))"
            if isNonFinite(scalar.string) {
                throw PipelineError(file: file, line: scalar.mark.map { $0.line },
                                    message: "'\(scalar.string)'\(where_) is not a finite number; write a number such as 90")
            }
            if refuseNegative, let value = Double(scalar.string), value < 0 {
                throw PipelineError(file: file, line: scalar.mark.map { $0.line },
                                    message: "'\(scalar.string)'\(where_) is negative; thresholds are 0 or more")
            }
        case .mapping(let mapping):
            var seen: [String: Int?] = [:]
            for (key, value) in mapping {
                let name = key.string ?? "?"
                if let first = seen[name] {
                    throw PipelineError(file: file, line: key.mark?.line,
                                        message: "key '\(name)' appears twice in one mapping (first on line \(first.map(String.init) ?? "?")); keep one")
                }
                seen[name] = key.mark?.line
                try check(value, file: file, refuseNegative: refuseNegative, path: path + [name])
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                try check(item, file: file, refuseNegative: refuseNegative, path: path + ["\(index)"])
            }
        }
    }

    /// What YAML resolves to an infinite or NaN float, or a decimal too large for a Double.
    static func isNonFinite(_ text: String) -> Bool {
        let lower = text.lowercased()
        if [".inf", "+.inf", "-.inf", ".nan", "inf", "+inf", "-inf", "nan", "infinity", "-infinity"].contains(lower) { return true }
        if let value = Double(text), !value.isFinite { return true }
        return false
    }
}
