import Foundation

/// What FreeXL does not give of a legacy .xls: each number's format and the merged ranges.
/// Read from the Workbook stream (BIFF5 or BIFF8, taken out of the OLE2 compound file by
/// libgsf, see `XLSReader`): the FORMAT (0x041E) and XF (0x00E0) records and DATEMODE of the
/// workbook globals; in each worksheet the XF index of every numeric cell (NUMBER 0x0203,
/// RK 0x027E, MULRK 0x00BD, FORMULA 0x0006 with a numeric result), the text, boolean or error
/// a formula shows (its STRING record 0x0207 follows it; FreeXL gives such a cell as 0), and
/// MERGEDCELLS (0x00E5).
/// Numbers are then shown by `NumberFormats`, exactly as the .xlsx reader shows them.
/// Every record is bounds-checked; a record running past the end of the stream is an error
/// naming the sheet.
struct BIFFNumbers: Sendable {
    struct Sheet: Sendable {
        var name: String
        /// Hidden or very hidden in Excel (BOUNDSHEET's state): a template's lists for its
        /// drop-downs, an old copy; not read, as the .xlsx reader does not read them.
        var hidden = false
        /// Numeric cells, 1-based: (row, column) → (value, XF index).
        var numbers: [Cell: (value: Double, xf: Int)] = [:]
        /// What formulas with a result other than a number show (`>=250000人`, `TRUE`, `#N/A`, or
        /// nothing), 1-based.
        var formulaTexts: [Cell: String] = [:]
        var merged: [SheetGrid.Range] = []
        /// Text cells (LABELSST 0x00FD through the shared strings, LABEL 0x0204), 1-based: read
        /// only for a workbook FreeXL cannot open (see `XLSReader`), which are then read from here.
        var texts: [Cell: String] = [:]
    }

    struct Cell: Hashable, Sendable {
        var row: Int, column: Int
    }

    var formats = NumberFormats()
    var date1904 = false
    /// Worksheets in the order of the workbook's sheet list (chart and macro sheets left out).
    var sheets: [Sheet] = []
    /// BIFF8's shared strings (SST 0x00FC and its CONTINUE records), in order.
    var sharedStrings: [String] = []
    var biff8 = false

    struct Damaged: Error {
        var sheet: String?
        var reason: String
    }

    /// The record types read here.
    enum Record: UInt16 {
        case bof = 0x0809, eof = 0x000A, dateMode = 0x0022, format = 0x041E, xf = 0x00E0
        case boundSheet = 0x0085, number = 0x0203, rk = 0x027E, mulRK = 0x00BD, formula = 0x0006
        case mergedCells = 0x00E5, string = 0x0207
        case sst = 0x00FC, continued = 0x003C, labelSST = 0x00FD, label = 0x0204
    }

