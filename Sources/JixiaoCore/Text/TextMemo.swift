import Foundation

/// A value worked out once per distinct key of one to three texts, for the stages that look
/// up every row of a county (its name, its value and unit, its labels): a county repeats a
/// few hundred of them thousands of times. Keys are hashed and compared by their UTF-8 bytes
/// in place: a Dictionary keyed by Strings (or `TextKey`s) hashed them with SipHash, and that
/// hashing cost more than what the memo saved. Every distinct key is kept, however long.
struct TextMemo<Value> {
    /// A kept key's hash (0: an empty slot) and its place in `keys` and `values`.
    private struct Slot: HashedSlot {
        var hash: UInt32 = 0
        var index: Int32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 64)
    private var keys: [(String, String, String)] = []
    private var values: [Value] = []
    /// Where the last `lookUp` that found nothing would keep its value (-1: none), its hash and
    /// its key. Plain fields, not an optional tuple: that was set and cleared through generic
    /// value witnesses, at more than the look-up's own cost.
    private var missedSlot = -1
    private var missedHash: UInt32 = 0
    private var missedKey = ("", "", "")

    init() {}

    /// The value kept for these texts, in order, if any; a miss is remembered for `keep`.
    /// Two calls, not one taking a closure: the closure's context copied what it captured
    /// (a whole stage) on every lookup.
    @inline(__always)
    mutating func lookUp(_ first: String, _ second: String, _ third: String = "") -> Value? {
        find(first, second, third).map { values[$0] }
    }

    /// The value kept for one text, if any (a miss is remembered for `keep`), looked up first
    /// among the texts met lately (`TextIdentity`).
    @inline(__always)
    mutating func lookUp(_ text: String) -> Value? {
        let identity = TextIdentity(text)
        let at = identity.slot(among: Self.recentCount)
        if recent[at].identity == identity { return values[recent[at].index] }
        guard let index = find(text, "", "") else {
            missedRecent = (at, identity)
            return nil
        }
        recent[at] = Recent(text: text, identity: identity, index: index)
        return values[index]
    }

    /// The index of the value kept for these texts; a miss is remembered for `keep`.
    @inline(__always)
    private mutating func find(_ first: String, _ second: String, _ third: String) -> Int? {
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
                if same { return index }
            }
            at = (at + 1) & mask
        }
        missedSlot = at
        missedHash = hash
        missedKey = (first, second, third)
        missedRecent = (-1, .none)
        return nil
    }

    /// Keeps `value` for the texts the last `lookUp` found nothing for; returns it.
    @discardableResult
    mutating func keep(_ value: Value) -> Value {
        guard missedSlot >= 0 else { preconditionFailure("TextMemo.keep without a lookUp that missed") }
        if missedRecent.at >= 0 {
            // The single text looked up is the key's first.
            recent[missedRecent.at] = Recent(text: missedKey.0, identity: missedRecent.identity, index: values.count)
            missedRecent = (-1, .none)
        }
        slots[missedSlot] = Slot(hash: missedHash, index: Int32(values.count))
        missedSlot = -1
        keys.append(missedKey)
        values.append(value)
        if values.count * 2 > slots.count { grow() }
        return value
    }

    /// A single text looked up lately (`TextIdentity`; the String kept, so that its storage
    /// stays its own) and the index of its value.
    private struct Recent {
        var text: String
        var identity: TextIdentity
        var index: Int  // in `values`
    }

    private static var recentCount: Int { 256 }
    private var recent = [Recent](repeating: Recent(text: "", identity: .none, index: 0), count: recentCount)
    /// Where the last single-text `lookUp` that found nothing would be remembered as met (-1:
    /// none), and the text's identity.
    private var missedRecent: (at: Int, identity: TextIdentity) = (-1, .none)

    /// Twice the slots, each kept key placed again by its hash.
    private mutating func grow() {
        slots = OpenAddressing.doubled(slots)
    }

    /// The three texts' bytes hashed in turn, each with its length (so (`ab`, `c`) and (`a`,
    /// `bc`) differ), folded to 32 bits, never 0 (0 marks an empty slot).
    @inline(__always)
    private static func hash(_ first: String, _ second: String, _ third: String) -> UInt32 {
        let hash = mix(mix(mix(0, first), second), third)
        let folded = UInt32(truncatingIfNeeded: hash ^ hash >> 32)
        return folded == 0 ? 1 : folded
    }

    /// The text's bytes hashed onto `seed` (`ByteHash`).
    @inline(__always)
    private static func mix(_ seed: UInt64, _ text: String) -> UInt64 {
        guard !text.isEmpty else { return ByteHash.skip(seed: seed) }  // the parts a key leaves out
        return text.withBytes { ByteHash.hash($0, seed: seed) }
    }
}
