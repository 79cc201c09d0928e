import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoSynth

/// What a clerk gets on paper and sends back: the sample's workbooks rendered to PDF by
/// LibreOffice (as printing would), text measured page by page with Poppler's
/// `pdftotext -bbox`; the 问题反馈 sheet read back; an empty run and a run of many counties.
@Suite(.serialized) struct PrintedWorkbookTests {
    let output: String
    let summary: RunSummary

    init() throws {
        let (file, result) = try Fixtures.runSample()
        let root = Fixtures.temporaryDirectory()
        summary = try OutputWriter.write(result, pipeline: file, period: "2023-12", root: root)
        output = (root as NSString).appendingPathComponent("2023-12")
    }

    /// Rule ids and stage names a page must not show.
    static let englishWords: Set<String> = {
        var words = Set(RuleCatalogueTests.catalogue.entries.map(\.id))
        words.formUnion(PipelineFile.stageOrder)
        return words
    }()

    @Test(arguments: ["平武县.xlsx", "原州区.xlsx", "汇总.xlsx"])
    func everyPrintedPageIsReadableAndChinese(_ name: String) throws {
        let pages = try PDF.pages(of: PDF.render((output as NSString).appendingPathComponent(name)))
        #expect(pages.count >= 3, "\(name)")
        let owner = name == "汇总.xlsx" ? "汇总" : String(name.dropLast(5))
        for (index, page) in pages.enumerated() {
            let where_ = "\(name) page \(index + 1)"
            #expect(!page.words.isEmpty, "\(where_)")
            let smallest = page.words.min { $0.points < $1.points }!
            #expect(smallest.points >= 7, "\(where_): \(smallest.text) at \(smallest.points) pt")
            let text = page.words.map(\.text)
            #expect(text.filter(Self.englishWords.contains).isEmpty, "\(where_): \(text.filter(Self.englishWords.contains))")
            #expect(!text.contains { $0.range(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d"#, options: .regularExpression) != nil }, "\(where_): UTC time")
            // Page header: whose book and the period; footer: the page number.
            let top = page.words.filter { $0.y < 40 }.map(\.text).joined()
            #expect(top.contains(owner) && top.contains("期间：2023-12"), "\(where_): header \(top)")
            let bottom = page.words.filter { $0.y > page.height - 40 }.map(\.text).joined()
            #expect(bottom.contains("第\(index + 1)页，共\(pages.count)页"), "\(where_): footer \(bottom)")
        }
    }

    @Test func countySheetsPrintTheReadingSetAtTenPoints() throws {
        let pages = try PDF.pages(of: PDF.render((output as NSString).appendingPathComponent("平武县.xlsx")))
        let first = try #require(pages.first)
        let words = first.words.map(\.text)
        // The reading set prints; the traceability columns stay on screen.
        #expect(words.contains("三级指标") && words.contains("指标方向") && words.contains("预算数（万元）"))
        #expect(!words.contains("来源文件") && !words.contains("原表三级指标"))
        // Body text at about 10 pt (10.5 pt fonts, printed near full size).
        let body = first.words.filter { $0.text == "产出指标" }
        #expect(!body.isEmpty && body.allSatisfy { $0.points >= 9 })
        // Project names wrap instead of being cut: the whole name is on the page.
        let all = pages.flatMap(\.words).map(\.text).joined()
        #expect(all.contains("平武县政务网络工作中心网络问政管理及维护费（维修维护费）"))
    }

