/// A String as a dictionary key compared and hashed by its UTF-8 bytes. Swift's own String
/// hashing normalises non-ASCII text to NFC on every lookup, which made grouping Chinese
/// names the slowest part of some stages; the names jixiao groups are already cleaned, so
/// byte equality is the equality that matters.
public struct TextKey: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public static func == (a: TextKey, b: TextKey) -> Bool { a.text.sameText(b.text) }

    public func hash(into hasher: inout Hasher) {
        text.withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)  // terminator: ("ab","c") and ("a","bc") hash apart in pairs
    }
}

/// Level-1 and level-2 labels as written, hashed by their bytes (see `TextKey`).
struct LabelPair: Hashable {
    let level1: String
    let level2: String

    static func == (a: LabelPair, b: LabelPair) -> Bool { a.level1.sameText(b.level1) && a.level2.sameText(b.level2) }

    func hash(into hasher: inout Hasher) {
        hasher.combine(TextKey(level1))
        hasher.combine(TextKey(level2))
    }
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// `init(rawValue:)` comparing bytes (see `sameText`): enums of form words (`≥`, `定性`, `万元`).
    public init?(text: String) {
        guard let match = Self.allCases.first(where: { $0.rawValue.sameText(text) }) else { return nil }
        self = match
    }
}
