import CXlsxWriter
import Foundation

/// A pivot-style table computed by jixiao: one row per county, one column per category
/// (or class, or indicator level), values written as numbers, and the row and column
/// totals written as Excel formulas (with their values cached) so edits add up.
struct Pivot {
    var sheetName: String
    var title: String
    var rowTitle: String
    var columns: [String]
    var rows: [(label: String, values: [Double])]
    var style: CellStyle

    /// Builds a pivot by adding `value` for every (row, column) pair `entries` yields.
    static func build(sheetName: String, title: String, rowTitle: String, rowOrder: [String],
                      style: CellStyle, entries: [(row: String, column: String, value: Double)]) -> Pivot {
        let columns = Array(Set(entries.map(\.column))).sorted()
        var cells: [String: [String: Double]] = [:]
        for entry in entries { cells[entry.row, default: [:]][entry.column, default: 0] += entry.value }
        let rows = rowOrder.map { row in (row, columns.map { roundMoney(cells[row]?[$0] ?? 0) }) }
        return Pivot(sheetName: sheetName, title: title, rowTitle: rowTitle, columns: columns, rows: rows, style: style)
    }

    var grandTotal: Double { roundMoney(rows.flatMap(\.values).reduce(0, +)) }

    /// Writes the table from row 0; returns the sheet for charts to refer to.
    @discardableResult
    func write(to workbook: XLSXWorkbook) throws -> XLSXSheet {
        let sheet = try workbook.addSheet(sheetName)
        sheet.header([rowTitle] + columns + ["合计"])
        let totalColumn = columns.count + 1
        let bold: CellStyle = style == .money ? .moneyBold : .integerBold
        for (index, row) in rows.enumerated() {
            let r = index + 1
            sheet.write(r, 0, row.label)
            for (c, value) in row.values.enumerated() { sheet.write(r, c + 1, value, style) }
            sheet.formula(r, totalColumn, "=SUM(\(cell(r, 1)):\(cell(r, columns.count)))",
                          value: roundMoney(row.values.reduce(0, +)), bold)
        }
        let totalRow = rows.count + 1
        sheet.write(totalRow, 0, "合计", .boldText)
        for c in 1...totalColumn {
            let value = c == totalColumn ? grandTotal : roundMoney(rows.map { $0.values[c - 1] }.reduce(0, +))
            sheet.formula(totalRow, c, "=SUM(\(cell(1, c)):\(cell(max(rows.count, 1), c)))", value: value, bold)
        }
        sheet.write(totalRow + 2, 0, title, .note)
        sheet.finishTable(title: title, lastRow: rows.count, columns: totalColumn + 1, maximumWidth: 24)
        return sheet
    }

    /// A stacked column chart: one column per county, one colour per category.
    func insertStackedChart(on sheet: XLSXSheet, workbook: XLSXWorkbook, title chartTitle: String, yAxis: String) {
        guard !rows.isEmpty, !columns.isEmpty else { return }
        workbook.addChart(.stackedColumn, on: sheet, at: (row: rows.count + 4, column: 0), title: chartTitle,
                          yAxis: yAxis, categories: (first: 1, last: rows.count, column: 0),
                          series: (1...columns.count).map { (nameRow: 0, column: $0) })
    }
}

/// `A1`-style reference for 0-based row and column.
func cell(_ row: Int, _ column: Int) -> String {
    var name = ""
    var c = column + 1
    while c > 0 {
        let remainder = (c - 1) % 26
        name = String(UnicodeScalar(65 + remainder)!) + name
        c = (c - 1) / 26
    }
    return "\(name)\(row + 1)"
}
