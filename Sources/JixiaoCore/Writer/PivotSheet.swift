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

    /// One line of the table: a county's values, or the 合计 line under them.
    enum Line {
        case row(label: String, values: [Double])
        case total
    }

    /// The row title, one column per category, and 合计 (a formula across the row; on the
    /// 合计 line, formulas down each column).
    var spec: SheetSpec<Line> {
        let bold: CellStyle = style == .money ? .moneyBold : .integerBold
        let rows = 1...max(self.rows.count, 1), valueColumns = 1...max(columns.count, 1)
        let columnTotals = columns.indices.map { c in roundMoney(self.rows.map { $0.values[c] }.reduce(0, +)) }
        let grandTotal = grandTotal, style = style
        return SheetSpec<Line>([
            Column(rowTitle, width: 14) { line in
                guard case .row(let label, _) = line else { return .text("合计", .boldText) }
                return .text(label)
            },
        ] + columns.indices.map { c in
            Column(columns[c], width: valueWidth) { line in
                guard case .row(_, let values) = line else { return .columnSum(rows: rows, value: columnTotals[c], bold) }
                return .number(values[c], style)
            }
        } + [
            Column("合计", width: valueWidth) { line in
                guard case .row(_, let values) = line else { return .columnSum(rows: rows, value: grandTotal, bold) }
                return .rowSum(columns: valueColumns, value: roundMoney(values.reduce(0, +)), bold)
            },
        ], maximumWidth: 24)
    }

    /// Writes the table from row 0; returns the sheet for charts to refer to.
    @discardableResult
    func write(to workbook: XLSXWorkbook) throws -> XLSXSheet {
        let spec = spec
        let sheet = try spec.addSheet(sheetName, to: workbook)
        // Nothing to add up: a note, and no formula (a SUM over its own cell is circular).
        guard !rows.isEmpty, !columns.isEmpty else {
            sheet.write(1, 0, emptyNote, .note)
            spec.finish(sheet, title: title, lastRow: 1)
            return sheet
        }
        for (index, row) in rows.enumerated() {
            spec.write(.row(label: row.label, values: row.values), on: sheet, row: index + 1)
        }
        spec.write(.total, on: sheet, row: rows.count + 1)
        sheet.write(rows.count + 3, 0, title, .note)
        spec.finish(sheet, title: title, lastRow: rows.count)
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
            // The pivot's columns without 合计: what the chart draws.
            let chartData = SheetSpec(Array(spec.columns.dropLast()))
            sheet.header(chartData.titles, row: next, frozen: false)
            first = next + 1
            for item in top {
                next += 1
                chartData.write(.row(label: item.label, values: item.values), on: sheet, row: next)
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
