import Foundation

/// An input that could not be read at all: the run reports it and goes on.
public struct LoadError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var message: String
    /// The file holds no form at all (no title, header key or indicator column of the
    /// vocabulary: a cover letter, a README): a run lists it as skipped, not failed.
    public var notAForm: Bool
    /// What was read of the file before it failed (a form recognised, its project, budget and
    /// county, but no indicator): `inspect` shows it with the error; a run keeps none of it.
    public var partial: [CountyDocument] = []

    public init(file: String, line: Int? = nil, message: String, notAForm: Bool = false) {
        self.file = file
        self.line = line
        self.message = message
        self.notAForm = notAForm
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

public enum Loaders {
    /// Reads a file, turns it into text whatever its format (told from the content: .xlsx,
    /// .xls, .docx, HTML, PDF, CSV or text in UTF-8/GB18030, see `InputText`) and reads its
    /// forms with the generic readers.
    public static func load(path: String, displayName: String? = nil,
                            countyOverride: String? = nil, rules: ReadingRules? = nil) throws -> CountyDocument {
        try read(path: path, displayName: displayName, countyOverride: countyOverride, rules: rules).document
    }

    /// A file as read: the document, and the format and details of how it was read.
    public struct LoadedFile: Sendable {
        public var document: CountyDocument
        /// The documents of the other counties whose forms the file holds (`CountySplit`).
        public var others: [CountyDocument] = []
        public var input: ExtractedText

        public var documents: [CountyDocument] { [document] + others }
    }

    /// `load(path:)`, also telling which format the file was read as.
    public static func read(path: String, displayName: String? = nil,
                            countyOverride: String? = nil, rules: ReadingRules? = nil) throws -> LoadedFile {
        let name = displayName ?? (path as NSString).lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LoadError(file: name, message: "无法读取文件 (cannot read file): \(error.localizedDescription)")
        }
        // The vocabulary the text is read with: its fold, for the decoder to judge display folding as
        // it validates, and the words a PDF's page furniture is told by.
        let vocabulary = (rules ?? (try? ReadingRules.bundled.get()))?.vocabulary
        var input = try InputText.extract(data: data, path: path, file: name, vocabulary: vocabulary)
        // A page that came as one line, its cells one space apart: its table's cells one a line.
        if let vocabulary, let unfolded = FormCells(vocabulary: vocabulary).unfoldingSpacedPages(input.text) {
            input.rewrite(unfolded.text, origins: unfolded.origins, note: "整页文字排成一行、单元格以空格分隔：指标表表头之后每格一行")
        }
        // A tree table (`项目 | 指标值 | 绩效金额`, levels by indentation): written as the forms it holds,
        // looked for as the text shows folded (a machine-converted page's `項目 | 指標值 | 績效金額`).
        if let vocabulary, input.format == .text,
           let forms = TreeTable(vocabulary: vocabulary).rewritten(input.displayChanges == true ? vocabulary.fold.display(input.text) : input.text) {
            input.rewrite(forms.text, origins: forms.origins, note: "树形表（项目一列逐级缩进）已按项目、指标表写出")
        }
        // One cell a line, each closed by a bar: a cell the page broke over lines joined back.
        if let vocabulary, input.format == .text,
           let joined = BarClosedCells.joined(input.text, startsCell: { BarClosedCells.standsAlone($0, in: vocabulary) }) {
            input.rewrite(joined.text, origins: joined.origins, note: "每格一行、以竖线收尾：跨行的单元格已接回一行")
        }
        var documents: [CountyDocument]
        do {
            documents = try loadAll(text: input.text, file: name, countyOverride: countyOverride, rules: rules,
                                    displayChanges: input.displayChanges, mayBeCut: input.format == .text)
        } catch var error as LoadError {
            if input.format != .text {
                error.message += "；按 \(input.format.label) 读取 (read as \(input.format.rawValue): \(input.details.joined(separator: ", ")))"
            }
            if !input.linesAreOriginal {
                // Lines of the text as rewritten (rows joined, a page line cut) named in the message
                // or the partly read documents are the file's own again.
                error.message = Self.originalLines(in: error.message, file: name, input: input)
                for d in error.partial.indices { error.partial[d].mapSources { input.origin(ofLine: $0.line, file: $0.file) } }
            }
            if let line = error.line {
                // The file stays the one the run names; the sheet or page goes in the message.
                let origin = input.origin(ofLine: line, file: name)
                if origin.file != name {
                    error.message = "\(origin): " + error.message
                    error.line = nil
                } else {
                    error.line = origin.line
                }
            }
            throw error
        }
        for problem in input.problems { Self.tell(problem, file: name, in: &documents) }
        if let vocabulary { PartContinuation(vocabulary: vocabulary).rejectRowsOfOtherParts(in: &documents, input: input, file: name) }
        if !input.linesAreOriginal {
            for d in documents.indices {
                documents[d].mapSources { input.origin(ofLine: $0.line, file: $0.file) }
                documents[d].readingNotes = documents[d].readingNotes.map { Self.originalLines(inNote: $0, file: name, input: input) }
            }
        }
        return LoadedFile(document: documents[0], others: Array(documents.dropFirst()), input: input)
    }

    /// A cell the format reader read only in part, told as a finding of the form it stands in:
    /// the last project (of any of the file's documents) that begins at or above its line.
    static func tell(_ problem: ReadingProblem, file: String, in documents: inout [CountyDocument]) {
        var owner: (document: Int, project: Project?) = (0, nil)
        for (d, document) in documents.enumerated() {
            for project in document.projects where project.source.line <= problem.line
                && project.source.line >= (owner.project?.source.line ?? 0) {
                owner = (d, project)
            }
        }
        documents[owner.document].findings.append(Finding(
            severity: problem.severity, rule: problem.rule, message: problem.message, county: documents[owner.document].county,
            department: owner.project?.department.description, project: owner.project?.name,
            source: SourceRef(file: file, line: problem.line), stage: "load"))
    }

    /// A message's places in the file (`file:12`, `SourceRef`'s form) with each line of the text
    /// as read replaced by the place it came from.
    static func originalLines(in message: String, file: String, input: ExtractedText) -> String {
        replacingNumbers(in: message, after: file + ":") { input.origin(ofLine: $0, file: file).description }
    }

    /// A reading note's lines (`（行 12）`) of the text as read, written as the file's own: its line,
    /// or its sheet or page and the line there (`（Sheet1 行 3）`).
    static func originalLines(inNote note: String, file: String, input: ExtractedText) -> String {
        replacingNumbers(in: note, after: "（行 ") { line in
            let origin = input.origin(ofLine: line, file: file)
            return origin.file == file ? "（行 \(origin.line)" : "（\(origin.file.dropFirst(file.count + 1)) 行 \(origin.line)"
        }
    }

    /// The text with each number written right after `mark` replaced, mark and all, by what
    /// `replace` makes of it; a mark with no number after it stays.
    private static func replacingNumbers(in text: String, after mark: String, _ replace: (Int) -> String) -> String {
        var out = ""
        var rest = Substring(text)
        while let found = rest.range(of: mark) {
            out += rest[..<found.lowerBound]
            let digits = rest[found.upperBound...].prefix { $0.isASCII && $0.isNumber }
            out += Int(digits).map(replace) ?? mark
            rest = rest[found.upperBound...].dropFirst(digits.count)
        }
        return out + rest
    }

    /// Reads text with the generic readers, driven by the vocabulary of `rules` (else the
    /// bundled Data folder): the seed layouts are configurations of them (`Data/layouts.yaml`
    /// names them), like any other county's template.
    public static func load(text: String, file: String, countyOverride: String? = nil,
                            rules: ReadingRules? = nil) throws -> CountyDocument {
        try loadAll(text: text, file: file, countyOverride: countyOverride, rules: rules)[0]
    }

    /// `load(text:)`, with the documents of the other counties whose forms the text holds.
    /// `displayChanges`: whether display folding changes the text, when already told (`ExtractedText`).
    /// `mayBeCut`: the text is a copy as written (a text file), which ends without a line break
    /// where it was cut short; text taken out of a workbook, PDF or document ends as it ends.
    public static func loadAll(text: String, file: String, countyOverride: String? = nil,
                               rules: ReadingRules? = nil, displayChanges: Bool? = nil, mayBeCut: Bool = true) throws -> [CountyDocument] {
        let rules = try rules ?? ReadingRules.bundled.get()
        var documents = try TemplateFormLoader.loadAll(text: text, file: file, countyOverride: countyOverride, rules: rules,
                                                       displayChanges: displayChanges, mayBeCut: mayBeCut)
        if countyOverride != nil { documents[0].countyLevel = .stated }
        return documents
    }

    /// The county a department or authority belongs to, read from its name:
    /// `平武县人民政府办公室` → `平武县`, `原州区人民政府` → `原州区`.
    public static func county(fromOrganisation name: String) -> String? {
        // A district inside a city (`绵阳市游仙区…`) is the county, so 县/区/旗 win over 市;
        // party organs (`中共清河县委办公室`) name their county after the prefix.
        var chars = Array(name)
        for prefix in ["中国共产党", "中共"] where name.hasPrefix(prefix) {
            chars.removeFirst(prefix.count)
            break
        }
        guard chars.count > 2 else { return nil }
        for suffixes in ["县区旗", "市"] {
            for end in 1..<min(chars.count, 9) where suffixes.contains(chars[end]) {
                return String(chars[0...end])
            }
        }
        return nil
    }
}

