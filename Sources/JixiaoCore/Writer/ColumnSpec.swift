import Foundation

/// A cell a column gives for one row: text, a number, or a sum Excel keeps up to date, each
/// with its style.
package enum CellValue: Sendable {
    case text(String, CellStyle = .text)
    case number(Double?, CellStyle = .number)
    // The sums are boxed (`indirect`): they are rare (summary sheets), and boxed they leave a
    // cell value the size of a text's, which every cell pays to pass around and destroy.
    /// `=SUM(…)` down this column over `rows`, with its value cached for readers that do not
    /// recalculate.
    indirect case columnSum(rows: ClosedRange<Int>, value: Double, CellStyle)
    /// `=SUM(…)` across this row over `columns`.
    indirect case rowSum(columns: ClosedRange<Int>, value: Double, CellStyle)
    /// `=SUMIF(…)` down this column over `rows`, of the rows whose cell in `column` is `equal`.
    indirect case columnSumIf(rows: ClosedRange<Int>, column: Int, equal: String, value: Double, CellStyle)

    static let empty = CellValue.text("")
}

/// One column of a sheet, declared once: its title, width (Excel character units; nil: fitted
/// to its text), whether its text wraps, whether it is printed, and how a row gives its cell.
/// The sheet writer, the print area and the benchmark's writer floor all read the same list.
package struct Column<Row>: Sendable {
    var title: String
    var width: Double?
    var wrap: Bool
    var printed: Bool
    package var value: @Sendable (Row) -> CellValue

    init(_ title: String, width: Double? = nil, wrap: Bool = false, printed: Bool = true,
         _ value: @escaping @Sendable (Row) -> CellValue) {
        self.title = title
        self.width = width
        self.wrap = wrap
        self.printed = printed
        self.value = value
    }

    var layout: ColumnLayout { ColumnLayout(width: width, wrap: wrap) }
}

/// The columns of one sheet kind, printed ones first (a print area is one block of columns).
package struct SheetSpec<Row>: Sendable {
    package let columns: [Column<Row>]
    /// The widest a fitted column grows; wrapped text in a fitted column breaks there.
    let maximumWidth: Double

    init(_ columns: [Column<Row>], maximumWidth: Double = 50) {
        precondition(!columns.drop(while: \.printed).contains(where: \.printed),
                     "printed columns come first: a print area is one block")
        self.columns = columns
        self.maximumWidth = maximumWidth
    }

    package var titles: [String] { columns.map(\.title) }
    var layout: [ColumnLayout] { columns.map(\.layout) }
    var printedCount: Int { columns.prefix(while: \.printed).count }

    func index(of title: String) -> Int? { columns.firstIndex { $0.title == title } }

    /// A new sheet with these columns: widths set, and the header written, frozen and
    /// repeated on `headerRow` (nil: the caller writes it further down with `header`).
    func addSheet(_ name: String, to workbook: XLSXWorkbook, headerRow: Int? = 0) throws -> XLSXSheet {
        let sheet = try workbook.addSheet(name, columns: layout)
        if let headerRow { sheet.header(titles, row: headerRow) }
        return sheet
    }

    /// Writes one row's cells left to right.
    func write(_ item: Row, on sheet: XLSXSheet, row: Int) {
        for column in columns.indices {
            switch columns[column].value(item) {
            case .text(let text, let style):
                sheet.write(row, column, text, style)
            case .number(let number, let style):
                sheet.write(row, column, number, style)
            case .columnSum(let rows, let value, let style):
                sheet.formula(row, column, "=SUM(\(A1.range((rows.lowerBound, column), (rows.upperBound, column))))", value: value, style)
            case .rowSum(let columns, let value, let style):
                sheet.formula(row, column, "=SUM(\(A1.range((row, columns.lowerBound), (row, columns.upperBound))))", value: value, style)
            case .columnSumIf(let rows, let criteria, let equal, let value, let style):
                sheet.formula(row, column, "=SUMIF(\(A1.range((rows.lowerBound, criteria), (rows.upperBound, criteria)))," +
                              "\"\(equal)\",\(A1.range((rows.lowerBound, column), (rows.upperBound, column))))", value: value, style)
            }
        }
    }

    /// A sheet of one row per item; an empty one says so instead of showing a bare header.
    func writeTable(_ name: String, _ items: [Row], empty: String, workbook: XLSXWorkbook) throws {
        let sheet = try addSheet(name, to: workbook)
        var row = 1
        for item in items {
            write(item, on: sheet, row: row)
            row += 1
        }
        if items.isEmpty {
            sheet.write(1, 0, empty, .note)
            row = 2
        }
        finish(sheet, title: name, lastRow: row - 1)
    }

    /// Autofilter, print set-up (only the printed columns), fitted columns and row heights,
    /// after the last row.
    func finish(_ sheet: XLSXSheet, title: String, headerRow: Int = 0, lastRow: Int) {
        sheet.autofilter(headerRow: headerRow, lastRow: lastRow, columns: columns.count)
        sheet.printSetup(title: title)
        if printedCount < columns.count { sheet.printArea(columns: printedCount, lastRow: lastRow) }
        sheet.fitColumns(maximum: maximumWidth)
        sheet.sizeRows(wrapWidth: maximumWidth)
    }
}
