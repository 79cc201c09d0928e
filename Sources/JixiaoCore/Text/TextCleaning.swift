import Foundation

/// Cleaning that undoes what PDF extraction and office tools do to Chinese text.
/// Pure functions: loaders and the normalize stage both use them.
public enum TextCleaning {
    /// Full-width forms folded to the half-width ones a parser expects (digits, Latin
    /// letters, `％`, `＞` …); comparison signs folded to one spelling each (`≧` `>=` → `≥`).
    /// A full-width comma between thousands (`１，２５０，０００．００`, `1，200人`) is a thousands
    /// comma; elsewhere it is punctuation and stays.
    /// One pass over the scalars; text that needs nothing is returned as it is.
    public static func foldWidth(_ text: String) -> String {
        guard text.utf8.withContiguousStorageIfAvailable(needsFolding) ?? true else { return text }
        // Scalars gathered in an array and made text at once (see `String(scalars:)`): a scalar
        // view's `removeLast` (`>=` → `≥`) cost thousands of instructions.
        let scalars = Array(text.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == fullWidthComma, let last = out.last, ("0"..."9").contains(last) {
                var digits = 0
                var next = index + 1
                while next < scalars.count, digits < 4, case let after = folded(scalars[next]) ?? scalars[next], ("0"..."9").contains(after) {
                    digits += 1
                    next += 1
                }
                out.append(digits == 3 ? "," : scalar)
                continue
            }
            let value = folded(scalar) ?? scalar
            if value == "=", let last = out.last, last == ">" || last == "<" {
                out[out.count - 1] = last == ">" ? "≥" : "≤"
            } else {
                out.append(value)
            }
        }
        return String(scalars: out)
    }

    static let fullWidthComma: Unicode.Scalar = "\u{FF0C}"

