import Foundation

/// The number formats of an .xlsx workbook (`xl/styles.xml`), enough to show a number the
/// way the clerk saw it: decimals (`0.00` → `97.20`), thousands separators, percentages
/// (`0%` → `95%`) and dates (`2023-01-01`). Literal decorations (`0.00"万元"`) are left
/// out, so the cell stays a number the loaders can read.
struct NumberFormats: Sendable {
    /// Number-format id of each cell style (`s` attribute → `cellXfs/xf@numFmtId`).
    var styleFormat: [Int] = []
    /// Custom format codes by id (ids 164 and up, or overriding built-ins).
    var codes: [Int: String] = [:]

    static func read(_ xml: Data?, file: String) throws -> NumberFormats {
        var formats = NumberFormats()
        guard let xml else { return formats }
        var inCellXfs = false
        do {
            try XMLEvents.walk(xml, start: { name, attributes in
                switch name {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                        formats.codes[id] = code
                    }
                case "cellXfs": inCellXfs = true
                case "xf" where inCellXfs:
                    formats.styleFormat.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
                default: break
                }
            }, end: { name in
                if name == "cellXfs" { inCellXfs = false }
            })
        } catch let error as XMLEvents.Malformed {
            throw LoadError(file: file, message: "styles.xml 第 \(error.line) 行 XML 格式错误 (malformed XML in the styles part: \(error.reason)): expected a well-formed Excel workbook")
        }
        return formats
    }

    /// Built-in format codes Excel does not write into styles.xml.
    static let builtIn: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%",
        11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "yyyy-mm-dd", 15: "d-mmm-yy", 16: "d-mmm",
        17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
        22: "yyyy-mm-dd h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
        39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss",
        47: "mmss.0", 48: "##0.0E+0", 49: "@",
        // East Asian built-ins (dates in 年月日).
        27: "yyyy\"年\"m\"月\"", 28: "m\"月\"d\"日\"", 29: "m\"月\"d\"日\"", 30: "m-d-yy", 31: "yyyy\"年\"m\"月\"d\"日\"",
        32: "h\"时\"mm\"分\"", 33: "h\"时\"mm\"分\"ss\"秒\"", 34: "上午/下午h\"时\"mm\"分\"", 35: "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        36: "yyyy\"年\"m\"月\"", 50: "yyyy\"年\"m\"月\"", 51: "m\"月\"d\"日\"", 52: "yyyy\"年\"m\"月\"",
        53: "m\"月\"d\"日\"", 54: "m\"月\"d\"日\"", 55: "上午/下午h\"时\"mm\"分\"", 56: "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        57: "yyyy\"年\"m\"月\"", 58: "m\"月\"d\"日\"",
    ]

    func code(forStyle style: Int) -> String {
        let id = styleFormat.indices.contains(style) ? styleFormat[style] : 0
        return codes[id] ?? Self.builtIn[id] ?? "General"
    }

    func display(_ value: Double, style: Int, date1904: Bool) -> String {
        Self.display(value, code: code(forStyle: style), date1904: date1904)
    }

    /// How a format code shows a number. Only the first section (positive numbers) is
    /// looked at; a negative number keeps its minus sign.
    static func display(_ value: Double, code: String, date1904: Bool) -> String {
        let section = pattern(of: code)
        if section.isEmpty || section.lowercased() == "general" || section == "@" {
            return SheetGrid.general(value)
        }
        let lower = section.lowercased()
        // Excel's dates run from 1900 to 9999 (serial 2,958,465); beyond that it shows ####.
        if lower.contains(where: { "ymdhs".contains($0) }) && !lower.contains("e+")
            && value.isFinite && value >= 0 && value < 2_958_466 {
            return date(value, date1904: date1904, withTime: lower.contains("h") || lower.contains("s"),
                        withDate: lower.contains(where: { "ymd".contains($0) }))
        }
        if lower.contains("e+") || lower.contains("?/") || lower.contains(where: { "ymdhs".contains($0) })
            || !value.isFinite || abs(value) >= 1e15 {
            return SheetGrid.general(value)
        }
        let percent = section.contains("%")
        let number = percent ? value * 100 : value
        // Decimal places: a `0` (or `?`) always shown, a `#` only when not a trailing zero (`0.00##`
        // shows 24.998 and 97.20).
        var decimals = 0, shown = 0
        if let dot = section.firstIndex(of: ".") {
            let places = section[section.index(after: dot)...].prefix { "0#?".contains($0) }.prefix(15)
            decimals = places.count
            shown = places.lastIndex { $0 != "#" }.map { places.distance(from: places.startIndex, to: $0) + 1 } ?? 0
        }
        let grouped = section.contains(",") && section.contains(where: { "0#".contains($0) })
        var text = String(format: "%.\(decimals)f", number)
        for _ in shown..<decimals where text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        if grouped { text = groupThousands(text) }
        return percent ? text + "%" : text
    }

    /// The first section of a format code with quoted text, escapes, `[colour]`/`[$-804]`
    /// tags and padding removed: what is left says how the number itself is shown.
    static func pattern(of code: String) -> String {
        var result = ""
        var inQuote = false
        var inBracket = false
        var escape = false
        var skipNext = false
        for character in code {
            if skipNext { skipNext = false; continue }
            if escape { escape = false; continue }
            if inQuote { if character == "\"" { inQuote = false }; continue }
            if inBracket { if character == "]" { inBracket = false }; continue }
            switch character {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\": escape = true
            case "_", "*": skipNext = true  // `_)` pads with a character's width, `*-` fills
            case ";": return result
            default: result.append(character)
            }
        }
        return result
    }

    static func groupThousands(_ text: String) -> String {
        var integer = Substring(text)
        var sign = ""
        if integer.first == "-" { sign = "-"; integer = integer.dropFirst() }
        var fraction = Substring("")
        if let dot = integer.firstIndex(of: ".") {
            fraction = integer[dot...]
            integer = integer[..<dot]
        }
        var grouped = ""
        for (index, digit) in integer.enumerated() {
            if index > 0 && (integer.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return sign + grouped + fraction
    }

    /// A spreadsheet serial date as `yyyy-mm-dd` (and `hh:mm:ss` when the format shows time).
    /// Day 60 of the 1900 system is Excel's 29 February 1900, which never was.
    static func date(_ serial: Double, date1904: Bool, withTime: Bool, withDate: Bool) -> String {
        var days = Int(serial.rounded(.down))
        let seconds = Int(((serial - Double(days)) * 86_400).rounded())
        var text = ""
        if withDate {
            if date1904 {
                days += daysFromCivil(1904, 1, 1)
            } else {
                days += daysFromCivil(1899, 12, 31) - (days > 59 ? 1 : 0)
            }
            let (year, month, day) = civil(fromDays: days)
            text = String(format: "%04d-%02d-%02d", year, month, day)
        }
        if withTime {
            let time = String(format: "%02d:%02d:%02d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60)
            text = text.isEmpty ? time : text + " " + time
        }
        return text
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
