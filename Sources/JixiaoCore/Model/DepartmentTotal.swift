import Foundation

/// Budget added up for one department of one county, in 万元, with the total the form states.
public struct DepartmentTotal: Codable, Sendable, Hashable {
    public var county: String
    public var department: String
    public var projects: Int
    public var indicators: Int
    public var budget: Double
    public var statedTotal: Double?
    /// Projects whose budget is not in `budget` (missing, unreadable or implausible: their
    /// findings say which); nil in totals written before it was counted.
    public var projectsWithoutBudget: Int?

    public var difference: Double? { statedTotal.map { roundMoney(budget - $0) } }
}
