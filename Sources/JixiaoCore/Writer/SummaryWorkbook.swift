import Foundation

/// The summary workbook: how the run was made, totals per county and department, template
/// scores, all findings, and every rejected row or unreadable file.
enum SummaryWorkbook {
    static func write(_ result: Pipeline.Result, pipeline: PipelineFile, period: String, changes: PeriodChanges,
                      to path: String) throws {
        let workbook = try XLSXWorkbook(path: path)
        workbook.setProperties(title: "绩效目标汇总 \(period)", subject: pipeline.name)
        try writeAbout(result, pipeline: pipeline, period: period, workbook: workbook)
        try writeTotals(result.batch, workbook: workbook)
        try writePivots(result.batch, workbook: workbook)
        try writeCountyScores(result.batch, workbook: workbook)
        try ChangesSheet.write(changes, period: period, workbook: workbook)
        try writeChecks(result.batch, workbook: workbook)
        try writeCategoryComparison(result.batch, workbook: workbook)
        try writeIndicatorComparison(result.batch, workbook: workbook)
        try writeFindings(result.batch.findings, total: result.batch.findingsByRule.values.reduce(0, +), workbook: workbook)
        try writeSuggestions(result.batch, workbook: workbook)
        try writeFileAccounts(result.batch, workbook: workbook)
        try writeRejected(result.batch, workbook: workbook)
        try workbook.close()
    }

    static func writeAbout(_ result: Pipeline.Result, pipeline: PipelineFile, period: String, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("说明", wrapping: [1, 6])
        let batch = result.batch
        sheet.write(0, 0, "项目支出绩效目标汇总（jixiao）", .title)
        var row = 2
        let facts: [(String, String)] = [
            ("流水线", pipeline.name),
            ("流水线文件", pipeline.path),
            ("期间", period),
            ("运行时间", ISO8601DateFormatter().string(from: result.started)),
            ("输入文件", "\(batch.inputs.count) 个（读取 \(batch.inputs.count - batch.failures.count) 个，无法读取 \(batch.failures.count) 个）"),
            ("文件清单", batch.inputs.map { ($0.path as NSString).lastPathComponent }.joined(separator: "、")),
            ("县（区）", batch.counties.joined(separator: "、")),
            ("项目", "\(batch.countyTotals.reduce(0) { $0 + $1.projects }) 个"),
            ("指标", "\(batch.countyTotals.reduce(0) { $0 + $1.indicators }) 条"),
            ("问题", "\(batch.findingsByRule.values.reduce(0, +)) 条"),
            ("行记账", "读入 \(batch.countyTotals.reduce(0) { $0 + $1.rowsRead }) 行 = 写入 \(batch.countyTotals.reduce(0) { $0 + $1.rowsWritten }) 行 + 拒收 \(batch.countyTotals.reduce(0) { $0 + $1.rowsRejected }) 行"),
        ]
        for (label, value) in facts {
            sheet.write(row, 0, label, .boldText)
            sheet.write(row, 1, value)
            row += 1
        }
        row += 1
        sheet.write(row, 0, "工作表", .boldText)
        row += 1
        let sheets = [
            ("汇总", "各县、各部门的项目数、指标数、预算（万元）与表上合计的核对"),
            ("分类预算", "县 × 项目分类的预算（万元），合计为公式；附堆积柱形图"),
            ("经济分类预算", "县 × 支出经济分类的预算（万元），合计为公式"),
            ("指标分布", "县 × 一级/二级指标的指标条数，合计为公式"),
            ("县得分", "各县项目的模板平均得分与最低得分；附条形图"),
            ("本月变化", "与上一期相比：新增与删除的项目、预算变化、新问题与已解决问题"),
            ("项目审核", "每个项目按模板审核的得分"),
            ("分类比较", "同类项目跨县比较：项目数、预算、指标数、定量指标占比、模板平均得分"),
            ("指标比较", "两个以上县都有的标准指标：各县目标并列，数量指标附单位成本（万元/单位）"),
            ("问题清单", "所有问题，按严重程度着色，可筛选；文件与行号指回原表"),
            ("名称建议", "词典未覆盖的相似指标名称分组；确认后抄入 Data/indicator-names.yaml"),
            ("文件记账", "每个文件：读入行 = 写入行 + 拒收行；无法读取的文件也列在这里"),
            ("拒收行", "无法读入的行与文件及其原因：每一行输入要么在输出中，要么在这里"),
            ("各县工作簿", "每县一个工作簿，每个部门一张表，一行一个指标"),
        ]
        for (name, text) in sheets {
            sheet.write(row, 0, name)
            sheet.write(row, 1, text)
            row += 1
        }
        row += 1
        sheet.header(["步骤", "读入", "输出", "拒收", "问题", "秒", "说明"], row: row)
        row += 1
        for report in result.reports {
            sheet.write(row, 0, report.stage)
            sheet.write(row, 1, Double(report.rowsIn), .integer)
            sheet.write(row, 2, Double(report.rowsOut), .integer)
            sheet.write(row, 3, Double(report.rowsRejected), .integer)
            sheet.write(row, 4, Double(report.findings), .integer)
            sheet.write(row, 5, (report.seconds * 1000).rounded() / 1000)
            sheet.write(row, 6, report.notes.joined(separator: "；"))
            row += 1
        }
        sheet.printSetup(title: "说明")
        sheet.fitColumns(maximum: 70)
    }

