import Foundation

/// Reads the values `SpillByteWriter` wrote, in the same order, over bytes that stay valid
/// while it is used (`read(_:_:)`). Damaged or short bytes throw `SpillError`, never trap.
struct SpillByteReader {
    private let base: UnsafeRawPointer
    private let end: Int
    private(set) var position = 0
    /// The file's string table: each distinct string made once, then shared.
    private var strings: [String] = []

    private init(_ bytes: UnsafeRawBufferPointer) {
        base = bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        end = bytes.count
    }

    /// Runs `body` with a reader over `bytes`; every byte must be read.
    static func read<T>(_ bytes: [UInt8], _ body: (inout SpillByteReader) throws -> T) throws -> T {
        try bytes.withUnsafeBytes { raw in
            var reader = SpillByteReader(raw)
            let value = try body(&reader)
            guard reader.position == reader.end else {
                throw SpillError(message: "spill data has \(reader.end - reader.position) bytes after its end")
            }
            return value
        }
    }

    private func damaged(_ what: String) -> SpillError {
        SpillError(message: "spill data damaged at byte \(position): \(what)")
    }

    mutating func byte() throws -> UInt8 {
        guard position < end else { throw damaged("ends early") }
        let value = base.load(fromByteOffset: position, as: UInt8.self)
        position += 1
        return value
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw damaged("not a Bool")
        }
    }

    /// Nearly all varints are one or two bytes (a string's tag, a count, a line): read inline.
    @inline(__always)
    mutating func varint() throws -> UInt64 {
        if end - position >= 2 {
            let two = UInt16(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt16.self))
            if two & 0x80 == 0 {
                position += 1
                return UInt64(two & 0x7F)
            }
            if two & 0x8000 == 0 {
                position += 2
                return UInt64(two & 0x7F) | UInt64(two >> 8) << 7
            }
        }
        return try longVarint()
    }

    private mutating func longVarint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw damaged("varint too long") }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws -> Int {
        let raw = try varint()
        return Int(truncatingIfNeeded: Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
    }

    /// A count of things that follow, each at least a byte: more than the bytes left is damage.
    mutating func count() throws -> Int {
        let value = try varint()
        guard value <= UInt64(end - position) else { throw damaged("count \(value) beyond the data") }
        return Int(value)
    }

    mutating func double() throws -> Double {
        guard end - position >= 8 else { throw damaged("ends early") }
        let bits = base.loadUnaligned(fromByteOffset: position, as: UInt64.self)
        position += 8
        return Double(bitPattern: UInt64(littleEndian: bits))
    }

    mutating func optionalDouble() throws -> Double? {
        try bool() ? try double() : nil
    }

    mutating func string() throws -> String {
        guard let value = try optionalString() else { throw damaged("nil where a string must be") }
        return value
    }

    /// Inline where a record is read: most strings are a tag of one met before in this file.
    @inline(__always)
    mutating func optionalString() throws -> String? {
        let tag = try varint()
        if tag & 1 == 0 {
            if tag == 0 { return nil }
            let index = Int(truncatingIfNeeded: tag >> 1) - 1
            guard index < strings.count else { throw damaged("string \(index) not in the table") }
            return strings[index]
        }
        return try newString(length: tag >> 1)
    }

    /// A string's bytes, made into a String and added to the file's table.
    private mutating func newString(length: UInt64) throws -> String {
        if length == 0 { return "" }
        guard length <= UInt64(end - position) else { throw damaged("string beyond the data") }
        let value = String(decoding: UnsafeRawBufferPointer(start: base + position, count: Int(length)), as: UTF8.self)
        position += Int(length)
        strings.append(value)
        return value
    }

    /// An enum stored as its case's place (`SpillByteWriter.enumCase`).
    mutating func enumCase<T: CaseIterable>(_ type: T.Type) throws -> T {
        guard let value = try optionalEnumCase(type) else { throw damaged("nil where a \(T.self) must be") }
        return value
    }

    mutating func optionalEnumCase<T: CaseIterable>(_ type: T.Type) throws -> T? {
        let tag = Int(try byte())
        guard tag != 0 else { return nil }
        var place = 1
        for value in T.allCases {
            if place == tag { return value }
            place += 1
        }
        throw damaged("case \(tag) is no \(T.self)")
    }
}

/// A spilled result could not be written or read back.
struct SpillError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
