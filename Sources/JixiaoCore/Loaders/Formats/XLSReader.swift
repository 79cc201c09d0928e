import CFreeXL
import CGsf
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a legacy Excel workbook (.xls, BIFF 2–8 in an OLE2 compound file) with FreeXL.
/// Every worksheet becomes its own block of tab-separated lines, as in `XLSXReader`.
/// FreeXL gives values but not number formats: libgsf takes the Workbook stream out of the
/// compound file and `BIFFNumbers` reads each number's format and the merged ranges from it,
/// so a number reads as the .xlsx reader shows it (`0.95` under `0%` is `95%`). BIFF keeps a
/// merged range's value in its top-left cell only and FreeXL reports the covered cells as
/// empty, which is what the readers expect.
struct XLSReader {
    let path: String
    let file: String

    func extract() throws -> ExtractedText {
        let records = try Self.isolatedRead(path: path, file: file)
        // The number formats, when libgsf could take the Workbook stream out; without them
        // (a BIFF2–4 file, or a compound file libgsf refuses) numbers read as General.
        var numbers: BIFFNumbers?
        for case .stream(let bytes) in records {
            do {
                numbers = try BIFFNumbers.read(bytes)
            } catch let damaged as BIFFNumbers.Damaged {
                let place = damaged.sheet.map { "工作表「\($0)」: " } ?? ""
                throw LoadError(file: file, message: "\(place)\(damaged.reason): expected an intact Excel 97-2003 workbook")
            }
        }
        var read = WorkbookSheets()
        var grid: SheetGrid?
        var sheetIndex = -1
        var formatted: BIFFNumbers.Sheet?
        func finishSheet() {
            guard var sheet = grid else { return }
            if formatted?.hidden == true { read.skipHidden(sheet.name); return }
            // FreeXL leaves out formula cells: their numeric results come from the stream; a
            // formula showing text (or a boolean, an error, nothing) is what the stream says,
            // whatever FreeXL gave (it gives 0 for text).
            if let numbers, let formatted {
                for (cell, number) in formatted.numbers where sheet.cells[cell.row]?[cell.column] == nil {
                    sheet.set(row: cell.row, column: cell.column,
                              numbers.formats.display(number.value, style: number.xf, date1904: numbers.date1904))
                }
                for (cell, text) in formatted.formulaTexts {
                    sheet.set(row: cell.row, column: cell.column, text)
                }
            }
            sheet.merged = formatted?.merged ?? []
            read.add(sheet)
        }
        for record in records {
            switch record {
            case .stream: break
            case .sheet(let name):
                finishSheet()
                grid = SheetGrid(name: name)
                sheetIndex += 1
                // FreeXL lists the worksheets in the workbook's order, as the stream does;
                // the name settles it when the two lists differ.
                formatted = numbers?.sheets.first { $0.name == name }
                    ?? numbers.flatMap { $0.sheets.indices.contains(sheetIndex) ? $0.sheets[sheetIndex] : nil }
            case .cell(let row, let column, let text, let numeric):
                if numeric, let numbers, let cell = formatted?.numbers[.init(row: row, column: column)] {
                    grid?.set(row: row, column: column, numbers.formats.display(cell.value, style: cell.xf, date1904: numbers.date1904))
                } else {
                    grid?.set(row: row, column: column, text)
                }
            case .failure(let code, _, _, _) where code != Self.passwordProtected && numbers?.biff8 == true
                    && numbers?.sheets.isEmpty == false:
                // FreeXL could not read the workbook (it gives no handle for one whose shared
                // strings hold an empty string, as POI and LibreOffice write a cell holding ""):
                // its cells are read from the Workbook stream instead, said in the details.
                return try Self.fromStream(numbers!, file: file, freeXLCode: code)
            case .failure(let code, let row, let column, let sheet):
                let place = sheet.map { "工作表「\($0)」" + (row.map { "单元格 \(SheetGrid.columnName(column ?? 1))\($0)" } ?? "") + ": " } ?? ""
                switch code {
                case Self.passwordProtected:
                    throw LoadError(file: file, message: "工作簿设有密码 (password-protected .xls): expected a workbook without a password")
                default:
                    throw LoadError(file: file, line: row,
                                    message: "\(place)无法读取 .xls 工作簿 (\(Self.describe(code))): expected an Excel 97-2003 workbook")
                }
            }
        }
        finishSheet()
        return try read.extracted(format: .xls, none: Self.noSheet(file))
    }

