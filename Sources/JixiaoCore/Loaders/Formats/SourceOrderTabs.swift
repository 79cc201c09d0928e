import Foundation

/// Rows copied from a web page's table by a browser: tab-separated, but in the order the page
/// wrote its cells, a merged cell only in its first row (the rows under it start with their next
/// cell: `数量指标 | 检查次数 | ≥30次` under `产出指标 | 质量指标 | …`), hardly a row opening with an
/// empty cell (one left empty on the page), so rows are as long as the cells they hold. Their positions are no columns: the rows are
/// written as ` | ` rows, read by their order and words as a copy a row a line is. A sheet's
/// rows (an export or a copy from Excel or WPS) keep a merged cell's place empty (`\t\t产出指标`)
/// and are as wide as the sheet: they stay tab-separated, read by position.
enum SourceOrderTabs {
    /// The fewest tab-separated rows that make a table.
    static let fewestRows = 3
    /// Of so many rows, at most one opens with an empty cell (a cell the page left empty); a
    /// sheet's rows under merged cells open with empty cells row after row. Counted as the rows
    /// come, from twice so many rows on: a sheet is told within its first rows.
    static let rowsPerLeadingEmpty = 10

    /// The text with its tab-separated rows made ` | ` rows (line for line); nil when the rows
    /// keep positions (rows open with empty cells, or all are as wide).
    static func rows(_ text: String) -> String? {
        // Told on the bytes, in one pass that stops as soon as rows open with empty cells too
        // often (a sheet's rows, most tab-separated text): no line is made a string.
        var text = text
        let keepsPositions: Bool = text.withUTF8 { bytes in
            // Most text holds no tab at all (found by memchr).
            guard let base = bytes.baseAddress, memchr(base, 0x09, bytes.count) != nil else { return true }
            var rows = 0, leadingEmpty = 0
            var widths = Set<Int>()
            var tabs = 0
            var atLineStart = true, openedEmpty = false
            func endLine() {
                if tabs > 0 {
                    rows += 1
                    widths.insert(tabs + 1)
                    if openedEmpty { leadingEmpty += 1 }
                }
                tabs = 0
                atLineStart = true
                openedEmpty = false
            }
            for byte in bytes {
                switch byte {
                case 0x0A:
                    endLine()
                    if leadingEmpty > max(1, rows / rowsPerLeadingEmpty), rows >= 2 * rowsPerLeadingEmpty { return true }
                case 0x09:
                    if atLineStart { openedEmpty = true }
                    atLineStart = false
                    tabs += 1
                case 0x20, 0x0D: continue
                default: atLineStart = false
                }
            }
            endLine()
            return rows < fewestRows || widths.count < 2 || leadingEmpty > max(1, rows / rowsPerLeadingEmpty)
        }
        guard !keepsPositions else { return nil }
        return MarkdownText.lines(of: text).map { line in
            guard line.contains("\t") else { return String(line) }
            return line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " | ")
        }.joined(separator: "\n")
    }
}
