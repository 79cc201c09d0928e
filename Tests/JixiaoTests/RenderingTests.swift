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

    @Test func textInNoRenderingIsOneErrorNamingTheFile() throws {
        let path = Fixtures.write("会议纪要\n今天讨论了道路养护的安排。\n下次会议另行通知。\n", named: "纪要.txt", in: Fixtures.temporaryDirectory())
        let error = try #require(throws: LoadError.self) { try Loaders.load(path: path) }
        #expect(error.file == "纪要.txt")
        // Minutes with no form word: not a form (a run lists it as skipped, see NotAFormTests).
        #expect(error.notAForm && error.message.contains("not a form"))
    }
}
