import Foundation

/// A county's state file written straight to JSON bytes: the same compact, key-sorted JSON
/// `JSONEncoder` writes for `RunState` (a test holds them byte for byte equal), read back
/// with `JSONDecoder`. Written per county while its workbook is: through `JSONEncoder` it
/// cost about a tenth of writing the workbook itself, mostly boxing every finding's fields
/// into a dictionary of keys to sort.
enum RunStateJSON {
    static func encode(_ state: RunState) -> Data {
        var out = JSONBytes()
        out.bytes.reserveCapacity(256 * (state.findings.count + state.projects.count) + 64)
        out.raw("{\"findings\":[")
        for (index, finding) in state.findings.enumerated() {
            if index > 0 { out.raw(",") }
            // Keys in sorted order; nil fields left out, as `JSONEncoder` leaves them out.
            out.raw("{\"county\":"); out.string(finding.county)
            if let department = finding.department { out.raw(",\"department\":"); out.string(department) }
            out.raw(",\"message\":"); out.string(finding.message)
            if let project = finding.project { out.raw(",\"project\":"); out.string(project) }
            out.raw(",\"rule\":"); out.string(finding.rule)
            out.raw(",\"severity\":"); out.string(finding.severity.rawValue)
            out.raw("}")
        }
        out.raw("]")
        if let format = state.format { out.raw(",\"format\":\(format)") }
        out.raw(",\"period\":"); out.string(state.period)
        out.raw(",\"projects\":[")
        for (index, project) in state.projects.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{")
            if let budget = project.budget { out.raw("\"budget\":"); out.number(budget); out.raw(",") }
            out.raw("\"county\":"); out.string(project.county)
            out.raw(",\"department\":"); out.string(project.department)
            out.raw(",\"indicators\":\(project.indicators)")
            out.raw(",\"project\":"); out.string(project.project)
            out.raw("}")
        }
        out.raw("]}")
        return Data(out.bytes)
    }
}
