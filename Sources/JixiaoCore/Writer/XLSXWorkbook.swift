import CXlsxWriter
import Foundation

/// An error libxlsxwriter reported, with the file it was writing.
public struct WriterError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var message: String
    public var description: String { "\(file): \(message)" }

    package init(file: String, message: String) {
        self.file = file
        self.message = message
    }
}

/// A thin, safe wrapper over libxlsxwriter's workbook: it owns the C handle, keeps the
/// sheet names Excel-valid and unique, and turns C error codes into Swift errors.
/// Text is always written as a string cell, never as a formula, whatever it starts with.
/// Every libxlsxwriter result is checked (`check`): the first failure (a cell past Excel's
/// last row, a temporary file that cannot be written …) makes `close()` throw, so a workbook
/// with missing parts is never reported as written. libxlsxwriter's temporary files go to
/// the workbook's own folder (`tmpdir`), on the output's file system, not to `/tmp` (the jixiao
/// executable keeps them in memory instead: Sources/CWorkbookParts).
final class XLSXWorkbook {
    let path: String
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var temporaryDirectory: UnsafeMutablePointer<CChar>?
    /// The first libxlsxwriter call that failed, and how.
    @exclusivity(unchecked) private(set) var firstFailure: String?
    private var sheetNames = SheetNames()
    /// Formats by `CellStyle.id`: a lookup per cell, so an array rather than a hash.
    @exclusivity(unchecked) private var formats: [UnsafeMutablePointer<lxw_format>?] = Array(repeating: nil, count: CellStyle.idCount)
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

    /// The one place libxlsxwriter results are checked: every call that returns one goes
    /// through here, and the first failure is thrown by `close()`. The common case, success,
    /// is one comparison.
    @inline(__always)
    func check(_ result: lxw_error, _ what: @autoclosure () -> String) {
        if result != LXW_NO_ERROR { fail(result, what()) }
    }

    @inline(never)
    private func fail(_ result: lxw_error, _ what: String) {
        guard firstFailure == nil else { return }
        firstFailure = "\(what): \(String(cString: lxw_strerror(result)))"
    }

