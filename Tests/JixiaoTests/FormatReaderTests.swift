import Synchronization
import Foundation
import Testing
import ZIPFoundation
import JixiaoSynth
@testable import JixiaoCore

/// The pieces of the format step on small hand-made inputs: decoding, CSV, workbooks built
/// here with ZIPFoundation, number formats, and PDF words split at column starts.
@Suite struct TextDecoderTests {
    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextDecoder.decode(Data("平武县\r\n97.20\r\n".utf8), file: "a.txt")
        #expect(plain.text == "平武县\n97.20\n" && plain.encoding == .utf8 && plain.lineEnds == .crlf)
        let bom = try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF]) + Data("原州区\n".utf8), file: "b.txt")
        #expect(bom.text == "原州区\n" && bom.encoding == .utf8BOM && bom.lineEnds == .lf)
        let oldMac = try TextDecoder.decode(Data("a\rb".utf8), file: "c.txt")
        #expect(oldMac.text == "a\nb" && oldMac.lineEnds == .cr)
    }

    /// The census of controls and line ends passes over eight bytes at a time up to the next
    /// control: it must count what a byte-by-byte look counts, wherever the controls fall
    /// within or across those eight bytes.
    @Test func byteCensusCountsAsAByteByByteLookDoes() {
        let pieces = ["平", "武县", "a", "97.20", "\t", "\r", "\n", "\r\n", "\u{0C}", "\u{7F}", "\u{01}", "≧", "，"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for _ in 0..<400 {
            let text = (0..<(next() % 40)).map { _ in pieces[next() % pieces.count] }.joined()
            let census = TextDecoder.ByteCensus(text)
            var crlf = 0, lf = 0, cr = 0, controls = false, formFeeds = false
            let bytes = Array(text.utf8)
            for (i, byte) in bytes.enumerated() {
                switch byte {
                case 0x0A: if i > 0 && bytes[i - 1] == 0x0D { crlf += 1 } else { lf += 1 }
                case 0x0D: if i + 1 == bytes.count || bytes[i + 1] != 0x0A { cr += 1 }
                case 0x0C: formFeeds = true
                case 0x09: break
                case 0..<0x20, 0x7F: controls = true
                default: break
                }
            }
            #expect(census.crlf == crlf && census.lf == lf && census.cr == cr, "\(text.debugDescription)")
            #expect(census.controls == controls && census.formFeeds == formFeeds, "\(text.debugDescription)")
        }
    }

    /// UTF-8 is censused as it is validated: the census must be the one taken of the decoded
    /// text, on any bytes that are valid UTF-8 (every control, line ends, Chinese, four-byte
    /// characters, random bytes), and validity must be judged as without it.
    @Test func censusTakenWhileValidatingIsTheCensusOfTheText() {
        let valid: [[UInt8]] = ["平", "武县", "a", "97.20", "\t", "\r", "\n", "\r\n", "\u{0C}", "\u{7F}", "\u{0}", "≧", "，", "𠀋", "é"].map { Array($0.utf8) }
            + (0..<0x20).map { [UInt8($0)] }
        let invalid: [[UInt8]] = [[0xFF], [0xE5, 0xB9], [0x80], [0xC0, 0x80]]
        var random = SplitMix64(seed: 16)
        var checked = 0
        for round in 0..<4000 {
            // Valid pieces, the same with a broken sequence among them, or random bytes (often ASCII).
            let pieces = round % 3 == 1 ? valid + invalid : valid
            let bytes: [UInt8] = round % 3 < 2
                ? (0..<random.int(0...40)).flatMap { _ in pieces[random.int(0...(pieces.count - 1))] }
                : (0..<random.int(0...24)).map { _ in UInt8(random.int(0...255) & (random.int(0...1) == 0 ? 0x7F : 0xFF)) }
            let decoded = TextDecoder.utf8(Data(bytes))
            let text = String(validating: bytes, as: UTF8.self)
            #expect((decoded == nil) == (text == nil), "\(bytes)")
            guard let decoded, let text else { continue }
            #expect(decoded.text == text && decoded.census == TextDecoder.ByteCensus(text), "\(bytes)")
            checked += 1
        }
        #expect(checked > 1000)
    }

    /// Display folding is judged in the walk that validates UTF-8 (`ChineseFold.DisplayScan`): it
    /// must be what `ChineseFold.displayChanges` says of the decoded text, wherever characters that
    /// fold, brackets after Han characters and pinyin fall (two characters are told from one load),
    /// with line ends folded and controls marked after the walk, with or without a BOM.
    @Test func displayFoldingJudgedWhileValidatingIsTheFoldsOwn() throws {
        let fold = try ChineseFold(traditionalFile: URL(fileURLWithPath: Fixtures.path("Data/traditional-chars.tsv")))
        let pieces = ["平", "武县", "績", "目標", "（", "(", ")", "（万元）", "(xué)", "(biāo)", "（ mù ）", "学", "\t", "\r\n", "\r",
                      "\n", "\u{0C}", "\u{01}", "97.20", "a", "𠀀", "é", "≧", "，", "费", " ", "\u{3000}"]
        var random = SplitMix64(seed: 20)
        var told = (changes: 0, none: 0)
        for round in 0..<4000 {
            let text = (0..<random.int(0...24)).map { _ in pieces[random.int(0...(pieces.count - 1))] }.joined()
            let data = (round % 2 == 0 ? Data() : Data([0xEF, 0xBB, 0xBF])) + Data(text.utf8)
            guard let decoded = try? TextDecoder.decode(data, file: "t.txt", fold: fold) else { continue }
            let expected = fold.displayChanges(decoded.text)
            #expect(decoded.displayChanges == expected, "\(text.debugDescription)")
            if expected { told.changes += 1 } else { told.none += 1 }
        }
        #expect(told.changes > 500 && told.none > 500)
        // Without a fold, or for text that is not UTF-8, nothing is told.
        #expect(try TextDecoder.decode(Data("績效".utf8), file: "t.txt").displayChanges == nil)
        let gbk = try TextDecoder.decode(Data([0xC6, 0xBD, 0xCE, 0xE4, 0xCF, 0xD8]), file: "gbk.txt", fold: fold)
        #expect(gbk.encoding == .gb18030 && gbk.displayChanges == nil)
    }

    @Test func gb18030AndGBK() throws {
        // 平武县 in GBK (a subset of GB18030), and ≧ (U+2267) which GBK also has.
        let gbk = Data([0xC6, 0xBD, 0xCE, 0xE4, 0xCF, 0xD8, 0x09, 0xA8, 0x52, 0x39, 0x30, 0x0D, 0x0A])
        let decoded = try TextDecoder.decode(gbk, file: "gbk.txt")
        #expect(decoded.text == "平武县\t≧90\n" && decoded.encoding == .gb18030 && decoded.lineEnds == .crlf)
        // A four-byte GB18030 sequence (U+00B8 ¸, which GBK does not have).
        let four = try TextDecoder.decode(Data([0x81, 0x30, 0x86, 0x30]), file: "four.txt")
        #expect(four.text == "¸")
    }

    /// The GB18030 sample cut after the first byte of its last two-byte character reads as the
    /// sample cut before that character (it had been refused as no text at all).
    @Test func aGB18030CopyCutInsideItsLastCharacter() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Tests/Fixtures/formats/003-gb18030-crlf.txt")))
        // Where GB18030's two-byte characters start: a lead byte 81–FE, then 40–FE (30–39: four bytes).
        var starts: [Int] = [], i = 0
        while i < whole.count {
            let byte = whole[i]
            if byte < 0x80 { i += 1; continue }
            if i + 1 < whole.count, (0x30...0x39).contains(whole[i + 1]) { i += 4; continue }
            starts.append(i)
            i += 2
        }
        let last = try #require(starts.last)
        let folder = Fixtures.temporaryDirectory()
        let cut = Fixtures.write(whole.prefix(last + 1), named: "cut.txt", in: folder)
        let before = Fixtures.write(whole.prefix(last), named: "before.txt", in: folder)
        let decoded = try TextDecoder.decode(whole.prefix(last + 1), file: "cut.txt")
        #expect(decoded.encoding == .gb18030 && decoded.cutCharacterBytes == 1)
        #expect(try RealFormTests.records(Loaders.load(path: cut)) == RealFormTests.records(Loaders.load(path: before)))
    }

    @Test func neitherDecodesCleanlyIsAnError() throws {
        // 0xFF never starts a GB18030 character and is never UTF-8.
        let error = #expect(throws: LoadError.self) {
            try TextDecoder.decode(Data([0xC6, 0xBD, 0xFF, 0xFE]), file: "junk.txt")
        }
        #expect(error?.file == "junk.txt")
        #expect(error?.message.contains("not UTF-8, GB18030 or UTF-16") == true)
        // Text cut inside its last character: the text before it, and the bytes left out told.
        let cut = try TextDecoder.decode(Data("平武县".utf8).dropLast(2), file: "cut.txt")
        #expect(cut.text == "平武" && cut.encoding == .utf8 && cut.cutCharacterBytes == 1)
        let bomCut = try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF]) + Data("平武县".utf8).dropLast(1), file: "cut.txt")
        #expect(bomCut.text == "平武" && bomCut.encoding == .utf8BOM && bomCut.cutCharacterBytes == 2)
        // GB18030 so cut is no UTF-8 cut inside its last character (`C6 BD` is also UTF-8's ƽ).
        let gbCut = try TextDecoder.decode(Data([0xC6, 0xBD, 0xCE]), file: "cut.txt")
        #expect(gbCut.text == "平" && gbCut.encoding == .gb18030 && gbCut.cutCharacterBytes == 1)
        // Control characters mean binary data, not text.
        let nul = #expect(throws: LoadError.self) { try TextDecoder.decode(Data("ab\ncd\u{0}".utf8), file: "nul.txt") }
        #expect(nul?.line == 2)
    }
}

