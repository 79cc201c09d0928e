import ArgumentParser
import Foundation
import JixiaoCore

@main
struct Jixiao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "汇总、审核、比较各县项目支出绩效目标表，输出 Excel 工作簿。",
        discussion: """
        Consolidates county budget performance-target forms (项目支出绩效目标表): loads them, \
        normalizes indicator names, classifies them on the standard framework, adds budgets up, \
        compares projects against templates, and writes XLSX workbooks.
        """,
        subcommands: [Run.self, Check.self, Inspect.self, Stages.self, Synth.self, Bench.self, XLSRecords.self]
    )

    /// As ArgumentParser's, except that a mistake in the options (`--period 2023-13`, an
    /// unknown option) exits with status 2, as a mistake in the pipeline file does, not 64.
    static func main() {
        XLSReaderProcess.runningProgramReads = true
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
