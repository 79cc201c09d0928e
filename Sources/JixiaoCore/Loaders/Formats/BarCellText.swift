import Foundation

/// A web table copied one cell a line, each cell's text closed by a bar on the line after it, an
/// empty cell a bar alone, and each row ended by a run of bars (`||||`: the places of the cells merged away). A cell written over several lines
/// (`预算执行情况(万元)` / `(20分)`) is the lines up to its bar. The rows are written back as the
/// tab-separated rows they are, so the table is read row by row: a text target (`按时限完成`)
/// then stands in its row, never as the next indicator's name, and a score is never a budget.
///
/// Other copies close each cell on its own line (`春节走访慰问经费 |`) and open each row with a bar
/// alone, which then may be an empty cell or a new row, and write a run of bars only where cells
/// were merged: their rows cannot be told, and the text is left as it is, for the reading one
/// cell a line (`FormCell.emptyCellsBefore`). So is a copy whose runs of bars end only some rows:
/// its "rows" run to dozens of cells.
enum BarCellText {
    /// The fewest runs of bars that make the rendering: a table has more rows than that.
    static let fewestRowEnds = 3
    /// The most cells a row between two runs of bars may hold: no form's table is wider.
    static let widestRow = 16

    /// The text with its bar-closed cells made tab-separated rows, and for each line left the
    /// line it started on; nil when the text is not so rendered.
    static func rows(_ text: String) -> (text: String, origins: [Int])? {
        guard mayBeRendered(text) else { return nil }
        let lines = MarkdownText.lines(of: text)
        var out: [String] = []
        var origins: [Int] = []
        // The row being built (its cells, and the line of its first), and the lines of the cell
        // its bar has not closed yet.
        var row: [String] = []
        var rowLine = 0
        var pending: [Substring] = []
        var pendingLine = 0
        // Inside a row: a bar alone then is an empty cell, not the row's opening edge.
        var inRow = false
        // Whether a bar has been seen: lines before the first are text of their own.
        var inTable = false
        var rowEnds = 0
        var closedOnTheirLine = 0

        func keepPendingAsLines() {
            for (offset, line) in pending.enumerated() {
                out.append(String(line))
                origins.append(pendingLine + offset)
            }
            pending.removeAll()
        }
        func closeCell() {
            if row.isEmpty { rowLine = pendingLine }
            row.append(joined(pending))
            pending.removeAll()
        }
        func endRow() -> Bool {
            defer { row.removeAll(); inRow = false }
            guard row.contains(where: { !$0.isEmpty }) else { return true }
            guard row.count <= widestRow else { return false }
            out.append(row.joined(separator: "\t"))
            origins.append(rowLine)
            return true
        }

        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line.count >= 2, line.allSatisfy({ $0 == "|" }) {
                if !pending.isEmpty { closeCell() }
                guard endRow() else { return nil }
                rowEnds += 1
                inTable = true
                continue
            }
            if line == "|" {
                if !pending.isEmpty {
                    closeCell()
                } else if inRow {
                    if row.isEmpty { rowLine = number }
                    row.append("")
                }
                inRow = true
                inTable = true
                continue
            }
            if line.isEmpty {
                // Between rows a blank line ends text that no bar closed: it was no cell. Inside
                // a row it is the cell's own.
                if row.isEmpty {
                    keepPendingAsLines()
                    if !inTable {
                        out.append("")
                        origins.append(number)
                    }
                }
                continue
            }
            if line.hasSuffix("|"), !line.dropLast().contains("|") {
                // A cell closed on its own line (`30 |`): the other copy, whose bar alone may open
                // a row as well as hold an empty cell; read one cell a line as it is.
                closedOnTheirLine += 1
                if closedOnTheirLine >= fewestRowEnds { return nil }
            }
            // Text: a cell's line, closed by a later bar. Before the table, or holding bars of
            // its own (a row written on one line), it stays a line of its own.
            if !inTable || line.contains("|") {
                keepPendingAsLines()
                if line.contains("|") {
                    if !row.isEmpty { guard endRow() else { return nil } }
                    out.append(String(raw))
                    origins.append(number)
                    continue
                }
            }
            if pending.isEmpty { pendingLine = number }
            pending.append(Substring(line))
        }
        // A last row no run of bars ended stands where it was written, before the text after
        // its last bar, which was no cell.
        guard endRow() else { return nil }
        keepPendingAsLines()
        guard rowEnds >= fewestRowEnds else { return nil }
        return (out.joined(separator: "\n"), origins)
    }

    /// A cell's lines as one text: joined as they stand, with a space only between two
    /// Latin letters or digits (`2023` / `12` stay apart, `预算执行情况(万元)` / `(20分)` do not).
    static func joined(_ lines: [Substring]) -> String {
        var text = ""
        for line in lines {
            if let last = text.unicodeScalars.last, let first = line.unicodeScalars.first,
               isLatinOrDigit(last), isLatinOrDigit(first) { text += " " }
            text += line
        }
        return text
    }

    static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar))
    }

    /// Whether the text holds a line of bars alone (`||`): most texts hold no `||` at all
    /// (found by memchr on `|`).
    static func mayBeRendered(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            let bar = UInt8(ascii: "|")
            var at = 0
            var runs = 0
            while at < bytes.count, let found = memchr(base + at, Int32(bar), bytes.count - at) {
                let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if i + 1 < bytes.count, bytes[i + 1] == bar, lineHoldsOnlyBars(bytes, around: i) {
                    runs += 1
                    if runs >= fewestRowEnds { return true }
                    // Past this line.
                    var end = i
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                    at = end
                    continue
                }
                at = i + 1
            }
            return false
        }
    }

    /// Whether the line holding byte `i` is bars and spaces alone.
    static func lineHoldsOnlyBars(_ bytes: UnsafeBufferPointer<UInt8>, around i: Int) -> Bool {
        let isBarOrSpace = { (byte: UInt8) in byte == UInt8(ascii: "|") || byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var start = i
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") {
            guard isBarOrSpace(bytes[start - 1]) else { return false }
            start -= 1
        }
        var end = i
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
            guard isBarOrSpace(bytes[end]) else { return false }
            end += 1
        }
        return true
    }
}
