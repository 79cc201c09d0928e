import Foundation
import Testing
@testable import JixiaoCore

/// Issue 4: template review findings by rule id and location, and the cross-county comparison.
@Suite struct ReviewTests {
    let result: RunResult

    init() throws { (_, result) = try Fixtures.runSample() }

    func findings(_ rule: String) -> [Finding] { result.findings.filter { $0.rule == rule } }

    @Test func misplacedRowIsFoundAndExplained() throws {
        let misplaced = findings("row.misplaced")
        #expect(misplaced.count == 1)
        let finding = try #require(misplaced.first)
        #expect(finding.source == SourceRef(file: "000_6941c6c000b569c3.txt", line: 39))
        #expect(finding.project == "平武县人民政府办公室综合管理（专项业务及机关事务管理）")
        #expect(finding.message.contains("权重合计为 110"))
        #expect(finding.message.contains("很可能属于「平武县人民政府办公室外事工作（其他商品和服务支出）」"))
        #expect(finding.message.contains("都是 90"))
        #expect(finding.message.contains("外事工作"))
    }

    /// The projects a row's weight would bring to the target, found by a search over the totals
    /// in order: the same, in the same order, as looking at every project.
    @Test func projectsAWeightFitsAreFoundByTheirTotals() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let totals: [Double?] = (0..<40).map { _ in
                Int.random(in: 0..<6, using: &generator) == 0 ? nil : Double(Int.random(in: 70...110, using: &generator)) / [1, 2, 4].randomElement(using: &generator)!
            }
            let rows = MisplacedRows(target: 90, tolerance: [0, 0.01, 0.5, 2].randomElement(using: &generator)!)
            let byTotal = totals.indices.filter { totals[$0] != nil }.sorted { totals[$0]! < totals[$1]! }
            for weight in [0, 2.5, 5, 10, 12.25, 20, 40] {
                let every = totals.indices.filter { abs((totals[$0] ?? .infinity) + weight - rows.target) <= rows.tolerance }
                #expect(rows.fitting(byTotal, totals: totals, weight: weight) == every)
            }
        }
    }

    @Test func satisfactionBelowFloorAndNotNumeric() {
        #expect(findings("satisfaction.below-floor").map { $0.source! } == [SourceRef(file: "003_3430fcfc1c4de566.txt", line: 394)])
        #expect(findings("satisfaction.below-floor")[0].message.contains("80%"))
        #expect(findings("satisfaction.not-numeric").map { $0.source!.line } == [33])
    }

    @Test func sentencesUsedAsNames() {
        let lines = findings("name.sentence").map { $0.source!.line }
        #expect(lines == [14, 22, 23, 24, 30, 38, 43, 44, 45, 50, 54, 63])
        #expect(findings("name.sentence").allSatisfy { $0.county == "平武县" })
    }

    @Test func weightSplitAndTotals() {
        #expect(findings("weights.total").map { $0.source!.line } == [18, 35, 43])
        // Only 行政中心新增100M网络带宽 (产出 50 / 效益 30 / 满意度 10) matches the split.
        #expect(findings("weights.split").count == 9)
        #expect(!findings("weights.split").contains { $0.source?.line == 24 })
        #expect(findings("weights.split").allSatisfy { $0.severity == .info })
    }

    @Test func categoryTemplatesExpectIndicators() {
        let missing = findings("template.expected-missing")
        let yuanzhou = missing.filter { $0.county == "原州区" }
        #expect(yuanzhou.map(\.message) == ["「电子政务网络」类项目应有「故障响应时间」指标，本项目没有（模板：电子政务网络模板）"])
        #expect(missing.filter { $0.source?.line == 24 }.count == 4)
        #expect(findings("template.target-low").map { $0.source!.line } == [33])
    }

    @Test func samplesAgreeOnCostAndTotals() {
        // 党政机关网络租赁费 45万元 on a 45 万元 project, 财政负担成本 40000 (元) on 4.00 万元: both agree.
        #expect(findings("cost.contradicts-budget").isEmpty)
        #expect(findings("total.mismatch").isEmpty)
        #expect(findings("indicator.duplicate").isEmpty)
        #expect(findings("output.qualitative-only").isEmpty)
    }

    @Test func scoresPerProject() throws {
        let checks = Dictionary(uniqueKeysWithValues: result.projectChecks.map { ($0.project, $0) })
        let network = try #require(checks["原州区电子政务外网网络服务专项经费"])
        #expect(network.templates == ["电子政务网络模板", "通用模板"])
        // 使用者满意度 ≧90% is a rate of the standard template's `capped_rates`, within 100%: one check passed.
        #expect(network.checks == 24 && network.passed == 23 && network.score == 95.8)
    }

    @Test func eGovernmentNetworkComparedAcrossCounties() throws {
        let rows = result.categoryComparison.filter { $0.category == "电子政务网络" }
        #expect(rows.map(\.county) == ["平武县", "原州区"])
        #expect(rows[0].projects == 3 && rows[0].budget == 14.2 && rows[0].indicators == 14 && rows[0].quantitativeShare == 64.3)
        #expect(rows[1].projects == 1 && rows[1].budget == 45 && rows[1].indicators == 10 && rows[1].quantitativeShare == 60)
        let lines = result.indicatorComparison.filter { $0.indicator == "网络线路维护条数" }
        #expect(lines.map(\.county) == ["平武县", "平武县", "原州区"])
        #expect(lines.map(\.number) == [1, 1, 45])
        #expect(lines.map(\.unitCost) == [9.2, 1, 1])
        let satisfaction = result.indicatorComparison.filter { $0.indicator == "服务对象满意度" }
        #expect(satisfaction.count == 15)
        #expect(Set(satisfaction.filter { $0.county == "原州区" }.compactMap(\.number)) == [90, 80])
        #expect(Set(satisfaction.filter { $0.county == "平武县" }.compactMap(\.number)) == [99, 95])
    }
}

