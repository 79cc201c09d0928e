import Foundation

/// One workbook per county: one sheet per department, one row per indicator, a project's
/// rows together under its name and budget; then 问题反馈 (the findings to send back to the
/// county) and 问题清单 (the same findings for the bureau's own filtering).
package enum CountyWorkbook {
    /// One printed row: an indicator of a project (nil for a project without indicators).
    package struct Row {
        let project: Project
        let indicator: Indicator?
        /// The project's first row: it carries the budget and the goal, shaded.
        let first: Bool

        package init(project: Project, indicator: Indicator?, first: Bool) {
            self.project = project
            self.indicator = indicator
            self.first = first
        }
    }

    /// The columns of a department sheet. The reading set (project, budget, the indicator as
    /// standardised) is printed, at 124 characters wide so it prints at about 10 pt on A4
    /// landscape; classification, the goal and the as-written and source columns are for the
    /// screen. The budget stands once per project, so a column sum counts it once.
    package static let spec = SheetSpec<Row>([
        Column("项目名称", width: 24, wrap: true) { .text($0.project.name, $0.first ? .projectText : .repeated) },
        Column("预算数（万元）", width: 11) { row in
            guard row.first else { return .empty }
            // A summary form's budget is its projects' (`SummaryForms`): text, so a column sum counts them once.
            if row.project.kind == .summary, let budget = row.project.budget { return .text("\(fmt(budget))（汇总，不计）", .projectText) }
            return .number(row.project.budget, .projectMoney)
        },
        Column("一级指标", width: 10, wrap: true) { .text($0.indicator?.level1 ?? "") },
        Column("二级指标", width: 12, wrap: true) { .text($0.indicator?.level2 ?? "") },
        Column("三级指标", width: 28, wrap: true) { .text($0.indicator?.name ?? "") },
        Column("指标性质", width: 6) { .text($0.indicator?.value.comparison?.rawValue ?? "") },
        Column("指标值", width: 11, wrap: true) { row in
            guard let indicator = row.indicator else { return .empty }
            if let number = indicator.value.number {
                return indicator.value.upper.map { .text(CountyWorkbook.rangeText(number, $0)) } ?? .number(number)
            }
            return .text(indicator.value.grade ?? indicator.valueAsWritten)
        },
        Column("度量单位", width: 7, wrap: true) { .text($0.indicator?.value.unit ?? "") },
        Column("权重", width: 6) { .number($0.indicator?.weight) },
        Column("指标方向", width: 9) { .text($0.indicator?.direction?.rawValue ?? "") },
        // On screen only.
        Column("单位", width: 24, printed: false) { .text($0.project.unit?.description ?? "") },
        Column("项目分类", width: 14, printed: false) { .text($0.project.category ?? "") },
        Column("表单类别", width: 9, printed: false) { .text($0.first ? $0.project.kind.rawValue : "") },
        Column("经济分类", width: 20, printed: false) { .text($0.project.economicClass.map { "\($0.code) \($0.name)" } ?? "") },
        Column("年度目标", width: 40, printed: false) { .text($0.first ? $0.project.goal : "") },
        Column("标准指标名称", width: 20, printed: false) { .text($0.indicator?.canonicalName ?? "") },
        Column("名称来源", width: 8, printed: false) { .text($0.indicator?.canonicalSource?.rawValue ?? "") },
        Column("定量/定性", width: 8, printed: false) { row in
            guard let indicator = row.indicator else { return .empty }
            return .text(indicator.value.isQuantitative ? "定量" : "定性")
        },
        Column("方向来源", width: 8, printed: false) { row in
            guard let indicator = row.indicator, indicator.direction != nil else { return .empty }
            return .text(indicator.directionInferred ? "推断" : "原表")
        },
        // As written, only where it differs from the clean value in the printed columns
        // (`traceabilityNote`): a blank cell means the form wrote it as shown.
        Column("原表一级指标", width: 12, printed: false) { row in
            guard let indicator = row.indicator else { return .empty }
            return .text(asWritten(indicator.level1Label, shown: indicator.level1 ?? ""))
        },
        Column("原表二级指标", width: 14, printed: false) { row in
            guard let indicator = row.indicator else { return .empty }
            return .text(asWritten(indicator.level2Label, shown: indicator.level2 ?? ""))
        },
        Column("原表三级指标", width: 28, printed: false) { row in
            guard let indicator = row.indicator else { return .empty }
            return .text(asWritten(indicator.nameAsWritten, shown: indicator.name))
        },
        Column("原表指标值", width: 14, printed: false) { row in
            guard let indicator = row.indicator else { return .empty }
            return .text(valueAsWritten(indicator))
        },
        // Columns of the county's template kept but not interpreted (指标解释, per-place targets …).
        Column("原表其他列", width: 30, wrap: true, printed: false) { .text($0.indicator?.otherColumns ?? "") },
        Column("来源文件", width: 26, printed: false) { .text(($0.indicator?.source ?? $0.project.source).file) },
        Column("行号", width: 7, printed: false) { .number(Double(($0.indicator?.source ?? $0.project.source).line), .lineNumber) },
    ])

    /// What a blank traceability cell means, for the 说明 sheet and the README.
    static let traceabilityNote = "「原表一级指标」「原表二级指标」「原表三级指标」「原表指标值」只在原表写法与清理后的值不同时填写，空白表示原表写法与清理后的值相同（指标性质「定性」是系统的归类，不是原表写法；「区间」表示原表写的是一个范围，如 90%-95%，指标值列写它的两端）"

    /// The text as the form wrote it, or nothing when it is what the sheet shows.
    static func asWritten(_ written: String, shown: String) -> String {
        written.sameText(shown) ? "" : written
    }

    /// A range's ends as the 指标值 column shows them: `90–95`.
    static func rangeText(_ lower: Double, _ upper: Double) -> String {
        "\(generalNumber(lower))–\(generalNumber(upper))"
    }

    /// 比较、指标值、单位 as written (`≥ 95 %`), or nothing when, spaces aside, they read as the
    /// printed 指标性质, 指标值 and 度量单位 do. 定性 in 指标性质 is jixiao's classification of a
    /// value written without a comparison, not something the form wrote.
    static func valueAsWritten(_ indicator: Indicator) -> String {
        let value = indicator.value
        let classified = value.comparison == .qualitative && indicator.comparisonAsWritten.isEmpty
        let shownValue = value.number.map { number in value.upper.map { rangeText(number, $0) } ?? generalNumber(number) }
            ?? value.grade ?? indicator.valueAsWritten
        let written = (indicator.comparisonAsWritten, indicator.valueAsWritten, indicator.unitAsWritten)
        let shown = (classified ? "" : value.comparison?.rawValue ?? "", shownValue, value.unit ?? "")
        if SpacelessText.same(written, shown) { return "" }
        return spaced(written)
    }

    /// Texts joined by a space, the empty ones left out.
    static func spaced(_ parts: (String, String, String)) -> String {
        var text = parts.0
        for part in [parts.1, parts.2] where !part.isEmpty {
            text += text.isEmpty ? part : " " + part
        }
        return text
    }

    /// A number as Excel's General format shows it: `95`, `0.3`.
    static func generalNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// - Parameter rowLimit: rows per sheet before a table continues on a `续1` sheet.
    static func write(county: String, documents: [CountyDocument], findings: [Finding], period: String,
                      rules: RuleCatalogue = RuleCatalogue(), to path: String,
                      rowLimit: Int = ContinuedSheets.excelRows) throws {
        let workbook = try XLSXWorkbook(path: path)
        workbook.setProperties(title: "\(county) 项目支出绩效目标 \(period)", subject: "jixiao")
        workbook.pageOwner = county
        workbook.pagePeriod = period
        var departments: [OrgName] = []
        for document in documents {
            for department in document.departments where !departments.contains(department.org) {
                departments.append(department.org)
            }
        }
        // Each department's projects in the documents' order, gathered once.
        var projects: [OrgName: [Project]] = [:]
        for document in documents {
            for project in document.projects { projects[project.department, default: []].append(project) }
        }
        for department in departments {
            let sheets = try ContinuedSheets(name: department.description, rowLimit: rowLimit, make: { name in
                let sheet = try spec.addSheet(name, to: workbook)
                sheet.outlineAbove()
                return sheet
            }) { sheet, lastRow, suffix in
                spec.finish(sheet, title: "\(county) \(department.description)\(suffix)", lastRow: lastRow)
            }
            for project in projects[department] ?? [] {
                try sheets.reserve(max(project.indicators.count, 1))
                sheets.row = writeProject(project, on: sheets.sheet, from: sheets.row)
            }
            if sheets.row == 1 {
                sheets.sheet.write(1, 0, "本期无项目", .note)
                sheets.row = 2
            }
            sheets.close()
        }
        try FeedbackSheet.write(county: county, findings: findings, period: period, rules: rules, workbook: workbook)
        try FindingsSheet.write(findings, total: findings.count, rules: rules, workbook: workbook, rowLimit: rowLimit)
        try workbook.close()
    }

    /// Writes a project's rows; the project's name repeats (in grey) on every row so filtering
    /// and sorting keep it, its budget stands on the first row only. The name is shown whole
    /// on the first row; the others are as tall as their own cells need (`CellStyle.sizesRow`).
    static func writeProject(_ project: Project, on sheet: XLSXSheet, from startRow: Int) -> Int {
        var row = startRow
        if project.indicators.isEmpty {
            spec.write(Row(project: project, indicator: nil, first: true), on: sheet, row: row)
            return row + 1
        }
        for (index, indicator) in project.indicators.enumerated() {
            // A project's first row is shaded; its other rows fold under it (outline level 1).
            if index > 0 { sheet.group(row: row, level: 1) }
            spec.write(Row(project: project, indicator: indicator, first: index == 0), on: sheet, row: row)
            row += 1
        }
        return row
    }
}
