import Foundation

/// Writes a run's outputs into the period's folder of the output root (`ROOT/2023-12/`): a
/// workbook per county, the summary workbook, name suggestions, the run state the next
/// period compares with, and `run-summary.json`. Each file is written under a temporary
/// name and renamed when complete, so an interrupted run never leaves a half-written
/// workbook where last month's good one was.
public enum OutputWriter {
    public static let summaryWorkbookName = "汇总.xlsx"
    public static let runSummaryName = "run-summary.json"
    public static let suggestionsName = "name-suggestions.yaml"

    public static func write(_ result: Pipeline.Result, pipeline: PipelineFile, period: String,
                             root: String) throws -> RunSummary {
        let directory = (root as NSString).appendingPathComponent(period)
        let state = RunState(period: period, batch: result.batch)
        let changes = PeriodChanges.between(previous: PeriodChanges.previousState(in: root, before: period), current: state)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw WriterError(file: directory, message: "cannot create output folder: \(error.localizedDescription)")
        }
        let batch = result.batch
        var workbooks: [String] = []
        var writeFailures: [RunSummary.FileFailure] = []
        var countySummaries: [RunSummary.County] = []
        var usedNames: Set<String> = [summaryWorkbookName]

        for county in batch.counties {
            let documents = batch.documents.filter { $0.county == county }
            var fileName = safeFileName(county) + ".xlsx"
            var counter = 2
            while usedNames.contains(fileName) { fileName = safeFileName(county) + "-\(counter).xlsx"; counter += 1 }
            usedNames.insert(fileName)
            var written: String?
            do {
                try atomically(directory: directory, name: fileName) { temporary in
                    try CountyWorkbook.write(county: county, documents: documents, period: period, to: temporary)
                }
                workbooks.append(fileName)
                written = fileName
            } catch {
                writeFailures.append(.init(file: fileName, line: nil, message: "\(error)"))
            }
            let projects = documents.flatMap(\.projects)
            countySummaries.append(RunSummary.County(
                county: county, files: documents.map(\.file),
                departments: Set(documents.flatMap { $0.departments.map(\.org) }).count,
                projects: projects.count,
                indicators: documents.reduce(0) { $0 + $1.indicatorCount },
                budgetWan: roundMoney(projects.compactMap(\.budget).reduce(0, +)),
                rowsRead: documents.reduce(0) { $0 + $1.rowsRead },
                rowsWritten: documents.reduce(0) { $0 + $1.rowsWritten },
                rowsRejected: documents.reduce(0) { $0 + $1.rejected.count },
                findings: batch.findings.filter { $0.county == county }.count,
                workbook: written))
        }
        do {
            try atomically(directory: directory, name: summaryWorkbookName) { temporary in
                try SummaryWorkbook.write(result, pipeline: pipeline, period: period, changes: changes, to: temporary)
            }
            workbooks.append(summaryWorkbookName)
        } catch {
            writeFailures.append(.init(file: summaryWorkbookName, line: nil, message: "\(error)"))
        }

        let failures = batch.failures.map { RunSummary.FileFailure(file: $0.file, line: $0.line, message: $0.message) }
            + writeFailures
        let summary = RunSummary(
            pipeline: pipeline.name, pipelineFile: pipeline.path, period: period, outputDirectory: directory,
            started: result.started, finished: Date(),
            status: failures.isEmpty ? "complete" : "incomplete",
            counties: countySummaries, failures: failures, workbooks: workbooks,
            stages: result.reports,
            findingsByRule: Dictionary(grouping: batch.findings, by: \.rule).mapValues(\.count),
            findings: batch.findings,
            rejectedRows: batch.documents.flatMap(\.rejected),
            nameSuggestions: batch.nameSuggestions,
            projectChecks: batch.projectChecks,
            categoryComparison: batch.categoryComparison,
            indicatorComparison: batch.indicatorComparison,
            previousPeriod: changes.previousPeriod,
            periodChanges: changes.changes)
        try atomically(directory: directory, name: suggestionsName) { temporary in
            try Data(NameSuggestionsFile.yaml(batch.nameSuggestions).utf8).write(to: URL(fileURLWithPath: temporary))
        }
        try atomically(directory: directory, name: RunState.fileName) { temporary in
            try state.json().write(to: URL(fileURLWithPath: temporary))
        }
        try atomically(directory: directory, name: runSummaryName) { temporary in
            try summary.json().write(to: URL(fileURLWithPath: temporary))
        }
        return summary
    }

    static func safeFileName(_ name: String) -> String {
        let cleaned = String(name.map { "/\\:*?\"<>|".contains($0) || $0.isNewline ? "_" : $0 })
        return cleaned.isEmpty ? "county" : cleaned
    }

    /// Runs `body` on a temporary path in `directory`, then renames it into place.
    static func atomically(directory: String, name: String, _ body: (String) throws -> Void) throws {
        let final = (directory as NSString).appendingPathComponent(name)
        let temporary = (directory as NSString).appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try body(temporary)
            if rename(temporary, final) != 0 {
                throw WriterError(file: final, message: "cannot move the finished file into place: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
