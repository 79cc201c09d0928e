/// The comparison an indicator's target makes (指标性质).
public enum Comparison: String, Codable, Sendable, CaseIterable {
    case equal = "="
    case atLeast = "≥"
    case atMost = "≤"
    case greater = ">"
    case less = "<"
    case qualitative = "定性"

    /// `init(rawValue:)` by bytes (see `sameText`).
    init?(text: String) {
        guard let match = Comparison.allCases.first(where: { $0.rawValue.sameText(text) }) else { return nil }
        self = match
    }
}

/// 指标方向性: higher is better (正向) or lower is better (反向).
public enum Direction: String, Codable, Sendable {
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

    public init(comparison: Comparison? = nil, number: Double? = nil, unit: String? = nil,
                grade: String? = nil, subject: String? = nil) {
        self.comparison = comparison
        self.number = number
        self.unit = unit
        self.grade = grade
        self.subject = subject
    }

    public var isQuantitative: Bool { number != nil }

    /// The amount in 万元 when the value is money (`45万元`, `40000元`).
    public var amountInWan: Double? {
        guard let number, let unit, let money = MoneyUnit(text: unit) else { return nil }
        return money.toWan(number)
    }
}

/// Where an indicator's canonical name came from.
public enum CanonicalSource: String, Codable, Sendable {
    case dictionary = "词典"
    case cluster = "聚类"
}

/// One level-3 indicator (三级指标) of a project, as written and as understood.
public struct Indicator: Codable, Hashable, Sendable {
    // As written in the source (kept for traceability).
    public var level1Label: String
    public var level2Label: String
    public var nameAsWritten: String
    public var comparisonAsWritten: String
    public var valueAsWritten: String
    public var unitAsWritten: String
    public var weightAsWritten: String
    public var directionAsWritten: String

    // Filled in by the stages.
    /// The name with wraps, numbering and full-width quirks cleaned (normalize).
    public var name: String
    /// The dictionary's canonical name, when one matched (normalize).
    public var canonicalName: String?
    public var canonicalSource: CanonicalSource?
    /// Canonical level-1 and level-2 of the framework (classify).
    public var level1: String?
    public var level2: String?
    public var value: ParsedValue
    public var weight: Double?
    public var direction: Direction?
    /// True when the direction was inferred rather than stated.
    public var directionInferred: Bool

    public var source: SourceRef

    public init(level1Label: String, level2Label: String, nameAsWritten: String,
                comparisonAsWritten: String = "", valueAsWritten: String,
                unitAsWritten: String = "", weightAsWritten: String = "",
                directionAsWritten: String = "", source: SourceRef) {
        self.level1Label = level1Label
        self.level2Label = level2Label
        self.nameAsWritten = nameAsWritten
        self.comparisonAsWritten = comparisonAsWritten
        self.valueAsWritten = valueAsWritten
        self.unitAsWritten = unitAsWritten
        self.weightAsWritten = weightAsWritten
        self.directionAsWritten = directionAsWritten
        self.name = nameAsWritten
        self.canonicalName = nil
        self.canonicalSource = nil
        self.level1 = nil
        self.level2 = nil
        self.value = ParsedValue()
        self.weight = nil
        self.direction = nil
        self.directionInferred = false
        self.source = source
    }

    /// True when the framework placed the indicator under this level-1 name (classify).
    public func isUnder(_ level1Name: String) -> Bool { level1?.sameText(level1Name) ?? false }

    /// The name to group and compare by: canonical when known, else the cleaned name.
    public var comparableName: String { canonicalName ?? name }
}
