import Foundation

/// Canonical level-3 indicator names and the variants counties write for them
/// (`Data/indicator-names.yaml`: canonical name → list of variants, typos included).
public struct NameDictionary: Sendable {
    /// Matching key of a variant → canonical name.
    let canonicalByKey: [String: String]
    public let canonicalNames: [String]

    public init(entries: [String: [String]]) {
        var map: [String: String] = [:]
        for (canonical, variants) in entries {
            map[NameDictionary.key(canonical)] = canonical
            for variant in variants { map[NameDictionary.key(variant)] = canonical }
        }
        canonicalByKey = map
        canonicalNames = entries.keys.sorted()
    }

    public static func load(path: String) throws -> NameDictionary {
        NameDictionary(entries: try RuleFile.decode([String: [String]].self, path: path))
    }

    /// Names compare without numbering, spaces, punctuation or width differences.
    public static func key(_ name: String) -> String {
        let folded = TextCleaning.foldWidth(TextCleaning.stripNumbering(name))
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control,
                 .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation,
                 .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    public func canonical(for name: String) -> String? {
        canonicalByKey[NameDictionary.key(name)]
    }
}
