/// One input file named by the pipeline or the command line.
public struct InputFile: Codable, Sendable, Hashable {
    public var path: String
    /// The county to file it under, when the content does not say.
    public var county: String?
    /// How reports name the file: its path inside the input folder named (`2023-12/000.txt`);
    /// nil: the file's own name.
    public var displayName: String?

    public init(path: String, county: String? = nil, displayName: String? = nil) {
        self.path = path
        self.county = county
        self.displayName = displayName
    }
}

/// What flows through the stages: the inputs, what was read from them, and what each
/// stage added. During a run each county goes through the stages in a batch of its own;
/// the run's result is a batch too, holding what every county left behind (documents only
/// when the caller keeps them; long lists up to `listLimit`, with every count complete).
public struct Batch: Sendable {
    /// Lists in the run's result (findings, project checks, rejected rows …) stop here;
    /// counts go on. Each county workbook lists all of its own; the summary shows the
    /// first ones (a sheet holds at most 1,048,576 rows, and nobody reads 100,000).
    public static let listLimit = 20_000

    public var inputs: [InputFile]
    public var documents: [CountyDocument] = []
    /// Per county: the figures the summary needs, kept when documents are not.
    public var countyTotals: [CountyTotal] = []
    /// Every finding counted by rule, including those past `listLimit`.
    public var findingsByRule: [String: Int] = [:]
    /// Rows no loader could place, with the reason.
    public var rejectedRows: [RejectedRow] = []
    /// Canonical names for names the run's clusters merged (normalize, across all inputs).
    public var nameMerges: [String: String] = [:]
    /// Files that could not be read at all, with the reason.
    public var failures: [LoadError] = []
    /// Files in input folders left out on purpose (lock files, hidden files …), with the reason.
    public var skippedFiles: [SkippedFile] = []
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

    public init(inputs: [InputFile]) { self.inputs = inputs }

    /// The counties in the order their first file was read.
    public var counties: [String] {
        if !countyTotals.isEmpty { return countyTotals.map(\.county) }
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
    case county(index: Int, count: Int, name: String)
}

public struct ProgressSink: Sendable {
    let handler: @Sendable (ProgressEvent) -> Void

    public init(_ handler: @escaping @Sendable (ProgressEvent) -> Void) { self.handler = handler }

    public func report(_ event: ProgressEvent) { handler(event) }
}

extension Batch {
    /// Adds one county's batch (after the last stage) to the run's result; lists stop at
    /// `listLimit`, counts do not.
    mutating func merge(county: Batch, total: CountyTotal, rejected: [RejectedRow], indicatorRows: inout [IndicatorTargetRow]) {
        documents += county.documents
        countyTotals.append(total)
        failures += county.failures
        for finding in county.findings { findingsByRule[finding.rule, default: 0] += 1 }
        Batch.append(county.findings, to: &findings)
        departmentTotals += county.departmentTotals
        Batch.append(county.projectChecks, to: &projectChecks)
        categoryComparison += county.categoryComparison
        Batch.append(county.indicatorComparison, to: &indicatorRows)
        Batch.append(rejected, to: &rejectedRows)
    }

    /// Keeps the indicator rows of canonical indicators found in two or more counties.
    mutating func finishComparisons(indicatorRows: [IndicatorTargetRow]) {
        var counties: [String: Set<String>] = [:]
        for row in indicatorRows { counties[row.indicator, default: []].insert(row.county) }
        let order = Dictionary(uniqueKeysWithValues: countyTotals.enumerated().map { ($1.county, $0) })
        indicatorComparison = indicatorRows.filter { counties[$0.indicator]!.count >= 2 }
            .sorted { ($0.indicator, order[$0.county] ?? 0, $0.source.file, $0.source.line)
                    < ($1.indicator, order[$1.county] ?? 0, $1.source.file, $1.source.line) }
        categoryComparison.sort { ($0.category, order[$0.county] ?? 0) < ($1.category, order[$1.county] ?? 0) }
    }

    static func append<T>(_ items: [T], to list: inout [T]) {
        list += items.prefix(max(0, listLimit - list.count))
    }
}

/// One input file's row accounting: rows read = rows written + rows rejected.
public struct FileAccount: Codable, Sendable, Hashable {
    public var file: String
    public var county: String
    public var layout: String
    public var rowsRead: Int
    public var rowsWritten: Int
    public var rowsRejected: Int
    public var structureLines: Int
    /// The file repeats this file's content and was counted once, there.
    public var duplicateOf: String?

