import Foundation

/// The unit, and the comparison, an indicator's name states in brackets when its value states
/// neither: `受益人数(人)` with `132` is 132 人; `苗木成活率(≥**%)` with `85` is ≥ 85 % (`**` the
/// template's placeholder for the number). Only a bracket holding one of the vocabulary's units
/// counts (`value_units`, or a money unit): `(含续建)` and `(市、区)` state none.
public struct NameUnit: Equatable, Sendable {
    public let comparison: Comparison?
    public let unit: String

    /// The most scalars a bracket stating a unit holds (`≥**平方米`).
    static let maximumLength = 12

    /// The last bracket of `name` that states a unit, or nil.
    public static func find(in name: String, words: ValueWords) -> NameUnit? {
        guard !words.units.isEmpty, name.containsText("）") || name.containsText(")") else { return nil }
        var found: NameUnit?
        var opened: String.UnicodeScalarView.Index?
        let scalars = name.unicodeScalars
        for index in scalars.indices {
            switch scalars[index] {
            case "(", "（": opened = scalars.index(after: index)
            case ")", "）":
                // A unit is a word or two: a longer bracket (`(含续建项目和新开工项目)`) is none.
                if let start = opened, scalars.distance(from: start, to: index) <= maximumLength,
                   let stated = stated(String(scalars[start..<index]), words: words) { found = stated }
                opened = nil
            default: continue
            }
        }
        return found
    }

    /// What one bracket's text states: `≥**%` → ≥ and %, `亩` → 亩, `含续建` → nil.
    static func stated(_ bracket: String, words: ValueWords) -> NameUnit? {
        var rest = Substring(TextCleaning.trimSpaces(TextCleaning.foldWidth(bracket)))
        var comparison: Comparison?
        if let first = rest.unicodeScalars.first, let sign = Comparison(rawValue: String(first)), sign != .qualitative {
            comparison = sign
            rest = rest.dropFirst()
        }
        rest = rest.drop { words.placeholders.contains($0.unicodeScalars.first!) || $0 == " " }
        let unit = String(rest)
        guard !unit.isEmpty, words.units.contains(TextKey(unit)) || MoneyUnit(text: unit) != nil else { return nil }
        return NameUnit(comparison: comparison, unit: unit)
    }
}
