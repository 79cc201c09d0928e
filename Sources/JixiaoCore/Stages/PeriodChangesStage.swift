import Foundation

/// `changes` (built in: every pipeline runs it, pipeline files do not name it): what changed
/// since the previous period in the same output root (本月变化). Each county is compared with
/// its state file of the latest earlier period (`RunContext.previous`); counties that sent
/// nothing this period are compared once the run is complete. A damaged state file is not
/// compared, and the run says so.
public struct PeriodChangesStage: CountyStage, RunStage {
    public static let name = "changes"
    public static let summary = "与同一输出目录中上一期的结果比较：新增、删除的项目，预算变化，新问题与已解决的问题。Compares with the previous period. 内置：每次运行都做，流水线文件中不写 (built in: every run does it; pipeline files do not name it)."
    public static let parameters: [ParameterSpec] = []

    public init(parameters: StageParameters) throws {}

    public func run(county: inout CountyWork, report: inout StageReport) throws {
        guard let previous = county.context.previous else { return }
        let file = RunState.fileName(county: county.county)
        let current = RunState(period: county.context.period, county: county)
        switch RunState.load(from: (previous.folder as NSString).appendingPathComponent(file)) {
        case .state(let before):
            county.periodChanges = PeriodChanges.between(previous: before, current: current).changes
        case .missing:
            // A county new this period: all its projects are new.
            let before = RunState(period: previous.period, projects: [], findings: [])
            county.periodChanges = PeriodChanges.between(previous: before, current: current).changes
        case .damaged(let reason):
            county.warnings.append(Self.cannotCompare(county: county.county, file: file, previous: previous.period, reason: reason))
        }
        report.rowsIn = current.projects.count
        report.rowsOut = county.periodChanges.count
    }

    /// Counties that sent nothing this period: all their projects are gone, their findings resolved.
    public func finish(run: inout RunResult, report: inout StageReport) throws {
        guard let previous = run.context.previous else {
            report.notes.append("输出目录中没有更早的一期，无可比较 (no earlier period)")
            return
        }
        run.periodChanges.previousPeriod = previous.period
        let seen = Set(run.countyTotals.map { RunState.fileName(county: $0.county) })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: previous.folder)) ?? []
        for name in names.sorted() where name.hasSuffix(".json") && !seen.contains(name) {
            let before: RunState
            switch RunState.load(from: (previous.folder as NSString).appendingPathComponent(name)) {
            case .state(let state): before = state
            case .missing: continue
            case .damaged(let reason):
                run.periodChanges.warnings.append(Self.cannotCompare(county: (name as NSString).deletingPathExtension, file: name,
                                                                     previous: previous.period, reason: reason))
                continue
            }
            let gone = PeriodChanges.between(previous: before, current: RunState(period: run.context.period, projects: [], findings: []))
            RunResult.append(gone.changes, to: &run.periodChanges.changes)
        }
        report.notes.append("与 \(previous.period) 相比：\(run.periodChanges.changes.count) 处变化")
    }

    static func cannotCompare(county: String, file: String, previous: String, reason: String) -> String {
        "无法与 \(previous) 比较 \(county)：上期的状态文件 \(RunState.folderName)/\(file) \(reason)；本月变化中不列该县的变化 (cannot compare with \(previous): its state is damaged)"
    }
}
