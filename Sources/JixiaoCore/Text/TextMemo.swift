import Foundation

/// A value worked out once per distinct key of one to three texts, for the stages that look
/// up every row of a county (its name, its value and unit, its labels): a county repeats a
/// few hundred of them thousands of times. Keys are hashed and compared by their UTF-8 bytes
/// in place: a Dictionary keyed by Strings (or `TextKey`s) hashed them with SipHash, and that
/// hashing cost more than what the memo saved. Every distinct key is kept, however long.
struct TextMemo<Value> {
    /// A kept key's hash (0: an empty slot) and its place in `keys` and `values`.
    private struct Slot {
        var hash: UInt32 = 0
        var index: Int32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 64)
    private var keys: [(String, String, String)] = []
    private var values: [Value] = []
    /// Where the last `lookUp` that found nothing would keep its value.
    private var missed: (slot: Int, hash: UInt32, key: (String, String, String))?

    init() {}

    /// The value kept for these texts, in order, if any; a miss is remembered for `keep`.
    /// Two calls, not one taking a closure: the closure's context copied what it captured
    /// (a whole stage) on every lookup.
    @inline(__always)
    mutating func lookUp(_ first: String, _ second: String = "", _ third: String = "") -> Value? {
        let hash = Self.hash(first, second, third)
        let mask = slots.count - 1
        var at = Int(hash) & mask
        while slots[at].hash != 0 {
            if slots[at].hash == hash {
                let index = Int(slots[at].index)
                // Compared in place: a copy of the kept key would count three references.
                let same = keys.withUnsafeBufferPointer { kept in
                    kept[index].0.sameText(first) && kept[index].1.sameText(second) && kept[index].2.sameText(third)
                }
                if same { return values[index] }
            }
            at = (at + 1) & mask
        }
        missed = (at, hash, (first, second, third))
        return nil
    }

    /// Keeps `value` for the texts the last `lookUp` found nothing for; returns it.
    @discardableResult
    mutating func keep(_ value: Value) -> Value {
        guard let missed else { preconditionFailure("TextMemo.keep without a lookUp that missed") }
        self.missed = nil
        slots[missed.slot] = Slot(hash: missed.hash, index: Int32(values.count))
        keys.append(missed.key)
        values.append(value)
        if values.count * 2 > slots.count { grow() }
        return value
    }

    /// Twice the slots, each kept key placed again by its hash.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.hash != 0 {
            var at = Int(slot.hash) & mask
            while slots[at].hash != 0 { at = (at + 1) & mask }
            slots[at] = slot
        }
    }

    /// The three texts' bytes hashed in turn, each with its length (so (`ab`, `c`) and (`a`,
    /// `bc`) differ), folded to 32 bits, never 0 (0 marks an empty slot).
    @inline(__always)
    private static func hash(_ first: String, _ second: String, _ third: String) -> UInt32 {
        let hash = mix(mix(mix(0, first), second), third)
        let folded = UInt32(truncatingIfNeeded: hash ^ hash >> 32)
        return folded == 0 ? 1 : folded
    }

    /// The bytes eight at a time (multiply and fold), the last few in one overlapping load.
    @inline(__always)
    private static func mix(_ seed: UInt64, _ text: String) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        guard !text.isEmpty else { return seed &* multiplier }  // the parts a key leaves out
        var text = text
        return text.withUTF8 { bytes in
            var hash = (seed ^ UInt64(bytes.count)) &* multiplier
            guard let base = bytes.baseAddress, bytes.count > 0 else { return hash }
            var i = 0
            while i + 8 <= bytes.count {
                hash = (hash ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) &* multiplier
                hash ^= hash >> 29
                i += 8
            }
            if i < bytes.count {
                var tail: UInt64 = 0
                if bytes.count >= 8 {
                    tail = UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self)
                } else {
                    for at in i..<bytes.count { tail = tail << 8 | UInt64(base[at]) }
                }
                hash = (hash ^ tail) &* multiplier
                hash ^= hash >> 29
            }
            return hash
        }
    }
}
