import Foundation

/// `run-summary.json`: what schedulers and scripts read after a run. Field names are an
/// interface: extend, never rename.
public struct RunSummary: Codable, Sendable {
    public struct County: Codable, Sendable {
        public var county: String
        public var files: [String]
        public var departments: Int
        public var projects: Int
        public var indicators: Int
        public var budgetWan: Double
        public var rowsRead: Int
        public var rowsWritten: Int
        public var rowsRejected: Int
        public var findings: Int
        public var workbook: String?
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

    public var isComplete: Bool { status == "complete" }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(self)
    }

    public static func decode(_ data: Data) throws -> RunSummary {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(RunSummary.self, from: data)
    }
}
