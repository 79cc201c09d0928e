import Foundation
import ZIPFoundation

/// Reads an Office Open XML workbook (.xlsx) with ZIPFoundation and a streaming XML parser:
/// shared and inline strings, numbers (shown as their number format shows them, or as
/// written when stored as text), merged cells, and every visible worksheet as its own block
/// of tab-separated lines.
struct XLSXReader {
    let data: Data
    /// The file on disk: ZIPFoundation reads the directory from it (its in-memory archive
    /// traps on a directory that points past the end).
    let path: String
    let file: String
    let maxUnpackedBytes: Int

    init(data: Data, path: String, file: String, maxUnpackedBytes: Int) {
        self.data = data
        self.path = path
        self.file = file
        self.maxUnpackedBytes = maxUnpackedBytes
    }

    struct SheetEntry {
        var name: String
        var path: String
        var hidden: Bool
    }

    func extract() throws -> ExtractedText {
        var archive = try ZipPackage(data: data, path: path, file: file, maxUnpackedBytes: maxUnpackedBytes,
                                     kind: ".xlsx", expected: "a complete Excel workbook")
        let workbookPath = try officeDocumentPath(&archive)
        guard let workbookXML = try read(workbookPath, from: &archive) else {
            throw fail("ZIP 压缩包里没有 Excel 工作簿 (a ZIP archive without \(workbookPath), e.g. an .odt or a .zip of other files): expected an .xlsx workbook")
        }
        let (sheets, workbook) = try sheetEntries(workbookXML, workbookPath: workbookPath, archive: &archive)
        let strings = try sharedStrings(&archive, workbookPath: workbookPath)
        let stylesPath = try relatedPath(workbookPath, type: "styles", archive: &archive) ?? ""
        let formats = try NumberFormats.read(try read(stylesPath, from: &archive), file: file)

        var read = WorkbookSheets()
        var sheetsRead: [SheetCells] = []
        for sheet in sheets {
            if sheet.hidden { read.skipHidden(sheet.name); continue }
            // Worksheets are inflated as they are parsed: a large sheet is never held unpacked.
            guard let xml = try archive.stream(sheet.path) else {
                throw fail("工作表「\(sheet.name)」缺少 \(sheet.path) (worksheet part missing from the archive)")
            }
            let cells: SheetCells
            do {
                cells = try readSheet(xml, sheet: sheet, strings: strings, formats: formats, date1904: workbook.date1904,
                                      recalculate: workbook.recalculate)
            } catch {
                if let failure = xml.failure { throw archive.failure(failure, path: sheet.path) }
                throw error
            }
            if let failure = xml.failure { throw archive.failure(failure, path: sheet.path) }
            archive.count(xml)
            sheetsRead.append(cells)
        }
        // Formulas whose results the workbook does not hold are computed once every sheet is read
        // (a total may add up another sheet's cells).
        var formulas = SheetFormulas(sheets: sheetsRead, formats: formats, date1904: workbook.date1904)
        formulas.compute(recalculate: workbook.recalculate)
        for (index, grid) in formulas.grids.enumerated() {
            read.add(grid)
            for problem in formulas.problems where problem.sheet == index {
                read.problem(sheet: grid.name, row: problem.row, problem.problem)
            }
        }
        if let note = formulas.note { read.note(note) }
        return try read.extracted(format: .xlsx, none: fail("工作簿中没有任何有内容的可见工作表 (the workbook has no visible sheet with cells): expected a sheet holding a performance-target form"))
    }

    func fail(_ message: String) -> LoadError { LoadError(file: file, message: message) }

    // MARK: The archive

    /// The bytes of one entry, or nil when the archive does not hold it (see `ZipPackage.read`).
    func read(_ path: String, from archive: inout ZipPackage) throws -> Data? {
        try archive.read(path)
    }

    /// The workbook part named by the package relationships (normally `xl/workbook.xml`).
    func officeDocumentPath(_ archive: inout ZipPackage) throws -> String {
        try archive.officeDocumentPath { xml, part, start in try parse(xml, part: part, start: start) } ?? "xl/workbook.xml"
    }

