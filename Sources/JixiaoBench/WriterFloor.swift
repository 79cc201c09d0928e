import CXlsxWriter
import Foundation
import JixiaoCore

/// The writer's floor for the benchmark: the cells a county workbook holds (one sheet per
/// department, one row per indicator, 问题反馈 and 问题清单; the same texts and numbers, from
/// the same column specs and lines, so a cell jixiao leaves empty is left out here too),
/// written with bare libxlsxwriter calls — no formats, widths, merges, outline or print set-up.
/// jixiao's own work is measured against the time this takes.
public enum WriterFloor {
    /// Writes the county's cells to `path`; returns how many cells were written.
    @discardableResult
    public static func write(documents: [CountyDocument], findings: [Finding], rules: RuleCatalogue = RuleCatalogue(),
                             to path: String) throws -> Int {
        guard let workbook = workbook_new(path) else { throw WriterError(file: path, message: "cannot create workbook") }
        var names = SheetNames()
        var cells = 0
        func text(_ text: String, on sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: Int, _ column: Int) {
            guard !text.isEmpty else { return }
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text, nil)
            cells += 1
        }
        func write<Row>(_ spec: SheetSpec<Row>, _ item: Row, on sheet: UnsafeMutablePointer<lxw_worksheet>, row: Int) {
            for column in spec.columns.indices {
                switch spec.columns[column].value(item) {
                case .text(let value, _):
                    text(value, on: sheet, row, column)
                case .number(let number, _):
                    guard let number else { continue }
                    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), number, nil)
                    cells += 1
                case .columnSum(_, let value, _), .rowSum(_, let value, _), .columnSumIf(_, _, _, let value, _):
                    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, nil)
                    cells += 1
                }
            }
        }
        func header(_ titles: [String], on sheet: UnsafeMutablePointer<lxw_worksheet>, row: Int = 0) {
            for (column, title) in titles.enumerated() { text(title, on: sheet, row, column) }
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
            var row = 1
            for document in documents {
                for project in document.projects where project.department == department {
                    if project.indicators.isEmpty {
                        write(county, CountyWorkbook.Row(project: project, indicator: nil, first: true), on: sheet, row: row)
                        row += 1
                    }
                    for (index, indicator) in project.indicators.enumerated() {
                        write(county, CountyWorkbook.Row(project: project, indicator: indicator, first: index == 0), on: sheet, row: row)
                        row += 1
                    }
                }
            }
        }
        let feedback = FeedbackSheet.spec(rules)
        if let sheet = workbook_add_worksheet(workbook, names.claim(FeedbackSheet.sheetName)) {
            let lines = FeedbackSheet.lines(county: documents.first?.county ?? "", findings: findings, period: "")
            for (row, line) in lines.enumerated() {
                switch line {
                case .across(let value, _): text(value, on: sheet, row, 0)
                case .header: header(feedback.titles, on: sheet, row: row)
                case .item(let item): write(feedback, item, on: sheet, row: row)
                case .blank: break
                }
            }
        }
        let findingsSpec = FindingsSheet.spec(rules)
        if let sheet = workbook_add_worksheet(workbook, names.claim("问题清单")) {
            header(findingsSpec.titles, on: sheet)
            for (index, position) in FindingsSheet.order(findings).enumerated() {
                let finding = findings[position]
                write(findingsSpec, finding, on: sheet, row: index + 1)
            }
        }
        let result = workbook_close(workbook)
        if result != LXW_NO_ERROR { throw WriterError(file: path, message: String(cString: lxw_strerror(result))) }
        return cells
    }
}
