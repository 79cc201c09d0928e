import Foundation
import Testing
@testable import JixiaoCore

/// Real forms' workbooks and Word documents with more than the form (Tests/Fixtures/make-program-fixtures.sh,
/// real-forms/extra-parts/): a sheet, paragraphs or a table after the form that are not the
/// form's add no indicator to it, and a table running on over a second sheet reads whole.
@Suite struct PartContinuationTests {
    static func fixture(_ name: String) -> String { Fixtures.path("Tests/Fixtures/real-forms/extra-parts/\(name)") }
    static func original(_ name: String) throws -> CountyDocument {
        try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/xlsx/\(name).xlsx"))
    }

    /// Each indicator as read: its labels, name and value.
    static func indicators(_ document: CountyDocument) -> [String] {
        document.projects.flatMap(\.indicators).map { "\($0.level1Label)/\($0.level2Label)/\($0.name)=\($0.valueAsWritten)" }
    }

    /// A 填报说明 sheet after 原州区's form and a table of funds after 武川县's had read as two more
    /// indicators of each (`填报说明` = `1. 金额单位为万元。`, `资金来源` = `金额（万元）` under 成本指标);
    /// so had the same after their Word documents' tables, as paragraphs and as a table. 填报说明 is
    /// a note's heading (`page_chrome`): its sheet or paragraphs end the table and are not read; a
    /// table of funds is read on and rejected (`PartContinuation`).
    @Test func whatFollowsTheFormAndIsNotItsAddsNoIndicator() throws {
        let cases: [(file: String, form: String, format: String, parts: [String], rejected: [String])] = [
            ("01-yuanzhou-notes-sheet.xlsx", "01-ningxia-yuanzhou-afforestation", "xlsx", [], []),
            ("07-wuchuan-funds-sheet.xlsx", "07-neimenggu-wuchuan-livestock", "xlsx", ["资金明细"], ["资金来源\t金额（万元）", "中央衔接推进乡村振兴补助资金\t50"]),
            ("01-yuanzhou-notes-after.docx", "01-ningxia-yuanzhou-afforestation", "docx", [], []),
            ("07-wuchuan-funds-table.docx", "07-neimenggu-wuchuan-livestock", "docx", ["表3后", "表4"], ["附：资金明细", "资金来源\t金额（万元）", "中央衔接推进乡村振兴补助资金\t50"]),
        ]
        for (name, form, format, parts, rejected) in cases {
            let document = try Loaders.load(path: Self.fixture(name))
            let original = try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/\(format)/\(form).\(format)"))
            #expect(Self.indicators(document) == Self.indicators(original), "\(name)")
            #expect(document.projects.map(\.budget) == original.projects.map(\.budget), "\(name)")
            #expect(document.rejected.map(\.text) == rejected, "\(name)")
            #expect(document.rejected.allSatisfy { $0.reason.contains("不是指标表的接续") && parts.contains(String($0.source.file.dropFirst(name.count + 1))) }, "\(name)")
            #expect(document.rowsRead == document.rowsWritten + document.rejected.count, "\(name)")
            let warned = document.findings.filter { $0.rule == RuleID.rowsOtherPart }
            #expect(warned.compactMap(\.source) == parts.map { SourceRef(file: "\(name)!\($0)", line: 1) }, "\(name): \(warned)")
            // What had been said of the rows as indicators (no value) is gone with them.
            let partFiles = Set(parts.map { "\(name)!\($0)" })
            #expect(!document.findings.contains { $0.rule == RuleID.valueMissing && partFiles.contains($0.source?.file ?? "") }, "\(name)")
        }
    }