    static func writeTotals(_ batch: Batch, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("汇总")
        sheet.header(["县（区）", "部门", "项目数", "指标数", "预算合计（万元）", "表上合计（万元）", "差额（万元）"])
        var row = 1
        for county in batch.counties {
            let first = row
            for total in batch.departmentTotals where total.county == county {
                sheet.write(row, 0, county)
                sheet.write(row, 1, total.department)
                sheet.write(row, 2, Double(total.projects), .integer)
                sheet.write(row, 3, Double(total.indicators), .integer)
                sheet.write(row, 4, total.budget, .money)
                sheet.write(row, 5, total.statedTotal, .money)
                sheet.write(row, 6, total.difference, .money)
                row += 1
            }
            let totals = batch.departmentTotals.filter { $0.county == county }
            sheet.write(row, 0, county, .boldText)
            sheet.write(row, 1, "合计", .boldText)
            let excelFirst = first + 1, excelLast = row
            sheet.formula(row, 2, "=SUM(C\(excelFirst):C\(excelLast))", value: Double(totals.map(\.projects).reduce(0, +)), .integer)
            sheet.formula(row, 3, "=SUM(D\(excelFirst):D\(excelLast))", value: Double(totals.map(\.indicators).reduce(0, +)), .integer)
            sheet.formula(row, 4, "=SUM(E\(excelFirst):E\(excelLast))", value: roundMoney(totals.map(\.budget).reduce(0, +)), .moneyBold)
            row += 1
        }
        sheet.finishTable(title: "汇总", lastRow: row - 1, columns: 7)
    }

    /// County × category budget, county × economic class budget, county × indicator level counts.
    static func writePivots(_ batch: Batch, workbook: XLSXWorkbook) throws {
        let counties = batch.counties
        let totals = batch.countyTotals
        let byCategory = Pivot.build(sheetName: "分类预算", title: "各县按项目分类的预算（万元）", rowTitle: "县（区）",
            rowOrder: counties, style: .money,
            entries: totals.flatMap { total in total.budgetByCategory.map { (total.county, $0.key, $0.value) } })
        let categorySheet = try byCategory.write(to: workbook)
        byCategory.insertStackedChart(on: categorySheet, workbook: workbook, title: "各县预算（按项目分类）", yAxis: "万元")

        let byClass = Pivot.build(sheetName: "经济分类预算", title: "各县按支出经济分类的预算（万元）", rowTitle: "县（区）",
            rowOrder: counties, style: .money,
            entries: totals.flatMap { total in total.budgetByEconomicClass.map { (total.county, $0.key, $0.value) } })
        try byClass.write(to: workbook)

        let byLevel = Pivot.build(sheetName: "指标分布", title: "各县按一级·二级指标的指标条数", rowTitle: "县（区）",
            rowOrder: counties, style: .integer,
            entries: totals.flatMap { total in total.indicatorsByLevel.map { (total.county, $0.key, Double($0.value)) } })
        try byLevel.write(to: workbook)
    }

