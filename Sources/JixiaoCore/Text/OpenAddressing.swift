/// A slot of an open-addressing table keyed by a hash (`BytesMemo`, `TextMemo`): hash 0 marks
/// an empty slot.
protocol HashedSlot {
    var hash: UInt32 { get }
    init()
}

enum OpenAddressing {
    /// Twice the slots, each filled one placed again by its hash (probing onwards from it).
    static func doubled<Slot: HashedSlot>(_ old: [Slot]) -> [Slot] {
        var slots = [Slot](repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.hash != 0 {
            var at = Int(slot.hash) & mask
            while slots[at].hash != 0 { at = (at + 1) & mask }
            slots[at] = slot
        }
        return slots
    }
}