/// What a form reader keeps while it reads, and its bookkeeping: every content row ends
/// either as a record or in `rejected` (rows read = written + rejected).
protocol LayoutReader {
    var file: String { get }
    var departments: [Department] { get }
    var projects: [Project] { get }
    var moneyUnit: MoneyUnit? { get }
    var rowsRead: Int { get set }
    var rowsWritten: Int { get }
    var structureLines: Int { get }
    var rejected: [RejectedRow] { get set }
    var findings: [Finding] { get }
}

extension LayoutReader {
    func source(_ line: Int) -> SourceRef { SourceRef(file: file, line: line) }

    mutating func reject(_ number: Int, _ text: String, _ reason: String) {
        rowsRead += 1
        rejected.append(RejectedRow(source: source(number), text: text, reason: reason))
    }

    /// The document as read; the county comes from the override, else the departments'
    /// names, else the file name.
    func document(layout: Layout, countyOverride: String?, extraFindings: [Finding] = []) -> CountyDocument {
        let found = departments.lazy.compactMap { Loaders.county(fromOrganisation: $0.org.name) }.first
        let county = countyOverride ?? found ?? CountyLevel.unknownName
        var document = CountyDocument(file: file, layout: layout, county: county, moneyUnit: moneyUnit ?? .wanYuan)
        document.countyLevel = countyOverride != nil ? .stated : (found != nil ? .county : .unknown)
        document.moneyUnitStated = moneyUnit != nil
        document.departments = departments
        document.projects = projects
        document.rowsRead = rowsRead
        document.rowsWritten = rowsWritten
        document.structureLines = structureLines
        document.rejected = rejected
        document.findings = (findings + extraFindings).map { var finding = $0; finding.county = county; return finding }
        return document
    }
}
