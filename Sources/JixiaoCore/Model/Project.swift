/// One project (项目) of a department with its indicators.
///
/// The fields live in one shared, copy-on-write box, like `Indicator`'s: a copy is one
/// reference count, and `project.indicators[i].x = …` still changes the array in place.
public struct Project: Codable, Hashable, Sendable {
    struct Fields: Codable, Hashable, Sendable {
        var department: OrgName
        var unit: OrgName?
        var nameAsWritten: String
        var name: String
        var budget: Double?
        var budgetAsWritten: String
        var goal: String
        var fiscalFunds: Double?
        var otherFunds: Double?
        var attribute: String?
        var period: String?
        var economicClassCode: String?
        var economicClassName: String?
        var category: String?
        var indicators: [Indicator]
        var source: SourceRef
        var kind: ProjectKind = .project
        var basicSpending: Double?
        var projectSpending: Double?
    }

    @CopyOnWrite private(set) var fields: Fields

    /// A record made whole from its fields (the spill reader, `Pipeline/Spill`).
    init(fields: Fields) { self.fields = fields }

    public var department: OrgName {
        get { fields.department }
        _modify { yield &fields.department }
    }
    /// The unit (单位 / 实施单位) that carries the project, when the form names one.
    public var unit: OrgName? {
        get { fields.unit }
        _modify { yield &fields.unit }
    }
    public var nameAsWritten: String {
        get { fields.nameAsWritten }
        _modify { yield &fields.nameAsWritten }
    }
    /// Name with wraps and bracket quirks cleaned (normalize).
    public var name: String {
        get { fields.name }
        _modify { yield &fields.name }
    }
    /// Budget in 万元, converted from the form's money unit.
    public var budget: Double? {
        get { fields.budget }
        _modify { yield &fields.budget }
    }
    public var budgetAsWritten: String {
        get { fields.budgetAsWritten }
        _modify { yield &fields.budgetAsWritten }
    }
    /// 年度目标 / 年度总体绩效目标.
    public var goal: String {
        get { fields.goal }
        _modify { yield &fields.goal }
    }
    /// Fund sources where the form gives them (Layout B: 财政拨款, 其他资金), in 万元.
    public var fiscalFunds: Double? {
        get { fields.fiscalFunds }
        _modify { yield &fields.fiscalFunds }
    }
    public var otherFunds: Double? {
        get { fields.otherFunds }
        _modify { yield &fields.otherFunds }
    }
    /// 项目属性 and 项目期 where given.
    public var attribute: String? {
        get { fields.attribute }
        _modify { yield &fields.attribute }
    }
    public var period: String? {
        get { fields.period }
        _modify { yield &fields.period }
    }
    /// Economic classification code and name (`30213`, `维修（护）费`) where the name or
    /// form gives one (classify).
    public var economicClass: (code: String, name: String)? {
        get { economicClassCode.map { ($0, economicClassName ?? "") } }
        set { economicClassCode = newValue?.code; economicClassName = newValue?.name }
    }
    public var economicClassCode: String? {
        get { fields.economicClassCode }
        _modify { yield &fields.economicClassCode }
    }
    public var economicClassName: String? {
        get { fields.economicClassName }
        _modify { yield &fields.economicClassName }
    }
    /// Project category from the category rules (classify).
    public var category: String? {
        get { fields.category }
        _modify { yield &fields.category }
    }
    public var indicators: [Indicator] {
        get { fields.indicators }
        _modify { yield &fields.indicators }
    }
    public var source: SourceRef {
        get { fields.source }
        _modify { yield &fields.source }
    }

    /// A project form, or a whole department's form (部门整体支出), whose budget is the
    /// department's and is reported, not added to the projects' budgets.
    public var kind: ProjectKind {
        get { fields.kind }
        _modify { yield &fields.kind }
    }
    /// A whole-department form's 基本支出 and 项目支出, in 万元.
    public var basicSpending: Double? {
        get { fields.basicSpending }
        _modify { yield &fields.basicSpending }
    }
    public var projectSpending: Double? {
        get { fields.projectSpending }
        _modify { yield &fields.projectSpending }
    }
    /// The budget that adds up into county and department totals: nil for a whole
    /// department's form, whose money the department's project forms already count.
    public var countedBudget: Double? { kind == .project ? budget : nil }

    public init(department: OrgName, unit: OrgName?, nameAsWritten: String,
                budget: Double?, budgetAsWritten: String, goal: String,
                source: SourceRef) {
        fields = Fields(
            department: department,
            unit: unit,
            nameAsWritten: nameAsWritten,
            name: nameAsWritten,
            budget: budget,
            budgetAsWritten: budgetAsWritten,
            goal: goal,
            fiscalFunds: nil,
            otherFunds: nil,
            attribute: nil,
            period: nil,
            economicClassCode: nil,
            economicClassName: nil,
            category: nil,
            indicators: [],
            source: source)
    }


    /// Sum of the stated weights, or nil when the form has no weights.
    public var weightTotal: Double? {
        var total: Double?
        for i in indicators.indices {
            if let weight = indicators[i].weight { total = (total ?? 0) + weight }
        }
        return total
    }
}

/// What a form is about: one project, or a department's whole spending.
public enum ProjectKind: String, Codable, Sendable, CaseIterable {
    case project = "项目"
    case departmentWhole = "部门整体"
    /// The summary of its department's other projects (汇总项目库): shown, its budget not counted
    /// again (`SummaryForms`).
    case summary = "汇总表"
}