    static func noSheet(_ file: String) -> LoadError {
        LoadError(file: file, message: "工作簿中没有任何有内容的工作表 (the workbook has no sheet with cells): expected a sheet holding a performance-target form")
    }

    /// The workbook as `BIFFNumbers` read it from the Workbook stream: text, numbers as their
    /// formats show them and formulas' results, each worksheet a block as FreeXL's would be.
    static func fromStream(_ numbers: BIFFNumbers, file: String, freeXLCode: Int32) throws -> ExtractedText {
        var read = WorkbookSheets()
        for formatted in numbers.sheets {
            if formatted.hidden { read.skipHidden(formatted.name); continue }
            var sheet = SheetGrid(name: formatted.name)
            for (cell, text) in formatted.texts { sheet.set(row: cell.row, column: cell.column, text) }
            for (cell, number) in formatted.numbers {
                sheet.set(row: cell.row, column: cell.column, numbers.formats.display(number.value, style: number.xf, date1904: numbers.date1904))
            }
            for (cell, text) in formatted.formulaTexts { sheet.set(row: cell.row, column: cell.column, text) }
            sheet.merged = formatted.merged
            read.add(sheet)
        }
        read.note("FreeXL 无法打开（错误 \(freeXLCode)），单元格取自工作簿数据流")
        return try read.extracted(format: .xls, none: noSheet(file))
    }

    /// What the reading process reports, in order: a sheet, then its cells.
    enum Record {
        /// The Workbook stream, for its number formats.
        case stream([UInt8])
        case sheet(String)
        /// `numeric`: FreeXL read a number (or a date, which is a number with a format).
        case cell(row: Int, column: Int, text: String, numeric: Bool)
        case failure(code: Int32, row: Int?, column: Int?, sheet: String?)
    }

    static let passwordProtected: Int32 = -1000

