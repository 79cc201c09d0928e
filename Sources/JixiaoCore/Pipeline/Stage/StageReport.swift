import Foundation

/// What a stage did, for `run-summary.json` and the 说明 sheet: the runner adds up the
/// reports of every step of a stage (each file, each county, the run).
public struct StageReport: Codable, Sendable {
    public var stage: String
    public var rowsIn = 0
    public var rowsOut = 0
    public var rowsRejected = 0
    public var findings = 0
    public var seconds = 0.0
    public var notes: [String] = []
    /// Every parameter with the value the run used (`name = value`, 默认 for a default), from
    /// the stage's spec. Added later: absent in older files.
    public var parameters: [String]? = nil

    public init(stage: String) { self.stage = stage }

    init(stage: String, seconds: Double) {
        self.init(stage: stage)
        self.seconds = seconds
    }

    /// Adds another step's figures to these.
    mutating func add(_ other: StageReport) {
        rowsIn += other.rowsIn
        rowsOut += other.rowsOut
        rowsRejected += other.rowsRejected
        findings += other.findings
        seconds += other.seconds
        for note in other.notes where notes.count < 10 && !notes.contains(note) { notes.append(note) }
    }

    /// Runs one step and times it on this thread's clock (a busy machine does not inflate it).
    static func timing(_ stage: String, _ body: (inout StageReport) throws -> Void) rethrows -> StageReport {
        var report = StageReport(stage: stage)
        let start = ThreadClock.seconds()
        try body(&report)
        report.seconds = ThreadClock.seconds() - start
        return report
    }
}

extension Duration {
    /// The duration in seconds, for reports and the benchmark.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
