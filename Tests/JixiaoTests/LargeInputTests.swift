import Foundation
import Testing
import ZIPFoundation
@testable import JixiaoCore

/// Issue 14, items 16–17: large and unusual inputs.
@Suite(.serialized) struct LargeInputTests {
    /// A Layout A workbook of one department with `rows` indicator rows (one project per 5).
    static func largeWorkbook(rows: Int, at path: String) throws {
        let workbook = try XLSXWorkbook(path: path)
        let sheet = try workbook.addSheet("部门表")
        let header = AmountIntegrityTests.header.components(separatedBy: "\t")
        for (column, title) in header.enumerated() { sheet.write(0, column, title) }
        sheet.write(1, 0, "201-甲县人民政府办公室")
        sheet.write(2, 0, "金额单位：万元")
        for index in 0..<rows {
            let row = index + 3
            if index % 5 == 0 {
                sheet.write(row, 1, "第\(index / 5 + 1)个项目（维修维护费）")
                sheet.write(row, 2, "1.00")
                sheet.write(row, 3, "完成年度工作任务，保障系统正常运行")
            }
            for (column, text) in ["产出指标", "数量指标", "维护设备数量\(index % 5)", "≥", "\(index % 97)", "台", "10", "正向指标"].enumerated() {
                sheet.write(row, 4 + column, text)
            }
        }
        try workbook.close()
    }

    @Test func aSheetWhoseXMLIsOver10MBIsRead() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/large.xlsx"
        try Self.largeWorkbook(rows: 30_000, at: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let sheet = try #require(archive["xl/worksheets/sheet1.xml"])
        #expect(sheet.uncompressedSize > 10_000_000)
        let document = try Loaders.load(path: path)
        #expect(document.projects.count == 6_000)
        #expect(document.indicatorCount == 30_000)
        #expect(document.rowsRead == document.rowsWritten + document.rejected.count)
        #expect(roundMoney(document.projects.compactMap(\.budget).reduce(0, +)) == 6_000)
        // A real sheet compresses far below the ZIP-bomb ratio.
        #expect(sheet.uncompressedSize < UInt64(InputText.maxCompressionRatio / 4) * sheet.compressedSize)
    }

    /// Worksheets are inflated as they are parsed: a damaged stream or a wrong CRC is still
    /// an error naming the part, never a hang or a half-read sheet.
    @Test func aDamagedWorksheetStreamIsAnError() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = folder + "/book.xlsx"
        try Self.largeWorkbook(rows: 3_000, at: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let sheet = try #require(archive["xl/worksheets/sheet1.xml"])
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let name = Data("xl/worksheets/sheet1.xml".utf8)
        // The first place the name stands is the entry's local header; its data follows.
        let header = try #require(data.range(of: name))
        // The middle of the sheet's compressed bytes: garbage.
        let middle = header.upperBound + Int(sheet.compressedSize) / 2
        for offset in middle..<(middle + 64) { data[offset] ^= 0x5A }
        let damaged = folder + "/damaged.xlsx"
        try data.write(to: URL(fileURLWithPath: damaged))
        let error = #expect(throws: LoadError.self) { try Loaders.load(path: damaged) }
        #expect(error?.message.contains("xl/worksheets/sheet1.xml") == true, "\(String(describing: error))")
    }

    @Test func aZipBombIsCappedByItsRatioLongBeforeTheSizeCap() throws {
        // 40 MB of one repeated row: a thousand times smaller compressed.
        let row = "<row><c t=\"inlineStr\"><is><t>\(String(repeating: "零", count: 1000))</t></is></c></row>"
        let sheet = "<sheetData>" + String(repeating: row, count: 13_400) + "</sheetData>"
        let data = try Workbook.xlsx(sheets: [("表", sheet, false)])
        #expect(data.count < 200_000)
        let error = #expect(throws: LoadError.self) { try Workbook.read(data) }
        #expect(error?.message.contains("ZIP bomb") == true && error?.message.contains("200:1") == true, "\(String(describing: error))")
    }

    @Test func utf16TextWithABOMIsRead() throws {
        let folder = Fixtures.temporaryDirectory()
        let text = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
        for (name, encoding, bom) in [("le.txt", String.Encoding.utf16LittleEndian, [UInt8(0xFF), 0xFE]),
                                      ("be.txt", .utf16BigEndian, [0xFE, 0xFF])] {
            let path = folder + "/" + name
            try (Data(bom) + text.data(using: encoding)!).write(to: URL(fileURLWithPath: path))
            let loaded = try Loaders.read(path: path)
            #expect(loaded.input.details.first == (encoding == .utf16LittleEndian ? "UTF-16LE (BOM)" : "UTF-16BE (BOM)"))
            #expect(loaded.document.projects.count == 10 && loaded.document.indicatorCount == 47)
            #expect(roundMoney(loaded.document.projects.compactMap(\.budget).reduce(0, +)) == 97.2)
        }
    }

