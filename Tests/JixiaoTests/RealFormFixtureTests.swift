import Foundation
import Testing
import ZIPFoundation
@testable import JixiaoCore

/// The 11 real published forms of `Tests/Fixtures/real-forms/` (copied from
/// `../shared/real-forms/`), each retyped as the web page its county would publish
/// (`html/`) and turned by LibreOffice into an Excel workbook with merged cells (`xlsx/`),
/// a Word table (`docx/`, and saved as Word 97-2003 in `doc/`) and a PDF printed by Writer (`pdf/`) by
/// `Tests/Fixtures/make-real-fixtures.sh`. Every rendering
/// must give the hand counts of `expected.json`.
enum RealForms {
    static let directory = Fixtures.path("Tests/Fixtures/real-forms")

    struct Expected: Sendable {
        /// Project forms; nil: a whole-department form.
        var forms: Int?
        var indicators: Int
        /// The form's own amount in 万元; nil: blank on the form.
        var budget: Double?
        /// nil: a city (or higher) unit.
        var county: String?
    }

    /// `expected.json`, keyed by the text file's name without `.txt`.
    static let expected: [String: Expected] = {
        guard let data = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent("expected.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var result: [String: Expected] = [:]
        for (key, value) in object where key.hasSuffix(".txt") {
            guard let entry = value as? [String: Any] else { continue }
            result[String(key.dropLast(4))] = Expected(forms: entry["forms"] as? Int,
                                                       indicators: entry["indicators"] as? Int ?? -1,
                                                       budget: (entry["budget"] as? NSNumber)?.doubleValue,
                                                       county: entry["county"] as? String)
        }
        return result
    }()

    static let names: [String] = [
        "01-ningxia-yuanzhou-afforestation", "02-fujian-xiuyu-flood-repair", "03-fujian-anxi-small-water",
        "04-chongqing-zhongxian-pig-award", "05-tianjin-baodi-manure", "06-anhui-shucheng-work-relief",
        "07-neimenggu-wuchuan-livestock", "08-hunan-lixian-dept-whole", "09-fujian-longyan-ethnic-region",
        "10-hubei-ezhou-office-building", "11-guangdong-lechang-vocational-aid",
    ]
}

@Suite struct RealFormFixtureTests {
    @Test func expectedJSONCoversEveryForm() {
        #expect(Set(RealForms.expected.keys) == Set(RealForms.names))
    }

    @Test(arguments: RealForms.names, ["html", "xlsx", "ods", "docx", "doc"])
    func countsMatchExpected(name: String, format: String) throws {
        try Self.check(name: name, format: format)
    }

    /// Each page printed to PDF by Writer: the grid comes from the words' positions alone
    /// (no cell borders: merged and wrapped cells, and 09's 资金总额 cut by the page break,
    /// are told from where the words stand).
    @Test(arguments: RealForms.names)
    func pdfCountsMatchExpected(name: String) throws {
        try Self.check(name: name, format: "pdf")
    }

    /// Each workbook printed to PDF by Calc (`calc-pdf/`): its cells stand at the bottom of
    /// their rows, a long name or goal merged across the columns wraps over the rows above, a
    /// header of narrow columns wraps every cell (`一级指` / `标`), and a notice's line above the
    /// table starts a column of its own. 01 had read 10 indicators for 8 (names cut into rows of
    /// their own), 03 no indicator, 06 no budget and a project named 工程, 08 a project form for
    /// a whole department's (its title wrapped in a narrow column), 09 3 indicators for 2 (a
    /// value typed as text, `>=95` / `%`, cut into a row of its own) and the allocation table's
    /// 70 万元 for its own 30 (`资金总` / `额:`). 11 still misreads (see the README).
    @Test(arguments: RealForms.names.filter { !$0.hasPrefix("11-") })
    func calcPDFCountsMatchExpected(name: String) throws {
        try Self.check(name: name, format: "pdf", folder: "calc-pdf")
    }

