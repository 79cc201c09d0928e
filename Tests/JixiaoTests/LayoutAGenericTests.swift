import Foundation
import Testing
@testable import JixiaoCore

/// Issue 17 item 3, the way there: Layout A is to become a configuration of the generic
/// readers. Until the generic project table is as fast as `DepartmentTableLoader` (see the
/// README), this holds the two to the same records on the seed in every format, so the
/// loader can be deleted without a record changing.
@Suite struct LayoutAGenericTests {
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

    @Test(arguments: ["Data/samples/000_6941c6c000b569c3.txt", "Tests/Fixtures/formats/000-utf8.csv",
                      "Tests/Fixtures/formats/000-gb18030-crlf.txt", "Tests/Fixtures/formats/000.xlsx"])
    func genericReaderGivesLayoutARecords(file: String) throws {
        let loaded = try Loaders.read(path: Fixtures.path(file))
        #expect(loaded.document.layout == .departmentTable)
        var generic = try TemplateFormLoader.load(text: loaded.input.text, file: loaded.document.file,
                                                  countyOverride: nil, rules: ReadingRules.bundled.get())
        if !loaded.input.linesAreOriginal { generic.mapSources { loaded.input.origin(ofLine: $0.line, file: $0.file) } }
        let fast = Self.records(loaded.document)
        let other = Self.records(generic)
        #expect(fast.count == other.count)
        for (a, b) in zip(fast, other) where a != b { Issue.record("Layout A: \(a)\n generic: \(b)") }
        // What is left: the layout's name and the title and unit lines counted as structure.
        #expect(generic.layout == .templateForm && generic.structureLines + 2 == loaded.document.structureLines)
    }
}
