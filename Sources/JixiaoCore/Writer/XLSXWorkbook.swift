import CXlsxWriter
import Foundation

/// An error libxlsxwriter reported, with the file it was writing.
public struct WriterError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var message: String
    public var description: String { "\(file): \(message)" }
}

/// A thin, safe wrapper over libxlsxwriter's workbook: it owns the C handle, keeps the
/// sheet names Excel-valid and unique, and turns C error codes into Swift errors.
/// Text is always written as a string cell, never as a formula, whatever it starts with.
/// Every libxlsxwriter result is checked (`check`): the first failure (a cell past Excel's
/// last row, a temporary file that cannot be written …) makes `close()` throw, so a workbook
/// with missing parts is never reported as written. libxlsxwriter's temporary files go to
/// the workbook's own folder (`tmpdir`), on the output's file system, not to `/tmp`.
final class XLSXWorkbook {
    let path: String
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var temporaryDirectory: UnsafeMutablePointer<CChar>?
    /// The first libxlsxwriter call that failed, and how.
    private(set) var firstFailure: String?
    private var sheetNames = SheetNames()
    /// Formats by `CellStyle.id`: a lookup per cell, so an array rather than a hash.
    private var formats: [UnsafeMutablePointer<lxw_format>?] = Array(repeating: nil, count: CellStyle.idCount)
    /// Printed at the top of every page beside the sheet's title: whose book it is and the period
    /// (`平武县`, `2023-12`).
    var pageOwner = ""
    var pagePeriod = ""

    /// - Parameter temporaryFolder: where libxlsxwriter keeps its temporary files
    ///   (default: the workbook's folder).
    init(path: String, temporaryFolder: String? = nil) throws {
        self.path = path
        temporaryDirectory = strdup(temporaryFolder ?? (path as NSString).deletingLastPathComponent)
        var options = lxw_workbook_options(constant_memory: 0, tmpdir: temporaryDirectory, use_zip64: 0)
        guard let workbook = workbook_new_opt(path, &options) else {
            free(temporaryDirectory)
            throw WriterError(file: path, message: "libxlsxwriter could not create the workbook")
        }
        handle = workbook
    }

    deinit {
        if handle != nil { _ = workbook_close(handle) }
        free(temporaryDirectory)
    }

    /// Notes a libxlsxwriter result; the first failure is thrown by `close()`.
    func check(_ result: lxw_error, _ what: @autoclosure () -> String) {
        guard result != LXW_NO_ERROR, firstFailure == nil else { return }
        firstFailure = "\(what()): \(String(cString: lxw_strerror(result)))"
    }

