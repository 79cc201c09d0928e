import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoSynth
import JixiaoBench

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "基准测试：生成模拟语料，完整运行流水线，核对真值，报告速度与内存。Benchmarks the full pipeline on a synthetic corpus.",
        discussion: """
        Generates N counties with `synth`, runs the pipeline over them exactly as `run` does \
        (county by county, on all cores, workbooks written), checks every county against the \
        ground truth, and prints rows per second, wall time, peak memory, the time inside the \
        stages and inside the writer, and the writer's floor: the same cells written with bare \
        libxlsxwriter calls. Build in release mode first: swift build -c release.
        """
    )

    @Option(help: "Number of counties.")
    var counties: Int = 150

    @Option(help: "Corpus seed.")
    var seed: UInt64 = 1

    @Option(help: "Pipeline whose stages and rules to use.")
    var pipeline: String = "Pipelines/sample.yaml"

    @Option(help: "Work folder for the corpus and outputs (default: a temporary folder, removed afterwards).")
    var work: String?

    @Flag(help: "Skip measuring the writer's floor (saves a second pass).")
    var noFloor = false

    @Flag(help: "Run the stages without writing county workbooks (stage throughput and memory alone).")
    var noWrite = false

    @Option(help: "MiB (estimated) of cleaned documents kept in memory between the passes; files beyond wait on disk, or are read again with --no-spill.")
    var cacheMib: Int = Pipeline.cacheBytes >> 20

    @Flag(help: "Read files beyond --cache-mib again in pass 2 instead of spilling them to a temporary folder (the way before spilling).")
    var noSpill = false

    func run() throws {
        let folder = work ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("jixiao-bench-\(getpid())")
        defer { if work == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let corpus = try SynthCorpus.generate(SynthOptions(counties: counties, seed: seed),
                                              into: (folder as NSString).appendingPathComponent("corpus"), replace: true)
        let truth = corpus.groundTruth
        print("corpus: \(truth.totals.counties) counties, \(truth.totals.files) files, \(truth.totals.indicators) indicator rows, \(String(format: "%.1f", Double(corpus.bytes) / 1_048_576)) MiB, generated in \(String(format: "%.2f", corpus.seconds)) s")

        let file = try PipelineFile.read(path: pipeline)
        let runner = try Pipeline(file: file)
        let inputs = [InputFile(path: corpus.inputsDirectory)]
        let outputRoot = (folder as NSString).appendingPathComponent("out")
        try? FileManager.default.removeItem(atPath: outputRoot)

        let writerTime = TimeSum()
        let clock = ContinuousClock.now
        let writer = try OutputWriter(pipeline: file, period: "2024-01", root: outputRoot)
        let skipWriting = noWrite
        let context = RunContext(period: "2024-01", outputRoot: outputRoot)
        let cacheBytes = cacheMib << 20
        let run = try runner.stream(inputs: inputs, context: context, cacheBytes: cacheBytes, spill: !noSpill) { county in
            writerTime.measure {
                skipWriting ? OutputWriter.CountyOutput(county: county.county)
                            : writer.writeCounty(county)
            }
        }
        let summaryClock = ContinuousClock.now
        let summary = try writer.finish(run.result, counties: run.outputs)
        let summarySeconds = (ContinuousClock.now - summaryClock).seconds
        let wall = (ContinuousClock.now - clock).seconds
        let peak = peakMemoryMiB()

        let stageSeconds = run.result.reports.map(\.seconds).reduce(0, +)
        let rows = summary.counties.reduce(0) { $0 + $1.rowsRead }
        print("allocator: \(Allocator.name ?? "the system's malloc (jemalloc not linked)")")
        print("workbooks: \(WorkbookCompression.description); \(WorkbookPartsInMemory.description); \(WorkbookXMLFormatting.description)")
        print("run: \(summary.counties.count) counties, \(rows) rows in \(format(wall)) s wall = \(Int(Double(rows) / wall)) rows/s; peak memory \(format(peak)) MiB; status \(summary.status)")
        for report in run.result.reports {
            print("  stage \(report.stage.padding(toLength: 10, withPad: " ", startingAt: 0)) \(format(report.seconds)) s CPU (thread time, both workers)")
        }
        print("  stages total \(format(stageSeconds)) s; county workbooks \(format(writerTime.seconds)) s; summary workbook \(format(summarySeconds)) s")
        let spilled = run.result.spill
        print("  cache \(cacheMib) MiB (\(format(Double(spilled.keptBytes) / 1_048_576)) MiB kept, estimated): \(spilled.files) files spilled (\(format(Double(spilled.bytes) / 1_048_576)) MiB, written in \(format(spilled.writeSeconds)) s, read back in \(format(spilled.readSeconds)) s, inside load's time), \(spilled.readAgain) read again" + (spilled.failure.map { " (spill failed: \($0))" } ?? ""))

        // Ground truth: not one row lost or invented.
        var mismatches: [String] = []
        let byCounty = Dictionary(uniqueKeysWithValues: summary.counties.map { ($0.county, $0) })
        for expected in truth.counties {
            guard let got = byCounty[expected.county] else { mismatches.append("\(expected.county): missing"); continue }
            if got.projects != expected.projects || got.indicators != expected.indicators
                || abs(got.budgetWan - expected.budgetWan) > 0.00005 || got.rowsRejected != 0 {
                mismatches.append("\(expected.county): projects \(got.projects)/\(expected.projects), indicators \(got.indicators)/\(expected.indicators), budget \(got.budgetWan)/\(expected.budgetWan), rejected \(got.rowsRejected)")
            }
        }
        if summary.counties.count != truth.counties.count { mismatches.append("counties \(summary.counties.count)/\(truth.counties.count)") }
        print(mismatches.isEmpty ? "ground truth: PASS (\(truth.counties.count) counties, every project, indicator and budget as generated)"
                                 : "ground truth: FAIL\n  " + mismatches.prefix(20).joined(separator: "\n  "))

        if !noFloor {
            let floorTime = TimeSum()
            let floorFolder = (folder as NSString).appendingPathComponent("floor")
            try FileManager.default.createDirectory(atPath: floorFolder, withIntermediateDirectories: true)
            let floorRun = try runner.stream(inputs: inputs, cacheBytes: cacheBytes, spill: !noSpill) { county in
                floorTime.measure {
                    _ = try? WriterFloor.write(documents: county.documents, findings: county.findings, rules: file.rules,
                                               to: (floorFolder as NSString).appendingPathComponent("\(county.county).xlsx"))
                }
            }
            let floorStages = floorRun.result.reports.map(\.seconds).reduce(0, +)
            print("writer floor (bare libxlsxwriter, same cells): \(format(floorTime.seconds)) s; jixiao's stages \(format(floorStages)) s = \(Int((floorStages / floorTime.seconds * 100).rounded()))% of the floor; jixiao's county writer \(format(writerTime.seconds)) s = \(String(format: "%.2f", writerTime.seconds / floorTime.seconds))× the floor")
            // The floor is CPU time; on all cores at once it could take no less than this.
            let cores = Double(ProcessInfo.processInfo.activeProcessorCount)
            let floorWall = floorTime.seconds / cores
            print("wall against the floor on \(Int(cores)) cores (\(format(floorWall)) s): \(String(format: "%.2f", wall / floorWall))×")
        }
        if !mismatches.isEmpty && !noWrite { throw ExitCode(1) }
    }

    func format(_ value: Double) -> String { String(format: "%.2f", value) }

    /// Peak resident memory of this process (Linux reports KiB).
    func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// Adds up the time spent in calls made from several threads.
final class TimeSum: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var seconds = 0.0

    func measure<T>(_ body: () throws -> T) rethrows -> T {
        let start = ThreadClock.seconds()
        defer {
            let elapsed = ThreadClock.seconds() - start
            lock.lock()
            seconds += elapsed
            lock.unlock()
        }
        return try body()
    }
}