    /// FreeXL is C and a damaged file can make it crash (a fuzzed fixture did): it runs in
    /// a process of its own (`XLSReaderProcess`), which sends the cells back through a pipe,
    /// so a crash or a hang is an error for this file and the run goes on.
    static func isolatedRead(path: String, file: String, timeoutSeconds: Int32 = 120) throws -> [Record] {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else {
            throw LoadError(file: file, message: "无法为读取 .xls 建立管道 (pipe failed: errno \(errno))")
        }
        // Close-on-exec: a process another thread starts meanwhile (posix_spawn) must not keep the
        // write end open, or this read waits for that process to end, not for the child.
        for descriptor in fds { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let child: pid_t
        if let executable = XLSReaderProcess.executable {
            child = XLSReaderProcess.start(executable, path: path, output: fds[1]) ?? -1
        } else {
            // A program built without the `jixiao` executable (a fuzzer) forks instead.
            child = fork()
            if child == 0 {
                // Loads may run in parallel: close the other threads' pipes inherited here, so
                // their readers see the end of their own child's output without waiting for us.
                dup2(fds[1], 1)
                let openMax = Int32(clamping: min(max(sysconf(Int32(_SC_OPEN_MAX)), 256), 65_536))
                for descriptor in 3..<openMax { close(descriptor) }
                _exit(XLSReaderProcess.writeRecords(path: path))
            }
        }
        close(fds[1])
        defer { close(fds[0]) }
        guard child > 0 else {
            throw LoadError(file: file, message: "无法启动读取 .xls 的子进程 (cannot start the reader process: \(String(cString: strerror(errno))))")
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var timedOut = false
        while true {
            var descriptor = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, timeoutSeconds * 1000)
            if ready == 0 { timedOut = true; break }
            if ready < 0 { if errno == EINTR { continue }; break }
            let count = buffer.withUnsafeMutableBytes { read(fds[0], $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            received.append(contentsOf: buffer[..<count])
        }
        if timedOut { kill(child, SIGKILL) }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        if timedOut || signal != 0 || (status >> 8) & 0xFF != 0 {
            let why = timedOut ? "超过 \(timeoutSeconds) 秒仍未读完 (timed out)" : signal != 0 ? "信号 \(signal)" : "退出码 \((status >> 8) & 0xFF)"
            throw LoadError(file: file, message: "读取 .xls 时 FreeXL 异常终止（\(why)），文件可能已损坏 (the .xls reader crashed on this file: a damaged workbook): expected an intact Excel 97-2003 workbook")
        }
        return try decode(received, file: file)
    }

    // MARK: In the child process: C calls and bytes only

    /// Each record: kind (1 sheet, 2 text cell, 3 integer, 4 double, 5 date or time as text,
    /// 6 the Workbook stream, 9 failure), then row, column (UInt32) and the payload's length
    /// and bytes.
    static func readInChild(path: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        func put(_ value: UInt32) {
            out.append(UInt8(value & 0xFF)); out.append(UInt8(value >> 8 & 0xFF))
            out.append(UInt8(value >> 16 & 0xFF)); out.append(UInt8(value >> 24))
        }
        func record(_ kind: UInt8, _ row: UInt32, _ column: UInt32, _ payload: UnsafeRawBufferPointer) {
            out.append(kind)
            put(row); put(column); put(UInt32(payload.count))
            out.append(contentsOf: payload)
        }
        func text(_ kind: UInt8, _ row: UInt32, _ column: UInt32, _ pointer: UnsafePointer<CChar>?) {
            guard let pointer else { record(kind, row, column, UnsafeRawBufferPointer(start: nil, count: 0)); return }
            record(kind, row, column, UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
        }
        func failure(_ code: Int32, row: UInt32 = 0, column: UInt32 = 0) {
            var value = code
            withUnsafeBytes(of: &value) { record(9, row, column, $0) }
        }
        if let stream = workbookStream(path: path) {
            stream.withUnsafeBytes { record(6, 0, 0, $0) }
        }
        var handle: UnsafeRawPointer?
        let opened = freexl_open(path, &handle)
        defer { if handle != nil { freexl_close(handle) } }
        guard opened == FREEXL_OK, let handle else {
            // FreeXL may also say OK and give no handle for a damaged file.
            failure(opened == FREEXL_OK ? FREEXL_CFBF_READ_ERROR : opened)
            return out
        }
        var password: UInt32 = 0
        if freexl_get_info(handle, UInt16(FREEXL_BIFF_PASSWORD), &password) == FREEXL_OK,
           password == UInt32(FREEXL_BIFF_OBFUSCATED) {
            failure(passwordProtected)
            return out
        }
        var sheetCount: UInt32 = 0
        let counted = freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &sheetCount)
        guard counted == FREEXL_OK else { failure(counted); return out }
        for index in 0..<min(sheetCount, UInt32(UInt16.max)) {
            var name: UnsafePointer<CChar>?
            if freexl_get_worksheet_name(handle, UInt16(index), &name) != FREEXL_OK { name = nil }
            text(1, index, 0, name)
            let selected = freexl_select_active_worksheet(handle, UInt16(index))
            guard selected == FREEXL_OK else { failure(selected); return out }
            var rows: UInt32 = 0
            var columns: UInt16 = 0
            let dimensions = freexl_worksheet_dimensions(handle, &rows, &columns)
            guard dimensions == FREEXL_OK else { failure(dimensions); return out }
            for row in 0..<rows {
                for column in 0..<columns {
                    var cell = FreeXL_CellValue()
                    let status = freexl_get_cell_value(handle, row, column, &cell)
                    guard status == FREEXL_OK else {
                        failure(status, row: row + 1, column: UInt32(column) + 1)
                        return out
                    }
                    switch Int32(cell.type) {
                    case FREEXL_CELL_INT:
                        var value = cell.value.int_value
                        withUnsafeBytes(of: &value) { record(3, row + 1, UInt32(column) + 1, $0) }
                    case FREEXL_CELL_DOUBLE:
                        var value = cell.value.double_value
                        withUnsafeBytes(of: &value) { record(4, row + 1, UInt32(column) + 1, $0) }
                    case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
                        text(2, row + 1, UInt32(column) + 1, cell.value.text_value)
                    case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
                        text(5, row + 1, UInt32(column) + 1, cell.value.text_value)
                    default: break
                    }
                }
            }
        }
        return out
    }

    /// The Workbook (BIFF8) or Book (BIFF5) stream of the compound file; nil when libgsf cannot
    /// open it or it holds neither.
    static func workbookStream(path: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return CompoundFile.streams(in: data, named: [["Workbook", "Book"]])[0]
    }

    /// The child's records, back in the parent.
    static func decode(_ bytes: [UInt8], file: String) throws -> [Record] {
        var records: [Record] = []
        var offset = 0
        var sheet: String?
        func number(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        while offset + 13 <= bytes.count {
            let kind = bytes[offset]
            let row = number(offset + 1), column = number(offset + 5), length = number(offset + 9)
            let start = offset + 13
            guard start + length <= bytes.count else { break }
            let payload = Array(bytes[start..<(start + length)])
            offset = start + length
            switch kind {
            case 1:
                let name = payload.isEmpty ? "Sheet\(row + 1)" : String(decoding: payload, as: UTF8.self)
                sheet = name
                records.append(.sheet(name))
            case 2, 5:
                records.append(.cell(row: row, column: column, text: String(decoding: payload, as: UTF8.self), numeric: kind == 5))
            case 3 where length == 4:
                let value = payload.withUnsafeBytes { $0.loadUnaligned(as: Int32.self) }
                records.append(.cell(row: row, column: column, text: String(value), numeric: true))
            case 4 where length == 8:
                let value = payload.withUnsafeBytes { $0.loadUnaligned(as: Double.self) }
                records.append(.cell(row: row, column: column, text: SheetGrid.general(value), numeric: true))
            case 6:
                records.append(.stream(payload))
            case 9 where length == 4:
                let code = payload.withUnsafeBytes { $0.loadUnaligned(as: Int32.self) }
                records.append(.failure(code: code, row: row > 0 ? row : nil, column: column > 0 ? column : nil, sheet: sheet))
            default:
                throw LoadError(file: file, message: "读取 .xls 的子进程输出无法识别 (garbled output from the .xls reader)")
            }
        }
        guard offset == bytes.count else {
            throw LoadError(file: file, message: "读取 .xls 的子进程输出不完整 (truncated output from the .xls reader)")
        }
        return records
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case FREEXL_FILE_NOT_FOUND: return "文件无法读取 (file not found or not readable)"
        case FREEXL_INSUFFICIENT_MEMORY: return "内存不足 (insufficient memory)"
        case FREEXL_INVALID_CFBF_HEADER, FREEXL_CFBF_INVALID_SIGNATURE, FREEXL_CFBF_INVALID_SECTOR_SIZE,
             FREEXL_CFBF_EMPTY_FAT_CHAIN, FREEXL_CFBF_ILLEGAL_FAT_ENTRY, FREEXL_CFBF_READ_ERROR,
             FREEXL_CFBF_SEEK_ERROR, FREEXL_INVALID_MINI_STREAM, FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
            return "OLE2 复合文件已损坏或不完整 (damaged or truncated OLE2 compound file, FreeXL error \(code))"
        case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
            return "OLE2 文件中没有 Excel 工作簿，可能是 Word 文档或加密的工作簿 (an OLE2 file without a Workbook stream: a .doc, or a password-protected .xlsx)"
        case FREEXL_BIFF_INVALID_BOF, FREEXL_BIFF_INVALID_SST, FREEXL_BIFF_ILLEGAL_SST_INDEX,
             FREEXL_ILLEGAL_RK_VALUE, FREEXL_CRAFTED_FILE:
            return "BIFF 记录已损坏 (damaged BIFF records, FreeXL error \(code))"
        case FREEXL_INVALID_CHARACTER, FREEXL_UNSUPPORTED_CHARSET:
            return "工作簿的字符集无法转换 (text in an unsupported code page, FreeXL error \(code))"
        default: return "FreeXL 错误 \(code)"
        }
    }
}
