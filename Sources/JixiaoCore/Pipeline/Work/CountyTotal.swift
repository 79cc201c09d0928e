import Foundation

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

/// One county's figures as every report states them: the line `jixiao run` prints, the
/// county in `run-summary.json`, the summary workbook. Declared here only.
public struct CountyFigures: Codable, Sendable, Hashable {
    public var county: String
    public var files: [String]
    public var departments: Int
    public var projects: Int
    public var indicators: Int
    /// Budget of the projects in 万元 (whole-department forms apart).
    public var budgetWan: Double
    public var rowsRead: Int
    public var rowsWritten: Int
    public var rowsRejected: Int
    public var findings: Int
    /// Whole-department forms (部门整体支出) and their budget in 万元, reported beside the
    /// projects' budget and never added to it.
    public var departmentForms: Int
    public var departmentFormsBudgetWan: Double
    /// Projects and whole-department forms whose budget is not in the sums above (missing,
    /// unreadable or implausible: their findings say which); nil in a summary written before.
    public var projectsWithoutBudget: Int?
    public var departmentFormsWithoutBudget: Int?
}

/// What the summary needs of one county once its documents are gone: its figures, its files'
/// accounting and the sums the pivots and charts show.
@dynamicMemberLookup
public struct CountyTotal: Codable, Sendable, Hashable {
    public var figures: CountyFigures
    public var fileAccounts: [FileAccount]
    public var budgetByCategory: [String: Double]
    public var budgetByEconomicClass: [String: Double]
    public var indicatorsByLevel: [String: Int]
    public var scoreMean: Double?
    public var scoreMin: Double?

    public subscript<Value>(dynamicMember keyPath: KeyPath<CountyFigures, Value>) -> Value { figures[keyPath: keyPath] }

    /// The figures of one county after its last stage.
    public init(_ work: CountyWork) {
        let county = work.county
        let documents = work.documents.filter { $0.county == county }
        let projects = documents.flatMap(\.projects)
        fileAccounts = documents.map {
            FileAccount(file: $0.file, county: county, layout: $0.layout.rawValue, rowsRead: $0.rowsRead,
                        rowsWritten: $0.rowsWritten, rowsRejected: $0.rejected.count, structureLines: $0.structureLines,
                        duplicateOf: $0.duplicateOf)
        }
        let wholeForms = projects.filter { $0.kind == .departmentWhole }
        figures = CountyFigures(
            county: county, files: documents.map(\.file),
            departments: Set(documents.flatMap { $0.departments.map(\.org) }).count,
            projects: projects.reduce(0) { $0 + ($1.kind == .project ? 1 : 0) },
            indicators: documents.reduce(0) { $0 + $1.indicatorCount },
            budgetWan: roundMoney(projects.compactMap(\.countedBudget).reduce(0, +)),
            rowsRead: fileAccounts.reduce(0) { $0 + $1.rowsRead },
            rowsWritten: fileAccounts.reduce(0) { $0 + $1.rowsWritten },
            rowsRejected: fileAccounts.reduce(0) { $0 + $1.rowsRejected },
            findings: work.findings.reduce(0) { $0 + ($1.county.sameText(county) ? 1 : 0) },
            departmentForms: wholeForms.count,
            departmentFormsBudgetWan: roundMoney(wholeForms.compactMap(\.budget).reduce(0, +)),
            projectsWithoutBudget: projects.reduce(0) { $0 + ($1.kind == .project && $1.countedBudget == nil ? 1 : 0) },
            departmentFormsWithoutBudget: wholeForms.reduce(0) { $0 + ($1.budget == nil ? 1 : 0) })
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
        let scores = work.projectChecks.filter { $0.county == county }.map(\.score)
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
