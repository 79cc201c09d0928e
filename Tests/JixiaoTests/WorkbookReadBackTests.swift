import Foundation
import Testing
@testable import JixiaoCore

/// Writes the sample run's workbooks and reads them back with a real spreadsheet program
/// (LibreOffice, headless: every sheet exported to CSV). `make test` installs it.
@Suite(.serialized) struct WorkbookReadBackTests {
    let output: String
    let summary: RunSummary

    init() throws {
        let (file, result) = try Fixtures.runSample()
        let root = Fixtures.temporaryDirectory()
        summary = try OutputWriter.write(result, pipeline: file, period: "2023-12", root: root)
        output = (root as NSString).appendingPathComponent("2023-12")
    }

    @Test func runSummaryJSONSaysWhatWasWritten() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: (output as NSString).appendingPathComponent("run-summary.json")))
        let decoded = try RunSummary.decode(data)
        #expect(decoded.status == "complete")
        #expect(decoded.workbooks == ["平武县.xlsx", "原州区.xlsx", "汇总.xlsx"])
        let counties = Dictionary(uniqueKeysWithValues: decoded.counties.map { ($0.county, $0) })
        #expect(counties["平武县"]?.projects == 10 && counties["平武县"]?.indicators == 47 && counties["平武县"]?.budgetWan == 97.2)
        #expect(counties["原州区"]?.projects == 4 && counties["原州区"]?.indicators == 48 && counties["原州区"]?.budgetWan == 82)
        #expect(counties["平武县"]?.rowsRead == 47 && counties["平武县"]?.rowsRejected == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["findings_by_rule"] != nil && json["rejected_rows"] != nil)
        #expect(decoded.ruleTitles?["row.misplaced"] == "指标行放错项目" && decoded.ruleTitles?.count == decoded.findingsByRule.count)
        // No temporary file left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: output)
        #expect(Set(names) == ["平武县.xlsx", "原州区.xlsx", "汇总.xlsx", "run-summary.json", "name-suggestions.yaml", "state"])
        let states = try FileManager.default.contentsOfDirectory(atPath: (output as NSString).appendingPathComponent("state"))
        #expect(Set(states) == ["平武县.json", "原州区.json"])
        #expect(decoded.outputDirectory == output && decoded.period == "2023-12" && decoded.previousPeriod == nil)
    }

    @Test func countyWorkbookHasOneSheetPerDepartmentAndARowPerIndicator() throws {
        let pingwu = try LibreOffice.sheets(of: (output as NSString).appendingPathComponent("平武县.xlsx"))
        #expect(pingwu.keys.sorted() == ["201-平武县人民政府办公室", "问题反馈", "问题清单"])
        // The county's own findings, all of them.
        #expect(pingwu["问题清单"]?.count == 1 + summary.counties.first { $0.county == "平武县" }!.findings)
        let rows = try #require(pingwu["201-平武县人民政府办公室"])
        // The reading set first (it is what prints), the screen-only columns after it.
        #expect(rows[0].prefix(3) == ["项目名称", "预算数（万元）", "一级指标"])
        #expect(rows[0].suffix(2) == ["来源文件", "行号"])
        #expect(rows.count == 1 + 47)
        let header = rows[0]
        let name = try #require(header.firstIndex(of: "项目名称"))
        let budget = try #require(header.firstIndex(of: "预算数（万元）"))
        let level3 = try #require(header.firstIndex(of: "三级指标"))
        #expect(rows[1][name] == "平武县政务网络工作中心网络问政管理及维护费（维修维护费）")
        let projectBudgets = Dictionary(rows.dropFirst().map { ($0[name], Double($0[budget]) ?? -1) }, uniquingKeysWith: { a, _ in a })
        #expect(projectBudgets.count == 10)
        #expect(roundMoney(projectBudgets.values.reduce(0, +)) == 97.2)
        // The budget stands once per project: the whole column adds up to the county's budget.
        #expect(roundMoney(rows.dropFirst().compactMap { Double($0[budget]) }.reduce(0, +)) == 97.2)
        #expect(rows.dropFirst().filter { !$0[budget].isEmpty }.count == 10)
        let last = try #require(rows.last)
        #expect(last[name] == "人才补贴（安居补助）" && last[level3] == "被服务对象满意度")

        let yuanzhou = try LibreOffice.sheets(of: (output as NSString).appendingPathComponent("原州区.xlsx"))
        #expect(yuanzhou.keys.sorted() == ["原州区人民政府", "问题反馈", "问题清单"])
        #expect(yuanzhou["问题清单"]?.count == 1 + 2)
        #expect(yuanzhou["原州区人民政府"]?.count == 1 + 48)
    }

    @Test func summaryWorkbookTotalsAndFindings() throws {
        let sheets = try LibreOffice.sheets(of: (output as NSString).appendingPathComponent("汇总.xlsx"))
        #expect(Set(sheets.keys) == ["说明", "汇总", "分类预算", "经济分类预算", "指标分布", "县得分", "本月变化",
                                     "项目审核", "分类比较", "指标比较", "问题清单", "名称建议", "文件记账", "拒收行"])
        let accounts = try #require(sheets["文件记账"])
        #expect(accounts[1] == ["000_6941c6c000b569c3.txt", "平武县", "A-部门表格", "47", "47", "0", "14", "相符"])
        #expect(accounts[2] == ["003_3430fcfc1c4de566.txt", "原州区", "B-项目表单", "48", "48", "0", "26", "相符"])
        let categories = try #require(sheets["分类比较"])
        // The average scores count each satisfaction rate within 100% as a passed check (value.rate-over-100).
        #expect(categories.contains(["电子政务网络", "平武县", "3", "14.2", "14", "64.3", "63.9"]))
        #expect(categories.contains(["电子政务网络", "原州区", "1", "45", "10", "60", "95.8"]))
        let totals = try #require(sheets["汇总"])
        // The last column, 未计预算项目, is blank where every project's budget is in 预算合计.
        #expect(totals[1] == ["平武县", "201-平武县人民政府办公室", "10", "47", "97.2", "97.2", "0", ""])
        // The county total row is a formula; LibreOffice recalculates it on load.
        #expect(totals[2] == ["平武县", "合计", "10", "47", "97.2", "", "", ""])
        #expect(totals[4].prefix(5) == ["原州区", "合计", "4", "48", "82"])
        // The grand total across counties, a SUMIF over the county 合计 rows LibreOffice recalculates.
        #expect(totals[5].prefix(5) == ["全部 2 个县（区）", "总计", "14", "95", "179.2"])
        #expect(totals.count == 6)
        let findings = try #require(sheets["问题清单"])
        #expect(findings.count - 1 == summary.findings.count)
        // Rules by their Chinese title; the id stays in the last (screen-only) column.
        #expect(findings[0].first == "严重程度" && findings[0].last == "规则编号")
        #expect(findings[1][0] == "错误" && findings[1][1] == "权重合计不符" && findings[1].last == "weights.total")
        #expect(findings.dropFirst().allSatisfy { ["读取", "清理", "归类", "汇总", "审核"].contains($0[8]) })
        // An empty sheet says so instead of showing a bare header.
        let rejected = try #require(sheets["拒收行"])
        #expect(rejected.count == 2 && rejected[1].first == "本期无拒收行：每一行输入都已写入各县工作簿。")
        let suggestions = try #require(sheets["名称建议"])
        #expect(suggestions.dropFirst().map { $0[3] }.sorted() == ["使用政务外网的单位个数", "使用电子政务外网单位个数"])
        #expect(suggestions[1][5] == "000_6941c6c000b569c3.txt:31")
    }
}

