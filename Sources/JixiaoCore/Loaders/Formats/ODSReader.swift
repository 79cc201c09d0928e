import Foundation

/// Reads an OpenDocument spreadsheet (.ods: LibreOffice's own format, what it saves by
/// default) with ZIPFoundation and the streaming XML parser: every
/// table of `content.xml` a sheet, each cell the text it shows (`text:p`, which holds numbers
/// as their format shows them and formulas' results), merged cells from
/// `number-columns-spanned` and `number-rows-spanned`, repeated rows and cells
/// (`number-rows-repeated`, `number-columns-repeated`) written out only where they hold text;
/// hidden sheets (a table style with `table:display="false"`) listed, not read, as in an .xlsx.
struct ODSReader {
    let data: Data
    let path: String
    let file: String
    let maxUnpackedBytes: Int

    static let mimeType = "application/vnd.oasis.opendocument.spreadsheet"

    /// A ZIP whose first entry, `mimetype`, stored uncompressed as the format asks, names an
    /// OpenDocument spreadsheet (its name and text stand in the first hundred bytes).
    static func looksLikeODS(_ data: Data) -> Bool {
        data.prefix(120).range(of: Data(mimeType.utf8)) != nil
    }

    func fail(_ message: String) -> LoadError { LoadError(file: file, message: message) }

    func extract() throws -> ExtractedText {
        var archive = try ZipPackage(data: data, path: path, file: file, maxUnpackedBytes: maxUnpackedBytes,
                                     kind: ".ods", expected: "a complete OpenDocument spreadsheet")
        guard let xml = try archive.stream("content.xml") else {
            throw fail("ZIP 压缩包里没有 content.xml (an OpenDocument file without its content part): the spreadsheet is damaged")
        }
        var read = WorkbookSheets()
        do {
            for sheet in try sheets(xml) {
                if sheet.hidden { read.skipHidden(sheet.grid.name) } else { read.add(sheet.grid) }
            }
        } catch let error as XMLEvents.Malformed {
            if let failure = xml.failure { throw archive.failure(failure, path: "content.xml") }
            throw fail("content.xml 第 \(error.line) 行 XML 格式错误 (malformed XML in content.xml, line \(error.line): \(error.reason)): expected a well-formed OpenDocument spreadsheet")
        }
        if let failure = xml.failure { throw archive.failure(failure, path: "content.xml") }
        archive.count(xml)
        return try read.extracted(format: .ods, none: fail("表格文件中没有任何有内容的工作表 (the spreadsheet has no sheet with cells): expected a sheet holding a performance-target form"))
    }

    /// The sheets of `content.xml`, in order; a hidden one's cells are not read.
    func sheets(_ xml: InputStream) throws -> [(grid: SheetGrid, hidden: Bool)] {
        var grids: [(grid: SheetGrid, hidden: Bool)] = []
        var grid: SheetGrid?
        var hidden = false
        // The table styles that hide their sheets, from the automatic styles before the body.
        var style: String?
        var hiding: Set<String> = []
        var row = 0, column = 0
        var rowRepeat = 1, cellRepeat = 1
        var span: (rows: Int, columns: Int) = (1, 1)
        var text = ""
        var inCell = false
        var paragraphs = 0
        /// Annotations (comments) in a cell are not what it shows.
        var annotation = 0
        try XMLEvents.walk(stream: xml, start: { name, attributes in
            switch name {
            case "style": style = attributes["family"] == "table" ? attributes["name"] : nil
            case "table-properties":
                if let style, attributes["display"] == "false" { hiding.insert(style) }
            case "table":
                grid = SheetGrid(name: attributes["name"] ?? "Sheet\(grids.count + 1)")
                hidden = attributes["style-name"].map(hiding.contains) ?? false
                row = 0
            case "table-row":
                rowRepeat = Self.count(attributes["number-rows-repeated"])
                row += 1
                column = 0
            case "table-cell", "covered-table-cell":
                cellRepeat = Self.count(attributes["number-columns-repeated"])
                span = (Self.count(attributes["number-rows-spanned"]), Self.count(attributes["number-columns-spanned"]))
                column += 1
                text = ""
                paragraphs = 0
                inCell = name == "table-cell"
            case "annotation": annotation += 1
            case "p", "s", "tab", "line-break":
                // The text a cell shows: its paragraphs, spaces, tabs and breaks.
                guard inCell, annotation == 0 else { break }
                switch name {
                case "p":
                    if paragraphs > 0 { text += "\n" }
                    paragraphs += 1
                case "s": text += String(repeating: " ", count: min(Self.count(attributes["c"]), 100))
                case "tab": text += "\t"
                default: text += "\n"
                }
            default: break
            }
        }, end: { name in
            switch name {
            case "annotation": annotation -= 1
            case "table-cell", "covered-table-cell":
                // A cell repeated across holds the same text in each place; blank ones are skipped
                // (a sheet's last cell is often repeated to the 16,384th column).
                if inCell, !hidden, !text.isEmpty, row <= 1_048_576 {
                    for offset in 0..<min(cellRepeat, 16_384) where column + offset <= 16_384 {
                        grid?.set(row: row, column: column + offset, text)
                    }
                    if span.rows > 1 || span.columns > 1 {
                        grid?.merged.append(SheetGrid.Range(firstRow: row, firstColumn: column,
                                                            lastRow: row + span.rows - 1, lastColumn: column + span.columns - 1))
                    }
                }
                column += cellRepeat - 1
                inCell = false
            case "table-row":
                // A row repeated down is blank in all but rare sheets: its copies hold the same text.
                if rowRepeat > 1, let copied = grid?.texts(inRow: row), !copied.isEmpty {
                    for extra in 1..<min(rowRepeat, 1_000) {
                        for (at, cell) in copied { grid?.set(row: row + extra, column: at, cell) }
                    }
                }
                row += rowRepeat - 1
            case "table":
                if let grid { grids.append((grid, hidden)) }
                grid = nil
            default: break
            }
        }, text: { chunk in
            if inCell && annotation == 0 && paragraphs > 0 { text += chunk }
        })
        return grids
    }

    /// A repeat or span count: 1 when absent or not a positive number.
    static func count(_ value: String?) -> Int {
        guard let value, let number = Int(value), number > 0 else { return 1 }
        return number
    }
}
