import Foundation

/// Writes a run's outputs into the period's folder of the output root (`ROOT/2023-12/`): a
/// workbook and a state file per county as soon as the county is done, then the summary
/// workbook, name suggestions and `run-summary.json`. Everything is written into a folder
/// of the run's own beside the period (`PeriodFolder`) and swapped in whole by `publish()`,
/// so an interrupted run never leaves a period that mixes two runs.
public struct OutputWriter: Sendable {
    public static let summaryWorkbookName = "汇总.xlsx"
    public static let runSummaryName = "run-summary.json"
    public static let suggestionsName = "name-suggestions.yaml"

    public let pipeline: PipelineFile
    public let period: String
    /// The period's folder, as published (what the summary names).
    public let directory: String
    /// Where this run writes until `publish()`.
    public let folder: PeriodFolder
    var buildDirectory: String { folder.building }

    /// What writing one county left: its workbook, or why not.
    public struct CountyOutput: Sendable {
        public var county: String
        public var workbook: String?
        public var failure: RunSummary.FileFailure?

        public init(county: String, workbook: String? = nil, failure: RunSummary.FileFailure? = nil) {
            self.county = county
            self.workbook = workbook
            self.failure = failure
        }
    }

    public init(pipeline: PipelineFile, period: String, root: String) throws {
        self.pipeline = pipeline
        self.period = period
        folder = PeriodFolder(root: root, period: period)
        directory = folder.final
        PeriodFolder.removeLeftovers(in: root)
        let building = folder.building
        for folder in [building, (building as NSString).appendingPathComponent(RunState.folderName)] {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw WriterError(file: folder, message: "cannot create output folder: \(error.localizedDescription)")
            }
            Interruption.track(self.folder)
            // A run killed mid-way leaves its temporary files; the finished ones are untouched.
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
            }
        }
    }

    /// Writes everything of a run kept in memory (`Pipeline.run`). 本月变化 is what the run
    /// found (its `RunContext` names the output root it compared with).
    public static func write(_ result: RunResult, pipeline: PipelineFile, period: String,
                             root: String) throws -> RunSummary {
        let writer = try OutputWriter(pipeline: pipeline, period: period, root: root)
        let outputs = result.counties.map { county in writer.writeCounty(result.only(county: county)) }
        return try writer.finish(result, counties: outputs)
    }

    /// One county's workbook and state file; safe to call for different counties at once.
    public func writeCounty(_ work: CountyWork) -> CountyOutput {
        let county = work.county
        let name = OutputWriter.safeFileName(county)
        var output = CountyOutput(county: county)
        do {
            try OutputWriter.atomically(directory: buildDirectory, name: name + ".xlsx") { temporary in
                try CountyWorkbook.write(county: county, documents: work.documents, findings: work.findings,
                                         period: period, rules: pipeline.rules, to: temporary)
            }
            output.workbook = name + ".xlsx"
        } catch {
            output.failure = RunSummary.FileFailure(file: name + ".xlsx", line: nil, message: "\(error)")
        }
        let stateFolder = (buildDirectory as NSString).appendingPathComponent(RunState.folderName)
        do {
            try OutputWriter.atomically(directory: stateFolder, name: RunState.fileName(county: county)) { temporary in
                try RunState(period: period, county: work).json().write(to: URL(fileURLWithPath: temporary))
            }
        } catch {
            output.failure = output.failure ?? RunSummary.FileFailure(file: "\(RunState.folderName)/\(RunState.fileName(county: county))",
                                                                      line: nil, message: "\(error)")
        }
        return output
    }

    /// The summary workbook, name suggestions and run-summary.json, once every county is written.
    public func finish(_ result: RunResult, counties: [CountyOutput]) throws -> RunSummary {
        let countyWorkbooks = counties.compactMap(\.workbook)
        let countyFailures = result.failures.map { RunSummary.FileFailure(file: $0.file, line: $0.line, message: $0.message) }
            + counties.compactMap(\.failure)
        func runSummary(summaryWorkbookFailure: RunSummary.FileFailure?) -> RunSummary {
            var summary = makeSummary(result, counties: counties,
                                      workbooks: countyWorkbooks + (summaryWorkbookFailure == nil ? [OutputWriter.summaryWorkbookName] : []),
                                      failures: countyFailures + (summaryWorkbookFailure.map { [$0] } ?? []))
            // Published only when every output is written: else the period stays as it was.
            summary.published = counties.allSatisfy { $0.failure == nil } && summaryWorkbookFailure == nil
            return summary
        }
        // The summary workbook and run-summary.json are the run's serial tail: the JSON is
        // written on another core while the workbook's sheets are made, as if the workbook
        // succeeds, and written again in the rare case it does not. It is out of memory before
        // the workbook closes: closing holds every cell and each part's XML while it is
        // zipped, the run's peak (a national run's JSON is 38 MB).
        let hoped = runSummary(summaryWorkbookFailure: nil)
        let directory = buildDirectory
        let written = Background {
            try OutputWriter.atomically(directory: directory, name: OutputWriter.runSummaryName) { temporary in
                try RunSummaryJSON.write(hoped, to: temporary)
            }
            MemoryTrim.releaseAllFreedMemory()
        }
        var workbookFailure: RunSummary.FileFailure?
        do {
            try OutputWriter.atomically(directory: buildDirectory, name: OutputWriter.summaryWorkbookName) { temporary in
                try SummaryWorkbook.write(result, pipeline: pipeline, period: period, changes: result.periodChanges, to: temporary,
                                          beforeClosing: { _ = try? written.value() })
            }
        } catch {
            workbookFailure = .init(file: OutputWriter.summaryWorkbookName, line: nil, message: "\(error)")
        }
        try written.value()
        var summary = hoped
        if workbookFailure != nil {
            summary = runSummary(summaryWorkbookFailure: workbookFailure)
            try OutputWriter.atomically(directory: buildDirectory, name: OutputWriter.runSummaryName) { temporary in
                try RunSummaryJSON.write(summary, to: temporary)
            }
        }
        try OutputWriter.atomically(directory: buildDirectory, name: OutputWriter.suggestionsName) { temporary in
            try Data(NameSuggestionsFile.yaml(result.nameSuggestions).utf8).write(to: URL(fileURLWithPath: temporary))
        }
        if summary.published {
            try Interruption.publish(folder)
        } else {
            Interruption.untrack(folder)
            folder.discard()
        }
        return summary
    }

    /// run-summary.json's content for a run whose outputs are `workbooks` and whose failures are `failures`.
    private func makeSummary(_ result: RunResult, counties: [CountyOutput], workbooks: [String],
                             failures: [RunSummary.FileFailure]) -> RunSummary {
        let periodChanges = result.periodChanges
        let workbookByCounty = Dictionary(counties.map { ($0.county, $0.workbook) }, uniquingKeysWith: { a, _ in a })
        var summary = RunSummary(
            pipeline: pipeline.name, pipelineFile: pipeline.path, period: period, outputDirectory: directory,
            started: result.started, finished: Date(),
            status: failures.isEmpty ? "complete" : "incomplete",
            counties: result.countyTotals.map { RunSummary.County($0.figures, workbook: workbookByCounty[$0.county] ?? nil) },
            files: result.countyTotals.flatMap(\.fileAccounts),
            failures: failures, workbooks: workbooks,
            stages: result.reports,
            findingsByRule: result.findingsByRule,
            ruleTitles: Dictionary(uniqueKeysWithValues: result.findingsByRule.keys.map { ($0, pipeline.rules.title($0)) }),
            findings: result.findings,
            rejectedRows: result.rejectedRows,
            nameSuggestions: result.nameSuggestions,
            projectChecks: result.projectChecks,
            categoryComparison: result.categoryComparison,
            indicatorComparison: result.indicatorComparison,
            previousPeriod: periodChanges.previousPeriod,
            periodChanges: periodChanges.changes)
        summary.warnings = periodChanges.warnings
        summary.skippedFiles = result.skippedFiles
        return summary
    }

    static func safeFileName(_ name: String) -> String { CountyFileName.make(name) }

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