    public var balances: Bool { rowsRead == rowsWritten + rowsRejected }
}

/// What the summary needs of one county once its documents are gone.
public struct CountyTotal: Codable, Sendable, Hashable {
    public var county: String
    public var files: [String]
    public var fileAccounts: [FileAccount]
    public var departments: Int
    public var projects: Int
    public var indicators: Int
    public var budget: Double
    public var rowsRead: Int
    public var rowsWritten: Int
    public var rowsRejected: Int
    public var findings: Int
    public var budgetByCategory: [String: Double]
    public var budgetByEconomicClass: [String: Double]
    public var indicatorsByLevel: [String: Int]
    public var scoreMean: Double?
    public var scoreMin: Double?
    /// Whole-department forms (部门整体支出) and their budgets, reported beside the projects'
    /// budgets and never added to them.
    public var departmentForms: Int
    public var departmentFormsBudget: Double

    /// The figures of a batch that holds this one county.
    public init(county: String, batch: Batch) {
        let documents = batch.documents.filter { $0.county == county }
        let projects = documents.flatMap(\.projects)
        self.county = county
        files = documents.map(\.file)
        fileAccounts = documents.map {
            FileAccount(file: $0.file, county: county, layout: $0.layout.rawValue, rowsRead: $0.rowsRead,
                        rowsWritten: $0.rowsWritten, rowsRejected: $0.rejected.count, structureLines: $0.structureLines,
                        duplicateOf: $0.duplicateOf)
        }
        departments = Set(documents.flatMap { $0.departments.map(\.org) }).count
        self.projects = projects.reduce(0) { $0 + ($1.kind == .project ? 1 : 0) }
        let wholeForms = projects.filter { $0.kind == .departmentWhole }
        departmentForms = wholeForms.count
        departmentFormsBudget = roundMoney(wholeForms.compactMap(\.budget).reduce(0, +))
        indicators = documents.reduce(0) { $0 + $1.indicatorCount }
        budget = roundMoney(projects.compactMap(\.countedBudget).reduce(0, +))
        rowsRead = documents.reduce(0) { $0 + $1.rowsRead }
        rowsWritten = documents.reduce(0) { $0 + $1.rowsWritten }
        rowsRejected = documents.reduce(0) { $0 + $1.rejected.count }
        findings = batch.findings.reduce(0) { $0 + ($1.county.sameText(county) ? 1 : 0) }
        budgetByCategory = CountyTotal.sums(projects.lazy.map { ($0.category ?? CategoryRules.unclassified, $0.countedBudget ?? 0) })
        budgetByEconomicClass = CountyTotal.sums(projects.lazy.map {
            ($0.economicClass.map { "\($0.code) \($0.name)" } ?? "未注明", $0.countedBudget ?? 0) })
        // Counted by label pair first: building a "level1·level2" string per indicator was slow.
        var byLevel: [LabelPair: Int] = [:]
        for project in projects {
            for indicator in project.indicators {
                byLevel[LabelPair(level1: indicator.level1 ?? "未归类", level2: indicator.level2 ?? "未归类"), default: 0] += 1
            }
        }
        indicatorsByLevel = Dictionary(byLevel.map { ("\($0.key.level1)·\($0.key.level2)", $0.value) }, uniquingKeysWith: +)
        let scores = batch.projectChecks.filter { $0.county == county }.map(\.score)
        scoreMean = scores.isEmpty ? nil : (scores.reduce(0, +) / Double(scores.count) * 10).rounded() / 10
        scoreMin = scores.min()
    }

    /// Values added up by key. `Dictionary(_:uniquingKeysWith:)` reserves room for every pair
    /// (here a bucket per project), and every county's totals are kept for the whole run;
    /// this dictionary grows with the distinct keys only.
    static func sums<Value: AdditiveArithmetic>(_ pairs: some Sequence<(String, Value)>) -> [String: Value] {
        var sums: [String: Value] = [:]
        for (key, value) in pairs { sums[key, default: .zero] += value }
        return sums
    }
}