    /// Adds a sheet; the name is made valid for Excel (31 characters, no `[]:*?/\`, unique).
    /// Text in the `wrapping` columns wraps inside its cell.
    func addSheet(_ wantedName: String, wrapping: Set<Int> = []) throws -> XLSXSheet {
        let name = sheetNames.claim(wantedName)
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw WriterError(file: path, message: "cannot add sheet '\(name)'")
        }
        return XLSXSheet(sheet: sheet, workbook: self, name: name, wrappedColumns: wrapping)
    }

    func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        if let existing = formats[style.id] { return existing }
        guard let format = workbook_add_format(handle) else { return nil }
        style.apply(to: format)
        formats[style.id] = format
        return format
    }

    func setProperties(title: String, subject: String) {
        var properties = lxw_doc_properties()
        title.withCString { titlePointer in
            subject.withCString { subjectPointer in
                properties.title = UnsafeMutablePointer(mutating: titlePointer)
                properties.subject = UnsafeMutablePointer(mutating: subjectPointer)
                "jixiao".withCString { author in
                    properties.author = UnsafeMutablePointer(mutating: author)
                    check(workbook_set_properties(handle, &properties), "document properties")
                }
            }
        }
    }

    enum ChartKind {
        case stackedColumn, bar

        var code: UInt8 {
            switch self {
            case .stackedColumn: return UInt8(LXW_CHART_COLUMN_STACKED.rawValue)
            case .bar: return UInt8(LXW_CHART_BAR.rawValue)
            }
        }
    }

    /// A native chart over ranges of `sheet`: categories in one column, one series per
    /// listed column with its name in the header row.
    /// `valueRange` fixes the value axis (a score axis runs 0–100); `size` is in pixels, so a
    /// chart grows with the number of counties it shows.
    func addChart(_ kind: ChartKind, on sheet: XLSXSheet, at anchor: (row: Int, column: Int), title: String,
                  yAxis: String, categories: (first: Int, last: Int, column: Int),
                  series: [(nameRow: Int, column: Int)], valueRange: ClosedRange<Double>? = nil,
                  size: (width: Int, height: Int) = (720, 400), legend: Bool = true, valueLabels: Bool = false,
                  valueFormat: String? = nil) {
        guard let chart = workbook_add_chart(handle, kind.code) else { return }
        chart_title_set_name(chart, title)
        // A bar chart lies on its side: its values run along the x axis.
        let valueAxis = kind == .bar ? chart.pointee.x_axis : chart.pointee.y_axis
        let categoryAxis = kind == .bar ? chart.pointee.y_axis : chart.pointee.x_axis
        chart_axis_set_name(valueAxis, yAxis)
        if let valueRange {
            chart_axis_set_min(valueAxis, valueRange.lowerBound)
            chart_axis_set_max(valueAxis, valueRange.upperBound)
        }
        if let valueFormat { chart_axis_set_num_format(valueAxis, valueFormat) }
        // Every county's name, read top to bottom in the order of the table.
        chart_axis_set_interval_unit(categoryAxis, 1)
        if kind == .bar {
            // First county on top, and the value axis kept at the bottom.
            chart_axis_set_reverse(categoryAxis)
            chart_axis_set_crossing_max(categoryAxis)
        }
        var font = lxw_chart_font()
        font.size = 9
        chart_axis_set_num_font(categoryAxis, &font)
        if legend {
            chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        } else {
            chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        }
        for item in series {
            guard let added = chart_add_series(chart, nil, nil) else { continue }
            chart_series_set_categories(added, sheet.name, lxw_row_t(categories.first), lxw_col_t(categories.column),
                                        lxw_row_t(categories.last), lxw_col_t(categories.column))
            chart_series_set_values(added, sheet.name, lxw_row_t(categories.first), lxw_col_t(item.column),
                                    lxw_row_t(categories.last), lxw_col_t(item.column))
            chart_series_set_name_range(added, sheet.name, lxw_row_t(item.nameRow), lxw_col_t(item.column))
            if valueLabels {
                chart_series_set_labels(added)
                var labelFont = lxw_chart_font()
                labelFont.size = 8
                chart_series_set_labels_font(added, &labelFont)
                chart_series_set_labels_num_format(added, "0.0")
            }
        }
        var options = lxw_chart_options()
        options.x_scale = Double(size.width) / 480
        options.y_scale = Double(size.height) / 288
        check(worksheet_insert_chart_opt(sheet.sheet, lxw_row_t(anchor.row), lxw_col_t(anchor.column), chart, &options),
              "chart on \(sheet.name)")
    }

    /// Writes the file. After this the workbook cannot be used.
    func close() throws {
        let result = workbook_close(handle)
        handle = nil
        if result != LXW_NO_ERROR {
            throw WriterError(file: path, message: String(cString: lxw_strerror(result)))
        }
        if let firstFailure {
            throw WriterError(file: path, message: "libxlsxwriter failed: \(firstFailure)")
        }
        try WrittenWorkbookCheck.verify(path)
    }
}

