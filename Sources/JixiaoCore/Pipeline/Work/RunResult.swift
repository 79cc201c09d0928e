import Foundation

/// What a run produced: what every county left behind once written (documents only when the
/// caller keeps them; long lists up to `listLimit`, with every count complete), what the
/// run-level stages added, and each stage's report.
public struct RunResult: Sendable {
    /// Lists in the run's result (findings, project checks, rejected rows …) stop here;
    /// counts go on. Each county workbook lists all of its own; the summary shows the
    /// first ones (a sheet holds at most 1,048,576 rows, and nobody reads 100,000).
    public static let listLimit = 20_000

    public let context: RunContext
    public var inputs: [InputFile]
    public var documents: [CountyDocument] = []
    /// Per county: the figures the summary needs, kept when documents are not.
    public var countyTotals: [CountyTotal] = []
    /// Every finding counted by rule, including those past `listLimit`.
    public var findingsByRule: [String: Int] = [:]
    /// Rows no reader could place, with the reason.
    public var rejectedRows: [RejectedRow] = []
    /// Files that could not be read at all, with the reason.
    public var failures: [LoadError] = []
    /// Files left out on purpose (lock files, hidden files …, documents that are not forms), with the reason.
    public var skippedFiles: [SkippedFile] = []
    /// Files that were read (a copy of another file included), and files refused unopened.
    public var filesRead = 0
    public var filesRefused = 0
    /// Files read that held no form (see `FileWork.skipped`).
    public var filesNotForms = 0
    /// Findings of all stages.
    public var findings: [Finding] = []
    /// Budget totals per county and department (aggregate).
    public var departmentTotals: [DepartmentTotal] = []
    /// Groups of similar indicator names the dictionary does not cover (normalize).
    public var nameSuggestions: [NameSuggestion] = []
    /// Template results per project (compare).
    public var projectChecks: [ProjectCheck] = []
    /// Per category and county: projects, budget, indicators, template score (compare).
    public var categoryComparison: [CategoryCountyRow] = []
    /// Targets of canonical indicators; once the run is complete, those found in two or more counties (compare).
    public var indicatorComparison: [IndicatorTargetRow] = []
    /// What changed since the previous period (changes).
    public var periodChanges = PeriodChanges(previousPeriod: nil, changes: [])
    public var reports: [StageReport] = []
    /// What the cache between the passes kept, spilled to disk and read again (see `FileCache`).
    public var spill = SpillFigures()
    public var started = Date()
    public var finished = Date()

    public init(inputs: [InputFile], context: RunContext = RunContext()) {
        self.inputs = inputs
        self.context = context
    }

    /// The counties in the order their first file was read.
    public var counties: [String] {
        if !countyTotals.isEmpty { return countyTotals.map(\.county) }
        var seen: [String] = []
        for document in documents where !seen.contains(document.county) { seen.append(document.county) }
        return seen
    }

    public var allProjects: [Project] { documents.flatMap(\.projects) }
    public var indicatorCount: Int { documents.reduce(0) { $0 + $1.indicatorCount } }

    /// Adds one county (after its last stage) to the result; lists stop at `listLimit`,
    /// counts do not.
    mutating func add(_ county: CountyWork, total: CountyTotal, rejected: [RejectedRow]) {
        documents += county.documents
        countyTotals.append(total)
        failures += county.failures
        for finding in county.findings { findingsByRule[finding.rule, default: 0] += 1 }
        Self.append(county.findings, to: &findings)
        departmentTotals += county.departmentTotals
        Self.append(county.projectChecks, to: &projectChecks)
        categoryComparison += county.categoryComparison
        Self.append(county.indicatorTargets, to: &indicatorComparison)
        Self.append(rejected, to: &rejectedRows)
        Self.append(county.periodChanges, to: &periodChanges.changes)
        periodChanges.warnings += county.warnings
    }

    /// The part of a kept run that belongs to one county (documents and findings), as it was
    /// when the county was written.
    public func only(county: String) -> CountyWork {
        var part = CountyWork(county: county, context: context)
        part.documents = documents.filter { $0.county == county }
        part.findings = findings.filter { $0.county == county }
        return part
    }

    static func append<T>(_ items: [T], to list: inout [T]) {
        list += items.prefix(max(0, listLimit - list.count))
    }
}
