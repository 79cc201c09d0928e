import CLibXML2
import Foundation

/// Reads a saved web page with libxml2's HTML parser, which mends broken markup as browsers
/// do (never a hand-written parser): text outside tables becomes lines (block elements,
/// `br` and list items end a line; `head`, `script` and `style` are left out), and every
/// `table` a grid placed by the HTML table model, `rowspan`/`colspan` as merged ranges.
/// A table nested in a cell is flattened into that cell's text.
struct HTMLReader {
    let data: Data
    let file: String

    /// Text that opens (after a BOM and white space) with `<!DOCTYPE html` or `<html`, or
    /// holds `<table` and `<tr` in its first 4 KB.
    static func looksLikeHTML(_ data: Data) -> Bool {
        var bytes = data.prefix(4096)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Lowered in an array of its own (every text file is asked: `Data.map` cost a million
        // instructions for the 4 KB).
        var lowered = [UInt8](bytes)
        for i in lowered.indices where lowered[i] >= 0x41 && lowered[i] <= 0x5A { lowered[i] += 0x20 }
        let start = lowered.drop(while: { [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains($0) })
        if start.starts(with: "<!doctype html".utf8) || start.starts(with: "<html".utf8) { return true }
        return lowered.withUnsafeBufferPointer { hay in
            ["<table", "<tr"].allSatisfy { (word: String) in
                var word = word
                return word.withUTF8 { TextCleaning.offset(of: $0, in: hay) != nil }
            }
        }
    }

    func fail(_ message: String) -> LoadError { LoadError(file: file, message: message) }

    /// libxml2 is set up once, before the first page (files are read on several threads).
    private static let libraryReady: Void = xmlInitParser()

    func extract() throws -> ExtractedText {
        let (bytes, encoding, detail) = try decode()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        _ = Self.libraryReady
        let parsed: htmlDocPtr? = bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0, raw.count <= Int(Int32.max) else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, encoding, options)
        }
        guard let parsed else {
            throw fail("网页无法解析 (libxml2 could not parse the HTML page): expected a web page holding a performance-target form")
        }
        defer { xmlFreeDoc(parsed) }
        var walker = Walker()
        walker.walk(xmlDocGetRootElement(parsed))
        walker.endLine()
        guard !walker.document.isEmpty else {
            throw fail("网页中没有任何文字 (the page has no text): expected a performance-target form")
        }
        return walker.document.extracted(format: .html, details: [detail])
    }

