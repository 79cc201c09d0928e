/// How much a finding matters to the reviewing clerk.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case error = "错误"
    case warning = "警告"
    case info = "提示"

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .info: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Something a stage noticed: a rule id scripts can match, a plain-Chinese message for the
/// clerk, and where in the county's file it points.
public struct Finding: Codable, Hashable, Sendable {
    public var severity: Severity
    /// Stable id such as `weights.total` or `dimension.missing`.
    public var rule: String
    public var message: String
    public var county: String
    public var department: String?
    public var project: String?
    public var source: SourceRef?
    /// The stage that raised it.
    public var stage: String

    public init(severity: Severity, rule: String, message: String, county: String,
                department: String? = nil, project: String? = nil, source: SourceRef?,
                stage: String) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.county = county
        self.department = department
        self.project = project
        self.source = source
        self.stage = stage
    }
}

/// An input row that could not be turned into a record, kept with the reason so nothing
/// is lost silently.
public struct RejectedRow: Codable, Hashable, Sendable {
    public var source: SourceRef
    public var text: String
    public var reason: String

    public init(source: SourceRef, text: String, reason: String) {
        self.source = source
        self.text = text
        self.reason = reason
    }
}
