import Foundation
import Testing
@testable import JixiaoCore

/// A file read by its seed layout's own loader and again by the generic readers, every
/// difference recorded: the way to making Layouts A and B configurations of the generic
/// readers (issue 17 item 3) without a record changing.
enum GenericReaderComparison {
    /// Everything a record carries, one line each.
    static func records(_ document: CountyDocument) -> [String] {
        var out = ["\(document.county) \(document.moneyUnit) 读入 \(document.rowsRead) 写入 \(document.rowsWritten)"]
        out += document.departments.map { "部门 \($0.org) \(String(describing: $0.statedTotal)) \($0.source)" }
        for project in document.projects {
            out.append("项目 \(project.name)|\(project.nameAsWritten)|\(String(describing: project.budget))|\(project.budgetAsWritten)|\(project.unit?.description ?? "")|\(project.department)|\(project.goal)|\(project.source)")
            for i in project.indicators {
                out.append("指标 \(i.level1Label)|\(i.level2Label)|\(i.nameAsWritten)|\(i.comparisonAsWritten)|\(i.valueAsWritten)|\(i.unitAsWritten)|\(i.weightAsWritten)|\(i.directionAsWritten)|\(i.otherColumns)|\(i.source)")
            }
        }
        out += document.findings.map { "问题 \($0.rule) \(String(describing: $0.source)) \($0.message)" }
        out += document.rejected.map { "拒收 \($0.source) \($0.reason)" }
        return out
    }

    /// The generic readers give `loaded`'s records, layout name, structure lines and money unit.
    static func compare(_ loaded: Loaders.LoadedFile, label: String, name: String = "") throws {
        var generic = try TemplateFormLoader.load(text: loaded.input.text, file: loaded.document.file,
                                                  countyOverride: nil, rules: ReadingRules.bundled.get())
        if !loaded.input.linesAreOriginal { generic.mapSources { loaded.input.origin(ofLine: $0.line, file: $0.file) } }
        let fast = records(loaded.document)
        let other = records(generic)
        #expect(fast.count == other.count, "\(name)")
        for (a, b) in zip(fast, other).lazy.filter({ $0 != $1 }).prefix(8) { Issue.record("\(name) \(label): \(a)\n generic: \(b)") }
        for extra in other.dropFirst(fast.count).prefix(5) { Issue.record("\(name) generic only: \(extra)") }
        for missing in fast.dropFirst(other.count).prefix(5) { Issue.record("\(name) \(label) only: \(missing)") }
        #expect(generic.layout == loaded.document.layout, "\(name)")
        #expect(generic.structureLines == loaded.document.structureLines, "\(name)")
        #expect(generic.moneyUnitStated == loaded.document.moneyUnitStated, "\(name)")
    }
}
