import Foundation

/// A document that flows: paragraphs and tables in reading order (a Word document, a web
/// page). Paragraphs become lines, each table a `SheetGrid` whose rows become tab-separated
/// lines; a record's source names the table and its row (`file!表2:5`), or for text outside
/// tables the run of paragraphs it stands in (`正文` before the first table, `表2后` after
/// the second) and its line there.
struct FlowDocument {
    enum Block {
        case text([String])
        case table(SheetGrid)
    }

    private(set) var blocks: [Block] = []
    private(set) var tableCount = 0

    /// A line of text outside the tables; blank lines are dropped.
    mutating func addLine(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        if case .text(var lines)? = blocks.last {
            lines.append(trimmed)
            blocks[blocks.count - 1] = .text(lines)
        } else {
            blocks.append(.text([trimmed]))
        }
    }

    /// A table; one without any text is left out.
    mutating func addTable(_ grid: SheetGrid) {
        guard !grid.isEmpty else { return }
        tableCount += 1
        var named = grid
        named.name = "表\(tableCount)"
        blocks.append(.table(named))
    }

    var isEmpty: Bool { blocks.isEmpty }

    /// The text the layouts read, one blank line between a run of paragraphs and a table.
    func extracted(format: InputFormat, details: [String]) -> ExtractedText {
        var parts: [(name: String, lines: [String])] = []
        var tables = 0
        var merged = 0
        for block in blocks {
            switch block {
            case .text(let lines):
                parts.append((tables == 0 ? "正文" : "表\(tables)后", lines))
            case .table(let grid):
                tables += 1
                merged += grid.merged.count
                parts.append((grid.name, grid.lines()))
            }
        }
        var details = details
        details.append("表格 \(tables) 个" + (merged == 0 ? "" : "，合并单元格 \(merged) 处"))
        return .joining(format: format, blocks: parts, details: details, qualifyParts: tables > 0)
    }
}

/// Places the cells of a table on a grid as the HTML table model does, which is also what
/// Word's `gridSpan`/`vMerge` describe: each cell goes to the first column of its row not
/// taken by a cell spanning down from a row above, and spans `columns` × `rows`.
struct TableLayout {
    private(set) var grid: SheetGrid
    private var row = 0
    private var column = 1
    /// Columns taken in rows below the current one: row → columns.
    private var taken: [Int: Set<Int>] = [:]

    /// Caps spans so that a hostile `colspan="99999999"` cannot make a huge grid (1,000
    /// columns, as browsers cap it), and the table at Excel's 16,384 columns.
    static let maxSpan = 1000
    static let maxColumns = 16_384
    /// Cells covered by spans from rows above that may still be tracked: past it, a
    /// further cell spans one row (a page of thousands of huge rowspans stays cheap).
    private var coverBudget = 4_000_000
    /// The table's rows when known: a rowspan ends at the last row, as in browsers.
    private let rowCount: Int?

    init(name: String, rowCount: Int? = nil) {
        grid = SheetGrid(name: name)
        self.rowCount = rowCount
    }

    mutating func startRow() {
        row += 1
        column = 1
        taken[row - 1] = nil
    }

    /// Skips columns at the start of a row (Word's `gridBefore`).
    mutating func skip(_ columns: Int) {
        column += min(max(columns, 0), Self.maxSpan)
    }

    /// Places a cell; returns its row and first column.
    @discardableResult
    mutating func place(_ text: String, columns: Int = 1, rows: Int = 1) -> (row: Int, column: Int) {
        if row == 0 { startRow() }
        var columns = min(max(columns, 1), Self.maxSpan)
        var rows = min(max(rows, 1), rowCount.map { max($0 - row + 1, 1) } ?? Self.maxSpan)
        while taken[row]?.contains(column) == true { column += 1 }
        let first = column
        guard first <= Self.maxColumns else { return (row, first) }
        columns = min(columns, Self.maxColumns - first + 1)
        if (rows - 1) * columns > coverBudget { rows = 1 }
        coverBudget -= (rows - 1) * columns
        grid.set(row: row, column: first, text)
        if rows > 1 {
            for below in (row + 1)..<(row + rows) {
                taken[below, default: []].formUnion(first..<(first + columns))
            }
        }
        if rows > 1 || columns > 1 {
            grid.merged.append(.init(firstRow: row, firstColumn: first,
                                     lastRow: row + rows - 1, lastColumn: first + columns - 1))
        }
        column = first + columns
        return (row, first)
    }

    /// Lets a vertical merge that started at `firstRow` run down to the current row (Word's
    /// `vMerge` continuation).
    mutating func extendDown(from firstRow: Int, column first: Int, columns: Int) {
        if row == 0 { startRow() }
        let columns = min(max(columns, 1), Self.maxSpan)
        while taken[row]?.contains(column) == true { column += 1 }
        if let index = grid.merged.lastIndex(where: { $0.firstRow == firstRow && $0.firstColumn == first }) {
            grid.merged[index].lastRow = max(grid.merged[index].lastRow, row)
        } else {
            grid.merged.append(.init(firstRow: firstRow, firstColumn: first, lastRow: row,
                                     lastColumn: first + columns - 1))
        }
        column = max(column, first) + columns
    }

    var currentRow: Int { row }
    var nextColumn: Int { column }

    /// The grid, with spans that run past the last row cut at it.
    func finished() -> SheetGrid {
        var grid = self.grid
        let last = max(row, 1)
        grid.merged = grid.merged.compactMap { range in
            var range = range
            range.lastRow = min(range.lastRow, last)
            return range.lastRow == range.firstRow && range.lastColumn == range.firstColumn ? nil : range
        }
        return grid
    }
}
