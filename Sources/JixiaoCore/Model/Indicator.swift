/// The comparison an indicator's target makes (指标性质).
public enum Comparison: String, Codable, Sendable, CaseIterable {
    case equal = "="
    case atLeast = "≥"
    case atMost = "≤"
    case greater = ">"
    case less = "<"
    case qualitative = "定性"
    /// A range (`90%-95%`, `3～5个工作日`): from `number` to `ParsedValue.upper`.
    case between = "区间"
}

/// 指标方向性: higher is better (正向) or lower is better (反向).
public enum Direction: String, Codable, Sendable, CaseIterable {
    case positive = "正向指标"
    case negative = "反向指标"
}

/// A target value split into its parts: `≦5次` → (≤, 5, 次); `优良中差` → grade.
public struct ParsedValue: Codable, Hashable, Sendable {
    public var comparison: Comparison?
    public var number: Double?
    public var unit: String?
    /// A qualitative grade or wording such as `优良中差`, `明显提升`, `2023年全年`.
    public var grade: String?
    /// Text before the comparison, as in `丢包率<0.3%`.
    public var subject: String?
    /// The upper end of a range (`90%-95%`: `number` 90, `upper` 95, comparison `.between`).
    public var upper: Double?

    public init(comparison: Comparison? = nil, number: Double? = nil, unit: String? = nil,
                grade: String? = nil, subject: String? = nil, upper: Double? = nil) {
        self.comparison = comparison
        self.number = number
        self.unit = unit
        self.grade = grade
        self.subject = subject
        self.upper = upper
    }

    public var isQuantitative: Bool { number != nil }

    /// The amount in 万元 when the value is money (`45万元`, `40000元`).
    public var amountInWan: Double? {
        guard let number, let unit, let money = MoneyUnit(text: unit) else { return nil }
        return money.toWan(number)
    }
}

/// Where an indicator's canonical name came from.
public enum CanonicalSource: String, Codable, Sendable, CaseIterable {
    case dictionary = "词典"
    case cluster = "聚类"
}

/// One level-3 indicator (三级指标) of a project, as written and as understood.
///
/// The fields live in one shared, copy-on-write box: indicators are copied wherever an
/// array of them is iterated or filtered, and a copy is then one reference count instead
/// of one per string (about twenty). Reads and writes look like plain stored properties.
public struct Indicator: Codable, Hashable, Sendable {
    struct Fields: Codable, Hashable, Sendable {
        var level1Label: String
        var level2Label: String
        var nameAsWritten: String
        var comparisonAsWritten: String
        var valueAsWritten: String
        var unitAsWritten: String
        var weightAsWritten: String
        var directionAsWritten: String
        var name: String
        var canonicalName: String?
        var canonicalSource: CanonicalSource?
        var level1: String?
        var level2: String?
        var value: ParsedValue
        var weight: Double?
        var direction: Direction?
        var directionInferred: Bool
        var source: SourceRef
        var otherColumns: String = ""
    }

    @CopyOnWrite private(set) var fields: Fields

    /// A record made whole from its fields (the spill reader, `Pipeline/Spill`).
    init(fields: Fields) { self.fields = fields }

    // As written in the source (kept for traceability).
    public var level1Label: String {
        get { fields.level1Label }
        _modify { yield &fields.level1Label }
    }
    public var level2Label: String {
        get { fields.level2Label }
        _modify { yield &fields.level2Label }
    }
    public var nameAsWritten: String {
        get { fields.nameAsWritten }
        _modify { yield &fields.nameAsWritten }
    }
    public var comparisonAsWritten: String {
        get { fields.comparisonAsWritten }
        _modify { yield &fields.comparisonAsWritten }
    }
    public var valueAsWritten: String {
        get { fields.valueAsWritten }
        _modify { yield &fields.valueAsWritten }
    }
    public var unitAsWritten: String {
        get { fields.unitAsWritten }
        _modify { yield &fields.unitAsWritten }
    }
    public var weightAsWritten: String {
        get { fields.weightAsWritten }
        _modify { yield &fields.weightAsWritten }
    }
    public var directionAsWritten: String {
        get { fields.directionAsWritten }
        _modify { yield &fields.directionAsWritten }
    }
    // Filled in by the stages.
    /// The name with wraps, numbering and full-width quirks cleaned (normalize).
    public var name: String {
        get { fields.name }
        _modify { yield &fields.name }
    }
    /// The dictionary's canonical name, when one matched (normalize).
    public var canonicalName: String? {
        get { fields.canonicalName }
        _modify { yield &fields.canonicalName }
    }
    public var canonicalSource: CanonicalSource? {
        get { fields.canonicalSource }
        _modify { yield &fields.canonicalSource }
    }
    /// Canonical level-1 and level-2 of the framework (classify).
    public var level1: String? {
        get { fields.level1 }
        _modify { yield &fields.level1 }
    }
    public var level2: String? {
        get { fields.level2 }
        _modify { yield &fields.level2 }
    }
    public var value: ParsedValue {
        get { fields.value }
        _modify { yield &fields.value }
    }
    public var weight: Double? {
        get { fields.weight }
        _modify { yield &fields.weight }
    }
    public var direction: Direction? {
        get { fields.direction }
        _modify { yield &fields.direction }
    }
    /// True when the direction was inferred rather than stated.
    public var directionInferred: Bool {
        get { fields.directionInferred }
        _modify { yield &fields.directionInferred }
    }
    public var source: SourceRef {
        get { fields.source }
        _modify { yield &fields.source }
    }
    /// Columns kept but not interpreted (指标解释, 备注, a target per place …), as
    /// `title=value` joined by `；`.
    public var otherColumns: String {
        get { fields.otherColumns }
        _modify { yield &fields.otherColumns }
    }

    public init(level1Label: String, level2Label: String, nameAsWritten: String,
                comparisonAsWritten: String = "", valueAsWritten: String,
                unitAsWritten: String = "", weightAsWritten: String = "",
                directionAsWritten: String = "", source: SourceRef) {
        fields = Fields(
            level1Label: level1Label,
            level2Label: level2Label,
            nameAsWritten: nameAsWritten,
            comparisonAsWritten: comparisonAsWritten,
            valueAsWritten: valueAsWritten,
            unitAsWritten: unitAsWritten,
            weightAsWritten: weightAsWritten,
            directionAsWritten: directionAsWritten,
            name: nameAsWritten,
            canonicalName: nil,
            canonicalSource: nil,
            level1: nil,
            level2: nil,
            value: ParsedValue(),
            weight: nil,
            direction: nil,
            directionInferred: false,
            source: source)
    }


    /// True when the framework placed the indicator under this level-1 name (classify).
    public func isUnder(_ level1Name: String) -> Bool { level1?.sameText(level1Name) ?? false }

}