/// Tab-separated text with CSV quoting (`QuotedTabText`): Excel and WPS quote only a field
/// holding a line break (a wrapped cell), which had cut its row in two; plain tab-separated
/// text keeps a quote that is only a character.
@Suite struct QuotedTabTextTests {
    static let form = """
        2024年项目支出绩效目标表
        项目名称\t乡村道路维护
        主管部门\t平武县交通运输局
        资金总额\t12.5
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t"维护道路
        长度"\t≥10公里
        效益指标\t社会效益指标\t\"""两个责任""落实率"\t100%

        """

    @Test func aWrappedCellQuotedInTabTextStaysInItsRow() throws {
        let folder = Fixtures.temporaryDirectory()
        let loaded = try Loaders.read(path: Fixtures.write(Self.form, named: "wrapped.txt", in: folder))
        #expect(loaded.input.format == .csv)
        let indicators = try #require(loaded.document.projects.first?.indicators)
        #expect(indicators.map(\.nameAsWritten) == ["维护道路 长度", "\"两个责任\"落实率"])
        #expect(indicators.map(\.valueAsWritten) == ["≥10公里", "100%"])
        #expect(loaded.document.rejected.isEmpty)
    }

    @Test func plainTabTextKeepsItsQuotes() throws {
        // As a tool that does not quote writes it: the quotes are the name's own.
        let plain = Self.form.replacingOccurrences(of: "\"维护道路\n长度\"", with: "维护道路长度")
            .replacingOccurrences(of: "\"\"\"两个责任\"\"落实率\"", with: "\"两个责任\"落实率")
        #expect(!QuotedTabText.looksQuoted(plain))
        let document = try Loaders.load(text: plain, file: "plain.txt")
        #expect(document.projects.first?.indicators.map(\.nameAsWritten) == ["维护道路长度", "\"两个责任\"落实率"])
        #expect(QuotedTabText.looksQuoted("\"项目名称\"\t\"乡村道路\"\n\"资金总额\"\t12.5\n"))
    }
}