/// Damaged copies of the samples and hand-made projects, for the rules the samples pass.
@Suite struct ReviewRuleTests {
    let standard: Template

    init() throws {
        standard = try #require(try Template.loadAll(directory: Fixtures.path("Data/templates")).first { $0.appliesTo == "all" })
    }

    func run(pingwu: String? = nil, yuanzhou: String? = nil) throws -> RunResult {
        let directory = Fixtures.temporaryDirectory()
        let a = try Fixtures.write(pingwu ?? String(contentsOfFile: Fixtures.pingwu, encoding: .utf8), named: "a.txt", in: directory)
        let b = try Fixtures.write(yuanzhou ?? String(contentsOfFile: Fixtures.yuanzhou, encoding: .utf8), named: "b.txt", in: directory)
        return try Fixtures.runSample(inputs: [a, b]).1
    }

    @Test func costContradictingTheBudgetIsFlagged() throws {
        let text = try String(contentsOfFile: Fixtures.yuanzhou, encoding: .utf8)
            .replacingOccurrences(of: "党政机关网络租赁费 45万元", with: "党政机关网络租赁费 50万元")
        let result = try run(yuanzhou: text)
        let cost = result.findings.filter { $0.rule == "cost.contradicts-budget" }
        #expect(cost.map { $0.source! } == [SourceRef(file: "b.txt", line: 63)])
        #expect(cost[0].severity == .error && cost[0].message.contains("50") && cost[0].message.contains("45"))
    }

    @Test func statedDepartmentTotalThatDiffersIsFlagged() throws {
        let text = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
            .replacingOccurrences(of: "\t\t97.20\t", with: "\t\t98.20\t")
        let result = try run(pingwu: text)
        let mismatch = result.findings.filter { $0.rule == "total.mismatch" }
        #expect(mismatch.map { $0.source!.line } == [8])
        #expect(mismatch[0].message.contains("98.20") && mismatch[0].message.contains("97.20"))
    }

    func project(_ rows: [(String, String, String, String)]) -> Project {
        var project = Project(department: OrgName(code: nil, name: "测试部门"), unit: nil, nameAsWritten: "测试项目",
                              budget: 10, budgetAsWritten: "10", goal: "", source: SourceRef(file: "t.txt", line: 1))
        for (index, row) in rows.enumerated() {
            var indicator = Indicator(level1Label: row.0, level2Label: "", nameAsWritten: row.1,
                                      valueAsWritten: row.2, source: SourceRef(file: "t.txt", line: index + 2))
            indicator.level1 = row.0
            indicator.value = ValueParser.parse(comparison: "", value: row.2, unit: "")
            indicator.weight = Double(row.3)
            project.indicators.append(indicator)
        }
        return project
    }

    @Test func qualitativeOnlyOutputsAndDuplicates() {
        let project = project([("产出指标", "工作完成质量", "良好", "25"), ("产出指标", "工作完成质量", "优", "25"),
                               ("效益指标", "社会效益", "明显提升", "30"), ("满意度指标", "满意度", "≥95%", "10"),
                               ("成本指标", "成本", "10万元", "0")])
        let outcomes = TemplateReview(project: project, template: standard, county: "测试县", stage: "compare").evaluate()
        let failed = outcomes.compactMap(\.finding)
        #expect(failed.map(\.rule).sorted() == ["indicator.duplicate", "output.qualitative-only"])
        #expect(failed.first { $0.rule == "indicator.duplicate" }?.source?.line == 3)
    }
}

@Suite struct TemplatesAreDataTests {
    @Test func editingATemplateChangesFindingsWithoutRebuild() throws {
        let directory = Fixtures.temporaryDirectory()
        let templates = (directory as NSString).appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: Fixtures.path("Data/templates"), toPath: templates)
        let standard = (templates as NSString).appendingPathComponent("standard.yaml")
        try String(contentsOfFile: standard, encoding: .utf8)
            .replacingOccurrences(of: "satisfaction_floor: 90", with: "satisfaction_floor: 75")
            .replacingOccurrences(of: "  total: 90", with: "  total: 110")
            .write(toFile: standard, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: (templates as NSString).appendingPathComponent("e-government-network.yaml"))
        let pipeline = """
        inputs: [\(Fixtures.pingwu), \(Fixtures.yuanzhou)]
        stages:
          - load
          - normalize: {names: \(Fixtures.path("Data/indicator-names.yaml")), clustering: \(Fixtures.path("Data/name-clustering.yaml"))}
          - classify: {framework: \(Fixtures.path("Data/framework.yaml")), categories: \(Fixtures.path("Data/categories.yaml")), economic_classes: \(Fixtures.path("Data/economic-classes.yaml"))}
          - aggregate
          - compare: {templates: templates}
        """
        let file = try PipelineFile.parse(pipeline, path: (directory as NSString).appendingPathComponent("p.yaml"))
        let findings = try Pipeline(file: file).run().findings
        #expect(findings.filter { $0.rule == "satisfaction.below-floor" }.isEmpty)
        // With a total of 110 only 综合管理 adds up; the e-government template is gone.
        #expect(findings.filter { $0.rule == "weights.total" }.count == 9)
        #expect(findings.filter { $0.rule == "template.expected-missing" && $0.message.contains("电子政务网络") }.isEmpty)
    }
}
