import Foundation
import Testing
@testable import JixiaoCore

/// The fixtures in Tests/Fixtures/formats/ were made from the two real samples by
/// LibreOffice and iconv (Tests/Fixtures/make-fixtures.sh). Each must give the records of
/// the sample it was made from.
extension Fixtures {
    static func format(_ name: String) -> String { path("Tests/Fixtures/formats/\(name)") }

    /// Seed 000 (Layout A, 平武县) as every format a county sends.
    static let pingwuFormats: [(file: String, format: InputFormat)] = [
        ("000.xlsx", .xlsx), ("000-sheets.xlsx", .xlsx), ("000.xls", .xls), ("000.pdf", .pdf),
        ("000-utf8.csv", .csv), ("000-gb18030-crlf.csv", .csv),
        ("000-gb18030-crlf.txt", .text), ("000-utf8-bom.txt", .text),
    ]
    /// Seed 003 (Layout B, 原州区).
    static let yuanzhouFormats: [(file: String, format: InputFormat)] = [
        ("003.pdf", .pdf), ("003-gb18030-crlf.txt", .text), ("003-utf8-bom.txt", .text),
    ]

    /// What a project and its indicators say, without where they stand in the file.
    static func records(_ document: CountyDocument) -> [[String]] {
        document.projects.map { project in
            [project.department.description, project.unit?.description ?? "", project.name,
             project.budget.map { String(format: "%.4f", $0) } ?? "-", project.goal]
                + project.indicators.map { indicator in
                    [indicator.level1Label, indicator.level2Label, indicator.nameAsWritten,
                     indicator.comparisonAsWritten, indicator.valueAsWritten, indicator.unitAsWritten,
                     indicator.weightAsWritten, indicator.directionAsWritten].joined(separator: "|")
                }
        }
    }
}

@Suite struct InputFormatTests {
    @Test(arguments: Fixtures.pingwuFormats.map(\.file))
    func layoutAFixturesGiveTheSeedsRecords(file: String) throws {
        let seed = try Fixtures.load(Fixtures.pingwu)
        let loaded = try Loaders.read(path: Fixtures.format(file))
        let document = loaded.document
        #expect(loaded.input.format == Fixtures.pingwuFormats.first { $0.file == file }?.format)
        #expect(document.layout == .departmentTable)
        #expect(document.county == "平武县")
        #expect(document.projects.count == 10)
        #expect(document.indicatorCount == 47)
        #expect(roundMoney(document.projects.compactMap(\.budget).reduce(0, +)) == 97.20)
        #expect(document.departments.map(\.statedTotal) == [97.20])
        #expect(document.rejected.isEmpty)
        #expect(document.rowsRead == 47 && document.rowsWritten == 47)
        #expect(document.projects.map(\.name) == seed.projects.map(\.name))
        let records = Fixtures.records(document)
        let expected = Fixtures.records(seed)
        #expect(records.count == expected.count)
        for (got, want) in zip(records, expected) { #expect(got == want) }
        // The realigned rows are noticed whatever the format.
        #expect(document.findings.map(\.rule).sorted() == seed.findings.map(\.rule).sorted())
    }

    @Test(arguments: Fixtures.yuanzhouFormats.map(\.file))
    func layoutBFixturesGiveTheSeedsRecords(file: String) throws {
        let seed = try Fixtures.load(Fixtures.yuanzhou)
        let loaded = try Loaders.read(path: Fixtures.format(file))
        let document = loaded.document
        #expect(loaded.input.format == Fixtures.yuanzhouFormats.first { $0.file == file }?.format)
        #expect(document.layout == .projectForm)
        #expect(document.county == "原州区")
        #expect(document.projects.count == 4)
        #expect(document.indicatorCount == 48)
        #expect(roundMoney(document.projects.compactMap(\.budget).reduce(0, +)) == 82)
        #expect(document.projects.compactMap(\.budget) == [45, 30, 1, 6])
        #expect(document.rejected.isEmpty)
        #expect(document.projects.map(\.name) == seed.projects.map(\.name))
        let records = Fixtures.records(document)
        let expected = Fixtures.records(seed)
        #expect(records.count == expected.count)
        for (got, want) in zip(records, expected) { #expect(got == want) }
    }

    @Test func encodingsAndLineEndsAreReported() throws {
        let gb = try Loaders.read(path: Fixtures.format("000-gb18030-crlf.txt")).input
        #expect(gb.details == ["GB18030/GBK", "CRLF"])
        let bom = try Loaders.read(path: Fixtures.format("003-utf8-bom.txt")).input
        #expect(bom.details == ["UTF-8 (BOM)", "LF"])
        let csv = try Loaders.read(path: Fixtures.format("000-gb18030-crlf.csv")).input
        #expect(csv.details.prefix(2) == ["GB18030/GBK", "CRLF"])
        let seed = try Loaders.read(path: Fixtures.pingwu).input
        #expect(seed.format == .text && seed.details == ["UTF-8", "LF"])
    }

    /// The name says nothing: a workbook called .pdf, a PDF called .txt, GB18030 text
    /// called .xlsx all read as what they are.
    @Test func formatComesFromTheContentNotTheName() throws {
        let directory = Fixtures.temporaryDirectory()
        let cases: [(from: String, to: String, format: InputFormat, projects: Int)] = [
            ("000.xlsx", "form.pdf", .xlsx, 10), ("000.xls", "form.xlsx", .xls, 10),
            ("000.pdf", "form.txt", .pdf, 10), ("003.pdf", "form.xls", .pdf, 4),
            ("000-gb18030-crlf.txt", "form.xlsx", .text, 10), ("000-utf8.csv", "form.tsv", .csv, 10),
        ]
        for item in cases {
            let target = (directory as NSString).appendingPathComponent("\(item.format.rawValue)-\(item.to)")
            try FileManager.default.copyItem(atPath: Fixtures.format(item.from), toPath: target)
            let loaded = try Loaders.read(path: target)
            #expect(loaded.input.format == item.format, "\(item.from) as \(item.to)")
            #expect(loaded.document.projects.count == item.projects, "\(item.from) as \(item.to)")
        }
    }

    /// Rows of a single-sheet workbook are the lines of the text export; several sheets
    /// and PDF pages are named in the source (`file!sheet:row`).
    @Test func sourcesNameTheSheetAndRow() throws {
        let single = try Fixtures.load(Fixtures.format("000.xlsx"))
        let seed = try Fixtures.load(Fixtures.pingwu)
        #expect(single.projects.flatMap(\.indicators).map(\.source) == seed.projects.flatMap(\.indicators).map(\.source).map {
            SourceRef(file: "000.xlsx", line: $0.line)
        })
        let sheets = try Fixtures.load(Fixtures.format("000-sheets.xlsx"))
        let typo = try #require(sheets.projects.flatMap(\.indicators).first { $0.nameAsWritten == "故障相应时间" })
        // Seed line 32 is row 5 of the third printed page (header, department, unit row …).
        #expect(typo.source == SourceRef(file: "000-sheets.xlsx!第3页", line: 5))
        let shifted = sheets.findings.filter { $0.rule == "row.shifted-right" }
        #expect(shifted.map(\.source) == [SourceRef(file: "000-sheets.xlsx!第3页", line: 12)])
        let pdf = try Fixtures.load(Fixtures.format("003.pdf"))
        #expect(pdf.projects.map(\.source.file) == ["003.pdf!p1", "003.pdf!p3", "003.pdf!p5", "003.pdf!p7"])
    }

