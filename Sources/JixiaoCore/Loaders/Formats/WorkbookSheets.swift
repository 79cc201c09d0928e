import Foundation

/// A workbook's sheets as its reader gives them: a block of lines for each sheet with cells,
/// said in the details with its rows and merged cells; hidden and empty sheets said as not read.
struct WorkbookSheets {
    private var blocks: [(name: String, lines: [String])] = []
    private var details: [String] = []
    private var skipped: [String] = []

    mutating func skipHidden(_ name: String) { skipped.append("\(name)（隐藏）") }

    /// `sheet`, with its merged cells, unless it has no cell.
    mutating func add(_ sheet: SheetGrid) {
        if sheet.isEmpty { skipped.append("\(sheet.name)（空）"); return }
        let lines = sheet.lines()
        blocks.append((sheet.name, lines))
        details.append("工作表「\(sheet.name)」\(lines.count) 行" + (sheet.merged.isEmpty ? "" : "，合并单元格 \(sheet.merged.count) 处"))
    }

    /// A detail about the whole workbook, after the sheets' own.
    mutating func note(_ detail: String) { details.append(detail) }

    /// The text of the sheets read; `none` when no sheet had a cell.
    func extracted(format: InputFormat, none: LoadError) throws -> ExtractedText {
        guard !blocks.isEmpty else { throw none }
        let notRead = skipped.isEmpty ? [] : ["未读：" + skipped.joined(separator: "、")]
        return .joining(format: format, blocks: blocks, details: details + notRead, qualifyParts: blocks.count > 1)
    }
}
