import Foundation

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
