import Foundation

/// Runs a pipeline file's stages over the inputs on all cores, scheduling each stage by its
/// kinds (`StageKinds.swift`) and never by its name:
///
/// 1. pass 1, per file in parallel: the file stages (read, clean); each gather stage takes
///    what it needs from the file. Files whose content repeats an earlier file's are kept as
///    copies only. Cleaned files wait for pass 2 in the `FileCache`: in memory up to a
///    budget of estimated bytes; beyond it on disk (a `SpillFolder`), read back once.
/// 2. each gather stage decides once for the run (name clusters);
/// 3. pass 2, per county in parallel: files beyond the budget read back or again, the gather
///    decisions applied, the county stages; then `perCounty` (the county's workbook), and the
///    county is added to the run's result in county order;
/// 4. the run stages, once, on the result (cross-county comparison, period changes).
public struct Pipeline: Sendable {
    public let file: PipelineFile
    /// The pipeline's stages in order, then the built-in ones.
    let stages: [any Stage]

    /// Estimated bytes of cleaned documents kept in memory between the passes (see `FileCache`).
    public static let cacheBytes = FileCache.defaultBytes

    public init(file: PipelineFile) throws {
        self.file = file
        let base = (file.path as NSString).deletingLastPathComponent
        stages = try file.stages.map { parameters in
            guard let type = StageRegistry.stage(named: parameters.stage) else {
                throw PipelineError(file: file.path, line: nil, message: "unknown stage '\(parameters.stage)'")
            }
            return try type.init(parameters: parameters)
        } + StageRegistry.builtIn.map { type in
            try type.init(parameters: .defaults(for: type.name, baseDirectory: base, file: file.path))
        }
    }

    /// Runs and keeps every county's documents in the result (tests, small runs).
    /// - Parameter inputs: files or folders that replace the pipeline's own inputs.
    public func run(inputs override: [InputFile]? = nil, context: RunContext = RunContext(),
                    progress: ProgressSink? = nil) throws -> RunResult {
        try stream(inputs: override, context: context, progress: progress, keepDocuments: true) { _ in () }.result
    }

