import Foundation

/// run-summary.json as `JSONEncoder` writes it (pretty-printed, keys sorted, snake case), with
/// its long lists (findings, project checks, indicator targets: up to 20,000 rows each; the
/// category comparison, a row per county and category: 53,719 in a national run) written
/// straight to bytes and spliced in. Through `JSONEncoder` those lists cost about
/// 0.7 s of CPU at the end of every large run, while nothing else was left to do; a test holds
/// the bytes equal to `JSONEncoder`'s. The file is handed out in pieces, one list at a time, so
/// a national run (a 38 MB file) never holds the whole of it, nor a copy per splice.
enum RunSummaryJSON {
    static func encode(_ summary: RunSummary) throws -> Data {
        var json = Data()
        try pieces(summary) { json.append(contentsOf: $0) }
        return json
    }

    /// Writes the file's bytes to `path` piece by piece.
    static func write(_ summary: RunSummary, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let file = FileHandle(forWritingAtPath: path) else {
            throw WriterError(file: path, message: "cannot create \(OutputWriter.runSummaryName)")
        }
        defer { try? file.close() }
        try pieces(summary) { try file.write(contentsOf: $0) }
    }

    /// The file's bytes in order: `JSONEncoder`'s text of the rest, cut where it left each long
    /// list empty (`"key" : [\n\n  ]`; only top-level keys stand at two spaces), and each list.
    static func pieces(_ summary: RunSummary, _ take: (UnsafeRawBufferPointer) throws -> Void) throws {
        var rest = summary
        rest.findings = []
        rest.projectChecks = []
        rest.indicatorComparison = []
        rest.categoryComparison = []
        let json = try RunSummary.encoder().encode(rest)
        let brackets = "[\n\n  ]"
        let lists: [(key: String, write: (inout ListWriter) -> Bool)] = [
            ("findings", { $0.array(summary.findings, ListWriter.finding) }),
            ("project_checks", { $0.array(summary.projectChecks, ListWriter.projectCheck) }),
            ("indicator_comparison", { $0.array(summary.indicatorComparison, ListWriter.indicatorTarget) }),
            ("category_comparison", { $0.array(summary.categoryComparison, ListWriter.categoryRow) }),
        ]
        let cuts = lists.compactMap { list -> (Range<Data.Index>, (inout ListWriter) -> Bool)? in
            guard let found = json.range(of: Data("\n  \"\(list.key)\" : \(brackets)".utf8)) else { return nil }
            return (json.index(found.upperBound, offsetBy: -brackets.utf8.count)..<found.upperBound, list.write)
        }.sorted { $0.0.lowerBound < $1.0.lowerBound }
        var writer = ListWriter()
        var position = json.startIndex
        for (emptyList, write) in cuts {
            // An empty list stays as JSONEncoder wrote it.
            guard write(&writer) else { continue }
            try json[position..<emptyList.lowerBound].withUnsafeBytes(take)
            try writer.out.bytes.withUnsafeBytes(take)
            position = emptyList.upperBound
        }
        try json[position...].withUnsafeBytes(take)
    }

    /// Lists of objects at the top level's indentation: an element at 4 spaces, its fields at
    /// 6, a field's object at 8, as `JSONEncoder`'s pretty printing places them.
    private struct ListWriter {
        var out = JSONBytes()

        /// The list's bytes from `[` to `]` in `out`, replacing the previous list's; false
        /// when it is empty (left as written).
        mutating func array<Element>(_ elements: [Element], _ write: (inout JSONBytes, Element) -> Void) -> Bool {
            guard !elements.isEmpty else { return false }
            out.bytes.removeAll(keepingCapacity: true)
            out.bytes.reserveCapacity(elements.count * 400)
            out.raw("[")
            for (index, element) in elements.enumerated() {
                out.raw(index == 0 ? "\n    {" : ",\n    {")
                write(&out, element)
                out.raw("\n    }")
            }
            out.raw("\n  ]")
            return true
        }

        // Each writer lists its type's fields in sorted key order and leaves nil ones out,
        // as `JSONEncoder` does.
        static func finding(_ out: inout JSONBytes, _ finding: Finding) {
            field(&out, "county", first: true); out.string(finding.county)
            if let department = finding.department { field(&out, "department"); out.string(department) }
            field(&out, "message"); out.string(finding.message)
            if let project = finding.project { field(&out, "project"); out.string(project) }
            field(&out, "rule"); out.string(finding.rule)
            field(&out, "severity"); out.string(finding.severity.rawValue)
            if let source = finding.source { field(&out, "source"); sourceRef(&out, source) }
            field(&out, "stage"); out.string(finding.stage)
        }

        static func projectCheck(_ out: inout JSONBytes, _ check: ProjectCheck) {
            field(&out, "checks", first: true); out.raw(String(check.checks))
            field(&out, "county"); out.string(check.county)
            field(&out, "department"); out.string(check.department)
            field(&out, "passed"); out.raw(String(check.passed))
            field(&out, "project"); out.string(check.project)
            field(&out, "source"); sourceRef(&out, check.source)
            field(&out, "templates")
            guard !check.templates.isEmpty else { out.raw("[\n\n      ]"); return }
            for (index, template) in check.templates.enumerated() {
                out.raw(index == 0 ? "[\n        " : ",\n        ")
                out.string(template)
            }
            out.raw("\n      ]")
        }

        static func indicatorTarget(_ out: inout JSONBytes, _ row: IndicatorTargetRow) {
            field(&out, "category", first: true); out.string(row.category)
            field(&out, "comparison"); out.string(row.comparison)
            field(&out, "county"); out.string(row.county)
            field(&out, "indicator"); out.string(row.indicator)
            if let number = row.number { field(&out, "number"); out.number(number) }
            field(&out, "project"); out.string(row.project)
            field(&out, "source"); sourceRef(&out, row.source)
            field(&out, "unit"); out.string(row.unit)
            if let unitCost = row.unitCost { field(&out, "unit_cost"); out.number(unitCost) }
            field(&out, "value_as_written"); out.string(row.valueAsWritten)
        }

        static func categoryRow(_ out: inout JSONBytes, _ row: CategoryCountyRow) {
            field(&out, "budget", first: true); out.number(row.budget)
            field(&out, "category"); out.string(row.category)
            field(&out, "county"); out.string(row.county)
            field(&out, "indicators"); out.raw(String(row.indicators))
            field(&out, "projects"); out.raw(String(row.projects))
            field(&out, "quantitative_share"); out.number(row.quantitativeShare)
            field(&out, "score"); out.number(row.score)
        }

        private static func field(_ out: inout JSONBytes, _ key: StaticString, first: Bool = false) {
            out.raw(first ? "\n      \"" : ",\n      \"")
            out.raw(key)
            out.raw("\" : ")
        }

        private static func sourceRef(_ out: inout JSONBytes, _ source: SourceRef) {
            out.raw("{\n        \"file\" : ")
            out.string(source.file)
            out.raw(",\n        \"line\" : ")
            out.raw(String(source.line))
            out.raw("\n      }")
        }
    }
}
