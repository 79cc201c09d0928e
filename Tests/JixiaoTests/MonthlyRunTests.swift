import Foundation
import Testing
@testable import JixiaoCore

/// Issue 5: consecutive periods in one output root, and the 本月变化 sheet between them.
@Suite(.serialized) struct MonthlyRunTests {
    static let comprehensive = "平武县人民政府办公室综合管理（专项业务及机关事务管理）"
    static let disclosure = "平武县人民政府办公室政务公开"

    /// November: the samples as published. December: 综合管理 cut from 64.00 to 60.00 万元 and
    /// the 政务公开 project (lines 54–59) gone.
    func twoPeriods() throws -> (root: String, december: RunSummary) {
        let root = Fixtures.temporaryDirectory()
        _ = try Fixtures.runPeriod("2023-11", root: root)

        var lines = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8).components(separatedBy: "\n")
        lines[34] = lines[34].replacingOccurrences(of: "\t64.00\t", with: "\t60.00\t")
        lines.removeSubrange(53...58)
        let inbox = Fixtures.temporaryDirectory()
        let changed = Fixtures.write(lines.joined(separator: "\n"), named: "000_6941c6c000b569c3.txt", in: inbox)
        return (root, try Fixtures.runPeriod("2023-12", root: root, inputs: [InputFile(path: changed), InputFile(path: Fixtures.yuanzhou)]))
    }

    @Test func changesAreExactlyTheEditedProjects() throws {
        let (root, december) = try twoPeriods()
        #expect(december.previousPeriod == "2023-11")
        let projectChanges = december.periodChanges.filter { [.newProject, .removedProject, .budgetChanged].contains($0.kind) }
        #expect(projectChanges.count == 2)
        #expect(projectChanges.contains(PeriodChange(kind: .removedProject, county: "平武县", department: "201-平武县人民政府办公室",
                                                     project: Self.disclosure, before: 1, after: nil, detail: "6 条指标")))
        #expect(projectChanges.contains(PeriodChange(kind: .budgetChanged, county: "平武县", department: "201-平武县人民政府办公室",
                                                     project: Self.comprehensive, before: 64, after: 60, detail: "-4.00 万元")))
        // The department no longer adds up to its stated 97.20; the removed project's findings are gone.
        let new = december.periodChanges.filter { $0.kind == .newFinding }
        #expect(new.map(\.detail) == ["[total.mismatch] 部门合计 97.20 万元与各项目预算之和 92.20 万元不符（差 -5.00 万元）"])
        let resolved = december.periodChanges.filter { $0.kind == .resolvedFinding }
        #expect(!resolved.isEmpty && resolved.allSatisfy { $0.project == Self.disclosure })

        // Both periods' folders stand side by side; November's is untouched.
        let november = (root as NSString).appendingPathComponent("2023-11")
        #expect(FileManager.default.fileExists(atPath: (november as NSString).appendingPathComponent("汇总.xlsx")))
        let sheets = try LibreOffice.sheets(of: (december.outputDirectory as NSString).appendingPathComponent("汇总.xlsx"))
        let changes = try #require(sheets["本月变化"])
        let kinds = changes.dropFirst().map(\.[0]).filter { !$0.isEmpty }
        #expect(kinds.filter { $0 == "删除项目" }.count == 1 && kinds.filter { $0 == "预算变化" }.count == 1)
        #expect(!kinds.contains("新增项目"))
        let budgetRow = try #require(changes.first { $0[0] == "预算变化" })
        #expect(budgetRow[3] == Self.comprehensive && budgetRow[4] == "64" && budgetRow[5] == "60")
    }

    @Test func firstPeriodSaysThereIsNothingToCompare() throws {
        let root = Fixtures.temporaryDirectory()
        let summary = try Fixtures.runPeriod("2024-01", root: root)
        #expect(summary.previousPeriod == nil && summary.periodChanges.isEmpty)
        // A later run of an earlier period does not compare with the future.
        let earlier = try Fixtures.runPeriod("2023-06", root: root)
        #expect(earlier.previousPeriod == nil)
        let again = try Fixtures.runPeriod("2024-02", root: root)
        #expect(again.previousPeriod == "2024-01" && again.periodChanges.isEmpty)
    }

    @Test func periodsAreValidated() {
        #expect(Period.isValid("2023-12") && Period.isValid("2024-01"))
        #expect(!Period.isValid("2023-13") && !Period.isValid("2023-1") && !Period.isValid("202312") && !Period.isValid("2023-00"))
        #expect(Period.isValid(Period.current()))
    }
}
