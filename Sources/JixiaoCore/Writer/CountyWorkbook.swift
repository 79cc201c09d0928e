import Foundation

/// One workbook per county: one sheet per department, one row per indicator, a project's
/// rows together under its name and budget.
enum CountyWorkbook {
    static let columns = [
        "单位", "项目名称", "预算数（万元）", "项目分类", "经济分类", "年度目标",
        "一级指标", "二级指标", "三级指标", "标准指标名称", "名称来源", "定量/定性", "指标性质", "指标值", "度量单位",
        "权重", "指标方向", "方向来源", "原表一级指标", "原表二级指标", "原表三级指标", "原表指标值",
        "来源文件", "行号",
    ]

    /// Columns 单位 … 方向来源 are printed; the as-written and source columns are for the screen.
    static let printedColumns = 18

    /// - Parameter rowLimit: rows per sheet before a table continues on a `续1` sheet.
    static func write(county: String, documents: [CountyDocument], findings: [Finding], period: String,
                      to path: String, rowLimit: Int = ContinuedSheets.excelRows) throws {
        let workbook = try XLSXWorkbook(path: path)
        workbook.setProperties(title: "\(county) 项目支出绩效目标 \(period)", subject: "jixiao")
        var departments: [OrgName] = []
        for document in documents {
            for department in document.departments where !departments.contains(department.org) {
                departments.append(department.org)
            }
        }
        for department in departments {
            let sheets = try ContinuedSheets(name: department.description, rowLimit: rowLimit, make: { name in
                let sheet = try workbook.addSheet(name, wrapping: [5, 8, 20])
                sheet.header(columns)
                sheet.outlineAbove()
                return sheet
            }) { sheet, lastRow, suffix in
                sheet.finishTable(title: "\(county) \(department.description)\(suffix)", lastRow: lastRow, columns: columns.count,
                                  maximumWidth: 28)
                sheet.printArea(columns: printedColumns, lastRow: lastRow)
            }
            for document in documents {
                for project in document.projects where project.department == department {
                    try sheets.reserve(max(project.indicators.count, 1))
                    sheets.row = writeProject(project, on: sheets.sheet, from: sheets.row)
                }
            }
            sheets.close()
        }
        try SummaryWorkbook.writeFindings(findings, total: findings.count, workbook: workbook, rowLimit: rowLimit)
        try workbook.close()
    }

    /// Writes a project's rows; the project columns repeat on every row so filtering and
    /// sorting keep them.
    static func writeProject(_ project: Project, on sheet: XLSXSheet, from startRow: Int) -> Int {
        var row = startRow
        let indicators: [Indicator?] = project.indicators.isEmpty ? [nil] : project.indicators
        for (index, indicator) in indicators.enumerated() {
            let first = index == 0
            var cells = RowWriter(sheet: sheet, row: row)
            // A project's first row is shaded; its other rows fold under it (outline level 1).
            if !first { sheet.group(row: row, level: 1) }
            cells.text(project.unit?.description ?? "", first ? .projectText : .text)
            cells.text(project.name, first ? .projectText : .text)
            cells.number(project.budget, first ? .projectMoney : .money)
            cells.text(project.category ?? "")
            cells.text(project.economicClass.map { "\($0.code) \($0.name)" } ?? "")
            cells.text(first ? project.goal : "")
            if let indicator {
                cells.text(indicator.level1 ?? "")
                cells.text(indicator.level2 ?? "")
                cells.text(indicator.name)
                cells.text(indicator.canonicalName ?? "")
                cells.text(indicator.canonicalSource?.rawValue ?? "")
                cells.text(indicator.value.isQuantitative ? "定量" : "定性")
                cells.text(indicator.value.comparison?.rawValue ?? "")
                if let number = indicator.value.number {
                    cells.number(number)
                } else {
                    cells.text(indicator.value.grade ?? indicator.valueAsWritten)
                }
                cells.text(indicator.value.unit ?? "")
                cells.number(indicator.weight)
                cells.text(indicator.direction?.rawValue ?? "")
                cells.text(indicator.direction == nil ? "" : (indicator.directionInferred ? "推断" : "原表"))
                cells.text(indicator.level1Label)
                cells.text(indicator.level2Label)
                cells.text(indicator.nameAsWritten)
                cells.text([indicator.comparisonAsWritten, indicator.valueAsWritten, indicator.unitAsWritten]
                    .filter { !$0.isEmpty }.joined(separator: " "))
                cells.text(indicator.source.file)
                cells.number(Double(indicator.source.line), .integer)
            } else {
                cells.skip(columns.count - 2 - cells.column)
                cells.text(project.source.file)
                cells.number(Double(project.source.line), .integer)
            }
            row += 1
        }
        return row
    }
}