    static func resolve(_ target: String, relativeTo directory: String) -> String {
        ZipPackage.resolve(target, relativeTo: directory)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func relsPath(of path: String) -> String {
        let directory = directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return (directory.isEmpty ? "" : directory + "/") + "_rels/" + name + ".rels"
    }

    /// Relationships of a part: id → (type, resolved target).
    func relationships(of part: String, archive: inout ZipPackage) throws -> [String: (type: String, target: String)] {
        let relsPath = Self.relsPath(of: part)
        guard let rels = try read(relsPath, from: &archive) else { return [:] }
        var result: [String: (type: String, target: String)] = [:]
        let directory = Self.directory(of: part)
        try parse(rels, part: relsPath) { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                  attributes["TargetMode"] != "External" else { return }
            result[id] = (attributes["Type"] ?? "", Self.resolve(target, relativeTo: directory))
        }
        return result
    }

    func relatedPath(_ part: String, type suffix: String, archive: inout ZipPackage) throws -> String? {
        try relationships(of: part, archive: &archive).values.first { $0.type.hasSuffix("/" + suffix) }?.target
    }

    func parse(_ xml: Data, part: String, start: @escaping XMLEvents.Start,
               end: @escaping XMLEvents.End = { _ in }, text: @escaping XMLEvents.Text = { _ in }) throws {
        try parse(stream: InputStream(data: xml), part: part, start: start, end: end, text: text)
    }

    func parse(stream: InputStream, part: String, start: @escaping XMLEvents.Start,
               end: @escaping XMLEvents.End = { _ in }, text: @escaping XMLEvents.Text = { _ in }) throws {
        do {
            try XMLEvents.walk(stream: stream, start: start, end: end, text: text)
        } catch let error as XMLEvents.Malformed {
            throw fail("\(part) 第 \(error.line) 行 XML 格式错误 (malformed XML in \(part), line \(error.line): \(error.reason)): expected a well-formed Excel workbook")
        }
    }

    // MARK: Workbook, strings

    /// What the workbook part says of all its sheets.
    struct WorkbookSettings {
        var date1904 = false
        /// The results stored with the formulas are not to be trusted: the writer asks the
        /// reader to compute them again on opening (`calcPr fullCalcOnLoad`, as XlsxWriter,
        /// libxlsxwriter and openpyxl write).
        var recalculate = false
    }

    func sheetEntries(_ xml: Data, workbookPath: String, archive: inout ZipPackage) throws -> ([SheetEntry], WorkbookSettings) {
        let rels = try relationships(of: workbookPath, archive: &archive)
        var sheets: [SheetEntry] = []
        var settings = WorkbookSettings()
        var missing: [String] = []
        try parse(xml, part: workbookPath) { name, attributes in
            switch name {
            case "workbookPr":
                settings.date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            case "calcPr":
                settings.recalculate = ["1", "true"].contains(attributes["fullCalcOnLoad"] ?? "")
            case "sheet":
                let sheetName = attributes["name"] ?? "Sheet\(sheets.count + 1)"
                guard let id = attributes["id"], let rel = rels[id] else { missing.append(sheetName); return }
                // Chart sheets and dialog sheets hold no cells.
                guard rel.type.hasSuffix("/worksheet") else { return }
                let state = attributes["state"] ?? "visible"
                sheets.append(SheetEntry(name: sheetName, path: rel.target, hidden: state != "visible"))
            default: break
            }
        }
        if !missing.isEmpty {
            throw fail("工作表「\(missing.joined(separator: "、"))」在 \(workbookPath) 中没有对应的部件 (sheet without a worksheet part): the workbook is damaged")
        }
        return (sheets, settings)
    }

    /// The shared-string table: each `<si>` is its `<t>` text, rich-text runs joined,
    /// phonetic guides (`<rPh>`) left out.
    func sharedStrings(_ archive: inout ZipPackage, workbookPath: String) throws -> [String] {
        guard let path = try relatedPath(workbookPath, type: "sharedStrings", archive: &archive),
              let xml = try read(path, from: &archive) else { return [] }
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        try parse(xml, part: path, start: { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = true
            case "rPh": phonetic += 1
            default: break
            }
        }, end: { name in
            switch name {
            case "si": strings.append(Self.unescape(current))
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }, text: { text in
            if inText && phonetic == 0 { current += text }
        })
        return strings
    }

    /// OOXML writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return).
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16),
               let scalar = Unicode.Scalar(value) {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }

    // MARK: One worksheet