    /// Runs county by county; `perCounty` sees each county after the last county stage
    /// (concurrently for different counties) and its outputs come back in county order.
    /// - Parameter cacheBytes: estimated bytes of cleaned documents kept in memory between
    ///   the passes.
    /// - Parameter spill: files beyond `cacheBytes` wait on disk (in a temporary folder under
    ///   `spillParent`, removed when the run ends) instead of being read again in pass 2.
    public func stream<Output: Sendable>(
        inputs override: [InputFile]? = nil, context: RunContext = RunContext(), progress: ProgressSink? = nil,
        keepDocuments: Bool = false, cacheBytes: Int = Pipeline.cacheBytes, spill: Bool = true,
        spillParent: String? = nil,
        perCounty: @Sendable (CountyWork) throws -> Output
    ) throws -> (result: RunResult, outputs: [Output]) {
        let listing = InputListing(override ?? file.inputs)
        let inputs = listing.files
        var result = RunResult(inputs: inputs, context: context)
        result.failures = listing.refused
        result.skippedFiles = listing.skipped
        result.filesRefused = listing.refused.count
        var reports: [String: StageReport] = [:]
        func add(_ report: StageReport) { reports[report.stage, default: StageReport(stage: report.stage)].add(report) }
        let gatherers = stages.compactMap { $0 as? any GatherStage }
        let loadName = stages.first { $0 is any FileStage }?.name

        // Pass 1: every file through the file stages, in parallel; gathered in input order.
        if let first = stages.first { progress?.report(.stage(first.name)) }
        let spillFolder = spill && !keepDocuments ? SpillFolder(parent: spillParent ?? NSTemporaryDirectory()) : nil
        defer { spillFolder?.remove() }
        let cache = FileCache(bytes: cacheBytes, keepAll: keepDocuments, spill: spillFolder)
        var gathered: [(any Sendable)?] = Array(repeating: nil, count: gatherers.count)
        var contents: [ContentFingerprint: String] = [:]
        var rowsSoFar = 0
        try OrderedParallel.forEach(count: inputs.count, work: { index in
            var scanned = try scan(inputs[index], gatherers: gatherers)
            cache.place(&scanned)
            return scanned
        }, consume: { index, scanned in
            var scanned = scanned
            if !scanned.work.documents.isEmpty { result.filesRead += 1 }
            // Identical content is read once: a later copy only stands in the file accounting.
            if let fingerprint = scanned.work.fingerprint, let document = scanned.work.documents.first {
                if let original = contents[fingerprint] {
                    scanned.markCopy(of: original, document: document)
                } else {
                    contents[fingerprint] = document.file
                }
            }
            for (g, part) in scanned.gathered.enumerated() { gatherers[g].mergeAny(part, into: &gathered[g]) }
            scanned.gathered = []
            result.failures += scanned.work.failures
            result.skippedFiles += scanned.work.skipped
            result.filesNotForms += scanned.work.skipped.count
            scanned.reports.forEach(add)
            rowsSoFar += scanned.rows
            cache.add(scanned)
            progress?.report(.file(index: index + 1, count: inputs.count, name: inputs[index].name, rows: rowsSoFar))
        })

        // Each gather stage decides once, for the whole run.
        var decisions: [any Sendable] = []
        for (g, gatherer) in gatherers.enumerated() {
            var decision: (any Sendable)?
            add(StageReport.timing(gatherer.name) { decision = gatherer.decideAny(gathered[g], run: &result, report: &$0) })
            decisions.append(decision!)
        }
        gathered = []

        // Files grouped by county, counties in the order their first file came.
        var groups: [(county: String, files: [Int])] = []
        var groupIndex: [String: Int] = [:]
        for index in 0..<cache.count {
            guard let county = cache.county(at: index) else { continue }
            if let existing = groupIndex[county] {
                groups[existing].files.append(index)
            } else {
                groupIndex[county] = groups.count
                groups.append((county, [index]))
            }
        }

        // Pass 2: one county at a time through the gather decisions and the county stages.
        var outputs: [Output] = []
        let countyGroups = groups
        let countyDecisions = decisions
        try OrderedParallel.forEach(count: countyGroups.count, work: { index in
            let group = countyGroups[index]
            let takeStart = ThreadClock.seconds()
            let files = group.files.map(cache.take)
            var county = CountyWork(county: group.county, context: context)
            var countyReports: [StageReport] = []
            if let loadName, spillFolder != nil {
                // Reading spilled files back counts as load's time.
                countyReports.append(StageReport(stage: loadName, seconds: ThreadClock.seconds() - takeStart))
            }
            for file in files where !file.isCopy {
                if file.cached {
                    county.documents += file.work.documents
                    county.findings += file.work.findings
                } else {
                    // Read again: its time counts, its rows and failures were counted in pass 1;
                    // of a file of several counties, this county's part.
                    let again = try scan(file.work.input, gatherers: [])
                    let part = again.countyParts().first { $0.county == group.county } ?? again
                    county.documents += part.work.documents
                    county.findings += part.work.findings
                    countyReports += again.reports.map { StageReport(stage: $0.stage, seconds: $0.seconds) }
                }
            }
            for copy in files where copy.isCopy {
                county.documents += copy.work.documents
                county.findings += copy.work.findings
            }
            var g = 0
            for stage in stages {
                if let gatherer = stage as? any GatherStage {
                    let decision = countyDecisions[g]
                    g += 1
                    countyReports.append(try StageReport.timing(stage.name) { try gatherer.applyAny(decision, to: &county, report: &$0) })
                }
                if let countyStage = stage as? any CountyStage {
                    countyReports.append(try StageReport.timing(stage.name) { try countyStage.run(county: &county, report: &$0) })
                }
            }
            file.rules.applySeverities(to: &county.findings)
            let total = CountyTotal(county)
            let output = try perCounty(county)
            // Rejected rows go to the summary even when the documents do not.
            let rejected = Array(county.documents.lazy.flatMap(\.rejected).prefix(RunResult.listLimit))
            if !keepDocuments { county.documents = [] }
            return (county, total, rejected, countyReports, output)
        }, consume: { index, item in
            let (county, total, rejected, countyReports, output) = item
            progress?.report(.county(index: index + 1, count: countyGroups.count, name: total.county))
            result.add(county, total: total, rejected: rejected)
            countyReports.forEach(add)
            outputs.append(output)
            if index % 8 == 7 { MemoryTrim.releaseFreedMemory() }
        })

        // The run stages, once every county is in.
        for case let runStage as any RunStage in stages {
            add(try StageReport.timing(runStage.name) { try runStage.finish(run: &result, report: &$0) })
        }
        result.spill = cache.figures
        if let loadName, let note = Self.readAgainNote(result.spill) {
            var report = StageReport(stage: loadName)
            report.notes = [note]
            add(report)
        }
        result.reports = stages.compactMap { reports[$0.name] }
        for (index, report) in result.reports.enumerated() {
            result.reports[index].parameters = file.stages.first { $0.stage == report.stage }?.effective ?? []
        }
        result.finished = Date()
        return (result, outputs)
    }