/// One worksheet; rows and columns are 0-based as in libxlsxwriter.
final class XLSXSheet {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    unowned let workbook: XLSXWorkbook
    let name: String
    /// Columns whose text wraps: a cell's own format wins over its column's, so the wrap
    /// is added to each cell's format.
    let wrappedColumns: Set<Int>
    /// Widest text per column, to fit column widths at the end.
    private var widths: [Double] = []
    /// Per row: the widest wrapped text (to size the row) and its outline level.
    private var wrappedWidths: [Int: Double] = [:]
    private var levels: [Int: UInt8] = [:]
    /// Columns given a width of their own (`setColumns`): wrapped text in them sizes its row
    /// by that width, and fitting leaves them alone.
    private var fixedWidths: [Int: Double] = [:]
    /// Per row: the most lines a wrapped cell in a fixed-width column needs.
    private var wrappedLines: [Int: Double] = [:]

    init(sheet: UnsafeMutablePointer<lxw_worksheet>, workbook: XLSXWorkbook, name: String, wrappedColumns: Set<Int>) {
        self.sheet = sheet
        self.workbook = workbook
        self.name = name
        self.wrappedColumns = wrappedColumns
    }

    /// Excel holds at most 32,767 characters in a cell; libxlsxwriter refuses longer text.
    static let maximumCellCharacters = 32_767
    static let truncationMark = "…（原文过长，已截断；全文见原文件）"