@Suite struct CSVTableTests {
    /// 巴彦淖尔市's page (one cell a line) as a one-column sheet exported as CSV by Calc: each
    /// cell on a line of its own, its text quoted, numbers bare, no comma anywhere. Read as plain
    /// text every cell had kept its quotes, no title, key or column was recognised, and the file
    /// was "unknown layout" where the sheet's .xlsx reads. Its quotes tell it (`hasOnlyQuotedFields`):
    /// it reads as the page does.
    @Test func aNarrowSheetsCSVReadsAsTheSheet() throws {
        let loaded = try Loaders.read(path: Fixtures.path("Tests/Fixtures/real-pages/csv/bayannur-natural-resources-self-evaluation.csv"))
        #expect(loaded.input.format == .csv)
        let page = try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-pages/bayannur-natural-resources-self-evaluation.txt"))
        let rows = loaded.document.projects.flatMap(\.indicators)
        #expect(rows.map(\.nameAsWritten) == page.projects.flatMap(\.indicators).map(\.nameAsWritten))
        #expect(rows.map(\.valueAsWritten) == ["1", "1", "100", "100"])
        #expect(loaded.document.projects.map(\.budget) == [2.38])
        // Two columns, the first often empty (a label beside each cell), read as the same rows would.
        #expect(CSVTable.hasOnlyQuotedFields("\"绩效\",\n,\"一级指标\"\n,\"二级指标\"\n\"产出指标\",\n,\"数量指标\"\n,12.5\n"))
        // Text whose lines are not all quoted fields, or not fields at all, is no such export.
        #expect(!CSVTable.hasOnlyQuotedFields("\"项目名称\"\n乡村道路\n\"资金总额\"\n"))
        #expect(!CSVTable.hasOnlyQuotedFields("他说：\"好\"。\n\"对\"\n\"是\"\n"))
        #expect(!CSVTable.hasOnlyQuotedFields("12\n13\n14\n"))
    }

    @Test func quotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let text = "单位名称,项目名称,预算数\n\"201-平武县,办公室\",\"说\"\"明\"\"\",\"8,827,620.53\"\n,\"两行\n的项目\",1\n"
        let table = try CSVTable.parse(text, file: "a.csv")
        #expect(table.rows.map(\.fields) == [["单位名称", "项目名称", "预算数"],
                                            ["201-平武县,办公室", "说\"明\"", "8,827,620.53"],
                                            ["", "两行\n的项目", "1"]])
        #expect(table.rows.map(\.line) == [1, 2, 3])
        #expect(table.tabSeparated() == "单位名称\t项目名称\t预算数\n201-平武县,办公室\t说\"明\"\t8,827,620.53\n\t两行 的项目\t1")
        let after = try CSVTable.parse("a\n\"b\nc\"\nd", file: "b.csv")
        #expect(after.rows.map(\.line) == [1, 2, 4])
    }

    @Test func unterminatedQuoteNamesItsLine() {
        let error = #expect(throws: LoadError.self) { try CSVTable.parse("a,b\nc,\"d\ne\n", file: "bad.csv") }
        #expect(error?.line == 2 && error?.file == "bad.csv")
    }

    @Test func csvLinesAreTracedBackToTheFile() throws {
        // A quoted line break in a project name: the rows after it keep their own line numbers.
        let seed = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
        let csv = seed.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
                let text = cell == "平武县人民政府办公室政务公开" ? "平武县人民政府办公室\n政务公开" : String(cell)
                return text.contains("\n") || text.contains(",") ? "\"\(text)\"" : text
            }.joined(separator: ",")
        }.joined(separator: "\n")
        let directory = Fixtures.temporaryDirectory()
        let path = Fixtures.write(csv, named: "wrapped.csv", in: directory)
        let document = try Fixtures.load(path)
        #expect(document.indicatorCount == 47)
        let seedDocument = try Fixtures.load(Fixtures.pingwu)
        let open = try #require(document.project(named: "平武县人民政府办公室政务公开"))
        let seedOpen = try #require(seedDocument.project(named: "平武县人民政府办公室政务公开"))
        #expect(open.source.line == seedOpen.source.line)
        let last = try #require(document.projects.last?.indicators.last)
        #expect(last.source.line == (seedDocument.projects.last?.indicators.last?.source.line ?? 0) + 1)
    }
}