    /// Reads the stream; throws `Damaged` for a record that does not fit.
    static func read(_ stream: [UInt8]) throws -> BIFFNumbers {
        var result = BIFFNumbers()
        var reader = Reader(bytes: stream)
        // The globals: up to the first EOF.
        guard let first = try reader.next(), first.type == Record.bof.rawValue, first.body.count >= 2 else {
            throw Damaged(sheet: nil, reason: "工作簿数据流不以 BOF 记录开头 (the Workbook stream does not start with a BOF record)")
        }
        let biff8 = first.body.u16(0) == 0x0600
        result.biff8 = biff8
        var boundSheets: [(name: String, offset: Int, hidden: Bool)] = []
        // The SST's body and its CONTINUE records' bodies.
        var sstParts: [ArraySlice<UInt8>] = []
        var inSST = false
        while let record = try reader.next() {
            let body = record.body
            if record.type == Record.sst.rawValue { sstParts = [body]; inSST = true; continue }
            if inSST, record.type == Record.continued.rawValue { sstParts.append(body); continue }
            inSST = false
            switch Record(rawValue: record.type) {
            case .eof?: break
            case .dateMode? where body.count >= 2: result.date1904 = body.u16(0) == 1
            case .format? where body.count >= 3:
                let id = Int(body.u16(0))
                if let code = biff8 ? body.unicodeString(at: 2, lengthBytes: 2) : body.byteString(at: 2, lengthBytes: 1) {
                    result.formats.codes[id] = code
                }
            case .xf? where body.count >= 4: result.formats.styleFormat.append(Int(body.u16(2)))
            case .boundSheet? where body.count >= 7:
                // dt (byte 5): 0 worksheet, 1 macro sheet, 2 chart, 6 VB module.
                guard body.byte(5) == 0 else { break }
                let name = (biff8 ? body.unicodeString(at: 6, lengthBytes: 1) : body.byteString(at: 6, lengthBytes: 1)) ?? ""
                // State (byte 4, low two bits): 0 visible, 1 hidden, 2 very hidden.
                boundSheets.append((name, Int(body.u32(0)), body.byte(4) & 0x03 != 0))
            default: break
            }
            if record.type == Record.eof.rawValue { break }
        }
        if biff8, !sstParts.isEmpty { result.sharedStrings = sharedStrings(sstParts) }
        for entry in boundSheets {
            var sheet = try readSheet(stream, at: entry.offset, name: entry.name, biff8: biff8, strings: result.sharedStrings)
            sheet.hidden = entry.hidden
            result.sheets.append(sheet)
        }
        return result
    }

    static func readSheet(_ stream: [UInt8], at offset: Int, name: String, biff8: Bool = true, strings: [String] = []) throws -> Sheet {
        var sheet = Sheet(name: name)
        guard offset >= 0, offset < stream.count else {
            throw Damaged(sheet: name, reason: "工作表的位置 \(offset) 超出数据流（\(stream.count) 字节）(sheet offset past the end of the Workbook stream)")
        }
        var reader = Reader(bytes: stream, offset: offset)
        var depth = 0
        // A formula whose text result is in the STRING record right after it.
        var textResult: Cell?
        do {
            while let record = try reader.next() {
                let body = record.body
                let formulaText = textResult
                // A shared or array formula's record (SHRFMLA, ARRAY, TABLE) may stand between
                // the FORMULA and its STRING.
                if ![0x04BC, 0x0221, 0x0236].contains(record.type) { textResult = nil }
                switch Record(rawValue: record.type) {
                case .bof?: depth += 1
                case .eof?: depth -= 1
                case .number? where depth == 1 && body.count >= 14:
                    sheet.numbers[Cell(row: Int(body.u16(0)) + 1, column: Int(body.u16(2)) + 1)] =
                        (body.f64(6), Int(body.u16(4)))
                case .rk? where depth == 1 && body.count >= 10:
                    sheet.numbers[Cell(row: Int(body.u16(0)) + 1, column: Int(body.u16(2)) + 1)] =
                        (rk(body.u32(6)), Int(body.u16(4)))
                case .mulRK? where depth == 1 && body.count >= 6:
                    let row = Int(body.u16(0)) + 1
                    let firstColumn = Int(body.u16(2)) + 1
                    for index in 0..<((body.count - 6) / 6) {
                        let at = 4 + index * 6
                        sheet.numbers[Cell(row: row, column: firstColumn + index)] = (rk(body.u32(at + 2)), Int(body.u16(at)))
                    }
                case .formula? where depth == 1 && body.count >= 14:
                    let cell = Cell(row: Int(body.u16(0)) + 1, column: Int(body.u16(2)) + 1)
                    // A result whose last two bytes are FFFF is text, a boolean, an error or empty.
                    guard body.byte(12) == 0xFF && body.byte(13) == 0xFF else {
                        sheet.numbers[cell] = (body.f64(6), Int(body.u16(4)))
                        break
                    }
                    switch body.byte(6) {
                    case 0: textResult = cell
                    case 1: sheet.formulaTexts[cell] = body.byte(8) == 0 ? "FALSE" : "TRUE"
                    case 2: sheet.formulaTexts[cell] = Self.errorTexts[body.byte(8)] ?? "#VALUE!"
                    default: sheet.formulaTexts[cell] = ""
                    }
                case .string? where depth == 1 && formulaText != nil:
                    let text = biff8 ? body.unicodeString(at: 0, lengthBytes: 2) : body.byteString(at: 0, lengthBytes: 2)
                    sheet.formulaTexts[formulaText!] = text ?? ""
                case .labelSST? where depth == 1 && body.count >= 10:
                    let index = Int(body.u32(6))
                    if index < strings.count {
                        sheet.texts[Cell(row: Int(body.u16(0)) + 1, column: Int(body.u16(2)) + 1)] = strings[index]
                    }
                case .label? where depth == 1 && body.count >= 8:
                    let text = biff8 ? body.unicodeString(at: 6, lengthBytes: 2) : body.byteString(at: 6, lengthBytes: 2)
                    sheet.texts[Cell(row: Int(body.u16(0)) + 1, column: Int(body.u16(2)) + 1)] = text ?? ""
                case .mergedCells? where depth == 1 && body.count >= 2:
                    let count = min(Int(body.u16(0)), (body.count - 2) / 8)
                    for index in 0..<count {
                        let at = 2 + index * 8
                        let firstRow = Int(body.u16(at)) + 1, lastRow = Int(body.u16(at + 2)) + 1
                        let firstColumn = Int(body.u16(at + 4)) + 1, lastColumn = Int(body.u16(at + 6)) + 1
                        guard firstRow <= lastRow, firstColumn <= lastColumn,
                              firstRow != lastRow || firstColumn != lastColumn else { continue }
                        sheet.merged.append(.init(firstRow: firstRow, firstColumn: firstColumn,
                                                  lastRow: lastRow, lastColumn: lastColumn))
                    }
                default: break
                }
                if depth <= 0 { break }
            }
        } catch var damaged as Damaged {
            damaged.sheet = name
            throw damaged
        }
        return sheet
    }

