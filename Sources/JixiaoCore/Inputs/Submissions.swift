import Foundation

/// Counting each submission once. Counties resend forms: the same form again under another
/// name or in another format (`.txt`, `.xlsx`, `.pdf` of one form), or a corrected form
/// beside the old one. Adding both up doubles a budget without a word, so:
///
/// - files whose content is identical (`ContentFingerprint`) are read once; each copy is
///   listed in the file accounting with the file it repeats, and a 重复提交 finding;
/// - a form written twice in one file (a page printing it twice) is counted once, with a
///   warning; its second copy's rows go to the rejected rows;
/// - a project (county, department, name) found in two files is counted from one of them
///   (`ResubmissionPolicy`), with an 错误 finding naming both files and the difference; the
///   other file's rows for it go to the rejected rows with the reason.

/// What a file says, independent of its format, layout and line numbers: county,
/// departments, projects with budgets, and every indicator with its labels and value
/// (spaces left out, as PDF and text exports space words differently).
public struct ContentFingerprint: Hashable, Sendable {
    var hash: UInt64
    var length: Int
    var projects: Int
    var indicators: Int

    public init?(_ documents: [CountyDocument]) {
        var content = ContentHash()
        var fields = RecentFields()
        var projects = 0
        var indicators = 0
        for document in documents {
            content.add(document.county)
            for project in document.projects {
                projects += 1
                content.add(project.department.description)
                content.add(project.name)
                content.add(project.budget.map { String(roundMoney($0)) } ?? project.budgetAsWritten)
                for indicator in project.indicators {
                    indicators += 1
                    content.add(fields.field(indicator.level1Label))
                    content.add(fields.field(indicator.level2Label))
                    content.add(fields.field(indicator.nameAsWritten))
                    content.add(fields.field(indicator.comparisonAsWritten))
                    content.add(fields.field(indicator.valueAsWritten))
                    content.add(fields.field(indicator.unitAsWritten))
                    content.add(fields.field(indicator.weightAsWritten))
                }
            }
        }
        guard projects > 0 else { return nil }
        self.hash = content.hash
        self.length = content.length
        self.projects = projects
        self.indicators = indicators
    }

    /// The fields hashed lately, told again by their `TextIdentity`: an indicator's labels,
    /// comparison, unit and weight repeat row after row, most of them as one shared String.
    private struct RecentFields {
        private struct Recent {
            var text = ""  // kept, so that the address its identity may hold stays its own
            var identity = TextIdentity.none
            var field = ContentHash.Field(hash: 0, length: 0)
        }

        private static let count = 256
        private var recent = [Recent](repeating: Recent(), count: count)

        mutating func field(_ text: String) -> ContentHash.Field {
            let identity = TextIdentity(text)
            let at = identity.slot(among: Self.count)
            if recent[at].identity == identity { return recent[at].field }
            let field = ContentHash.Field(text)
            recent[at] = Recent(text: text, identity: identity, field: field)
            return field
        }
    }
}

/// A hash of a run of text fields with spaces, tabs and line breaks left out. Each field is
/// hashed on its own (`Field`), so that one met again need not be read again, and its hash
/// mixed into the run's: fields stay apart, and their order counts.
struct ContentHash {
    private(set) var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// Bytes kept (not spaces).
    private(set) var length = 0

    mutating func add(_ text: String) { add(Field(text)) }

    mutating func add(_ field: Field) {
        hash = (hash ^ field.hash) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        length += field.length
    }

    /// One field's hash and the bytes it kept.
    struct Field {
        var hash: UInt64
        var length: Int

        init(hash: UInt64, length: Int) {
            self.hash = hash
            self.length = length
        }

        init(_ text: String) {
            var packed = FieldHash()
            packed.add(text)
            self.init(hash: packed.hash, length: packed.length)
        }
    }
}

/// One field's bytes with spaces, tabs and line breaks left out: the bytes kept are packed
/// eight at a time into a word, and each word mixed in (a multiply per byte, as FNV does, made
/// every file's fingerprint cost a tenth of its load). The field ends with its partial word
/// and a separator.
private struct FieldHash {
    private(set) var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
    private(set) var length = 0
    private var word: UInt64 = 0
    private var shift: UInt64 = 0

