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

    /// Bytes unpacked so far, across every entry: the ZIP-bomb cap applies to the total.
    private var unpacked = 0

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

    mutating func extract() throws -> ExtractedText {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw fail("ZIP 压缩包已损坏或不完整 (truncated or damaged .xlsx: the ZIP directory cannot be read): expected a complete Excel workbook")
        }
        let workbookPath = try officeDocumentPath(archive)
        guard let workbookXML = try read(workbookPath, from: archive) else {
            throw fail("ZIP 压缩包里没有 Excel 工作簿 (a ZIP archive without \(workbookPath), e.g. .docx or .ods): expected an .xlsx workbook")
        }
        let (sheets, date1904) = try sheetEntries(workbookXML, workbookPath: workbookPath, archive: archive)
        let strings = try sharedStrings(archive, workbookPath: workbookPath)
        let formats = try NumberFormats.read(try read(relatedPath(workbookPath, type: "styles", archive: archive) ?? "", from: archive), file: file)

        var blocks: [(name: String, lines: [String])] = []
        var details: [String] = []
        var skipped: [String] = []
        for sheet in sheets {
            if sheet.hidden { skipped.append("\(sheet.name)（隐藏）"); continue }
            // Worksheets are inflated as they are parsed: a large sheet is never held unpacked.
            guard let xml = try stream(sheet.path, from: archive) else {
                throw fail("工作表「\(sheet.name)」缺少 \(sheet.path) (worksheet part missing from the archive)")
            }
            let grid: SheetGrid
            do {
                grid = try readSheet(xml, sheet: sheet, strings: strings, formats: formats, date1904: date1904)
            } catch {
                if let failure = xml.failure { throw streamError(failure, path: sheet.path) }
                throw error
            }
            if let failure = xml.failure { throw streamError(failure, path: sheet.path) }
            unpacked += xml.produced
            if grid.isEmpty { skipped.append("\(sheet.name)（空）"); continue }
            blocks.append((sheet.name, grid.lines()))
            details.append("工作表「\(sheet.name)」\(blocks.last!.lines.count) 行" + (grid.merged.isEmpty ? "" : "，合并单元格 \(grid.merged.count) 处"))
        }
        if !skipped.isEmpty { details.append("未读：" + skipped.joined(separator: "、")) }
        guard !blocks.isEmpty else {
            throw fail("工作簿中没有任何有内容的可见工作表 (the workbook has no visible sheet with cells): expected a sheet holding a performance-target form")
        }
        return .joining(format: .xlsx, blocks: blocks, details: details, qualifyParts: blocks.count > 1)
    }

    func fail(_ message: String) -> LoadError { LoadError(file: file, message: message) }

    // MARK: The archive

    /// The bytes of one entry, or nil when the archive does not hold it. Stops with an
    /// error once the whole workbook would unpack to more than `maxUnpackedBytes`, and
    /// checks every entry's CRC.
    ///
    /// ZIPFoundation reads the directory and inflates; the compressed bytes are handed to
    /// its inflater here rather than through `Archive.extract`, because that keeps asking
    /// for input past the end of a damaged deflate stream and never returns.
    mutating func read(_ path: String, from archive: Archive) throws -> Data? {
        guard !path.isEmpty, let entry = archive[path] else { return nil }
        let limit = maxUnpackedBytes
        let budget = limit - unpacked
        let tooLarge = fail("解压后超过 \(limit / 1_048_576) MB 上限 (\(path) unpacks to more than the limit: a ZIP bomb or not a form workbook)")
        let file = self.file
        let damaged = { (reason: String) in
            LoadError(file: file, message: "压缩包中的 \(path) 已损坏 (damaged entry \(path): \(reason)): expected a complete Excel workbook")
        }
        if entry.uncompressedSize > UInt64(max(budget, 0)) { throw tooLarge }
        // The ratio cap: checked on the bytes actually inflated (the directory may lie).
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        let ratioCap = compressed > Int.max / InputText.maxCompressionRatio ? Int.max
            : max(InputText.ratioFloorBytes, compressed * InputText.maxCompressionRatio)
        let tooDense = fail("解压比超过 \(InputText.maxCompressionRatio):1 (\(path) unpacks to more than \(InputText.maxCompressionRatio) times its compressed size past \(InputText.ratioFloorBytes / 1_048_576) MB: a ZIP bomb, not a form workbook)")
        if entry.uncompressedSize > UInt64(ratioCap) { throw tooDense }
        guard let start = localDataOffset(of: path),
              entry.compressedSize <= UInt64(data.count - start) else {
            throw damaged("its data is not where the ZIP directory says")
        }
        let end = start + Int(entry.compressedSize)
        var bytes = Data()
        var checksum: CRC32
        if entry.isCompressed {
            var position = start
            var overBudget = false
            var overRatio = false
            do {
                checksum = try Data.decompress(size: Int64(entry.compressedSize), bufferSize: 64 * 1024, skipCRC32: false,
                                               provider: { [data] _, size in
                    guard position < end else { throw CocoaError(.fileReadCorruptFile) }
                    let chunk = data.subdata(in: position..<min(position + size, end))
                    position += chunk.count
                    return chunk
                }, consumer: { chunk in
                    if bytes.count + chunk.count > budget {
                        overBudget = true
                        throw CocoaError(.fileReadTooLarge)
                    }
                    if bytes.count + chunk.count > ratioCap {
                        overRatio = true
                        throw CocoaError(.fileReadTooLarge)
                    }
                    bytes.append(chunk)
                })
            } catch {
                if overBudget { throw tooLarge }
                if overRatio { throw tooDense }
                throw damaged("the deflate stream is broken or cut off")
            }
        } else {
            bytes = data.subdata(in: start..<end)
            checksum = bytes.crc32(checksum: 0)
        }
        if checksum != entry.checksum { throw damaged("CRC mismatch") }
        if bytes.count > budget { throw tooLarge }
        unpacked += bytes.count
        return bytes
    }

    /// An entry as a stream the XML parser pulls from, with the caps and CRC of `read`.
    func stream(_ path: String, from archive: Archive) throws -> InflatingStream? {
        guard !path.isEmpty, let entry = archive[path] else { return nil }
        let budget = maxUnpackedBytes - unpacked
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        let ratioCap = compressed > Int.max / InputText.maxCompressionRatio ? Int.max
            : max(InputText.ratioFloorBytes, compressed * InputText.maxCompressionRatio)
        if entry.uncompressedSize > UInt64(max(budget, 0)) { throw streamError(.tooLarge, path: path) }
        if entry.uncompressedSize > UInt64(ratioCap) { throw streamError(.tooDense, path: path) }
        guard let start = localDataOffset(of: path), entry.compressedSize <= UInt64(data.count - start) else {
            throw streamError(.damaged("its data is not where the ZIP directory says"), path: path)
        }
        return InflatingStream(data: data, range: start..<(start + Int(entry.compressedSize)), compressed: entry.isCompressed,
                               crc: entry.checksum, limit: max(budget, 0), ratioLimit: ratioCap)
    }

    func streamError(_ failure: InflatingStream.Failure, path: String) -> LoadError {
        switch failure {
        case .tooLarge:
            return fail("解压后超过 \(maxUnpackedBytes / 1_048_576) MB 上限 (\(path) unpacks to more than the limit: a ZIP bomb or not a form workbook)")
        case .tooDense:
            return fail("解压比超过 \(InputText.maxCompressionRatio):1 (\(path) unpacks to more than \(InputText.maxCompressionRatio) times its compressed size past \(InputText.ratioFloorBytes / 1_048_576) MB: a ZIP bomb, not a form workbook)")
        case .damaged(let reason):
            return LoadError(file: file, message: "压缩包中的 \(path) 已损坏 (damaged entry \(path): \(reason)): expected a complete Excel workbook")
        }
    }

    /// Where an entry's data starts: after its local header (signature `PK\x03\x04`, the
    /// name, the extra field). ZIPFoundation keeps that offset to itself.
    func localDataOffset(of path: String) -> Int? {
        let signature = Data([0x50, 0x4B, 0x03, 0x04])
        let name = Data(path.utf8)
        var from = data.startIndex
        while let found = data.range(of: signature, in: from..<data.endIndex) {
            let header = found.lowerBound
            from = found.upperBound
            guard header + 30 <= data.endIndex else { return nil }
            let nameLength = Int(data[header + 26]) | Int(data[header + 27]) << 8
            let extraLength = Int(data[header + 28]) | Int(data[header + 29]) << 8
            let nameStart = header + 30
            guard nameStart + nameLength + extraLength <= data.endIndex,
                  data[nameStart..<(nameStart + nameLength)] == name else { continue }
            return nameStart + nameLength + extraLength - data.startIndex
        }
        return nil
    }

    /// The workbook part named by the package relationships (normally `xl/workbook.xml`).
    mutating func officeDocumentPath(_ archive: Archive) throws -> String {
        guard let rels = try read("_rels/.rels", from: archive) else { return "xl/workbook.xml" }
        var target: String?
        try parse(rels, part: "_rels/.rels") { name, attributes in
            if name == "Relationship", attributes["Type"]?.hasSuffix("/officeDocument") == true {
                target = attributes["Target"]
            }
        }
        guard let target else { return "xl/workbook.xml" }
        return Self.resolve(target, relativeTo: "")
    }

    /// `worksheets/sheet1.xml` next to `xl/workbook.xml` is `xl/worksheets/sheet1.xml`;
    /// `/xl/…` is absolute; `..` steps up.
    static func resolve(_ target: String, relativeTo directory: String) -> String {
        var parts = target.hasPrefix("/") ? [] : directory.split(separator: "/").map(String.init)
        for part in target.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
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
    mutating func relationships(of part: String, archive: Archive) throws -> [String: (type: String, target: String)] {
        let relsPath = Self.relsPath(of: part)
        guard let rels = try read(relsPath, from: archive) else { return [:] }
        var result: [String: (type: String, target: String)] = [:]
        let directory = Self.directory(of: part)
        try parse(rels, part: relsPath) { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                  attributes["TargetMode"] != "External" else { return }
            result[id] = (attributes["Type"] ?? "", Self.resolve(target, relativeTo: directory))
        }
        return result
    }

    mutating func relatedPath(_ part: String, type suffix: String, archive: Archive) throws -> String? {
        try relationships(of: part, archive: archive).values.first { $0.type.hasSuffix("/" + suffix) }?.target
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

    mutating func sheetEntries(_ xml: Data, workbookPath: String, archive: Archive) throws -> ([SheetEntry], Bool) {
        let rels = try relationships(of: workbookPath, archive: archive)
        var sheets: [SheetEntry] = []
        var date1904 = false
        var missing: [String] = []
        try parse(xml, part: workbookPath) { name, attributes in
            switch name {
            case "workbookPr":
                date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
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
        return (sheets, date1904)
    }

    /// The shared-string table: each `<si>` is its `<t>` text, rich-text runs joined,
    /// phonetic guides (`<rPh>`) left out.
    mutating func sharedStrings(_ archive: Archive, workbookPath: String) throws -> [String] {
        guard let path = try relatedPath(workbookPath, type: "sharedStrings", archive: archive),
              let xml = try read(path, from: archive) else { return [] }
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
                   date1904: Bool) throws -> SheetGrid {
        var grid = SheetGrid(name: sheet.name)
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
                inCell = true
            case "v" where inCell: capture = "v"
            case "is" where inCell: inInline = true
            case "t" where inInline && phonetic == 0: capture = "t"
            case "rPh": phonetic += 1
            case "mergeCell":
                if let reference = attributes["ref"], let range = SheetGrid.parseRange(reference) {
                    grid.merged.append(range)
                }
            default: break
            }
        }, end: { name in
            switch name {
            case "v", "t": capture = nil
            case "is": inInline = false
            case "rPh": phonetic -= 1
            case "c":
                inCell = false
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
                }
                grid.set(row: row, column: column, text)
            default: break
            }
        }, text: { text in
            switch capture {
            case "v": value += text
            case "t": inline += text
            default: break
            }
        })
        return grid
    }
}
