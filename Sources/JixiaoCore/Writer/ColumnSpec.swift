import Foundation

/// A cell a column gives for one row: text or a number, with its style.
enum CellValue: Sendable {
    case text(String, CellStyle = .text)
    case number(Double?, CellStyle = .number)

    static let empty = CellValue.text("")
}

/// One column of a sheet, declared once: its title, width (Excel character units), whether
/// its text wraps, whether it is printed, and how a row gives its cell. The sheet writer, the
/// print area and the benchmark's writer floor all read the same list.
struct Column<Row>: Sendable {
    var title: String
    var width: Double
    var wrap: Bool
    var printed: Bool
    var value: @Sendable (Row) -> CellValue

    init(_ title: String, width: Double, wrap: Bool = false, printed: Bool = true, _ value: @escaping @Sendable (Row) -> CellValue) {
        self.title = title
        self.width = width
        self.wrap = wrap
        self.printed = printed
        self.value = value
    }
}

/// The columns of one sheet kind, printed ones first (a print area is one block of columns).
struct SheetSpec<Row>: Sendable {
    let columns: [Column<Row>]

    init(_ columns: [Column<Row>]) {
        precondition(!columns.drop(while: \.printed).contains(where: \.printed),
                     "printed columns come first: a print area is one block")
        self.columns = columns
    }

    var titles: [String] { columns.map(\.title) }
    var printedCount: Int { columns.prefix(while: \.printed).count }
    var wrapping: Set<Int> { Set(columns.indices.filter { columns[$0].wrap }) }
    /// Printed width in character units: what decides how small fit-to-width prints.
    var printedWidth: Double { columns.prefix(while: \.printed).map(\.width).reduce(0, +) }

    func index(of title: String) -> Int? { columns.firstIndex { $0.title == title } }

    /// A new sheet with these columns: widths set, header written, frozen and repeated.
    func addSheet(_ name: String, to workbook: XLSXWorkbook, headerRow: Int = 0) throws -> XLSXSheet {
        let sheet = try workbook.addSheet(name, wrapping: wrapping)
        sheet.setColumns(columns.map(\.width))
        sheet.header(titles, row: headerRow)
        return sheet
    }

    /// Writes one row's cells left to right.
    func write(_ item: Row, on sheet: XLSXSheet, row: Int) {
        for (column, spec) in columns.enumerated() {
            switch spec.value(item) {
            case .text(let text, let style): sheet.write(row, column, text, style)
            case .number(let number, let style): sheet.write(row, column, number, style)
            }
        }
    }

    /// Autofilter, print set-up (only the printed columns) and row heights, after the last row.
    func finish(_ sheet: XLSXSheet, title: String, headerRow: Int = 0, lastRow: Int) {
        sheet.autofilter(headerRow: headerRow, lastRow: lastRow, columns: columns.count)
        sheet.printSetup(title: title)
        if printedCount < columns.count { sheet.printArea(columns: printedCount, lastRow: lastRow) }
        sheet.sizeRows(wrapWidth: 50)
    }
}

/// `A1`-style reference for a 0-based row and column; `absolute` gives `$A$1`.
func cell(_ row: Int, _ column: Int, absolute: Bool = false) -> String {
    var name = ""
    var c = column + 1
    while c > 0 {
        let remainder = (c - 1) % 26
        name = String(UnicodeScalar(65 + remainder)!) + name
        c = (c - 1) / 26
    }
    return absolute ? "$\(name)$\(row + 1)" : "\(name)\(row + 1)"
}

/// `A1:B2` for a 0-based block of cells.
func cellRange(_ first: (row: Int, column: Int), _ last: (row: Int, column: Int)) -> String {
    "\(cell(first.row, first.column)):\(cell(last.row, last.column))"
}
