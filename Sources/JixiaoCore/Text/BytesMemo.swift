import Foundation

/// A value worked out once per distinct UTF-8 bytes: the cells of a table repeat (the same
/// labels, comparisons, units, weights and directions on every row), and what is made of a
/// cell (its String, validated and copied from the bytes, ~300 instructions; its folding for
/// matching and its role) is the same each time. Looked up by the bytes themselves: a String's
/// own hash would normalise them. Long texts (goals, sentences) are rarely repeated and are
/// worked out as they come, as are all once `mostKept` are kept.
struct BytesMemo<Value> {
    /// The longest text kept unless a memo is made to keep longer ones, in bytes.
    static var longestKept: Int { 48 }
    /// The longest text this memo keeps, in bytes.
    let longest: Int
    /// At most this many values kept: a table of mostly distinct values stops growing.
    static var mostKept: Int { 1 << 15 }

    /// Where a kept value's bytes and the value stand (plain numbers: slots copy for free).
    private struct Slot: HashedSlot {
        var hash: UInt32 = 0  // 0: empty
        var length: Int32 = 0
        var offset: Int32 = 0  // in `bytes`
        var index: Int32 = 0  // in `values`
    }

    /// `longest`: longer texts are worked out as they come (most are not repeated).
    init(longest: Int = Self.longestKept) { self.longest = longest }

    private var slots = [Slot](repeating: Slot(), count: 256)
    /// The kept values' bytes, one after another.
    private var bytes: [UInt8] = []
    private var values: [Value] = []

    /// `make(piece)`, or what it gave before for the same bytes.
    mutating func value(_ piece: UnsafeBufferPointer<UInt8>, _ make: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        guard piece.count <= longest else { return make(piece) }
        let (found, free, hash) = look(up: piece)
        if let found { return values[found] }
        let value = make(piece)
        keep(value, piece, at: free, hash: hash)
        return value
    }

    /// `make(text)`, or what it gave before for the same text.
    mutating func value(_ text: String, _ make: (String) -> Value) -> Value {
        var bytesOf = text
        guard text.utf8.count <= longest else { return make(text) }
        let (found, free, hash) = bytesOf.withUTF8 { look(up: $0) }
        if let found { return values[found] }
        let value = make(text)
        bytesOf.withUTF8 { keep(value, $0, at: free, hash: hash) }
        return value
    }

    /// The index of the value kept for `piece`, else the free slot it would take; and its hash.
    private func look(up piece: UnsafeBufferPointer<UInt8>) -> (found: Int?, free: Int, hash: UInt32) {
        let hash = Self.hash(piece)
        let mask = slots.count - 1
        var at = Int(hash) & mask
        while slots[at].hash != 0 {
            let slot = slots[at]
            if slot.hash == hash, Int(slot.length) == piece.count,
               piece.count == 0 || bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(slot.offset), piece.baseAddress!, piece.count) == 0 }) {
                return (Int(slot.index), at, hash)
            }
            at = (at + 1) & mask
        }
        return (nil, at, hash)
    }

    private mutating func keep(_ value: Value, _ piece: UnsafeBufferPointer<UInt8>, at free: Int, hash: UInt32) {
        guard values.count < Self.mostKept else { return }
        slots[free] = Slot(hash: hash, length: Int32(piece.count), offset: Int32(bytes.count), index: Int32(values.count))
        bytes.append(contentsOf: piece)
        values.append(value)
        if values.count * 2 > slots.count { grow() }
    }

    /// Twice the slots, each kept value placed again by its hash.
    private mutating func grow() {
        slots = OpenAddressing.doubled(slots)
    }

    /// The bytes' hash (`ByteHash`) folded to 32 bits, never 0 (0 marks an empty slot).
    private static func hash(_ piece: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = ByteHash.hash(piece)
        let folded = UInt32(truncatingIfNeeded: hash ^ hash >> 32)
        return folded == 0 ? 1 : folded
    }
}
