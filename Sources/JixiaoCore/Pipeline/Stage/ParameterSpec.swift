import Foundation

/// A parameter a stage takes in the pipeline file: its name, kind, default and doc, declared
/// once in the stage's `parameters`. Parsing checks values against it and fills in the
/// default; `jixiao stages` and the 说明 sheet show it. No default is written anywhere else.
public struct ParameterSpec: Sendable {
    public enum Kind: String, Sendable {
        case path = "路径 path", number = "数字 number", string = "文本 string", bool = "是否 bool"
    }

    public var name: String
    public var kind: Kind
    public var defaultValue: String?
    /// The values a `.string` parameter may take; empty: any.
    public var choices: [String]
    public var doc: String

    public init(_ name: String, _ kind: Kind, default defaultValue: String? = nil, choices: [String] = [], _ doc: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.choices = choices
        self.doc = doc
    }

    /// Why `text` is not a value of this parameter, or nil when it is.
    func problem(with text: String) -> String? {
        switch kind {
        case .number:
            guard let number = Double(text), number.isFinite, number >= 0 else {
                return "must be a number (finite, 0 or more), got '\(text)'"
            }
        case .bool:
            guard ["true", "false", "yes", "no"].contains(text) else { return "must be true or false, got '\(text)'" }
        case .string where !choices.isEmpty:
            guard choices.contains(text) else { return "is one of \(choices.joined(separator: ", ")), got '\(text)'" }
        case .string, .path:
            break
        }
        return nil
    }
}