    static func writeCountyScores(_ batch: Batch, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("县得分")
        sheet.header(["县（区）", "项目数", "模板平均得分", "最低得分", "问题数"])
        var row = 1
        for total in batch.countyTotals {
            var cells = RowWriter(sheet: sheet, row: row)
            cells.text(total.county)
            cells.number(Double(total.projects), .integer)
            cells.number(total.scoreMean)
            cells.number(total.scoreMin)
            cells.number(Double(total.findings), .integer)
            row += 1
        }
        sheet.finishTable(title: "县得分", lastRow: row - 1, columns: 5)
        if row > 1 {
            workbook.addChart(.bar, on: sheet, at: (row: row + 1, column: 0), title: "各县模板平均得分", yAxis: "得分",
                              categories: (first: 1, last: row - 1, column: 0), series: [(nameRow: 0, column: 2)])
        }
    }

    static func writeChecks(_ batch: Batch, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("项目审核", wrapping: [2])
        sheet.header(["县（区）", "部门", "项目", "模板", "检查项", "通过", "得分", "来源文件", "行号"])
        var row = 1
        for check in batch.projectChecks {
            sheet.write(row, 0, check.county)
            sheet.write(row, 1, check.department)
            sheet.write(row, 2, check.project)
            sheet.write(row, 3, check.templates.joined(separator: "、"))
            sheet.write(row, 4, Double(check.checks), .integer)
            sheet.write(row, 5, Double(check.passed), .integer)
            sheet.write(row, 6, check.score)
            sheet.write(row, 7, check.source.file)
            sheet.write(row, 8, Double(check.source.line), .integer)
            row += 1
        }
        sheet.finishTable(title: "项目审核", lastRow: row - 1, columns: 9, maximumWidth: 45)
    }

    static func writeCategoryComparison(_ batch: Batch, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("分类比较")
        sheet.header(["项目分类", "县（区）", "项目数", "预算（万元）", "指标数", "定量指标占比（%）", "模板平均得分"])
        var row = 1
        for item in batch.categoryComparison {
            var cells = RowWriter(sheet: sheet, row: row)
            cells.text(item.category)
            cells.text(item.county)
            cells.number(Double(item.projects), .integer)
            cells.number(item.budget, .money)
            cells.number(Double(item.indicators), .integer)
            cells.number(item.quantitativeShare)
            cells.number(item.score)
            row += 1
        }
        sheet.finishTable(title: "分类比较", lastRow: row - 1, columns: 7)
    }

    static func writeIndicatorComparison(_ batch: Batch, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("指标比较", wrapping: [2])
        sheet.header(["标准指标名称", "县（区）", "项目", "项目分类", "指标性质", "目标值", "单位", "原表写法",
                      "单位成本（万元）", "来源文件", "行号"])
        var row = 1
        for item in batch.indicatorComparison {
            var cells = RowWriter(sheet: sheet, row: row)
            cells.text(item.indicator, .boldText)
            cells.text(item.county)
            cells.text(item.project)
            cells.text(item.category)
            cells.text(item.comparison)
            cells.number(item.number)
            cells.text(item.unit)
            cells.text(item.valueAsWritten)
            cells.number(item.unitCost, .money)
            cells.text(item.source.file)
            cells.number(Double(item.source.line), .integer)
            row += 1
        }
        sheet.finishTable(title: "指标比较", lastRow: row - 1, columns: 11, maximumWidth: 40)
    }