extension WorkbookReadBackTests {
    /// Budgets per county as the county workbooks show them (a project's budget once).
    func countyBudgets() throws -> [String: Double] {
        var result: [String: Double] = [:]
        for county in ["平武县", "原州区"] {
            for (sheet, rows) in try LibreOffice.sheets(of: (output as NSString).appendingPathComponent("\(county).xlsx"))
            where sheet != "问题清单" && sheet != "问题反馈" {
                let header = rows[0]
                let name = try #require(header.firstIndex(of: "项目名称"))
                let budget = try #require(header.firstIndex(of: "预算数（万元）"))
                var seen: Set<String> = []
                for row in rows.dropFirst() where seen.insert(row[name]).inserted {
                    result[county, default: 0] += Double(row[budget]) ?? 0
                }
            }
        }
        return result.mapValues { roundMoney($0) }
    }

    @Test func pivotTotalsAgreeWithTheCountySheets() throws {
        let sheets = try LibreOffice.sheets(of: (output as NSString).appendingPathComponent("汇总.xlsx"))
        let budgets = try countyBudgets()
        #expect(budgets == ["平武县": 97.2, "原州区": 82])
        for name in ["分类预算", "经济分类预算"] {
            let pivot = try #require(sheets[name])
            #expect(pivot[0].first == "县（区）" && pivot[0].last == "合计")
            // Row totals are formulas LibreOffice recalculates on load.
            #expect(Double(pivot[1].last!) == budgets["平武县"], "\(name)")
            #expect(Double(pivot[2].last!) == budgets["原州区"], "\(name)")
            #expect(pivot[3].first == "合计" && Double(pivot[3].last!) == 179.2, "\(name)")
        }
        let categories = try #require(sheets["分类预算"])
        let network = try #require(categories[0].firstIndex(of: "电子政务网络"))
        #expect(categories[1][network] == "14.2" && categories[2][network] == "45" && categories[3][network] == "59.2")
        let levels = try #require(sheets["指标分布"])
        #expect(levels[1].last == "47" && levels[2].last == "48" && levels[3].last == "95")
        let satisfaction = try #require(levels[0].firstIndex(of: "满意度指标·服务对象满意度指标"))
        #expect(levels[1][satisfaction] == "10" && levels[2][satisfaction] == "5")
        let scores = try #require(sheets["县得分"])
        #expect(scores[1][0] == "平武县" && scores[1][1] == "10" && scores[2][0] == "原州区" && scores[2][1] == "4")
    }

