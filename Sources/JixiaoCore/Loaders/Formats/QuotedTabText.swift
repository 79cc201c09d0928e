import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tab-separated text whose fields are quoted as in a CSV file: Calc's "Text CSV" export with
/// a tab for the separator quotes every text field (`"项目名称"	"乡村道路"`), and Excel's and
/// WPS's tab-delimited exports quote a field that holds a line break, a tab or a quote (a
/// wrapped cell then spans lines). Read as plain tab-separated rows, the quotes stayed on every
/// cell (no title, key or column was recognised: a form of real form 02 exported so was
/// "unknown layout") and a wrapped cell cut its row in two. Such text is parsed as a CSV file
/// with tabs (`CSVTable`). Plain tab-separated text, where a quote is only a character
/// (`"两个责任"按项目落实到位率`), is left as it is.
enum QuotedTabText {
    /// The lines looked at: an export shows its quoting from its first rows.
    static let sampleLines = 500

    /// Whether `text` (line ends folded to `\n`) is a quoted tab-separated export: it has tabs,
    /// and either at least half of its non-empty fields are quoted whole (a quote at the
    /// field's start, its closing quote right before a tab or a line end), or a quoted field
    /// holds a line break.
    static func looksQuoted(_ text: String) -> Bool {
        // Most text has no quote at all (one memchr), or none at the start of a field: told
        // from the bytes first.
        let sample = 65_536
        let quotes = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\"")), min(bytes.count, sample)) != nil } ?? false
        } ?? true
        guard quotes else { return false }
        let head = text.utf8.prefix(sample)
        guard head.contains(UInt8(ascii: "\t")), zip(head, head.dropFirst()).contains(where: { pair in
            (pair.0 == UInt8(ascii: "\t") || pair.0 == UInt8(ascii: "\n")) && pair.1 == UInt8(ascii: "\"")
        }) || head.first == UInt8(ascii: "\"") else { return false }
        var fields = 0, quoted = 0, multiline = 0, tabs = 0, lines = 0
        var scalars = Array(text.unicodeScalars.prefix(200_000))[...]
        while let first = scalars.first, lines < sampleLines {
            // One field, from its start.
            if first == "\"" {
                var i = scalars.index(after: scalars.startIndex)
                var spans = false
                var closed: Int?
                while i < scalars.endIndex {
                    if scalars[i] == "\"" {
                        let next = scalars.index(after: i)
                        if next < scalars.endIndex, scalars[next] == "\"" { i = scalars.index(after: next); continue }
                        closed = i
                        break
                    }
                    if scalars[i] == "\n" { spans = true }
                    i = scalars.index(after: i)
                }
                if let end = closed {
                    let after = scalars.index(after: end)
                    if after == scalars.endIndex || scalars[after] == "\t" || scalars[after] == "\n" {
                        fields += 1
                        quoted += 1
                        if spans { multiline += 1; lines += 1 }
                        scalars = scalars[after...]
                    }
                }
            }
            // The rest of the field (all of it when not quoted whole) and its separator.
            guard let cut = scalars.firstIndex(where: { $0 == "\t" || $0 == "\n" }) else {
                if scalars.contains(where: { !TextCleaning.isWhitespace($0) }) { fields += 1 }
                break
            }
            if scalars[..<cut].contains(where: { !TextCleaning.isWhitespace($0) }) { fields += 1 }
            if scalars[cut] == "\t" { tabs += 1 } else { lines += 1 }
            scalars = scalars[scalars.index(after: cut)...]
        }
        return tabs > 0 && quoted > 0 && (quoted * 2 >= fields || multiline > 0)
    }
}
