import Foundation

/// 问题清单: every finding, most serious first, coloured by severity, for the bureau's own
/// filtering. Rules and stages show their Chinese names; the rule id stays in a screen-only
/// column for scripts and for looking the rule up in `Data/rules.yaml`.
package enum FindingsSheet {
    package static func spec(_ rules: RuleCatalogue) -> SheetSpec<Finding> {
        SheetSpec<Finding>([
            Column("严重程度", width: 6) { .text($0.severity.rawValue, .severity($0.severity)) },
            Column("问题", width: 14, wrap: true) { .text(rules.title($0.rule)) },
            Column("县（区）", width: 8, wrap: true) { .text($0.county) },
            Column("部门", width: 14, wrap: true) { .text($0.department ?? "") },
            Column("项目", width: 20, wrap: true) { .text($0.project ?? "") },
            Column("问题说明", width: 42, wrap: true) { .text($0.message) },
            Column("来源文件", width: 14, wrap: true) { .text($0.source?.file ?? "") },
            Column("行号", width: 6) { .number($0.source.map { Double($0.line) }, .lineNumber) },
            Column("步骤", width: 6) { .text(rules.stageTitle($0.stage)) },
            Column("规则编号", width: 24, printed: false) { .text($0.rule) },
        ])
    }

    /// The findings' indices, most severe first, then by county (compared by bytes: the same
    /// order as `String`'s for the NFC text counties are named in, without normalising on every
    /// comparison); equal findings keep their order. Indices are sorted, not findings: moving a
    /// finding (a dozen strings) costs more than comparing it.
    package static func order(_ findings: [Finding]) -> [Int] {
        findings.indices.sorted { i, j in
            let a = findings[i].severity, b = findings[j].severity
            if a != b { return a < b }
            // In a county's book every finding has the same county: one memcmp settles it.
            let first = findings[i].county, second = findings[j].county
            return !first.sameText(second) && first.utf8.lexicographicallyPrecedes(second.utf8)
        }
    }

    /// Every finding listed (most severe first), or the first `listLimit` with a note of the
    /// total; past Excel's rows the list goes on on a `问题清单 续1` sheet.
    static func write(_ findings: [Finding], total: Int, rules: RuleCatalogue, workbook: XLSXWorkbook,
                      rowLimit: Int = ContinuedSheets.excelRows) throws {
        let spec = spec(rules)
        let sheets = try ContinuedSheets(name: "问题清单", rowLimit: rowLimit, make: { name in
            try spec.addSheet(name, to: workbook)
        }) { sheet, lastRow, suffix in
            spec.finish(sheet, title: "问题清单\(suffix)", lastRow: max(lastRow, 1))
        }
        for index in order(findings) {
            try sheets.reserve()
            spec.write(findings[index], on: sheets.sheet, row: sheets.row)
            sheets.row += 1
        }
        if findings.isEmpty {
            sheets.sheet.write(2, 0, "本期无问题。", .note)
            sheets.row = 3
        }
        if total > findings.count {
            try sheets.reserve(2)
            sheets.sheet.write(sheets.row + 1, 0, "此处列出前 \(findings.count) 条（共 \(total) 条）；每个县的全部问题见该县工作簿的「问题清单」。", .note)
        }
        sheets.close()
    }
}