    /// Whether `foldWidth` changes the text's UTF-8, told on the bytes: a scalar it folds starts
    /// with C2 (U+00A0), E2 (`≧` `≦` `⩾` `⩽` `═`), E3 (U+3000) or EF (the full-width forms), and only those
    /// are decoded; `=` after `>` or `<`, and `，` after a digit, are told by the byte before
    /// (ASCII, so a whole scalar). Most values are digits, Han characters and `≥`, which folds
    /// to itself: passed by without decoding the rest.
    static func needsFolding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in bytes.indices {
            switch bytes[i] {
            case UInt8(ascii: "="):
                if i > 0, bytes[i - 1] == UInt8(ascii: ">") || bytes[i - 1] == UInt8(ascii: "<") { return true }
            case 0xC2, 0xE2, 0xE3, 0xEF:
                var scalars = UTF8Scalars(bytes, from: i)
                guard let scalar = scalars.next() else { continue }
                if folded(scalar) != nil { return true }
                if scalar == fullWidthComma, i > 0, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i - 1]) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// The half-width scalar for a full-width one, or nil when it stays.
    @inline(__always)
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return Unicode.Scalar(scalar.value - 0xFEE0)
        case 0xFF05: return "%"
        case 0xFF0E: return "."
        case 0xFF1E: return ">"
        case 0xFF1C: return "<"
        case 0xFF1D: return "="
        case 0x2267, 0x2A7E: return "≥"  // ≧ ⩾
        case 0x2266, 0x2A7D: return "≤"  // ≦ ⩽
        case 0x2550, 0xFE66: return "="  // ═ ﹦, a font's (or OCR's) equals sign
        case 0xFE64: return "<"  // ﹤
        case 0xFE65: return ">"  // ﹥
        case 0x3000, 0x00A0: return " "  // ideographic and no-break space
        default: return nil
        }
    }

    /// True for Han characters and CJK punctuation: the characters a wrapped cell's
    /// spurious spaces sit between.
    static func isCJK(_ ch: Character) -> Bool {
        ch.unicodeScalars.first.map(isCJK) ?? false
    }

    @inline(__always)
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0x2018...0x201F:
            return true
        default:
            return false
        }
    }

    /// Unicode's White_Space set (what `Character.isWhitespace` tests), without the
    /// property-table lookup per scalar that made cleaning slow on Chinese text.
    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Whether some scalar of the text `isWhitespace`, told on its bytes: an ASCII one is a byte
    /// of its own, the others start with C2, E1, E2 or E3 (no continuation byte is one of those).
    static func containsWhitespace(_ text: String) -> Bool {
        text.withBytes { bytes in
            whitespaceStarts.withUnsafeBufferPointer { starts in
                // One table look-up a byte (long goals are searched whole): most bytes are of
                // Han characters and start nothing.
                for i in bytes.indices where starts[Int(bytes[i])] {
                    if bytes[i] < 0x80 { return true }
                    var scalars = UTF8Scalars(bytes, from: i)
                    if let scalar = scalars.next(), isWhitespace(scalar) { return true }
                }
                return false
            }
        }
    }

    /// The bytes a whitespace scalar may start with: the ASCII ones themselves (tab to carriage
    /// return, space), and the lead bytes C2, E1, E2 and E3 of the others.
    private static let whitespaceStarts: [Bool] = (0...255).map { byte in
        switch byte {
        case 0x09...0x0D, 0x20, 0xC2, 0xE1, 0xE2, 0xE3: return true
        default: return false
        }
    }

    /// Spaces and tab, not line ends (Foundation's `CharacterSet.whitespaces`).
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Removes the spaces a line wrap left inside a cell: a space with a Chinese character
    /// or Chinese punctuation on either side goes (`网络 工作中心` → `网络工作中心`,
    /// `100M网络 带宽` → `100M网络带宽`); spaces between two Latin words stay as one space.
    public static func dewrap(_ text: String) -> String {
        // Nothing to remove without a space (the usual case), told on the bytes.
        guard containsWhitespace(text) else { return text }
        // Read from the bytes (`UTF8Scalars`: a String's scalar view costs several times as much
        // a scalar); the bytes of the scalars kept copied as they stand, at most one space for
        // each run of them, and made text at once (`String(validUTF8:)`), not encoded again.
        return text.withBytes { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out in
                var count = 0
                var scalars = UTF8Scalars(bytes)
                var start = 0
                var before: Unicode.Scalar?  // the last scalar kept
                var spaceBefore = false
                while let scalar = scalars.next() {
                    defer { start = scalars.offset }
                    if isWhitespace(scalar) {
                        spaceBefore = before != nil  // leading spaces go
                        continue
                    }
                    if spaceBefore, let before {
                        let latinBefore = !isCJK(before) && before != "(" && before != "（"
                        let latinAfter = !isCJK(scalar) && scalar != ")" && scalar != "）"
                        if latinBefore && latinAfter {
                            out[count] = UInt8(ascii: " ")
                            count += 1
                        }
                    }
                    spaceBefore = false
                    for at in start..<scalars.offset {
                        out[count] = bytes[at]
                        count += 1
                    }
                    before = scalar
                }
                return String(validUTF8: UnsafeBufferPointer(rebasing: out[..<count]))
            }
        }
    }

    /// The text without what stands in brackets, half- or full-width (`资金落实(8分)` → `资金落实`).
    static func unbracketed(_ text: String) -> String {
        var depth = 0
        return String(scalars: text.unicodeScalars.filter { scalar in
            switch scalar {
            case "(", "（": depth += 1; return false
            case ")", "）": depth = max(depth - 1, 0); return false
            default: return depth == 0
            }
        })
    }

    /// Brackets in Chinese names written the Chinese way: `(维修维护费)` → `（维修维护费）`.
    public static func fullWidthBrackets(_ text: String) -> String {
        // Told by memchr (a name is read for every project; a generic search of its bytes cost ~25 a byte).
        let bytes = Substring(text)
        guard contains(bytes, byte: UInt8(ascii: "(")) || contains(bytes, byte: UInt8(ascii: ")")) else { return text }
        // Made text at once (`String(scalars:)`): a scalar view built from them appended them
        // one by one, ~12,000 instructions a name.
        return String(scalars: text.unicodeScalars.map { $0 == "(" ? "（" : $0 == ")" ? "）" : $0 })
    }

    /// A Chinese name as it should read: wraps removed, brackets full-width.
    public static func cleanName(_ text: String) -> String {
        fullWidthBrackets(dewrap(text))
    }

    /// Strips a leading `指标1：` / `指标 2:` / `1、` numbering from an indicator name, or the other
    /// numbering a document uses (`（1）`, `①`, `1)`, `一、`: `Enumeration`).
    public static func stripNumbering(_ text: String) -> String {
        let bounds = nameBounds(text)
        if bounds.lowerBound == text.startIndex && bounds.upperBound == text.endIndex { return Enumeration.stripped(text) }
        return String(text.unicodeScalars[bounds])
    }

    /// Where the name stands in `text`: after the numbering and spaces, before trailing spaces.
    public static func nameBounds(_ text: String) -> Range<String.Index> {
        let offsets = text.withBytes(nameBounds)
        let utf8 = text.utf8
        return utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: offsets.upperBound)
    }

    /// `nameBounds` as offsets into UTF-8 bytes, read from the bytes themselves: every
    /// indicator's name is measured (a String's scalar view cost several times as much).
    static func nameBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        /// The scalar starting at `offset` and where the next one starts.
        func at(_ offset: Int) -> (scalar: Unicode.Scalar, next: Int)? {
            guard offset < bytes.count else { return nil }
            var scalars = UTF8Scalars(bytes, from: offset)
            return scalars.next().map { ($0, scalars.offset) }
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) || (0xFF10...0xFF19).contains(s.value) }
        var i = 0
        func skipSpaces() { while let (s, next) = at(i), isWhitespace(s) { i = next } }
        skipSpaces()
        let start = i
        var numbered = false
        if let (s0, n0) = at(i), s0 == "指", let (s1, n1) = at(n0), s1 == "标" {
            i = n1
            skipSpaces()
            let digits = i
            while let (s, next) = at(i), isDigit(s) { i = next }
            if i > digits {
                skipSpaces()
                if let (s, next) = at(i), s == "：" || s == ":" { i = next; numbered = true }
            }
        } else if let (s, _) = at(i), ("0"..."9").contains(s) {
            while let (s, next) = at(i), ("0"..."9").contains(s) { i = next }
            skipSpaces()
            // `1.5万亩` is a number, not numbering.
            if let (s, next) = at(i), s == "、" || ((s == "." || s == "．") && !(at(next).map { isDigit($0.scalar) } ?? false)) {
                i = next
                numbered = true
            }
        }
        if !numbered { i = start }
        skipSpaces()
        var end = bytes.count
        while end > i {
            // The last scalar before `end` starts after its continuation bytes.
            var last = end - 1
            while last > i, bytes[last] & 0xC0 == 0x80 { last -= 1 }
            guard let (s, _) = at(last), isWhitespace(s) else { break }
            end = last
        }
        return i..<end
    }

    /// An indicator's weight as forms write it: a number, points (`20分`, `20 分`) or percent (`30%`).
    public static func weight(_ text: String) -> Double? {
        let trimmed = trimSpaces(foldWidth(text))
        // In points (`20分`), or as a share of the hundred (`30%` under 权重(%)).
        return number(trimmed.hasSuffix("分") || trimmed.hasSuffix("%") ? String(trimmed.dropLast()) : trimmed)
    }

    /// Parses a number written as `8,827,620.53`, `97.20` or `４５`; nil for anything that is not
    /// a plain, finite decimal (`0x10`, `1e3`, `1.234,5`, `NaN`: see `DecimalNumber`).
    public static func number(_ text: String) -> Double? {
        let trimmed = trimSpaces(Substring(foldWidth(text)))
        guard !trimmed.isEmpty else { return nil }
        return DecimalNumber.parse(trimmed)
    }
}

