import Foundation

/// What jixiao keeps of each county's run (`state/<county>.json` in the period folder) so
/// the next period can say what changed: every project's budget and every finding, by
/// stable keys. One file per county keeps memory flat however many counties there are.
public struct RunState: Codable, Sendable {
    public struct ProjectState: Codable, Sendable, Hashable {
        public var county: String
        public var department: String
        public var project: String
        public var budget: Double?
        public var indicators: Int

        var key: String { [county, department, project].joined(separator: "\u{1F}") }
    }

    public struct FindingState: Codable, Sendable, Hashable {
        public var severity: Severity
        public var rule: String
        public var county: String
        public var department: String?
        public var project: String?
        public var message: String

        /// Line numbers move between months; rule, place and message identify a finding.
        var key: String { [rule, county, department ?? "", project ?? "", message].joined(separator: "\u{1F}") }
    }

    public static let folderName = "state"

    /// The county's state file inside `folderName`: named as its workbook is.
    public static func fileName(county: String) -> String { CountyFileName.make(county) + ".json" }
    /// The layout of these files; a state of another layout is not compared with.
    public static let currentFormat = 1

    /// Absent in states written before the field existed (the same layout as format 1).
    public var format: Int? = RunState.currentFormat
    public var period: String
    public var projects: [ProjectState]
    public var findings: [FindingState]

    public init(period: String, projects: [ProjectState], findings: [FindingState]) {
        self.period = period
        self.projects = projects
        self.findings = findings
    }

    /// What one county leaves for the next period.
    public init(period: String, county: CountyWork) {
        self.period = period
        projects = county.documents.flatMap { document in
            document.projects.map { ProjectState(county: document.county, department: $0.department.description,
                                                 project: $0.name, budget: $0.budget, indicators: $0.indicators.count) }
        }
        findings = county.findings.map {
            FindingState(severity: $0.severity, rule: $0.rule, county: $0.county, department: $0.department,
                         project: $0.project, message: $0.message)
        }
    }

    /// Compact, key-sorted JSON: a program's file, read back by the next period's run.
    public func json() throws -> Data { RunStateJSON.encode(self) }

    /// A previous period's state file as found: absent (the county is new), unusable, or read.
    public enum Found: Sendable {
        case missing
        /// Truncated, garbage or written by another version: nothing can be compared.
        case damaged(String)
        case state(RunState)
    }

    public static func load(from path: String) -> Found {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard let data = FileManager.default.contents(atPath: path) else { return .damaged("无法读取 (cannot be read)") }
        let state: RunState
        do {
            state = try JSONDecoder().decode(RunState.self, from: data)
        } catch {
            return .damaged("不是完整的状态文件 (truncated or not a state file)")
        }
        if let format = state.format, format != currentFormat {
            return .damaged("格式版本 \(format)，本程序读取版本 \(currentFormat) (written by another version)")
        }
        return .state(state)
    }
}

/// One change since the previous period, for the 本月变化 sheet.
public struct PeriodChange: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case newProject = "新增项目"
        case removedProject = "删除项目"
        case budgetChanged = "预算变化"
        case newFinding = "新问题"
        case resolvedFinding = "已解决问题"
    }

    public var kind: Kind
    public var county: String
    public var department: String
    public var project: String
    public var before: Double?
    public var after: Double?
    public var detail: String
}

/// The comparison of this period's run with the previous one in the same output root.
public struct PeriodChanges: Codable, Sendable {
    /// The period compared against, or nil when there was none.
    public var previousPeriod: String?
    public var changes: [PeriodChange]
    /// Counties that could not be compared (their previous state is damaged), said plainly.
    public var warnings: [String] = []

    public static func between(previous: RunState?, current: RunState) -> PeriodChanges {
        guard let previous else { return PeriodChanges(previousPeriod: nil, changes: []) }
        var changes: [PeriodChange] = []
        let before = Dictionary(previous.projects.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(current.projects.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for project in current.projects where before[project.key] == nil {
            changes.append(PeriodChange(kind: .newProject, county: project.county, department: project.department,
                                        project: project.project, before: nil, after: project.budget,
                                        detail: "\(project.indicators) 条指标"))
        }
        for project in previous.projects where after[project.key] == nil {
            changes.append(PeriodChange(kind: .removedProject, county: project.county, department: project.department,
                                        project: project.project, before: project.budget, after: nil,
                                        detail: "\(project.indicators) 条指标"))
        }
        for project in current.projects {
            guard let old = before[project.key], old.budget != project.budget else { continue }
            let difference = (project.budget ?? 0) - (old.budget ?? 0)
            changes.append(PeriodChange(kind: .budgetChanged, county: project.county, department: project.department,
                                        project: project.project, before: old.budget, after: project.budget,
                                        detail: String(format: "%+.2f 万元", difference)))
        }
        let oldFindings = Set(previous.findings.map(\.key))
        let newFindings = Set(current.findings.map(\.key))
        for finding in current.findings where !oldFindings.contains(finding.key) {
            changes.append(PeriodChange(kind: .newFinding, county: finding.county, department: finding.department ?? "",
                                        project: finding.project ?? "", before: nil, after: nil,
                                        detail: "[\(finding.rule)] \(finding.message)"))
        }
        for finding in previous.findings where !newFindings.contains(finding.key) {
            changes.append(PeriodChange(kind: .resolvedFinding, county: finding.county, department: finding.department ?? "",
                                        project: finding.project ?? "", before: nil, after: nil,
                                        detail: "[\(finding.rule)] \(finding.message)"))
        }
        return PeriodChanges(previousPeriod: previous.period, changes: changes)
    }

    /// The state folder of the latest period before `period` in `root` that has one.
    public static func previousStateFolder(in root: String, before period: String) -> (period: String, folder: String)? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        for name in names.filter({ Period.isValid($0) && $0 < period }).sorted(by: >) {
            let folder = ((root as NSString).appendingPathComponent(name) as NSString).appendingPathComponent(RunState.folderName)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue {
                return (name, folder)
            }
        }
        return nil
    }
}

/// A reporting period, `YYYY-MM`.
public enum Period {
    public static func isValid(_ text: String) -> Bool {
        guard text.count == 7, let match = text.wholeMatch(of: /([0-9]{4})-([0-9]{2})/),
              let month = Int(match.2) else { return false }
        return (1...12).contains(month)
    }

    public static func current(_ date: Date = Date()) -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Shanghai")!, from: date)
        return String(format: "%04d-%02d", components.year ?? 2000, components.month ?? 1)
    }
}