    /// Calc's PDFs give the values the workbooks give: names wrapped in a cell, or merged across
    /// the columns, are whole.
    /// Calc prints a level label merged over its group on the group's last row: the forms whose
    /// rows Calc's PDF reads as the web page has them get the page's labels, row by row (labels
    /// had stood on the group's last row only, or under the group above). So does the level above
    /// the framework's (06's `实施效果指标` / `过程管理指标`, whose rows had carried 满意度指标 from the
    /// group above), a table whose first row ends a level-2 group of one under a level 1 printed
    /// lower (09: its 质量指标 row had read under no level 1, as 数量指标), and a 成本指标 with its hint
    /// under 产出指标 (01).
    @Test(arguments: ["01-ningxia-yuanzhou-afforestation", "02-fujian-xiuyu-flood-repair", "03-fujian-anxi-small-water",
                      "04-chongqing-zhongxian-pig-award", "05-tianjin-baodi-manure", "06-anhui-shucheng-work-relief", "08-hunan-lixian-dept-whole",
                      "09-fujian-longyan-ethnic-region", "10-hubei-ezhou-office-building"])
    func calcPDFLabelsMatchTheWebPage(name: String) throws {
        func labels(_ folder: String, _ format: String) throws -> [String] {
            try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/\(folder)/\(name).\(format)"))
                .projects.flatMap(\.indicators).map { indicator in
                    let upper = indicator.otherColumns.components(separatedBy: "；").filter { $0.hasPrefix("一级(上层)=") }
                    return "\(upper)\(indicator.level1Label)/\(indicator.level2Label)/\(indicator.nameAsWritten)"
                }
        }
        let printed = try labels("calc-pdf", "pdf"), page = try labels("html", "html")
        #expect(!printed.isEmpty && printed == page)
    }

    /// Writer prints a merged cell centred over its rows: the level labels of a form whose
    /// Writer PDF reads as its web page stand on their groups' first rows. 05's `实施效果指标`, the
    /// only label of its column, stood beside the middle row (the rows above took 产出指标 from it
    /// as a level 1; it now fits its span as the level-1 column's labels do), and its span and
    /// 04's 产出指标's end on a row with text in one column (`时`, an indicator with no value),
    /// which had stopped them (04's 能繁母猪稳定率 had lost its 数量指标).
    @Test(arguments: ["02-fujian-xiuyu-flood-repair", "04-chongqing-zhongxian-pig-award", "05-tianjin-baodi-manure",
                      "06-anhui-shucheng-work-relief", "07-neimenggu-wuchuan-livestock",
                      "09-fujian-longyan-ethnic-region", "10-hubei-ezhou-office-building", "11-guangdong-lechang-vocational-aid"])
    func writerPDFLabelsMatchTheWebPage(name: String) throws {
        func labels(_ folder: String, _ format: String) throws -> [String] {
            try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/\(folder)/\(name).\(format)"))
                .projects.flatMap(\.indicators).map { indicator in
                    let upper = indicator.otherColumns.components(separatedBy: "；").filter { $0.hasPrefix("一级(上层)=") }
                    return "\(upper)\(indicator.level1Label)/\(indicator.level2Label)/\(indicator.nameAsWritten)"
                }
        }
        let printed = try labels("pdf", "pdf"), page = try labels("html", "html")
        #expect(!printed.isEmpty && printed == page)
    }