/// Splitting on single bytes: far cheaper than splitting Strings by Character (which
/// walks grapheme clusters), and exact for `\n` and `\t`.
extension TextCleaning {
    /// Calls `body` with each non-empty line (line ends folded to `\n`) until it returns false;
    /// unlike `lines`, nothing is split past the line where the search stops.
    public static func forEachLine(_ text: String, _ body: (Substring) -> Bool) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start != utf8.endIndex {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if start != end, !body(text[start..<end]) { return }
            start = end == utf8.endIndex ? end : utf8.index(after: end)
        }
    }

    /// The lines of a text (line ends already folded to `\n`), empty lines included.
    public static func lines(_ text: String) -> [Substring] {
        split(Substring(text), on: UInt8(ascii: "\n"))
    }

    /// Tab-separated cells, each trimmed of spaces. Works on the line's bytes: this runs
    /// for every row of every Layout A file. The array is sized once (tabs counted first).
    public static func cells(_ line: Substring) -> [String] {
        cells(line) { String(decoding: $0, as: UTF8.self) }
    }

    /// The offset where each line of UTF-8 text ends (its `\n`, or the end of the text for
    /// the last): the lines `lines` gives, found by memchr and told by offsets.
    static func lineEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var ends: [Int] = []
        guard let base = bytes.baseAddress else { return [0] }
        var from = 0
        while from < bytes.count, let hit = memchr(base + from, Int32(UInt8(ascii: "\n")), bytes.count - from) {
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            ends.append(end)
            from = end + 1
        }
        ends.append(bytes.count)
        return ends
    }

    /// Tab-separated cells of a line's bytes (valid UTF-8), each trimmed of spaces, the texts
    /// of repeated cells made once (see `BytesMemo`). `expected`: how many cells the row likely
    /// has (a table's rows have as many as the row before), else its tabs are counted.
    static func cells(_ line: UnsafeBufferPointer<UInt8>, texts: inout BytesMemo<String>, expected: Int? = nil) -> [String] {
        row(line, texts: &texts, expected: expected).cells
    }

    /// A tab-separated row's cells, and which are not blank, told as it is cut.
    struct TabRow {
        /// By column, "" where blank (see `cells(_:texts:expected:)`).
        var cells: [String]
        /// How many are not blank, and the first and last of those (0 when none is).
        var filled = 0, first = 0, last = 0
    }

    /// `cells(_:texts:expected:)`, saying which cells are not blank (a table's row reader
    /// needs it, and need not look at every cell again for it).
    static func row(_ line: UnsafeBufferPointer<UInt8>, texts: inout BytesMemo<String>, expected: Int? = nil) -> TabRow {
        // A small String (a sign, a unit, a weight, a label of up to five characters) is made
        // from its bytes more quickly than it is looked up, and allocates nothing.
        // Cut at tabs and trimmed of whole spaces, a cell of valid UTF-8 is whole characters.
        row(line, expected: expected) { $0.count <= ValidUTF8.smallStringCapacity ? String(wholeValidUTF8: $0) : texts.value($0) { String(wholeValidUTF8: $0) } }
    }

    /// Tab-separated cells, each trimmed of spaces and made text by `text` from its bytes.
    private static func cells(_ line: Substring, text: (UnsafeBufferPointer<UInt8>) -> String) -> [String] {
        line.utf8.withContiguousStorageIfAvailable { row($0, text: text).cells }
            ?? split(line, on: UInt8(ascii: "\t")).map { trimSpaces($0) }
    }

    /// Tab-separated cells of a line's bytes, each trimmed of spaces and made text by `text`.
    /// The array is sized once: for `expected` cells (more grow it), else for the tabs counted.
    private static func row(_ bytes: UnsafeBufferPointer<UInt8>, expected: Int? = nil,
                            text: (UnsafeBufferPointer<UInt8>) -> String) -> TabRow {
        do {
            guard let base = bytes.baseAddress else { return TabRow(cells: [""]) }
            let tab = Int32(UInt8(ascii: "\t"))
            func nextTab(from: Int) -> Int {
                guard from < bytes.count, let hit = memchr(base + from, tab, bytes.count - from) else { return bytes.count }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            var row = TabRow(cells: [])
            row.cells.reserveCapacity(expected ?? (count(of: UInt8(ascii: "\t"), in: bytes) + 1))
            var start = 0
            while true {
                let end = nextTab(from: start)
                let (first, last) = trimmedBounds(bytes, from: start, to: end)
                // Most cells of a table are blank (merged cells, short rows): no decoding for them.
                if first == last {
                    row.cells.append("")
                } else {
                    if row.filled == 0 { row.first = row.cells.count }
                    row.last = row.cells.count
                    row.filled += 1
                    row.cells.append(text(UnsafeBufferPointer(rebasing: bytes[first..<last])))
                }
                if end == bytes.count { return row }
                start = end + 1
            }
        }
    }

    /// How many times `byte` stands in the bytes, told eight bytes at a time (a row's tabs, to
    /// size its array of cells: a call to memchr for each cost more).
    static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var found = 0
        var i = 0
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ (UInt64(byte) &* ones)
            // The high bit of each zero byte of `word` (exact: no borrow between bytes), summed
            // into the top byte by the multiply.
            let zeros = ~(((word & low7) &+ low7) | word) & ~low7
            found += Int(((zeros >> 7) &* ones) >> 56)
            i += 8
        }
        while i < bytes.count {
            if base[i] == byte { found += 1 }
            i += 1
        }
        return found
    }

    /// Where the bytes from `start` to `end` begin and end without the spaces around them (`isSpace`).
    @inline(__always)
    static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (first: Int, last: Int) {
        var first = start
        var last = end
        while first < last, let width = spaceWidth(bytes, startingAt: first, before: last) { first += width }
        while last > first, let width = spaceWidth(bytes, endingAt: last, after: first) { last -= width }
        return (first, last)
    }

    /// The UTF-8 length of the `isSpace` character starting at `index`, or nil.
    @inline(__always)
    static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, startingAt index: Int, before end: Int) -> Int? {
        let b0 = bytes[index]
        if b0 == 0x20 || b0 == 0x09 { return 1 }
        // Most cells start with a Han character (E4 to E9) or full-width punctuation (EF): no space.
        if b0 < 0xC2 || b0 > 0xE3 { return nil }
        if b0 == 0xC2 { return index + 1 < end && bytes[index + 1] == 0xA0 ? 2 : nil }
        guard index + 2 < end else { return nil }
        return isWideSpace(b0, bytes[index + 1], bytes[index + 2]) ? 3 : nil
    }

    /// The UTF-8 length of the `isSpace` character ending right before `end`, or nil.
    @inline(__always)
    static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, after start: Int) -> Int? {
        let last = bytes[end - 1]
        if last == 0x20 || last == 0x09 { return 1 }
        if last < 0x80 { return nil }
        // No wide space ends in A0 (`isWideSpace`): only U+00A0 does.
        if last == 0xA0 { return end - 2 >= start && bytes[end - 2] == 0xC2 ? 2 : nil }
        // A wide space is led by E1, E2 or E3; most cells end with a Han character (led by E4 to E9).
        guard end - 3 >= start, bytes[end - 3] &- 0xE1 < 3 else { return nil }
        return isWideSpace(bytes[end - 3], bytes[end - 2], last) ? 3 : nil
    }

    /// U+3000, U+2000–U+200A, U+202F, U+205F, U+1680 in UTF-8.
    @inline(__always)
    static func isWideSpace(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        switch (b0, b1) {
        case (0xE3, 0x80): return b2 == 0x80
        case (0xE2, 0x80): return (0x80...0x8A).contains(b2) || b2 == 0xAF
        case (0xE2, 0x81): return b2 == 0x9F
        case (0xE1, 0x9A): return b2 == 0x80
        default: return false
        }
    }

    /// Whether `byte` stands in the bytes (memchr).
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, byte: UInt8) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// Whether `byte` stands in the text's UTF-8 (memchr; without building any array).
    static func contains(_ text: Substring, byte: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? text.utf8.contains(byte)
    }

    static func split(_ text: Substring, on byte: UInt8) -> [Substring] {
        let utf8 = text.utf8
        // Find the separators with memchr on the bytes, then cut once per part.
        let offsets = utf8.withContiguousStorageIfAvailable { bytes -> [Int] in
            var found: [Int] = []
            guard let base = bytes.baseAddress else { return found }
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, Int32(byte), bytes.count - from) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                found.append(offset)
                from = offset + 1
            }
            return found
        }
        if let offsets {
            var parts: [Substring] = []
            parts.reserveCapacity(offsets.count + 1)
            var start = utf8.startIndex
            for offset in offsets {
                let index = utf8.index(utf8.startIndex, offsetBy: offset)
                parts.append(text[start..<index])
                start = utf8.index(after: index)
            }
            parts.append(text[start..<text.endIndex])
            return parts
        }
        // Text without contiguous UTF-8 (bridged strings): walk the view.
        var parts: [Substring] = []
        var start = text.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == byte {
                parts.append(text[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        parts.append(text[start..<text.endIndex])
        return parts
    }

    /// Trims spaces and tabs (ASCII, no-break, ideographic …; not line ends) from both ends.
    public static func trimSpaces(_ text: Substring) -> String {
        // On the bytes (see `cells`): the spaces are ASCII or sequences `spaceWidth` knows.
        if let (first, last) = text.utf8.withContiguousStorageIfAvailable({ trimmedBounds($0, from: 0, to: $0.count) }) {
            let utf8 = text.utf8
            if first == 0 && last == utf8.count { return String(text) }
            return String(text[utf8.index(utf8.startIndex, offsetBy: first)..<utf8.index(utf8.startIndex, offsetBy: last)])
        }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start != end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end != start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return String(text) }
        return String(text[start..<end])
    }

    public static func trimSpaces(_ text: String) -> String {
        // The first and last characters told on the bytes (see `cells`): every value is trimmed,
        // and the scalar view's first and last cost ~250 instructions.
        let spaced = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.isEmpty && (spaceWidth(bytes, startingAt: 0, before: bytes.count) != nil
                || spaceWidth(bytes, endingAt: bytes.count, after: 0) != nil)
        } ?? text.unicodeScalars.first.map { isSpace($0) || isSpace(text.unicodeScalars.last!) } ?? false
        guard spaced else { return text }
        return trimSpaces(Substring(text))
    }
}

