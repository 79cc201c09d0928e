import Foundation

/// One step of a pipeline. Each stage describes itself (name, summary, parameters) so the
/// pipeline parser, `jixiao check` and `jixiao stages` all read the same spec.
public protocol Stage: Sendable {
    static var name: String { get }
    /// One line for `jixiao stages` and the 说明 sheet.
    static var summary: String { get }
    static var parameters: [ParameterSpec] { get }
    init(parameters: StageParameters) throws
    func run(_ batch: inout Batch, report: inout StageReport) throws
}

/// A parameter a stage takes in the pipeline file.
public struct ParameterSpec: Sendable {
    public enum Kind: String, Sendable {
        case path = "路径 path", number = "数字 number", string = "文本 string", bool = "是否 bool"
    }

    public var name: String
    public var kind: Kind
    public var defaultValue: String?
    public var doc: String

    public init(_ name: String, _ kind: Kind, default defaultValue: String? = nil, _ doc: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.doc = doc
    }
}

/// What a stage did, for `run-summary.json` and the 说明 sheet.
public struct StageReport: Codable, Sendable {
    public var stage: String
    public var rowsIn = 0
    public var rowsOut = 0
    public var rowsRejected = 0
    public var findings = 0
    public var seconds = 0.0
    public var notes: [String] = []

    public init(stage: String) { self.stage = stage }
}

/// The registry of stages by the name pipeline files use.
public enum StageRegistry {
    public static let all: [any Stage.Type] = [
        LoadStage.self, NormalizeStage.self, ClassifyStage.self, AggregateStage.self, CompareStage.self,
    ]

    public static func stage(named name: String) -> (any Stage.Type)? {
        all.first { $0.name == name }
    }
}
