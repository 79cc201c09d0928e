import Foundation
import Testing
@testable import JixiaoCore

/// One page (a notice, an allocation table, two forms, page furniture) rendered in every way
/// extractors flatten tables, by `Tests/Fixtures/renderings/make-renderings.py`: each
/// rendering reads to the source's records (issue 13).
@Suite("Every rendering of one page reads to the same records")
struct RenderingTests {
    struct Expected: Decodable {
        struct Form: Decodable {
            struct Item: Decodable, Equatable { var level1, level2, name, value: String }
            var project: String
            var department: String
            var budget: Double
            var indicators: [Item]
        }
        var county: String
        var forms: [Form]
    }

    static let folder = Fixtures.path("Tests/Fixtures/renderings")
    static let renderings = ["tabs", "pipes", "spaces", "cells-blank", "cells-bar", "cells-plain", "glued", "broken-labels"]

    @Test(arguments: renderings)
    func readsTheSourceRecords(rendering: String) throws {
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: URL(fileURLWithPath: Self.folder + "/expected.json")))
        let document = try Loaders.load(path: Self.folder + "/\(rendering).txt")
        #expect(document.layout == .templateForm)
        #expect(document.county == expected.county)
        #expect(document.projects.map(\.name) == expected.forms.map(\.project))
        #expect(document.projects.map(\.department.name) == expected.forms.map(\.department))
        #expect(document.projects.map(\.budget) == expected.forms.map(\.budget))
        for (project, form) in zip(document.projects, expected.forms) {
            let items = project.indicators.map {
                Expected.Form.Item(level1: $0.level1Label, level2: $0.level2Label, name: $0.nameAsWritten, value: $0.valueAsWritten)
            }
            #expect(items == form.indicators)
        }
        #expect(document.rejected.isEmpty)
        #expect(document.rowsRead == document.rowsWritten)
    }

    /// A form printed over two pages and exported to text: the page numbers between its rows
    /// and the title and table header repeated on the second page are no rows and no second
    /// form; the level 1 of the first page carries on.
    @Test func aFormPrintedOverTwoPagesIsOneForm() throws {
        let text = """
        项目支出绩效目标表
        项目名称\t兴文县城市生活垃圾处理
        主管部门\t兴文县综合行政执法局
        年度资金总额(万元)\t680
        一级指标\t二级指标\t三级指标\t指标值\t分值
        产出指标\t数量指标\t生活垃圾清运量\t≥42000吨\t20
        \t质量指标\t生活垃圾无害化处理率\t100%\t20
        第 1 页，共 2 页
        项目支出绩效目标表
        一级指标\t二级指标\t三级指标\t指标值\t分值
        \t时效指标\t日产日清率\t100%\t10
        满意度指标\t服务对象满意度指标\t市民满意度\t≥85%\t20
        - 2 -
        """
        let document = try Loaders.load(text: text, file: "兴文县.txt")
        #expect(document.projects.map(\.name) == ["兴文县城市生活垃圾处理"])
        let indicators = document.projects.flatMap(\.indicators)
        #expect(indicators.map(\.nameAsWritten) == ["生活垃圾清运量", "生活垃圾无害化处理率", "日产日清率", "市民满意度"])
        #expect(indicators.map(\.level1Label) == ["产出指标", "产出指标", "产出指标", "满意度指标"])
        #expect(document.rejected.isEmpty && !document.findings.contains { $0.rule == "value.missing" || $0.rule == "project.name-missing" })
        let marks = try ReadingRules.bundled.get().vocabulary.printMarks
        #expect(marks.isPageNumber(FormCells.compactScalars("共2页 第1页")) && !marks.isPageNumber(FormCells.compactScalars("第1页的说明")))
    }

    @Test func textInNoRenderingIsOneErrorNamingTheFile() throws {
        let path = Fixtures.write("会议纪要\n今天讨论了道路养护的安排。\n下次会议另行通知。\n", named: "纪要.txt", in: Fixtures.temporaryDirectory())
        let error = try #require(throws: LoadError.self) { try Loaders.load(path: path) }
        #expect(error.file == "纪要.txt")
        // Minutes with no form word: not a form (a run lists it as skipped, see NotAFormTests).
        #expect(error.notAForm && error.message.contains("not a form"))
    }
}