/// Workbooks written part by part, as other spreadsheet programs write them.
enum Workbook {
    static func xlsx(sheets: [(name: String, xml: String, hidden: Bool)], sharedStrings: [String]? = nil,
                     styles: String? = nil, extra: [(String, Data)] = []) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ data: Data) throws {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try add("_rels/.rels", Data("""
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """.utf8))
        let sheetList = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"\(sheet.hidden ? " state=\"hidden\"" : "")/>"
        }.joined()
        try add("xl/workbook.xml", Data("<?xml version=\"1.0\"?><workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>\(sheetList)</sheets></workbook>".utf8))
        var rels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        if sharedStrings != nil { rels.append("<Relationship Id=\"rIdS\" Type=\"\(rel)/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>") }
        if styles != nil { rels.append("<Relationship Id=\"rIdT\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>") }
        try add("xl/_rels/workbook.xml.rels", Data("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels.joined())</Relationships>".utf8))
        for (index, sheet) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", Data("<?xml version=\"1.0\"?><worksheet xmlns=\"\(main)\">\(sheet.xml)</worksheet>".utf8))
        }
        if let sharedStrings {
            try add("xl/sharedStrings.xml", Data("<?xml version=\"1.0\"?><sst xmlns=\"\(main)\">\(sharedStrings.map { "<si>\($0)</si>" }.joined())</sst>".utf8))
        }
        if let styles { try add("xl/styles.xml", Data("<?xml version=\"1.0\"?><styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>".utf8)) }
        for (path, data) in extra { try add(path, data) }
        return try #require(archive.data)
    }

    static func read(_ data: Data, cap: Int = InputText.maxUnpackedBytes) throws -> ExtractedText {
        let path = (Fixtures.temporaryDirectory() as NSString).appendingPathComponent("book.xlsx")
        _ = FileManager.default.createFile(atPath: path, contents: data)
        let reader = XLSXReader(data: data, path: path, file: "book.xlsx", maxUnpackedBytes: cap)
        return try reader.extract()
    }
}

@Suite struct XLSXReaderTests {
    @Test func stringsNumbersMergesAndSheets() throws {
        let strings = ["<t>单位名称</t>", "<r><t>项目</t></r><r><rPr><b/></rPr><t>名称</t></r><rPh><t>xiangmu</t></rPh>",
                       "<t>两行_x000D_\n的目标</t>"]
        let styles = """
            <numFmts><numFmt numFmtId="164" formatCode="#,##0.00&quot;元&quot;"/></numFmts>
            <cellStyleXfs><xf numFmtId="0"/></cellStyleXfs>
            <cellXfs><xf numFmtId="0"/><xf numFmtId="2"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>
            """
        let first = """
            <sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>预算数</t></is></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>201-平武县人民政府办公室</t></is></c><c r="C3" s="1"><v>97.2</v></c><c r="D3" s="2"><v>0.95</v></c><c r="E3" s="3"><v>8827620.53</v></c><c r="F3" s="4"><v>45292</v></c></row>
            <row r="4"><c r="B4" t="inlineStr"><is><t>97.20</t></is></c><c r="C4" t="s"><v>2</v></c><c r="D4" t="b"><v>1</v></c><c r="E4"><v>0.30000000000000004</v></c><c r="F4" t="str"><f>A1</f><v>公式</v></c></row>
            <row r="5"><c r="B5" t="inlineStr"><is><t>合并值</t></is></c><c r="C5" t="inlineStr"><is><t>合并值</t></is></c></row>
            <row r="6"><c r="B6" t="inlineStr"><is><t>合并值</t></is></c><c r="C6" t="inlineStr"><is><t>独立</t></is></c></row>
            </sheetData><mergeCells count="1"><mergeCell ref="B5:C6"/></mergeCells>
            """
        let second = "<sheetData><row><c t=\"inlineStr\"><is><t>第二页</t></is></c><c><v>1</v></c></row></sheetData>"
        let hidden = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>隐藏</t></is></c></row></sheetData>"
        let data = try Workbook.xlsx(sheets: [("第1页", first, false), ("备注", hidden, true), ("第2页", second, false)],
                                     sharedStrings: strings, styles: styles)
        let text = try Workbook.read(data)
        #expect(text.format == .xlsx)
        #expect(text.text == [
            "单位名称\t项目名称\t预算数",
            "",
            "201-平武县人民政府办公室\t\t97.20\t95%\t8,827,620.53\t2024-01-01",
            "\t97.20\t两行 的目标\tTRUE\t0.3\t公式",
            "\t合并值",
            "",
            "第二页\t1",
        ].joined(separator: "\n"))
        #expect(text.parts == [TextPart(name: "第1页", firstLine: 1, lineCount: 5), TextPart(name: "第2页", firstLine: 7, lineCount: 1)])
        #expect(text.origin(ofLine: 7, file: "book.xlsx") == SourceRef(file: "book.xlsx!第2页", line: 1))
        #expect(text.details.last == "未读：备注（隐藏）")
    }

    @Test func badSharedStringIndexNamesSheetAndCell() throws {
        let sheet = "<sheetData><row r=\"7\"><c r=\"B7\" t=\"s\"><v>5</v></c></row></sheetData>"
        let data = try Workbook.xlsx(sheets: [("部门表", sheet, false)], sharedStrings: ["<t>一</t>"])
        let error = #expect(throws: LoadError.self) { try Workbook.read(data) }
        #expect(error?.file == "book.xlsx" && error?.line == 7)
        #expect(error?.message.contains("工作表「部门表」单元格 B7") == true)
        #expect(error?.message.contains("out of range") == true)
    }

    @Test func malformedXMLNamesThePart() throws {
        let data = try Workbook.xlsx(sheets: [("表", "<sheetData><row><c><v>1</v></row></sheetData>", false)])
        let error = #expect(throws: LoadError.self) { try Workbook.read(data) }
        #expect(error?.message.contains("malformed XML in xl/worksheets/sheet1.xml") == true, "\(String(describing: error))")
    }

    /// A ZIP bomb: the cap stops the unpacking with an error (here with a small cap; the
    /// default is 200 MB).
    @Test func unpackingIsCapped() throws {
        let row = "<row><c t=\"inlineStr\"><is><t>\(String(repeating: "零", count: 1000))</t></is></c></row>"
        let sheet = "<sheetData>" + String(repeating: row, count: 200) + "</sheetData>"
        let data = try Workbook.xlsx(sheets: [("表", sheet, false)])
        #expect(data.count < 50_000)
        let error = #expect(throws: LoadError.self) { try Workbook.read(data, cap: 100_000) }
        #expect(error?.message.contains("ZIP bomb") == true)
        #expect(try Workbook.read(data, cap: 1_000_000).text.count > 100_000)
    }

    /// A ZIP holding no workbook is an error saying what it lacks: an OpenDocument file without its
    /// content part, or any other archive without `xl/workbook.xml`.
    @Test func aZipThatIsNoWorkbook() throws {
        func zip(_ name: String, _ content: String) throws -> String {
            let archive = try Archive(data: Data(), accessMode: .create)
            let bytes = Data(content.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count)) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
            let path = (Fixtures.temporaryDirectory() as NSString).appendingPathComponent("book.zip")
            _ = FileManager.default.createFile(atPath: path, contents: try #require(archive.data))
            return path
        }
        let ods = #expect(throws: LoadError.self) { try Loaders.load(path: try zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")) }
        #expect(ods?.message.contains("without its content part") == true, "\(String(describing: ods))")
        let other = #expect(throws: LoadError.self) { try Loaders.load(path: try zip("readme.txt", "not a workbook")) }
        #expect(other?.message.contains("without xl/workbook.xml") == true, "\(String(describing: other))")
    }

    @Test func numberFormats() {
        let show = { (value: Double, code: String) in NumberFormats.display(value, code: code, date1904: false) }
        #expect(show(97.2, "0.00") == "97.20")
        #expect(show(1234567.891, "#,##0.00_);[Red](#,##0.00)") == "1,234,567.89")
        // `#` decimals show only when not trailing zeros.
        #expect(show(24.998, "#,##0.00##") == "24.998")
        #expect(show(97.2, "#,##0.00##") == "97.20")
        #expect(show(968.1918, "#,##0.00##") == "968.1918")
        #expect(show(1234.5, "#,##0.##") == "1,234.5")
        #expect(show(1234, "0.##") == "1234")
        #expect(show(0.95, "0%") == "95%")
        #expect(show(45, "0\"万元\"") == "45")
        #expect(show(40000, "General") == "40000")
        #expect(show(61, "yyyy-mm-dd") == "1900-03-01")
        #expect(show(45292.5, "yyyy/m/d h:mm") == "2024-01-01 12:00:00")
        #expect(NumberFormats.display(0, code: "yyyy-mm-dd", date1904: true) == "1904-01-01")
        #expect(SheetGrid.general(0.1 + 0.2) == "0.3")
        #expect(SheetGrid.parseRange("$B$5:C6") == SheetGrid.Range(firstRow: 5, firstColumn: 2, lastRow: 6, lastColumn: 3))
        #expect(SheetGrid.columnName(28) == "AB")
    }
}

