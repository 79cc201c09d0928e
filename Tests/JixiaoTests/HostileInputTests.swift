import Foundation
import Testing
import ZIPFoundation
@testable import JixiaoCore
import JixiaoFuzzTargets
@testable import JixiaoSynth

/// Issue 8: damaged and hostile inputs. Every row is accounted for, nothing crashes, and
/// nothing a county wrote becomes a formula.
@Suite(.serialized) struct HostileInputTests {
    /// A small synthetic corpus (both layouts, 万元 and 元) with deterministic damage.
    func damagedCorpus() throws -> (inputs: String, truth: GroundTruth) {
        let folder = Fixtures.temporaryDirectory()
        let small = SynthOptions.Size(departments: 3...4, projectsPerDepartment: 4...6)
        let report = try SynthCorpus.generate(SynthOptions(counties: 6, seed: 42, size: small), into: folder)
        var random = SplitMix64(seed: 7)
        let files = try FileManager.default.contentsOfDirectory(atPath: report.inputsDirectory).sorted()
        for (index, name) in files.enumerated() {
            let path = (report.inputsDirectory as NSString).appendingPathComponent(name)
            var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            for _ in 0..<8 {
                let at = random.int(0...(lines.count - 1))
                switch (index + random.int(0...3)) % 4 {
                case 0:  // a line cut short
                    lines[at] = String(lines[at].prefix(lines[at].count / 2))
                case 1:  // garbage in the middle of the text
                    lines.insert("\u{FFFD}\u{FFFD}乱码\t#@!\t\u{7}\t\t", at: at)
                case 2:  // a row shifted by a stray leading cell
                    lines[at] = "\t\t" + lines[at]
                default:  // a page duplicated
                    let end = min(lines.count, at + 12)
                    lines.insert(contentsOf: lines[at..<end], at: end)
                }
            }
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        return (report.inputsDirectory, report.groundTruth)
    }

    @Test func everyRowOfDamagedFilesIsAccountedFor() throws {
        let (inputs, truth) = try damagedCorpus()
        let (file, result) = try Fixtures.runSample(inputs: [inputs])
        let root = Fixtures.temporaryDirectory()
        let summary = try OutputWriter.write(result, pipeline: file, period: "2024-03", root: root)
        let files = summary.files.count + summary.failures.count
        #expect(files == truth.totals.files)
        #expect(!summary.files.isEmpty)
        for account in summary.files {
            #expect(account.rowsRead == account.rowsWritten + account.rowsRejected, "\(account.file)")
        }
        // The damage was seen: some rows rejected, none lost.
        let rejected = summary.files.reduce(0) { $0 + $1.rowsRejected }
        #expect(rejected > 0)
        #expect(summary.rejectedRows.count == rejected)
        #expect(summary.rejectedRows.allSatisfy { !$0.reason.isEmpty && $0.source.line > 0 })
        let sheets = try LibreOffice.sheets(of: (summary.outputDirectory as NSString).appendingPathComponent("汇总.xlsx"))
        let accounts = try #require(sheets["文件记账"])
        #expect(accounts.dropFirst().filter { !$0[0].isEmpty }.allSatisfy { $0[7] == "相符" })
    }

    @Test func textThatLooksLikeAFormulaStaysText() throws {
        let hostile = ["=HYPERLINK(\"http://example.invalid\",\"点击\")", "+1+2", "-3-4", "@SUM(A1:A9)"]
        var lines = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8).components(separatedBy: "\n")
        lines[8] = lines[8].replacingOccurrences(of: "平武县政务网络 工作中心网络问 政管理及维护费 (维修维护费)", with: hostile[0])
        for (offset, text) in hostile.dropFirst().enumerated() {
            var cells = lines[9 + offset].components(separatedBy: "\t")
            cells[6] = text
            lines[9 + offset] = cells.joined(separator: "\t")
        }
        let inbox = Fixtures.temporaryDirectory()
        let input = Fixtures.write(lines.joined(separator: "\n"), named: "formulas.txt", in: inbox)
        let (file, result) = try Fixtures.runSample(inputs: [input])
        let summary = try OutputWriter.write(result, pipeline: file, period: "2024-04", root: Fixtures.temporaryDirectory())
        let sheets = try LibreOffice.sheets(of: (summary.outputDirectory as NSString).appendingPathComponent("平武县.xlsx"))
        let rows = try #require(sheets["201-平武县人民政府办公室"])
        let name = try #require(rows[0].firstIndex(of: "项目名称"))
        let level3 = try #require(rows[0].firstIndex(of: "三级指标"))
        // Cleaned as every name is (brackets full-width), and still the text, not a formula's result.
        #expect(rows[1][name] == TextCleaning.cleanName(hostile[0]))
        #expect(Array(rows[2...4].map { $0[level3] }) == hostile.dropFirst().map(TextCleaning.cleanName))
    }

