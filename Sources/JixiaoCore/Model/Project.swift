/// One project (项目) of a department with its indicators.
public struct Project: Codable, Hashable, Sendable {
    public var department: OrgName
    /// The unit (单位 / 实施单位) that carries the project, when the form names one.
    public var unit: OrgName?
    public var nameAsWritten: String
    /// Name with wraps and bracket quirks cleaned (normalize).
    public var name: String
    /// Budget in 万元, converted from the form's money unit.
    public var budget: Double?
    public var budgetAsWritten: String
    /// 年度目标 / 年度总体绩效目标.
    public var goal: String
    /// Fund sources where the form gives them (Layout B: 财政拨款, 其他资金), in 万元.
    public var fiscalFunds: Double?
    public var otherFunds: Double?
    /// 项目属性 and 项目期 where given.
    public var attribute: String?
    public var period: String?
    /// Economic classification code and name (`30213`, `维修（护）费`) where the name or
    /// form gives one (classify).
    public var economicClass: (code: String, name: String)? {
        get { economicClassCode.map { ($0, economicClassName ?? "") } }
        set { economicClassCode = newValue?.code; economicClassName = newValue?.name }
    }
    public var economicClassCode: String?
    public var economicClassName: String?
    /// Project category from the category rules (classify).
    public var category: String?
    public var indicators: [Indicator]
    public var source: SourceRef

    public init(department: OrgName, unit: OrgName?, nameAsWritten: String,
                budget: Double?, budgetAsWritten: String, goal: String,
                source: SourceRef) {
        self.department = department
        self.unit = unit
        self.nameAsWritten = nameAsWritten
        self.name = nameAsWritten
        self.budget = budget
        self.budgetAsWritten = budgetAsWritten
        self.goal = goal
        self.fiscalFunds = nil
        self.otherFunds = nil
        self.attribute = nil
        self.period = nil
        self.economicClassCode = nil
        self.economicClassName = nil
        self.category = nil
        self.indicators = []
        self.source = source
    }

    /// Sum of the stated weights, or nil when the form has no weights.
    public var weightTotal: Double? {
        let weights = indicators.compactMap(\.weight)
        return weights.isEmpty ? nil : weights.reduce(0, +)
    }
}