    /// Adds a sheet; the name is made valid for Excel (31 characters, no `[]:*?/\`, unique).
    /// `columns` lays the columns out (widths, wrapping), usually from a `SheetSpec`.
    func addSheet(_ wantedName: String, columns: [ColumnLayout] = []) throws -> XLSXSheet {
        let name = sheetNames.claim(wantedName)
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw WriterError(file: path, message: "cannot add sheet '\(name)'")
        }
        return XLSXSheet(sheet: sheet, workbook: self, name: name, columns: columns)
    }

    @inline(__always)
    func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        if let existing = formats[style.id] { return existing }
        return addFormat(style)
    }

    /// A style that formats exactly as an earlier one (`number` is `text` with the General
    /// number format) shares the earlier one's format: libxlsxwriter gives a duplicate format
    /// no index of its own and would look it up by its whole description on every cell.
    @inline(never)
    private func addFormat(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        guard let format = workbook_add_format(handle) else { return nil }
        style.apply(to: format)
        let index = lxw_format_get_xf_index(format)
        if format.pointee.xf_index != index,
           let twin = formats.first(where: { $0?.pointee.xf_index == index }) ?? nil {
            formats[style.id] = twin
            return twin
        }
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

/// How one column of a sheet is laid out: a width of its own (nil: fitted to its text at the
/// end) and whether its text wraps.
struct ColumnLayout: Sendable {
    var width: Double?
    var wrap: Bool
}

/// One worksheet; rows and columns are 0-based as in libxlsxwriter.
final class XLSXSheet {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    /// A sheet keeps its workbook (which holds no sheets) for formats and the result check.
    let workbook: XLSXWorkbook
    let name: String
    /// Per column: its own width, if any, and whether its text wraps (a cell's own format
    /// wins over its column's, so the wrap is added to each cell's format). Arrays, not
    /// dictionaries: they are read for every cell.
    /// A sheet is written by one thread, and these are touched for every cell: no dynamic
    /// exclusivity checks on them (they cost as much as the bookkeeping itself).
    @exclusivity(unchecked) private var fixedWidths: [Double?] = []
    @exclusivity(unchecked) private var wrapping: [Bool] = []
    /// Widest text per column, to fit the columns without a width of their own at the end.
    @exclusivity(unchecked) private var widths: [Double] = []
    /// Per row: the widest wrapped text in a fitted column, the most lines a wrapped cell in
    /// a fixed-width column needs, and the outline level; rows are sized from them at the end.
    @exclusivity(unchecked) private var wrappedWidths: [Double] = []
    @exclusivity(unchecked) private var wrappedLines: [Double] = []
    @exclusivity(unchecked) private var levels: [UInt8] = []
    /// Per row: the most lines wrapped text that does not size its row (`CellStyle.sizesRow`)
    /// would need.
    @exclusivity(unchecked) private var unsizedLines: [Double] = []
    /// Per column: the last long text measured in its fixed width and its lines. A column often
    /// repeats the row above's text (a project's name on each of its rows, a finding's rule and
    /// advice), and for a text this long comparing the bytes costs less than measuring them again.
    @exclusivity(unchecked) private var lastMeasured: [(text: String, lines: Double)] = []
    private static let rememberedLength = 24  // UTF-8 bytes: 8 Chinese characters

    init(sheet: UnsafeMutablePointer<lxw_worksheet>, workbook: XLSXWorkbook, name: String, columns: [ColumnLayout]) {
        self.sheet = sheet
        self.workbook = workbook
        self.name = name
        setColumns(columns)
    }

    /// Excel holds at most 32,767 characters in a cell; libxlsxwriter refuses longer text.
    static let maximumCellCharacters = 32_767
    static let truncationMark = "…（原文过长，已截断；全文见原文件）"

    /// Writes text as a string cell (never a formula). Empty text leaves the cell out unless
    /// its style shows (a fill or border). Inlined, so a sheet's many empty cells (the columns
    /// a row leaves blank) cost its caller a test, not a call.
    @inline(__always)
    func write(_ row: Int, _ column: Int, _ text: String, _ requested: CellStyle = .text) {
        guard !text.isEmpty else {
            if requested.showsWhenEmpty { blank(row, column, style(requested, in: column)) }
            return
        }
        writeText(row, column, text, requested)
    }

    private func writeText(_ row: Int, _ column: Int, _ text: String, _ requested: CellStyle) {
        let style = style(requested, in: column)
        let wraps = style.wraps
        if text.utf8.count > XLSXSheet.maximumCellCharacters, text.unicodeScalars.count > XLSXSheet.maximumCellCharacters {
            // Cut short and written as a text of its own, so that the text as given is used
            // in place (no copy of it, which every cell would pay for).
            write(row, column, String(text.unicodeScalars.prefix(XLSXSheet.maximumCellCharacters - 40)) + XLSXSheet.truncationMark, requested)
            return
        }
        let format = workbook.format(style)
        let result = text.withCString { worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), $0, format) }
        workbook.check(result, "write_string on \(name)")
        let fixed = column < fixedWidths.count ? fixedWidths[column] : nil
        if wraps {
            guard style.sizesRow else {
                // Cut at the row's bottom (see `sizeRows`); in a fitted column, assume it is.
                grow(&unsizedLines, row, to: fixed.map { lines(text, in: column, width: $0) } ?? .infinity, from: 0)
                return
            }
            if let fixed {
                growLines(row, to: lines(text, in: column, width: fixed))
            } else {
                let width = TextMeasure.width(text)
                widen(column, to: width)
                grow(&wrappedWidths, row, to: width, from: 0)
            }
        } else if fixed == nil, column >= widths.count || Double(text.utf8.count) * 1.1 > widths[column] {
            // 1.1 per UTF-8 byte bounds the width from above (a 3-byte Chinese character is
            // 2.1 wide): most cells cannot widen their column and are not measured.
            widen(column, to: TextMeasure.width(text))
        }
    }

    /// Writes a number; nothing leaves the cell out unless its style shows.
    func write(_ row: Int, _ column: Int, _ number: Double?, _ style: CellStyle = .number) {
        guard let number else {
            if style.showsWhenEmpty { blank(row, column, style) }
            return
        }
        guard number.isFinite else {
            // Excel has no NaN or infinity: say what it was, as text.
            write(row, column, number.isNaN ? "NaN（非数字）" : (number > 0 ? "∞" : "-∞"), .text)
            return
        }
        workbook.check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), number, workbook.format(style)), "write_number on \(name)")
        if column >= fixedWidths.count || fixedWidths[column] == nil { widen(column, to: numberWidth(number)) }
    }

    /// The style a text cell in `column` is written in: wrapped if its column wraps (a cell's own
    /// format wins over its column's, so the wrap is added to it), but never a header.
    @inline(__always)
    private func style(_ requested: CellStyle, in column: Int) -> CellStyle {
        let wraps = requested.wraps || (column < wrapping.count && wrapping[column] && requested != .header)
        return wraps ? CellStyle.wrap(requested) : requested
    }

    private func blank(_ row: Int, _ column: Int, _ style: CellStyle) {
        workbook.check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), workbook.format(style)), "write_blank on \(name)")
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
            if column < fixedWidths.count, let width = fixedWidths[column] {
                growLines(row, to: TextMeasure.lines(title, width: width))
            }
        }
        guard frozen else { return }
        worksheet_freeze_panes(sheet, lxw_row_t(row + 1), 0)
        workbook.check(worksheet_repeat_rows(sheet, lxw_row_t(row), lxw_row_t(row)), "repeat_rows on \(name)")
    }

    /// Text across several columns of one row (merged cells); wrapped text sizes the row by
    /// the columns' width together.
    func merge(row: Int, columns: ClosedRange<Int>, _ text: String, _ style: CellStyle) {
        workbook.check(worksheet_merge_range(sheet, lxw_row_t(row), lxw_col_t(columns.lowerBound), lxw_row_t(row),
                                             lxw_col_t(columns.upperBound), text, workbook.format(style)), "merge_range on \(name)")
        if style.wraps {
            let width = columns.map { $0 < fixedWidths.count ? fixedWidths[$0] ?? 8.43 : 8.43 }.reduce(0, +)
            growLines(row, to: TextMeasure.lines(text, width: width))
        }
    }

    /// Lays the columns out: a fixed width (Excel's character units) is set now, and text
    /// wrapped in such a column sizes its row by it; the others are fitted to their text.
    func setColumns(_ columns: [ColumnLayout]) {
        fixedWidths = columns.map(\.width)
        wrapping = columns.map(\.wrap)
        lastMeasured = Array(repeating: ("", 1), count: columns.count)  // "" is never measured
        for (column, layout) in columns.enumerated() {
            guard let width = layout.width else { continue }
            workbook.check(worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil), "set_column on \(name)")
        }
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

    /// Rows holding wrapped text get the height of their line count (readers do not
    /// re-measure wrapped text on open); grouped rows keep their outline level. A row of
    /// one line at level 0 keeps the default height and is not touched.
    /// A row showing less of a text than it holds (a repeated project name) needs a height of
    /// its own (`customHeight`): only then does LibreOffice cut the text at the row's bottom
    /// instead of drawing it over the rows below. libxlsxwriter writes none for its default
    /// 15 pt, so such a row of one line gets `clippingHeight`.
    func sizeRows(wrapWidth: Double, maximumLines: Double = 10) {
        let rows = max(wrappedWidths.count, wrappedLines.count, levels.count, unsizedLines.count)
        for row in 0..<rows {
            // Readers fit a little more per line than the 2-columns-per-character estimate.
            let widest = row < wrappedWidths.count ? wrappedWidths[row] : 0
            let fitted = (widest / max(wrapWidth * 1.2, 1)).rounded(.up)
            let lines = min(max(fitted, row < wrappedLines.count ? wrappedLines[row] : 1, 1), maximumLines)
            let level = row < levels.count ? levels[row] : 0
            let cut = row < unsizedLines.count && unsizedLines[row] > lines
            guard lines > 1 || level > 0 || cut else { continue }
            var height = 14 * lines + 1
            if cut && height == XLSXSheet.defaultRowHeight { height = XLSXSheet.clippingHeight }
            var options = lxw_row_col_options(hidden: 0, level: level, collapsed: 0)
            workbook.check(worksheet_set_row_opt(sheet, lxw_row_t(row), height, nil, &options), "set_row_opt on \(name)")
        }
    }

    /// libxlsxwriter's default row height (`LXW_DEF_ROW_HEIGHT`), one line of text.
    static let defaultRowHeight = 15.0
    /// One line, written with a height of its own: the same 20 pixels as 15 pt on screen. A
    /// binary fraction, so libxlsxwriter prints it (`%.16G`) at an integer's cost; 15.05 cost
    /// twice as much on each such row.
    static let clippingHeight = 15.25

    /// Prints only the first `columns` columns (the rest stay on screen for tracing back).
    func printArea(columns: Int, lastRow: Int) {
        workbook.check(worksheet_print_area(sheet, 0, 0, lxw_row_t(max(lastRow, 0)), lxw_col_t(columns - 1)), "print_area on \(name)")
    }

    /// Starts a new printed page at `row` (a chart below a long table prints whole on its own page).
    /// Short tables keep their chart on the same page.
    func pageBreak(before row: Int) {
        guard row > 12 else { return }
        var breaks: [lxw_row_t] = [lxw_row_t(row), 0]
        workbook.check(worksheet_set_h_pagebreaks(sheet, &breaks), "set_h_pagebreaks on \(name)")
    }

    /// Puts a row in an outline group (level 1 = folds under the row above it).
    func group(row: Int, level: UInt8) {
        while levels.count <= row { levels.append(0) }
        levels[row] = level
    }

    /// Outline buttons above the detail rows, as a project row sits above its indicators.
    func outlineAbove() {
        worksheet_outline_settings(sheet, 1, 0, 0, 0)
    }

    /// Lines `text` takes in `column`, of a fixed `width`; a long text as the column's last is not measured again.
    private func lines(_ text: String, in column: Int, width: Double) -> Double {
        guard text.utf8.count >= XLSXSheet.rememberedLength else { return TextMeasure.lines(text, width: width) }
        if lastMeasured[column].text.sameText(text) { return lastMeasured[column].lines }
        let lines = TextMeasure.lines(text, width: width)
        lastMeasured[column] = (text, lines)
        return lines
    }

    private func growLines(_ row: Int, to lines: Double) {
        grow(&wrappedLines, row, to: lines, from: 1)
    }

    /// Raises `values[index]` to `value`, first adding `start` for the indexes not there yet (one
    /// at a time: rows and columns come in order, mostly the next one).
    private func grow(_ values: inout [Double], _ index: Int, to value: Double, from start: Double) {
        while values.count <= index { values.append(start) }
        if value > values[index] { values[index] = value }
    }

    private func widen(_ column: Int, to width: Double) {
        grow(&widths, column, to: width, from: 0)
    }

    /// Digits, sign, separators and two decimals, without formatting the number.
    private func numberWidth(_ value: Double) -> Double {
        let magnitude = abs(value)
        // Not finite (written as text, see `write`) or beyond Excel's 15 digits: a fixed width.
        guard magnitude.isFinite, magnitude < 1e15 else { return 1.1 * 24 }
        let digits = magnitude < 10 ? 1 : Int(log10(magnitude)) + 1
        return 1.1 * Double(digits + digits / 3 + 4)
    }

    /// Fits each column without a width of its own to its widest cell, between `minimum`
    /// and `maximum` characters (longer text in a wrapped column wraps at the maximum).
    func fitColumns(minimum: Double = 6, maximum: Double = 50) {
        for (column, width) in widths.enumerated() where width > 0 && (column >= fixedWidths.count || fixedWidths[column] == nil) {
            let fitted = min(max(width + 2, minimum), maximum)
            workbook.check(worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), fitted, nil), "set_column on \(name)")
        }
    }
}