    @Test func aRunKilledMidWayLeavesThePreviousPeriodIntact() throws {
        let binary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("jixiao").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "the jixiao executable is built beside the tests")
        let corpus = Fixtures.temporaryDirectory()
        let report = try SynthCorpus.generate(SynthOptions(counties: 8, seed: 3), into: corpus)
        let root = Fixtures.temporaryDirectory()
        var killed: [pid_t] = []
        func run(_ period: String, killAfter seconds: Double? = nil) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["run", Fixtures.samplePipeline, "--out", root, "--period", period, report.inputsDirectory]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            if let seconds {
                Thread.sleep(forTimeInterval: seconds)
                kill(process.processIdentifier, SIGKILL)
                killed.append(process.processIdentifier)
            }
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(try run("2024-01") == 0)
        let january = (root as NSString).appendingPathComponent("2024-01")
        func snapshot(_ folder: String) throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".xlsx") || name.hasSuffix(".json") {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)))
            }
            return files
        }
        let before = try snapshot(january)
        #expect(before.count == 8 + 2)  // county workbooks, 汇总.xlsx, run-summary.json
        // February killed mid-way, and January re-run and killed too.
        _ = try run("2024-02", killAfter: 2.0)
        _ = try run("2024-01", killAfter: 2.0)
        let after = try snapshot(january)
        #expect(Set(after.keys) == Set(before.keys))
        // Every workbook there is whole: either last good one or a complete new one.
        for (name, data) in after where name.hasSuffix(".xlsx") {
            #expect(data.starts(with: [0x50, 0x4B]) && data.suffix(22).starts(with: [0x50, 0x4B, 0x05, 0x06]), "\(name)")
        }
        // The killed supervisors' read journals are removed by their workers, which stop on noticing.
        for pid in killed {
            let journal = (NSTemporaryDirectory() as NSString).appendingPathComponent("jixiao-reads-\(pid).journal")
            var waited = 0
            while FileManager.default.fileExists(atPath: journal), waited < 50 {
                Thread.sleep(forTimeInterval: 0.1)
                waited += 1
            }
            #expect(!FileManager.default.fileExists(atPath: journal), "\(journal)")
        }
        // The next complete run of February clears the killed run's temporary files.
        #expect(try run("2024-02") == 0)
        let february = (root as NSString).appendingPathComponent("2024-02")
        #expect(try FileManager.default.contentsOfDirectory(atPath: february).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }
}

/// Inputs the fuzzers found (once fixed) and the seeds they start from, replayed through the
/// same targets: each must come back (an error is fine), never crash or hang.
@Suite struct FuzzRegressionTests {
    @Test(arguments: FuzzTarget.allCases)
    func savedInputsReplay(target: FuzzTarget) throws {
        let folder = Fixtures.path("Tests/Fuzz/regressions/\(target.rawValue)")
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }
        let seeds: [String] = switch target {
        case .layouts: [Fixtures.pingwu, Fixtures.yuanzhou]
        case .csv: [Fixtures.path("Tests/Fixtures/formats/000-gb18030-crlf.csv"), Fixtures.path("Tests/Fixtures/formats/003-utf8-bom.txt")]
        case .xlsx: [Fixtures.path("Tests/Fixtures/formats/000.xlsx"), Fixtures.path("Tests/Fixtures/formats/bad-truncated.xlsx")]
        case .pipeline: [Fixtures.samplePipeline]
        case .forms: [Fixtures.path("Tests/Fixtures/real-forms/02-fujian-xiuyu-flood-repair.txt"),
                      Fixtures.path("Tests/Fixtures/renderings/broken-labels.txt")]
        }
        for path in saved.map({ (folder as NSString).appendingPathComponent($0) }) + seeds {
            let data = try #require(FileManager.default.contents(atPath: path))
            target.run(data)
        }
        // The workbook target reads each input from a file of its own, removed after reading.
        if target == .xlsx {
            #expect(!FileManager.default.fileExists(atPath: NSTemporaryDirectory() + "jixiao-fuzz-\(getpid()).xlsx"))
        }
        // The seeds themselves still read: the targets exercise the real readers.
        if target == .layouts {
            #expect(try Loaders.load(text: String(contentsOfFile: Fixtures.pingwu, encoding: .utf8), file: "x").indicatorCount == 47)
        }
    }
}

