import Foundation
import Testing
@testable import JixiaoCore

/// run-summary.json's long lists are written without `JSONEncoder` (`RunSummaryJSON`): the file
/// must hold the bytes `JSONEncoder` writes for the whole summary, so scripts read it as before.
@Suite struct RunSummaryJSONTests {
    @Test func theSamplesRunSummaryIsJSONEncodersBytes() throws {
        let root = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let summary = try Fixtures.runPeriod("2024-01", root: root)
        // The sample's 55 problems (平武县 53, 原州区 2), and its lists of checks and targets.
        #expect(summary.findings.count == 55)
        #expect(summary.projectChecks.count == 14)
        #expect(!summary.indicatorComparison.isEmpty)
        #expect(!summary.categoryComparison.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: "\(root)/2024-01/\(OutputWriter.runSummaryName)"))
        #expect(written == (try RunSummary.encoder().encode(summary)))
        let read = try RunSummary.decode(written)
        #expect(read.findings == summary.findings)
        #expect(read.projectChecks == summary.projectChecks)
        #expect(read.indicatorComparison == summary.indicatorComparison)
        #expect(read.categoryComparison == summary.categoryComparison)
    }

    @Test func awkwardTextNumbersAndEmptyFieldsAreJSONEncodersBytes() throws {
        let root = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var summary = try Fixtures.runPeriod("2024-01", root: root)
        let text = "引号\"反斜杠\\斜杠/换行\n回车\r制表\t控制\u{1}\u{1F}表情😀 縣"
        let source = SourceRef(file: "a/b \"c\".txt", line: 7)
        summary.findings += [
            Finding(severity: .error, rule: "budget.total", message: text, county: text, source: nil, stage: "aggregate"),
            Finding(severity: .info, rule: "name.sentence", message: "提示", county: "县", department: text, project: text,
                    source: source, stage: "normalize"),
        ]
        summary.projectChecks += [
            ProjectCheck(county: "县", department: text, project: "无模板", templates: [], checks: 0, passed: 0, source: source),
            ProjectCheck(county: "县", department: "部门", project: text, templates: ["通用模板", text], checks: 3, passed: 2, source: source),
        ]
        for (number, unitCost) in [(nil, nil), (0.1 + 0.2, 1e-7), (1e20, -0.0), (-3, 123456789012345.0)] as [(Double?, Double?)] {
            summary.indicatorComparison.append(IndicatorTargetRow(
                indicator: text, county: "县", project: "项目", category: "", comparison: "≥", number: number,
                unit: "%", valueAsWritten: text, unitCost: unitCost, source: source))
        }
        for (number, share) in [(0.1 + 0.2, 1e-7), (1e20, -0.0), (-3, 123456789012345.0)] as [(Double, Double)] {
            summary.categoryComparison.append(CategoryCountyRow(
                category: text, county: "县", projects: -1, budget: number, indicators: 0, quantitativeShare: share, score: number))
        }
        #expect(try summary.json() == (try RunSummary.encoder().encode(summary)))
        // Written to a file piece by piece, one list at a time: the same bytes.
        let path = root + "/pieces.json"
        try RunSummaryJSON.write(summary, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == (try RunSummary.encoder().encode(summary)))

        // Lists left empty stay as JSONEncoder writes an empty list.
        summary.findings = []
        summary.projectChecks = []
        summary.indicatorComparison = []
        summary.categoryComparison = []
        #expect(try summary.json() == (try RunSummary.encoder().encode(summary)))
    }

    /// The summary workbook hands over between making its sheets and closing (its peak, when
    /// every cell and each part's XML are held), so the run's JSON is out of memory by then.
    @Test func theSummaryWorkbookCallsBackOnceBeforeItIsWritten() throws {
        let (file, result) = try Fixtures.runSample()
        let path = Fixtures.temporaryDirectory() + "/汇总.xlsx"
        var calls = 0
        var existedAtCall = true
        try SummaryWorkbook.write(result, pipeline: file, period: "2024-01", changes: result.periodChanges, to: path,
                                  beforeClosing: {
                                      calls += 1
                                      existedAtCall = FileManager.default.fileExists(atPath: path)
                                  })
        #expect(calls == 1)
        #expect(!existedAtCall)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
