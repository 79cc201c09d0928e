import Foundation

/// Folds the spellings that make one Chinese name look like many, so that names can be
/// compared: machine-converted pages write 縣, 區, 績效 and put pinyin after characters
/// (`目標(biāo)`); office tools write full-width `（万元）`; PDF extraction leaves spaces and
/// zero-width characters inside names (`平 武\u{200B}县`).
///
/// The result is a key for matching, not text to show: every space goes, so Latin words run
/// together. Fast enough for every cell of a file: one lookup in a precomputed table per
/// scalar, and text that needs nothing is returned as it is.
public struct ChineseFold: Sendable {
    /// What each Basic Multilingual Plane scalar becomes: itself, another scalar, or
    /// `removed`. Built once; 256 KiB shared by every copy.
    private let table: [UInt32]
    /// Traditional characters outside the BMP (CJK Extension B and later), which OpenCC has too.
    private let astral: [UInt32: UInt32]

    private static let removed: UInt32 = .max

    /// Loads the traditional → simplified pairs of `Data/traditional-chars.tsv`
    /// (`traditional<TAB>simplified`, one character each; `#` lines are comments).
    public init(traditionalFile: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: traditionalFile, encoding: .utf8)
        } catch {
            throw PipelineError(file: traditionalFile.path, line: nil,
                                message: "cannot read character table: \(error.localizedDescription)")
        }
        var pairs: [(Unicode.Scalar, Unicode.Scalar)] = []
        pairs.reserveCapacity(4_200)
        var lineNumber = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {  // bytes: see Divisions
            lineNumber += 1
            if line.isEmpty || line.first == 0x23 { continue }  // `#` comment
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 2, let from = Self.single(fields[0]), let to = Self.single(fields[1]) else {
                throw PipelineError(file: traditionalFile.path, line: lineNumber,
                                    message: "expected one character, a tab and one character, found '\(String(decoding: line, as: UTF8.self))'")
            }
            pairs.append((from, to))
        }
        self.init(pairs: pairs)
    }

    /// A fold with the given character pairs (and the width, space and pinyin folding that
    /// needs no data).
    public init(pairs: [(Unicode.Scalar, Unicode.Scalar)]) {
        var table = [UInt32](unsafeUninitializedCapacity: 0x10000) { buffer, count in
            for value in 0..<0x10000 { buffer[value] = UInt32(value) }
            count = 0x10000
        }
        // Full-width ASCII（！ … ～）to ASCII: `（` → `(`, `：` → `:`, `１` → `1`.
        for value in 0xFF01...0xFF5E { table[value] = UInt32(value - 0xFEE0) }
        for range in Self.removedScalars { for value in range { table[Int(value)] = Self.removed } }
        var astral: [UInt32: UInt32] = [:]
        for (from, to) in pairs {
            if from.value < 0x10000 { table[Int(from.value)] = to.value } else { astral[from.value] = to.value }
        }
        self.table = table
        self.astral = astral
        asciiShownAsIs = (0..<0x80).allSatisfy { table[$0] == UInt32($0) || table[$0] == Self.removed }
        displayKinds = (0..<0x10000).map { value in
            let value = UInt32(value)
            if Self.folded(value, mapped: table[Int(value)], forMatching: false) != value { return Self.changesForDisplay }
            return value == 0xFF08 ? Self.openingBracket : Self.shownAsIs
        }
    }

    /// What display folding does to each BMP scalar, for `displayChanges` (64 KiB, built once):
    /// it looks at every scalar of a file, and needs only this of the table.
    private let displayKinds: [UInt8]
    /// `（` (U+FF08) shown as is, told apart: after a Han character it may open pinyin.
    private static let shownAsIs: UInt8 = 0, changesForDisplay: UInt8 = 1, openingBracket: UInt8 = 2

    /// No ASCII character changes for display (only spaces fold, and display keeps them), so
    /// ASCII text (amounts, percentages, codes: half of a table's cells) is shown as it is
    /// without a scalar-by-scalar look.
    private let asciiShownAsIs: Bool

    /// The folded text: simplified characters, ASCII for full-width ASCII, no whitespace,
    /// no zero-width characters, no pinyin in brackets after a Han character.
    public func fold(_ text: String) -> String { convert(text, forMatching: true) }

    /// Text to show rather than to match: traditional characters simplified, pinyin
    /// annotations and zero-width characters gone, every space within a line an ASCII space,
    /// but full-width punctuation and width kept as written.
    public func display(_ text: String) -> String {
        if asciiShownAsIs, text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return convert(text, forMatching: false)
    }

    /// Whether `display` would change some part of `text`. A piece of text (a line, a cell)
    /// changes only where the whole does (a scalar that folds, pinyin in brackets after a Han
    /// character), so a reader that finds a file needs nothing shows every cell of it as it
    /// stands. One pass over the UTF-8 (ASCII never changes for display); a bracket after a
    /// Han character (`费（`, common) is looked into for pinyin.
    public func displayChanges(_ text: String) -> Bool {
        guard asciiShownAsIs else { return needsWork(text, forMatching: false) }
        var text = text
        var from = 0
        while true {
            // The first scalar that folds (-1), else the first bracket right after a Han character.
            // What stands before a bracket is looked at only there (brackets are few, characters many).
            let found: (at: Int, width: Int)? = displayKinds.withUnsafeBufferPointer { kinds in text.withUTF8 { bytes in
                var i = from
                while i < bytes.count {
                    let b0 = bytes[i]
                    if b0 < 0x80 {
                        if b0 == 0x28 && Self.hanBefore(i, in: bytes) { return (i, 1) }
                        i &+= 1
                        continue
                    }
                    // Valid UTF-8 (a String's): the lead byte gives the length; Chinese takes three.
                    if b0 >= 0xE0 && b0 < 0xF0 {
                        let value = Int(b0 & 0x0F) << 12 | Int(bytes[i &+ 1] & 0x3F) << 6 | Int(bytes[i &+ 2] & 0x3F)
                        // One look at the table tells both what folds and the bracket (`openingBracket`).
                        let kind = kinds[value]
                        if kind >= Self.changesForDisplay {
                            if kind == Self.changesForDisplay { return (-1, 0) }
                            if Self.hanBefore(i, in: bytes) { return (i, 3) }
                        }
                        i &+= 3
                        continue
                    }
                    let value: UInt32, width: Int
                    if b0 < 0xE0 {
                        value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        width = 2
                    } else {
                        value = UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        width = 4
                    }
                    if folded(value, forMatching: false) != value { return (-1, 0) }
                    i += width
                }
                return nil
            } }
            guard let found else { return false }
            guard found.at >= 0 else { return true }
            let bracket = text.utf8.index(text.utf8.startIndex, offsetBy: found.at)
            if Self.pinyinEnd(text.unicodeScalars, after: bracket, table: table) != nil { return true }
            from = found.at + found.width
        }
    }

    /// `displayChanges` judged by a reader that walks a text's UTF-8 itself (`TextDecoder`,
    /// validating a file's bytes): `walk` hands each character to the scan (`DisplayScan`), and
    /// the answer is `displayChanges`' for `text`, the bytes walked. Nil when display folding
    /// changes some ASCII character (then `displayChanges` looks at the text itself).
    func displayChanges(walking walk: (inout DisplayScan) -> String?) -> (text: String, changes: Bool)? {
        guard asciiShownAsIs else { return nil }
        return displayKinds.withUnsafeBufferPointer { kinds in
            var scan = DisplayScan(kinds: kinds, fold: self)
            guard let text = walk(&scan) else { return nil }
            if scan.changes { return (text, true) }
            // A bracket after a Han character changes the text only where pinyin follows it.
            let scalars = text.unicodeScalars
            let changes = scan.brackets.contains { at in
                Self.pinyinEnd(scalars, after: text.utf8.index(text.utf8.startIndex, offsetBy: at), table: table) != nil
            }
            return (text, changes)
        }
    }

    /// What display folding would change, as a walk over a text's UTF-8 hands it each
    /// character (see `displayChanges(walking:)`): one look at `displayKinds` per character,
    /// and where a bracket follows a Han character, kept to be looked into afterwards.
    struct DisplayScan {
        fileprivate let kinds: UnsafeBufferPointer<UInt8>
        fileprivate let fold: ChineseFold
        /// Some character folds for display.
        fileprivate(set) var changes = false
        /// The byte offsets of brackets (`(` and `（`) right after a Han character.
        fileprivate(set) var brackets: [Int] = []

        /// An ASCII `(`.
        @inline(__always)
        mutating func parenthesis(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            if ChineseFold.hanBefore(offset, in: bytes) { brackets.append(offset) }
        }

        /// Two three-byte characters, the low six bytes of `word` (see `UTF8Walk`).
        @inline(__always)
        mutating func threeBytePair(_ word: UInt64, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            // Neither folds nor is a bracket (most pairs): nothing more to look at.
            guard kinds[ChineseFold.threeByteScalar(word)] | kinds[ChineseFold.threeByteScalar(word >> 24)] != ChineseFold.shownAsIs else { return }
            look(at: ChineseFold.threeByteScalar(word), offset: offset, in: bytes)
            look(at: ChineseFold.threeByteScalar(word >> 24), offset: offset + 3, in: bytes)
        }

        /// Another character that is not ASCII, `width` bytes long.
        @inline(__always)
        mutating func character(at offset: Int, width: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            if width == 3 {
                look(at: Int(bytes[offset] & 0x0F) << 12 | Int(bytes[offset + 1] & 0x3F) << 6 | Int(bytes[offset + 2] & 0x3F),
                     offset: offset, in: bytes)
                return
            }
            var scalars = UTF8Scalars(bytes, from: offset)
            guard let value = scalars.next()?.value else { return }
            if value < 0x10000 {
                look(at: Int(value), offset: offset, in: bytes)
            } else if fold.folded(value, forMatching: false) != value {
                changes = true
            }
        }

        /// The character `value` (in the Basic Multilingual Plane) at `offset`.
        @inline(__always)
        private mutating func look(at value: Int, offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            let kind = kinds[value]
            if kind == ChineseFold.changesForDisplay {
                changes = true
            } else if kind == ChineseFold.openingBracket, ChineseFold.hanBefore(offset, in: bytes) {
                brackets.append(offset)
            }
        }
    }

    /// The scalar of the three-byte UTF-8 sequence in the low three bytes of `word` (its lead
    /// byte lowest), as an index of `displayKinds`.
    @inline(__always)
    fileprivate static func threeByteScalar(_ word: UInt64) -> Int {
        Int(truncatingIfNeeded: (word & 0x0F) << 12 | (word >> 2 & 0x0FC0) | (word >> 16 & 0x3F))
    }

    /// Whether the scalar ending right before byte `i` of valid UTF-8 is a Han character.
    private static func hanBefore(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0, bytes[i - 1] >= 0x80 else { return false }
        var start = i - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }  // back over continuation bytes to the lead
        var scalars = UTF8Scalars(bytes, from: start)
        return scalars.next().map { isHan($0.value) } ?? false
    }

    private func convert(_ text: String, forMatching: Bool) -> String {
        guard needsWork(text, forMatching: forMatching) else { return text }
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var afterHan = false  // the last scalar kept is a Han character (pinyin may follow)
        var i = scalars.startIndex
        while i != scalars.endIndex {
            let value = folded(scalars[i].value, forMatching: forMatching)
            if value == Self.removed {
                i = scalars.index(after: i)  // spaces inside a name: a Han character before them still counts
                continue
            }
            if afterHan, value == 0x28 || value == 0xFF08, let end = Self.pinyinEnd(scalars, after: i, table: table) {
                i = end
                continue
            }
            out.append(Unicode.Scalar(value) ?? scalars[i])
            afterHan = Self.isHan(value)
            i = scalars.index(after: i)
        }
        return String(out)
    }

    @inline(__always)
    private func mapped(_ value: UInt32) -> UInt32 {
        value < 0x10000 ? table[Int(value)] : (astral[value] ?? value)
    }

    /// What one scalar becomes (`removed`: left out). For display only characters change:
    /// spaces and full-width forms stay as written.
    @inline(__always)
    private func folded(_ original: UInt32, forMatching: Bool) -> UInt32 {
        Self.folded(original, mapped: mapped(original), forMatching: forMatching)
    }

    /// The rule of `folded`, given what the table maps `original` to.
    @inline(__always)
    private static func folded(_ original: UInt32, mapped value: UInt32, forMatching: Bool) -> UInt32 {
        if !forMatching, value == removed, isWideSpace(original) { return 0x20 }
        if !forMatching, (value == removed && !isZeroWidth(original)) || (0xFF01...0xFF5E).contains(original) { return original }
        return value
    }

    /// Spaces other than the ASCII one within a line (ideographic `　`, no-break, the typographic
    /// ones: `TextCleaning.isSpace` beyond ASCII): shown as an ASCII space, so that every reader
    /// sees one kind of space between words and cells (`项目名称　　XX` as `项目名称  XX`).
    @inline(__always)
    private static func isWideSpace(_ value: UInt32) -> Bool {
        value > 0x7F && Unicode.Scalar(value).map(TextCleaning.isSpace) == true
    }

    /// Zero-width characters (`zeroWidthScalars`): invisible, they go from text shown too
    /// (`效\u{200B}益指标` would show as 效益指标 and filter apart from it, and hide words from the vocabulary).
    @inline(__always)
    private static func isZeroWidth(_ value: UInt32) -> Bool {
        zeroWidthScalars.contains { $0.contains(value) }
    }

    /// True when `convert` would change something: some scalar changes (for display, spaces
    /// and full-width forms stay, so they change nothing) or an opening bracket follows a Han
    /// character. Display text with spaces is the common case: it is returned as it is.
    private func needsWork(_ text: String, forMatching: Bool) -> Bool {
        // Decoded from the bytes (`UTF8Scalars`): this looks at every scalar of every cell.
        if let answer = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            var scalars = UTF8Scalars(bytes)
            var afterHan = false
            while let scalar = scalars.next() {
                let value = folded(scalar.value, forMatching: forMatching)
                if value != scalar.value { return true }
                if afterHan && (value == 0x28 || value == 0xFF08) { return true }
                afterHan = Self.isHan(value)
            }
            return false
        }) { return answer }
        var afterHan = false
        for scalar in text.unicodeScalars {
            let value = folded(scalar.value, forMatching: forMatching)
            if value != scalar.value { return true }
            if afterHan && (value == 0x28 || value == 0xFF08) { return true }
            afterHan = Self.isHan(value)
        }
        return false
    }

    /// Where a pinyin annotation `(xué)` starting at `open` ends (just past its closing
    /// bracket), or nil when the brackets hold something else. Pinyin is 1–6 lower-case
    /// letters, with or without tone marks (`zhuang` is the longest syllable); anything
    /// longer, upper-case or with digits is real text such as `(万元)` or `(PDF)`.
    private static func pinyinEnd(_ scalars: String.UnicodeScalarView, after open: String.Index,
                                  table: [UInt32]) -> String.Index? {
        var i = scalars.index(after: open)
        var letters = 0
        while i != scalars.endIndex {
            let value = scalars[i].value
            let folded = value < 0x10000 ? table[Int(value)] : value
            if folded == 0x29 { return letters > 0 ? scalars.index(after: i) : nil }
            if folded == removed || (0x300...0x36F).contains(folded) {
                // A space inside the brackets, or a tone mark written as a combining accent (NFD).
                i = scalars.index(after: i)
                continue
            }
            guard isPinyinLetter(folded), letters < 6 else { return nil }
            letters += 1
            i = scalars.index(after: i)
        }
        return nil
    }

    @inline(__always)
    private static func isPinyinLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x61...0x7A: return true  // a-z
        case 0xE0, 0xE1, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF2, 0xF3, 0xF9, 0xFA, 0xFC:  // à á è é ê ì í ò ó ù ú ü
            return true
        case 0x101, 0x113, 0x11B, 0x12B, 0x144, 0x148, 0x14D, 0x16B,  // ā ē ě ī ń ň ō ū
             0x1CE, 0x1D0, 0x1D2, 0x1D4, 0x1D6, 0x1D8, 0x1DA, 0x1DC, 0x1F9, 0x1E3F:  // ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ ǹ ḿ
            return true
        default: return false
        }
    }

    /// Whitespace (Unicode's White_Space: ordinary, ideographic, no-break; as
    /// `TextCleaning.isWhitespace`) and the zero-width characters web pages and PDF text
    /// carry inside words.
    private static let removedScalars: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0x85...0x85, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A,
        0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000,
    ] + zeroWidthScalars

    /// The zero-width characters web pages and PDF text carry inside words.
    private static let zeroWidthScalars: [ClosedRange<UInt32>] = [0x200B...0x200D, 0x2060...0x2060, 0xFEFF...0xFEFF]

    /// Han characters (unified ideographs, extension A, compatibility, extensions B and later).
    @inline(__always)
    static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    private static func single(_ field: Substring.UTF8View.SubSequence) -> Unicode.Scalar? {
        var decoder = UTF8()
        var bytes = field.makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&bytes), bytes.next() == nil else { return nil }
        return scalar
    }
}
