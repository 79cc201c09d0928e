/// Rates that cannot exceed 100% (合格率, 满意度, 覆盖率 …), as a template states them
/// (`capped_rates` in `Data/templates/standard.yaml`): which names are such rates, which
/// are changes that may exceed 100% (增长率, 提高率 …), and which units are a percentage.
/// The lists are the bureau's; only the mechanism is here.
public struct CappedRates: Decodable, Sendable {
    /// Units that state a percentage (`%`, `百分比`).
    public var units: [String]
    /// Words that make a name a rate capped at 100% (`合格率` in `验收合格率`).
    public var names: [String]
    /// Words that make a name a change, which may exceed 100% (`增长率`); they win over `names`.
    public var exempt: [String]?

    /// True when any of the texts (the name as cleaned, its canonical name, a subject before
    /// the sign) names a capped rate and none names a change.
    public func caps(_ texts: [String]) -> Bool {
        let exempt = exempt ?? []
        if texts.contains(where: { text in exempt.contains(where: text.containsText) }) { return false }
        return texts.contains { text in names.contains(where: text.containsText) }
    }

    public func isPercent(_ unit: String?) -> Bool {
        guard let unit else { return false }
        return units.contains(where: unit.sameText)
    }

    /// The target a value above 100 was probably meant as, when OCR read `≥` as `2`: a 2
    /// before a whole number of 1 to 100 written without a leading zero (290 → 90,
    /// 292.5 → 92.5, 2100 → 100; not 205 or 2090). Arithmetic on the parsed number: the text
    /// was parsed once, by `ValueParser`.
    public static func misreadAtLeast(_ number: Double) -> Double? {
        guard number >= 200, number.isFinite else { return nil }
        var place = 1.0  // the place of the leading digit
        while place * 10 <= number { place *= 10 }
        guard (number / place).rounded(.down) == 2 else { return nil }
        let rest = number - 2 * place
        // As many digits as follow the 2: no leading zero (2090 is no ≥090).
        guard rest > 0, rest <= 100, rest >= place / 10 else { return nil }
        return (rest * 100).rounded() / 100
    }
}
