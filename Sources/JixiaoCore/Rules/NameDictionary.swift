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
        var folded = TextCleaning.foldWidth(TextCleaning.stripNumbering(name))
        // The bytes of the scalars kept, copied as they stand and made text at once: whole
        // scalars of valid UTF-8 (`String(validUTF8:)`), not decoded and encoded again.
        return folded.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out in
                var count = 0
                var scalars = UTF8Scalars(bytes)
                var start = 0
                while let scalar = scalars.next() {
                    if keeps(scalar) {
                        for at in start..<scalars.offset {
                            out[count] = bytes[at]
                            count += 1
                        }
                    }
                    start = scalars.offset
                }
                return String(validUTF8: UnsafeBufferPointer(rebasing: out[..<count]))
            }
        }
    }

    /// Whether a scalar stays in a key: not a space, punctuation or symbol.
    private static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        // Han characters and ASCII letters and digits stay; only the rest needs the (slow)
        // general-category lookup.
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
            return true
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return false
        default:
            return true
        }
    }

    public func canonical(for name: String) -> String? {
        canonicalByKey[TextKey(NameDictionary.key(name))]
    }
}
