import Foundation

/// A web table copied with each bar of its Markdown rows on a line of its own: a bar alone between
/// two cells, two bars alone where one row ends and the next begins (`亳州市气象局` / `|` / `|` /
/// `项目属性`), and a cell's text on the lines between its bars, over several lines where the page
/// broke it (`项目资金` / `(万元)`, a label written down the cell `总` / `体` / `目` / `标`). The rows
/// are written back as the ` | ` rows a copy a row a line gives, cells in the order written (a
/// merged cell only in its first row, an empty one not at all: two bars are a row's end), so a
/// form's two sets of targets side by side stay in their columns.
///
/// Other copies put a bar alone between every two cells, rows too (`卫健委` / `|` / `项目属性`), two
/// bars where a cell is empty; their rows cannot be told, and they are read one cell a line. They
/// are told apart by what the rows would be: a copy that wrote rows ends them often, so none runs
/// wider than a form's table. A copy with a bar on a line of text (`30 |`, `一级指标 | 二级指标`) is
/// another rendering (`BarCellText`, `BarClosedCells`, rows a line).
enum BarLineRows {
    /// The text with its rows made ` | ` rows, and for each line the line it started
    /// on; nil when the text is not so rendered.
    static func rows(_ text: String) -> (text: String, origins: [Int])? {
        guard mayBeRendered(text) else { return nil }
        let lines = MarkdownText.lines(of: text)
        var out: [String] = []
        var origins: [Int] = []
        var row: [String] = []
        var rowLine = 0
        // The lines of the cell no bar has closed yet, and the line of its first.
        var cell: [Substring] = []
        var cellLine = 0
        var barsInARow = 0
        var rowEnds = 0
        var inTable = false

        func closeCell() {
            guard !cell.isEmpty else { return }
            if row.isEmpty { rowLine = cellLine }
            row.append(BarCellText.joined(cell))
            cell.removeAll()
        }
        func endRow() -> Bool {
            defer { row.removeAll() }
            guard !row.isEmpty else { return true }
            guard row.count <= BarCellText.widestRow else { return false }
            out.append(row.joined(separator: " | "))
            origins.append(rowLine)
            return true
        }

        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line == "|" {
                inTable = true
                closeCell()
                barsInARow += 1
                if barsInARow == 2 {
                    guard endRow() else { return nil }
                    rowEnds += 1
                }
                continue
            }
            // A bar on a line of text: not this rendering.
            if line.contains("|") { return nil }
            if !inTable {
                // Before the first bar, the line right before it is the first row's first cell;
                // the lines above it (a page's title, a notice) stay lines of their own.
                for (offset, text) in cell.enumerated() {
                    out.append(String(text))
                    origins.append(cellLine + offset)
                }
                cell.removeAll()
                if line.isEmpty {
                    out.append("")
                    origins.append(number)
                    continue
                }
            }
            // Inside the table a blank line belongs to no cell: the cell's text goes on after it.
            if line.isEmpty { continue }
            barsInARow = 0
            if cell.isEmpty { cellLine = number }
            cell.append(Substring(line))
        }
        // The last row, cut where the copy ends, ends there.
        closeCell()
        guard endRow() else { return nil }
        guard rowEnds >= BarCellText.fewestRowEnds else { return nil }
        return (out.joined(separator: "\n"), origins)
    }

    /// Whether the text may be so rendered: it holds a line of a bar alone (found by memchr on `|`).
    static func mayBeRendered(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var at = 0
            while at < bytes.count, let found = memchr(base + at, Int32(UInt8(ascii: "|")), bytes.count - at) {
                let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if BarCellText.lineHoldsOnlyBars(bytes, around: i) { return true }
                at = i + 1
            }
            return false
        }
    }
}
