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
    /// What an empty pivot says instead of a bare header (`本期无预算数据`).
    var emptyNote = "本期无数据"

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

    /// Value columns are narrow with their titles wrapped, so a pivot of many categories still
    /// prints at a readable size on one page width.
    var valueWidth: Double { style == .money ? 11 : 8 }

    /// Writes the table from row 0; returns the sheet for charts to refer to.
    @discardableResult
    func write(to workbook: XLSXWorkbook) throws -> XLSXSheet {
        let sheet = try workbook.addSheet(sheetName)
        sheet.setColumns([14] + Array(repeating: valueWidth, count: columns.count + 1))
        sheet.header([rowTitle] + columns + ["合计"])
        // Nothing to add up: a note, and no formula (a SUM over its own cell is circular).
        guard !rows.isEmpty, !columns.isEmpty else {
            sheet.write(1, 0, emptyNote, .note)
            sheet.finishTable(title: title, lastRow: 1, columns: columns.count + 2, maximumWidth: 24)
            return sheet
        }
        let totalColumn = columns.count + 1
        let bold: CellStyle = style == .money ? .moneyBold : .integerBold
        for (index, row) in rows.enumerated() {
            let r = index + 1
            sheet.write(r, 0, row.label)
            for (c, value) in row.values.enumerated() { sheet.write(r, c + 1, value, style) }
            sheet.formula(r, totalColumn, "=SUM(\(cellRange((r, 1), (r, columns.count))))",
                          value: roundMoney(row.values.reduce(0, +)), bold)
        }
        let totalRow = rows.count + 1
        sheet.write(totalRow, 0, "合计", .boldText)
        for c in 1...totalColumn {
            let value = c == totalColumn ? grandTotal : roundMoney(rows.map { $0.values[c - 1] }.reduce(0, +))
            sheet.formula(totalRow, c, "=SUM(\(cellRange((1, c), (rows.count, c))))", value: value, bold)
        }
        sheet.write(totalRow + 2, 0, title, .note)
        sheet.finishTable(title: title, lastRow: rows.count, columns: totalColumn + 1, maximumWidth: 24)
        return sheet
    }

    /// A stacked column chart: one column per county, one colour per category. With more
    /// counties than a page holds legibly, the chart shows the `limit` counties with the
    /// largest budgets, from a small table written below the pivot (so what the chart shows is
    /// on the sheet too; the others' sum is noted there, not drawn: one column for them would
    /// dwarf the rest). A chart under a long table starts on a page of its own.
    func insertStackedChart(on sheet: XLSXSheet, workbook: XLSXWorkbook, title chartTitle: String, yAxis: String,
                            counties limit: Int) {
        guard !rows.isEmpty, !columns.isEmpty else { return }
        var first = 1, last = rows.count
        var title = chartTitle
        var next = rows.count + 4
        if rows.count > limit {
            let ranked = rows.enumerated().sorted { a, b in
                let ta = a.element.values.reduce(0, +), tb = b.element.values.reduce(0, +)
                return ta != tb ? ta > tb : a.offset < b.offset
            }
            let top = ranked.prefix(limit).map(\.element)
            let rest = ranked.dropFirst(limit).map(\.element)
            sheet.write(next, 0, "图表数据：预算最多的 \(limit) 个县（共 \(rows.count) 个）", .boldText)
            next += 1
            sheet.write(next, 0, rowTitle, .header)
            for (c, name) in columns.enumerated() { sheet.write(next, c + 1, name, .header) }
            first = next + 1
            for item in top {
                next += 1
                sheet.write(next, 0, item.label)
                for (c, value) in item.values.enumerated() { sheet.write(next, c + 1, value, style) }
            }
            last = next
            next += 1
            let restTotal = roundMoney(rest.flatMap(\.values).reduce(0, +))
            sheet.write(next, 0, "其余 \(rest.count) 个县合计 \(formatNumber(restTotal)) 万元，未画入图中；各县数字见上表。", .note)
            next += 2
            title = "\(chartTitle)：预算最多的 \(limit) 个县"
        }
        sheet.pageBreak(before: next)
        workbook.addChart(.stackedColumn, on: sheet, at: (row: next, column: 0), title: title,
                          yAxis: yAxis, categories: (first: first, last: last, column: 0),
                          series: (1...columns.count).map { (nameRow: 0, column: $0) },
                          size: (width: 960, height: 600), valueFormat: "#,##0")
    }
}