    /// Writer adds a gap between Chinese and the number after it (its automatic Asian/Latin
    /// spacing) that the text layer gives as a gap: 07's `2021年 7月` and `饲料库 120平米` had kept a
    /// space the form never had. It is narrower than a typed space (`三营镇 11个乡镇` keeps its).
    @Test func writersAutomaticSpaceBeforeANumberIsNone() throws {
        func read(_ folder: String, _ name: String, _ format: String) throws -> [String] {
            try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/\(folder)/\(name).\(format)"))
                .projects.flatMap(\.indicators).map { "\($0.nameAsWritten)=\($0.valueAsWritten)" }
        }
        let livestock = try read("pdf", "07-neimenggu-wuchuan-livestock", "pdf")
        #expect(livestock.contains("开工时限=2021年7月") && livestock.contains("饲料库120平米=490元/平米"))
        #expect(livestock == (try read("html", "07-neimenggu-wuchuan-livestock", "html")))
        let afforestation = try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/pdf/01-ningxia-yuanzhou-afforestation.pdf"))
        #expect(afforestation.projects.first?.goal.contains("三营镇 11个乡镇") == true)
    }

    /// Writer's PDFs wrap a value in a narrow column after its hyphen or before its `%`
    /// (`>=95` / `%`, `2021-` / `00346`): the lines go on with no space. 02's places had read
    /// `100%` and `100 %`, flagged value.per-place as differing targets; 09's `>=95 %`.
    @Test func writerPDFValuesBrokenBeforeASignOrAfterAHyphen() throws {
        let flood = try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/pdf/02-fujian-xiuyu-flood-repair.pdf"))
        #expect(flood.projects.flatMap(\.indicators).first?.otherColumns.contains("埭头镇=100%") == true)
        #expect(!flood.findings.contains { $0.rule == RuleID.valuePerPlace })
        let region = try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/pdf/09-fujian-longyan-ethnic-region.pdf"))
        #expect(region.projects.flatMap(\.indicators).map { $0.comparisonAsWritten + $0.valueAsWritten + $0.unitAsWritten }.prefix(2) == ["2", ">=95%"])
    }

