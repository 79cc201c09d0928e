import Foundation

/// A document site's preview (the 文档简介 of a shared .doc or .docx) gives the document's text in
/// numbered pieces, each on a line of its own starting `1、`, `2、`, … and cut where the piece's
/// length ran out: inside a cell, a name or a number (`…取得2018-2022` then `2、监测资料100%…`).
/// The pieces are joined back into the one line they were, their numbers taken off, so the glued
/// cells read as they were written; the joined line keeps the first piece's line number.
///
/// A numbered list (`2、PDF文件下载后…`, `3、本站不支持…`) also starts lines `1、`, `2、`: its items
/// are short sentences, while a site's pieces run to hundreds of characters, so a run counts as
/// pieces only when every piece before its last is at least `shortestPiece` bytes long.
enum PreviewPieces {
    /// How far into a file the first piece is looked for: a preview starts near a page's top.
    static let lookedAt = 64 << 10
    /// The fewest bytes a piece other than the last holds (about 100 Chinese characters).
    static let shortestPiece = 300

    /// The text with its preview pieces joined, and for each line left the line it stood on; nil
    /// when the text has no run of two or more pieces.
    static func joined(_ text: String) -> (text: String, origins: [Int])? {
        guard mayHoldPieces(text) else { return nil }
        let lines = MarkdownText.lines(of: text)
        var out: [String] = []
        var origins: [Int] = []
        var index = 0
        var joinedAny = false
        while index < lines.count {
            let run = pieceRun(startingAt: index, in: lines)
            guard run.count >= 2 else {
                out.append(String(lines[index]))
                origins.append(index + 1)
                index += 1
                continue
            }
            out.append(run.map { String(lines[$0.line].dropFirst($0.markLength)) }.joined())
            origins.append(index + 1)
            index = run.last!.line + 1
            joinedAny = true
        }
        return joinedAny ? (out.joined(separator: "\n"), origins) : nil
    }

    /// Whether a line near the text's start begins `1、`: most files have none, told on bytes
    /// (memchr finds each line's end; a line is looked into only when it starts with 1 or a space).
    static func mayHoldPieces(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            let count = min(bytes.count, lookedAt)
            var start = 0
            while start < count {
                let end = memchr(base + start, Int32(UInt8(ascii: "\n")), count - start)
                    .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? count
                if end - start > 3, base[start] == UInt8(ascii: "1") || base[start] == UInt8(ascii: " "),
                   pieceNumber(UnsafeBufferPointer(start: base + start, count: end - start))?.number == 1 { return true }
                start = end + 1
            }
            return false
        }
    }

    /// The lines of the run of pieces numbered 1, 2, 3 … from `start` (blank lines between them
    /// skipped), each with the length of its number mark; empty when `start` is no first piece.
    static func pieceRun(startingAt start: Int, in lines: [Substring]) -> [(line: Int, markLength: Int)] {
        var run: [(line: Int, markLength: Int)] = []
        var at = start
        while at < lines.count {
            let line = lines[at]
            guard let mark = MarkdownText.onBytes(line, pieceNumber), mark.number == run.count + 1 else { break }
            // The piece before this one must have been a whole piece, not a list item.
            if let previous = run.last, lines[previous.line].utf8.count < shortestPiece { break }
            run.append((at, mark.characters))
            at += 1
            while at < lines.count, lines[at].allSatisfy(\.isWhitespace) { at += 1 }
        }
        // A run whose second piece broke it off is one line, not pieces.
        return run.count >= 2 ? run : []
    }

    /// The number a line starts with before `、` (spaces before it allowed), and how many
    /// Characters the mark takes; nil when the line starts otherwise.
    static func pieceNumber(_ line: UnsafeBufferPointer<UInt8>) -> (number: Int, characters: Int)? {
        var at = 0
        while at < line.count, line[at] == UInt8(ascii: " ") { at += 1 }
        var number = 0, digits = 0
        while at < line.count, line[at] >= UInt8(ascii: "0"), line[at] <= UInt8(ascii: "9"), digits < 4 {
            number = number * 10 + Int(line[at] - UInt8(ascii: "0"))
            at += 1
            digits += 1
        }
        // 、 is E3 80 81 in UTF-8.
        guard digits > 0, at + 2 < line.count, line[at] == 0xE3, line[at + 1] == 0x80, line[at + 2] == 0x81 else { return nil }
        return (number, at + 1)  // the spaces and digits are ASCII: one Character each, 、 one more
    }
}
