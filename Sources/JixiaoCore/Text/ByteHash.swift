/// A hash of bytes taken eight at a time (multiply and fold), for the memos that key texts by
/// their bytes (`BytesMemo`, `TextMemo`): a String's own hash would normalise them first, at
/// many times the cost.
enum ByteHash {
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The bytes' hash, started from `seed` (a key of several texts chains them through it).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0) -> UInt64 {
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
                // The last eight bytes, overlapping the words before: one load, not a byte at a time.
                tail = UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self)
            } else {
                for at in i..<bytes.count { tail = tail << 8 | UInt64(base[at]) }
            }
            hash = (hash ^ tail) &* multiplier
            hash ^= hash >> 29
        }
        return hash
    }

    /// A text left out of a key (empty) still moves the chain on.
    static func skip(seed: UInt64) -> UInt64 { seed &* multiplier }
}