@Suite struct PDFTextTests {
    typealias Word = PDFText.Word
    static func word(_ text: String, _ xMin: Double, _ xMax: Double, y: Double = 100) -> Word {
        Word(xMin: xMin, yMin: y, xMax: xMax, yMax: y + 13, text: text)
    }

    /// A page of more words than any form has is read as one column (the search for
    /// columns compares words with words).
    @Test func hugePageIsOneColumn() {
        let words = (0...PDFText.maxGridWords).map { Self.word("字", Double($0) * 12, Double($0) * 12 + 10, y: 0) }
        #expect(PDFText.columnStarts(of: [PDFText.Line(words: words)]) == [0])
    }

    /// `1` right-aligned in 指标值 and `条` in 度量单位 came out of Poppler as one word.
    @Test func aWordOverAColumnStartWithAGapIsSplit() {
        let columns = [2984.6, 3037.9, 3091.1]
        let parts = PDFText.split(Self.word("1条", 3030.3, 3047.9), at: columns, em: 10)
        #expect(parts.map(\.text) == ["1", "条"])
        let two = PDFText.split(Self.word("120每个", 3019.2, 3057.9), at: columns, em: 10)
        #expect(two.map(\.text) == ["120", "每个"])
    }

    /// `2024` set wider than the usual digit advance (LibreOffice's PDF of a form, 30.5 pt for
    /// four digits at a 12 pt em) looked like `2`, a gap and `024` over a column start: a number
    /// is never cut between its digits (`2 024年…` had become a project's name).
    @Test func aNumberIsNeverCutBetweenItsDigits() {
        let parts = PDFText.split(Self.word("2024", 146.1, 176.6), at: [161.0], em: 12)
        #expect(parts.map(\.text) == ["2024"])
        // A digit and the Chinese after it are still two cells where the gap says so.
        #expect(PDFText.split(Self.word("1条", 3030.3, 3047.9), at: [2984.6, 3037.9, 3091.1], em: 10).map(\.text) == ["1", "条"])
    }