    mutating func add(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ add($0) }) == nil {
            for byte in text.utf8 { add(byte) }
        }
        mix(word ^ 0x1F << shift)
        word = 0
        shift = 0
    }

    /// Eight bytes at a time where none of them is left out (nearly all of a form's text), and
    /// the few after the last eight taken with them from one load of the field's last eight:
    /// they are packed as the byte-by-byte way packs them, so the hash is the same either way.
    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        func eight(at i: Int) -> UInt64 { UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) }
        var i = 0
        while i + 8 <= bytes.count {
            let word = eight(at: i)
            if Self.mayHoldSpace(word) {
                for at in i..<(i + 8) { add(base[at]) }
            } else {
                add(8, packed: word)
            }
            i += 8
        }
        let rest = bytes.count - i
        guard rest > 0 else { return }
        if bytes.count >= 8 {
            // The last eight bytes: the first `8 - rest` were packed already (read as 0xFF here,
            // which is never left out); the others are the rest.
            let last = eight(at: bytes.count - 8)
            let packedAlready = 8 * UInt64(8 - rest)
            if !Self.mayHoldSpace(last | (1 << packedAlready &- 1)) {
                add(rest, packed: last >> packedAlready)
                return
            }
        }
        for at in i..<bytes.count { add(base[at]) }
    }

    /// Whether any of eight bytes is at most 0x20 (space, tab, line breaks and the other
    /// controls): those words are packed byte by byte. Each byte tested exactly (no carry
    /// between bytes: a byte's low seven bits plus 0x5F stay below 0x100).
    @inline(__always) static func mayHoldSpace(_ eight: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = 0x80 &* ones
        // A byte's high bit ends up set when the byte is 0x21 or more (0x21 + 0x5F = 0x80).
        return (((eight & ~high) &+ 0x5F &* ones) | eight) & high != high
    }

    /// `count` (1 to 8) kept bytes, the first in the lowest byte and zeros above the last: they
    /// fill the word being packed, and the bytes past its end begin the next.
    @inline(__always) private mutating func add(_ count: Int, packed: UInt64) {
        word |= packed << shift
        let filled = shift + 8 * UInt64(count)
        if filled >= 64 {
            mix(word)
            word = shift == 0 ? 0 : packed >> (64 - shift)
            shift = filled - 64
        } else {
            shift = filled
        }
        length += count
    }

    @inline(__always) private mutating func add(_ byte: UInt8) {
        guard byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D else { return }
        word |= UInt64(byte) << shift
        length += 1
        shift += 8
        if shift == 64 {
            mix(word)
            word = 0
            shift = 0
        }
    }

    @inline(__always) private mutating func mix(_ value: UInt64) {
        hash = (hash ^ value) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
    }
}

/// Which file counts when a project stands in two files of one county: the pipeline's
/// `load` stage says (`resubmission: newest`).
public enum ResubmissionPolicy: String, Sendable, CaseIterable {
    /// The file modified last (a corrected form is sent after the one it corrects).
    case newest
    /// The file named first (input order: the pipeline's list, or folders sorted by name).
    case first
    /// The first file counts, and the run fails (exit status 1) naming both.
    case error
}

extension CountyDocument {
    /// This file repeats another one's content: the stand-in that lists it.
    static func copy(of original: String, file: String, county: String, layout: Layout) -> CountyDocument {
        var document = CountyDocument(file: file, layout: layout, county: county, moneyUnit: .wanYuan)
        document.duplicateOf = original
        document.findings = [Finding(severity: .warning, rule: RuleID.fileDuplicate,
            message: "重复提交：\(file) 与 \(original) 内容相同，只计入一次",
            county: county, source: SourceRef(file: file, line: 1), stage: LoadStage.name)]
        return document
    }
}

