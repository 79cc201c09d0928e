import CFreeXL
import Foundation

/// Reads a legacy Excel workbook (.xls, BIFF 2–8 in an OLE2 compound file) with FreeXL.
/// Every worksheet becomes its own block of tab-separated lines, as in `XLSXReader`.
/// BIFF keeps a merged range's value in its top-left cell only and FreeXL reports the
/// covered cells as empty, which is what the layout loaders expect.
struct XLSReader {
    let path: String
    let file: String

    func extract() throws -> ExtractedText {
        var handle: UnsafeRawPointer?
        let opened = freexl_open(path, &handle)
        defer { if handle != nil { freexl_close(handle) } }
        guard opened == FREEXL_OK, let handle else {
            throw LoadError(file: file, message: "无法打开 .xls 工作簿 (\(Self.describe(opened))): expected an Excel 97-2003 workbook")
        }
        var password: UInt32 = 0
        if freexl_get_info(handle, UInt16(FREEXL_BIFF_PASSWORD), &password) == FREEXL_OK,
           password == UInt32(FREEXL_BIFF_OBFUSCATED) {
            throw LoadError(file: file, message: "工作簿设有密码 (password-protected .xls): expected a workbook without a password")
        }
        var sheetCount: UInt32 = 0
        guard freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &sheetCount) == FREEXL_OK else {
            throw LoadError(file: file, message: "无法读取工作表数目 (cannot count the worksheets): the workbook is damaged")
        }

        var blocks: [(name: String, lines: [String])] = []
        var details: [String] = []
        var skipped: [String] = []
        for index in 0..<min(sheetCount, UInt32(UInt16.max)) {
            let sheetIndex = UInt16(index)
            var namePointer: UnsafePointer<CChar>?
            let name = freexl_get_worksheet_name(handle, sheetIndex, &namePointer) == FREEXL_OK
                ? namePointer.map { String(cString: $0) } ?? "Sheet\(index + 1)" : "Sheet\(index + 1)"
            let selected = freexl_select_active_worksheet(handle, sheetIndex)
            guard selected == FREEXL_OK else {
                throw LoadError(file: file, message: "工作表「\(name)」无法读取 (\(Self.describe(selected)))")
            }
            var rows: UInt32 = 0
            var columns: UInt16 = 0
            let dimensions = freexl_worksheet_dimensions(handle, &rows, &columns)
            guard dimensions == FREEXL_OK else {
                throw LoadError(file: file, message: "工作表「\(name)」无法读取尺寸 (\(Self.describe(dimensions)))")
            }
            var grid = SheetGrid(name: name)
            for row in 0..<rows {
                for column in 0..<columns {
                    var cell = FreeXL_CellValue()
                    let status = freexl_get_cell_value(handle, row, column, &cell)
                    guard status == FREEXL_OK else {
                        throw LoadError(file: file, line: Int(row) + 1,
                                        message: "工作表「\(name)」单元格 \(SheetGrid.columnName(Int(column) + 1))\(row + 1): 无法读取 (\(Self.describe(status)))")
                    }
                    if let text = Self.text(of: cell) {
                        grid.set(row: Int(row) + 1, column: Int(column) + 1, text)
                    }
                }
            }
            if grid.isEmpty { skipped.append("\(name)（空）"); continue }
            let lines = grid.lines()
            blocks.append((name, lines))
            details.append("工作表「\(name)」\(lines.count) 行")
        }
        if !skipped.isEmpty { details.append("未读：" + skipped.joined(separator: "、")) }
        guard !blocks.isEmpty else {
            throw LoadError(file: file, message: "工作簿中没有任何有内容的工作表 (the workbook has no sheet with cells): expected a sheet holding a performance-target form")
        }
        return .joining(format: .xls, blocks: blocks, details: details, qualifyParts: blocks.count > 1)
    }

    static func text(of cell: FreeXL_CellValue) -> String? {
        switch Int32(cell.type) {
        case FREEXL_CELL_INT: return String(cell.value.int_value)
        case FREEXL_CELL_DOUBLE: return SheetGrid.general(cell.value.double_value)
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT, FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
            return cell.value.text_value.map { String(cString: $0) }
        default: return nil
        }
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
            return "OLE2 文件中没有 Excel 工作簿，可能是 Word 文档 (an OLE2 file without a Workbook stream, e.g. a .doc)"
        case FREEXL_BIFF_INVALID_BOF, FREEXL_BIFF_INVALID_SST, FREEXL_BIFF_ILLEGAL_SST_INDEX,
             FREEXL_ILLEGAL_RK_VALUE, FREEXL_CRAFTED_FILE:
            return "BIFF 记录已损坏 (damaged BIFF records, FreeXL error \(code))"
        case FREEXL_INVALID_CHARACTER, FREEXL_UNSUPPORTED_CHARSET:
            return "工作簿的字符集无法转换 (text in an unsupported code page, FreeXL error \(code))"
        default: return "FreeXL 错误 \(code)"
        }
    }
}