    @Test func summaryHasNativeCharts() throws {
        let entries = try LibreOffice.zipEntries(of: (output as NSString).appendingPathComponent("汇总.xlsx"))
        #expect(entries.contains("xl/charts/chart1.xml") && entries.contains("xl/charts/chart2.xml"))
    }
}

/// Converts a workbook to one CSV per sheet with LibreOffice and parses them.
enum LibreOffice {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "LibreOffice (soffice) is needed to read workbooks back: run `make deps` (apt-get install libreoffice-calc-nogui)" }
    }

    /// `formatted`: cells as they show (number formats applied), not their raw values.
    static func sheets(of workbook: String, formatted: Bool = false) throws -> [String: [[String]]] {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
            .first(where: FileManager.default.isExecutableFile(atPath:)) else { throw Missing() }
        let directory = Fixtures.temporaryDirectory()
        let profile = Fixtures.temporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        // Sheet -1: every sheet to its own file, UTF-8 (76), comma-separated.
        process.arguments = ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to",
                             "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,\(formatted),false,false,-1",
                             "--outdir", directory, workbook]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let base = ((workbook as NSString).lastPathComponent as NSString).deletingPathExtension
        var result: [String: [[String]]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".csv") {
            let sheet = String(name.dropFirst(base.count + 1).dropLast(4))
            let text = try String(contentsOfFile: (directory as NSString).appendingPathComponent(name), encoding: .utf8)
            result[sheet] = parseCSV(text)
        }
        return result
    }

    /// The file names inside an .xlsx (a ZIP), listed by Python's zipfile module.
    static func zipEntries(of path: String) throws -> [String] {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))", path]
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = iterator.next()
        while let ch = pending {
            pending = iterator.next()
            if quoted {
                if ch == "\"" {
                    if pending == "\"" { field.append("\""); pending = iterator.next() } else { quoted = false }
                } else {
                    field.append(ch)
                }
            } else if ch == "\"" {
                quoted = true
            } else if ch == "," {
                row.append(field); field = ""
            } else if ch == "\n" || ch == "\r\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(ch)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
