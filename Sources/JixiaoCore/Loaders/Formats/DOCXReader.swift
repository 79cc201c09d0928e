import Foundation

/// Reads a Word document (.docx) with ZIPFoundation and the streaming XML parser: body
/// paragraphs (`w:p`: the text of its `w:t` runs, `w:tab` as a tab, `w:br` as a space;
/// deleted text, field codes and hidden runs (`w:vanish`), which Word does not show, left out)
/// become lines, and every table (`w:tbl`) a grid whose merged cells come from `w:gridSpan`
/// (across) and `w:vMerge` (down: `restart` starts a merge, an empty or `continue` one
/// extends it). A table nested in a cell is flattened into that cell's text, its cells
/// separated by spaces.
struct DOCXReader {
    let data: Data
    let path: String
    let file: String
    let maxUnpackedBytes: Int

    /// A ZIP whose entries name a Word document part and no workbook: told from the bytes of
    /// its local headers and directory, which hold every entry name in plain text.
    static func looksLikeDocx(_ data: Data) -> Bool {
        data.range(of: Data("word/document.xml".utf8)) != nil && data.range(of: Data("xl/workbook.xml".utf8)) == nil
    }

    func fail(_ message: String) -> LoadError { LoadError(file: file, message: message) }

    func extract() throws -> ExtractedText {
        var package = try ZipPackage(data: data, path: path, file: file, maxUnpackedBytes: maxUnpackedBytes,
                                     kind: ".docx", expected: "a complete Word document")
        let documentPath = try package.officeDocumentPath { xml, part, start in try parse(xml, part: part, start: start) }
            ?? "word/document.xml"
        guard let xml = try package.read(documentPath) else {
            throw fail("ZIP 压缩包里没有 Word 文档正文 (a ZIP archive without \(documentPath)): expected a .docx document")
        }
        let document = try read(xml, part: documentPath)
        guard !document.isEmpty else {
            throw fail("Word 文档中没有任何文字 (the document has no text): expected a performance-target form")
        }
        return document.extracted(format: .docx, details: ["\(documentPath)"])
    }

    func parse(_ xml: Data, part: String, start: @escaping XMLEvents.Start,
               end: @escaping XMLEvents.End = { _ in }, text: @escaping XMLEvents.Text = { _ in }) throws {
        do {
            try XMLEvents.walk(xml, start: start, end: end, text: text)
        } catch let error as XMLEvents.Malformed {
            throw fail("\(part) 第 \(error.line) 行 XML 格式错误 (malformed XML in \(part), line \(error.line): \(error.reason)): expected a well-formed Word document")
        }
    }

    /// One table being read: where it is laid out, the cell being read, and the vertical
    /// merges still open (grid column → the row they started on).
    struct OpenTable {
        var layout: TableLayout
        var cellText = ""
        var span = 1
        /// nil: no `w:vMerge`; "restart"; "continue".
        var vMerge: String?
        var openMerges: [Int: Int] = [:]
    }

    func read(_ xml: Data, part: String) throws -> FlowDocument {
        var document = FlowDocument()
        var table: OpenTable?
        /// Depth of `w:tbl` elements: 1 is a table of the body, more is nested in a cell.
        var tableDepth = 0
        var paragraphDepth = 0
        var runDepth = 0
        var inText = false
        /// The run is hidden text (`w:vanish` in its properties): Word neither shows nor prints it.
        var runHidden = false
        /// Inside content to leave out: `mc:Fallback` (a copy of `mc:Choice`), deleted text,
        /// field instructions.
        var skipDepth = 0
        var line = ""

        func append(_ text: String) {
            if tableDepth > 0 { table?.cellText += text } else { line += text }
        }

        try parse(xml, part: part, start: { name, attributes in
            if skipDepth > 0 { if ["Fallback", "del", "instrText"].contains(name) { skipDepth += 1 }; return }
            switch name {
            case "Fallback", "del", "instrText": skipDepth += 1
            case "tbl":
                tableDepth += 1
                if tableDepth == 1 { table = OpenTable(layout: TableLayout(name: "表")) }
            case "tr" where tableDepth == 1:
                table?.layout.startRow()
            case "gridBefore" where tableDepth == 1:
                table?.layout.skip(Int(attributes["val"] ?? "") ?? 0)
            case "tc" where tableDepth == 1:
                table?.cellText = ""
                table?.span = 1
                table?.vMerge = nil
            case "gridSpan" where tableDepth == 1:
                table?.span = max(1, Int(attributes["val"] ?? "") ?? 1)
            case "vMerge" where tableDepth == 1:
                table?.vMerge = attributes["val"] == "restart" ? "restart" : "continue"
            case "p": paragraphDepth += 1
            case "r":
                runDepth += 1
                runHidden = false
            case "vanish" where runDepth > 0:
                runHidden = !["0", "false", "off"].contains(attributes["val"] ?? "")
            case "t" where runDepth > 0: inText = !runHidden
            case "tab" where runDepth > 0 && !runHidden: append("\t")
            case "br", "cr": if runDepth > 0 { append(" ") }
            default: break
            }
        }, end: { name in
            if skipDepth > 0 { if ["Fallback", "del", "instrText"].contains(name) { skipDepth -= 1 }; return }
            switch name {
            case "t": inText = false
            case "r":
                runDepth = max(0, runDepth - 1)
                runHidden = false
            case "p":
                paragraphDepth = max(0, paragraphDepth - 1)
                if tableDepth > 0 {
                    table?.cellText += "\n"
                } else if paragraphDepth == 0 {
                    document.addLine(line)
                    line = ""
                } else {
                    line += " "  // a paragraph in a text box inside a paragraph
                }
            case "tc" where tableDepth > 1: table?.cellText += " "
            case "tr" where tableDepth > 1: table?.cellText += "\n"
            case "tc" where tableDepth == 1:
                guard var open = table else { return }
                let column = open.layout.nextColumn
                if open.vMerge == "continue", let firstRow = open.openMerges[column] {
                    open.layout.extendDown(from: firstRow, column: column, columns: open.span)
                } else {
                    let placed = open.layout.place(open.cellText, columns: open.span)
                    if open.vMerge == "restart" {
                        open.openMerges[placed.column] = placed.row
                    } else {
                        open.openMerges[placed.column] = nil
                    }
                }
                table = open
            case "tbl":
                tableDepth -= 1
                if tableDepth == 0, let open = table {
                    document.addTable(open.layout.finished())
                    table = nil
                }
            default: break
            }
        }, text: { text in
            if inText && skipDepth == 0 { append(text) }
        })
        if !line.isEmpty { document.addLine(line) }
        return document
    }
}
