import CXlsxWriter
import Foundation

/// The writer's floor for the benchmark: the same cells a county workbook holds (one sheet
/// per department, one row per indicator, and the findings sheet; the same texts and
/// numbers, from the same column specs), written with bare libxlsxwriter calls — no formats,
/// widths, outline or print set-up.
/// jixiao's own work is measured against the time this takes.
public enum WriterFloor {
    /// Writes the county's cells to `path`; returns how many cells were written.
    @discardableResult
    public static func write(documents: [CountyDocument], findings: [Finding], to path: String) throws -> Int {
        guard let workbook = workbook_new(path) else { throw WriterError(file: path, message: "cannot create workbook") }
        var names = SheetNames()
        var cells = 0
        func write<Row>(_ spec: SheetSpec<Row>, _ item: Row, on sheet: UnsafeMutablePointer<lxw_worksheet>, row: lxw_row_t) {
            for (column, spec) in spec.columns.enumerated() {
                switch spec.value(item) {
                case .text(let text, _):
                    guard !text.isEmpty else { continue }
                    worksheet_write_string(sheet, row, lxw_col_t(column), text, nil)
                case .number(let number, _):
                    guard let number else { continue }
                    worksheet_write_number(sheet, row, lxw_col_t(column), number, nil)
                }
                cells += 1
            }
        }
        func header(_ titles: [String], on sheet: UnsafeMutablePointer<lxw_worksheet>) {
            for (column, title) in titles.enumerated() { worksheet_write_string(sheet, 0, lxw_col_t(column), title, nil) }
        }
        var departments: [OrgName] = []
        for document in documents {
            for department in document.departments where !departments.contains(department.org) {
                departments.append(department.org)
            }
        }
        let county = CountyWorkbook.spec
        for department in departments {
            guard let sheet = workbook_add_worksheet(workbook, names.claim(department.description)) else { continue }
            header(county.titles, on: sheet)
            var row: lxw_row_t = 1
            for document in documents {
                for project in document.projects where project.department == department {
                    for (index, indicator) in project.indicators.enumerated() {
                        write(county, CountyWorkbook.Row(project: project, indicator: indicator, first: index == 0), on: sheet, row: row)
                        row += 1
                    }
                }
            }
        }
        let findingsSpec = FindingsSheet.spec(RuleCatalogue())
        if let sheet = workbook_add_worksheet(workbook, names.claim("问题清单")) {
            header(findingsSpec.titles, on: sheet)
            for (index, finding) in findings.enumerated() {
                write(findingsSpec, finding, on: sheet, row: lxw_row_t(index + 1))
            }
        }
        let result = workbook_close(workbook)
        if result != LXW_NO_ERROR { throw WriterError(file: path, message: String(cString: lxw_strerror(result))) }
        return cells
    }
}
