/// Rates that cannot exceed 100% (合格率, 满意度, 覆盖率 …), as a template states them
/// (`capped_rates` in `Data/templates/standard.yaml`): which names are such rates, which
/// are changes that may exceed 100% (增长率, 提高率 …), and which units are a percentage.
/// The lists are the bureau's; only the mechanism is here.
public struct CappedRates: Decodable, Sendable {
    /// Units that state a percentage (`%`, `百分比`).
    public let units: [String]
    /// Words that make a name a rate capped at 100% (`合格率` in `验收合格率`).
    public let names: [String]
    /// Words that make a name a change, which may exceed 100% (`增长率`); they win over `names`.
    public let exempt: [String]?
    /// The two lists as looked for: every percentage target's names are asked (most of a run's
    /// indicators), so each text is walked once, not searched once for each word.
    private let capped: WordsByLastScalar
    private let changes: WordsByLastScalar

    enum CodingKeys: String, CodingKey { case units, names, exempt }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        units = try container.decode([String].self, forKey: .units)
        names = try container.decode([String].self, forKey: .names)
        exempt = try container.decodeIfPresent([String].self, forKey: .exempt)
        capped = WordsByLastScalar(names)
        changes = WordsByLastScalar(exempt ?? [])
    }

    /// True when any of the texts (the name as cleaned, its canonical name, a subject before
    /// the sign) names a capped rate and none names a change.
    public func caps(_ texts: [String]) -> Bool {
        let scalars = texts.map { Array($0.unicodeScalars) }
        if scalars.contains(where: changes.found) { return false }
        return scalars.contains(where: capped.found)
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

/// Words grouped by their last scalar: a text holds one of them when, at a place holding a word's
/// last scalar, the text ends with that word there.
struct WordsByLastScalar: Sendable {
    private var byLast: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    /// The last scalars: most scalars of a text end no word, and are told so without hashing
    /// them (this runs on every percentage target of a run).
    private let lastScalars: ScalarSet

    init(_ words: [String]) {
        for word in words {
            let scalars = Array(word.unicodeScalars)
            if let last = scalars.last { byLast[last, default: []].append(scalars) }
        }
        lastScalars = ScalarSet(byLast.keys)
    }

    func found(in text: [Unicode.Scalar]) -> Bool {
        for end in text.indices {
            guard lastScalars.contains(text[end]), let words = byLast[text[end]] else { continue }
            if words.contains(where: { $0.count <= end + 1 && text[(end + 1 - $0.count)...end].elementsEqual($0) }) { return true }
        }
        return false
    }
}
