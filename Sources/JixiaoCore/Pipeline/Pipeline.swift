import Foundation

/// Runs a pipeline file's stages over the inputs, county by county, on all cores.
///
/// Pass 1 reads and cleans every file (load, normalize), because similar names are
/// clustered across all counties before any canonical name is final; documents are kept
/// for pass 2 while they fit `cacheRows`, otherwise read again. Pass 2 takes one county at
/// a time through the remaining stages and hands it to `perCounty` (which writes its
/// workbook); the run's result keeps only what the summary needs.
public struct Pipeline: Sendable {
    public let file: PipelineFile
    let stages: [any Stage]

    /// Rows of cleaned documents kept between the passes (about half a kilobyte each with
    /// their findings): a province's rows stay in memory; a country's are partly re-read.
    public static let cacheRows = 1_000_000

    public init(file: PipelineFile) throws {
        self.file = file
        stages = try file.stages.map { parameters in
            guard let type = StageRegistry.stage(named: parameters.stage) else {
                throw PipelineError(file: file.path, line: nil, message: "unknown stage '\(parameters.stage)'")
            }
            return try type.init(parameters: parameters)
        }
    }

    /// What a run produced: the merged batch and each stage's report.
    public struct Result: Sendable {
        public var batch: Batch
        public var reports: [StageReport]
        public var started: Date
        public var finished: Date
    }

    /// Runs and keeps every county's documents in the result (tests, small runs).
    /// - Parameter inputs: files or folders that replace the pipeline's own inputs.
    public func run(inputs override: [InputFile]? = nil, progress: ProgressSink? = nil) throws -> Result {
        try stream(inputs: override, progress: progress, keepDocuments: true) { _ in () }.result
    }

    /// Runs county by county; `perCounty` sees each county's batch after the last stage
    /// (concurrently for different counties) and its outputs come back in county order.
    public func stream<Output: Sendable>(
        inputs override: [InputFile]? = nil, progress: ProgressSink? = nil,
        keepDocuments: Bool = false, cacheRows: Int = Pipeline.cacheRows,
        perCounty: @Sendable (Batch) throws -> Output
    ) throws -> (result: Result, outputs: [Output]) {
        let started = Date()
        let listing = InputListing(override ?? file.inputs)
        let inputs = listing.files
        let load = stages.first as! LoadStage
        let normalize = stages.lazy.compactMap { $0 as? NormalizeStage }.first
        var result = Batch(inputs: inputs)
        result.failures = listing.refused
        result.skippedFiles = listing.skipped
        var reports: [String: StageReport] = [:]
        func add(_ report: StageReport) { reports[report.stage, default: StageReport(stage: report.stage)].add(report) }

        // Pass 1: every file read and cleaned; names gathered for clustering.
        progress?.report(.stage(LoadStage.name))
        var scans: [FileScan] = []
        var cachedRows = 0
        var occurrences: [String: NameOccurrences] = [:]
        var rowsSoFar = 0
        var contents: [ContentFingerprint: String] = [:]
        var filesRead = 0
        try OrderedParallel.forEach(count: inputs.count, work: { index in
            try FileScan(input: inputs[index], load: load, normalize: normalize)
        }, consume: { index, scan in
            var scan = scan
            if !scan.batch.documents.isEmpty { filesRead += 1 }
            // Identical content is read once: a later copy only stands in the file accounting.
            if let fingerprint = scan.fingerprint, let document = scan.batch.documents.first {
                if let original = contents[fingerprint] {
                    scan.markCopy(of: original, document: document)
                } else {
                    contents[fingerprint] = document.file
                }
            }
            for (name, seen) in scan.occurrences { occurrences[name, default: NameOccurrences()].add(seen) }
            scan.occurrences = [:]
            result.failures += scan.batch.failures
            result.skippedFiles += scan.batch.skippedFiles
            add(scan.loadReport)
            if let report = scan.normalizeReport { add(StageReport(stage: report.stage, seconds: report.seconds)) }
            if keepDocuments || cachedRows + scan.rows <= cacheRows {
                cachedRows += scan.rows
            } else {
                scan.batch.documents = []
                scan.batch.findings = []
                scan.cached = false
            }
            rowsSoFar += scan.rows
            progress?.report(.file(index: index + 1, count: inputs.count,
                                   name: (inputs[index].path as NSString).lastPathComponent, rows: rowsSoFar))
            scans.append(scan)
        })
        let suggested = normalize?.suggest(occurrences)
        result.nameSuggestions = suggested?.suggestions ?? []
        let merges = suggested?.merges ?? [:]

        // Files grouped by county, counties in the order their first file came.
        var groups: [(county: String, scans: [Int])] = []
        var groupIndex: [String: Int] = [:]
        for (index, scan) in scans.enumerated() {
            guard let county = scan.county else { continue }
            if let existing = groupIndex[county] {
                groups[existing].scans.append(index)
            } else {
                groupIndex[county] = groups.count
                groups.append((county, [index]))
            }
        }

        // Pass 2: one county at a time through the other stages, then to perCounty.
        let laterStages = Array(stages.dropFirst())
        var outputs: [Output] = []
        var indicatorRows: [IndicatorTargetRow] = []
        // Each county takes its cached files once, so they are freed as soon as it is written.
        let store = ScanStore(scans)
        let countyGroups = groups
        scans = []
        try OrderedParallel.forEach(count: countyGroups.count, work: { index in
            let group = countyGroups[index]
            let all = group.scans.map(store.take)
            let taken = all.filter { !$0.isCopy }
            var batch = Batch(inputs: taken.map { $0.batch.inputs[0] })
            var countyReports: [StageReport] = []
            if taken.allSatisfy(\.cached) {
                for scan in taken {
                    batch.documents += scan.batch.documents
                    batch.findings += scan.batch.findings
                }
            } else {
                // Read again: counted as load time, like the first read.
                var reload = StageReport(stage: LoadStage.name)
                let start = ThreadClock.seconds()
                try load.run(&batch, report: &reload)
                reload.seconds = ThreadClock.seconds() - start
                batch.failures = []  // already counted in pass 1
                countyReports.append(StageReport(stage: reload.stage, seconds: reload.seconds))
            }
            for copy in all where copy.isCopy {
                batch.documents += copy.batch.documents
                batch.findings += copy.batch.findings
            }
            load.settleResubmissions(&batch)
            batch.nameMerges = merges
            for stage in laterStages {
                var report = StageReport(stage: type(of: stage).name)
                let start = ThreadClock.seconds()
                try stage.run(&batch, report: &report)
                report.seconds = ThreadClock.seconds() - start
                countyReports.append(report)
            }
            let total = CountyTotal(county: group.county, batch: batch)
            let output = try perCounty(batch)
            // Rejected rows go to the summary even when the documents do not.
            let rejected = Array(batch.documents.lazy.flatMap(\.rejected).prefix(Batch.listLimit))
            if !keepDocuments { batch.documents = [] }
            return (batch, total, rejected, countyReports, output)
        }, consume: { index, item in
            let (batch, total, rejected, countyReports, output) = item
            progress?.report(.county(index: index + 1, count: countyGroups.count, name: total.county))
            result.merge(county: batch, total: total, rejected: rejected, indicatorRows: &indicatorRows)
            countyReports.forEach(add)
            outputs.append(output)
            if index % 8 == 7 { MemoryTrim.releaseFreedMemory() }
        })
        result.finishComparisons(indicatorRows: indicatorRows)

        let order = stages.map { type(of: $0).name }
        var ordered = order.compactMap { reports[$0] }
        if let index = ordered.firstIndex(where: { $0.stage == LoadStage.name }) {
            let notForms = result.skippedFiles.count - listing.skipped.count
            ordered[index].notes = ["\(filesRead) 个文件已读取，\(inputs.count - filesRead - notForms + listing.refused.count) 个无法读取"
                + (result.skippedFiles.isEmpty ? "" : "，\(result.skippedFiles.count) 个已跳过（锁文件、隐藏文件、不是表单的文件等）")]
        }
        if let index = ordered.firstIndex(where: { $0.stage == NormalizeStage.name }) {
            let applied = result.nameSuggestions.filter(\.applied).count
            ordered[index].notes = ["\(result.nameSuggestions.count) 组相似名称建议（\(applied) 组已合并）"]
        }
        return (Result(batch: result, reports: ordered, started: started, finished: Date()), outputs)
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
}

/// The scans of pass 1, each handed to pass 2 exactly once.
final class ScanStore: @unchecked Sendable {
    private var scans: [FileScan?]
    private let lock = NSLock()

