import Foundation

/// What a run is for, beyond its inputs: the period it reports and the output root where
/// earlier periods stand (what `PeriodChangesStage` compares with).
public struct RunContext: Sendable {
    public var period: String
    public var outputRoot: String?
    /// The latest earlier period in the output root with a `state/` folder, and that folder.
    public let previous: (period: String, folder: String)?

    public init(period: String = Period.current(), outputRoot: String? = nil) {
        self.period = period
        self.outputRoot = outputRoot
        previous = outputRoot.flatMap { PeriodChanges.previousStateFolder(in: $0, before: period) }
    }
}
