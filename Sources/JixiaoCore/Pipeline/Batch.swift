/// One input file named by the pipeline or the command line.
public struct InputFile: Codable, Sendable, Hashable {
    public var path: String
    /// The county to file it under, when the content does not say.
    public var county: String?

    public init(path: String, county: String? = nil) {
        self.path = path
        self.county = county
    }
}

/// What flows through the stages: the inputs, what was read from them, and what each
/// stage added.
public struct Batch: Sendable {
    public var inputs: [InputFile]
    public var documents: [CountyDocument] = []
    /// Files that could not be read at all, with the reason.
    public var failures: [LoadError] = []
    /// Findings of all stages (loader findings are added by the load stage).
    public var findings: [Finding] = []
    /// Budget totals per county and department (aggregate).
    public var departmentTotals: [DepartmentTotal] = []
    /// Groups of similar indicator names the dictionary does not cover (normalize).
    public var nameSuggestions: [NameSuggestion] = []
    /// Template results per project (compare).
    public var projectChecks: [ProjectCheck] = []
    /// Per category and county: projects, budget, indicators, template score (compare).
    public var categoryComparison: [CategoryCountyRow] = []
    /// Targets of canonical indicators found in two or more counties (compare).
    public var indicatorComparison: [IndicatorTargetRow] = []

    /// Where stages report progress as they go (a terminal display, or nothing).
    public var progress: ProgressSink?

    public init(inputs: [InputFile]) { self.inputs = inputs }

    /// The counties in the order their first file was read.
    public var counties: [String] {
        var seen: [String] = []
        for document in documents where !seen.contains(document.county) { seen.append(document.county) }
        return seen
    }

    public var allProjects: [Project] { documents.flatMap(\.projects) }
    public var indicatorCount: Int { documents.reduce(0) { $0 + $1.indicatorCount } }
}

/// Budget added up for one department of one county, in 万元, with the total the form states.
public struct DepartmentTotal: Codable, Sendable, Hashable {
    public var county: String
    public var department: String
    public var projects: Int
    public var indicators: Int
    public var budget: Double
    public var statedTotal: Double?

    public var difference: Double? { statedTotal.map { roundMoney(budget - $0) } }
}

/// How one project fared against its templates.
public struct ProjectCheck: Codable, Sendable, Hashable {
    public var county: String
    public var department: String
    public var project: String
    public var templates: [String]
    public var checks: Int
    public var passed: Int
    public var source: SourceRef

    /// Share of checks passed, 0–100.
    public var score: Double { checks == 0 ? 100 : (Double(passed) / Double(checks) * 1000).rounded() / 10 }
}

/// Progress events for a display; the run never depends on them.
public enum ProgressEvent: Sendable {
    case stage(String)
    case file(index: Int, count: Int, name: String, rows: Int)
}

public struct ProgressSink: Sendable {
    let handler: @Sendable (ProgressEvent) -> Void

    public init(_ handler: @escaping @Sendable (ProgressEvent) -> Void) { self.handler = handler }

    public func report(_ event: ProgressEvent) { handler(event) }
}
