import Foundation
import Testing
@testable import JixiaoCore

/// A tab-separated grid under a project table's header: each cell stands in its column and is
/// read whole, never cut at the vocabulary's words (a goal that names a form's title stays the goal).
@Suite struct GridCellTests {
    @Test func aTitleInsideAGridCellIsText() throws {
        let text = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
            .replacingOccurrences(of: "根据《信访条例》", with: "根据项目支出绩效目标表和《信访条例》")
        let document = try TemplateFormLoader.load(text: text, file: "grid.txt", countyOverride: nil,
                                                   rules: ReadingRules.bundled.get())
        #expect(document.layout == .departmentTable)
        #expect(document.projects.count == 10 && document.indicatorCount == 47 && document.rejected.isEmpty)
        #expect(document.projects[0].goal.hasPrefix("根据项目支出绩效目标表和《信访条例》等有关规定，为完成2023年度书记县长信箱回复办理工作"))
        #expect(document.structureLines == 14)
    }

    /// A header repeated on every page takes the cells the same header was read into before
    /// (no look-up per cell): the same text, roles and columns, on its own line and pieces.
    @Test func aHeaderRepeatedOnAPageReadsAsTheOneBefore() throws {
        let rules = try ReadingRules.bundled.get()
        let header = "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性"
        let row = "\t\t\t\t产出指标\t数量指标\t印制宣传资料份数\t≥\t5100\t份\t10\t正向指标"
        let text = [header, row, "", header, row, "", header, row].joined(separator: "\n")
        let cells = FormCells(vocabulary: rules.vocabulary).read(text).cells
        let read = cells.filter { $0.line == 4 }, reused = cells.filter { $0.line == 7 }
        #expect(reused.count == 12 && reused.map(\.text) == read.map(\.text) && reused.map(\.role) == read.map(\.role))
        #expect(reused.compactMap(\.gridColumn) == Array(0..<12) && reused.map(\.line) == Array(repeating: 7, count: 12))
        #expect(reused[0].afterBlank && !reused[1].afterBlank && reused[11].endsRow && !reused[10].endsRow)
        #expect(reused.map(\.piece) == Array((read[11].piece + 2)...(read[11].piece + 13)))  // the body row between has one
        #expect(cells.filter { $0.gridRow != nil }.map(\.line) == [2, 5, 8])
    }
}

/// Layout A's header is words in `Data/layouts.yaml`, not code: a finance officer changes them there.
@Suite struct NamedLayoutTests {
    /// A copy of `Data/` with `layouts.yaml` changed by `edit`.
    static func data(editing edit: (String) -> String) throws -> String {
        let folder = Fixtures.temporaryDirectory() + "/Data"
        try FileManager.default.copyItem(atPath: Fixtures.path("Data"), toPath: folder)
        let path = folder + "/layouts.yaml"
        try edit(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func layoutAIsNamedByTheWordsOfLayoutsYaml() throws {
        // Seed 000 with three column titles another county writes.
        let text = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
            .replacingOccurrences(of: "年度目标\t", with: "年度绩效目标\t")
            .replacingOccurrences(of: "度量单位", with: "计量单位")
            .replacingOccurrences(of: "\t权重\t", with: "\t分值\t")
        let shipped = try ReadingRules(dataDirectory: Fixtures.path("Data"))
        let before = try Loaders.load(text: text, file: "other.txt", rules: shipped)
        #expect(before.layout == .templateForm && before.indicatorCount == 47)

        let edited = try ReadingRules(dataDirectory: try Self.data { yaml in
            yaml.replacingOccurrences(of: "goal: 年度目标", with: "goal: 年度绩效目标")
                .replacingOccurrences(of: "measure: 度量单位", with: "measure: 计量单位")
                .replacingOccurrences(of: "weight: 权重", with: "weight: 分值")
        })
        // The reader takes the words of the Data folder it is given.
        let after = try Loaders.load(text: text, file: "other.txt", rules: edited)
        #expect(after.layout == .departmentTable)
        #expect(after.indicatorCount == 47 && after.projects.count == 10 && after.rejected.isEmpty)
        #expect(RecordedRecords.records(after) == RecordedRecords.records(before))
    }

    /// Spaced or traditional column titles are still Layout A's (compared as the reader folds them).
    @Test func spacedAndTraditionalTitlesAreStillLayoutA() throws {
        var text = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
        for (title, written) in [("项目名称", "项 目 名 称"), ("单位名称", "單位名稱"), ("三级指标", "三級指標"), ("预算数", "预 算 数")] {
            text = text.replacingOccurrences(of: title, with: written)
        }
        let document = try Loaders.load(text: text, file: "spaced.txt")
        #expect(document.layout == .departmentTable)
        #expect(document.indicatorCount == 47 && document.projects.count == 10 && document.rejected.isEmpty)
    }

    @Test func aLayoutFileMissingAColumnIsAClearError() throws {
        let folder = try Self.data { $0.replacingOccurrences(of: "    weight: 权重\n", with: "") }
        let error = try #require(throws: PipelineError.self) { try ReadingRules(dataDirectory: folder) }
        #expect(error.file.hasSuffix("layouts.yaml") && error.message.contains("weight"), "\(error)")
        let form = try Self.data { $0.replacingOccurrences(of: "  indicator_marker: 指标\n", with: "") }
        let formError = try #require(throws: PipelineError.self) { try ReadingRules(dataDirectory: form) }
        #expect(formError.file.hasSuffix("layouts.yaml") && formError.message.contains("indicator_marker"), "\(formError)")
    }

    @Test func layoutBIsReadByTheWordsOfLayoutsYaml() throws {
        let layouts = try #require(try ReadingRules.bundled.get().layouts)
        #expect(layouts.projectForm.title == "项目支出绩效目标表" && layouts.projectForm.indicator_marker == "指标")
        #expect(layouts.projectForm.blank_line_continues_cell)
        // Seed 003 read by them: its wrapped name is one cell, its value the next line.
        let document = try Fixtures.load(Fixtures.yuanzhou)
        #expect(document.layout == .projectForm && document.indicatorCount == 48)
        let complaint = try #require(document.projects[0].indicators.first { $0.source.line == 56 })
        #expect(complaint.nameAsWritten == "指标3：有理由投诉（拒接电话和服务态度等）" && complaint.valueAsWritten == "≦5次")
    }
}