    /// The bytes handed to libxml2 and the encoding it is told they are in: UTF-8 (with or
    /// without BOM), GB2312/GBK/GB18030 (declared, or undeclared and not UTF-8) decoded here
    /// strictly, any other declared charset left to libxml2.
    func decode() throws -> (Data, String, String) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard String(validating: data.dropFirst(3), as: UTF8.self) != nil else {
                throw fail("有 UTF-8 标记 (BOM) 但内容不是有效的 UTF-8 (not UTF-8 although the page starts with a UTF-8 BOM)")
            }
            return (Data(data.dropFirst(3)), "UTF-8", "UTF-8 (BOM)")
        }
        if data.starts(with: [0xFF, 0xFE]) { return (data, "UTF-16LE", "UTF-16LE (BOM)") }
        if data.starts(with: [0xFE, 0xFF]) { return (data, "UTF-16BE", "UTF-16BE (BOM)") }
        let declared = Self.declaredCharset(data)
        let isUTF8 = String(validating: data, as: UTF8.self) != nil
        let gbNames: Set<String> = ["gb2312", "gbk", "gb18030", "x-gbk", "gb_2312-80", "cp936", "windows-936", "euc-cn"]
        let chinese = { (why: String) throws -> (Data, String, String) in
            guard let (text, cut) = TextDecoder.gb18030(self.data) else {
                throw self.fail("网页既不是 UTF-8 也不是 GB18030 (GBK) 编码\(why) (the page is neither UTF-8 nor GB18030 text)")
            }
            return (Data(text.utf8), "UTF-8", "GB18030/GBK" + why + (cut > 0 ? "，末尾截断在一个字符中间，去掉了不完整的 \(cut) 个字节" : ""))
        }
        switch declared {
        case let name? where gbNames.contains(name):
            return try chinese("（charset=\(name)）")
        case nil, "utf-8", "utf8", "unicode-1-1-utf-8":
            if isUTF8 { return (data, "UTF-8", "UTF-8" + (declared.map { "（charset=\($0)）" } ?? "")) }
            return try chinese(declared == nil ? "" : "（声明为 \(declared!)，实为 GB18030）")
        case let name?:
            return (data, name.uppercased(), name.uppercased() + "（charset=\(name)）")
        }
    }

    /// The charset a `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">` in
    /// the first 4 KB declares, lowercased.
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var rest = Substring(head)
        while let found = rest.range(of: "charset") {
            var after = rest[found.upperBound...].drop(while: { $0 == " " || $0 == "\t" })
            rest = after
            guard after.first == "=" else { continue }
            after = after.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
            let name = after.prefix(while: { $0.isLetter || $0.isNumber || "-_.:".contains($0) })
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    /// A walk over the parsed tree, collecting lines and tables.
    struct Walker {
        var document = FlowDocument()
        var line = ""

        static let skipped: Set<String> = ["head", "script", "style", "noscript", "template", "select", "textarea",
                                           "iframe", "object", "svg", "math"]
        static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
                                          "dd", "br", "hr", "section", "article", "header", "footer", "nav", "aside",
                                          "blockquote", "pre", "address", "form", "fieldset", "center", "main",
                                          "figure", "figcaption", "caption", "tr", "body", "html"]

        mutating func endLine() {
            document.addLine(Self.collapse(line))
            line = ""
        }

        mutating func walk(_ root: xmlNodePtr?) {
            if let root { visit(root) }
        }

        /// One node and everything under it.
        mutating func visit(_ node: xmlNodePtr) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                line += HTMLReader.text(of: node)
            case XML_ELEMENT_NODE:
                let name = HTMLReader.name(of: node)
                if Self.skipped.contains(name) { return }
                if name == "table" {
                    endLine()
                    for caption in HTMLReader.children(of: node) where HTMLReader.name(of: caption) == "caption" {
                        line = HTMLReader.cellText(caption)
                        endLine()
                    }
                    document.addTable(HTMLReader.table(node))
                    return
                }
                let block = Self.blocks.contains(name)
                if block { endLine() }
                var child = node.pointee.children
                while let current = child {
                    visit(current)
                    child = current.pointee.next
                }
                if block { endLine() }
            default:
                break
            }
        }

        /// White space as a browser shows it: runs of spaces, tabs and line breaks are one
        /// space; a non-breaking space stays a space of its own.
        static func collapse(_ text: String) -> String {
            var result = ""
            var lastSpace = false
            for scalar in text.unicodeScalars {
                switch scalar {
                case " ", "\t", "\n", "\r", "\u{0C}":
                    if !lastSpace { result.unicodeScalars.append(" ") }
                    lastSpace = true
                case "\u{A0}":
                    result.unicodeScalars.append(" ")
                    lastSpace = false
                default:
                    result.unicodeScalars.append(scalar)
                    lastSpace = false
                }
            }
            return result
        }
    }

    static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    static func text(of node: xmlNodePtr) -> String {
        guard let content = node.pointee.content else { return "" }
        return String(cString: content)
    }

    static func children(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// An attribute's value, read from the node's attribute list (nothing to free).
    static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, String(cString: attributeName).lowercased() == name {
                var text = ""
                var child = current.pointee.children
                while let value = child {
                    text += Self.text(of: value)
                    child = value.pointee.next
                }
                return text
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// `colspan="2"` → 2; anything that is not a positive number is 1 (as browsers do).
    static func span(_ name: String, of node: xmlNodePtr) -> Int {
        let digits = (attribute(name, of: node) ?? "").trimmingCharacters(in: .whitespaces).prefix(while: \.isASCII)
            .prefix(while: \.isNumber)
        guard let value = Int(digits.prefix(6)), value > 0 else { return 1 }
        return value
    }

    /// A cell's text: its own lines (paragraphs, `br`) joined by line breaks, which the grid
    /// turns into spaces; a nested table's cells separated by spaces.
    static func cellText(_ cell: xmlNodePtr) -> String {
        var walker = Walker()
        var lines: [String] = []
        func visit(_ node: xmlNodePtr) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                walker.line += text(of: node)
            case XML_ELEMENT_NODE:
                let name = self.name(of: node)
                if Walker.skipped.contains(name) { return }
                let breaks = Walker.blocks.contains(name) || name == "table"
                if breaks { lines.append(Walker.collapse(walker.line)); walker.line = "" }
                var child = node.pointee.children
                while let current = child {
                    visit(current)
                    if ["td", "th"].contains(name) == false, ["td", "th"].contains(self.name(of: current)) {
                        walker.line += " "
                    }
                    child = current.pointee.next
                }
                if breaks { lines.append(Walker.collapse(walker.line)); walker.line = "" }
            default: break
            }
        }
        var child = cell.pointee.children
        while let current = child {
            visit(current)
            child = current.pointee.next
        }
        lines.append(Walker.collapse(walker.line))
        return lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The rows of a table (directly or in `thead`/`tbody`/`tfoot`, in document order) laid
    /// out on a grid.
    static func table(_ node: xmlNodePtr) -> SheetGrid {
        var rows: [xmlNodePtr] = []
        for child in children(of: node) {
            switch name(of: child) {
            case "tr": rows.append(child)
            case "thead", "tbody", "tfoot": rows += children(of: child).filter { name(of: $0) == "tr" }
            default: break
            }
        }
        var layout = TableLayout(name: "表", rowCount: rows.count)
        for row in rows {
            layout.startRow()
            for cell in children(of: row) where ["td", "th"].contains(name(of: cell)) {
                layout.place(cellText(cell), columns: span("colspan", of: cell), rows: span("rowspan", of: cell))
            }
        }
        return layout.finished()
    }
}