/// An xlsx whose shared strings are a "billion laughs" entity bomb: refused quickly with
/// the part named, not expanded.
@Suite struct EntityExpansionTests {
    @Test func entityBombInSharedStringsIsRefused() throws {
        let directory = Fixtures.temporaryDirectory()
        let path = (directory as NSString).appendingPathComponent("laughs.xlsx")
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/formats/000.xlsx"), toPath: path)
        var entities = "<!ENTITY l0 \"lol\">"
        for level in 1...9 {
            entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE s [\(entities)]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&l9;</t></si></sst>"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .update)
        if let entry = archive["xl/sharedStrings.xml"] { try archive.remove(entry) }
        let bytes = Data(xml.utf8)
        try archive.addEntry(with: "xl/sharedStrings.xml", type: .file, uncompressedSize: Int64(bytes.count),
                             compressionMethod: .deflate) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
        let started = ContinuousClock.now
        #expect {
            try Loaders.load(path: path)
        } throws: { error in
            let error = error as! LoadError
            return error.file == "laughs.xlsx" && error.message.contains("sharedStrings.xml")
        }
        #expect(ContinuousClock.now - started < .seconds(10))
    }
}

/// Huge cells and lines: bounded, and nothing silently dropped from a workbook.
@Suite struct HugeInputTests {
    @Test func aHugeCellIsTruncatedVisiblyInTheWorkbook() throws {
        var lines = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8).components(separatedBy: "\n")
        var cells = lines[8].components(separatedBy: "\t")
        cells[3] = String(repeating: "很长的年度目标", count: 20_000)  // 140,000 characters
        lines[8] = cells.joined(separator: "\t")
        let input = Fixtures.write(lines.joined(separator: "\n"), named: "huge.txt", in: Fixtures.temporaryDirectory())
        let (file, result) = try Fixtures.runSample(inputs: [input])
        #expect(result.documents[0].projects[0].goal.count == 140_000)
        let summary = try OutputWriter.write(result, pipeline: file, period: "2024-05", root: Fixtures.temporaryDirectory())
        let sheets = try LibreOffice.sheets(of: (summary.outputDirectory as NSString).appendingPathComponent("平武县.xlsx"))
        let rows = try #require(sheets["201-平武县人民政府办公室"])
        let goal = try #require(rows[0].firstIndex(of: "年度目标"))
        #expect(rows[1][goal].hasSuffix(XLSXSheet.truncationMark))
        #expect(rows[1][goal].count <= XLSXSheet.maximumCellCharacters)
    }

    @Test func aHugeLineIsAnErrorNotAHang() throws {
        let text = "单位名称\t项目名称\t" + String(repeating: "很", count: 2_000_000)
        let path = Fixtures.write(text, named: "line.txt", in: Fixtures.temporaryDirectory())
        let started = ContinuousClock.now
        #expect(throws: LoadError.self) { try Loaders.load(path: path) }
        #expect(ContinuousClock.now - started < .seconds(30))
    }
}

/// The command line streams counties (documents dropped once written): rejected rows must
/// still reach the summary.
@Suite struct StreamingRejectedRowsTests {
    @Test func rejectedRowsSurviveStreaming() throws {
        var lines = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8).components(separatedBy: "\n")
        lines.insert("乱码行\t\t\t\t\t\t", at: 13)
        let input = Fixtures.write(lines.joined(separator: "\n"), named: "stream.txt", in: Fixtures.temporaryDirectory())
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let writer = try OutputWriter(pipeline: file, period: "2024-06", root: Fixtures.temporaryDirectory())
        let run = try Pipeline(file: file).stream(inputs: [InputFile(path: input)]) { writer.writeCounty($0) }
        #expect(run.result.documents.isEmpty)
        let summary = try writer.finish(run.result, counties: run.outputs)
        #expect(summary.rejectedRows.map(\.source.line) == [14])
        #expect(summary.files.map(\.rowsRejected) == [1])
    }
}
