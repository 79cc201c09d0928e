import Foundation

/// One county's working set in pass 2: its files' documents, and what the county stages add.
/// Written to the county's workbook, then reduced to what the run's result keeps.
public struct CountyWork: Sendable {
    public let county: String
    /// The run this county belongs to (period, output root).
    public let context: RunContext
    public var documents: [CountyDocument] = []
    /// Findings of all stages for this county.
    public var findings: [Finding] = []
    /// Failures found in pass 2 (the `error` resubmission policy).
    public var failures: [LoadError] = []
    /// Budget totals per department (aggregate).
    public var departmentTotals: [DepartmentTotal] = []
    /// Template results per project (compare).
    public var projectChecks: [ProjectCheck] = []
    /// Per category: projects, budget, indicators, template score (compare).
    public var categoryComparison: [CategoryCountyRow] = []
    /// This county's targets of canonical indicators; the run keeps those of two or more counties (compare).
    public var indicatorTargets: [IndicatorTargetRow] = []
    /// What changed since the previous period, and why the county could not be compared, if so (changes).
    public var periodChanges: [PeriodChange] = []
    public var warnings: [String] = []

    public init(county: String, context: RunContext = RunContext()) {
        self.county = county
        self.context = context
    }

    /// The counties of the documents, in order (one, unless a caller mixed them).
    public var counties: [String] {
        var seen: [String] = []
        for document in documents where !seen.contains(document.county) { seen.append(document.county) }
        return seen
    }

    public var allProjects: [Project] { documents.flatMap(\.projects) }
    public var indicatorCount: Int { documents.reduce(0) { $0 + $1.indicatorCount } }
}
