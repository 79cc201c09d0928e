import Foundation

/// The 本月变化 sheet: what changed since the previous period's run in the same output root.
enum ChangesSheet {
    /// Fixed widths, so a long note under the table does not widen the first column.
    static let spec = SheetSpec<PeriodChange>([
        Column("变化", width: 10) { change in
            .text(change.kind.rawValue, change.kind == .newFinding ? .severity(.warning)
                  : change.kind == .resolvedFinding ? .severity(.info) : .boldText)
        },
        Column("县（区）", width: 10) { .text($0.county) },
        Column("部门", width: 16, wrap: true) { .text($0.department) },
        Column("项目", width: 30, wrap: true) { .text($0.project) },
        Column("上期预算（万元）", width: 12) { .number($0.before, .money) },
        Column("本期预算（万元）", width: 12) { .number($0.after, .money) },
        Column("说明", width: 40, wrap: true) { .text($0.detail) },
    ], maximumWidth: 60)

    static func write(_ changes: PeriodChanges, period: String, workbook: XLSXWorkbook) throws {
        let sheet = try spec.addSheet("本月变化", to: workbook)
        let title = changes.previousPeriod.map { "\(period) 与 \($0) 相比" }
            ?? "没有找到上一期的运行结果（输出文件夹中没有早于 \(period) 的期间），本期无可比较"
        var row = 1
        for change in changes.changes {
            spec.write(change, on: sheet, row: row)
            row += 1
        }
        sheet.write(row + 1, 0, title, .note)
        if changes.previousPeriod != nil, changes.changes.isEmpty, changes.warnings.isEmpty {
            sheet.write(row + 2, 0, "与上期相比没有变化", .note)
        }
        for (index, warning) in changes.warnings.enumerated() {
            sheet.write(row + 2 + index, 0, warning, .severity(.warning))
        }
        spec.finish(sheet, title: "本月变化", lastRow: max(row - 1, 1))
    }
}
