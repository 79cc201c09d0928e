import ArgumentParser
import Foundation
import JixiaoCore

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "显示一个文件按什么格式、由哪个版式读取，读出了什么。Shows which format and layout took a file and what it read."
    )

    @Argument(help: "An input file (.xlsx, .xls, .ods, .docx, .doc, HTML, PDF, CSV or text; told apart by content).")
    var file: String

    @Flag(help: "Also print the text the readers read (rows as tab-separated cells).")
    var text = false

    @Flag(help: "Also print each cell as the form vocabulary sees it (title, key, column, label or text).")
    var cells = false

    func run() throws {
        do {
            let loaded = try Loaders.read(path: file)
            let document = loaded.document
            print("\(document.file): 格式 \(loaded.input.format.rawValue)（\(loaded.input.format.label)\(loaded.input.details.isEmpty ? "" : "；" + loaded.input.details.joined(separator: "，"))）")
            // A file of several counties' forms: each county's document in turn.
            for document in loaded.documents { show(document) }
            if cells, case .success(let rules) = ReadingRules.bundled {
                print("--- 单元格 (cells as the vocabulary sees them) ---")
                for line in TemplateFormLoader.explain(text: loaded.input.text, rules: rules) { print(line) }
            }
            if text {
                print("--- 读入的文本 (text read) ---")
                for (index, line) in loaded.input.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    print("\(loaded.input.origin(ofLine: index + 1, file: document.file))\t\(line)")
                }
            }
        } catch let error as LoadError {
            // What was read before the file failed (a form without its indicator table: a copy cut short).
            for document in error.partial { show(document) }
            printError("error: \(error)")
            // Why it failed: the cells as the vocabulary saw them, when the file decodes at all.
            if cells, case .success(let rules) = ReadingRules.bundled,
               let data = FileManager.default.contents(atPath: file),
               let input = try? InputText.extract(data: data, path: file, file: (file as NSString).lastPathComponent,
                                                   vocabulary: rules.vocabulary) {
                print("--- 单元格 (cells as the vocabulary sees them) ---")
                for line in TemplateFormLoader.explain(text: input.text, rules: rules) { print(line) }
            }
            throw ExitCode(1)
        }
    }

    /// What one document holds: layout, county, rows, projects with their indicators, rejected
    /// rows and findings. Its amounts are checked first as the load stage checks them (its
    /// default limits), so that a budget shows as a run reads it: a file with no unit whose
    /// amounts are 元 is read in 元.
    func show(_ read: CountyDocument) {
        var document = read
        AmountChecks().apply(to: &document)
        print("\(document.file): 版式 \(document.layout.rawValue)\(document.rendering.map { "（排版：\($0)）" } ?? ""), 县 \(document.county)（\(document.countyLevel.rawValue)）, 金额单位 \(document.moneyUnit.rawValue)")
        for note in document.readingNotes { print("  \(note)") }
        // A sheet or page of a workbook or PDF is named with the row; plain text gives the line.
        let at = { (source: SourceRef) in source.file == document.file ? "\(source.line)" : source.description }
        print("行：读入 \(document.rowsRead)，写入 \(document.rowsWritten)，拒收 \(document.rejected.count)；结构行 \(document.structureLines)")
        for project in document.projects {
            print("  [\(at(project.source))] \(project.kind == .departmentWhole ? "［部门整体］" : "")\(project.department) / \(project.name) — \(project.budget.map { "\(fmt($0)) 万元" } ?? "无预算")，\(project.indicators.count) 条指标")
            for indicator in project.indicators {
                // No target: the middle stays empty, what was written there said on a line of its own.
                let target = indicator.valueAsWritten.isEmpty ? "" : "\(indicator.comparisonAsWritten) \(indicator.valueAsWritten) \(indicator.unitAsWritten)"
                print("      [\(at(indicator.source))] \(indicator.level1Label) / \(indicator.level2Label) / \(indicator.nameAsWritten) | \(target) | \(indicator.weightAsWritten) \(indicator.directionAsWritten)")
                let unfilled = [indicator.comparisonAsWritten, indicator.unitAsWritten].filter { !$0.isEmpty }
                if indicator.valueAsWritten.isEmpty, !unfilled.isEmpty { print("          没有指标值（写了：\(unfilled.joined(separator: " "))）") }
                if !indicator.otherColumns.isEmpty { print("          其他列：\(indicator.otherColumns)") }
            }
        }
        for row in document.rejected { print("  拒收 \(row.source): \(row.reason) — \(row.text)") }
        // Severities as the Data folder's rule catalogue sets them, as a run gives them.
        var findings = document.findings
        if let data = ReadingRules.defaultDataDirectory(),
           let catalogue = try? RuleCatalogue.load(path: (data as NSString).appendingPathComponent("rules.yaml")) {
            catalogue.applySeverities(to: &findings)
        }
        for finding in findings { print("  \(finding.severity.rawValue) \(finding.rule) \(finding.source.map(\.description) ?? ""): \(finding.message)") }
    }
}
