import Foundation

/// The summary workbook: how the run was made, totals per county and department, template
/// scores, all findings, and every rejected row or unreadable file.
enum SummaryWorkbook {
    /// - Parameter beforeClosing: called once every sheet is made, before the workbook is
    ///   closed (its XML written and zipped, when it holds the most memory).
    static func write(_ result: RunResult, pipeline: PipelineFile, period: String, changes: PeriodChanges,
                      to path: String, beforeClosing: () -> Void = {}) throws {
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
        beforeClosing()
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

    /// 说明's stage table; its widths lay the whole sheet out. Column 1 holds the long texts
    /// (the file list, each sheet's description, each stage's notes) and wraps at its width;
    /// the stage figures stand in their own narrow columns.
    static func stageSpec(_ rules: RuleCatalogue) -> SheetSpec<StageReport> {
        SheetSpec<StageReport>([
            Column("步骤", width: 14) { .text(rules.stageTitle($0.stage)) },
            Column("说明", width: 64, wrap: true) { .text(($0.notes + ($0.parameters ?? [])).joined(separator: "；")) },
            Column("读入", width: 9) { .number(Double($0.rowsIn), .integer) },
            Column("输出", width: 9) { .number(Double($0.rowsOut), .integer) },
            Column("拒收", width: 9) { .number(Double($0.rowsRejected), .integer) },
            Column("问题", width: 9) { .number(Double($0.findings), .integer) },
            Column("秒", width: 9) { .number($0.seconds, .seconds) },
        ], maximumWidth: 64)
    }

    /// 说明's other lines: a label and its text, in the stage table's first two columns.
    struct AboutLine {
        var label: String
        var text: String
        var labelStyle: CellStyle = .text
    }

    static let aboutLineSpec = SheetSpec<AboutLine>([
        Column("", width: 14) { .text($0.label, $0.labelStyle) },
        Column("", width: 64, wrap: true) { .text($0.text) },
    ], maximumWidth: 64)

    /// What each sheet of the summary and the county workbooks holds.
    static let sheetDescriptions = [
        ("汇总", "各县、各部门的项目数、指标数、预算（万元）与表上合计的核对，预算未计入合计的项目数；末行为全部县的总计"),
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
        ("各县工作簿", "每县一个工作簿：每个部门一张表，一行一个指标；「问题反馈」按项目列出该县的问题和修改建议，可直接发给县里填写答复；「问题清单」供筛选；"
            + CountyWorkbook.traceabilityNote),
    ]

    static func writeAbout(_ result: RunResult, pipeline: PipelineFile, period: String, workbook: XLSXWorkbook) throws {
        let stages = stageSpec(pipeline.rules)
        let sheet = try stages.addSheet("说明", to: workbook, headerRow: nil)
        let batch = result
        sheet.write(0, 0, "项目支出绩效目标汇总（jixiao）", .title)
        var row = 2
        let facts: [(String, String)] = [
            ("流水线", pipeline.name),
            ("流水线文件", pipeline.path),
            ("期间", period),
            ("运行时间", chinaTime(result.started)),
            ("输入文件", "\(batch.inputs.count) 个（读取 \(batch.inputs.count - batch.failures.count) 个，无法读取 \(batch.failures.count) 个）"),
            ("文件清单", listed(batch.inputs.map { ($0.path as NSString).lastPathComponent }, unit: "个文件", sheet: "文件记账")),
            ("县（区）", batch.counties.isEmpty ? "本期无" : "\(batch.counties.count) 个：" + listed(batch.counties, unit: "个县（区）", sheet: "汇总")),
            ("项目", "\(batch.countyTotals.reduce(0) { $0 + $1.projects }) 个"),
            ("指标", "\(batch.countyTotals.reduce(0) { $0 + $1.indicators }) 条"),
            ("问题", "\(batch.findingsByRule.values.reduce(0, +)) 条"),
            ("行记账", "读入 \(batch.countyTotals.reduce(0) { $0 + $1.rowsRead }) 行 = 写入 \(batch.countyTotals.reduce(0) { $0 + $1.rowsWritten }) 行 + 拒收 \(batch.countyTotals.reduce(0) { $0 + $1.rowsRejected }) 行"),
        ]
        for (label, value) in facts {
            aboutLineSpec.write(AboutLine(label: label, text: value, labelStyle: .boldText), on: sheet, row: row)
            row += 1
        }
        row += 1
        // A table inside the sheet: shaded header, but no frozen pane halfway down the page.
        sheet.header(stages.titles, row: row, frozen: false)
        row += 1
        for report in result.reports {
            stages.write(report, on: sheet, row: row)
            row += 1
        }
        row += 1
        sheet.write(row, 0, "工作表", .boldText)
        row += 1
        for (name, text) in sheetDescriptions {
            aboutLineSpec.write(AboutLine(label: name, text: text), on: sheet, row: row)
            row += 1
        }
        sheet.printSetup(title: "说明", portrait: false)
        sheet.sizeRows(wrapWidth: stages.maximumWidth)
    }

    /// One line of 汇总: a department, a county's 合计 under its departments, or the 总计 of
    /// all counties at the bottom.
    enum TotalsLine {
        case department(DepartmentTotal)
        /// `rows`: the county's department rows (nil when it has none: plain zeros, since a
        /// SUM over its own cell is circular).
        case county(String, projects: Int, indicators: Int, budget: Double, rows: ClosedRange<Int>?)
        /// `rows`: every row above, whose 合计 lines (found in column `labels`) it adds up
        /// (SUMIF, so it never counts a department twice and stays short at any number of counties).
        case all(counties: Int, projects: Int, indicators: Int, budget: Double, rows: ClosedRange<Int>, labels: Int)
    }

    /// A county's or the grand total's figure in 汇总: a formula over the rows it adds up.
    private static func sum(_ line: TotalsLine, _ value: (Int, Int, Double) -> Double, _ style: CellStyle, _ bold: CellStyle) -> CellValue {
        switch line {
        case .department: return .empty
        case .county(_, let projects, let indicators, let budget, let rows):
            let total = value(projects, indicators, budget)
            guard let rows else { return .number(total, style) }
            return .columnSum(rows: rows, value: total, style)
        case .all(_, let projects, let indicators, let budget, let rows, let labels):
            return .columnSumIf(rows: rows, column: labels, equal: "合计", value: value(projects, indicators, budget), bold)
        }
    }

    static let totalsSpec = SheetSpec<TotalsLine>([
        Column("县（区）") { line in
            switch line {
            case .department(let total): return .text(total.county)
            case .county(let county, _, _, _, _): return .text(county, .boldText)
            case .all(let counties, _, _, _, _, _): return .text("全部 \(counties) 个县（区）", .boldText)
            }
        },
        // Its 合计 lines are what the grand total's SUMIF picks.
        Column("部门") { line in
            switch line {
            case .department(let total): return .text(total.department)
            case .county: return .text("合计", .boldText)
            case .all: return .text("总计", .boldText)
            }
        },
        Column("项目数") { line in
            if case .department(let total) = line { return .number(Double(total.projects), .integer) }
            return sum(line, { p, _, _ in Double(p) }, .integer, .integerBold)
        },
        Column("指标数") { line in
            if case .department(let total) = line { return .number(Double(total.indicators), .integer) }
            return sum(line, { _, i, _ in Double(i) }, .integer, .integerBold)
        },
        Column("预算合计（万元）") { line in
            if case .department(let total) = line { return .number(total.budget, .money) }
            return sum(line, { _, _, b in b }, .moneyBold, .moneyBold)
        },
        Column("表上合计（万元）") { line in
            guard case .department(let total) = line else { return .empty }
            return .number(total.statedTotal, .money)
        },
        Column("差额（万元）") { line in
            guard case .department(let total) = line else { return .empty }
            return .number(total.difference, .money)
        },
        // A sum of none is no budget of 0: the projects left out of 预算合计 are counted beside it.
        Column("未计预算项目", width: 11) { line in
            guard case .department(let total) = line, let count = total.projectsWithoutBudget, count > 0 else { return .empty }
            return .number(Double(count), .integer)
        },
    ])

    static func writeTotals(_ batch: RunResult, workbook: XLSXWorkbook) throws {
        let spec = totalsSpec
        let sheet = try spec.addSheet("汇总", to: workbook)
        if batch.counties.isEmpty {
            sheet.write(1, 0, "本期无数据：没有读到任何县的报表。", .note)
            spec.finish(sheet, title: "汇总", lastRow: 1)
            return
        }
        var row = 1
        // Each county's departments, in the run's order: found once, not by a pass over every
        // county's departments for each county (at 2,850 counties that pass took seconds).
        let byCounty = Dictionary(grouping: batch.departmentTotals, by: \.county)
        for county in batch.counties {
            let first = row
            let totals = byCounty[county] ?? []
            for total in totals {
                spec.write(.department(total), on: sheet, row: row)
                row += 1
            }
            spec.write(.county(county, projects: totals.map(\.projects).reduce(0, +),
                               indicators: totals.map(\.indicators).reduce(0, +),
                               budget: roundMoney(totals.map(\.budget).reduce(0, +)),
                               rows: row > first ? first...(row - 1) : nil), on: sheet, row: row)
            row += 1
        }
        let all = batch.countyTotals
        spec.write(.all(counties: batch.counties.count, projects: all.map(\.projects).reduce(0, +),
                        indicators: all.map(\.indicators).reduce(0, +), budget: roundMoney(all.map(\.budgetWan).reduce(0, +)),
                        rows: 1...(row - 1), labels: spec.index(of: "部门")!), on: sheet, row: row)
        spec.finish(sheet, title: "汇总", lastRow: row)
    }

    /// County × category budget, county × economic class budget, county × indicator level counts.
    static func writePivots(_ batch: RunResult, workbook: XLSXWorkbook) throws {
        let counties = batch.counties
        let totals = batch.countyTotals
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

    static let scoresSpec = SheetSpec<CountyTotal>([
        Column("县（区）", width: 14) { .text($0.county) },
        Column("项目数", width: 8) { .number(Double($0.projects), .integer) },
        Column("模板平均得分", width: 12) { .number($0.scoreMean, .score) },
        Column("最低得分", width: 10) { .number($0.scoreMin, .score) },
        Column("问题数", width: 8) { .number(Double($0.findings), .integer) },
    ])

    static func writeCountyScores(_ batch: RunResult, workbook: XLSXWorkbook) throws {
        let spec = scoresSpec
        let sheet = try spec.addSheet("县得分", to: workbook)
        var row = 1
        for total in batch.countyTotals {
            spec.write(total, on: sheet, row: row)
            row += 1
        }
        if row == 1 {
            sheet.write(1, 0, "本期无得分：没有审核任何项目。", .note)
            spec.finish(sheet, title: "县得分", lastRow: 1)
            return
        }
        spec.finish(sheet, title: "县得分", lastRow: row - 1)
        var chartRows = (first: 1, last: row - 1)
        var chartTitle = "各县模板平均得分"
        let scored = batch.countyTotals.filter { $0.scoreMean != nil }
        if batch.countyTotals.count > scoreChartCounties {
            // The counties that most need a look: the lowest mean scores, in a small table the
            // chart reads (county, projects, mean score), below the full one.
            let lowest = scored.sorted { ($0.scoreMean!, $0.county) < ($1.scoreMean!, $1.county) }.prefix(scoreChartCounties)
            let chartData = SheetSpec(Array(spec.columns.prefix(3)))
            var at = row + 1
            sheet.write(at, 0, "得分最低的 \(lowest.count) 个县（共 \(batch.countyTotals.count) 个），条形图据此绘制", .boldText)
            at += 1
            sheet.header(chartData.titles, row: at, frozen: false)
            let first = at + 1
            for total in lowest {
                at += 1
                chartData.write(total, on: sheet, row: at)
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
                          series: [(nameRow: 0, column: spec.index(of: "模板平均得分")!)], valueRange: 0...100,
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

    static func writeChecks(_ batch: RunResult, workbook: XLSXWorkbook) throws {
        try checksSpec.writeTable("项目审核", batch.projectChecks, empty: "本期无审核的项目。", workbook: workbook)
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

    static func writeCategoryComparison(_ batch: RunResult, workbook: XLSXWorkbook) throws {
        try categorySpec.writeTable("分类比较", batch.categoryComparison, empty: "本期无可比较的项目分类。", workbook: workbook)
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

    static func writeIndicatorComparison(_ batch: RunResult, workbook: XLSXWorkbook) throws {
        try indicatorSpec.writeTable("指标比较", batch.indicatorComparison, empty: "本期无两个以上县都有的标准指标。",
                                    workbook: workbook)
    }

    /// 名称建议: one line per name as written, under its group's suggested canonical name.
    static let suggestionsSpec = SheetSpec<(group: NameSuggestion, member: NameSuggestion.Member)>([
        Column("建议标准名称") { .text($0.group.canonical, .boldText) },
        Column("置信度") { .number($0.group.confidence) },
        Column("处理") { .text($0.group.applied ? "已自动合并" : "仅建议") },
        Column("名称写法") { .text($0.member.name) },
        Column("出现次数") { .number(Double($0.member.count), .integer) },
        Column("出处（文件:行）", wrap: true) { .text($0.member.sources.map(\.description).joined(separator: "，")) },
    ], maximumWidth: 60)

    static func writeSuggestions(_ batch: RunResult, workbook: XLSXWorkbook) throws {
        let lines = batch.nameSuggestions.flatMap { group in group.members.map { (group: group, member: $0) } }
        try suggestionsSpec.writeTable("名称建议", lines, empty: "本期无名称建议：词典覆盖了所有指标名称。", workbook: workbook)
    }

    /// 文件记账: a file read (its rows accounted for), a file that could not be read, or one
    /// left out on purpose.
    enum FileLine {
        case read(FileAccount)
        case failed(LoadError)
        case skipped(SkippedFile)
    }

    /// A count of a file that was read in 文件记账; empty for the others.
    private static func count(_ line: FileLine, _ value: (FileAccount) -> Int) -> CellValue {
        guard case .read(let account) = line else { return .empty }
        return .number(Double(value(account)), .integer)
    }

    static let fileAccountsSpec = SheetSpec<FileLine>([
        Column("来源文件") { line in
            switch line {
            case .read(let account): return .text(account.file)
            case .failed(let failure): return .text(failure.file)
            case .skipped(let skipped): return .text(skipped.file)
            }
        },
        Column("县（区）") { if case .read(let account) = $0 { return .text(account.county) } else { return .empty } },
        Column("版式") { if case .read(let account) = $0 { return .text(account.layout) } else { return .empty } },
        Column("读入行") { count($0, \.rowsRead) },
        Column("写入行") { count($0, \.rowsWritten) },
        Column("拒收行") { count($0, \.rowsRejected) },
        Column("结构行") { count($0, \.structureLines) },
        Column("核对") { line in
            switch line {
            case .read(let account):
                if let original = account.duplicateOf {
                    return .text("重复提交：与 \(original) 内容相同，只计入一次", .severity(.warning))
                }
                return .text(account.balances ? "相符" : "不符", account.balances ? .text : .severity(.error))
            case .failed(let failure): return .text("无法读取：\(failure.message)", .severity(.error))
            case .skipped(let skipped): return .text("已跳过：\(skipped.reason)", .note)
            }
        },
    ], maximumWidth: 60)

    static func writeFileAccounts(_ batch: RunResult, workbook: XLSXWorkbook) throws {
        let lines = batch.countyTotals.flatMap(\.fileAccounts).map(FileLine.read) + batch.failures.map(FileLine.failed)
            + batch.skippedFiles.map(FileLine.skipped)
        try fileAccountsSpec.writeTable("文件记账", lines, empty: "本期无输入文件。", workbook: workbook)
    }

    /// 拒收行: a file that could not be read at all, or one row that could not be.
    enum RejectedLine {
        case file(LoadError)
        case row(RejectedRow)
    }

    static let rejectedSpec = SheetSpec<RejectedLine>([
        Column("来源文件") { line in
            switch line {
            case .file(let failure): return .text(failure.file)
            case .row(let rejected): return .text(rejected.source.file)
            }
        },
        Column("行号") { line in
            switch line {
            case .file(let failure): return .number(failure.line.map(Double.init), .lineNumber)
            case .row(let rejected): return .number(Double(rejected.source.line), .lineNumber)
            }
        },
        Column("原因", wrap: true) { line in
            switch line {
            case .file(let failure): return .text(failure.message)
            case .row(let rejected): return .text(rejected.reason)
            }
        },
        Column("原文", wrap: true) { line in
            switch line {
            case .file: return .text("（整个文件无法读取）")
            case .row(let rejected): return .text(rejected.text)
            }
        },
    ], maximumWidth: 60)

    static func writeRejected(_ batch: RunResult, workbook: XLSXWorkbook) throws {
        let lines = batch.failures.map(RejectedLine.file) + batch.rejectedRows.map(RejectedLine.row)
        try rejectedSpec.writeTable("拒收行", lines, empty: "本期无拒收行：每一行输入都已写入各县工作簿。", workbook: workbook)
    }
}
