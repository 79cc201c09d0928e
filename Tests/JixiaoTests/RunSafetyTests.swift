import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoSynth

/// The `jixiao` executable, run as a scheduler runs it.
enum Command {
    static let binary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("jixiao").path

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts `jixiao ARGUMENTS`; `environment` is added to this process's.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    static func finish(_ started: (Process, Pipe, Pipe)) -> Outcome {
        let (process, out, err) = started
        // Read before waiting: a full pipe would block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        finish(try start(arguments, environment: environment))
    }
}

/// Each county workbook's budget total (every project once) read back from the file, as
/// the cells show it (two decimals), with the number of projects.
func workbookBudgets(in folder: String) throws -> [String: (budget: Double, projects: Int)] {
    var totals: [String: (budget: Double, projects: Int)] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder)
    where name.hasSuffix(".xlsx") && name != OutputWriter.summaryWorkbookName {
        let path = (folder as NSString).appendingPathComponent(name)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var reader = XLSXReader(data: data, path: path, file: name, maxUnpackedBytes: 1 << 30)
        let text = try reader.extract().text
        var nameColumn: Int?
        var budgetColumn: Int?
        var previous = ""
        var total = 0.0
        var projects = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cells.contains("项目名称") || cells.contains("规则") || cells.contains("严重程度") {
                nameColumn = cells.firstIndex(of: "项目名称")
                budgetColumn = cells.firstIndex(of: "预算数（万元）")
                previous = ""
                continue
            }
            guard let nameColumn, let budgetColumn, cells.count > max(nameColumn, budgetColumn) else { continue }
            if cells[nameColumn] != previous {
                projects += 1
                total += TextCleaning.number(cells[budgetColumn]) ?? 0
            }
            previous = cells[nameColumn]
        }
        totals[(name as NSString).deletingPathExtension] = (roundMoney(total), projects)
    }
    return totals
}

/// Issue 14, items 7, 9, 10 and 15 (exit status): the command as a scheduler runs it.
@Suite(.serialized) struct RunSafetyTests {
    func corpus(counties: Int = 6) throws -> String {
        let folder = Fixtures.temporaryDirectory()
        let small = SynthOptions.Size(departments: 3...4, projectsPerDepartment: 4...6)
        return try SynthCorpus.generate(SynthOptions(counties: counties, seed: 11, size: small), into: folder).inputsDirectory
    }

