import Foundation
import Testing
@testable import JixiaoCore

/// The seeds' records as Layout A's and Layout B's own loaders read them before the generic
/// readers replaced them (recorded at 2af4b0a into `Tests/Fixtures/records/`, one file per
/// seed and format): every field of every record, finding and rejected row, with the layout
/// name, structure lines and whether the money unit was stated.
enum RecordedRecords {
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

    /// The header line of a recorded file.
    static func summary(_ document: CountyDocument) -> String {
        "layout \(document.layout.rawValue) structure \(document.structureLines) unitStated \(document.moneyUnitStated)"
    }

    /// `document` gives the recorded lines of `name`, line by line (the first differences named).
    static func expectRecorded(_ document: CountyDocument, name: String) throws {
        let recorded = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/records/\(name).records"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        // Split as the recorded file is: a goal of several lines spans lines there too.
        let read = ([summary(document)] + records(document)).joined(separator: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(read.count == recorded.count, "\(name): \(read.count) lines, recorded \(recorded.count)")
        for (a, b) in zip(recorded, read).lazy.filter({ $0 != $1 }).prefix(8) { Issue.record("\(name) recorded: \(a)\n read: \(b)") }
        for extra in read.dropFirst(recorded.count).prefix(5) { Issue.record("\(name) read only: \(extra)") }
        for missing in recorded.dropFirst(read.count).prefix(5) { Issue.record("\(name) recorded only: \(missing)") }
    }
}

/// Layouts A and B are configurations of the generic readers (issue 17): on seed 000 and seed
/// 003 in four formats each they give exactly the records, layout name, structure lines and
/// money unit their own loaders gave before those were deleted.
@Suite struct SeedRecordTests {
    @Test(arguments: ["Data/samples/000_6941c6c000b569c3.txt", "Tests/Fixtures/formats/000-utf8.csv",
                      "Tests/Fixtures/formats/000-gb18030-crlf.txt", "Tests/Fixtures/formats/000.xlsx",
                      "Data/samples/003_3430fcfc1c4de566.txt", "Tests/Fixtures/formats/003-gb18030-crlf.txt",
                      "Tests/Fixtures/formats/003-utf8-bom.txt", "Tests/Fixtures/formats/003.pdf"])
    func readsTheRecordsOfTheSeedLayoutsLoaders(file: String) throws {
        let document = try Loaders.load(path: Fixtures.path(file))
        try RecordedRecords.expectRecorded(document, name: (file as NSString).lastPathComponent)
    }
}
