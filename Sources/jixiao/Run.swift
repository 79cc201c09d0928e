import ArgumentParser
import Foundation
import JixiaoCore

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "运行流水线：读入、清理、归类、汇总、审核，写出工作簿和 run-summary.json。",
        discussion: """
        Writes one workbook per county (one sheet per department), a summary workbook (汇总.xlsx) \
        and run-summary.json into the output folder. Exit status: 0 when every input was read and \
        every file written (findings are not failures); 1 when an input could not be read or an \
        output could not be written (run-summary.json says which); 2 for a bad pipeline file.
        """
    )

    @Argument(help: "The pipeline file (YAML), e.g. Pipelines/sample.yaml.")
    var pipeline: String

    @Option(name: .shortAndLong, help: "Output folder (default: the pipeline's output.dir).")
    var out: String?

    @Option(help: "Period stamped on the workbooks, YYYY-MM (default: the current month).")
    var period: String?

    @Argument(help: "Input files or folders; when given they replace the pipeline's own inputs.")
    var inputs: [String] = []

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
        let period = self.period ?? Self.currentPeriod()
        let override = inputs.isEmpty ? nil : inputs.map { InputFile(path: $0) }
        let result = try pipelineRun.run(inputs: override)
        for failure in result.batch.failures { printError("error: \(failure)") }

        let directory = out ?? file.outputDirectory
        let summary = try OutputWriter.write(result, pipeline: file, period: period, to: directory)
        for county in summary.counties {
            print("\(county.county): \(county.projects) 个项目, \(county.indicators) 条指标, \(String(format: "%.2f", county.budgetWan)) 万元; 行 读入 \(county.rowsRead) / 写入 \(county.rowsWritten) / 拒收 \(county.rowsRejected); 问题 \(county.findings)")
        }
        for failure in summary.failures where !result.batch.failures.contains(where: { $0.file == failure.file }) {
            printError("error: \(failure.file): \(failure.message)")
        }
        print("已写入 \(directory): \(summary.workbooks.joined(separator: ", ")), \(OutputWriter.runSummaryName)")
        if !summary.isComplete { throw ExitCode(1) }
    }

    static func currentPeriod() -> String {
        let components = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
        return String(format: "%04d-%02d", components.year ?? 2000, components.month ?? 1)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
