import Foundation

/// The cells of one worksheet, however they were stored, and the tab-separated lines the
/// readers read: row r of the sheet is line r, column c is cell c.
struct SheetGrid: Sendable {
    /// A rectangle of merged cells, 1-based and inclusive.
    struct Range: Sendable, Equatable {
        var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int

        func contains(row: Int, column: Int) -> Bool {
            (firstRow...lastRow).contains(row) && (firstColumn...lastColumn).contains(column)
        }
    }

    var name: String
    /// Cell text by row, then column (both 1-based). Only non-empty cells are kept.
    private(set) var cells: [Int: [Int: String]] = [:]
    var merged: [Range] = []

    init(name: String) { self.name = name }

    mutating func set(row: Int, column: Int, _ text: String) {
        guard row >= 1, column >= 1 else { return }
        let flat = Self.flatten(text)
        if flat.isEmpty { cells[row]?[column] = nil; return }
        cells[row, default: [:]][column] = flat
    }

    var isEmpty: Bool { cells.values.allSatisfy(\.isEmpty) }

    /// The text of one cell, nil when it is blank.
    func text(row: Int, column: Int) -> String? { cells[row]?[column] }

    /// The cells of a row that hold text, by column.
    func texts(inRow row: Int) -> [Int: String] { cells[row] ?? [:] }

    /// The sheet as lines of tab-separated cells, from row 1 to the last row with text.
    /// A merged range shows its value only in its top-left cell and is blank elsewhere, as
    /// in the text exports (some writers repeat the value in every covered cell).
    func lines() -> [String] {
        var cells = self.cells
        for range in merged {
            for row in cells.keys where (range.firstRow...range.lastRow).contains(row) {
                for column in cells[row]!.keys where range.contains(row: row, column: column)
                    && !(row == range.firstRow && column == range.firstColumn) {
                    cells[row]![column] = nil
                }
            }
        }
        guard let lastRow = cells.filter({ !$0.value.isEmpty }).keys.max() else { return [] }
        return (1...lastRow).map { row in
            guard let rowCells = cells[row], let lastColumn = rowCells.keys.max() else { return "" }
            return (1...lastColumn).map { rowCells[$0] ?? "" }.joined(separator: "\t")
        }
    }

    /// One line of cell text: line breaks and tabs inside a cell become single spaces (as
    /// wrapped cells do in the text exports); surrounding spaces go.
    static func flatten(_ cell: String) -> String {
        let separators: (Character) -> Bool = { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" }
        guard cell.contains(where: separators) else { return cell.trimmingCharacters(in: .whitespaces) }
        return cell.split(omittingEmptySubsequences: true, whereSeparator: separators)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// `B12` → (row 12, column 2); nil for anything else.
    static func parseReference(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var seenDigit = false
        for scalar in reference.unicodeScalars {
            switch scalar {
            case "A"..."Z" where !seenDigit: column = column * 26 + Int(scalar.value - 64)
            case "a"..."z" where !seenDigit: column = column * 26 + Int(scalar.value - 96)
            case "$": continue
            case "0"..."9":
                seenDigit = true
                row = row * 10 + Int(scalar.value - 48)
            default: return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        return (row, column)
    }

    /// `A1:D3` → the range; a single reference is a one-cell range.
    static func parseRange(_ text: String) -> Range? {
        let ends = text.split(separator: ":").map(String.init)
        guard (1...2).contains(ends.count), let first = parseReference(ends[0]),
              let last = parseReference(ends[ends.count - 1]) else { return nil }
        return Range(firstRow: min(first.row, last.row), firstColumn: min(first.column, last.column),
                     lastRow: max(first.row, last.row), lastColumn: max(first.column, last.column))
    }

    /// `12` → `L`, for messages naming a cell.
    static func columnName(_ column: Int) -> String {
        var column = column
        var name = ""
        while column > 0 {
            let remainder = (column - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            column = (column - 1) / 26
        }
        return name
    }

    /// A number as a spreadsheet shows it in the General format: up to 15 significant
    /// digits, no trailing zeros (`97.2`, `40000`, `0.3`).
    static func general(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.15g", value)
    }
}