    /// Text overflowing into an empty cell runs on without a gap: it stays whole.
    @Test func overflowingTextStaysWhole() {
        let parts = PDFText.split(Self.word("服务对象满意度指标", 3000, 3090), at: [2984.6, 3037.9, 3091.1], em: 10)
        #expect(parts.map(\.text) == ["服务对象满意度指标"])
    }

    /// Columns come from the words' positions alone: a title over right-aligned numbers is
    /// one column, a name wrapped into runs after a space stays one cell, and a value centred
    /// beside a name wrapped over two lines joins that name's row (the wrap inside Chinese
    /// text joined with no space).
    @Test func tableRowsAndPlainLines() {
        let header = PDFText.Line(words: [Self.word("单位名称", 0, 40, y: 0), Self.word("项目名称", 100, 140, y: 0),
                                          Self.word("指标值", 300, 330, y: 0)])
        let row = PDFText.Line(words: [Self.word("平武县政务网络", 100, 170, y: 20), Self.word("工作中心", 172.8, 212.8, y: 20),
                                       Self.word("120", 310, 326, y: 20)])
        let second = PDFText.Line(words: [Self.word("维护", 100, 120, y: 40), Self.word("95", 315, 326, y: 40)])
        let wrapped = [PDFText.Line(words: [Self.word("贫困地区建设少数民族", 100, 200, y: 60)]),
                       PDFText.Line(words: [Self.word("≥1个", 300, 330, y: 67)]),
                       PDFText.Line(words: [Self.word("聚居村养殖场", 100, 160, y: 74)])]
        let table = PDFText.rebuild(pages: [[header, row, second] + wrapped], vocabulary: nil)
        #expect(table.text.components(separatedBy: "\n") == [
            "单位名称\t项目名称\t指标值",
            "\t平武县政务网络 工作中心\t120",
            "\t维护\t95",
            "\t贫困地区建设少数民族聚居村养殖场\t≥1个",
        ])
        // Plain lines: a gap of more than half a line is a blank line; units join numbers.
        let lines = [PDFText.Line(words: [Self.word("指标", 0, 20, y: 0), Self.word("1：运维", 22.2, 56, y: 0), Self.word("45", 58.7, 70, y: 0), Self.word("条", 72.2, 82.2, y: 0)]),
                     PDFText.Line(words: [Self.word("次一行", 0, 30, y: 14)]),
                     PDFText.Line(words: [Self.word("空行之后", 0, 40, y: 38)])]
        #expect(PDFText.rebuild(pages: [lines], vocabulary: nil).text == "指标1：运维 45条\n次一行\n\n空行之后")
    }
}

/// `Tests/Fixtures/formats/number-formats.{xlsx,xls}`: one Calc sheet of numbers under
/// number formats, saved as both (make-fixtures.sh, step 7). FreeXL gives the .xls values
/// only; the formats come from the Workbook stream (libgsf, `BIFFNumbers`).
@Suite struct XLSNumberFormatTests {
    static func read(_ name: String) throws -> ExtractedText {
        let path = Fixtures.format(name)
        let data = try #require(FileManager.default.contents(atPath: path))
        return try InputText.extract(data: data, path: path, file: name)
    }