    func readSheet(_ xml: InputStream, sheet: SheetEntry, strings: [String], formats: NumberFormats,
                   date1904: Bool, recalculate: Bool) throws -> SheetCells {
        var read = SheetCells(grid: SheetGrid(name: sheet.name))
        var row = 0
        var column = 0
        var type = "n"
        var style = 0
        var value = ""
        var inline = ""
        var capture: String?  // "v" or "t" while inside one
        var inCell = false
        var inInline = false
        var phonetic = 0
        // The cell's formula (`<f>`): its text, and the shared formula it is part of (`si`), written
        // out only in the range's first cell.
        var formula: String?
        var shared: Int?
        var sharedFormulas: [Int: SheetCells.Formula] = [:]
        let file = self.file

        func cellName() -> String { "\(SheetGrid.columnName(column))\(row)" }
        func cellError(_ message: String) -> LoadError {
            LoadError(file: file, line: row, message: "工作表「\(sheet.name)」单元格 \(cellName()): \(message)")
        }

        try parse(stream: xml, part: sheet.path, start: { name, attributes in
            switch name {
            case "row":
                if let r = attributes["r"], let number = Int(r), number > 0, number <= 1_048_576 {
                    row = number
                } else {
                    row += 1
                }
                column = 0
            case "c":
                if let reference = attributes["r"] {
                    guard let parsed = SheetGrid.parseReference(reference) else {
                        throw LoadError(file: file, line: row, message: "工作表「\(sheet.name)」: 无效的单元格地址「\(reference)」 (invalid cell reference): expected A1-style references")
                    }
                    row = parsed.row
                    column = parsed.column
                } else {
                    column += 1
                }
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap { Int($0) } ?? 0
                value = ""
                inline = ""
                formula = nil
                shared = nil
                inCell = true
            case "f" where inCell:
                formula = ""
                shared = attributes["t"] == "shared" ? attributes["si"].flatMap { Int($0) } : nil
                capture = "f"
            case "v" where inCell: capture = "v"
            case "is" where inCell: inInline = true
            case "t" where inInline && phonetic == 0: capture = "t"
            case "rPh": phonetic += 1
            case "mergeCell":
                if let reference = attributes["ref"], let range = SheetGrid.parseRange(reference) {
                    read.grid.merged.append(range)
                }
            default: break
            }
        }, end: { name in
            switch name {
            case "v", "t", "f": capture = nil
            case "is": inInline = false
            case "rPh": phonetic -= 1
            case "c":
                inCell = false
                // A formula whose result the file does not hold, or holds only for show: computed
                // once the workbook is read (`SheetFormulas`), the stored result kept for a formula
                // that cannot be.
                var pending: SheetCells.Formula?
                if let written = formula {
                    var own = SheetCells.Formula(row: row, column: column, style: style, text: written)
                    if let index = shared {
                        if written.isEmpty, let first = sharedFormulas[index] {
                            own = first
                            (own.row, own.column, own.style) = (row, column, style)
                            own.offset = (row - first.row, column - first.column)
                            own.sharedFrom = (first.row, first.column)
                        } else if !written.isEmpty {
                            sharedFormulas[index] = own
                        }
                    }
                    if recalculate || value.isEmpty, !own.text.isEmpty { pending = own }
                }
                // Kept however the cell ends (a blank stored result returns early below).
                defer { if let pending { read.formulas.append(pending) } }
                let text: String
                switch type {
                case "s":
                    guard let index = Int(value.trimmingCharacters(in: .whitespaces)) else {
                        if value.isEmpty { return }
                        throw cellError("共享字符串编号「\(value)」不是数字 (shared-string index is not a number)")
                    }
                    guard strings.indices.contains(index) else {
                        throw cellError("共享字符串编号 \(index) 超出范围（共 \(strings.count) 条）(shared-string index out of range): the workbook is damaged")
                    }
                    text = strings[index]
                case "inlineStr": text = Self.unescape(inline)
                case "str", "e", "d": text = Self.unescape(value)
                case "b": text = value == "1" ? "TRUE" : (value == "0" ? "FALSE" : value)
                default:
                    let trimmed = value.trimmingCharacters(in: .whitespaces)
                    if trimmed.isEmpty { return }
                    guard let number = Double(trimmed) else {
                        throw cellError("数值「\(trimmed)」无法读取 (number cell that is not a number)")
                    }
                    text = formats.display(number, style: style, date1904: date1904)
                    if pending == nil { read.numbers[row, default: [:]][column] = number }
                }
                if pending != nil {
                    pending?.stored = text
                } else {
                    read.grid.set(row: row, column: column, text)
                }
            default: break
            }
        }, text: { text in
            switch capture {
            case "v": value += text
            case "t": inline += text
            case "f": formula? += text
            default: break
            }
        })
        return read
    }
}