enum Resubmissions {
    /// Keeps one copy of each project of a county (documents in input order);
    /// returns the failures the `error` policy adds.
    static func resolve(_ batch: inout CountyWork, policy: ResubmissionPolicy) -> [LoadError] {
        struct Place { var document: Int; var project: Int }
        // Each project's places, projects in the order first met; grouped by (county,
        // department, name) looked up by bytes (`TextMemo`), no key text made for each project.
        var places: [[Place]] = []
        var groups = TextMemo<Int>()
        for (d, document) in batch.documents.enumerated() where document.duplicateOf == nil {
            for (p, project) in document.projects.enumerated() {
                let group = groups.lookUp(document.county, project.department.description, project.name) ?? {
                    places.append([])
                    return groups.keep(places.count - 1)
                }()
                places[group].append(Place(document: d, project: p))
            }
        }
        var failures: [LoadError] = []
        // Projects not counted, by document, with why.
        var dropped: [Int: [Int: String]] = [:]
        // The same form twice in one file (a page printing it twice, a sheet copied): the first
        // counts. Two forms of one name that differ are both the file's, and both count.
        for (group, all) in places.enumerated() {
            var kept: [Place] = []
            for place in all {
                guard let first = kept.first(where: { $0.document == place.document }) else { kept.append(place); continue }
                let document = batch.documents[place.document]
                let original = document.projects[first.project], repeated = document.projects[place.project]
                guard isSameForm(original, repeated) else { kept.append(place); continue }
                batch.findings.append(Finding(severity: .warning, rule: RuleID.projectRepeated,
                    message: "项目「\(repeated.name)」的表单在 \(document.file) 中出现两次（行 \(original.source.line) 与行 \(repeated.source.line)），内容相同，只计入第一份",
                    county: document.county, department: repeated.department.description,
                    project: repeated.name, source: repeated.source, stage: LoadStage.name))
                dropped[place.document, default: [:]][place.project] =
                    "同一表单在文件中重复出现：行 \(original.source.line) 的一份已计入 (the same form again in the file: the one at line \(original.source.line) counts)"
            }
            places[group] = kept
        }
        for all in places {
            guard all.contains(where: { $0.document != all[0].document }) else { continue }
            let winner: Place
            switch policy {
            case .first, .error:
                winner = all[0]
            case .newest:
                // Ties (or unknown times) go to the later file.
                winner = all.enumerated().max { a, b in
                    let (ta, tb) = (batch.documents[a.element.document].modified ?? .distantPast,
                                    batch.documents[b.element.document].modified ?? .distantPast)
                    return ta != tb ? ta < tb : a.offset < b.offset
                }!.element
            }
            let kept = batch.documents[winner.document].projects[winner.project]
            let keptFile = batch.documents[winner.document].file
            for place in all where place.document != winner.document || place.project != winner.project {
                guard place.document != winner.document else { continue }  // twice in one file: not a resubmission
                let other = batch.documents[place.document].projects[place.project]
                let otherFile = batch.documents[place.document].file
                let difference = describeDifference(kept: kept, other: other)
                let why: String
                switch policy {
                case .newest: why = "按修改时间较新的 \(keptFile) 计入"
                case .first: why = "按先列出的 \(keptFile) 计入"
                case .error: why = "流水线设置 resubmission: error，按 \(keptFile) 计入并报失败"
                }
                batch.findings.append(Finding(severity: .error, rule: RuleID.projectResubmitted,
                    message: "项目「\(kept.name)」在 \(keptFile) 与 \(otherFile) 中各有一份（\(difference)）；\(why)，\(otherFile) 中的不计入",
                    county: batch.documents[place.document].county, department: kept.department.description,
                    project: kept.name, source: other.source, stage: LoadStage.name))
                if policy == .error {
                    failures.append(LoadError(file: otherFile, line: other.source.line,
                        message: "项目「\(kept.name)」已在 \(keptFile) 中（\(difference)）；resubmission: error 时不计入第二份 (a project sent twice)"))
                }
                dropped[place.document, default: [:]][place.project] = "重复提交的项目：另一文件中的同名项目已计入 (the same project in another file counts instead)"
            }
        }
        for (d, projects) in dropped {
            var document = batch.documents[d]
            for (p, reason) in projects.sorted(by: { $0.key < $1.key }) {
                let project = document.projects[p]
                // The rows this project wrote: its indicators, or its own row when it has none (Layout A).
                if project.indicators.isEmpty {
                    if document.layout == .departmentTable {
                        document.rejected.append(RejectedRow(source: project.source, text: project.nameAsWritten, reason: reason))
                        document.rowsWritten -= 1
                    }
                } else {
                    for indicator in project.indicators {
                        document.rejected.append(RejectedRow(source: indicator.source,
                            text: [project.name, indicator.nameAsWritten, indicator.valueAsWritten].joined(separator: "\t"),
                            reason: reason))
                    }
                    document.rowsWritten -= project.indicators.count
                }
            }
            let before = Set(document.projects.map(\.department))
            document.projects = document.projects.enumerated().filter { projects[$0.offset] == nil }.map(\.element)
            // A department left with no project in this file: its stated total is the other file's to check.
            let after = Set(document.projects.map(\.department))
            document.departments.removeAll { before.contains($0.org) && !after.contains($0.org) }
            batch.documents[d] = document
        }
        return failures
    }

    /// Whether two projects of one file are one form written twice: the same budget as written
    /// and the same indicators, each with its labels, name, sign, value and unit.
    static func isSameForm(_ a: Project, _ b: Project) -> Bool {
        a.budgetAsWritten == b.budgetAsWritten && a.budget == b.budget
            && a.indicators.elementsEqual(b.indicators) { x, y in
                x.level1Label == y.level1Label && x.level2Label == y.level2Label && x.nameAsWritten == y.nameAsWritten
                    && x.comparisonAsWritten == y.comparisonAsWritten && x.valueAsWritten == y.valueAsWritten && x.unitAsWritten == y.unitAsWritten
            }
    }

    static func describeDifference(kept: Project, other: Project) -> String {
        var parts: [String] = []
        let keptBudget = kept.budget.map(fmt) ?? "空"
        let otherBudget = other.budget.map(fmt) ?? "空"
        if let a = kept.budget, let b = other.budget, abs(a - b) >= 0.005 {
            parts.append("预算 \(keptBudget) 与 \(otherBudget) 万元，差 \(fmt(a - b)) 万元")
        } else if keptBudget != otherBudget {
            parts.append("预算 \(keptBudget) 与 \(otherBudget) 万元")
        } else {
            parts.append("预算同为 \(keptBudget) 万元")
        }
        if kept.indicators.count != other.indicators.count {
            parts.append("指标 \(kept.indicators.count) 与 \(other.indicators.count) 条")
        }
        return parts.joined(separator: "；")
    }
}