    /// A project's name prints whole on its first row; its indicator rows repeat it in grey
    /// (the whole name in every cell, so filtering keeps it) but are only as tall as their own
    /// cells need, the name cut at the row's bottom rather than spilt over the rows below.
    @Test func indicatorRowsAreAsTallAsTheirOwnCells() throws {
        let workbook = (output as NSString).appendingPathComponent("平武县.xlsx")
        let name = "平武县政务网络工作中心网络问政管理及维护费（维修维护费）"
        let rows = try #require(try LibreOffice.sheets(of: workbook)["201-平武县人民政府办公室"])
        #expect(rows.indices.filter { rows[$0][0] == name } == Array(1...6))
        #expect(rows[4][4] == "维护及时率")

        // Heights as written (points): the first row three lines for the name; 受众群体满意度's
        // row two (服务对象满意度指标 wraps); the next three one line each, of a height of their
        // own: without one LibreOffice draws the rest of the name over the rows below (the
        // clipped text is still in the PDF, so pdftotext cannot tell the two apart).
        let xml = try LibreOffice.zipFile("xl/worksheets/sheet1.xml", of: workbook)
        let rowTag = try NSRegularExpression(pattern: #"<row r="(\d+)"[^>]*>"#)
        var heights: [Int: String] = [:]
        for match in rowTag.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
            let tag = String(xml[Range(match.range, in: xml)!])
            let row = Int(xml[Range(match.range(at: 1), in: xml)!])!
            heights[row] = tag.contains("customHeight=\"1\"")
                ? tag.components(separatedBy: "ht=\"").dropFirst().first?.prefix { $0 != "\"" }.description : nil
        }
        #expect(heights[2] == "43" && heights[3] == "29")
        #expect([4, 5, 6].allSatisfy { heights[$0] == "15.25" }, "\(heights)")

        // On paper: one line apart, where the repeated name used to make each row three lines.
        let page = try #require(try PDF.pages(of: PDF.render(workbook)).first)
        func word(_ text: String) throws -> PDF.Word { try #require(page.words.first { $0.text == text }, "\(text)") }
        let line = try word("维护信箱个数").points * 1.105
        let first = try word("信箱正常使用率").y, second = try word("受众群体满意度").y
        let fourth = try word("维护信箱个数").y, fifth = try word("维护及时率").y, sixth = try word("信箱正常使用时间").y
        #expect(second - first > 2.5 * line)
        #expect(fifth - fourth < 1.5 * line && sixth - fifth < 1.5 * line, "\(fourth) \(fifth) \(sixth), line \(line)")
    }

    @Test func feedbackSheetIsReadyToSendBack() throws {
        let sheets = try LibreOffice.sheets(of: (output as NSString).appendingPathComponent("平武县.xlsx"))
        let rows = try #require(sheets["问题反馈"])
        #expect(rows[0][0] == "平武县 项目支出绩效目标 问题反馈")
        #expect(rows[1][0].hasPrefix("期间：2023-12") && rows[1][0].contains("共 53 条"))
        #expect(rows[4] == ["序号", "严重程度", "问题", "问题说明", "怎样修改", "原表位置", "县里答复"])
        let items = rows.dropFirst(5).filter { Int($0[0]) != nil }
        let findings = summary.counties.first { $0.county == "平武县" }!.findings
        #expect(items.count == findings)
        #expect(items.map { Int($0[0])! } == Array(1...findings))
        // Most serious first: the first project group opens with an error.
        #expect(items.first?[1] == "错误")
        // The misplaced 外事 report row, in plain Chinese, with file, line and what to do.
        let misplaced = try #require(items.first { $0[2] == "指标行放错项目" })
        #expect(misplaced[1] == "警告")
        #expect(misplaced[3].contains("外事工作") && misplaced[3].contains("第 39 行"))
        #expect(misplaced[4] == "把这一行移到问题说明指出的项目下。")
        #expect(misplaced[5] == "000_6941c6c000b569c3.txt 第 39 行")
        // Grouped by project: the group heading names the project the row stands under.
        let index = try #require(rows.firstIndex { $0 == misplaced })
        let heading = try #require(rows[..<index].last { $0[0].contains("、项目「") })
        #expect(heading[0].contains("综合管理"))
        // The reply column is empty for the county to fill in; English ids are not there.
        #expect(items.allSatisfy { $0[6].isEmpty })
        #expect(!rows.joined().joined().contains("weights.total"))
        // Groups are ordered by their most serious finding, and inside a group errors come first.
        var groups: [[String]] = []
        for row in rows.dropFirst(5) {
            if row[0].contains("、项目「") || row[0].contains("、不属于某个项目的问题") { groups.append([]) }
            else if Int(row[0]) != nil { groups[groups.count - 1].append(row[1]) }
        }
        let rank = ["错误": 0, "警告": 1, "提示": 2]
        #expect(groups.count >= 9)
        #expect(groups.map { $0.map { rank[$0]! }.min()! } == groups.map { $0.map { rank[$0]! }.min()! }.sorted())
        #expect(groups.allSatisfy { $0.map { rank[$0]! } == $0.map { rank[$0]! }.sorted() })
        // A line for the bureau to sign and one for the county's reply.
        let tail = rows.suffix(3).map { $0[0] }.joined()
        #expect(tail.contains("财政局经办人（签字）") && tail.contains("县（区）答复单位（盖章）"))

        // 原州区: two findings, both listed.
        let yuanzhou = try #require(try LibreOffice.sheets(of: (output as NSString).appendingPathComponent("原州区.xlsx"))["问题反馈"])
        #expect(yuanzhou.dropFirst(5).filter { Int($0[0]) != nil }.count == 2)
    }

    @Test func scoresShowOneDecimalAndTheScoreAxisRunsFromZeroToHundred() throws {
        let charts = try LibreOffice.zipFile("xl/charts/chart2.xml", of: (output as NSString).appendingPathComponent("汇总.xlsx"))
        #expect(charts.contains("<c:min val=\"0\"/>") && charts.contains("<c:max val=\"100\"/>"))
        let sheets = try LibreOffice.sheets(of: (output as NSString).appendingPathComponent("汇总.xlsx"), formatted: true)
        let scores = try #require(sheets["县得分"])
        #expect(scores[1][0] == "平武县" && scores[2][0] == "原州区")
        for row in scores.dropFirst() where !row[2].isEmpty {
            #expect(row[2].range(of: #"^\d+\.\d$"#, options: .regularExpression) != nil, "\(row)")
        }
        let about = try #require(sheets["说明"])
        let time = try #require(about.first { $0[0] == "运行时间" })
        #expect(time[1].hasSuffix("（北京时间）") && !time[1].contains("T"))
        let stages = about.drop { $0[0] != "步骤" }.dropFirst().prefix { !$0[0].isEmpty }.map { $0[0] }
        #expect(stages == ["读取", "清理", "归类", "汇总", "审核", "本月变化"])
        // Each stage with the parameters it ran with, from its spec (defaults marked).
        let aggregate = try #require(about.first { $0[0] == "汇总" && $0[1].contains("tolerance") })
        #expect(aggregate[1].contains("tolerance = 0.005"))
        let load = try #require(about.first { $0[0] == "读取" })
        #expect(load[1].contains("max_file_mb = 50（默认）"))
        // 说明 (the first sheet) freezes no pane halfway down; 汇总 freezes its header row.
        let workbook = (output as NSString).appendingPathComponent("汇总.xlsx")
        #expect(!(try LibreOffice.zipFile("xl/worksheets/sheet1.xml", of: workbook)).contains("<pane"))
        #expect(try LibreOffice.zipFile("xl/worksheets/sheet2.xml", of: workbook).contains("<pane ySplit=\"1\""))
    }
}

extension PrintedWorkbookTests {
    /// A budget a form writes to the 元 (濮阳市档案馆's 24.998 万元, a real page) shows as the
    /// form wrote it in the county's sheet and the summary, not rounded to 25.00; whole amounts
    /// keep their two decimals (97.20).
    @Test func aBudgetWrittenToTheYuanShowsAsWritten() throws {
        let root = Fixtures.temporaryDirectory()
        let page = Fixtures.path("Tests/Fixtures/real-pages/puyang-archives-fire-equipment.txt")
        let run = try Fixtures.runPeriod("2023-12", root: root, inputs: [InputFile(path: page)])
        #expect(run.counties.map(\.county) == ["濮阳市"])
        let folder = (root as NSString).appendingPathComponent("2023-12")
        let county = try LibreOffice.sheets(of: (folder as NSString).appendingPathComponent("濮阳市.xlsx"), formatted: true)
        let rows = try #require(county["濮阳市档案馆"])
        let budget = try #require(rows[0].firstIndex(of: "预算数（万元）"))
        #expect(rows.dropFirst().map { $0[budget] }.filter { !$0.isEmpty } == ["24.998"])
        let summary = try LibreOffice.sheets(of: (folder as NSString).appendingPathComponent("汇总.xlsx"), formatted: true)
        let totals = try #require(summary["汇总"])
        #expect(totals.dropFirst().filter { $0[0] == "濮阳市" }.map { $0[4] } == ["24.998", "24.998"])
        #expect(fmt(24.998) == "24.998" && fmt(97.2) == "97.20" && fmt(968.1918) == "968.1918" && fmt(0.00001) == "0.00")
    }

