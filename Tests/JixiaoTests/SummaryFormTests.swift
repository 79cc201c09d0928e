import Foundation
import Testing
@testable import JixiaoCore

/// A department's summary form sent beside the forms it sums (a town's 汇总项目库, as 潼南区五桂镇
/// publishes its 一级项目 forms) is counted once: its projects are, and it is shown as 汇总表.
@Suite struct SummaryFormTests {
    static let name = "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目"

    /// 武川县's real form under another name and budget (万元), as one more form of the department.
    static func form(named name: String, budget: Int) throws -> String {
        var text = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-forms/07-neimenggu-wuchuan-livestock.txt"), encoding: .utf8)
        for (from, to) in [("| \(Self.name) | 项目负责人", "| \(name) | 项目负责人"),
                           ("年度资金总额:50万 | 中央衔接推进乡村振兴补助资金(少数民族发展任务)50 |", "年度资金总额:\(budget)万 | 中央衔接推进乡村振兴补助资金(少数民族发展任务)\(budget) |"),
                           ("其中:财政拨款 | 中央衔接推进乡村振兴补助资金(少数民族发展任务)50 |", "其中:财政拨款 | 中央衔接推进乡村振兴补助资金(少数民族发展任务)\(budget) |")] {
            #expect(text.contains(from), "\(from)")
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text
    }

    static func run(_ forms: [(String, Int)]) throws -> RunResult {
        let text = try forms.map { try form(named: $0.0, budget: $0.1) }.joined(separator: "\n")
        let path = Fixtures.write(text, named: "五桂镇.txt", in: Fixtures.temporaryDirectory())
        return try Fixtures.runSample(inputs: [path]).1
    }

    @Test func aSummaryNamedSoThatAddsUpIsCountedOnce() throws {
        let result = try Self.run([("大青山乡汇总项目库", 150), ("沙湾子村养殖场", 50), ("沙湾子村饲料库", 100)])
        let total = try #require(result.countyTotals.first)
        #expect(total.projects == 2 && total.budgetWan == 150)
        // Its rows are the form's, written: nothing read is dropped.
        #expect(total.indicators == 33 && total.rowsRejected == 0)
        let summary = result.findings.filter { $0.rule == RuleID.projectSummary }
        #expect(summary.map(\.project) == ["大青山乡汇总项目库"])
        #expect(summary.first?.message.contains("等于同部门其余 2 个项目之和") == true)
        let kinds = result.documents.flatMap(\.projects).map(\.kind)
        #expect(kinds == [.summary, .project, .project])
        #expect(result.departmentTotals.first?.budget == 150)
        // In the department's sheet the summary's budget is text beside the projects' numbers, so
        // selecting the column sums 150, not 300.
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let written = try OutputWriter.write(result, pipeline: file, period: "2026-11", root: Fixtures.temporaryDirectory())
        let sheets = try LibreOffice.sheets(of: (written.outputDirectory as NSString).appendingPathComponent("武川县.xlsx"))
        let department = try #require(sheets["武川县民族事务委员会"])
        let budgets = department.compactMap { $0.count > 1 && !$0[1].isEmpty && $0[1] != "预算数（万元）" ? $0[1] : nil }
        #expect(budgets == ["150.00（汇总，不计）", "50", "100"] || budgets == ["150.00（汇总，不计）", "50.00", "100.00"], "\(budgets)")
    }

    /// Either sign alone is a warning, and the budget counts: a name saying 汇总 whose budget is no
    /// sum, and a budget that is the sum of the others under an ordinary name.
    @Test func oneSignAloneOnlyWarns() throws {
        let named = try Self.run([("大青山乡汇总项目库", 140), ("沙湾子村养殖场", 50), ("沙湾子村饲料库", 100)])
        #expect(named.countyTotals.first?.budgetWan == 290 && named.countyTotals.first?.projects == 3)
        #expect(named.findings.filter { $0.rule == RuleID.projectSummary }.map(\.message)
                == ["项目「大青山乡汇总项目库」的名称写着「汇总项目库」，像是汇总表，但预算 140.00 万元不等于同部门其余项目之和（150.00 万元）：照常计入，请核对是否与各项目重复"])
        let sums = try Self.run([("大青山乡养殖场", 150), ("沙湾子村养殖场", 50), ("沙湾子村饲料库", 100)])
        #expect(sums.countyTotals.first?.budgetWan == 300 && sums.countyTotals.first?.projects == 3)
        #expect(sums.findings.filter { $0.rule == RuleID.projectSummary }.map(\.project) == ["大青山乡养殖场"])
    }
}
