import Foundation

/// One step of a pipeline, as a pipeline file names it. A stage describes itself once (name,
/// summary, parameters): the pipeline parser, `jixiao check`, `jixiao stages` and the 说明
/// sheet all read that spec. What it does it says by the kinds it conforms to
/// (`FileStage`, `GatherStage`, `CountyStage`, `RunStage`, in `StageKinds.swift`); the
/// runner schedules each kind and never needs to know which stage it runs.
public protocol Stage: Sendable {
    static var name: String { get }
    /// One line for `jixiao stages` and the 说明 sheet.
    static var summary: String { get }
    static var parameters: [ParameterSpec] { get }
    init(parameters: StageParameters) throws
}

extension Stage {
    /// This stage's name, from an instance.
    var name: String { Self.name }
}