    @Test func calcPDFValues() throws {
        func load(_ name: String, _ folder: String, _ ext: String) throws -> CountyDocument {
            try Loaders.load(path: (RealForms.directory as NSString).appendingPathComponent("\(folder)/\(name).\(ext)"))
        }
        func valued(_ document: CountyDocument) -> [String] {
            document.projects.flatMap(\.indicators).filter { !$0.valueAsWritten.isEmpty }.map { "\($0.nameAsWritten)=\($0.valueAsWritten)" }
        }
        let afforestation = try load("01-ningxia-yuanzhou-afforestation", "calc-pdf", "pdf")
        #expect(afforestation.projects.map(\.name) == ["原州区2022年南部水源涵养林建设项目"])
        #expect(afforestation.projects.map(\.department.name) == ["固原市原州区自然资源局"])
        #expect(Array(valued(afforestation).prefix(3)) == ["实施营造林总面积(亩)=80000", "其中:实施新造林总面积(亩)=30000",
                                                           "实施未成林抚育提升及退化林改造总面积(亩)=50000"])
        #expect(valued(afforestation) == valued(try load("01-ningxia-yuanzhou-afforestation", "xlsx", "xlsx")))
        let relief = try load("06-anhui-shucheng-work-relief", "calc-pdf", "pdf")
        #expect(relief.projects.map(\.name) == ["安徽省2023年以工代赈示范工程舒城县舒茶镇清水河（余家河渡槽至346国道段）治理工程"])
        #expect(relief.projects.map(\.budget) == [853])
        #expect(valued(relief).contains("\"两个责任\"按项目落实到位率=100%"))
        let water = try load("03-fujian-anxi-small-water", "calc-pdf", "pdf")
        #expect(valued(water) == ["开展小型水利工程建设(个)=1"])
        #expect(water.projects.map(\.budget) == [100])
        // Each village its own column: 芦田镇三洋村's, right-aligned 1s under a heading merged across
        // it, had been read with 蓬莱镇植洋村's (`1 1`) and the targets flagged as differing.
        let villages = water.projects.flatMap(\.indicators).first?.otherColumns ?? ""
        #expect(villages.contains("桃舟乡吾培村=1；芦田镇三洋村=1；蓬莱镇植洋村=1；"), "\(villages)")
        #expect(!water.findings.contains { $0.rule == RuleID.valuePerPlace })
        let region = try load("09-fujian-longyan-ethnic-region", "calc-pdf", "pdf")
        #expect(valued(region) == ["宗教管理经费补助县(市、区)数量=2", "项目资金使用合规性=>=95%"])
        #expect(region.projects.map(\.budget) == [30])
        // 11's goal printed beside its blank 资金情况 (目標1：…) had given the budget 1.00: numbering
        // is no amount, and the allocation table's 754.82 stands, flagged.
        let aid = try load("11-guangdong-lechang-vocational-aid", "calc-pdf", "pdf")
        #expect(aid.projects.compactMap(\.budget).map { ($0 * 100).rounded() / 100 } == [754.82])
        #expect(aid.findings.contains { $0.rule == RuleID.budgetFromAllocation })
    }

    /// Each workbook exported by Calc as tab-separated text with every text field quoted
    /// (`tsv/`): read as plain tab-separated rows, the quotes stayed on every cell and no form
    /// was found (11 of 11 "unknown layout").
    @Test(arguments: RealForms.names)
    func quotedTabExportCountsMatchExpected(name: String) throws {
        try Self.check(name: name, format: "csv", folder: "tsv", ext: "txt")
    }

    static func check(name: String, format: String, folder: String? = nil, ext: String? = nil) throws {
        let expected = try #require(RealForms.expected[name])
        let path = (RealForms.directory as NSString).appendingPathComponent("\(folder ?? format)/\(name).\(ext ?? format)")
        let loaded = try Loaders.read(path: path)
        #expect(loaded.input.format.rawValue == format)
        let document = loaded.document
        let forms = document.projects.filter { $0.kind == .project }
        let wholes = document.projects.filter { $0.kind == .departmentWhole }
        if let count = expected.forms {
            #expect(forms.count == count, "project forms")
            #expect(wholes.isEmpty, "whole-department forms")
        } else {
            #expect(forms.isEmpty, "project forms")
            #expect(wholes.count == 1, "whole-department forms")
        }
        let valued = document.projects.flatMap(\.indicators).filter { !$0.valueAsWritten.isEmpty }
        #expect(valued.count == expected.indicators,
                "indicators with a value: \(valued.map { "\($0.nameAsWritten)=\($0.valueAsWritten)" })")
        if let budget = expected.budget {
            let total = document.projects.compactMap(\.budget).reduce(0, +)
            #expect(abs(total - budget) < 0.005, "budget \(total) 万元, expected \(budget)")
        } else {
            #expect(document.projects.allSatisfy { $0.budgetAsWritten.isEmpty }, "the form's own amount is blank")
            #expect(document.findings.contains { $0.rule == "budget.from-allocation" })
        }
        if let county = expected.county {
            #expect(document.county == county)
            #expect(document.countyLevel == .county)
        } else {
            #expect([.city, .unknown].contains(document.countyLevel), "county \(document.county) (\(document.countyLevel))")
        }
    }

    /// A record's source names the table and its row.
    @Test func sourcesNameTableAndRow() throws {
        for format in ["html", "docx"] {
            let path = (RealForms.directory as NSString).appendingPathComponent("\(format)/01-ningxia-yuanzhou-afforestation.\(format)")
            let document = try Loaders.load(path: path)
            let first = try #require(document.projects.first?.indicators.first)
            #expect(first.source.file == "01-ningxia-yuanzhou-afforestation.\(format)!表2")
            #expect(first.source.line == 10)
        }
    }
}

// MARK: - The Word reader

