import Foundation

/// A page copied as Markdown (what web clippers and page-to-text converters give): headings
/// (`# 2024年项目支出绩效目标表`), bold keys (`**项目名称**：农村公路养护`) and tables whose header
/// stands over a rule (`| --- | --- |`). Its marks are taken off, so its keys read as keys and its
/// table as the ` | ` rows it then is; the rule lines go, each line keeping its own number. It is
/// told by a table's rule, or a heading and a bold line both, near its start: a `**` in other text
/// (a template's `≥**个`) stays as it is.
enum MarkdownText {
    /// How far into a file its marks are looked for: a form's header and table rule stand at its top.
    static let lookedAt = 64 << 10

    /// Whether the text is Markdown. Asked of every text file, so told on its bytes.
    static func isMarkdown(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(lookedAt))
            // A table's rule holds `---`, a bold key `**`: most files hold neither (found by memchr).
            guard holds(head, UInt8(ascii: "-"), times: 3) || holds(head, UInt8(ascii: "*"), times: 2) else { return false }
            var heading = false, bold = false
            var start = 0
            while start < head.count {
                let end = head[start...].firstIndex(of: UInt8(ascii: "\n")) ?? head.count
                let line = UnsafeBufferPointer(rebasing: head[start..<end])
                if isTableRule(bytes: line) { return true }
                if headingLength(bytes: line) > 0 { heading = true }
                if let first = line.firstIndex(where: { $0 != UInt8(ascii: " ") }), first + 1 < line.count,
                   line[first] == UInt8(ascii: "*"), line[first + 1] == UInt8(ascii: "*") { bold = true }
                if heading && bold { return true }
                start = end + 1
            }
            return false
        }
    }

    /// Whether `byte` stands `times` times in a row in the bytes.
    static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8, times: Int) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var at = 0
        while at < bytes.count, let found = memchr(base + at, Int32(byte), bytes.count - at) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + times <= bytes.count, (1..<times).allSatisfy({ bytes[index + $0] == byte }) { return true }
            at = index + 1
        }
        return false
    }

    /// A table's rule (`| --- | :---: |`): only bars, dashes, colons and spaces, two or more cells of
    /// three dashes or more.
    static func isTableRule(bytes line: UnsafeBufferPointer<UInt8>) -> Bool {
        var cells = 0, dashes = 0, bars = 0
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: "|"):
                bars += 1
                if dashes >= 3 { cells += 1 }
                dashes = 0
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
            default: return false
            }
        }
        if dashes >= 3 { cells += 1 }
        return bars > 0 && cells >= 2
    }

    /// The length of a heading's mark and the space after it (`## `), 0 when none.
    static func headingLength(bytes line: UnsafeBufferPointer<UInt8>) -> Int {
        let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(hashes), hashes < line.count, line[hashes] == UInt8(ascii: " ") else { return 0 }
        return hashes + 1
    }

    /// The text without its Markdown marks, and for each line left the line it stood on.
    static func plain(_ text: String) -> (text: String, origins: [Int]) {
        var lines: [Substring] = []
        var origins: [Int] = []
        for (index, line) in Self.lines(of: text).enumerated() where !onBytes(line, isTableRule) {
            lines.append(line)
            origins.append(index + 1)
        }
        // A heading's mark is ASCII: as many Characters as bytes.
        let plain = lines.map { withoutBold($0.dropFirst(onBytes($0, headingLength))) }
        return (plain.joined(separator: "\n"), origins)
    }

    /// `look` asked of a line's bytes.
    static func onBytes<T>(_ line: Substring, _ look: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let answer = line.utf8.withContiguousStorageIfAvailable(look) { return answer }
        return Array(line.utf8).withUnsafeBufferPointer(look)
    }

    /// The text's lines, whichever line ends it has (`\r\n` is one Character, not `\n`).
    static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    /// A line with the bold marks taken off the spans that open it or one of its cells
    /// (`**项目名称**：…`, `| **合计** |`).
    static func withoutBold(_ line: Substring) -> String {
        var out = ""
        var rest = line[...]
        var atStart = true  // at the line's start or a cell's, spaces aside
        while let first = rest.first {
            if atStart, first != " ", rest.hasPrefix("**"), let close = rest.dropFirst(2).range(of: "**"),
               close.lowerBound > rest.index(rest.startIndex, offsetBy: 2) {
                out += rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
                rest = rest[close.upperBound...]
                atStart = false
                continue
            }
            out.append(first)
            if first == "|" { atStart = true } else if first != " " { atStart = false }
            rest = rest.dropFirst()
        }
        return out
    }
}
