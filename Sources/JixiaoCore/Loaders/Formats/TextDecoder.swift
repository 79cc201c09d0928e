import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the text files counties send: UTF-8 (with or without BOM) or GB18030 (which
/// includes GBK and GB2312, what Windows tools in China write), CRLF or LF line ends.
/// Never guesses past what decodes cleanly: bytes that are neither give an error instead
/// of mangled characters.
public enum TextDecoder {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8BOM = "UTF-8 (BOM)"
        case gb18030 = "GB18030/GBK"
        /// Excel's "Unicode text" (制表符分隔的 Unicode 文本) and Notepad's "Unicode".
        case utf16LE = "UTF-16LE (BOM)"
        case utf16BE = "UTF-16BE (BOM)"
        /// The same saved without its BOM, told by its zero bytes (`UTF16WithoutBOM.swift`).
        case utf16LENoBOM = "UTF-16LE (无 BOM)"
        case utf16BENoBOM = "UTF-16BE (无 BOM)"
    }

    public enum LineEnds: String, Sendable {
        case lf = "LF"
        case crlf = "CRLF"
        case cr = "CR"
        case mixed = "混合换行"
        case none = "单行"
    }

    public struct Decoded: Sendable {
        /// The text with line ends folded to `\n` (form feeds too).
        public var text: String
        public var encoding: Encoding
        public var lineEnds: LineEnds
        /// Whether display folding changes the text (`ChineseFold.displayChanges`), when told
        /// as the text was validated (UTF-8, with a fold given); else nil.
        public var displayChanges: Bool? = nil
        /// The bytes of a character cut off at the end (a copy or download cut short inside
        /// it), left out: 0 for whole text.
        public var cutCharacterBytes = 0
    }

    /// `fold`: the fold the text will be read with, whose display folding is judged in the
    /// walk that validates UTF-8 (`Decoded.displayChanges`), not in a walk of its own later.
    public static func decode(_ data: Data, file: String, fold: ChineseFold? = nil) throws -> Decoded {
        let raw: String
        let encoding: Encoding
        // UTF-8 is censused as it is validated; text decoded from other encodings afterwards.
        var census: ByteCensus?
        var displayChanges: Bool?
        var cutCharacterBytes = 0
        if let (text, little) = utf16(data) {
            raw = text
            encoding = little ? .utf16LE : .utf16BE
        } else if let (text, little) = utf16WithoutBOM(data) {
            raw = text
            encoding = little ? .utf16LENoBOM : .utf16BENoBOM
        } else if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let decoded = utf8CutOrWhole(data.dropFirst(3), fold: fold) else {
                throw LoadError(file: file, message: "有 UTF-8 标记 (BOM) 但内容不是有效的 UTF-8 (not UTF-8 text although it starts with a UTF-8 BOM)")
            }
            (raw, census, displayChanges, cutCharacterBytes) = (decoded.text, decoded.census, decoded.displayChanges, decoded.cut)
            encoding = .utf8BOM
        } else if let decoded = utf8CutOrWhole(data, fold: fold) {
            (raw, census, displayChanges, cutCharacterBytes) = (decoded.text, decoded.census, decoded.displayChanges, decoded.cut)
            encoding = .utf8
        } else if let (text, cut) = gb18030(data) {
            raw = text
            encoding = .gb18030
            cutCharacterBytes = cut
        } else {
            throw LoadError(file: file, message: "无法识别的文件 (not UTF-8, GB18030 or UTF-16 text, and not an .xlsx, .xls or PDF file): expected a performance-target form as text, Excel or PDF")
        }
        var text = raw
        let bytes = census ?? ByteCensus(raw)
        if bytes.controls, let badIndex = raw.unicodeScalars.firstIndex(where: isForbiddenControl) {
            // Binary data has NULs or many controls: refuse it. A text export with a few stray
            // controls keeps its rows; the controls become U+FFFD so the damage stays visible
            // in the rows that carry it (which the layouts then place or reject).
            let controls = raw.unicodeScalars.lazy.filter(isForbiddenControl).count
            if raw.unicodeScalars.contains("\u{0}") || controls > max(8, raw.unicodeScalars.count / 200) {
                let bad = raw.unicodeScalars[badIndex]
                let line = raw.unicodeScalars[..<badIndex].filter { $0 == "\n" }.count + 1
                throw LoadError(file: file, line: line, message: "文本中有控制字符 U+\(String(bad.value, radix: 16, uppercase: true))（共 \(controls) 个）(binary data, not a text export): expected a text export of a performance-target form")
            }
            text = String(String.UnicodeScalarView(raw.unicodeScalars.map { isForbiddenControl($0) ? "\u{FFFD}" : $0 }))
        }
        // Folding line ends and marking controls change no character display folding looks at
        // (a line end or control is no Han character, and no pinyin either): it is the raw text's.
        return Decoded(text: bytes.needsFolding ? foldLineEnds(text) : text, encoding: encoding, lineEnds: bytes.lineEnds,
                       displayChanges: displayChanges, cutCharacterBytes: cutCharacterBytes)
    }

    /// The bytes as UTF-8 (`utf8`), or, when their last character was cut off (an excerpt of so
    /// many bytes, a download cut short), the text before it and the bytes left out: the line it
    /// ends is cut, and read as cut.
    static func utf8CutOrWhole(_ data: Data, fold: ChineseFold?) -> (text: String, census: ByteCensus, displayChanges: Bool?, cut: Int)? {
        if let (text, census, changes) = utf8(data, fold: fold) { return (text, census, changes, 0) }
        guard let whole = wholeUTF8Prefix(data), let (text, census, changes) = utf8(data.prefix(whole), fold: fold) else { return nil }
        return (text, census, changes, data.count - whole)
    }

    /// The length of `data` without a UTF-8 character cut off at its end (a lead byte and
    /// fewer continuation bytes than it announces), when it ends so and holds a character of
    /// three bytes before (a Han character: GB18030's two-byte characters can read as UTF-8's
    /// two-byte ones, `C6 BD`, and its cut lead byte as a cut character); else nil.
    static func wholeUTF8Prefix(_ data: Data) -> Int? {
        guard !data.isEmpty else { return nil }
        var lead = data.endIndex - 1
        while lead > data.startIndex, data.endIndex - lead <= 3, data[lead] & 0xC0 == 0x80 { lead -= 1 }
        let byte = data[lead], present = data.endIndex - lead
        let announced = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard byte >= 0xC0, announced > present, data[..<lead].contains(where: { $0 >= 0xE0 }) else { return nil }
        return lead - data.startIndex
    }

    /// NUL and the other C0 controls never stand in a text export; tab, line ends and form
    /// feed (a page break in text exports) do.
    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && !["\t", "\n", "\r", "\u{0C}"].contains(scalar)
            || scalar.value == 0x7F
    }

    static func foldLineEnds(_ text: String) -> String {
        // Swift treats "\r\n" as one Character: replace it before lone "\r".
        return text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{0C}", with: "\n")
    }

    /// What one pass over the bytes tells: stray controls, line ends, form feeds. Controls
    /// and line ends are ASCII bytes, which in UTF-8 only ever stand for themselves. A line
    /// feed after a carriage return is a CRLF; the other line feeds are `lf`.
    struct ByteCensus: Equatable, UTF8Walk {
        var controls = false
        var formFeeds = false
        var crlf = 0, cr = 0
        /// Every line feed, after a carriage return or not.
        private var lineFeeds = 0
        var lf: Int { lineFeeds - crlf }

        /// No bytes yet: `take` adds them.
        init() {}

        init(_ text: String) {
            var text = text
            text.withUTF8 { buffer in
                guard let base = buffer.baseAddress else { return }
                func take(_ i: Int) { self.take(i, of: buffer) }
                var i = 0
                // Eight bytes at a time: tabs and line feeds, a few in every line, are counted
                // there (line feeds) or passed over (tabs); only another control stops it.
                while i + 8 <= buffer.count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    // Eight bytes of Chinese text (no ASCII byte among them) hold no control.
                    if word & Self.highBits == Self.highBits {
                        i += 8
                        continue
                    }
                    let (lineFeedsIn, others) = Self.controls(word)
                    if others == 0 {
                        lineFeeds += lineFeedsIn
                    } else {
                        for at in i..<(i + 8) { take(at) }
                    }
                    i += 8
                }
                while i < buffer.count {
                    take(i)
                    i += 1
                }
            }
        }

        /// The byte at `i` (any byte: only controls count).
        @inline(__always) mutating func take(_ i: Int, of bytes: UnsafeBufferPointer<UInt8>) {
            switch bytes[i] {
            case 0x0A: lineFeeds += 1
            case 0x0D: if i + 1 < bytes.count && bytes[i + 1] == 0x0A { crlf += 1 } else { cr += 1 }
            case 0x0C: formFeeds = true
            case 0x09: break
            case 0..<0x20, 0x7F: controls = true
            default: break
            }
        }

        /// A control met validating UTF-8 (`UTF8Walk`).
        @inline(__always) mutating func control(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) { take(offset, of: bytes) }

        /// The high bit of each of eight bytes: set in every byte of a multi-byte UTF-8 sequence.
        static let highBits: UInt64 = 0x8080_8080_8080_8080

        /// Of eight bytes: how many are line feeds, and whether any is another control (below
        /// 0x20 but for tab and line feed, or 0x7F): nonzero then. Each byte tested exactly (no
        /// borrow between bytes).
        @inline(__always) static func controls(_ word: UInt64) -> (lineFeeds: Int, others: UInt64) {
            let ones: UInt64 = 0x0101_0101_0101_0101
            /// The high bit of every zero byte of `x`, and of no other.
            func zeroBytes(_ x: UInt64) -> UInt64 {
                let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                return ~(((x & low7) &+ low7) | x) & ~low7
            }
            let below = zeroBytes(word & (0xE0 &* ones))
            let tab = zeroBytes(word ^ (0x09 &* ones)), lineFeed = zeroBytes(word ^ (0x0A &* ones))
            let delete = zeroBytes(word ^ (0x7F &* ones))
            // A byte's high bit moved to its low bit, summed into the top byte by the multiply
            // (at most 8: no carry), without a popcount instruction the build may not use.
            return (Int(((lineFeed >> 7) &* ones) >> 56), (below & ~tab & ~lineFeed) | delete)
        }

        var needsFolding: Bool { formFeeds || cr > 0 || crlf > 0 }
        var lineEnds: LineEnds { TextDecoder.lineEnds(crlf: crlf, lf: lf, cr: cr) }
    }

    static func lineEnds(crlf: Int, lf: Int, cr: Int) -> LineEnds {
        switch (crlf > 0, lf > 0, cr > 0) {
        case (false, false, false): return .none
        case (true, false, false): return .crlf
        case (false, true, false): return .lf
        case (false, false, true): return .cr
        default: return .mixed
        }
    }

    /// The bytes as text when they are valid UTF-8 (`ValidUTF8`: validated once, not again
    /// as the String is made), with their census taken in the same walk, and with `fold`
    /// whether display folding changes them; else nil.
    static func utf8(_ data: Data, fold: ChineseFold? = nil) -> (text: String, census: ByteCensus, displayChanges: Bool?)? {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var census = ByteCensus()
            if let fold {
                var valid = true
                if let (text, changes) = fold.displayChanges(walking: { scan in
                    var walk = CensusAndDisplay(census: census, display: scan)
                    valid = ValidUTF8.isValid(bytes, walk: &walk)
                    census = walk.census
                    scan = walk.display
                    return valid ? String(validUTF8: bytes) : nil
                }) {
                    return (text, census, changes)
                }
                guard valid else { return nil }
                // A fold that changes ASCII is not judged in the walk (`displayChanges(walking:)`).
            }
            return ValidUTF8.isValid(bytes, walk: &census) ? (String(validUTF8: bytes), census, nil) : nil
        }
    }

    /// A text file's census and its display folding (`ChineseFold.DisplayScan`), both taken in
    /// the walk that validates its UTF-8.
    private struct CensusAndDisplay: UTF8Walk {
        var census: ByteCensus
        var display: ChineseFold.DisplayScan

        @inline(__always) mutating func control(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) { census.take(offset, of: bytes) }
        @inline(__always) mutating func parenthesis(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            display.parenthesis(at: offset, in: bytes)
        }
        @inline(__always) mutating func threeBytePair(_ word: UInt64, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            display.threeBytePair(word, at: offset, in: bytes)
        }
        @inline(__always) mutating func character(at offset: Int, width: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            display.character(at: offset, width: width, in: bytes)
        }
    }

    /// UTF-16 text after its byte-order mark (`FF FE` little-endian, `FE FF` big-endian), when
    /// the rest is whole UTF-16; else nil (the bytes are then tried as other text).
    static func utf16(_ data: Data) -> (String, littleEndian: Bool)? {
        let little = data.starts(with: [0xFF, 0xFE])
        guard little || data.starts(with: [0xFE, 0xFF]), data.count % 2 == 0,
              let text = String(data: data.dropFirst(2), encoding: little ? .utf16LittleEndian : .utf16BigEndian) else { return nil }
        return (text, little)
    }

    /// Strict GB18030 → UTF-8 with iconv: any byte sequence GB18030 does not define fails, but
    /// for a character cut off at the end (a copy cut short inside it): the text before it, and
    /// the bytes left out.
    static func gb18030(_ data: Data) -> (text: String, cutCharacterBytes: Int)? {
        let descriptor = iconv_open("UTF-8", "GB18030")
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { bytes in
            input.withUnsafeMutableBytes { $0.copyMemory(from: bytes) }
        }
        // UTF-8 needs at most 4 bytes for each GB18030 character, which is 1 to 4 bytes.
        var output = [CChar](repeating: 0, count: data.count * 4 + 16)
        var cut = 0
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                // A sequence cut off at the end stops it with EINVAL (a GB18030 character has 4
                // bytes at most); any other failure is no GB18030.
                if result == -1, errno == EINVAL, (1...3).contains(inLeft), outLeft < outBuffer.count {
                    cut = inLeft
                } else {
                    guard result != -1, inLeft == 0 else { return nil }
                }
                return outBuffer.count - outLeft
            }
        }
        guard let written, let text = String(validating: Data(bytes: output, count: written), as: UTF8.self) else { return nil }
        return (text, cut)
    }
}
