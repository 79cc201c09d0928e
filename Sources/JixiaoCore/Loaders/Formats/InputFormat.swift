import Foundation

/// The kind of file a county sent, told from its first bytes and, for text, from how it
/// decodes: never from the file name.
public enum InputFormat: String, Codable, Sendable, CaseIterable {
    /// Office Open XML workbook: a ZIP archive (`PK\x03\x04`) holding `xl/workbook.xml`.
    case xlsx
    /// Word document: a ZIP archive holding `word/document.xml` (and no workbook).
    case docx
    /// Word 97-2003 document in an OLE2 compound file.
    case doc
    /// A web page (HTML), read with libxml2's HTML parser.
    case html
    /// Legacy Excel workbook (BIFF) in an OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`).
    case xls
    /// OpenDocument spreadsheet: a ZIP archive whose `mimetype` names one.
    case ods
    /// A PDF (`%PDF`), read with Poppler's `pdftotext`.
    case pdf
    /// Comma-separated text (Excel's or WPS's CSV export), turned into tab-separated rows.
    case csv
    /// Plain text: tab-separated tables (Layout A) or lines (Layout B).
    case text

    /// What a clerk would call it, for `inspect` and error messages.
    public var label: String {
        switch self {
        case .xlsx: return "Excel 工作簿 (.xlsx)"
        case .xls: return "Excel 97-2003 工作簿 (.xls)"
        case .ods: return "OpenDocument 表格 (.ods)"
        case .docx: return "Word 文档 (.docx)"
        case .doc: return "Word 97-2003 文档 (.doc)"
        case .html: return "网页 (HTML)"
        case .pdf: return "PDF"
        case .csv: return "CSV 文本"
        case .text: return "文本"
        }
    }

    /// The container told from the magic bytes; text and CSV are told apart only after
    /// decoding (see `InputText.extract`).
    package static func sniff(_ data: Data) -> InputFormat {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            if ODSReader.looksLikeODS(data) { return .ods }
            return DOCXReader.looksLikeDocx(data) ? .docx : .xlsx
        }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // A compound file naming a Word document stream and no workbook is a .doc.
            let word = CompoundFile.names("WordDocument", in: data)
            return word && !CompoundFile.names("Workbook", in: data) && !CompoundFile.names("Book", in: data) ? .doc : .xls
        }
        // `%PDF` must open the file, but readers allow some junk before it (up to 1 KB).
        if let marker = "%PDF-".data(using: .ascii),
           let range = data.prefix(1024).range(of: marker), range.lowerBound - data.startIndex < 1024 {
            return .pdf
        }
        if HTMLReader.looksLikeHTML(data) { return .html }
        return .text
    }
}

/// Where a line of extracted text came from inside its file: a sheet of a workbook or a page
/// of a PDF, and the row or line there.
public struct TextPart: Sendable, Equatable {
    /// Sheet name (`第2页`) or page label (`p2`).
    public var name: String
    /// The first line of the extracted text that belongs to this part (1-based).
    public var firstLine: Int
    /// How many lines of the extracted text belong to it.
    public var lineCount: Int

    public init(name: String, firstLine: Int, lineCount: Int) {
        self.name = name
        self.firstLine = firstLine
        self.lineCount = lineCount
    }
}

/// A file turned into the text the readers read: tab-separated rows for tables
/// (Layout A), plain lines for forms (Layout B).
public struct ExtractedText: Sendable {
    public var format: InputFormat
    public var text: String
    /// How it was read: encoding and line ends, sheets, pages.
    public var details: [String]
    /// The sheets or pages, in order; empty for plain text. Each part's text is separated
    /// from the next by one blank line.
    public var parts: [TextPart]
    /// Whether a source reference should name the part (`file!sheet`): true for several
    /// sheets and for PDF pages, false for a single sheet, whose rows are the lines.
    public var qualifyParts: Bool
    /// For text whose rows are not its lines (CSV with quoted line breaks): the original
    /// line each extracted line starts on.
    public var lineOrigins: [Int]?
    /// Whether display folding changes the text (`ChineseFold.displayChanges`), when told as
    /// it was decoded (plain UTF-8 text, see `TextDecoder.decode`); else nil.
    public var displayChanges: Bool? = nil
    /// Cells read only in part (`ReadingProblem`), told as findings of the forms read.
    public var problems: [ReadingProblem] = []