    /// A template's 填报说明 under the table on the form's own sheet (a heading with a colon and a
    /// note a row, the same in one cell, a heading alone) had read as indicators (`填报说明：` =
    /// `1. 金额单位为万元。`, `2. 绩效指标应当细化、量化，可衡量。` with no value): the heading ends the table.
    @Test func notesWrittenUnderTheTableAreNoIndicators() throws {
        for (name, form) in [("01-yuanzhou-notes-below.xlsx", "01-ningxia-yuanzhou-afforestation"),
                             ("01-yuanzhou-notes-below-one-cell.xlsx", "01-ningxia-yuanzhou-afforestation"),
                             ("07-wuchuan-notes-below.xlsx", "07-neimenggu-wuchuan-livestock")] {
            let document = try Loaders.load(path: Self.fixture(name))
            let original = try Self.original(form)
            #expect(Self.indicators(document) == Self.indicators(original), "\(name)")
            #expect(document.rowsRead == original.rowsRead && document.rejected.isEmpty, "\(name)")
        }
    }

    /// The same forms' tables broken over two sheets, as a PDF converted a sheet a page: the second
    /// sheet opens with a label (原州区's 效益指标 rows) or with a cost and its value (武川县's
    /// `饲料库120平米 | 490元/平米`), and its rows stay the form's.
    @Test func aTableRunningOnOverASecondSheetReadsWhole() throws {
        for (name, form, moved) in [("01-yuanzhou-page-sheets.xlsx", "01-ningxia-yuanzhou-afforestation", 4),
                                    ("07-wuchuan-page-sheets.xlsx", "07-neimenggu-wuchuan-livestock", 4)] {
            let document = try Loaders.load(path: Self.fixture(name))
            #expect(Self.indicators(document) == Self.indicators(try Self.original(form)), "\(name)")
            #expect(document.projects.flatMap(\.indicators).filter { $0.source.file == "\(name)!第2页" }.count == moved, "\(name)")
            #expect(document.rejected.isEmpty && !document.findings.contains { $0.rule == RuleID.rowsOtherPart }, "\(name)")
        }
    }

    /// Which sheets go on with a table is told by their opening rows: a word of the forms'
    /// structure in any of the first five (a title or a header under a caption), or a value in the
    /// first row of two or more cells (the rest of a cell a page break cut, alone atop the next
    /// sheet, does not tell it); a heading alone over lines of prose, or another table's header,
    /// tells it does not.
    @Test func theSheetsThatGoOnAreToldByTheirFirstRowOfCells() throws {
        let vocabulary = try ReadingRules.bundled.get().vocabulary
        func notContinuing(_ sheets: [[String]]) -> [String] {
            let text = ExtractedText.joining(format: .xlsx, blocks: sheets.enumerated().map { ("S\($0.offset + 1)", $0.element) },
                                             details: [], qualifyParts: true)
            return PartContinuation(vocabulary: vocabulary).partsNotContinuing(text).map(\.name)
        }
        let form = ["项目名称\t饲养场建设", "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t新建棚圈\t≥360平米"]
        #expect(notContinuing([form, ["补助资金)", "\t成本指标\t围墙300米\t300元/米"]]) == [])
        #expect(notContinuing([form, ["饲料库120平米\t490元/平米"]]) == [])
        #expect(notContinuing([form, ["\t\t一级指标\t二级指标\t三级指标\t指标值"]]) == [])
        #expect(notContinuing([form, ["附件2", "（2023年度）", "单位：万元", "一级指标\t二级指标\t三级指标\t指标值"]]) == [])
        #expect(notContinuing([form, ["附件2", "资金明细", "（2023年度）", "单位：万元", "说明：按文件下达", "一级指标\t二级指标\t三级指标\t指标值"]]) == ["S2"])
        #expect(notContinuing([form, ["附件2", "绩效目标表", "（2023年度）", "一级指标\t二级指标\t三级指标\t指标值"]]) == [])
        #expect(notContinuing([form, ["附件2", "（2023年度）", "一级指标\t二级指标\t三级指标\t指标值"]]) == [])
        #expect(notContinuing([form, ["填报说明", "1. 金额单位为万元。", "2. 本表由项目单位填报。"]]) == ["S2"])
        #expect(notContinuing([form, ["资金来源\t金额（万元）", "中央资金\t50"]]) == ["S2"])
    }
}