    func write(_ row: Int, _ column: Int, _ whole: String, _ requested: CellStyle = .text) {
        let style = wrappedColumns.contains(column) && requested != .header ? CellStyle.wrap(requested) : requested
        var text = whole
        if text.utf8.count > XLSXSheet.maximumCellCharacters, text.unicodeScalars.count > XLSXSheet.maximumCellCharacters {
            text = String(text.unicodeScalars.prefix(XLSXSheet.maximumCellCharacters - 40)) + XLSXSheet.truncationMark
        }
        guard !text.isEmpty else {
            if style != .text {
                workbook.check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), workbook.format(style)), "write_blank on \(name)")
            }
            return
        }
        workbook.check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text, workbook.format(style)), "write_string on \(name)")
        if case .wrap = style {
            if let width = fixedWidths[column] {
                wrappedLines[row] = max(wrappedLines[row] ?? 1, XLSXSheet.lines(text, width: width))
            } else {
                wrappedWidths[row] = max(wrappedWidths[row] ?? 0, measure(column, text))
            }
        } else {
            measureIfWider(column, text)
        }
    }

    func write(_ row: Int, _ column: Int, _ number: Double?, _ style: CellStyle = .number) {
        guard let number else {
            workbook.check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), workbook.format(style)), "write_blank on \(name)")
            return
        }
        guard number.isFinite else {
            // Excel has no NaN or infinity: say what it was, as text.
            write(row, column, number.isNaN ? "NaN（非数字）" : (number > 0 ? "∞" : "-∞"), .text)
            return
        }
        workbook.check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), number, workbook.format(style)), "write_number on \(name)")
        widen(column, to: numberWidth(number))
    }

    /// A formula with its computed value cached, so readers that do not recalculate show it.
    func formula(_ row: Int, _ column: Int, _ formula: String, value: Double, _ style: CellStyle = .money) {
        let value = value.isFinite ? value : 0  // only the cached result; readers recalculate
        workbook.check(worksheet_write_formula_num(sheet, lxw_row_t(row), lxw_col_t(column), formula, workbook.format(style), value), "write_formula_num on \(name)")
        widen(column, to: numberWidth(value))
    }

    /// A header row: bold and shaded, frozen, and repeated on every printed page. A table
    /// further down a sheet (`frozen: false`) gets the look without the frozen pane.
    func header(_ titles: [String], row: Int = 0, frozen: Bool = true) {
        for (column, title) in titles.enumerated() {
            write(row, column, title, .header)
            if let width = fixedWidths[column] {
                wrappedLines[row] = max(wrappedLines[row] ?? 1, XLSXSheet.lines(title, width: width))
            }
        }
        guard frozen else { return }
        worksheet_freeze_panes(sheet, lxw_row_t(row + 1), 0)
        workbook.check(worksheet_repeat_rows(sheet, lxw_row_t(row), lxw_row_t(row)), "repeat_rows on \(name)")
    }

    /// Text across several columns of one row (merged cells); wrapped text sizes the row by
    /// the columns' width together.
    func merge(row: Int, columns: ClosedRange<Int>, _ text: String, _ style: CellStyle) {
        worksheet_merge_range(sheet, lxw_row_t(row), lxw_col_t(columns.lowerBound), lxw_row_t(row),
                              lxw_col_t(columns.upperBound), text, workbook.format(style))
        if case .wrap = style {
            let width = columns.map { fixedWidths[$0] ?? 8.43 }.reduce(0, +)
            wrappedLines[row] = max(wrappedLines[row] ?? 1, XLSXSheet.lines(text, width: width))
        }
    }

    /// Gives columns their widths (in Excel's character units) from a column spec; their text
    /// wraps at that width and sizes its row.
    func setColumns(_ widths: [Double]) {
        for (column, width) in widths.enumerated() {
            fixedWidths[column] = width
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
        }
    }

    /// How many lines `text` takes in a column `width` characters wide (a Chinese character
    /// is two), counting its own line breaks.
    static func lines(_ text: String, width: Double) -> Double {
        var lines = 1.0
        var used = 0.0
        let usable = max(width - 0.5, 1)
        for scalar in text.unicodeScalars {
            if scalar == "\n" { lines += 1; used = 0; continue }
            // Measured in LibreOffice's rendering: about 1.6 units per Chinese character at
            // 10.5 pt; 1.8 leaves room for Excel's and WPS's fonts without cutting text off.
            let w = scalar.value > 0x2E80 ? 1.8 : 1.0
            if used + w > usable { lines += 1; used = 0 }
            used += w
        }
        return lines
    }

    func autofilter(headerRow: Int, lastRow: Int, columns: Int) {
        guard columns > 0 else { return }
        workbook.check(worksheet_autofilter(sheet, lxw_row_t(headerRow), 0, lxw_row_t(max(lastRow, headerRow)), lxw_col_t(columns - 1)), "autofilter on \(name)")
    }

    /// Landscape, one page wide, header rows repeated: how clerks print these sheets.
    /// The page header names the book's owner (county or 汇总), the sheet and the period; the
    /// footer numbers the pages.
    func printSetup(title: String, portrait: Bool = false) {
        if !portrait { worksheet_set_landscape(sheet) }
        worksheet_set_paper(sheet, 9)  // A4
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_set_margins(sheet, 0.5, 0.5, 0.75, 0.75)
        let escape = { (text: String) in text.replacingOccurrences(of: "&", with: "&&") }
        let owner = workbook.pageOwner.isEmpty || title.hasPrefix(workbook.pageOwner) ? "" : workbook.pageOwner + "  "
        let period = workbook.pagePeriod.isEmpty ? "" : "&R期间：\(escape(workbook.pagePeriod))"
        workbook.check(worksheet_set_header(sheet, "&L\(escape(owner + title))\(period)"), "set_header on \(name)")
        workbook.check(worksheet_set_footer(sheet, "&C第 &P 页，共 &N 页"), "set_footer on \(name)")
    }

    /// The end of every table sheet: autofilter over the rows written, print set-up, and
    /// columns fitted to their text.
    func finishTable(title: String, lastRow: Int, columns: Int, maximumWidth: Double = 50) {
        autofilter(headerRow: 0, lastRow: lastRow, columns: columns)
        printSetup(title: title)
        fitColumns(maximum: maximumWidth)
        sizeRows(wrapWidth: maximumWidth)
    }

    /// Rows holding wrapped text get the height of their line count (readers do not
    /// re-measure wrapped text on open); grouped rows keep their outline level.
    func sizeRows(wrapWidth: Double, maximumLines: Double = 10) {
        for row in Set(wrappedWidths.keys).union(levels.keys).union(wrappedLines.keys).sorted() {
            // Readers fit a little more per line than the 2-columns-per-character estimate.
            let fitted = ((wrappedWidths[row] ?? 0) / max(wrapWidth * 1.2, 1)).rounded(.up)
            let lines = min(max(fitted, wrappedLines[row] ?? 1, 1), maximumLines)
            var options = lxw_row_col_options(hidden: 0, level: levels[row] ?? 0, collapsed: 0)
            workbook.check(worksheet_set_row_opt(sheet, lxw_row_t(row), 14 * lines + 1, nil, &options), "set_row_opt on \(name)")
        }
    }

    /// Prints only the first `columns` columns (the rest stay on screen for tracing back).
    func printArea(columns: Int, lastRow: Int) {
        workbook.check(worksheet_print_area(sheet, 0, 0, lxw_row_t(max(lastRow, 0)), lxw_col_t(columns - 1)), "print_area on \(name)")
    }

    /// Starts a new printed page at `row` (a chart below a long table prints whole on its own page).
    /// Short tables keep their chart on the same page.
    func pageBreak(before row: Int) {
        guard row > 12 else { return }
        var breaks: [lxw_row_t] = [lxw_row_t(row), 0]
        worksheet_set_h_pagebreaks(sheet, &breaks)
    }

    /// Puts a row in an outline group (level 1 = folds under the row above it).
    func group(row: Int, level: UInt8) {
        levels[row] = level
    }

    /// Outline buttons above the detail rows, as a project row sits above its indicators.
    func outlineAbove() {
        worksheet_outline_settings(sheet, 1, 0, 0, 0)
    }

    @discardableResult
    private func measure(_ column: Int, _ text: String) -> Double {
        // East Asian characters are about two columns wide.
        var width = 0.0
        for scalar in text.unicodeScalars { width += scalar.value > 0x2E80 ? 2.1 : 1.1 }
        widen(column, to: width)
        return width
    }

    /// Measures only text that could widen its column: 1.1 per UTF-8 byte bounds the width
    /// from above (a 3-byte Chinese character is 2.1 wide), and most cells fall under it.
    private func measureIfWider(_ column: Int, _ text: String) {
        if column < widths.count, Double(text.utf8.count) * 1.1 <= widths[column] { return }
        measure(column, text)
    }

    private func widen(_ column: Int, to width: Double) {
        if column >= widths.count { widths += Array(repeating: 0, count: column + 1 - widths.count) }
        if width > widths[column] { widths[column] = width }
    }

    /// Digits, sign, separators and two decimals, without formatting the number.
    private func numberWidth(_ value: Double) -> Double {
        let magnitude = abs(value)
        // Not finite (written as text, see `write`) or beyond Excel's 15 digits: a fixed width.
        guard magnitude.isFinite, magnitude < 1e15 else { return 1.1 * 24 }
        let digits = magnitude < 10 ? 1 : Int(log10(magnitude)) + 1
        return 1.1 * Double(digits + digits / 3 + 4)
    }

    /// Fits each column to its widest cell, between `minimum` and `maximum` characters
    /// (longer text in a wrapped column wraps at the maximum).
    func fitColumns(minimum: Double = 6, maximum: Double = 50) {
        for (column, width) in widths.enumerated() where width > 0 && fixedWidths[column] == nil {
            let fitted = min(max(width + 2, minimum), maximum)
            workbook.check(worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), fitted, nil), "set_column on \(name)")
        }
    }
}