    /// Every county workbook in the period folder adds up to what run-summary.json says.
    func expectWorkbooksMatchSummary(_ folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let summary = try RunSummary.decode(Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(OutputWriter.runSummaryName))))
        let budgets = try workbookBudgets(in: folder)
        #expect(budgets.count == summary.counties.count, sourceLocation: sourceLocation)
        for county in summary.counties {
            let name = ((county.workbook ?? "") as NSString).deletingPathExtension
            let read = try #require(budgets[name], sourceLocation: sourceLocation)
            // Each cell shows its budget to the 分 of 万元: within half of that per project.
            #expect(abs(read.budget - county.budgetWan) <= 0.005 * Double(read.projects) + 1e-9,
                    "\(county.county): \(read.budget) vs \(county.budgetWan)", sourceLocation: sourceLocation)
            #expect(read.projects == county.projects, "\(county.county)", sourceLocation: sourceLocation)
        }
    }

    @Test func aTrapWhileReadingOneFileCostsOnlyThatFile() throws {
        let inbox = Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.pingwu, toPath: inbox + "/000.txt")
        try FileManager.default.copyItem(atPath: Fixtures.yuanzhou, toPath: inbox + "/003.txt")
        // A form that traps the reader (through the test hook) wherever it is read.
        let marked = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
            .replacingOccurrences(of: "平武县", with: "北川县") + "\nTRAP-HERE\n"
        _ = Fixtures.write(marked, named: "trap.txt", in: inbox)
        let root = Fixtures.temporaryDirectory()
        let outcome = try Command.run(["run", Fixtures.samplePipeline, "--out", root, "--period", "2023-12", inbox],
                                      environment: ["JIXIAO_TEST_TRAP_MARKER": "TRAP-HERE"])
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("trap.txt"))
        #expect(outcome.stdout.contains("平武县: 10 个项目, 47 条指标, 97.20 万元"))
        #expect(outcome.stdout.contains("原州区: 4 个项目, 48 条指标, 82.00 万元"))
        let folder = root + "/2023-12"
        let summary = try RunSummary.decode(Data(contentsOf: URL(fileURLWithPath: folder + "/run-summary.json")))
        #expect(summary.failures.map(\.file) == ["trap.txt"])
        #expect(summary.failures.first?.message.contains("crashed") == true)
        #expect(summary.counties.map(\.county) == ["平武县", "原州区"])
        try expectWorkbooksMatchSummary(folder)
    }

    @Test func aSecondRunOnTheSameRootExitsWithItsOwnStatusOrWaits() throws {
        // The test itself holds the root's lock, as a running run would: however fast or
        // slow the machine, a run started meanwhile finds it taken (no race with a real run).
        let inputs = try corpus(counties: 5)
        let root = Fixtures.temporaryDirectory()
        let arguments = ["run", Fixtures.samplePipeline, "--out", root, "--period", "2024-01", inputs]
        var held: RunLock? = try RunLock.acquire(root: root, wait: false)
        let second = try Command.run(arguments)
        #expect(second.status == 3, "\(second.stderr)")
        #expect(second.stderr.contains("another jixiao run") && second.stderr.contains("--wait"))
        let waiting = try Command.start(arguments + ["--wait"])
        Thread.sleep(forTimeInterval: 1)
        _ = held
        held = nil  // released: the waiting run takes its turn
        #expect(Command.finish(waiting).status == 0)
        try expectWorkbooksMatchSummary(root + "/2024-01")
        // Nothing of any run is left beside the period.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [RunLock.fileName, "2024-01"])
    }

    @Test func SIGTERMAndSIGINTStopCleanlyAndLeaveThePreviousPeriod() throws {
        // Enough counties that the run is still writing when the signal comes: with 10, a quiet
        // machine finished them within the wait below and the run exited 0 before it.
        let inputs = try corpus(counties: 40)
        let root = Fixtures.temporaryDirectory()
        let arguments = ["run", Fixtures.samplePipeline, "--out", root, "--period", "2024-01", inputs]
        #expect(try Command.run(arguments).status == 0)
        let folder = root + "/2024-01"
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.subpathsOfDirectory(atPath: folder) {
                var isDirectory: ObjCBool = false
                let path = folder + "/" + name
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
                }
            }
            return files
        }
        let before = try snapshot()
        for (signalNumber, status) in [(SIGTERM, Int32(143)), (SIGINT, Int32(130))] {
            let started = try Command.start(arguments)
            // Stopped while the counties are being written (a building folder exists).
            for _ in 0..<400 {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
                if names.contains(where: { $0.contains(".building-") }) { break }
                Thread.sleep(forTimeInterval: 0.02)
            }
            Thread.sleep(forTimeInterval: 0.1)
            kill(started.0.processIdentifier, signalNumber)
            let outcome = Command.finish(started)
            #expect(outcome.status == status, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("interrupted"))
            #expect(try snapshot() == before)
            let left = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
            #expect(left == [RunLock.fileName, "2024-01"], "signal \(signalNumber): \(left)")
        }
        try expectWorkbooksMatchSummary(folder)
    }

    @Test func mistakesInOptionsExitWithStatus2() throws {
        let outcome = try Command.run(["run", Fixtures.samplePipeline, "--period", "2023-13"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("2023-13"))
        #expect(try Command.run(["run", Fixtures.samplePipeline, "--no-such-option"]).status == 2)
        #expect(try Command.run(["--help"]).status == 0)
    }
}
