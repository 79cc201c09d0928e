import CXlsxWriter

/// Cell styles used across jixiao's workbooks: a look and whether text wraps inside the cell.
/// A plain value (no boxed payload), so choosing a cell's format is an array index.
package struct CellStyle: Hashable, Sendable {
    enum Look: Int, CaseIterable, Sendable {
        case text, header, number, integer, integerBold, money, moneyBold, boldText, title, note
        /// Template scores and percentages: always one decimal (73.0, 98.1).
        case score
        /// Line numbers, centred so they never run into the next column's text.
        case lineNumber
        /// Text repeated from the row above (a project's name on its indicator rows), in grey.
        /// It is shown in full where it first stands; here it does not size its row (`sizesRow`).
        case repeated
        /// A heading inside a sheet (a project's group in 问题反馈), bold on a light band.
        case band
        /// A boxed cell to be filled in by hand (the county's reply).
        case box
        /// Seconds a stage took: two decimals.
        case seconds
        /// A project's first row in a county sheet, shaded so the eye finds where it starts.
        case projectText, projectMoney
        case error, warning, info
    }

    let look: Look
    /// Text wraps inside the cell (and sizes its row).
    let wraps: Bool

    init(_ look: Look, wraps: Bool = false) {
        self.look = look
        self.wraps = wraps
    }

    static let text = CellStyle(.text), header = CellStyle(.header), number = CellStyle(.number)
    static let integer = CellStyle(.integer), integerBold = CellStyle(.integerBold)
    static let money = CellStyle(.money), moneyBold = CellStyle(.moneyBold)
    /// 万元 with two decimals, and up to four where the amount has them (`24.998`, a form written
    /// to the 元): a budget shown rounded would read as another budget.
    static let moneyFormat = "#,##0.00##"
    static let boldText = CellStyle(.boldText), title = CellStyle(.title), note = CellStyle(.note)
    static let score = CellStyle(.score), lineNumber = CellStyle(.lineNumber), repeated = CellStyle(.repeated)
    static let band = CellStyle(.band), box = CellStyle(.box), seconds = CellStyle(.seconds)
    static let projectText = CellStyle(.projectText), projectMoney = CellStyle(.projectMoney)

    /// Any style, with its text wrapped inside the cell.
    static func wrap(_ style: CellStyle) -> CellStyle { CellStyle(style.look, wraps: true) }

    static func severity(_ severity: Severity) -> CellStyle {
        switch severity {
        case .error: return CellStyle(.error)
        case .warning: return CellStyle(.warning)
        case .info: return CellStyle(.info)
        }
    }

    /// How many formats a workbook may need: every look, wrapped or not.
    static let idCount = Look.allCases.count * 2

    /// A small number per style, for the workbook's format table.
    var id: Int { look.rawValue * 2 + (wraps ? 1 : 0) }

    /// Whether wrapped text in this style makes its row tall enough to show it all. Text
    /// repeated from the row above does not: the row shows as much of it as the row's own
    /// content leaves room for, and the cell still holds it whole (for filtering).
    var sizesRow: Bool { look != .repeated }

    /// Whether an empty cell in this style still shows (a fill or a border): only those are
    /// written when they hold nothing; an empty plain cell is left out of the sheet.
    var showsWhenEmpty: Bool {
        switch look {
        case .header, .band, .box, .projectText, .projectMoney, .error, .warning, .info: return true
        default: return false
        }
    }

    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        format_set_font_name(format, "等线")
        format_set_font_size(format, 10.5)
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        if wraps { format_set_text_wrap(format) }
        switch look {
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
            format_set_num_format(format, Self.moneyFormat)
            format_set_bg_color(format, 0xF2F2F2)
            format_set_top(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .money: format_set_num_format(format, Self.moneyFormat)
        case .moneyBold:
            format_set_num_format(format, Self.moneyFormat)
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
        case .error, .warning, .info:
            format_set_bold(format)
            format_set_bg_color(format, look == .error ? 0xF8CBAD : look == .warning ? 0xFFE699 : 0xDDEBF7)
        }
    }
}