    /// The shared strings of an SST record and its CONTINUE records: a total and unique count,
    /// then XLUnicodeStrings one after another. A string's characters may run on into the next
    /// record, which then starts with a flags byte of its own (one or two bytes a character);
    /// its rich-text runs and phonetic data may too, without one. An empty string is a string
    /// (what FreeXL cannot read). Reading stops at the first string that does not fit.
    static func sharedStrings(_ parts: [ArraySlice<UInt8>]) -> [String] {
        var bytes: [UInt8] = []
        var boundaries = Set<Int>()  // where each CONTINUE's body starts in `bytes`
        for part in parts {
            if !bytes.isEmpty { boundaries.insert(bytes.count) }
            bytes += part
        }
        guard bytes.count >= 8 else { return [] }
        let whole = bytes[...]
        let unique = Int(whole.u32(4))
        var strings: [String] = []
        strings.reserveCapacity(min(unique, 1 << 16))
        var at = 8
        while strings.count < unique, at + 3 <= bytes.count {
            let count = Int(whole.u16(at))
            let flags = whole.byte(at + 2)
            at += 3
            var runs = 0, phonetic = 0
            if flags & 0x08 != 0 { runs = Int(whole.u16(at)); at += 2 }
            if flags & 0x04 != 0 { phonetic = Int(whole.u32(at)); at += 4 }
            var wide = flags & 0x01 != 0
            var units: [UInt16] = []
            units.reserveCapacity(count)
            while units.count < count {
                if boundaries.contains(at), at < bytes.count {
                    // The characters go on in a CONTINUE record: its own flags byte first.
                    wide = bytes[at] & 0x01 != 0
                    at += 1
                }
                if wide {
                    guard at + 2 <= bytes.count else { return strings }
                    units.append(UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8)
                    at += 2
                } else {
                    guard at < bytes.count else { return strings }
                    units.append(UInt16(bytes[at]))
                    at += 1
                }
            }
            strings.append(String(decoding: units, as: UTF16.self))
            at += runs * 4 + phonetic
        }
        return strings
    }