enum WordDocument {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A .docx whose body is `body` (the inside of `w:body`).
    static func docx(body: String) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        try add("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>
            """)
        try add("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """)
        try add("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"\(main)\"><w:body>\(body)</w:body></w:document>")
        return try #require(archive.data)
    }

    static func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    /// A cell: `span` columns, `merge` "restart" / "continue" / nil.
    static func cell(_ text: String, span: Int = 1, merge: String? = nil) -> String {
        var properties = ""
        if span > 1 { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
        if let merge { properties += merge == "continue" ? "<w:vMerge/>" : "<w:vMerge w:val=\"\(merge)\"/>" }
        return "<w:tc><w:tcPr>\(properties)</w:tcPr>\(paragraph(text))</w:tc>"
    }

    static func write(_ data: Data, name: String = "form.docx") -> String {
        Fixtures.write("", named: name, in: Fixtures.temporaryDirectory()).withContents(data)
    }
}

extension String {
    /// Replaces the file at this path with `data`; returns the path.
    fileprivate func withContents(_ data: Data) -> String {
        _ = FileManager.default.createFile(atPath: self, contents: data)
        return self
    }
}

@Suite struct DOCXReaderTests {
    typealias W = WordDocument

    @Test func paragraphsAndMergedCells() throws {
        let table = "<w:tbl>"
            + "<w:tr>" + W.cell("绩效指标", merge: "restart") + W.cell("一级指标") + W.cell("二级指标") + W.cell("指标值") + "</w:tr>"
            + "<w:tr>" + W.cell("", merge: "continue") + W.cell("产出指标", merge: "restart") + W.cell("数量指标") + W.cell("45条") + "</w:tr>"
            + "<w:tr>" + W.cell("", merge: "continue") + W.cell("", merge: "continue") + W.cell("质量指标") + W.cell("≥95%") + "</w:tr>"
            + "<w:tr>" + W.cell("总体目标") + W.cell("完成 任务", span: 3) + "</w:tr>"
            + "</w:tbl>"
        let body = W.paragraph("项目支出绩效目标表")
            + "<w:p><w:r><w:t>单位</w:t><w:tab/><w:t>万元</w:t><w:br/><w:t>续</w:t></w:r></w:p>"
            + "<w:p/>" + table + W.paragraph("填表人：")
        let path = W.write(try W.docx(body: body))
        let data = try #require(FileManager.default.contents(atPath: path))
        #expect(InputFormat.sniff(data) == .docx)
        let text = try InputText.extract(data: data, path: path, file: "form.docx")
        #expect(text.format == .docx)
        #expect(text.text.components(separatedBy: "\n") == [
            "项目支出绩效目标表",
            "单位\t万元 续",
            "",
            "绩效指标\t一级指标\t二级指标\t指标值",
            "\t产出指标\t数量指标\t45条",
            "\t\t质量指标\t≥95%",
            "总体目标\t完成 任务",
            "",
            "填表人：",
        ])
        #expect(text.parts.map(\.name) == ["正文", "表1", "表1后"])
        #expect(text.origin(ofLine: 6, file: "form.docx") == SourceRef(file: "form.docx!表1", line: 3))
        #expect(text.details.contains { $0.contains("合并单元格 3 处") }, "\(text.details)")
    }

    /// What Word does not show is not read: deleted text (tracked changes), a field's code
    /// (its result is), and hidden runs (`w:vanish`, e.g. a template's fill-in notes); a run
    /// marked `w:vanish w:val="0"` shows. The hidden note had been read into the target (≥90（隐藏）%).
    @Test func onlyWhatWordShows() throws {
        let tracked = "<w:r><w:t>≥</w:t></w:r><w:del w:id=\"1\" w:author=\"县\"><w:r><w:delText>8</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"县\"><w:r><w:t>9</w:t></w:r></w:ins><w:r><w:t>5%</w:t></w:r>"
        let field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> =SUM(ABOVE) </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>120</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        let hidden = "<w:r><w:t>≥90</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（填写说明：按上年实际）</w:t><w:tab/></w:r>"
            + "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>%</w:t></w:r>"
        let body = "<w:tbl><w:tr><w:tc><w:p>\(tracked)</w:p></w:tc><w:tc><w:p>\(field)</w:p></w:tc><w:tc><w:p>\(hidden)</w:p></w:tc></w:tr></w:tbl>"
            + "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>段落标记隐藏，文字照常</w:t></w:r></w:p>"
        let path = W.write(try W.docx(body: body))
        let data = try #require(FileManager.default.contents(atPath: path))
        let text = try InputText.extract(data: data, path: path, file: "form.docx")
        #expect(text.text.components(separatedBy: "\n") == ["≥95%\t120\t≥90%", "", "段落标记隐藏，文字照常"])
    }

    /// A table inside a cell is flattened into the cell's text; `mc:Fallback` copies and
    /// tab stops in paragraph properties are not text.
    @Test func nestedTablesAndNoise() throws {
        let inner = "<w:tbl><w:tr>" + W.cell("甲") + W.cell("乙") + "</w:tr><w:tr>" + W.cell("丙") + "</w:tr></w:tbl>"
        let body = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr><w:r><w:t>标题</w:t></w:r>"
            + "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice><w:r><w:t>框</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>框</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
            + "<w:tbl><w:tr><w:tc>\(W.paragraph("外"))\(inner)</w:tc>\(W.cell("值"))</w:tr></w:tbl>"
        let path = W.write(try W.docx(body: body))
        let data = try #require(FileManager.default.contents(atPath: path))
        let text = try InputText.extract(data: data, path: path, file: "form.docx")
        #expect(text.text.components(separatedBy: "\n") == ["标题框", "", "外 甲 乙 丙\t值"])
    }

    @Test func damagedDocumentIsAClearError() throws {
        let whole = try W.docx(body: W.paragraph(String(repeating: "项目支出绩效目标表", count: 200)))
        let cut = whole.prefix(whole.count - 30)
        #expect(InputFormat.sniff(cut) == .docx)
        let path = W.write(cut, name: "cut.docx")
        let error = #expect(throws: LoadError.self) { try Loaders.load(path: path) }
        #expect(error?.file == "cut.docx")
        #expect(error?.message.contains("truncated or damaged .docx") == true, "\(String(describing: error))")

        let malformed = W.write(try W.docx(body: "<w:p><w:r><w:t>未闭合</w:r></w:p>"), name: "bad.docx")
        let xmlError = #expect(throws: LoadError.self) { try Loaders.load(path: malformed) }
        #expect(xmlError?.message.contains("malformed XML in word/document.xml") == true, "\(String(describing: xmlError))")
    }

    /// A "billion laughs" entity bomb in the document part is refused by the parser.
    @Test func entityBombIsRefused() throws {
        var entities = "<!ENTITY l0 \"lol\">"
        for level in 1...9 {
            entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        let xml = Data("<?xml version=\"1.0\"?><!DOCTYPE d [\(entities)]><w:document xmlns:w=\"\(W.main)\"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>".utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count),
                             compressionMethod: .deflate) { position, size in
            xml.subdata(in: Int(position)..<(Int(position) + size))
        }
        let path = W.write(try #require(archive.data), name: "bomb.docx")
        let started = Date()
        #expect(throws: LoadError.self) { try Loaders.load(path: path) }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func unpackingIsCapped() throws {
        let data = try W.docx(body: W.paragraph(String(repeating: "零", count: 100_000)))
        let path = W.write(data)
        let reader = DOCXReader(data: data, path: path, file: "form.docx", maxUnpackedBytes: 100_000)
        let error = #expect(throws: LoadError.self) { try reader.extract() }
        #expect(error?.message.contains("ZIP bomb") == true, "\(String(describing: error))")
    }
}

