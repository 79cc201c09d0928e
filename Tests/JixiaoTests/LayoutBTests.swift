import Testing
@testable import JixiaoCore

/// Layout B on the real Yuanzhou sample (seed 003), read by the generic readers.
@Suite struct LayoutBTests {
    let document: CountyDocument

    init() throws { document = try Fixtures.load(Fixtures.yuanzhou) }

    @Test func countsProjectsIndicatorsAndBudget() {
        #expect(document.layout == .projectForm)
        #expect(document.county == "原州区")
        #expect(document.projects.map(\.name) == ["原州区电子政务外网网络服务专项经费", "政府机关运保障经费",
                                                  "原州区电子政务中心及政务公开经费", "信访工作业务经费"])
        #expect(document.projects.map(\.budget) == [45, 30, 1, 6])
        #expect(document.projects.map(\.indicators.count) == [10, 12, 8, 18])
        #expect(document.indicatorCount == 48)
        #expect(document.rowsRead == 48 && document.rowsWritten == 48 && document.rejected.isEmpty)
    }

    @Test func readsBrokenHeaderFields() throws {
        let project = try #require(document.project(named: "原州区电子政务中心及政务公开经费"))
        #expect(project.department.name == "原州区人民政府")
        // `实施单\n\n位\n\n原州区人民政府办公室\n\n本级`
        #expect(project.unit?.name == "原州区人民政府办公室本级")
        #expect(project.attribute == "新增一次性项目")
        #expect(project.period == "2023年")
        #expect(project.fiscalFunds == 1)
        #expect(project.otherFunds == nil)
        #expect(project.goal == "目标：维护政府网站，强化数字政府建设，做好全区政务公开工作。")
        #expect(project.source.line == 200)
    }

    /// A note under the last form's numbered indicators is no indicator: rejected, not read as
    /// one without a value; prose above the first form is no row at all.
    @Test func aNoteAfterTheNumberedIndicatorsIsRejected() throws {
        let seed = try String(contentsOfFile: Fixtures.yuanzhou, encoding: .utf8)
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false).count
        let text = "本表由各单位填报，仅供参考\n" + seed + "\n表后附注：以上数据仅供参考\n"
        let read = try Loaders.load(text: text, file: "note.txt")
        #expect(read.indicatorCount == 48 && read.rowsRead == 49 && read.rowsWritten == 48)
        #expect(read.rejected.map(\.source.line) == [lines + 2])
        #expect(read.rejected.first?.text == "表后附注：以上数据仅供参考")
        #expect(!read.findings.contains { $0.rule == "value.missing" })
    }

    /// A form whose 项目名称 line is lost keeps its indicators, named after its title, and says so.
    @Test func aFormWithoutItsProjectNameIsReadAndFlagged() throws {
        var lines = try String(contentsOfFile: Fixtures.yuanzhou, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines[4] == "项目名称 原州区电子政务外网网络服务专项经费")
        lines[4] = ""
        let read = try Loaders.load(text: lines.joined(separator: "\n"), file: "noname.txt")
        #expect(read.indicatorCount == 48 && read.rejected.isEmpty)
        #expect(read.projects.map(\.name).first == "项目支出绩效目标表")
        let missing = read.findings.filter { $0.rule == "project.name-missing" }
        #expect(missing.count == 1 && missing.first?.source?.line == 1)
    }

    /// A title spaced out (`项 目 支 出 绩 效 目 标 表`) is still Layout B's: its blank-line wraps
    /// apply (else the wrapped names and values become rows of their own: 53 rows, not 48).
    @Test func aSpacedTitleIsStillLayoutB() throws {
        let text = try String(contentsOfFile: Fixtures.yuanzhou, encoding: .utf8)
            .replacingOccurrences(of: "项目支出绩效目标表", with: "项 目 支 出 绩 效 目 标 表")
        let read = try Loaders.load(text: text, file: "spaced.txt")
        #expect(read.layout == .projectForm)
        #expect(read.indicatorCount == 48 && read.rowsRead == 48 && read.rejected.isEmpty)
        #expect(read.projects.map(\.indicators.count) == [10, 12, 8, 18])
    }

    @Test func joinsGoalLinesAndSeparatesNumberedGoals() throws {
        let project = try #require(document.project(named: "政府机关运保障经费"))
        let goals = project.goal.split(separator: "\n")
        #expect(goals.count == 3)
        #expect(goals[0] == "目标1：根据区政府的工作重点和政府领导同志要求，组织和参与下乡调查研究、政务督查检查，及时反映问题，提出建议。")
        #expect(goals[2].hasPrefix("目标3：做好政府政策宣传工作"))
    }

    @Test func wrappedNameWithValueOnItsOwnLine() throws {
        let project = try #require(document.project(named: "原州区电子政务外网网络服务专项经费"))
        let complaint = project.indicators[3]
        #expect(complaint.nameAsWritten == "指标3：有理由投诉（拒接电话和服务态度等）")
        #expect(complaint.valueAsWritten == "≦5次")
        #expect(complaint.level1Label == "产出指标")
        #expect(complaint.level2Label == "质量指标")
        #expect(complaint.source.line == 56)
    }

    @Test func brokenLabelsResolveToLevels() throws {
        let project = try #require(document.project(named: "原州区电子政务外网网络服务专项经费"))
        let labels = project.indicators.map { "\($0.level1Label)/\($0.level2Label)" }
        #expect(labels == ["产出指标/数量指标", "产出指标/质量指标", "产出指标/质量指标", "产出指标/质量指标",
                           "产出指标/时效指标", "产出指标/成本指标", "效益指标/社会效益指标", "效益指标/社会效益指标",
                           "效益指标/可持续影响指标", "满意度指标/服务对象满意度指标"])
        #expect(project.indicators[7].nameAsWritten == "指标2：提高网络服务质量和办事效率")
        #expect(project.indicators[7].valueAsWritten == "明显提升")
    }

    @Test func unreliableNumberingIsKept() throws {
        let project = try #require(document.project(named: "政府机关运保障经费"))
        let sustainable = project.indicators.filter { $0.level2Label == "可持续影响指标" }
        #expect(sustainable.map(\.nameAsWritten) == ["指标2：群众对政府政策的了解程度"])
    }
}