/// Cell styles used across jixiao's workbooks.
indirect enum CellStyle: Hashable, Sendable {
    /// Any style, with its text wrapped inside the cell.
    case wrap(CellStyle)
    case text, header, number, integer, integerBold, money, moneyBold, boldText, title, note
    /// Template scores and percentages: always one decimal (73.0, 98.1).
    case score
    /// Line numbers, centred so they never run into the next column's text.
    case lineNumber
    /// Text repeated from the row above (a project's name on its indicator rows), in grey.
    case repeated
    /// A heading inside a sheet (a project's group in 问题反馈), bold on a light band.
    case band
    /// A boxed cell to be filled in by hand (the county's reply).
    case box
    /// Seconds a stage took: two decimals.
    case seconds
    /// A project's first row in a county sheet, shaded so the eye finds where it starts.
    case projectText, projectMoney
    case severity(Severity)

    static let idCount = 48

    /// A small number per style, for the workbook's format table.
    var id: Int {
        switch self {
        case .wrap(let base): return 24 + base.id
        case .text: return 0
        case .header: return 2
        case .number: return 3
        case .integer: return 4
        case .integerBold: return 5
        case .money: return 6
        case .moneyBold: return 7
        case .boldText: return 8
        case .title: return 9
        case .note: return 10
        case .projectText: return 11
        case .projectMoney: return 12
        case .severity(.error): return 13
        case .severity(.warning): return 14
        case .severity(.info): return 15
        case .score: return 16
        case .lineNumber: return 17
        case .repeated: return 18
        case .band: return 19
        case .box: return 20
        case .seconds: return 21
        }
    }

    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        format_set_font_name(format, "等线")
        format_set_font_size(format, 10.5)
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        switch self {
        case .wrap(let base):
            base.apply(to: format)
            format_set_text_wrap(format)
        case .text: break
        case .header:
            format_set_bold(format)
            format_set_bg_color(format, 0xDDEBF7)
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .number: format_set_num_format(format, "General")
        case .integer: format_set_num_format(format, "0")
        case .integerBold:
            format_set_num_format(format, "0")
            format_set_bold(format)
        case .projectText:
            format_set_bold(format)
            format_set_bg_color(format, 0xF2F2F2)
            format_set_top(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .projectMoney:
            format_set_bold(format)
            format_set_num_format(format, "#,##0.00")
            format_set_bg_color(format, 0xF2F2F2)
            format_set_top(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .money: format_set_num_format(format, "#,##0.00")
        case .moneyBold:
            format_set_num_format(format, "#,##0.00")
            format_set_bold(format)
        case .boldText: format_set_bold(format)
        case .title:
            format_set_bold(format)
            format_set_font_size(format, 14)
        case .note: format_set_font_color(format, 0x595959)
        case .score:
            // Indented from the right, so a score never runs into the text of the next column.
            format_set_num_format(format, "0.0")
            format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
            format_set_indent(format, 1)
        case .lineNumber:
            format_set_num_format(format, "0")
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .repeated: format_set_font_color(format, 0x808080)
        case .box: format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .seconds: format_set_num_format(format, "0.00")
        case .band:
            format_set_bold(format)
            format_set_bg_color(format, 0xF2F2F2)
            format_set_top(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .severity(let severity):
            format_set_bold(format)
            switch severity {
            case .error: format_set_bg_color(format, 0xF8CBAD)
            case .warning: format_set_bg_color(format, 0xFFE699)
            case .info: format_set_bg_color(format, 0xDDEBF7)
            }
        }
    }
}

/// Writes one row left to right, so adding a column is one line, not a renumbering.
struct RowWriter {
    let sheet: XLSXSheet
    let row: Int
    private(set) var column = 0

    init(sheet: XLSXSheet, row: Int) {
        self.sheet = sheet
        self.row = row
    }

    mutating func text(_ value: String, _ style: CellStyle = .text) {
        sheet.write(row, column, value, style)
        column += 1
    }

    mutating func number(_ value: Double?, _ style: CellStyle = .number) {
        sheet.write(row, column, value, style)
        column += 1
    }

    mutating func skip(_ count: Int = 1) { column += max(0, count) }
}