    // MARK: Files that cannot be read

    static let badFiles: [(file: String, says: String)] = [
        ("bad-truncated.xlsx", "truncated or damaged .xlsx"),
        ("bad-random.xlsx", "not UTF-8, GB18030 or UTF-16 text, and not an .xlsx, .xls or PDF file"),
        ("bad-empty.txt", "empty file"),
        ("bad-notext.pdf", "a PDF with no text"),
        // A fuzzed .xls that makes FreeXL 1.0.6 crash: the child process dies, the run does not.
        ("bad-freexl-crash.xls", "Excel 97-2003 workbook"),
    ]

    @Test(arguments: badFiles.map(\.file))
    func badFileGivesOneClearError(file: String) throws {
        let says = try #require(Self.badFiles.first { $0.file == file }?.says)
        let error = try #require(throws: LoadError.self) { try Loaders.load(path: Fixtures.format(file)) }
        #expect(error.file == file)
        #expect(error.message.contains(says), "\(error)")
        #expect(error.message.contains("expected"), "\(error)")
    }

    @Test func badFilesAreReportedAndTheRunGoesOnWithTheGoodOnes() throws {
        let inputs = [Fixtures.format("000-sheets.xlsx")] + Self.badFiles.map { Fixtures.format($0.file) }
            + [Fixtures.format("003.pdf")]
        let (_, result) = try Fixtures.runSample(inputs: inputs)
        #expect(result.documents.map(\.county) == ["平武县", "原州区"])
        #expect(result.documents.map(\.indicatorCount) == [47, 48])
        #expect(result.failures.map(\.file) == Self.badFiles.map(\.file))
        #expect(result.reports[0].rowsIn == 95 && result.reports[0].rowsOut == 95)
    }

    /// Loads may run in parallel: each .xls is read in its own child process.
    @Test func workbooksReadInParallel() async throws {
        let files = Array(repeating: ["000.xls", "bad-freexl-crash.xls", "000-sheets.xlsx", "003.pdf"], count: 3).flatMap { $0 }
        let results = await withTaskGroup(of: (String, Int?).self) { group in
            for file in files {
                group.addTask { (file, try? Fixtures.load(Fixtures.format(file)).indicatorCount) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == files.count)
        for (file, count) in results {
            #expect(count == (file.hasPrefix("bad") ? nil : file.hasPrefix("003") ? 48 : 47), "\(file)")
        }
    }

    @Test func damagedXLSAndForeignArchivesAreErrors() throws {
        let directory = Fixtures.temporaryDirectory()
        let xls = try Data(contentsOf: URL(fileURLWithPath: Fixtures.format("000.xls")))
        let truncated = (directory as NSString).appendingPathComponent("cut.xls")
        _ = FileManager.default.createFile(atPath: truncated, contents: xls.prefix(3000))
        let xlsError = try #require(throws: LoadError.self) { try Loaders.load(path: truncated) }
        #expect(xlsError.file == "cut.xls" && xlsError.message.contains(".xls"), "\(xlsError)")

        let pdf = try Data(contentsOf: URL(fileURLWithPath: Fixtures.format("003.pdf")))
        let cutPDF = (directory as NSString).appendingPathComponent("cut.pdf")
        _ = FileManager.default.createFile(atPath: cutPDF, contents: pdf.prefix(2000))
        let pdfError = try #require(throws: LoadError.self) { try Loaders.load(path: cutPDF) }
        #expect(pdfError.file == "cut.pdf", "\(pdfError)")
    }
}