    /// The errors a formula can show, by their BIFF code.
    static let errorTexts: [UInt8: String] = [0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!",
                                              0x1D: "#NAME?", 0x24: "#NUM!", 0x2A: "#N/A"]

    /// An RK number: 30 bits of an integer or of a double's high bits, optionally ÷ 100.
    static func rk(_ raw: UInt32) -> Double {
        let value: Double
        if raw & 2 != 0 {
            value = Double(Int32(bitPattern: raw) >> 2)
        } else {
            value = Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
        }
        return raw & 1 != 0 ? value / 100 : value
    }

    /// Reads records (type, length, body) one after another, never past the end.
    struct Reader {
        let bytes: [UInt8]
        var offset = 0

        init(bytes: [UInt8], offset: Int = 0) {
            self.bytes = bytes
            self.offset = offset
        }

        mutating func next() throws -> (type: UInt16, body: ArraySlice<UInt8>)? {
            guard offset + 4 <= bytes.count else { return nil }
            let type = UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
            let length = Int(bytes[offset + 2]) | Int(bytes[offset + 3]) << 8
            let start = offset + 4
            guard start + length <= bytes.count else {
                throw Damaged(sheet: nil, reason: "BIFF 记录 0x\(String(type, radix: 16)) 在偏移 \(offset) 处超出数据流末尾（长度 \(length)）(a record runs past the end of the Workbook stream)")
            }
            offset = start + length
            // Read with `byte(_:)` and friends, which count from the body's first byte.
            return (type, bytes[start..<(start + length)])
        }
    }
}

/// Little-endian reads inside a record body; every read checks its bounds (a short body
/// reads as zeros, and the callers check the lengths they need).
extension ArraySlice where Element == UInt8 {
    func byte(_ at: Int) -> UInt8 {
        let index = startIndex + at
        return at >= 0 && index < endIndex ? self[index] : 0
    }

    func u16(_ at: Int) -> UInt16 { UInt16(byte(at)) | UInt16(byte(at + 1)) << 8 }

    func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }

    func f64(_ at: Int) -> Double { Double(bitPattern: UInt64(u32(at)) | UInt64(u32(at + 4)) << 32) }

    /// BIFF8's XLUnicodeString: a character count (1 or 2 bytes), a flags byte (bit 0: two
    /// bytes per character; bits 2, 3: rich-text runs or phonetic data follow, which only
    /// add to the record's length), then the characters. Nil when it does not fit.
    func unicodeString(at: Int, lengthBytes: Int) -> String? {
        let count = lengthBytes == 2 ? Int(u16(at)) : Int(byte(at))
        let flags = byte(at + lengthBytes)
        var position = at + lengthBytes + 1
        if flags & 0x08 != 0 { position += 2 }
        if flags & 0x04 != 0 { position += 4 }
        let wide = flags & 0x01 != 0
        let size = wide ? count * 2 : count
        guard position >= 0, position + size <= self.count else { return nil }
        let start = startIndex + position
        let raw = self[start..<(start + size)]
        if wide {
            let units = stride(from: raw.startIndex, to: raw.endIndex, by: 2).map { UInt16(self[$0]) | UInt16(self[$0 + 1]) << 8 }
            return String(decoding: units, as: UTF16.self)
        }
        return String(raw.map { Character(Unicode.Scalar($0)) })
    }

    /// BIFF5's byte string: a length then the bytes (format codes are ASCII in practice).
    func byteString(at: Int, lengthBytes: Int) -> String? {
        let count = lengthBytes == 2 ? Int(u16(at)) : Int(byte(at))
        let position = at + lengthBytes
        guard position + count <= self.count else { return nil }
        let start = startIndex + position
        return String(self[start..<(start + count)].map { Character(Unicode.Scalar($0)) })
    }
}
