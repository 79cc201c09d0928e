import Foundation

// The byte level of the spill format. Pointers live in this file and `SpillByteReader.swift`
// only; the records (`SpillRecords.swift`) call named functions.
//
// Format: integers as zigzag LEB128 varints (one byte below 64), doubles as their 8 bytes,
// counts as varints, strings as a varint tag: 0 for nil, `2 × length + 1` followed by the
// UTF-8 bytes for a string not met before in this file (it gets the next index in the file's
// string table; the empty string is never tabled), `2 × (index + 1)` for one met before. Each
// distinct string is thus stored once per file and, when read, made once and shared. Enums
// are one byte: their case's place among `allCases` from 1, 0 for nil.

/// Appends spill values to one growing buffer. One writer per file and thread.
final class SpillByteWriter {
    // One writer per thread: no exclusivity checks on the fields every value touches.
    @exclusivity(unchecked) private var base: UnsafeMutableRawPointer
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var count = 0

    // The string table: open addressing over entries; an entry is the offset and length of
    // the string's bytes in the buffer itself (where its first occurrence was written).
    @exclusivity(unchecked) private var slots: [Int32]
    @exclusivity(unchecked) private var entryOffsets: [Int] = []
    @exclusivity(unchecked) private var entryLengths: [Int] = []
    @exclusivity(unchecked) private var entryHashes: [UInt64] = []

    /// - Parameter capacity: bytes to start with (the buffer doubles as it fills).
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = UnsafeMutableRawPointer.allocate(byteCount: self.capacity, alignment: 8)
        slots = [Int32](repeating: 0, count: 1024)
    }

    deinit { base.deallocate() }

    /// The bytes written so far, valid only inside `body`.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    @inline(__always) private func reserve(_ bytes: Int) {
        if count + bytes > capacity { grow(to: count + bytes) }
    }

    private func grow(to needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        bigger.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = bigger
        capacity = size
    }

    func byte(_ value: UInt8) {
        reserve(1)
        base.storeBytes(of: value, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    func bool(_ value: Bool) { byte(value ? 1 : 0) }

    /// Nearly all varints are one or two bytes (a string's tag, a count, a line): written inline.
    @inline(__always)
    func varint(_ value: UInt64) {
        if value < 0x80 {
            reserve(1)
            base.storeBytes(of: UInt8(value), toByteOffset: count, as: UInt8.self)
            count += 1
        } else if value < 0x4000 {
            reserve(2)
            base.storeBytes(of: UInt16(value & 0x7F | 0x80 | (value >> 7) << 8).littleEndian, toByteOffset: count, as: UInt16.self)
            count += 2
        } else {
            longVarint(value)
        }
    }

    private func longVarint(_ value: UInt64) {
        reserve(10)
        var value = value
        while value >= 0x80 {
            base.storeBytes(of: UInt8(truncatingIfNeeded: value) | 0x80, toByteOffset: count, as: UInt8.self)
            count += 1
            value >>= 7
        }
        base.storeBytes(of: UInt8(value), toByteOffset: count, as: UInt8.self)
        count += 1
    }

    /// A signed integer, zigzag-coded so small negatives stay short.
    func int(_ value: Int) {
        let wide = Int64(value)
        varint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    func double(_ value: Double) {
        reserve(8)
        base.storeBytes(of: value.bitPattern.littleEndian, toByteOffset: count, as: UInt64.self)
        count += 8
    }

    func optionalDouble(_ value: Double?) {
        guard let value else { return byte(0) }
        byte(1)
        double(value)
    }

    /// Inline where a record is written: most strings are one written lately (a file name, a
    /// name or label the stages share between rows, a short label, value or unit), told by its
    /// identity, bytes unread.
    @inline(__always)
    func string(_ value: String) {
        let identity = TextIdentity(value)
        let at = identity.slot(among: Self.recentCount)
        if recent[at].identity == identity { return varint(recent[at].tag) }
        tabled(value, identity, at)
    }

    private func tabled(_ value: String, _ identity: TextIdentity, _ at: Int) {
        let tag = value.withBytes { table(UnsafeRawBufferPointer($0)) }
        recent[at] = Recent(text: value, identity: identity, tag: tag)
    }

    private static let recentCount = 512

    /// A text written lately (the String kept, so that its storage, and the address its
    /// identity may hold, stay its own), and its tag (a reference).
    private struct Recent {
        var text = ""
        var identity = TextIdentity.none
        var tag: UInt64 = 0
    }

    @exclusivity(unchecked) private var recent = [Recent](repeating: Recent(), count: recentCount)

    func optionalString(_ value: String?) {
        guard let value else { return varint(0) }
        string(value)
    }

    /// An enum as one byte, its case's place among `allCases` from 1 (0: nil). Its raw value
    /// was a string to look up in the table when written and to match among the cases when read.
    func enumCase<T: CaseIterable & Equatable>(_ value: T) {
        var place: UInt8 = 1
        for candidate in T.allCases {
            if candidate == value { break }
            place += 1
        }
        byte(place)
    }

    func optionalEnumCase<T: CaseIterable & Equatable>(_ value: T?) {
        guard let value else { return byte(0) }
        enumCase(value)
    }

    /// Writes a reference to the table's copy of these bytes, or the bytes and a new entry (the
    /// empty text: its own tag, never tabled); returns the tag that refers to them from now on.
    private func table(_ text: UnsafeRawBufferPointer) -> UInt64 {
        guard let bytes = text.baseAddress, text.count > 0 else {
            varint(1)
            return 1
        }
        let length = text.count
        let hash = Self.hash(bytes, length)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if entryHashes[entry] == hash && entryLengths[entry] == length
                && memcmp(base + entryOffsets[entry], bytes, length) == 0 {
                let reference = UInt64(entry + 1) << 1
                varint(reference)
                return reference
            }
            slot = (slot + 1) & mask
        }
        varint(UInt64(length) << 1 | 1)
        reserve(length)
        (base + count).copyMemory(from: bytes, byteCount: length)
        entryOffsets.append(count)
        entryLengths.append(length)
        entryHashes.append(hash)
        count += length
        slots[slot] = Int32(entryOffsets.count)
        if entryOffsets.count * 2 > slots.count { rehash() }
        return UInt64(entryOffsets.count) << 1
    }

    private func rehash() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in entryHashes.indices {
            var slot = Int(truncatingIfNeeded: entryHashes[entry]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }

    /// A fast 64-bit hash of a few bytes at a time (the table compares bytes on a match).
    private static func hash(_ bytes: UnsafeRawPointer, _ length: Int) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var offset = 0
        while offset + 8 <= length {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < length {
            tail |= UInt64(bytes.load(fromByteOffset: offset, as: UInt8.self)) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }
}
