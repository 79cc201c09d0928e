/// UTF-8 validated once and then trusted. A text file is validated as it is decoded, and
/// every cell later cut from its lines (at tabs and spaces, which are ASCII) is valid UTF-8
/// by construction: making each cell a String validated its bytes again, which cost as much
/// as making the String. The standard library's validation takes about ten instructions a
/// byte of a Chinese form; `isValid` about seven.
enum ValidUTF8 {
    /// Whether the bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no
    /// surrogates, nothing past U+10FFFF): exactly what `String(validating:)` accepts.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var nothing = NoWalk()
        return isValid(bytes, walk: &nothing)
    }

    /// `isValid`, telling `walk` what it passes on the way (see `UTF8Walk`): a text file's
    /// census of controls and line ends (`TextDecoder.ByteCensus`), and whether it needs
    /// display folding (`ChineseFold.DisplayScan`), are taken in the same walk over its bytes,
    /// not in walks of their own.
    @inline(__always)
    static func isValid<Walk: UTF8Walk>(_ bytes: UnsafeBufferPointer<UInt8>, walk: inout Walk) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var i = 0
        while i < count {
            let lead = base[i]
            if lead < 0x80 {
                if lead &- 0x20 >= 0x5F { walk.control(at: i, in: bytes) }
                if lead == UInt8(ascii: "(") { walk.parenthesis(at: i, in: bytes) }
                i &+= 1
                continue
            }
            // Most characters of a form: three bytes led by E1 to EF but ED (Han characters, CJK
            // and full-width punctuation), whose second byte may be any continuation byte. Two of
            // them in a row (most of a Chinese form) are told from one load of eight bytes.
            if i &+ 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                // Bytes 0 and 3 lead three-byte sequences, 1, 2, 4 and 5 continue them; neither
                // lead is E0 or ED (low four bits 0 or D: their second byte has a narrower range).
                if word & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0,
                   (0x2001 &>> (word & 0x0F) | 0x2001 &>> (word >> 24 & 0x0F)) & 1 == 0 {
                    walk.threeBytePair(word, at: i, in: bytes)
                    i &+= 6
                    continue
                }
            }
            if lead &- 0xE1 < 0x0F, lead != 0xED, i &+ 2 < count,
               UnsafeRawPointer(base + i + 1).loadUnaligned(as: UInt16.self) & 0xC0C0 == 0x8080 {
                walk.character(at: i, width: 3, in: bytes)
                i &+= 3
                continue
            }
            guard let width = sequenceWidth(base, at: i, count: count) else { return false }
            walk.character(at: i, width: width, in: bytes)
            i &+= width
        }
        return true
    }

    /// A walk told nothing: validation alone.
    private struct NoWalk: UTF8Walk {
        mutating func control(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {}
    }

    /// The length of the well-formed sequence led by the non-ASCII byte at `i`, or nil.
    private static func sequenceWidth(_ base: UnsafePointer<UInt8>, at i: Int, count: Int) -> Int? {
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < count && base[i + k] >= low && base[i + k] <= high
        }
        switch base[i] {
        case 0xC2...0xDF: return continuation(1) ? 2 : nil
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : nil
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : nil
        case 0xE1...0xEF: return continuation(1) && continuation(2) ? 3 : nil
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default: return nil
        }
    }

    /// Whether the bytes start and end on whole characters: then, cut from valid UTF-8, they
    /// are valid UTF-8 themselves.
    static func isWhole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        guard first & 0xC0 != 0x80 else { return false }
        // The last character's lead byte, at most three continuation bytes back.
        var lead = bytes.count - 1
        while bytes[lead] & 0xC0 == 0x80 {
            guard lead > 0, bytes.count - lead < 4 else { return false }
            lead -= 1
        }
        let width = bytes[lead] < 0x80 ? 1 : bytes[lead] < 0xE0 ? 2 : bytes[lead] < 0xF0 ? 3 : 4
        return bytes.count - lead == width
    }

    /// The most bytes a String keeps inline (on 64-bit platforms), without allocating; such a
    /// small String tells for itself whether it is ASCII.
    static let smallStringCapacity = 15

    /// Whether every byte is ASCII, told eight bytes at a time up to the first that is not
    /// (Chinese text: at once): a String knows it of itself, and compares and hashes faster for it.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        while i + 8 <= bytes.count {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }
}

extension String {
    /// A String of bytes cut from valid UTF-8 (a String's bytes, or a file's after
    /// `ValidUTF8.isValid`), copied without validating them again. Bytes cut other than at
    /// whole characters are decoded as `String(decoding:)` decodes them (repaired), never trusted.
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard ValidUTF8.isWhole(bytes) else { self = String(decoding: bytes, as: UTF8.self); return }
        self.init(wholeValidUTF8: bytes)
    }

    /// `init(validUTF8:)` for bytes known to start and end on whole characters: cut from valid
    /// UTF-8 only at ASCII bytes (tabs, line feeds) and around whole spaces (`TextCleaning.trimmedBounds`),
    /// as a tab-separated row's cells are. Their ends are not looked at again.
    init(wholeValidUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(ValidUTF8.isWhole(bytes))
        guard !bytes.isEmpty else { self = ""; return }
        if #available(macOS 26, *) {
            let ascii = bytes.count > ValidUTF8.smallStringCapacity && ValidUTF8.isASCII(bytes)
            self = unsafe String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: ascii))
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }
}

/// What `ValidUTF8.isValid(_:walk:)` tells a walk of the bytes it validates, in order, each
/// with its byte offset. Only what some reader needs is told: every ASCII control and `(`,
/// and every character that is not ASCII (three-byte ones two at a time where two stand
/// together, as most of a Chinese form does). A walk leaves out what it has no use for.
protocol UTF8Walk {
    /// An ASCII control (below 0x20, or 0x7F).
    mutating func control(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    /// An ASCII `(`.
    mutating func parenthesis(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    /// Two three-byte characters, the low six bytes of `word` (its lowest byte is at `offset`).
    mutating func threeBytePair(_ word: UInt64, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    /// Another character that is not ASCII, `width` bytes long (well-formed).
    mutating func character(at offset: Int, width: Int, in bytes: UnsafeBufferPointer<UInt8>)
}

extension UTF8Walk {
    @inline(__always) mutating func parenthesis(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {}
    @inline(__always) mutating func threeBytePair(_ word: UInt64, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {}
    @inline(__always) mutating func character(at offset: Int, width: Int, in bytes: UnsafeBufferPointer<UInt8>) {}
}
