import ArgumentParser
import Foundation
import JixiaoCore

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "显示一个文件由哪个版式读取、读出了什么。Shows which loader took a file and what it read."
    )

    @Argument(help: "An input file.")
    var file: String

    func run() throws {
        do {
            let document = try Loaders.load(path: file)
            print("\(document.file): 版式 \(document.layout.rawValue), 县 \(document.county), 金额单位 \(document.moneyUnit.rawValue)")
            print("行：读入 \(document.rowsRead)，写入 \(document.rowsWritten)，拒收 \(document.rejected.count)；结构行 \(document.structureLines)")
            for project in document.projects {
                print("  [\(project.source.line)] \(project.department) / \(project.name) — \(project.budget.map { String(format: "%.2f 万元", $0) } ?? "无预算")，\(project.indicators.count) 条指标")
                for indicator in project.indicators {
                    print("      [\(indicator.source.line)] \(indicator.level1Label) / \(indicator.level2Label) / \(indicator.nameAsWritten) | \(indicator.comparisonAsWritten) \(indicator.valueAsWritten) \(indicator.unitAsWritten) | \(indicator.weightAsWritten) \(indicator.directionAsWritten)")
                }
            }
            for row in document.rejected { print("  拒收 \(row.source): \(row.reason) — \(row.text)") }
            for finding in document.findings { print("  \(finding.severity.rawValue) \(finding.rule) \(finding.source.map(\.description) ?? ""): \(finding.message)") }
        } catch let error as LoadError {
            printError("error: \(error)")
            throw ExitCode(1)
        }
    }
}
