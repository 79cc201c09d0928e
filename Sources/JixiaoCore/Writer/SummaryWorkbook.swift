import Foundation

/// The summary workbook: how the run was made, totals per county and department, template
/// scores, all findings, and every rejected row or unreadable file.
enum SummaryWorkbook {
    static func write(_ result: RunResult, pipeline: PipelineFile, period: String, changes: PeriodChanges,
                      to path: String) throws {
        let workbook = try XLSXWorkbook(path: path)
        workbook.setProperties(title: "绩效目标汇总 \(period)", subject: pipeline.name)
        workbook.pageOwner = "汇总"
        workbook.pagePeriod = period
        try writeAbout(result, pipeline: pipeline, period: period, workbook: workbook)
        try writeTotals(result, workbook: workbook)
        try writePivots(result, workbook: workbook)
        try writeCountyScores(result, workbook: workbook)
        try ChangesSheet.write(changes, period: period, workbook: workbook)
        try writeChecks(result, workbook: workbook)
        try writeCategoryComparison(result, workbook: workbook)
        try writeIndicatorComparison(result, workbook: workbook)
        try FindingsSheet.write(result.findings, total: result.findingsByRule.values.reduce(0, +),
                                rules: pipeline.rules, workbook: workbook)
        try writeSuggestions(result, workbook: workbook)
        try writeFileAccounts(result, workbook: workbook)
        try writeRejected(result, workbook: workbook)
        try workbook.close()
    }