    /// The text rewritten (Markdown's marks taken off, rows or pieces joined), `origins` giving
    /// each new line's line in the text before; said in the details.
    mutating func rewrite(_ rewritten: String, origins: [Int], note: String) {
        let before = lineOrigins
        text = rewritten
        lineOrigins = origins.map { before?[$0 - 1] ?? $0 }
        details.append(note)
    }

    public init(format: InputFormat, text: String, details: [String] = [], parts: [TextPart] = [],
                qualifyParts: Bool = false, lineOrigins: [Int]? = nil) {
        self.format = format
        self.text = text
        self.details = details
        self.parts = parts
        self.qualifyParts = qualifyParts
        self.lineOrigins = lineOrigins
    }

    /// Joins the text of several sheets or pages, one blank line between them, and records
    /// which lines belong to which part.
    static func joining(format: InputFormat, blocks: [(name: String, lines: [String])],
                        details: [String], qualifyParts: Bool) -> ExtractedText {
        var lines: [String] = []
        var parts: [TextPart] = []
        for block in blocks {
            if !lines.isEmpty { lines.append("") }
            parts.append(TextPart(name: block.name, firstLine: lines.count + 1, lineCount: block.lines.count))
            lines += block.lines
        }
        return ExtractedText(format: format, text: lines.joined(separator: "\n"), details: details,
                             parts: parts, qualifyParts: qualifyParts)
    }

    /// True when every line of the text is the same line of the file (plain text input).
    public var linesAreOriginal: Bool { !qualifyParts && lineOrigins == nil }

    /// The place in the original file a line of the extracted text stands for.
    public func origin(ofLine line: Int, file: String) -> SourceRef {
        if qualifyParts, let part = parts.last(where: { $0.firstLine <= line }),
           line < part.firstLine + max(part.lineCount, 1) {
            return SourceRef(file: "\(file)!\(part.name)", line: line - part.firstLine + 1)
        }
        if let lineOrigins, line >= 1, line <= lineOrigins.count {
            return SourceRef(file: file, line: lineOrigins[line - 1])
        }
        return SourceRef(file: file, line: line)
    }
}

/// Turns any supported file into `ExtractedText`.
public enum InputText {
    /// Caps the bytes a workbook may unpack to, so a ZIP bomb is an error and not a crash;
    /// a real 50 MB workbook (sheet XML compresses about 10:1) unpacks well within it.
    public static let maxUnpackedBytes = 1024 * 1024 * 1024
    /// An entry unpacking past `ratioFloorBytes` to more than this many times its compressed
    /// size is a ZIP bomb (real worksheets compress 5–30:1; bombs 1,000:1 and more).
    public static let maxCompressionRatio = 200
    public static let ratioFloorBytes = 16 * 1024 * 1024

    /// `vocabulary`: the words the text will be read with: its fold (see `TextDecoder.decode`), and
    /// the words a PDF's page furniture is told by (page numbers, sheet names, running heads).
    public static func extract(data: Data, path: String, file: String, vocabulary: FormVocabulary? = nil) throws -> ExtractedText {
        guard !data.isEmpty else {
            throw LoadError(file: file, message: "文件为空 (empty file): expected a performance-target form")
        }
        switch InputFormat.sniff(data) {
        case .xlsx:
            let reader = XLSXReader(data: data, path: path, file: file, maxUnpackedBytes: maxUnpackedBytes)
            return try reader.extract()
        case .xls:
            return try XLSReader(path: path, file: file).extract()
        case .ods:
            return try ODSReader(data: data, path: path, file: file, maxUnpackedBytes: maxUnpackedBytes).extract()
        case .doc:
            return try DOCReader(data: data, file: file).extract()
        case .docx:
            return try DOCXReader(data: data, path: path, file: file, maxUnpackedBytes: maxUnpackedBytes).extract()
        case .html:
            return try HTMLReader(data: data, file: file).extract()
        case .pdf:
            return try PDFText(path: path, file: file, vocabulary: vocabulary).extract()
        case .csv, .text:
            return try textInput(data, file: file, fold: vocabulary?.fold)
        }
    }

