import Foundation

/// `run-summary.json`: what schedulers and scripts read after a run. Field names are an
/// interface: extend, never rename.
public struct RunSummary: Codable, Sendable {
    /// One county: its figures (written flat, as before they had a type of their own) and its workbook.
    @dynamicMemberLookup
    public struct County: Codable, Sendable {
        public var figures: CountyFigures
        public var workbook: String?

        public init(_ figures: CountyFigures, workbook: String?) {
            self.figures = figures
            self.workbook = workbook
        }

        public subscript<Value>(dynamicMember keyPath: KeyPath<CountyFigures, Value>) -> Value { figures[keyPath: keyPath] }

        enum CodingKeys: String, CodingKey { case workbook }

        public init(from decoder: any Decoder) throws {
            figures = try CountyFigures(from: decoder)
            workbook = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .workbook)
        }

        public func encode(to encoder: any Encoder) throws {
            try figures.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(workbook, forKey: .workbook)
        }

        /// The line `jixiao run` prints for the county (the README quotes it; a test checks).
        public var consoleLine: String {
            // A budget left out of a sum is said beside it: a sum of none is no 0.00 万元.
            let unbudgeted = figures.departmentFormsWithoutBudget ?? 0
            let whole = figures.departmentForms == 0 ? ""
                : unbudgeted == figures.departmentForms ? "（另有部门整体支出表 \(figures.departmentForms) 张，未计预算）"
                : "（另有部门整体支出表 \(figures.departmentForms) 张，\(fmt(figures.departmentFormsBudgetWan)) 万元"
                    + (unbudgeted > 0 ? "，其中 \(unbudgeted) 张未计预算）" : "）")
            let missing = figures.projectsWithoutBudget ?? 0
            let budget = figures.projects > 0 && missing == figures.projects ? "预算未计"
                : "\(fmt(figures.budgetWan)) 万元" + (missing > 0 ? "（\(missing) 个项目未计预算）" : "")
            return "\(figures.county): \(figures.projects) 个项目, \(figures.indicators) 条指标, \(budget)\(whole); "
                + "行 读入 \(figures.rowsRead) / 写入 \(figures.rowsWritten) / 拒收 \(figures.rowsRejected); 问题 \(figures.findings)"
        }
    }

    public struct FileFailure: Codable, Sendable {
        public var file: String
        public var line: Int?
        public var message: String
    }

    public var pipeline: String
    public var pipelineFile: String
    public var period: String
    /// The folder the outputs were written to: the output root's period folder.
    public var outputDirectory: String
    public var started: Date
    public var finished: Date
    /// `complete` when every input was read and every workbook written, else `incomplete`.
    public var status: String
    public var counties: [County]
    /// Every file read, with its row accounting (rows read = written + rejected).
    public var files: [FileAccount]
    public var failures: [FileFailure]
    /// Files in input folders left out on purpose (Office lock files, hidden files …).
    public var skippedFiles: [SkippedFile] = []
    public var workbooks: [String]
    public var stages: [StageReport]
    public var findingsByRule: [String: Int]
    /// The Chinese title of every rule in `findingsByRule` (from `Data/rules.yaml`; a rule the
    /// catalogue lacks has its id). Added later: absent in older files.
    public var ruleTitles: [String: String]?
    public var findings: [Finding]
    public var rejectedRows: [RejectedRow]
    /// Groups of similar indicator names for the dictionary (see name-suggestions.yaml).
    public var nameSuggestions: [NameSuggestion]
    /// Template score per project, and the cross-county comparisons (compare stage).
    public var projectChecks: [ProjectCheck]
    public var categoryComparison: [CategoryCountyRow]
    public var indicatorComparison: [IndicatorTargetRow]
    /// The period this run was compared with (本月变化), and what changed since.
    public var previousPeriod: String?
    public var periodChanges: [PeriodChange]
    /// The period folder was replaced by this run's (every output written); when false the
    /// folder was left as it was and this summary is only what the command printed.
    public var published = true
    /// Warnings about the run itself, e.g. a previous period's state that cannot be compared with.
    public var warnings: [String] = []

    public var isComplete: Bool { status == "complete" }

    /// The file's bytes (`RunSummaryJSON`).
    public func json() throws -> Data { try RunSummaryJSON.encode(self) }

    /// How run-summary.json is encoded (`RunSummaryJSON` writes its long lists the same way).
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    public static func decode(_ data: Data) throws -> RunSummary {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(RunSummary.self, from: data)
    }
}
