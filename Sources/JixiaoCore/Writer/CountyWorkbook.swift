import Foundation

/// One workbook per county: one sheet per department, one row per indicator, a project's
/// rows together under its name and budget.
enum CountyWorkbook {
    static let columns = [
        "单位", "项目名称", "预算数（万元）", "项目分类", "年度目标",
        "一级指标", "二级指标", "三级指标", "标准指标名称", "指标性质", "指标值", "度量单位",
        "权重", "指标方向", "方向来源", "原表一级指标", "原表二级指标", "原表三级指标", "原表指标值",
        "来源文件", "行号",
    ]

    static func write(county: String, documents: [CountyDocument], period: String, to path: String) throws {
        let workbook = try XLSXWorkbook(path: path)
        workbook.setProperties(title: "\(county) 项目支出绩效目标 \(period)", subject: "jixiao")
        var departments: [OrgName] = []
        for document in documents {
            for department in document.departments where !departments.contains(department.org) {
                departments.append(department.org)
            }
        }
        for department in departments {
            let sheet = try workbook.addSheet(department.description)
            sheet.header(columns)
            var row = 1
            for document in documents {
                for project in document.projects where project.department == department {
                    row = writeProject(project, on: sheet, from: row)
                }
            }
            sheet.autofilter(headerRow: 0, lastRow: row - 1, columns: columns.count)
            sheet.printSetup(title: "\(county) \(department.description)")
            sheet.fitColumns(maximum: 40, wrapped: [1, 4, 7, 17])
        }
        try workbook.close()
    }

    /// Writes a project's rows; the project columns repeat on every row so filtering and
    /// sorting keep them, and the first row is bold so the eye finds where a project starts.
    static func writeProject(_ project: Project, on sheet: XLSXSheet, from startRow: Int) -> Int {
        var row = startRow
        let indicators: [Indicator?] = project.indicators.isEmpty ? [nil] : project.indicators
        for (index, indicator) in indicators.enumerated() {
            let first = index == 0
            sheet.write(row, 0, project.unit?.description ?? "")
            sheet.write(row, 1, project.name, first ? .boldText : .text)
            sheet.write(row, 2, project.budget, first ? .moneyBold : .money)
            sheet.write(row, 3, project.category ?? "")
            sheet.write(row, 4, first ? project.goal : "")
            if let indicator {
                sheet.write(row, 5, indicator.level1 ?? "")
                sheet.write(row, 6, indicator.level2 ?? "")
                sheet.write(row, 7, indicator.name)
                sheet.write(row, 8, indicator.canonicalName ?? "")
                sheet.write(row, 9, indicator.value.comparison?.rawValue ?? "")
                if let number = indicator.value.number {
                    sheet.write(row, 10, number)
                } else {
                    sheet.write(row, 10, indicator.value.grade ?? indicator.valueAsWritten)
                }
                sheet.write(row, 11, indicator.value.unit ?? "")
                sheet.write(row, 12, indicator.weight)
                sheet.write(row, 13, indicator.direction?.rawValue ?? "")
                sheet.write(row, 14, indicator.direction == nil ? "" : (indicator.directionInferred ? "推断" : "原表"))
                sheet.write(row, 15, indicator.level1Label)
                sheet.write(row, 16, indicator.level2Label)
                sheet.write(row, 17, indicator.nameAsWritten)
                sheet.write(row, 18, [indicator.comparisonAsWritten, indicator.valueAsWritten, indicator.unitAsWritten]
                    .filter { !$0.isEmpty }.joined(separator: " "))
                sheet.write(row, 19, indicator.source.file)
                sheet.write(row, 20, Double(indicator.source.line), .integer)
            } else {
                sheet.write(row, 19, project.source.file)
                sheet.write(row, 20, Double(project.source.line), .integer)
            }
            row += 1
        }
        return row
    }
}