    /// Decodes text (UTF-8, UTF-8 with BOM, GB18030; CRLF or LF) and turns a comma-separated
    /// table into tab-separated rows when that is what the layouts need.
    static func textInput(_ data: Data, file: String, fold: ChineseFold? = nil) throws -> ExtractedText {
        let decoded = try TextDecoder.decode(data, file: file, fold: fold)
        var details = [decoded.encoding.rawValue, decoded.lineEnds.rawValue]
        if decoded.cutCharacterBytes > 0 {
            details.append("末尾截断在一个字符中间，去掉了不完整的 \(decoded.cutCharacterBytes) 个字节")
        }
        // An exported sheet is told by its shape alone (most lines with the same number of
        // commas), never by asking a layout: formats know nothing of layouts.
        /// A table of quoted fields (`CSVTable`) as tab-separated rows, each line saying where it began.
        func table(delimiter: Unicode.Scalar, _ note: String) throws -> ExtractedText {
            let table = try CSVTable.parse(decoded.text, file: file, delimiter: delimiter)
            details.append("\(note) → 制表符分隔 (\(table.rows.count) 行)")
            let origins = table.rows.map(\.line)
            let identity = origins.enumerated().allSatisfy { $0.offset + 1 == $0.element }
            return ExtractedText(format: .csv, text: table.tabSeparated(), details: details,
                                 lineOrigins: identity ? nil : origins)
        }
        if CSVTable.looksLikeTable(decoded.text) { return try table(delimiter: ",", "逗号分隔") }
        if CSVTable.hasOnlyQuotedFields(decoded.text) { return try table(delimiter: ",", "逗号分隔、字段带引号") }
        // Tab-separated with its fields quoted as in CSV (Calc's export, Excel's wrapped cells).
        if QuotedTabText.looksQuoted(decoded.text) { return try table(delimiter: "\t", "制表符分隔、字段带引号") }
        var text = ExtractedText(format: .text, text: decoded.text, details: details)
        if MarkdownText.isMarkdown(decoded.text) {
            let plain = MarkdownText.plain(decoded.text)
            text.rewrite(plain.text, origins: plain.origins, note: "Markdown：标题、粗体记号和表格分隔行已去掉")
        }
        if let rows = SourceOrderTabs.rows(text.text) {
            text.rewrite(rows, origins: Array(1...max(1, MarkdownText.lines(of: rows).count)),
                         note: "网页复制的表格（制表符分隔、合并的单元格只在第一行）已按行读取（竖线分隔）")
        }
        if let rows = BarCellText.rows(text.text) {
            text.rewrite(rows.text, origins: rows.origins, note: "每格一行、以竖线收尾的表格已按行接回（制表符分隔）")
        } else if let rows = BarLineRows.rows(text.text) {
            text.rewrite(rows.text, origins: rows.origins, note: "竖线单独成行、两条竖线分行的表格已按行接回（竖线分隔，一行一行）")
        }
        if let pieces = PreviewPieces.joined(text.text) {
            text.rewrite(pieces.text, origins: pieces.origins, note: "文档预览的分段（1、2、…）已接回原来的一行")
        }
        text.displayChanges = decoded.displayChanges  // the text as decoded (a table made of CSV is other text)
        return text
    }
}