// MARK: - The HTML reader

@Suite struct HTMLReaderTests {
    static func read(_ data: Data) throws -> ExtractedText {
        #expect(InputFormat.sniff(data) == .html)
        return try HTMLReader(data: data, file: "page.html").extract()
    }

    /// The HTML table model: a cell goes to the first column its row has free, after
    /// the columns taken by rowspans from above.
    @Test func rowspanAndColspanPlacement() throws {
        let page = """
            <!DOCTYPE html><html><head><title>不读</title><style>td { color: red }</style></head><body>
            <h1>绩效目标表</h1><p>单位：<b>万元</b><br>第二行</p><script>var x = "<table>";</script>
            <table>
              <thead><tr><th rowspan="2">A</th><th colspan="2">B</th></tr></thead>
              <tbody><tr><td>C</td><td>D</td></tr>
              <tr><td>E</td><td rowspan="2" colspan="2">F<br>G</td></tr>
              <tr><td>H &amp;  I</td></tr>
              <tr><td colspan="0">J</td><td rowspan="9">K</td></tr></tbody>
            </table>
            <ul><li>一</li><li>二</li></ul>
            </body></html>
            """
        let text = try Self.read(Data(page.utf8))
        #expect(text.text.components(separatedBy: "\n") == [
            "绩效目标表", "单位：万元", "第二行",
            "",
            "A\tB", "\tC\tD", "E\tF G", "H & I", "J\tK",
            "",
            "一", "二",
        ])
        #expect(text.parts.map(\.name) == ["正文", "表1", "表1后"])
        #expect(text.details.contains { $0.contains("合并单元格 3 处") }, "\(text.details)")
    }

    /// A page in GBK, declared as gb2312 (as many government sites are), and one with no
    /// declaration at all.
    @Test func gbkPages() throws {
        // 绩效指标 in GBK.
        let gbk: [UInt8] = [0xBC, 0xA8, 0xD0, 0xA7, 0xD6, 0xB8, 0xB1, 0xEA]
        for head in ["<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", ""] {
            let page = Data("<html><head>\(head)</head><body><table><tr><td>".utf8) + Data(gbk)
                + Data("</td><td>95%</td></tr></table></body></html>".utf8)
            let text = try Self.read(page)
            #expect(text.text == "绩效指标\t95%")
            #expect(text.details.first?.hasPrefix("GB18030") == true, "\(text.details)")
        }
    }

    /// Hostile spans stay cheap: colspan capped at 1,000, rowspans end at the last row.
    @Test func hugeSpansAreCapped() throws {
        let row = "<tr>" + String(repeating: "<td colspan=\"99999999\" rowspan=\"99999999\">x</td>", count: 50) + "</tr>"
        let page = "<html><body><table>" + String(repeating: row, count: 50) + "</table></body></html>"
        let started = Date()
        let text = try Self.read(Data(page.utf8))
        #expect(Date().timeIntervalSince(started) < 10)
        // Row 1 takes every column up to the 16,384th for all 50 rows (17 cells of 1,000
        // columns, the last cut at the limit), so the later rows' cells fall beyond it.
        #expect(text.text.components(separatedBy: "\n").count == 1)
        #expect(text.text.split(separator: "\t").count == 17)
    }

    @Test func sniffing() {
        #expect(HTMLReader.looksLikeHTML(Data("\u{FEFF}  <!doctype HTML><p>x".utf8)))
        #expect(HTMLReader.looksLikeHTML(Data("<HTML><body>".utf8)))
        #expect(HTMLReader.looksLikeHTML(Data("<div><TABLE><TR><td>1</td></tr></table>".utf8)))
        #expect(!HTMLReader.looksLikeHTML(Data("单位名称\t项目名称\n<p>".utf8)))
        #expect(HTMLReader.declaredCharset(Data("<meta charset='GBK'>".utf8)) == "gbk")
    }

    /// A page that is neither UTF-8 nor GB18030 is refused, never decoded by guesswork.
    @Test func undecodablePageIsAnError() {
        let page = Data("<html><body><table><tr><td>".utf8) + Data([0xFF, 0xFF, 0x81]) + Data("</td></tr></table>".utf8)
        let error = #expect(throws: LoadError.self) { try HTMLReader(data: page, file: "page.html").extract() }
        #expect(error?.message.contains("neither UTF-8 nor GB18030") == true, "\(String(describing: error))")
    }
}