    @Test func xlsReadsCellForCellAsXLSX() throws {
        let xls = try Self.read("number-formats.xls")
        let xlsx = try Self.read("number-formats.xlsx")
        #expect(xls.format == .xls && xlsx.format == .xlsx)
        #expect(xls.text == xlsx.text)
        #expect(xls.text.components(separatedBy: "\n") == [
            "满意度\t95%\t12.30%\t100%",
            "完成时间\t2023-12-31\t2024-03-01",
            "资金（元）\t8,827,620.53\t40,000\t-1,234.50",
            "预算（万元）\t97.20\t6070.00\t0.300",
            "常规\t45\t12\t0.1\t合并",
        ])
        // The merged range comes through too.
        #expect(xls.details == xlsx.details, "\(xls.details) / \(xlsx.details)")
    }

    /// Formulas whose result is text, a boolean, an error or nothing, and a formula filled
    /// down (make-fixtures.sh, step 8): an .xls keeps the text in a STRING record after the
    /// formula (after its SHRFMLA when shared), which FreeXL does not give; a target computed
    /// as text (`="≥"&250000&"人"`) had read as nothing.
    @Test func formulaResultsOtherThanNumbers() throws {
        let xls = try Self.read("formula-results.xls")
        let xlsx = try Self.read("formula-results.xlsx")
        #expect(xls.text.components(separatedBy: "\n") == [
            "参保人数\t≥250000人\t120",
            "是否按时拨付\tTRUE\t#DIV/0!\t\t末列",
            "培训人次\t300\t≥300人次",
            "宣传场次\t12\t≥12人次",
        ])
        #expect(xls.text == xlsx.text)
    }

    /// A hidden sheet (here an old copy of the form, 100 万元) is not read from an .xls, as it
    /// is not from an .xlsx (make-fixtures.sh, step 9): the .xls had given two forms, 220 万元.
    @Test func hiddenSheetsAreNotRead() throws {
        for name in ["hidden-sheet.xls", "hidden-sheet.xlsx", "hidden-sheet.ods"] {
            let text = try Self.read(name)
            #expect(text.details.contains { $0.contains("未读：旧表（隐藏）") }, "\(name): \(text.details)")
            let document = try Loaders.load(path: Fixtures.format(name))
            #expect(document.projects.map(\.budget) == [120], "\(name)")
            #expect(document.projects.flatMap(\.indicators).map(\.valueAsWritten) == ["≥250000人"], "\(name)")
        }
    }

    /// The seed workbook of a sheet a page saved as .ods by Calc reads exactly as the .xlsx:
    /// the same lines on the same sheets (numbers as shown, merged cells, sheets in order).
    @Test func seedWorkbookAsODS() throws {
        let ods = try Self.read("000-sheets.ods")
        let xlsx = try Self.read("000-sheets.xlsx")
        #expect(ods.format == .ods && ods.text == xlsx.text)
        #expect(ods.parts == xlsx.parts && ods.parts.count == 6)
        #expect(ods.text.contains("201-平武县人民政府办公室\t\t97.20"))
    }

    /// The seed workbook saved as .xls reads exactly as the same workbook saved as .xlsx.
    @Test func seedWorkbookAsXLSAndXLSX() throws {
        let xls = try Self.read("000.xls")
        let xlsx = try Self.read("000-sheets.xlsx")
        #expect(xls.text == xlsx.text)
        #expect(xls.details == xlsx.details)
    }

    @Test func rkNumbers() {
        #expect(BIFFNumbers.rk(0x0000_0F02) == 960)          // integer 960
        #expect(BIFFNumbers.rk(0x0000_0F03) == 9.6)          // integer 960 ÷ 100
        #expect(BIFFNumbers.rk(0x3FF0_0000) == 1)            // the high bits of 1.0
        #expect(BIFFNumbers.rk(0xFFFF_FFFE) == -1)           // integer -1
    }

    /// Records that run past the end, or a sheet that points outside the stream, are errors
    /// naming the sheet; random and cut streams never crash.
    @Test func damagedStreamsAreErrors() throws {
        func record(_ type: UInt16, _ body: [UInt8]) -> [UInt8] {
            [UInt8(type & 0xFF), UInt8(type >> 8), UInt8(body.count & 0xFF), UInt8(body.count >> 8)] + body
        }
        let bof = record(0x0809, [0x00, 0x06, 0x05, 0x00] + [UInt8](repeating: 0, count: 12))
        let sheetName: [UInt8] = [2, 0] + Array("表一".unicodeScalars.flatMap { [UInt8($0.value & 0xFF), UInt8($0.value >> 8)] })
        // A sheet list entry pointing past the end of the stream.
        let farSheet = bof + record(0x0085, [0xFF, 0xFF, 0, 0, 0, 0] + [2, 1] + sheetName.dropFirst(2)) + record(0x000A, [])
        let far = #expect(throws: BIFFNumbers.Damaged.self) { try BIFFNumbers.read(farSheet) }
        #expect(far?.sheet == "表一")
        // A record whose length runs past the end.
        let globals = bof + record(0x0085, [UInt8](repeating: 0, count: 4) + [0, 0, 2, 1] + sheetName.dropFirst(2)) + record(0x000A, [])
        var stream = globals
        let sheetStart = stream.count
        stream.replaceSubrange(globals.index(globals.startIndex, offsetBy: bof.count + 4)..<(bof.count + 8),
                               with: [UInt8(sheetStart & 0xFF), UInt8(sheetStart >> 8), 0, 0])
        stream += bof + [0x03, 0x02, 0xFF, 0x00, 0x01]
        let cut = #expect(throws: BIFFNumbers.Damaged.self) { try BIFFNumbers.read(stream) }
        #expect(cut?.sheet == "表一")
        #expect(cut?.reason.contains("runs past the end") == true)
        // The real stream cut anywhere, and with random bytes changed, never traps.
        var generator = SystemRandomNumberGenerator()
        let path = Fixtures.format("number-formats.xls")
        let whole = try #require(XLSReader.workbookStream(path: path))
        #expect(try BIFFNumbers.read(whole).sheets.map(\.name) == ["格式"])
        for length in stride(from: 0, to: whole.count, by: 7) { _ = try? BIFFNumbers.read(Array(whole.prefix(length))) }
        for _ in 0..<300 {
            var damaged = whole
            for _ in 0..<8 { damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            _ = try? BIFFNumbers.read(damaged)
        }
    }
}

/// An .xls is read in a process of its own (`XLSReaderProcess`): a fresh `jixiao`, not a fork
/// of the loading process, whose other threads may hold libgsf's locks when it starts.
@Suite struct XLSReaderProcessTests {
    /// While other threads take compound files apart with libgsf (as a run telling .doc from
    /// .xls does), every workbook still reads, each in well under the time allowed. A forked
    /// reader had waited forever for a GLib lock held at the moment of the fork, and a sound
    /// workbook was reported damaged after 120 s.
    @Test func workbooksReadWhileOtherThreadsUseLibgsf() throws {
        #expect(XLSReaderProcess.executable != nil, "the jixiao executable is built beside the tests")
        let document = try Data(contentsOf: URL(fileURLWithPath: DOCReaderTests.doc))
        let path = Fixtures.format("number-formats.xls")
        let stop = Mutex(false)
        let busy = (0..<2).map { _ in
            Thread {
                while !stop.withLock({ $0 }) { _ = CompoundFile.streams(in: document, named: [["WordDocument"], ["1Table"]]) }
            }
        }
        busy.forEach { $0.start() }
        defer { stop.withLock { $0 = true } }
        for _ in 0..<60 {
            let records = try XLSReader.isolatedRead(path: path, file: "number-formats.xls", timeoutSeconds: 10)
            #expect(records.contains { if case .sheet("格式") = $0 { true } else { false } })
        }
    }