    /// What load's notes say of files read a second time (spilling off, or failed). A file
    /// spilled and read back is not said: the run's outputs are the same as when it fits.
    static func readAgainNote(_ spill: SpillFigures) -> String? {
        guard spill.readAgain > 0 else { return nil }
        return "\(spill.readAgain) 个文件超出内存缓存，第二遍重新读取" + (spill.failure.map { "（暂存失败：\($0)）" } ?? "")
    }

    /// One file through every file stage, with what each gather stage takes from it.
    func scan(_ input: InputFile, gatherers: [any GatherStage]) throws -> ScannedFile {
        var work = FileWork(input: input)
        var reports: [StageReport] = []
        for case let fileStage as any FileStage in stages {
            reports.append(try StageReport.timing(fileStage.name) { try fileStage.run(file: &work, report: &$0) })
        }
        let gathered = gatherers.map { $0.gatherAny(from: work) }
        // Weighing the file for the cache counts as load's time, like spilling it.
        let start = ThreadClock.seconds()
        let bytes = MemoryEstimate.bytes(work.documents, work.findings)
        if !reports.isEmpty { reports[0].seconds += ThreadClock.seconds() - start }
        return ScannedFile(work: work, reports: reports, gathered: gathered, rows: work.rows, bytes: bytes, county: work.county)
    }

    /// Folders stand for the files in them, subfolders included (see `InputListing`).
    public static func expand(_ inputs: [InputFile]) -> [InputFile] {
        InputListing(inputs).files
    }

    /// A path from a pipeline file, relative to the file's folder unless absolute.
    public static func resolve(_ path: String, against base: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let url = expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded)
            : URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent(expanded)
        return url.standardizedFileURL.path
    }

    /// A default path of the repository's Data folder (`../Data/rules.yaml`) resolved against a
    /// pipeline file's folder; where a pipeline kept elsewhere has no such file beside it, the
    /// bundled Data folder's (found as load finds the vocabulary, `ReadingRules.defaultDataDirectory`).
    public static func resolveDefault(_ path: String, against base: String) -> String {
        let resolved = resolve(path, against: base)
        let prefix = "../Data"
        guard path == prefix || path.hasPrefix(prefix + "/"), !FileManager.default.fileExists(atPath: resolved),
              let bundled = ReadingRules.defaultDataDirectory() else { return resolved }
        let inside = String(path.dropFirst(prefix.count)).drop { $0 == "/" }
        let candidate = inside.isEmpty ? bundled : (bundled as NSString).appendingPathComponent(String(inside))
        return FileManager.default.fileExists(atPath: candidate) ? candidate : resolved
    }
}
