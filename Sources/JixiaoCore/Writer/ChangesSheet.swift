import Foundation

/// The 本月变化 sheet: what changed since the previous period's run in the same output root.
enum ChangesSheet {
    static func write(_ changes: PeriodChanges, period: String, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("本月变化", wrapping: [2, 3, 6])
        sheet.setColumns([10, 10, 16, 30, 12, 12, 40])
        let title = changes.previousPeriod.map { "\(period) 与 \($0) 相比" }
            ?? "没有找到上一期的运行结果（输出文件夹中没有早于 \(period) 的期间），本期无可比较"
        sheet.header(["变化", "县（区）", "部门", "项目", "上期预算（万元）", "本期预算（万元）", "说明"])
        var row = 1
        for change in changes.changes {
            var cells = RowWriter(sheet: sheet, row: row)
            cells.text(change.kind.rawValue, change.kind == .newFinding ? .severity(.warning)
                       : change.kind == .resolvedFinding ? .severity(.info) : .boldText)
            cells.text(change.county)
            cells.text(change.department)
            cells.text(change.project)
            cells.number(change.before, .money)
            cells.number(change.after, .money)
            cells.text(change.detail)
            row += 1
        }
        sheet.write(row + 1, 0, title, .note)
        if changes.previousPeriod != nil, changes.changes.isEmpty, changes.warnings.isEmpty {
            sheet.write(row + 2, 0, "与上期相比没有变化", .note)
        }
        for (index, warning) in changes.warnings.enumerated() {
            sheet.write(row + 2 + index, 0, warning, .severity(.warning))
        }
        sheet.finishTable(title: "本月变化", lastRow: max(row - 1, 1), columns: 7, maximumWidth: 60)
    }
}