    init(_ scans: [FileScan]) { self.scans = scans }

    func take(_ index: Int) -> FileScan {
        lock.lock()
        defer { lock.unlock() }
        let scan = scans[index]!
        scans[index] = nil
        return scan
    }
}

/// One file after pass 1: its batch (documents cleaned), the county it belongs to and the
/// names it contributes to clustering.
struct FileScan: Sendable {
    var batch: Batch
    var county: String?
    var rows: Int
    var occurrences: [String: NameOccurrences] = [:]
    var cached = true
    var loadReport: StageReport
    var normalizeReport: StageReport?
    /// What the file says, to find copies of one form (see `Submissions.swift`).
    var fingerprint: ContentFingerprint?
    /// This file repeats an earlier one's content; its batch holds only its stand-in.
    var isCopy = false

    /// Replaces what was read by the stand-in that lists this file as a copy of `original`.
    mutating func markCopy(of original: String, document: CountyDocument) {
        let copy = CountyDocument.copy(of: original, file: document.file, county: document.county, layout: document.layout)
        batch.documents = [copy]
        batch.findings = copy.findings
        occurrences = [:]
        rows = 0
        isCopy = true
        loadReport.rowsIn = 0
        loadReport.rowsOut = 0
        loadReport.rowsRejected = 0
        loadReport.findings = copy.findings.count
    }

    init(input: InputFile, load: LoadStage, normalize: NormalizeStage?) throws {
        batch = Batch(inputs: [input])
        loadReport = StageReport(stage: LoadStage.name)
        var start = ThreadClock.seconds()
        try load.run(&batch, report: &loadReport)
        loadReport.seconds = ThreadClock.seconds() - start
        fingerprint = ContentFingerprint(batch.documents)
        if let normalize {
            var report = StageReport(stage: NormalizeStage.name)
            start = ThreadClock.seconds()
            try normalize.run(&batch, report: &report)
            report.seconds = ThreadClock.seconds() - start
            normalizeReport = report
            for document in batch.documents { NormalizeStage.unmatchedNames(in: document, into: &occurrences) }
        }
        county = batch.documents.first?.county
        rows = batch.documents.reduce(0) { $0 + $1.rowsRead }
    }
}

extension Duration {
    /// The duration in seconds, for reports and the benchmark.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension StageReport {
    init(stage: String, seconds: Double) {
        self.init(stage: stage)
        self.seconds = seconds
    }

    /// Adds another county's (or pass's) figures to these.
    mutating func add(_ other: StageReport) {
        rowsIn += other.rowsIn
        rowsOut += other.rowsOut
        rowsRejected += other.rowsRejected
        findings += other.findings
        seconds += other.seconds
        for note in other.notes where notes.count < 10 && !notes.contains(note) { notes.append(note) }
    }
}
