import Foundation

/// A table that goes on over further sheets when it reaches Excel's last row: `问题清单`,
/// then `问题清单 续1`, `问题清单 续2` …, each with the header row, so nothing is cut off
/// while the run says every row was written. Rows that belong together (a project's
/// indicators) are kept on one sheet. How a sheet is made and finished (header, widths,
/// print set-up) is the caller's: this only decides where each row goes.
final class ContinuedSheets {
    /// Rows in an Excel sheet, the header row included.
    static let excelRows = 1_048_576

    private let baseName: String
    private let rowLimit: Int
    private let make: (String) throws -> XLSXSheet
    private let finish: (XLSXSheet, _ lastRow: Int, _ suffix: String) -> Void
    private(set) var sheet: XLSXSheet
    /// The next row to write on `sheet`.
    var row = 1
    /// Sheets after the first.
    private(set) var continuations = 0

    /// - Parameters:
    ///   - rowLimit: rows per sheet, header included (Excel's limit; smaller in tests).
    ///   - make: adds a sheet of the given name with its header row (data starts on row 1).
    ///   - finish: called for each full sheet and, by `close()`, for the last one, with its
    ///     last row and its suffix (`""`, `" 续1"` …) for titles.
    init(name: String, rowLimit: Int = ContinuedSheets.excelRows, make: @escaping (String) throws -> XLSXSheet,
         finish: @escaping (XLSXSheet, Int, String) -> Void) throws {
        baseName = name
        self.rowLimit = max(rowLimit, 2)
        self.make = make
        self.finish = finish
        sheet = try make(name)
    }

    /// Makes room for `rows` rows written together: a new sheet when they would not fit.
    func reserve(_ rows: Int = 1) throws {
        guard row + rows > rowLimit, row > 1 else { return }
        finish(sheet, row - 1, suffix)
        continuations += 1
        let base = String(SheetNames.sanitize(baseName).prefix(31 - suffix.count))
        sheet = try make(base + suffix)
        row = 1
    }

    func close() {
        finish(sheet, row - 1, suffix)
    }

    private var suffix: String { continuations == 0 ? "" : " 续\(continuations)" }
}
