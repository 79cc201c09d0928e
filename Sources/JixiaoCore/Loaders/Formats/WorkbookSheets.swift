import Foundation

/// A workbook's sheets as its reader gives them: a block of lines for each sheet with cells,
/// said in the details with its rows and merged cells; hidden and empty sheets said as not read.
struct WorkbookSheets {
    private var blocks: [(name: String, lines: [String])] = []
    private var details: [String] = []
    private var skipped: [String] = []
    private var problems: [(sheet: String, row: Int, problem: ReadingProblem)] = []

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

    /// A cell of `sheet`'s row `row` read only in part (its `line` is set from the row).
    mutating func problem(sheet: String, row: Int, _ problem: ReadingProblem) {
        problems.append((sheet, row, problem))
    }

    /// The text of the sheets read; `none` when no sheet had a cell.
    func extracted(format: InputFormat, none: LoadError) throws -> ExtractedText {
        guard !blocks.isEmpty else { throw none }
        let notRead = skipped.isEmpty ? [] : ["未读：" + skipped.joined(separator: "、")]
        var text = ExtractedText.joining(format: format, blocks: blocks, details: details + notRead, qualifyParts: blocks.count > 1)
        // A sheet left out as empty (its only cells formulas that could not be computed) still has
        // its problems told, at the text's first line; their messages name sheet and cell.
        text.problems = problems.map { entry in
            var problem = entry.problem
            problem.line = text.parts.first { $0.name == entry.sheet }.map { $0.firstLine + entry.row - 1 } ?? 1
            return problem
        }
        return text
    }
}
