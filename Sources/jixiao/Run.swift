import ArgumentParser
import Foundation
import JixiaoCore

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "运行流水线：读入、清理、归类、汇总、审核，写出工作簿和 run-summary.json。",
        discussion: """
        Writes into OUT/PERIOD/ (OUT: --out, else the pipeline's output.dir): one workbook per \
        county (one sheet per department), the summary workbook 汇总.xlsx with a 本月变化 sheet \
        comparing with the latest earlier period in OUT, name-suggestions.yaml, state/<县>.json (what \
        the next period compares with) and run-summary.json. Exit status: 0 when every input was read and every file written \
        (findings are not failures); 1 when an input could not be read or an output could not be \
        written (run-summary.json says which; when an output failed the period folder is left as \
        it was); 2 for a bad pipeline file or option; 3 when another run is writing into the same \
        output root (see --wait); 130 / 143 when stopped by SIGINT / SIGTERM (the period folder is \
        left as it was).
        """
    )

    @Argument(help: "The pipeline file (YAML), e.g. Pipelines/sample.yaml.")
    var pipeline: String

    @Option(name: .shortAndLong, help: "Output root; the run writes into its PERIOD folder (default: the pipeline's output.dir).")
    var out: String?

    @Option(help: "Period stamped on the output folder and workbooks, YYYY-MM (default: the current month).")
    var period: String?

    @Argument(help: "Input files or folders; when given they replace the pipeline's own inputs.")
    var inputs: [String] = []

    @Flag(help: "Wait for another run writing into the same output root to finish (default: exit with status 3).")
    var wait = false

    func validate() throws {
        if let period, !Period.isValid(period) {
            throw ValidationError("--period must be YYYY-MM with a month 01–12, got '\(period)'")
        }
    }

    func run() throws {
        let file: PipelineFile
        let pipelineRun: Pipeline
        do {
            file = try PipelineFile.read(path: pipeline)
            pipelineRun = try Pipeline(file: file)
        } catch let error as PipelineError {
            printError("pipeline error: \(error)")
            throw ExitCode(2)
        }
        // The supervisor runs this same command in a worker process (see `Supervisor`).
        if !Supervisor.isWorker { throw ExitCode(Supervisor.supervise()) }
        Supervisor.watchSupervisor()
        Interruption.install()
        let root = out ?? file.outputDirectory
        let lock: RunLock
        do {
            lock = try RunLock.acquire(root: root, wait: wait)
        } catch let busy as RunLock.Busy {
            printError("error: \(busy)")
            throw ExitCode(3)
        } catch {
            printError("error: output could not be written: \(error)")
            throw ExitCode(1)
        }
        defer { withExtendedLifetime(lock) {} }
        let period = self.period ?? Period.current()
        let override = inputs.isEmpty ? nil : inputs.map { InputFile(path: $0) }
        let display = TerminalProgress()
        let summary: RunSummary
        let result: RunResult
        do {
            // Each county's workbook is written as soon as the county is done.
            let context = RunContext(period: period, outputRoot: root)
            let writer = try OutputWriter(pipeline: file, period: period, root: root)
            let run = try pipelineRun.stream(inputs: override, context: context, progress: display.sink) { county in
                writer.writeCounty(county)
            }
            result = run.result
            display.finish()
            summary = try writer.finish(result, counties: run.outputs)
        } catch let error as WriterError {
            display.finish()
            printError("error: output could not be written: \(error)")
            throw ExitCode(1)
        }
        for skipped in result.skippedFiles { printError("note: skipped \(skipped.file): \(skipped.reason)") }
        for failure in result.failures { printError("error: \(failure)") }
        for county in summary.counties { print(county.consoleLine) }
        for failure in summary.failures where !result.failures.contains(where: { $0.file == failure.file }) {
            printError("error: \(failure.file): \(failure.message)")
        }
        if let previous = summary.previousPeriod {
            print("与 \(previous) 相比：\(summary.periodChanges.count) 处变化（见 汇总.xlsx 的「本月变化」）")
        }
        for warning in summary.warnings { printError("warning: \(warning)") }
        guard summary.published else {
            printError("error: not every output could be written; \(summary.outputDirectory) was left as it was")
            throw ExitCode(1)
        }
        print("已写入 \(summary.outputDirectory): \(summary.workbooks.joined(separator: ", ")), \(OutputWriter.runSummaryName)")
        if !summary.isComplete { throw ExitCode(1) }
    }
}

/// A one-line progress display on a terminal (stderr); silent when stderr is not a
/// terminal, as under a scheduler.
final class TerminalProgress: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var shown = false

    var sink: ProgressSink? {
        guard enabled else { return nil }
        return ProgressSink { [self] event in
            switch event {
            case .stage(let name):
                show("步骤 \(name)…")
            case .file(let index, let count, let name, let rows):
                show("读取 \(index)/\(count) 个文件，\(rows) 行：\(name)")
            case .county(let index, let count, let name):
                show("写出 \(index)/\(count) 个县：\(name)")
            }
        }
    }

    private func show(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        shown = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
