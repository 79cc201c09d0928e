import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TextDecoder {
    /// At least this share of UTF-16 code units must have a zero high byte (ASCII: tabs, line
    /// ends, digits, `%`), all on one side: forms have many, even when mostly Chinese.
    static let utf16AsciiShare = 20
    /// Decoded characters that are not text (controls, private use, unassigned planes) allowed:
    /// one in this many. Binary data whose zeros happen to alternate decodes to such characters.
    static let utf16NonTextShare = 100
    /// Fewer zero bytes than this say nothing (`ab\ncd\0` is six bytes of binary data).
    static let utf16MinimumZeros = 16

    /// UTF-16 text saved without its byte-order mark (some tools' "Unicode text"): told by its
    /// zero bytes, which stand on one side of each two-byte unit (the high byte of ASCII
    /// characters: odd offsets in little-endian, even in big-endian) and almost never on the
    /// other (only characters such as 一 U+4E00 have a zero low byte). Then the whole must decode
    /// as UTF-16 and be text; else nil, and the bytes are tried as other text (and refused
    /// with the usual error when they are nothing).
    static func utf16WithoutBOM(_ data: Data) -> (String, littleEndian: Bool)? {
        guard data.count >= 4, data.count % 2 == 0 else { return nil }
        return data.withUnsafeBytes { raw -> (String, littleEndian: Bool)? in
            let bytes = raw.bindMemory(to: UInt8.self)
            // UTF-8 and GB18030 text never holds a NUL byte: one memchr settles nearly every file.
            guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil else { return nil }
            var zeros = (even: 0, odd: 0)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0 { zeros.even += 1 }
                if bytes[i + 1] == 0 { zeros.odd += 1 }
                i += 2
            }
            let units = bytes.count / 2
            let little = zeros.odd > zeros.even
            let (high, low) = little ? (zeros.odd, zeros.even) : (zeros.even, zeros.odd)
            guard high >= utf16MinimumZeros, high * utf16AsciiShare >= units, low * 10 <= high else { return nil }
            var codeUnits: [UInt16] = []
            codeUnits.reserveCapacity(units)
            i = 0
            while i < bytes.count {
                let (first, second) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
                codeUnits.append(little ? first | second << 8 : first << 8 | second)
                i += 2
            }
            var utf8: [UInt8] = []
            utf8.reserveCapacity(units * 3)
            // Strict: a lone surrogate is no UTF-16 text.
            let failed = transcode(codeUnits.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { utf8.append($0) }
            // A form's text has rows: UTF-8 bytes paired up as UTF-16 would have no line end or tab.
            guard !failed, codeUnits.contains(0x0A) || codeUnits.contains(0x09) else { return nil }
            let text = String(decoding: utf8, as: UTF8.self)
            let nonText = text.unicodeScalars.lazy.filter { !isTextScalar($0) }.count
            guard nonText * utf16NonTextShare <= text.unicodeScalars.count else { return nil }
            return (text, little)
        }
    }

    /// A character text exports hold: not a control (but tab, line ends, form feed), private
    /// use, a noncharacter or a surrogate's replacement.
    static func isTextScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 { return ["\t", "\n", "\r", "\u{0C}"].contains(scalar) }
        switch scalar.properties.generalCategory {
        case .control, .privateUse, .unassigned, .surrogate: return false
        default: return scalar != "\u{FFFD}"
        }
    }
}