    /// `jixiao xls-records`, what the reading process runs, writes the records `isolatedRead` decodes.
    @Test func theReadingCommandWritesTheWorkbooksRecords() throws {
        let executable = try #require(XLSReaderProcess.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [XLSReaderProcess.command, Fixtures.format("000.xls")]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let bytes = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let records = try XLSReader.decode(bytes, file: "000.xls")
        let sheets = records.compactMap { record -> String? in if case .sheet(let name) = record { name } else { nil } }
        #expect(sheets == ["第1页", "第2页", "第3页", "第4页", "第5页", "第6页"])
        let cells = records.compactMap { record -> String? in if case .cell(_, _, let text, _) = record { text } else { nil } }
        #expect(cells.filter { $0 == "201-平武县人民政府办公室" }.count >= 5)
        #expect(cells.contains("信箱正常使用率") && cells.contains("维护信箱个数"))
    }
}

/// Word 97-2003 documents (`DOCReader`): told from workbooks in the same compound-file
/// container, read as their .docx twins are, and damaged ones refused with the file named.
@Suite struct DOCReaderTests {
    static let doc = RealForms.directory + "/doc/07-neimenggu-wuchuan-livestock.doc"

    @Test func aWordDocumentIsToldFromAWorkbook() throws {
        #expect(InputFormat.sniff(try Data(contentsOf: URL(fileURLWithPath: Self.doc))) == .doc)
        let xls = Fixtures.path("Tests/Fixtures/formats/000.xls")
        #expect(InputFormat.sniff(try Data(contentsOf: URL(fileURLWithPath: xls))) == .xls)
    }

    /// 07's cost rows are cells of their own widths in the .doc (no gridSpan): each row still
    /// reads its indicator and value, in the columns of the table's header.
    @Test func rowsOfMergedCellsKeepTheirColumns() throws {
        let document = try Loaders.load(path: Self.doc)
        let indicators = document.projects.flatMap(\.indicators)
        let costs = indicators.filter { $0.level1Label == "成本指标" }.map { "\($0.nameAsWritten)=\($0.valueAsWritten)" }
        #expect(costs == ["打井、配电=50000元", "饲料库120平米=490元/平米", "围墙300米=300元/米", "标准化棚圈360平米=550元/平米",
                          "防疫室84平米=≥1050元"])
        #expect(document.projects.first?.budget == 50)
    }

    /// Hidden text (a template's fill-in note, `sprmCFVanish`) is not read, as in a .docx:
    /// `formats/hidden-text.doc` is `hidden-text.fodt` saved by Writer as Word 97-2003, its
    /// note in a character style with `text:display="none"`. The note had been read into the name.
    @Test func hiddenTextIsNotRead() throws {
        let document = try Loaders.load(path: Fixtures.path("Tests/Fixtures/formats/hidden-text.doc"))
        let indicators = document.projects.flatMap(\.indicators).map { "\($0.nameAsWritten)=\($0.valueAsWritten)" }
        #expect(indicators == ["培训人数=≥100人"])
        #expect(document.projects.map(\.name) == ["测试项目"] && document.projects.first?.budget == 12)
    }

    /// Reading a document, whole or damaged, leaves no file open: a run reads thousands.
    @Test func readingLeavesNoFileOpen() throws {
        func openFiles() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0 }
        let original = try Data(contentsOf: URL(fileURLWithPath: Self.doc))
        var damaged = original
        for offset in stride(from: 0x4C, to: 0x200, by: 4) { damaged[offset] = 0xFF }  // the header's sector list
        let path = Fixtures.temporaryDirectory() + "/damaged.doc"
        try damaged.write(to: URL(fileURLWithPath: path))
        let before = openFiles()
        for _ in 0..<40 {
            _ = try? InputText.extract(data: original, path: Self.doc, file: "07.doc")
            _ = try? InputText.extract(data: damaged, path: path, file: "damaged.doc")
        }
        // The count is the process's: tests running beside this one open and close files too (a
        // fresh clone's run saw 3 more). A leak leaves one a read, 80 here.
        #expect(openFiles() <= before + 10, "\(openFiles() - before) more files open after 80 reads")
    }

    /// Every byte of the WordDocument stream's header changed in turn, and bytes further on:
    /// the reader returns or throws an error naming the file, never traps.
    @Test func damagedDocumentsAreErrorsNotTraps() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: Self.doc))
        let folder = Fixtures.temporaryDirectory()
        var errors = 0, read = 0
        for offset in stride(from: 512, to: original.count, by: max(original.count / 300, 1)) {
            var damaged = original
            damaged[offset] ^= 0xFF
            let path = folder + "/damaged.doc"
            try damaged.write(to: URL(fileURLWithPath: path))
            do {
                _ = try InputText.extract(data: damaged, path: path, file: "damaged.doc")
                read += 1
            } catch let error as LoadError {
                #expect(error.file == "damaged.doc")
                errors += 1
            }
        }
        #expect(errors + read > 250)
        // A header that is not Word's is said so.
        var header = original
        let word = try #require(header.range(of: Data([0xEC, 0xA5])))
        header[word.lowerBound] = 0
        let path = folder + "/header.doc"
        try header.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: LoadError.self) { try InputText.extract(data: header, path: path, file: "header.doc") }
        #expect(error?.message.contains("Word 97-2003") == true)
    }
}
