import CXlsxWriter
import Foundation

/// The writer's floor for the benchmark: the same cells a county workbook holds (one sheet
/// per department, one row per indicator, and the findings sheet; the same texts and
/// numbers), written with bare libxlsxwriter calls — no formats, widths, outline or print
/// set-up.
/// jixiao's own work is measured against the time this takes.
public enum WriterFloor {
    /// Writes the county's cells to `path`; returns how many cells were written.
    @discardableResult
    public static func write(documents: [CountyDocument], findings: [Finding], to path: String) throws -> Int {
        guard let workbook = workbook_new(path) else { throw WriterError(file: path, message: "cannot create workbook") }
        var names = SheetNames()
        var cells = 0
        var departments: [OrgName] = []
        for document in documents {
            for department in document.departments where !departments.contains(department.org) {
                departments.append(department.org)
            }
        }
        for department in departments {
            guard let sheet = workbook_add_worksheet(workbook, names.claim(department.description)) else { continue }
            var row: lxw_row_t = 1
            for (column, title) in CountyWorkbook.columns.enumerated() {
                worksheet_write_string(sheet, 0, lxw_col_t(column), title, nil)
            }
            func text(_ column: Int, _ value: String) {
                guard !value.isEmpty else { return }
                worksheet_write_string(sheet, row, lxw_col_t(column), value, nil)
                cells += 1
            }
            func number(_ column: Int, _ value: Double?) {
                guard let value else { return }
                worksheet_write_number(sheet, row, lxw_col_t(column), value, nil)
                cells += 1
            }
            for document in documents {
                for project in document.projects where project.department == department {
                    for (index, indicator) in project.indicators.enumerated() {
                        text(0, project.unit?.description ?? "")
                        text(1, project.name)
                        number(2, project.budget)
                        text(3, project.category ?? "")
                        text(4, project.economicClass.map { "\($0.code) \($0.name)" } ?? "")
                        text(5, index == 0 ? project.goal : "")
                        text(6, indicator.level1 ?? "")
                        text(7, indicator.level2 ?? "")
                        text(8, indicator.name)
                        text(9, indicator.canonicalName ?? "")
                        text(10, indicator.canonicalSource?.rawValue ?? "")
                        text(11, indicator.value.isQuantitative ? "定量" : "定性")
                        text(12, indicator.value.comparison?.rawValue ?? "")
                        if let value = indicator.value.number { number(13, value) } else { text(13, indicator.value.grade ?? "") }
                        text(14, indicator.value.unit ?? "")
                        number(15, indicator.weight)
                        text(16, indicator.direction?.rawValue ?? "")
                        text(17, indicator.directionInferred ? "推断" : "原表")
                        text(18, indicator.level1Label)
                        text(19, indicator.level2Label)
                        text(20, indicator.nameAsWritten)
                        text(21, indicator.valueAsWritten)
                        text(22, indicator.source.file)
                        number(23, Double(indicator.source.line))
                        row += 1
                    }
                }
            }
        }
        if let sheet = workbook_add_worksheet(workbook, names.claim("问题清单")) {
            for (index, finding) in findings.enumerated() {
                let row = lxw_row_t(index + 1)
                let texts = [finding.severity.rawValue, finding.rule, finding.county, finding.department ?? "",
                             finding.project ?? "", finding.message, finding.source?.file ?? "", finding.stage]
                for (column, text) in texts.enumerated() where !text.isEmpty {
                    worksheet_write_string(sheet, row, lxw_col_t(column < 7 ? column : 8), text, nil)
                    cells += 1
                }
                if let line = finding.source?.line {
                    worksheet_write_number(sheet, row, 7, Double(line), nil)
                    cells += 1
                }
            }
        }
        let result = workbook_close(workbook)
        if result != LXW_NO_ERROR { throw WriterError(file: path, message: String(cString: lxw_strerror(result))) }
        return cells
    }
}