    /// A run in which every input failed: every sheet says there is nothing, and no formula
    /// refers to its own cell (Excel and LibreOffice report that as circular).
    @Test func anEmptyRunWritesNoCircularFormula() throws {
        let directory = Fixtures.temporaryDirectory()
        let broken = Fixtures.write("这不是绩效目标表\n", named: "broken.txt", in: directory)
        let (file, result) = try Fixtures.runSample(inputs: [broken])
        #expect(result.counties.isEmpty)
        let root = Fixtures.temporaryDirectory()
        let summary = try OutputWriter.write(result, pipeline: file, period: "2023-12", root: root)
        let workbook = (root as NSString).appendingPathComponent("2023-12/汇总.xlsx")
        #expect(summary.workbooks == ["汇总.xlsx"])
        for (cell, formula) in try LibreOffice.formulas(of: workbook) {
            #expect(!formula.refersTo(cell), "\(cell): =\(formula)")
        }
        let sheets = try LibreOffice.sheets(of: workbook)
        #expect(!sheets.values.joined().joined().contains { $0.hasPrefix("Err:") || $0 == "#VALUE!" })
        for name in ["分类预算", "经济分类预算"] { #expect(sheets[name]?[1].first == "本期无预算数据。", "\(name)") }
        #expect(sheets["指标分布"]?[1].first == "本期无指标。")
        #expect(sheets["汇总"]?[1].first == "本期无数据：没有读到任何县的报表。")
        #expect(sheets["县得分"]?[1].first == "本期无得分：没有审核任何项目。")
        #expect(sheets["问题清单"]?.contains { $0.first == "本期无问题。" } == true)
    }

    /// Forty small counties: the charts show the 20 lowest scores and the 30 largest budgets, and
    /// the summary adds every county up.
    @Test func chartsStayLegibleWithManyCounties() throws {
        let corpus = Fixtures.temporaryDirectory()
        let report = try SynthCorpus.generate(SynthOptions(counties: 40, seed: 7,
            size: .init(departments: 1...1, projectsPerDepartment: 2...3)), into: corpus)
        let (file, result) = try Fixtures.runSample(inputs: [(corpus as NSString).appendingPathComponent(SynthCorpus.inputsFolder)])
        #expect(result.counties.count == 40)
        let root = Fixtures.temporaryDirectory()
        _ = try OutputWriter.write(result, pipeline: file, period: "2024-01", root: root)
        let workbook = (root as NSString).appendingPathComponent("2024-01/汇总.xlsx")
        let sheets = try LibreOffice.sheets(of: workbook)
        let totals = try #require(sheets["汇总"])
        let grand = try #require(totals.last)
        #expect(grand[0] == "全部 40 个县（区）" && grand[1] == "总计")
        #expect(Double(grand[4]).map { roundMoney($0) } == roundMoney(result.countyTotals.map(\.budgetWan).reduce(0, +)))
        _ = report
        let budgetChart = try LibreOffice.zipFile("xl/charts/chart1.xml", of: workbook)
        let scoreChart = try LibreOffice.zipFile("xl/charts/chart2.xml", of: workbook)
        #expect(budgetChart.contains("预算最多的 30 个县"))
        #expect(budgetChart.contains("<c:dLbls>") == false && scoreChart.contains("<c:dLbls>"))
        #expect(scoreChart.contains("得分最低的 20 个县"))
        let categories = try #require(sheets["分类预算"])
        #expect(categories.contains { $0.first?.hasPrefix("其余 10 个县合计") == true })
        // 说明 lists 30 counties and says where the rest are.
        let about = try #require(sheets["说明"])
        #expect(about.first { $0[0] == "县（区）" }?[1].hasSuffix("……（共 40 个县（区），全部见「汇总」）") == true)
    }
}

/// A PDF's words with their size, from `pdftotext -bbox`.
enum PDF {
    struct Word {
        var text: String
        var y: Double
        /// The glyph box height divided by 1.105: the font size in points (WenQuanYi Zen Hei,
        /// the CJK font the tests install, draws a 14 pt title 15.47 pt high).
        var points: Double
    }