    /// UTF-16 saved without its BOM had been refused as undecodable; it is told by its zero
    /// bytes, all on one side of each two-byte unit (both seeds, both byte orders, CRLF).
    @Test func utf16TextWithoutABOMIsRead() throws {
        let folder = Fixtures.temporaryDirectory()
        for (sample, projects, indicators, budget) in [(Fixtures.pingwu, 10, 47, 97.2), (Fixtures.yuanzhou, 4, 48, 82.0)] {
            let text = try String(contentsOfFile: sample, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
            for (name, encoding) in [("le.txt", String.Encoding.utf16LittleEndian), ("be.txt", .utf16BigEndian)] {
                let path = folder + "/" + name
                try text.data(using: encoding)!.write(to: URL(fileURLWithPath: path))
                let loaded = try Loaders.read(path: path)
                #expect(loaded.input.details.prefix(2) == [encoding == .utf16LittleEndian ? "UTF-16LE (无 BOM)" : "UTF-16BE (无 BOM)", "CRLF"])
                #expect(loaded.document.projects.count == projects && loaded.document.indicatorCount == indicators)
                #expect(roundMoney(loaded.document.projects.compactMap(\.budget).reduce(0, +)) == budget)
            }
        }
        // Bytes whose zeros alternate but that are no text (16-bit numbers), and a lone
        // surrogate, keep the clear error.
        var numbers = Data()
        for value in 0..<2_000 { numbers += [UInt8(value % 251), 0] }
        var surrogate = "项目名称\t道路\n".data(using: .utf16LittleEndian)!
        surrogate += [0x00, 0xD8, 0x41, 0x00]
        for (name, data) in [("numbers.bin", numbers), ("surrogate.txt", surrogate)] {
            let path = folder + "/" + name
            try data.write(to: URL(fileURLWithPath: path))
            let error = try #require(throws: LoadError.self) { try Loaders.read(path: path) }
            #expect(error.message.contains("not UTF-8, GB18030 or UTF-16 text") || error.message.contains("binary data"), "\(name): \(error)")
        }
    }

    @Test func aFileOverThePipelinesSizeLimitIsRefusedWithAClearError() throws {
        let folder = Fixtures.temporaryDirectory()
        let big = Fixtures.write(String(repeating: "x", count: 2 * 1_048_576), named: "big.txt", in: folder)
        let file = try SubmissionTests.pipeline(load: "      max_file_mb: 1\n")
        let result = try Pipeline(file: file).run(inputs: [InputFile(path: big), InputFile(path: Fixtures.pingwu)])
        #expect(result.failures.count == 1)
        let failure = try #require(result.failures.first)
        #expect(failure.file == "big.txt" && failure.message.contains("2.0 MB") && failure.message.contains("max_file_mb"))
        #expect(result.countyTotals.map(\.projects) == [10])
    }
}

/// Issue 14, item 13: a table longer than a sheet goes on over `续` sheets.
@Suite struct ContinuedSheetTests {
    @Test func aDepartmentAndAFindingsListLongerThanASheetContinue() throws {
        let (_, result) = try Fixtures.runSample(inputs: [Fixtures.pingwu])
        let documents = result.documents
        let findings = result.findings
        let path = Fixtures.temporaryDirectory() + "/平武县.xlsx"
        // 20 rows a sheet (header included): 47 indicator rows and 53 findings need several.
        try CountyWorkbook.write(county: "平武县", documents: documents, findings: findings, period: "2023-12",
                                 to: path, rowLimit: 20)
        let reader = XLSXReader(data: try Data(contentsOf: URL(fileURLWithPath: path)), path: path, file: "平武县.xlsx",
                                maxUnpackedBytes: 1 << 30)
        let text = try reader.extract()
        let names = text.parts.map(\.name)
        #expect(names.first == "201-平武县人民政府办公室")
        #expect(names.contains("201-平武县人民政府办公室 续1") && names.contains("问题清单 续1") && names.contains("问题清单 续2"))
        let lines = text.text.components(separatedBy: "\n")
        func rows(ofSheetsStartingWith prefix: String) -> Int {
            text.parts.filter { $0.name.hasPrefix(prefix) }.reduce(0) { $0 + $1.lineCount - 1 }  // less each header
        }
        #expect(rows(ofSheetsStartingWith: "201-") == 47)
        #expect(rows(ofSheetsStartingWith: "问题清单") == findings.count)
        // The tables (not the 问题反馈 letter, a page of its own) stay within the limit, and
        // every continuation starts with the header row.
        let tables = text.parts.filter { !$0.name.hasPrefix("问题反馈") }
        #expect(tables.allSatisfy { $0.lineCount <= 20 })
        for part in tables { #expect(lines[part.firstLine - 1].hasPrefix(part.name.hasPrefix("问题清单") ? "严重程度" : "项目名称")) }
    }
}
