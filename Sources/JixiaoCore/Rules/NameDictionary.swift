import Foundation

/// Canonical level-3 indicator names and the variants counties write for them
/// (`Data/indicator-names.yaml`: canonical name → list of variants, typos included).
public struct NameDictionary: Sendable {
    /// Matching key of a variant → canonical name.
    let canonicalByKey: [TextKey: String]

    public init(entries: [String: [String]]) {
        var map: [TextKey: String] = [:]
        for (canonical, variants) in entries {
            map[TextKey(NameDictionary.key(canonical))] = canonical
            for variant in variants { map[TextKey(NameDictionary.key(variant))] = canonical }
        }
        canonicalByKey = map
    }

    public static func load(path: String) throws -> NameDictionary {
        NameDictionary(entries: try RuleFile.decode([String: [String]].self, path: path))
    }

    /// Names compare without numbering, spaces, punctuation or width differences.
    public static func key(_ name: String) -> String {
        let folded = TextCleaning.foldWidth(TextCleaning.stripNumbering(name))
        // Scalars gathered in an array and made text at once (see `String(scalars:)`).
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(folded.utf8.count)
        for scalar in folded.unicodeScalars {
            // Han characters and ASCII letters and digits stay; only the rest needs the
            // (slow) general-category lookup.
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
                out.append(scalar)
                continue
            default:
                break
            }
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
        return String(scalars: out)
    }

    public func canonical(for name: String) -> String? {
        canonicalByKey[TextKey(NameDictionary.key(name))]
    }
}
