import Foundation

/// run-summary.json as `JSONEncoder` writes it (pretty-printed, keys sorted, snake case), with
/// its three long lists (findings, project checks, indicator targets: up to 20,000 rows each)
/// written straight to bytes and spliced in. Through `JSONEncoder` those lists cost about
/// 0.7 s of CPU at the end of every large run, while nothing else was left to do; a test holds
/// the bytes equal to `JSONEncoder`'s.
enum RunSummaryJSON {
    static func encode(_ summary: RunSummary) throws -> Data {
        var rest = summary
        rest.findings = []
        rest.projectChecks = []
        rest.indicatorComparison = []
        var json = try RunSummary.encoder().encode(rest)
        var lists = ListWriter()
        splice(&json, key: "findings", lists.array(summary.findings, ListWriter.finding))
        splice(&json, key: "project_checks", lists.array(summary.projectChecks, ListWriter.projectCheck))
        splice(&json, key: "indicator_comparison", lists.array(summary.indicatorComparison, ListWriter.indicatorTarget))
        return json
    }

    /// Replaces the empty list `JSONEncoder` wrote under a top-level key (`"key" : [\n\n  ]`;
    /// only top-level keys stand at two spaces) with `list`.
    private static func splice(_ json: inout Data, key: String, _ list: [UInt8]?) {
        guard let list else { return }
        let brackets = "[\n\n  ]"
        guard let found = json.range(of: Data("\n  \"\(key)\" : \(brackets)".utf8)) else { return }
        let emptyList = json.index(found.upperBound, offsetBy: -brackets.utf8.count)..<found.upperBound
        json.replaceSubrange(emptyList, with: list)
    }

    /// Lists of objects at the top level's indentation: an element at 4 spaces, its fields at
    /// 6, a field's object at 8, as `JSONEncoder`'s pretty printing places them.
    private struct ListWriter {
        var out = JSONBytes()

        /// The list's bytes from `[` to `]`, or nil when it is empty (left as written).
        mutating func array<Element>(_ elements: [Element], _ write: (inout JSONBytes, Element) -> Void) -> [UInt8]? {
            guard !elements.isEmpty else { return nil }
            out.bytes.removeAll(keepingCapacity: true)
            out.bytes.reserveCapacity(elements.count * 400)
            out.raw("[")
            for (index, element) in elements.enumerated() {
                out.raw(index == 0 ? "\n    {" : ",\n    {")
                write(&out, element)
                out.raw("\n    }")
            }
            out.raw("\n  ]")
            return out.bytes
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