    /// Every finding listed (most severe first), or the first `listLimit` with a note of the total.
    static func writeFindings(_ findings: [Finding], total: Int, workbook: XLSXWorkbook,
                              rowLimit: Int = ContinuedSheets.excelRows) throws {
        let sheets = try ContinuedSheets(name: "问题清单", rowLimit: rowLimit, make: { name in
            let sheet = try workbook.addSheet(name, wrapping: [4, 5])
            sheet.header(["严重程度", "规则", "县（区）", "部门", "项目", "问题说明", "来源文件", "行号", "步骤"])
            return sheet
        }) { sheet, lastRow, suffix in
            sheet.finishTable(title: "问题清单\(suffix)", lastRow: lastRow, columns: 9, maximumWidth: 60)
        }
        for finding in findings.sorted(by: { ($0.severity, $0.county) < ($1.severity, $1.county) }) {
            try sheets.reserve()
            let sheet = sheets.sheet
            let row = sheets.row
            sheet.write(row, 0, finding.severity.rawValue, .severity(finding.severity))
            sheet.write(row, 1, finding.rule)
            sheet.write(row, 2, finding.county)
            sheet.write(row, 3, finding.department ?? "")
            sheet.write(row, 4, finding.project ?? "")
            sheet.write(row, 5, finding.message)
            sheet.write(row, 6, finding.source?.file ?? "")
            sheet.write(row, 7, finding.source.map { Double($0.line) }, .integer)
            sheet.write(row, 8, finding.stage)
            sheets.row += 1
        }
        if total > findings.count {
            try sheets.reserve(2)
            sheets.sheet.write(sheets.row + 1, 0, "此处列出前 \(findings.count) 条（共 \(total) 条）；每个县的全部问题见该县工作簿的「问题清单」。", .note)
        }
        sheets.close()
    }

    static func writeSuggestions(_ batch: Batch, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("名称建议", wrapping: [5])
        sheet.header(["建议标准名称", "置信度", "处理", "名称写法", "出现次数", "出处（文件:行）"])
        var row = 1
        for suggestion in batch.nameSuggestions {
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
        sheet.finishTable(title: "名称建议", lastRow: row - 1, columns: 6, maximumWidth: 60)
    }

    static func writeFileAccounts(_ batch: Batch, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("文件记账")
        sheet.header(["来源文件", "县（区）", "版式", "读入行", "写入行", "拒收行", "结构行", "核对"])
        var row = 1
        for account in batch.countyTotals.flatMap(\.fileAccounts) {
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
        for failure in batch.failures {
            var cells = RowWriter(sheet: sheet, row: row)
            cells.text(failure.file)
            cells.skip(6)
            cells.text("无法读取：\(failure.message)", .severity(.error))
            row += 1
        }
        for skipped in batch.skippedFiles {
            var cells = RowWriter(sheet: sheet, row: row)
            cells.text(skipped.file)
            cells.skip(6)
            cells.text("已跳过：\(skipped.reason)", .note)
            row += 1
        }
        sheet.finishTable(title: "文件记账", lastRow: row - 1, columns: 8, maximumWidth: 60)
    }

    static func writeRejected(_ batch: Batch, workbook: XLSXWorkbook) throws {
        let sheet = try workbook.addSheet("拒收行", wrapping: [2, 3])
        sheet.header(["来源文件", "行号", "原因", "原文"])
        var row = 1
        for failure in batch.failures {
            sheet.write(row, 0, failure.file)
            sheet.write(row, 1, failure.line.map(Double.init), .integer)
            sheet.write(row, 2, failure.message)
            sheet.write(row, 3, "（整个文件无法读取）")
            row += 1
        }
        for rejected in batch.rejectedRows {
            sheet.write(row, 0, rejected.source.file)
            sheet.write(row, 1, Double(rejected.source.line), .integer)
            sheet.write(row, 2, rejected.reason)
            sheet.write(row, 3, rejected.text)
            row += 1
        }
        sheet.finishTable(title: "拒收行", lastRow: row - 1, columns: 4, maximumWidth: 60)
    }
}
