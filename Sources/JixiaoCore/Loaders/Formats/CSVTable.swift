import Foundation

/// A comma-separated table as Excel, WPS and LibreOffice export it (RFC 4180): fields in
/// double quotes may hold commas, doubled quotes and line breaks.
struct CSVTable: Sendable {
    struct Row: Sendable {
        /// The line of the text the record starts on (a quoted line break makes a record
        /// span several lines).
        var line: Int
        var fields: [String]
    }

    var rows: [Row] = []

    /// The most bytes a record's fields hold on average (about 27 Chinese characters): a form's
    /// export averages far less (a 12-column row with a long goal, under 50), a page's sentences
    /// far more (a clause between commas runs to 100 bytes and beyond).
    static let longestMeanField = 80

    /// A spreadsheet's CSV export rather than prose with commas: most records hold the same
    /// number (two or more) of commas, as an exported sheet pads its rows. A record is a line,
    /// or several where a quoted field holds line breaks (a cell written on two lines in Excel):
    /// commas and line breaks inside quotes are the field's.
    static func looksLikeTable(_ text: String) -> Bool {
        var counts: [Int: Int] = [:]
        var lines = 0
        var tabs = false
        // The first 500 records tell (empty lines not counted): a tab means tab-separated text,
        // not CSV. On the text's bytes: every text file is asked.
        var bytesOf = text
        bytesOf.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                var commas = 0
                var quoted = false
                while end < bytes.count, quoted || bytes[end] != UInt8(ascii: "\n") {
                    if bytes[end] == UInt8(ascii: "\"") {
                        quoted.toggle()
                    } else if !quoted {
                        if bytes[end] == UInt8(ascii: ",") { commas += 1 } else if bytes[end] == UInt8(ascii: "\t") { tabs = true }
                    }
                    end += 1
                }
                if end > start {
                    // Prose with ASCII commas (a page's text, a document site's preview) has long
                    // clauses between them: such a line is no record, however many commas it has.
                    let meanField = (end - start) / (commas + 1)
                    counts[meanField <= longestMeanField ? commas : 0, default: 0] += 1
                    lines += 1
                    if tabs || lines >= 500 { return }
                }
                start = end + 1
            }
        }
        guard !tabs else { return false }
        // The most frequent comma count; a tie goes to the larger count, the same in every run.
        guard lines >= 3, let (commas, count) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { return false }
        return commas >= 2 && count * 2 >= lines
    }

    /// A narrow sheet's CSV export (one or two columns: a page copied one cell a line, a label
    /// beside each cell): every field is quoted whole (`"项目名称"`, as Calc quotes every text
    /// field; a quoted field may span lines), a bare number or empty. With fewer than two commas a
    /// record it is no table by `looksLikeTable`, which tells prose from a sheet by its commas;
    /// its quotes tell it. Read as plain text, every cell had kept them and no title, key or column
    /// was recognised (a form the same sheet's .xlsx reads was "unknown layout", or no form). The
    /// first 500 records tell; at least half of the fields with text are quoted.
    static func hasOnlyQuotedFields(_ text: String) -> Bool {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lineFeed = UInt8(ascii: "\n")
        var bytesOf = text
        return bytesOf.withUTF8 { bytes -> Bool in
            var records = 0, filled = 0, quoted = 0, at = 0
            while at < bytes.count, records < 500 {
                if bytes[at] == lineFeed { at += 1; continue }
                // One record: fields up to the line end outside quotes.
                while true {
                    if at < bytes.count, bytes[at] == quote {
                        // To the closing quote (a doubled quote is the field's).
                        at += 1
                        while true {
                            guard at < bytes.count else { return false }
                            if bytes[at] == quote {
                                if at + 1 < bytes.count, bytes[at + 1] == quote { at += 2; continue }
                                break
                            }
                            at += 1
                        }
                        at += 1
                        filled += 1
                        quoted += 1
                    } else {
                        // A bare field is a number (digits, a point, a sign, a percent) or empty.
                        let start = at
                        while at < bytes.count, bytes[at] != comma, bytes[at] != lineFeed { at += 1 }
                        guard bytes[start..<at].allSatisfy({ (0x30...0x39).contains($0) || "-+.%".utf8.contains($0) }) else { return false }
                        if at > start { filled += 1 }
                    }
                    guard at < bytes.count, bytes[at] != lineFeed else { break }
                    guard bytes[at] == comma else { return false }
                    at += 1
                }
                records += 1
                at += 1
            }
            return records >= 3 && quoted > 0 && quoted * 2 >= filled
        }
    }

    /// Parses `text` (line ends already folded to `\n`), fields separated by `delimiter` (a
    /// comma, or a tab for a quoted tab-separated export). An unterminated quoted field is an
    /// error naming the line it started on.
    static func parse(_ text: String, file: String, delimiter: Unicode.Scalar = ",") throws -> CSVTable {
        var table = CSVTable()
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var quoteLine = 0
        var atFieldStart = true
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?

        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return scalars.next()
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    let following = next()
                    if following == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        pending = following
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atFieldStart:
                quoted = true
                quoteLine = line
                atFieldStart = false
            case delimiter:
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\n":
                fields.append(field)
                table.rows.append(Row(line: recordLine, fields: fields))
                fields = []
                field = ""
                atFieldStart = true
                line += 1
                recordLine = line
            default:
                // A quote inside an unquoted field is kept as written (lenient, like Excel).
                field.unicodeScalars.append(scalar)
                atFieldStart = false
            }
        }
        if quoted {
            throw LoadError(file: file, line: quoteLine, message: "CSV 引号未闭合 (unterminated quoted field): expected a closing \" before the end of the file")
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            table.rows.append(Row(line: recordLine, fields: fields))
        }
        return table
    }

    /// The tab-separated form the readers read: one line per record, line breaks
    /// and tabs inside a cell become spaces (as wrapped cells do in the text exports).
    func tabSeparated() -> String {
        rows.map { row in
            row.fields.map(SheetGrid.flatten).joined(separator: "\t")
        }.joined(separator: "\n")
    }
}
