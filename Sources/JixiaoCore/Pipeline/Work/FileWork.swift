import Foundation

/// One input file going through the file stages in pass 1: what was read from it and what
/// the stages added. Load leaves one document (or a failure); the others change it.
public struct FileWork: Sendable {
    public let input: InputFile
    public var documents: [CountyDocument] = []
    /// Findings of the file stages (the reader's own findings are added by load).
    public var findings: [Finding] = []
    /// The file could not be read, with the reason.
    public var failures: [LoadError] = []
    /// The file is not a form (a cover letter, a README): listed as skipped, not failed.
    public var skipped: [SkippedFile] = []
    /// What the file says, to find copies of one form (set by load; see `Submissions.swift`).
    public var fingerprint: ContentFingerprint?

    public init(input: InputFile) { self.input = input }

    /// The county the file belongs to: its first document's.
    var county: String? { documents.first?.county }
    var rows: Int { documents.reduce(0) { $0 + $1.rowsRead } }
}
