import Foundation

/// A web table copied one cell a line, each cell closed by a bar at its line's end
/// (`开展运动种类 |`), where a cell the page broke over lines is closed only on its last
/// (`打造金安国际网球` / `公开赛等系列品牌赛事 |`, `指标` / `值 |`): inside the table, a line with no
/// bar is the start of the cell the next closed line ends, and is joined to it. Read as lines,
/// each part had been a cell of its own: the first a name, the second taken as its value.
///
/// Lines before the table's first closed cell and after its last (a notice, a page's footer),
/// lines that a blank line or a bar alone (an empty cell, a row's opening edge) parts from the
/// next closed cell, and lines where a part is a cell of its own by its words (a caption's title
/// over `项目名称 |`, a merged label over `一级指标 |`: `startsCell`) but the parts together are no
/// such word (`指标` / `值 |` is 指标值), stay as they are.
enum BarClosedCells {
    /// The fewest closed cells that make the rendering: a form's table has more.
    static let fewestClosedCells = 8
    /// The most lines a cell runs over (a label written down its cell a character a line, a goal
    /// in a few sentences): more lines with no bar are text of their own.
    static let mostLines = 12

    /// The text with each broken cell's lines joined, and for each line the line it started on;
    /// nil when the text is not so rendered or no cell is broken.
    /// `startsCell`: whether a line's text (its bar taken off) stands alone by its words (a title,
    /// header key, column title or table label; page chrome, a continued table's mark, a page number).
    static func joined(_ text: String, startsCell: (String) -> Bool) -> (text: String, origins: [Int])? {
        guard mayBeRendered(text) else { return nil }
        let lines = MarkdownText.lines(of: text)
        let closed = lines.map(isClosedCell)
        guard closed.lazy.filter({ $0 }).count >= fewestClosedCells,
              let first = closed.firstIndex(of: true), let last = closed.lastIndex(of: true) else { return nil }
        var out: [String] = []
        var origins: [Int] = []
        var joins = 0
        var index = 0
        while index < lines.count {
            // A run of lines with no bar inside the table, right before a closed cell.
            var end = index
            if index > first, index < last {
                while end < last, end - index < mostLines, !closed[end], isOpenText(lines[end]) { end += 1 }
            }
            if end > index, closed[end] {
                let parts = lines[index...end].map { line in
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    return trimmed.hasSuffix("|") ? String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces) : trimmed
                }
                // Parts that make a word together are one cell (`指标` / `值 |`), whatever each is alone.
                let cell = BarCellText.joined(parts.map { Substring($0) })
                guard startsCell(cell) || !parts.contains(where: startsCell) else {
                    out.append(String(lines[index]))
                    origins.append(index + 1)
                    index += 1
                    continue
                }
                out.append(cell + " |")
                origins.append(index + 1)
                joins += 1
                index = end + 1
                continue
            }
            out.append(String(lines[index]))
            origins.append(index + 1)
            index += 1
        }
        guard joins > 0 else { return nil }
        return (out.joined(separator: "\n"), origins)
    }

    /// Whether a line's text stands alone by its words: a title, header key, column title, table
    /// label or page chrome, a continued table's mark (`续表`), a page number.
    static func standsAlone(_ text: String, in vocabulary: FormVocabulary) -> Bool {
        let compact = FormCells.compactScalars(text)
        if vocabulary.isContinuedTableMark(compact) || vocabulary.printMarks.isPageNumber(compact) { return true }
        guard let role = vocabulary.role(ofCell: compact)?.role else { return false }
        return role.startsStructure || role == .tableLabel || role == .chrome
    }

    /// A line that is one cell closed by a bar at its end (`100% |`), no other bar on it.
    static func isClosedCell(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, trimmed.hasSuffix("|") else { return false }
        return !trimmed.dropLast().contains("|")
    }

    /// A line of text holding no bar.
    static func isOpenText(_ line: Substring) -> Bool {
        !line.contains("|") && !line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Whether the text may be so rendered: it holds ` |` at a line's end (found by memchr on `|`).
    static func mayBeRendered(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var at = 0
            var found = 0
            while at < bytes.count, let hit = memchr(base + at, Int32(UInt8(ascii: "|")), bytes.count - at) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if i > 0, bytes[i - 1] == 0x20, i + 1 == bytes.count || bytes[i + 1] == 0x0A || bytes[i + 1] == 0x0D {
                    found += 1
                    if found >= fewestClosedCells { return true }
                }
                at = i + 1
            }
            return false
        }
    }
}
