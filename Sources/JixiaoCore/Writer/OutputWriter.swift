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
    /// The period this run compares with, and its state folder.
    let previous: (period: String, folder: String)?

    /// What writing one county left: its workbook (or why not) and its changes since last period.
    public struct CountyOutput: Sendable {
        public var county: String
        public var workbook: String?
        public var failure: RunSummary.FileFailure?
        public var changes: [PeriodChange]
        /// Why this county could not be compared with the previous period, if it could not.
        public var warnings: [String] = []

        public init(county: String, workbook: String? = nil, failure: RunSummary.FileFailure? = nil, changes: [PeriodChange] = []) {
            self.county = county
            self.workbook = workbook
            self.failure = failure
            self.changes = changes
        }
    }

    public init(pipeline: PipelineFile, period: String, root: String) throws {
        self.pipeline = pipeline
        self.period = period
        folder = PeriodFolder(root: root, period: period)
        directory = folder.final
        previous = PeriodChanges.previousStateFolder(in: root, before: period)
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

    /// Writes everything of a run kept in memory (`Pipeline.run`).
    public static func write(_ result: Pipeline.Result, pipeline: PipelineFile, period: String,
                             root: String) throws -> RunSummary {
        let writer = try OutputWriter(pipeline: pipeline, period: period, root: root)
        let outputs = result.batch.counties.map { county in writer.writeCounty(result.batch.only(county: county)) }
        return try writer.finish(result, counties: outputs)
    }

    /// One county's workbook and state file; safe to call for different counties at once.
    public func writeCounty(_ batch: Batch) -> CountyOutput {
        let county = batch.counties.first ?? "county"
        let name = OutputWriter.safeFileName(county)
        var output = CountyOutput(county: county, workbook: nil, failure: nil, changes: [])
        do {
            try OutputWriter.atomically(directory: buildDirectory, name: name + ".xlsx") { temporary in
                try CountyWorkbook.write(county: county, documents: batch.documents, findings: batch.findings,
                                         period: period, rules: pipeline.rules, to: temporary)
            }
            output.workbook = name + ".xlsx"
        } catch {
            output.failure = RunSummary.FileFailure(file: name + ".xlsx", line: nil, message: "\(error)")
        }
        let state = RunState(period: period, batch: batch)
        let stateFolder = (buildDirectory as NSString).appendingPathComponent(RunState.folderName)
        do {
            try OutputWriter.atomically(directory: stateFolder, name: name + ".json") { temporary in
                try state.json().write(to: URL(fileURLWithPath: temporary))
            }
        } catch {
            output.failure = output.failure ?? RunSummary.FileFailure(file: "\(RunState.folderName)/\(name).json", line: nil,
                                                                      message: "\(error)")
        }
        if let previous {
            switch RunState.load(from: (previous.folder as NSString).appendingPathComponent(name + ".json")) {
            case .state(let before):
                output.changes = PeriodChanges.between(previous: before, current: state).changes
            case .missing:
                // A county new this period: all its projects are new.
                let before = RunState(period: previous.period, projects: [], findings: [])
                output.changes = PeriodChanges.between(previous: before, current: state).changes
            case .damaged(let reason):
                output.warnings.append(OutputWriter.cannotCompare(county: county, file: name + ".json", previous: previous.period, reason: reason))
            }
        }
        return output
    }

    /// The summary workbook, name suggestions and run-summary.json, once every county is written.
    public func finish(_ result: Pipeline.Result, counties: [CountyOutput]) throws -> RunSummary {
        let batch = result.batch
        var changes: [PeriodChange] = []
        var warnings = counties.flatMap(\.warnings)
        for output in counties { Batch.append(output.changes, to: &changes) }
        if let previous {
            // Counties that sent nothing this period: all their projects are gone.
            let seen = Set(counties.map { OutputWriter.safeFileName($0.county) + ".json" })
            let names = (try? FileManager.default.contentsOfDirectory(atPath: previous.folder)) ?? []
            for name in names.sorted() where name.hasSuffix(".json") && !seen.contains(name) {
                let before: RunState
                switch RunState.load(from: (previous.folder as NSString).appendingPathComponent(name)) {
                case .state(let state): before = state
                case .missing: continue
                case .damaged(let reason):
                    warnings.append(OutputWriter.cannotCompare(county: (name as NSString).deletingPathExtension, file: name,
                                                               previous: previous.period, reason: reason))
                    continue
                }
                let gone = PeriodChanges.between(previous: before, current: RunState(period: period, projects: [], findings: []))
                Batch.append(gone.changes, to: &changes)
            }
        }
        var periodChanges = PeriodChanges(previousPeriod: previous?.period, changes: changes)
        periodChanges.warnings = warnings

        var workbooks = counties.compactMap(\.workbook)
        var failures = batch.failures.map { RunSummary.FileFailure(file: $0.file, line: $0.line, message: $0.message) }
            + counties.compactMap(\.failure)
        do {
            try OutputWriter.atomically(directory: buildDirectory, name: OutputWriter.summaryWorkbookName) { temporary in
                try SummaryWorkbook.write(result, pipeline: pipeline, period: period, changes: periodChanges, to: temporary)
            }
            workbooks.append(OutputWriter.summaryWorkbookName)
        } catch {
            failures.append(.init(file: OutputWriter.summaryWorkbookName, line: nil, message: "\(error)"))
        }
        let workbookByCounty = Dictionary(counties.map { ($0.county, $0.workbook) }, uniquingKeysWith: { a, _ in a })
        var summary = RunSummary(
            pipeline: pipeline.name, pipelineFile: pipeline.path, period: period, outputDirectory: directory,
            started: result.started, finished: Date(),
            status: failures.isEmpty ? "complete" : "incomplete",
            counties: batch.countyTotals.map { total in
                RunSummary.County(county: total.county, files: total.files, departments: total.departments,
                                  projects: total.projects, indicators: total.indicators, budgetWan: total.budget,
                                  rowsRead: total.rowsRead, rowsWritten: total.rowsWritten, rowsRejected: total.rowsRejected,
                                  findings: total.findings, workbook: workbookByCounty[total.county] ?? nil,
                                  departmentForms: total.departmentForms, departmentFormsBudgetWan: total.departmentFormsBudget)
            },
            files: batch.countyTotals.flatMap(\.fileAccounts),
            failures: failures, workbooks: workbooks,
            stages: result.reports,
            findingsByRule: batch.findingsByRule,
            ruleTitles: Dictionary(uniqueKeysWithValues: batch.findingsByRule.keys.map { ($0, pipeline.rules.title($0)) }),
            findings: batch.findings,
            rejectedRows: batch.rejectedRows,
            nameSuggestions: batch.nameSuggestions,
            projectChecks: batch.projectChecks,
            categoryComparison: batch.categoryComparison,
            indicatorComparison: batch.indicatorComparison,
            previousPeriod: periodChanges.previousPeriod,
            periodChanges: periodChanges.changes)
        summary.warnings = warnings
        summary.skippedFiles = batch.skippedFiles
        // Published only when every output is written: else the period stays as it was.
        summary.published = counties.allSatisfy { $0.failure == nil } && workbooks.contains(OutputWriter.summaryWorkbookName)
        try OutputWriter.atomically(directory: buildDirectory, name: OutputWriter.suggestionsName) { temporary in
            try Data(NameSuggestionsFile.yaml(batch.nameSuggestions).utf8).write(to: URL(fileURLWithPath: temporary))
        }
        try OutputWriter.atomically(directory: buildDirectory, name: OutputWriter.runSummaryName) { temporary in
            try summary.json().write(to: URL(fileURLWithPath: temporary))
        }
        if summary.published {
            try Interruption.publish(folder)
        } else {
            Interruption.untrack(folder)
            folder.discard()
        }
        return summary
    }

    static func cannotCompare(county: String, file: String, previous: String, reason: String) -> String {
        "无法与 \(previous) 比较 \(county)：上期的状态文件 \(RunState.folderName)/\(file) \(reason)；本月变化中不列该县的变化 (cannot compare with \(previous): its state is damaged)"
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

extension Batch {
    /// The part of a run's result that belongs to one county (documents and findings).
    func only(county: String) -> Batch {
        var part = Batch(inputs: inputs)
        part.documents = documents.filter { $0.county == county }
        part.findings = findings.filter { $0.county == county }
        return part
    }
}
