import Foundation

/// Text made from UTF-8 bytes once per distinct value: the cells of a table repeat (the same
/// labels, comparisons, units, weights and directions on every row), and a String made from
/// bytes validates and copies them each time (~300 instructions a cell). Looked up by the bytes
/// themselves: a String's own hash would normalise them. Long texts (goals, sentences) are
/// rarely repeated and are made as they come.
struct TextInterner {
    /// The longest text kept, in bytes.
    static let longestKept = 48
    /// At most this many texts kept: a table of mostly distinct values stops growing.
    static let mostKept = 1 << 15

    private struct Slot {
        var hash: UInt32 = 0  // 0: empty
        var offset: Int32 = 0  // where its bytes stand in `bytes`
        var length: Int32 = 0
        var text = ""
    }

    private var slots = [Slot](repeating: Slot(), count: 256)
    /// The kept texts' bytes, one after another.
    private var bytes: [UInt8] = []
    private var kept = 0

    /// The text of valid UTF-8 `piece`: a copy of the one made before from the same bytes, if any.
    mutating func text(_ piece: UnsafeBufferPointer<UInt8>) -> String {
        guard piece.count <= Self.longestKept, let start = piece.baseAddress else { return String(decoding: piece, as: UTF8.self) }
        let hash = Self.hash(piece)
        var at = Int(hash) & (slots.count - 1)
        while slots[at].hash != 0 {
            if slots[at].hash == hash, Int(slots[at].length) == piece.count,
               bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(slots[at].offset), start, piece.count) == 0 }) {
                return slots[at].text
            }
            at = (at + 1) & (slots.count - 1)
        }
        let text = String(decoding: piece, as: UTF8.self)
        guard kept < Self.mostKept else { return text }
        slots[at] = Slot(hash: hash, offset: Int32(bytes.count), length: Int32(piece.count), text: text)
        bytes.append(contentsOf: piece)
        kept += 1
        if kept * 2 > slots.count { grow() }
        return text
    }

    /// Twice the slots, each kept text placed again by its hash.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.hash != 0 {
            var at = Int(slot.hash) & (slots.count - 1)
            while slots[at].hash != 0 { at = (at + 1) & (slots.count - 1) }
            slots[at] = slot
        }
    }

    /// A hash of the bytes eight at a time (multiply and fold), never 0 (0 marks an empty slot).
    private static func hash(_ piece: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(piece.count) &* multiplier
        guard let base = piece.baseAddress else { return 1 }
        var i = 0
        while i + 8 <= piece.count {
            hash = (hash ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            i += 8
        }
        if i < piece.count {
            var tail: UInt64 = 0
            for at in i..<piece.count { tail = tail << 8 | UInt64(base[at]) }
            hash = (hash ^ tail) &* multiplier
            hash ^= hash >> 29
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ hash >> 32)
        return folded == 0 ? 1 : folded
    }
}
