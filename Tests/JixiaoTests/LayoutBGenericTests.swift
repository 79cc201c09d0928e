import Foundation
import Testing
@testable import JixiaoCore

/// Issue 17 item 3 for Layout B: the generic form reader against Layout B's own loader, record by record.
@Suite struct LayoutBGenericTests {
    @Test(arguments: ["Data/samples/003_3430fcfc1c4de566.txt", "Tests/Fixtures/formats/003-gb18030-crlf.txt",
                      "Tests/Fixtures/formats/003-utf8-bom.txt", "Tests/Fixtures/formats/003.pdf"])
    func genericReaderGivesLayoutBRecords(file: String) throws {
        let loaded = try Loaders.read(path: Fixtures.path(file))
        #expect(loaded.document.layout == .projectForm)
        var generic = try TemplateFormLoader.load(text: loaded.input.text, file: loaded.document.file,
                                                  countyOverride: nil, rules: ReadingRules.bundled.get())
        if !loaded.input.linesAreOriginal { generic.mapSources { loaded.input.origin(ofLine: $0.line, file: $0.file) } }
        let fast = LayoutAGenericTests.records(loaded.document)
        let other = LayoutAGenericTests.records(generic)
        #expect(fast.count == other.count)
        for (a, b) in zip(fast, other) where a != b { Issue.record("Layout B: \(a)\n generic: \(b)") }
        for extra in other.dropFirst(fast.count) { Issue.record("generic only: \(extra)") }
        for missing in fast.dropFirst(other.count) { Issue.record("Layout B only: \(missing)") }
    }
}
