import Foundation

// The four kinds of step the runner schedules (see `Pipeline`). A stage conforms to one or
// more of them; within each kind, steps run in the order the pipeline file lists the stages.

/// Works on one input file, in pass 1, on all cores (load: read the file; normalize: clean it).
/// A county whose files were not kept between the passes runs its files through these again.
public protocol FileStage: Stage {
    func run(file: inout FileWork, report: inout StageReport) throws
}

/// Needs every file before it can decide (name clustering): it gathers from each file after
/// the file stages, decides once for the run, and applies the decision to each county before
/// the county stages.
public protocol GatherStage: Stage {
    associatedtype Gathered: Sendable
    associatedtype Decision: Sendable
    /// What nothing gathered is.
    var nothingGathered: Gathered { get }
    /// What one file contributes (on the worker that read it).
    func gather(from file: FileWork) -> Gathered
    /// Adds one file's contribution to the run's, in input order.
    func merge(_ part: Gathered, into whole: inout Gathered)
    /// The decision for the run, once every file is in; may add to the run's result.
    func decide(_ gathered: Gathered, run: inout RunResult, report: inout StageReport) -> Decision
    /// Applies the decision to one county (pass 2, before the county stages).
    func apply(_ decision: Decision, to county: inout CountyWork, report: inout StageReport) throws
}

/// Works on one county at a time in pass 2, on all cores (classify, aggregate, compare).
public protocol CountyStage: Stage {
    func run(county: inout CountyWork, report: inout StageReport) throws
}

/// Works once on the run's result, after every county (cross-county comparison, period changes).
public protocol RunStage: Stage {
    func finish(run: inout RunResult, report: inout StageReport) throws
}

// The runner holds gather stages as `any GatherStage`; these carry their associated types
// across it, opened again inside each stage's own type.
extension GatherStage {
    func gatherAny(from file: FileWork) -> any Sendable { gather(from: file) }

    func mergeAny(_ part: any Sendable, into whole: inout (any Sendable)?) {
        var sum = (whole as? Gathered) ?? nothingGathered
        merge(part as! Gathered, into: &sum)
        whole = sum
    }

    func decideAny(_ gathered: (any Sendable)?, run: inout RunResult, report: inout StageReport) -> any Sendable {
        decide((gathered as? Gathered) ?? nothingGathered, run: &run, report: &report)
    }

    func applyAny(_ decision: any Sendable, to county: inout CountyWork, report: inout StageReport) throws {
        try apply(decision as! Decision, to: &county, report: &report)
    }
}
