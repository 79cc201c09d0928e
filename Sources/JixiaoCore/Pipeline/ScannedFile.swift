import Foundation

/// One file after pass 1: its work (documents cleaned, unless the cache let them go), each
/// file stage's report, and what it contributes to each gather stage.
struct ScannedFile: Sendable {
    var work: FileWork
    var reports: [StageReport]
    /// One contribution per gather stage, in pipeline order.
    var gathered: [any Sendable]
    var rows: Int
    /// The heap its documents and findings hold, about (`MemoryEstimate`).
    var bytes: Int
    var county: String?
    /// Pass 2 has the documents without reading the file again: in memory, or spilled
    /// (see `FileCache`).
    var cached = true
    /// Where the documents wait on disk for pass 2, when they did not fit in memory.
    var spilled: SpillFolder.Entry?
    /// This file repeats an earlier one's content; its work holds only its stand-in.
    var isCopy = false

    /// The counties of its documents, in their order.
    var counties: [String] {
        var counties: [String] = []
        for document in work.documents where !counties.contains(document.county) { counties.append(document.county) }
        return counties
    }

    /// One file per county when its documents are several counties' (`CountySplit`), each with
    /// its county's documents and findings (the file's own findings with the first), so pass 2
    /// gives each county its part; the file itself when it is one county's, as most are.
    func countyParts() -> [ScannedFile] {
        let counties = self.counties
        guard counties.count > 1 else { return [self] }
        return counties.enumerated().map { index, county in
            var part = self
            part.county = county
            part.work.documents = work.documents.filter { $0.county == county }
            part.work.findings = work.findings.filter { $0.county == county || (index == 0 && !counties.contains($0.county)) }
            // The file's rows count once (a file read again is one file).
            if index > 0 { part.rows = 0 }
            return part
        }
    }

    /// Replaces what was read by the stand-in that lists this file as a copy of `original`:
    /// a copy counts no rows and gathers nothing; its finding counts under the stage that read it.
    mutating func markCopy(of original: String, document: CountyDocument) {
        let copy = CountyDocument.copy(of: original, file: document.file, county: document.county, layout: document.layout)
        work.documents = [copy]
        work.findings = copy.findings
        gathered = []
        rows = 0
        bytes = 0
        isCopy = true
        for index in reports.indices {
            reports[index] = StageReport(stage: reports[index].stage, seconds: reports[index].seconds)
        }
        if !reports.isEmpty { reports[0].findings = copy.findings.count }
    }
}