    /// When the run started, in China time (`2023-12-05 09:30（北京时间）`), as a clerk reads a date.
    static func chinaTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date) + "（北京时间）"
    }

    /// A list short enough for one cell of 说明: up to 30 names, then where the rest are.
    static func listed(_ names: [String], unit: String, sheet: String) -> String {
        guard names.count > 30 else { return names.joined(separator: "、") }
        return names.prefix(30).joined(separator: "、") + "……（共 \(names.count) \(unit)，全部见「\(sheet)」）"
    }

    static func writeAbout(_ result: RunResult, pipeline: PipelineFile, period: String, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("说明", wrapping: [1])
        // Column 1 holds the long texts (the file list, each sheet's description, each stage's
        // notes) and wraps at its width; the stage figures stand in their own narrow columns.
        sheet.setColumns([14, 64, 9, 9, 9, 9, 9])
        let run = result
        sheet.write(0, 0, "项目支出绩效目标汇总（jixiao）", .title)
        var row = 2
        let facts: [(String, String)] = [
            ("流水线", pipeline.name),
            ("流水线文件", pipeline.path),
            ("期间", period),
            ("运行时间", chinaTime(result.started)),
            ("输入文件", "\(run.inputs.count) 个（读取 \(run.inputs.count - run.failures.count) 个，无法读取 \(run.failures.count) 个）"),
            ("文件清单", listed(run.inputs.map { ($0.path as NSString).lastPathComponent }, unit: "个文件", sheet: "文件记账")),
            ("县（区）", run.counties.isEmpty ? "本期无" : "\(run.counties.count) 个：" + listed(run.counties, unit: "个县（区）", sheet: "汇总")),
            ("项目", "\(run.countyTotals.reduce(0) { $0 + $1.projects }) 个"),
            ("指标", "\(run.countyTotals.reduce(0) { $0 + $1.indicators }) 条"),
            ("问题", "\(run.findingsByRule.values.reduce(0, +)) 条"),
            ("行记账", "读入 \(run.countyTotals.reduce(0) { $0 + $1.rowsRead }) 行 = 写入 \(run.countyTotals.reduce(0) { $0 + $1.rowsWritten }) 行 + 拒收 \(run.countyTotals.reduce(0) { $0 + $1.rowsRejected }) 行"),
        ]
        for (label, value) in facts {
            sheet.write(row, 0, label, .boldText)
            sheet.write(row, 1, value)
            row += 1
        }
        row += 1
        // A table inside the sheet: shaded header, but no frozen pane halfway down the page.
        sheet.header(["步骤", "说明", "读入", "输出", "拒收", "问题", "秒"], row: row, frozen: false)
        row += 1
        for report in result.reports {
            sheet.write(row, 0, pipeline.rules.stageTitle(report.stage))
            sheet.write(row, 1, (report.notes + (report.parameters ?? [])).joined(separator: "；"))
            sheet.write(row, 2, Double(report.rowsIn), .integer)
            sheet.write(row, 3, Double(report.rowsOut), .integer)
            sheet.write(row, 4, Double(report.rowsRejected), .integer)
            sheet.write(row, 5, Double(report.findings), .integer)
            sheet.write(row, 6, report.seconds, .seconds)
            row += 1
        }
        row += 1
        sheet.write(row, 0, "工作表", .boldText)
        row += 1
        let sheets = [
            ("汇总", "各县、各部门的项目数、指标数、预算（万元）与表上合计的核对；末行为全部县的总计"),
            ("分类预算", "县 × 项目分类的预算（万元），合计为公式；附堆积柱形图（县多时为预算最多的 30 个县）"),
            ("经济分类预算", "县 × 支出经济分类的预算（万元），合计为公式"),
            ("指标分布", "县 × 一级/二级指标的指标条数，合计为公式"),
            ("县得分", "各县项目的模板平均得分与最低得分（0–100）；附条形图（县多时为得分最低的 20 个县）"),
            ("本月变化", "与上一期相比：新增与删除的项目、预算变化、新问题与已解决问题"),
            ("项目审核", "每个项目按模板审核的得分"),
            ("分类比较", "同类项目跨县比较：项目数、预算、指标数、定量指标占比、模板平均得分"),
            ("指标比较", "两个以上县都有的标准指标：各县目标并列，数量指标附单位成本（万元/单位）"),
            ("问题清单", "所有问题，按严重程度着色，可筛选；文件与行号指回原表；规则名称与修改建议见 Data/rules.yaml"),
            ("名称建议", "词典未覆盖的相似指标名称分组；确认后抄入 Data/indicator-names.yaml"),
            ("文件记账", "每个文件：读入行 = 写入行 + 拒收行；无法读取的文件也列在这里"),
            ("拒收行", "无法读入的行与文件及其原因：每一行输入要么在输出中，要么在这里"),
            ("各县工作簿", "每县一个工作簿：每个部门一张表，一行一个指标；「问题反馈」按项目列出该县的问题和修改建议，可直接发给县里填写答复；「问题清单」供筛选"),
        ]
        for (name, text) in sheets {
            sheet.write(row, 0, name)
            sheet.write(row, 1, text)
            row += 1
        }
        sheet.printSetup(title: "说明", portrait: false)
        sheet.sizeRows(wrapWidth: 64)
    }

    static func writeTotals(_ run: RunResult, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("汇总")
        sheet.header(["县（区）", "部门", "项目数", "指标数", "预算合计（万元）", "表上合计（万元）", "差额（万元）"])
        var row = 1
        for county in run.counties {
            let first = row
            for total in run.departmentTotals where total.county == county {
                sheet.write(row, 0, county)
                sheet.write(row, 1, total.department)
                sheet.write(row, 2, Double(total.projects), .integer)
                sheet.write(row, 3, Double(total.indicators), .integer)
                sheet.write(row, 4, total.budget, .money)
                sheet.write(row, 5, total.statedTotal, .money)
                sheet.write(row, 6, total.difference, .money)
                row += 1
            }
            let totals = run.departmentTotals.filter { $0.county == county }
            sheet.write(row, 0, county, .boldText)
            sheet.write(row, 1, "合计", .boldText)
            // The county's department rows; with none above, plain zeros (a SUM over its own cell is circular).
            let values = [(2, Double(totals.map(\.projects).reduce(0, +)), CellStyle.integer),
                          (3, Double(totals.map(\.indicators).reduce(0, +)), .integer),
                          (4, roundMoney(totals.map(\.budget).reduce(0, +)), .moneyBold)]
            for (column, value, style) in values {
                if row > first {
                    sheet.formula(row, column, "=SUM(\(cellRange((first, column), (row - 1, column))))", value: value, style)
                } else {
                    sheet.write(row, column, value, style)
                }
            }
            row += 1
        }
        if run.counties.isEmpty {
            sheet.write(1, 0, "本期无数据：没有读到任何县的报表。", .note)
            sheet.finishTable(title: "汇总", lastRow: 1, columns: 7)
            return
        }
        // The grand total: the county 合计 rows added up (SUMIF, so it never counts a
        // department twice and stays short at any number of counties).
        let last = row
        sheet.write(row, 0, "全部 \(run.counties.count) 个县（区）", .boldText)
        sheet.write(row, 1, "总计", .boldText)
        for (column, value, style) in [(2, Double(run.countyTotals.map(\.projects).reduce(0, +)), CellStyle.integerBold),
                                       (3, Double(run.countyTotals.map(\.indicators).reduce(0, +)), .integerBold),
                                       (4, roundMoney(run.countyTotals.map(\.budgetWan).reduce(0, +)), .moneyBold)] {
            sheet.formula(row, column, "=SUMIF(\(cellRange((1, 1), (last - 1, 1))),\"合计\",\(cellRange((1, column), (last - 1, column))))",
                          value: value, style)
        }
        row += 1
        sheet.finishTable(title: "汇总", lastRow: row - 1, columns: 7)
    }

    /// County × category budget, county × economic class budget, county × indicator level counts.
    static func writePivots(_ run: RunResult, workbook: XLSXWorkbook) throws {
        let counties = run.counties
        let totals = run.countyTotals
        var byCategory = Pivot.build(sheetName: "分类预算", title: "各县按项目分类的预算（万元）", rowTitle: "县（区）",
            rowOrder: counties, style: .money,
            entries: totals.flatMap { total in total.budgetByCategory.map { (total.county, $0.key, $0.value) } })
        byCategory.emptyNote = "本期无预算数据。"
        let categorySheet = try byCategory.write(to: workbook)
        byCategory.insertStackedChart(on: categorySheet, workbook: workbook, title: "各县预算（按项目分类）", yAxis: "万元",
                                      counties: chartCounties)

        var byClass = Pivot.build(sheetName: "经济分类预算", title: "各县按支出经济分类的预算（万元）", rowTitle: "县（区）",
            rowOrder: counties, style: .money,
            entries: totals.flatMap { total in total.budgetByEconomicClass.map { (total.county, $0.key, $0.value) } })
        byClass.emptyNote = "本期无预算数据。"
        try byClass.write(to: workbook)

        var byLevel = Pivot.build(sheetName: "指标分布", title: "各县按一级·二级指标的指标条数", rowTitle: "县（区）",
            rowOrder: counties, style: .integer,
            entries: totals.flatMap { total in total.indicatorsByLevel.map { (total.county, $0.key, Double($0.value)) } })
        byLevel.emptyNote = "本期无指标。"
        try byLevel.write(to: workbook)
    }

    /// Counties a chart shows one by one; beyond this a chart shows a selection (the lowest
    /// scores, the largest budgets and the rest together), so its labels stay legible on a page.
    static let chartCounties = 30
    /// Bars a score chart shows on its page: LibreOffice drops every other county name beyond
    /// about 20 on an A4 page.
    static let scoreChartCounties = 20

    static func writeCountyScores(_ run: RunResult, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("县得分")
        sheet.setColumns([14, 8, 12, 10, 8])
        sheet.header(["县（区）", "项目数", "模板平均得分", "最低得分", "问题数"])
        var row = 1
        for total in run.countyTotals {
            var cells = RowWriter(sheet: sheet, row: row)
            cells.text(total.county)
            cells.number(Double(total.projects), .integer)
            cells.number(total.scoreMean, .score)
            cells.number(total.scoreMin, .score)
            cells.number(Double(total.findings), .integer)
            row += 1
        }
        if row == 1 {
            sheet.write(1, 0, "本期无得分：没有审核任何项目。", .note)
            sheet.finishTable(title: "县得分", lastRow: 1, columns: 5)
            return
        }
        sheet.finishTable(title: "县得分", lastRow: row - 1, columns: 5)
        var chartRows = (first: 1, last: row - 1)
        var chartTitle = "各县模板平均得分"
        let scored = run.countyTotals.filter { $0.scoreMean != nil }
        if run.countyTotals.count > scoreChartCounties {
            // The counties that most need a look: the lowest mean scores, in a small table the
            // chart reads, below the full one.
            let lowest = scored.sorted { ($0.scoreMean!, $0.county) < ($1.scoreMean!, $1.county) }.prefix(scoreChartCounties)
            var at = row + 1
            sheet.write(at, 0, "得分最低的 \(lowest.count) 个县（共 \(run.countyTotals.count) 个），条形图据此绘制", .boldText)
            at += 1
            sheet.write(at, 0, "县（区）", .header)
            sheet.write(at, 1, "项目数", .header)
            sheet.write(at, 2, "模板平均得分", .header)
            let first = at + 1
            for total in lowest {
                at += 1
                sheet.write(at, 0, total.county)
                sheet.write(at, 1, Double(total.projects), .integer)
                sheet.write(at, 2, total.scoreMean, .score)
            }
            chartRows = (first: first, last: at)
            chartTitle = "得分最低的 \(lowest.count) 个县：模板平均得分"
            row = at + 1
        }
        let bars = chartRows.last - chartRows.first + 1
        let anchor = row + 1
        sheet.pageBreak(before: anchor)
        workbook.addChart(.bar, on: sheet, at: (row: anchor, column: 0), title: chartTitle, yAxis: "得分（0–100）",
                          categories: (first: chartRows.first, last: chartRows.last, column: 0),
                          series: [(nameRow: 0, column: 2)], valueRange: 0...100,
                          size: (width: 720, height: min(max(160 + 22 * bars, 240), 600)), legend: false, valueLabels: true)
    }

    static let checksSpec = SheetSpec<ProjectCheck>([
        Column("县（区）", width: 8, wrap: true) { .text($0.county) },
        Column("部门", width: 16, wrap: true) { .text($0.department) },
        Column("项目", width: 30, wrap: true) { .text($0.project) },
        Column("模板", width: 16, wrap: true) { .text($0.templates.joined(separator: "、")) },
        Column("检查项", width: 6) { .number(Double($0.checks), .integer) },
        Column("通过", width: 6) { .number(Double($0.passed), .integer) },
        Column("得分", width: 7) { .number($0.score, .score) },
        Column("来源文件", width: 14, wrap: true) { .text($0.source.file) },
        Column("行号", width: 6) { .number(Double($0.source.line), .lineNumber) },
    ])

    static func writeChecks(_ run: RunResult, workbook: XLSXWorkbook) throws {
        try writeTable("项目审核", checksSpec, run.projectChecks, empty: "本期无审核的项目。", workbook: workbook)
    }

    /// A sheet of one row per item from its column spec; an empty one says so.
    static func writeTable<Row>(_ name: String, _ spec: SheetSpec<Row>, _ items: [Row], empty: String,
                                workbook: XLSXWorkbook) throws {
        let sheet = try spec.addSheet(name, to: workbook)
        var row = 1
        for item in items {
            spec.write(item, on: sheet, row: row)
            row += 1
        }
        if items.isEmpty {
            sheet.write(1, 0, empty, .note)
            row = 2
        }
        spec.finish(sheet, title: name, lastRow: row - 1)
    }

    static let categorySpec = SheetSpec<CategoryCountyRow>([
        Column("项目分类", width: 14, wrap: true) { .text($0.category) },
        Column("县（区）", width: 10, wrap: true) { .text($0.county) },
        Column("项目数", width: 8) { .number(Double($0.projects), .integer) },
        Column("预算（万元）", width: 12) { .number($0.budget, .money) },
        Column("指标数", width: 8) { .number(Double($0.indicators), .integer) },
        Column("定量指标占比（%）", width: 10) { .number($0.quantitativeShare, .score) },
        Column("模板平均得分", width: 10) { .number($0.score, .score) },
    ])

    static func writeCategoryComparison(_ run: RunResult, workbook: XLSXWorkbook) throws {
        try writeTable("分类比较", categorySpec, run.categoryComparison, empty: "本期无可比较的项目分类。", workbook: workbook)
    }

    static let indicatorSpec = SheetSpec<IndicatorTargetRow>([
        Column("标准指标名称", width: 16, wrap: true) { .text($0.indicator, .boldText) },
        Column("县（区）", width: 8, wrap: true) { .text($0.county) },
        Column("项目", width: 24, wrap: true) { .text($0.project) },
        Column("项目分类", width: 12, wrap: true) { .text($0.category) },
        Column("指标性质", width: 6) { .text($0.comparison) },
        Column("目标值", width: 9) { .number($0.number) },
        Column("单位", width: 6, wrap: true) { .text($0.unit) },
        Column("原表写法", width: 16, wrap: true) { .text($0.valueAsWritten) },
        Column("单位成本（万元）", width: 10) { .number($0.unitCost, .money) },
        Column("来源文件", width: 14, wrap: true) { .text($0.source.file) },
        Column("行号", width: 6) { .number(Double($0.source.line), .lineNumber) },
    ])

    static func writeIndicatorComparison(_ run: RunResult, workbook: XLSXWorkbook) throws {
        try writeTable("指标比较", indicatorSpec, run.indicatorComparison, empty: "本期无两个以上县都有的标准指标。",
                       workbook: workbook)
    }

    static func writeSuggestions(_ run: RunResult, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("名称建议", wrapping: [5])
        sheet.header(["建议标准名称", "置信度", "处理", "名称写法", "出现次数", "出处（文件:行）"])
        var row = 1
        for suggestion in run.nameSuggestions {
            for member in suggestion.members {
                var cells = RowWriter(sheet: sheet, row: row)
                cells.text(suggestion.canonical, .boldText)
                cells.number(suggestion.confidence)
                cells.text(suggestion.applied ? "已自动合并" : "仅建议")
                cells.text(member.name)
                cells.number(Double(member.count), .integer)
                cells.text(member.sources.map(\.description).joined(separator: "，"))
                row += 1
            }
        }
        if row == 1 { sheet.write(1, 0, "本期无名称建议：词典覆盖了所有指标名称。", .note) }
        sheet.finishTable(title: "名称建议", lastRow: max(row - 1, 1), columns: 6, maximumWidth: 60)
    }

    static func writeFileAccounts(_ run: RunResult, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("文件记账")
        sheet.header(["来源文件", "县（区）", "版式", "读入行", "写入行", "拒收行", "结构行", "核对"])
        var row = 1
        for account in run.countyTotals.flatMap(\.fileAccounts) {
            var cells = RowWriter(sheet: sheet, row: row)
            cells.text(account.file)
            cells.text(account.county)
            cells.text(account.layout)
            cells.number(Double(account.rowsRead), .integer)
            cells.number(Double(account.rowsWritten), .integer)
            cells.number(Double(account.rowsRejected), .integer)
            cells.number(Double(account.structureLines), .integer)
            if let original = account.duplicateOf {
                cells.text("重复提交：与 \(original) 内容相同，只计入一次", .severity(.warning))
            } else {
                cells.text(account.balances ? "相符" : "不符", account.balances ? .text : .severity(.error))
            }
            row += 1
        }
        for failure in run.failures {
            var cells = RowWriter(sheet: sheet, row: row)
            cells.text(failure.file)
            cells.skip(6)
            cells.text("无法读取：\(failure.message)", .severity(.error))
            row += 1
        }
        for skipped in run.skippedFiles {
            var cells = RowWriter(sheet: sheet, row: row)
            cells.text(skipped.file)
            cells.skip(6)
            cells.text("已跳过：\(skipped.reason)", .note)
            row += 1
        }
        if row == 1 { sheet.write(1, 0, "本期无输入文件。", .note) }
        sheet.finishTable(title: "文件记账", lastRow: max(row - 1, 1), columns: 8, maximumWidth: 60)
    }

    static func writeRejected(_ run: RunResult, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("拒收行", wrapping: [2, 3])
        sheet.header(["来源文件", "行号", "原因", "原文"])
        var row = 1
        for failure in run.failures {
            sheet.write(row, 0, failure.file)
            sheet.write(row, 1, failure.line.map(Double.init), .lineNumber)
            sheet.write(row, 2, failure.message)
            sheet.write(row, 3, "（整个文件无法读取）")
            row += 1
        }
        for rejected in run.rejectedRows {
            sheet.write(row, 0, rejected.source.file)
            sheet.write(row, 1, Double(rejected.source.line), .lineNumber)
            sheet.write(row, 2, rejected.reason)
            sheet.write(row, 3, rejected.text)
            row += 1
        }
        if row == 1 { sheet.write(1, 0, "本期无拒收行：每一行输入都已写入各县工作簿。", .note) }
        sheet.finishTable(title: "拒收行", lastRow: max(row - 1, 1), columns: 4, maximumWidth: 60)
    }
}