extension StringProtocol {
    /// Substring search on UTF-8 bytes. UTF-8 is self-synchronising, so a byte match is a
    /// character match; it skips the grapheme and locale work of Foundation's `contains`.
    public func containsText(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        guard needle.utf8.count <= utf8.count else { return false }
        var haystack = String(self)
        var needle = needle
        return haystack.withUTF8 { hay in needle.withUTF8 { pin in TextCleaning.offset(of: pin, in: hay) != nil } }
    }
}

extension StringProtocol {
    /// Prefix and suffix tests on UTF-8 bytes (see `containsText`).
    public func startsWithText(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    public func endsWithText(_ suffix: String) -> Bool {
        let bytes = utf8
        let count = suffix.utf8.count
        guard bytes.count >= count else { return false }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -count)...].elementsEqual(suffix.utf8)
    }

    /// Equality of the UTF-8 bytes: what `==` means for the text jixiao reads, minus the
    /// Unicode normalisation `==` does for every non-ASCII comparison.
    public func sameText(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var mine = String(self)
        var theirs = other
        return mine.withUTF8 { a in
            theirs.withUTF8 { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
    }
}

extension String {
    /// `containsText` for a String, the common case (keywords looked for in every project's
    /// name and goal): both strings' bytes read in place, not copied as the generic version does.
    @inline(__always)
    public func containsText(_ needle: String) -> Bool {
        let count = needle.utf8.count
        if count == 0 { return true }
        guard count <= utf8.count else { return false }
        if let found = utf8.withContiguousStorageIfAvailable({ hay in
            needle.utf8.withContiguousStorageIfAvailable { pin in TextCleaning.offset(of: pin, in: hay) != nil }
        }) ?? nil {
            return found
        }
        return self[...].containsText(needle)
    }

    /// `startsWithText` and `endsWithText` for a String, the common case (a label's or a
    /// direction's first words, every row): the bytes compared in place, as `sameText` does.
    @inline(__always)
    public func startsWithText(_ prefix: String) -> Bool { hasBytes(prefix, atEnd: false) }

    @inline(__always)
    public func endsWithText(_ suffix: String) -> Bool { hasBytes(suffix, atEnd: true) }

    @inline(__always)
    private func hasBytes(_ part: String, atEnd: Bool) -> Bool {
        let count = part.utf8.count
        guard count <= utf8.count else { return false }
        guard count > 0 else { return true }
        let offset = atEnd ? utf8.count - count : 0
        if let same = utf8.withContiguousStorageIfAvailable({ a in
            part.utf8.withContiguousStorageIfAvailable { b in memcmp(a.baseAddress! + offset, b.baseAddress!, count) == 0 }
        }) ?? nil {
            return same
        }
        return atEnd ? self[...].endsWithText(part) : self[...].startsWithText(part)
    }

    /// `sameText` for a String, the common case (labels, names and keys compared in every
    /// stage): its bytes read in place, without the copy the generic version makes.
    @inline(__always)
    public func sameText(_ other: String) -> Bool {
        let count = utf8.count
        guard count == other.utf8.count else { return false }
        guard count > 0 else { return true }
        if let same = utf8.withContiguousStorageIfAvailable({ a in
            other.utf8.withContiguousStorageIfAvailable { b in memcmp(a.baseAddress!, b.baseAddress!, count) == 0 }
        }) ?? nil {
            return same
        }
        return utf8.elementsEqual(other.utf8)
    }
}

extension TextCleaning {
    /// Where `pin`'s bytes first stand in `hay`'s (0 for no bytes): memchr to each place the
    /// first byte stands, memcmp for the rest. The byte search of `containsText` and `range(of:in:)`.
    @inline(__always)
    static func offset(of pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pin.first else { return 0 }
        guard let base = hay.baseAddress, pin.count <= hay.count else { return nil }
        let last = hay.count - pin.count
        var from = 0
        while from <= last, let hit = memchr(base + from, Int32(first), last - from + 1) {
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset, pin.baseAddress!, pin.count) == 0 { return offset }
            from = offset + 1
        }
        return nil
    }

    /// Where the first `needle` in `text` stands (a byte search, like `containsText`).
    public static func range(of needle: String, in text: Substring) -> Range<String.Index>? {
        var needle = needle
        if let found = text.utf8.withContiguousStorageIfAvailable({ hay -> Int?? in
            needle.withUTF8 { pin -> Int?? in pin.isEmpty ? .some(nil) : .some(TextCleaning.offset(of: pin, in: hay)) }
        }) {
            guard let offset = found ?? nil else { return nil }
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            return start..<text.utf8.index(start, offsetBy: needle.utf8.count)
        }
        let hay = text.utf8
        let pin = needle.utf8
        guard let first = pin.first else { return nil }
        var index = hay.startIndex
        while let start = hay[index...].firstIndex(of: first) {
            var h = start
            var p = pin.startIndex
            while p != pin.endIndex, h != hay.endIndex, hay[h] == pin[p] {
                h = hay.index(after: h)
                p = pin.index(after: p)
            }
            if p == pin.endIndex { return start..<h }
            index = hay.index(after: start)
        }
        return nil
    }

    /// Where the first `needle` in `text` ends.
    public static func end(of needle: String, in text: Substring) -> String.Index? {
        range(of: needle, in: text)?.upperBound
    }

    /// Whether the bytes from `start` on begin with a number and a colon, spaces allowed
    /// around the number (`1：`, ` 2 :`), or a number and the point or 、 that numbers a list
    /// (`3.化妆品抽验平均标准`, `2、`; not a decimal's point, `3.5`): what follows the word of a
    /// `numberedMarker`.
    static func numberAndMark(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var scalars = UTF8Scalars(bytes, from: start)
        var scalar = scalars.next()
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) || (0xFF10...0xFF19).contains(s.value) }
        while let s = scalar, isWhitespace(s) { scalar = scalars.next() }
        var digits = 0
        while let s = scalar, isDigit(s) { digits += 1; scalar = scalars.next() }
        while let s = scalar, isWhitespace(s) { scalar = scalars.next() }
        guard digits > 0, let mark = scalar else { return false }
        if mark == "：" || mark == ":" || mark == "、" { return true }
        guard mark == "." || mark == "．", let after = scalars.next() else { return false }
        return !isDigit(after)
    }

    /// Where `word` followed by a number and a colon (`指标 1：`, `目标2:`) first stands in
    /// `text`, spaces allowed around the number; nil when it does not.
    public static func numberedMarker(_ word: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let scalars = text.unicodeScalars
        var from = start ?? scalars.startIndex
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) || (0xFF10...0xFF19).contains(s.value) }
        // Each place the word stands (found by bytes), then the number and colon after it.
        while from < scalars.endIndex, let hit = range(of: word, in: text[from...]) {
            var cursor = hit.upperBound
            while cursor != scalars.endIndex, isWhitespace(scalars[cursor]) { cursor = scalars.index(after: cursor) }
            var digits = 0
            while cursor != scalars.endIndex, isDigit(scalars[cursor]) { cursor = scalars.index(after: cursor); digits += 1 }
            while cursor != scalars.endIndex, isWhitespace(scalars[cursor]) { cursor = scalars.index(after: cursor) }
            if digits > 0, cursor != scalars.endIndex, scalars[cursor] == "：" || scalars[cursor] == ":" {
                return hit.lowerBound..<scalars.index(after: cursor)
            }
            from = scalars.index(after: hit.lowerBound)
        }
        return nil
    }
}