    struct Page {
        var height: Double
        var words: [Word]
    }

    /// Renders a workbook to PDF with LibreOffice, as printing it would; returns the PDF's path.
    static func render(_ workbook: String) throws -> String {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first(where: FileManager.default.isExecutableFile(atPath:))
        else { throw LibreOffice.Missing() }
        let directory = Fixtures.temporaryDirectory()
        let profile = Fixtures.temporaryDirectory()
        try run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf", "--outdir", directory, workbook])
        return (directory as NSString).appendingPathComponent(((workbook as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf")
    }

    static func pages(of pdf: String) throws -> [Page] {
        let html = pdf + ".html"
        try run("/usr/bin/pdftotext", ["-bbox", pdf, html])
        let text = try String(contentsOfFile: html, encoding: .utf8)
        let page = try NSRegularExpression(pattern: #"<page width="[\d.]+" height="([\d.]+)">"#)
        let word = try NSRegularExpression(pattern: #"<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>"#)
        var pages: [Page] = []
        for chunk in text.components(separatedBy: "<page ").dropFirst() {
            let chunk = "<page " + chunk
            let whole = NSRange(chunk.startIndex..., in: chunk)
            let height = page.firstMatch(in: chunk, range: whole).flatMap { Double(chunk[Range($0.range(at: 1), in: chunk)!]) } ?? 0
            let words = word.matches(in: chunk, range: whole).map { match -> Word in
                let yMin = Double(chunk[Range(match.range(at: 1), in: chunk)!])!
                let yMax = Double(chunk[Range(match.range(at: 2), in: chunk)!])!
                let raw = String(chunk[Range(match.range(at: 3), in: chunk)!])
                let text = raw.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                    .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                return Word(text: text, y: yMin, points: (yMax - yMin) / 1.105)
            }
            pages.append(Page(height: height, words: words))
        }
        return pages
    }

    static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }
}

extension LibreOffice {
    /// One file inside an .xlsx, as text.
    static func zipFile(_ entry: String, of path: String) throws -> String {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())", path, entry]
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Every formula of every sheet as (cell, formula), read from the sheets' XML.
    static func formulas(of path: String) throws -> [(cell: String, formula: String)] {
        var result: [(String, String)] = []
        let regex = try NSRegularExpression(pattern: #"<c r="([A-Z]+[0-9]+)"[^>]*><f>([^<]*)</f>"#)
        for entry in try zipEntries(of: path) where entry.hasPrefix("xl/worksheets/sheet") {
            let xml = try zipFile(entry, of: path)
            for match in regex.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
                result.append((String(xml[Range(match.range(at: 1), in: xml)!]), String(xml[Range(match.range(at: 2), in: xml)!])))
            }
        }
        return result
    }
}

extension String {
    /// Whether a formula's ranges (`B2:B7`, `C3`) include `cell` (`B5`).
    func refersTo(_ cell: String) -> Bool {
        func split(_ ref: String) -> (column: Int, row: Int)? {
            let letters = ref.prefix { $0.isLetter }, digits = ref.dropFirst(letters.count)
            guard !letters.isEmpty, let row = Int(digits) else { return nil }
            return (letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }, row)
        }
        guard let target = split(cell) else { return false }
        let regex = try! NSRegularExpression(pattern: #"\$?([A-Z]+)\$?([0-9]+)(?::\$?([A-Z]+)\$?([0-9]+))?"#)
        for match in regex.matches(in: self, range: NSRange(startIndex..., in: self)) {
            let part = { (i: Int) -> String? in Range(match.range(at: i), in: self).map { String(self[$0]) } }
            guard let a = split(part(1)! + part(2)!) else { continue }
            let b = (part(3).flatMap { c in part(4).map { c + $0 } }).flatMap(split) ?? a
            if (min(a.column, b.column)...max(a.column, b.column)).contains(target.column),
               (min(a.row, b.row)...max(a.row, b.row)).contains(target.row) { return true }
        }
        return false
    }
}
