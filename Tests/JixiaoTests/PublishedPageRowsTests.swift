import Foundation
import Testing
@testable import JixiaoCore

/// Rows of published pages seen in session 24 (20 more pages read by hand), written here in forms
/// of our own: operators written in words in their own column, titles a template marks as
/// required, and the row a copy cut short ends in.
@Suite struct PublishedPageRowsTests {
    static func read(_ text: String, named name: String) throws -> CountyDocument {
        try Loaders.load(path: Fixtures.write(text, named: name, in: Fixtures.temporaryDirectory()))
    }

    /// One cell a line, each ending ` |`: an operator column holding `大于等于` / `等于` in words
    /// (`comparison_words`) is the operator. They had been read as the targets, and every cell after
    /// them one column off: the target as the completed value, the unit as a score.
    @Test func operatorsWrittenInWordsStandInTheirColumn() throws {
        let cells = ["2022年项目支出绩效自评表", "项目名称", "口岸业务支出", "主管部门", "临河区自然资源局", "资金总额", "2.38",
                     "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分",
                     "产出指标", "数量指标", "租车次数", "正向", "大于等于", "1", "1", "次", "8", "8",
                     "质量指标", "宣传合格率", "正向", "等于", "100", "100", "%", "7", "7"]
        let document = try Self.read(cells.map { $0 + " |" }.joined(separator: "\n") + "\n", named: "临河区.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.comparisonAsWritten) == ["大于等于", "等于"])
        #expect(indicators.map(\.valueAsWritten) == ["1", "100"])
        #expect(indicators.map(\.unitAsWritten) == ["次", "%"])
        #expect(indicators.map(\.weightAsWritten) == ["8", "7"])
        #expect(indicators.map(\.directionAsWritten) == ["正向", "正向"])
        let (_, run) = try Fixtures.runSample(inputs: [Fixtures.write(cells.map { $0 + " |" }.joined(separator: "\n") + "\n",
                                                                      named: "临河区.txt", in: Fixtures.temporaryDirectory())])
        #expect(run.allProjects.flatMap(\.indicators).map(\.value.comparison) == [.atLeast, .equal])
    }

    /// A template's required marks after its titles (`一级指标*`), in glued text and in a tab row:
    /// the titles are read (with 绩效指标性质 / 绩效度量单位, `columns`), and the marks are no
    /// indicators. Glued, they had been seven indicators named `*`, `性质*`, `*绩效`.
    @Test func requiredMarksAfterTitlesArePartOfTheTitles() throws {
        let glued = "项目绩效目标表主管部门:海口市商务局资金总额:2430.30一级指标*二级指标*三级指标*绩效指标性质*绩效指标值*绩效度量单位权重*指标方向性*"
            + "产出指标数量指标全年实现会展业综合收入≥280亿元30%正向指标"
        let document = try Self.read(glued, named: "海口市.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["全年实现会展业综合收入"])
        #expect(indicators.map(\.comparisonAsWritten) == ["≥"])
        #expect(indicators.map(\.valueAsWritten) == ["280"])
        #expect(indicators.map(\.unitAsWritten) == ["亿元"])
        #expect(indicators.map(\.weightAsWritten) == ["30%"])
        let tabbed = ["项目名称\t会展奖励", "主管部门\t海口市商务局", "资金总额\t100",
                      "一级指标*\t二级指标*\t三级指标*\t绩效指标性质*\t绩效指标值*\t绩效度量单位\t权重*\t指标方向性*",
                      "产出指标\t数量指标\t会展收入\t≥\t280\t亿元\t30%\t正向指标"].joined(separator: "\n") + "\n"
        let row = try #require(try Self.read(tabbed, named: "海口市.txt").projects.first?.indicators.first)
        #expect([row.nameAsWritten, row.comparisonAsWritten, row.valueAsWritten, row.unitAsWritten, row.weightAsWritten, row.directionAsWritten]
                == ["会展收入", "≥", "280", "亿元", "30%", "正向指标"])
    }

    /// A text file cut short (no line break at its end) in its last row's name or sign, before any
    /// target: the row is rejected saying so, not an indicator without a value. With the line ended,
    /// the form's own row without a target, kept and warned of.
    @Test func aRowTheCopyEndsInBeforeItsValueIsRejected() throws {
        let rows = ["农村危房改造补助资金绩效目标表", "项目名称 农村危房改造补助资金 主管部门 巫溪县住房和城乡建设委员会", "资金总额 484.45 万元",
                    "一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 重点对象危房改造户数 应改尽改", "质量指标 7度以上抗震设防地区"]
        let cut = try Self.read(rows.joined(separator: "\n"), named: "巫溪县.txt")
        #expect(try #require(cut.projects.first).indicators.map(\.nameAsWritten) == ["重点对象危房改造户数"])
        #expect(cut.rejected.map(\.reason) == ["复制的文字在这一行的指标值之前截断，没有指标值 (the copy ends in this row, before its value)"])
        let sign = try Self.read((rows.dropLast() + ["质量指标 竣工验收合格率 ≧"]).joined(separator: "\n"), named: "巫溪县.txt")
        #expect(try #require(sign.projects.first).indicators.count == 1 && sign.rejected.count == 1)
        let whole = try Self.read(rows.joined(separator: "\n") + "\n", named: "巫溪县.txt")
        #expect(try #require(whole.projects.first).indicators.map(\.nameAsWritten) == ["重点对象危房改造户数", "7度以上抗震设防地区"])
        #expect(whole.rejected.isEmpty && whole.findings.contains { $0.rule == RuleID.valueMissing })
    }

    /// Text taken out of a workbook ends without a line break as it ends, not cut: 05's workbook
    /// rendering keeps its last row (no target: warned of), which its text copy, cut there, rejects.
    @Test func aWorkbooksLastRowIsNotTakenForACutCopy() throws {
        let text = try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/05-tianjin-baodi-manure.txt"))
        let workbook = try Loaders.load(path: Fixtures.path("Tests/Fixtures/real-forms/xlsx/05-tianjin-baodi-manure.xlsx"))
        #expect(try #require(text.projects.first).indicators.count == 4)
        #expect(text.rejected.map(\.text).first?.contains("完工项目县规模养殖场畜禽粪污处理") == true)
        #expect(try #require(workbook.projects.first).indicators.count == 5)
        #expect(workbook.rejected.isEmpty)
    }

    /// A department's form whose targets are sentences under the level labels (`质量指标:…`), with
    /// no table: the form is read for what it has (department, budget, county) and fails its file
    /// saying why, its sentences rejected rows. It had been refused as no form at all.
    @Test func aDepartmentFormWithTargetsInSentencesIsReadAndSaysSo() throws {
        let cells = ["部门整体支出绩效目标申报表", "(2017 年度)", "部门名称", "南岳区第一中学", "年度预算申请(万元)", "资金总额:512",
                     "公共财政拨款:500", "其他资金:12", "基本支出:450", "项目支出:62", "年度绩效指标", "产出指标",
                     "质量指标:教育教学秩序良好,毕业生合格率达100%", "时效指标:按时完成教学任务。", "效益指标",
                     "社会效益指标:中考成绩进一步稳定。"]
        do {
            _ = try Self.read(cells.joined(separator: "\n\n") + "\n", named: "南岳区.txt")
            Issue.record("a form without indicators loaded")
        } catch let error as LoadError {
            let document = try #require(error.partial.first)
            #expect(document.county == "南岳区")
            let project = try #require(document.projects.first)
            #expect(project.budget == 512)
            #expect(project.department.name == "南岳区第一中学")
            let missing = document.findings.first { $0.rule == RuleID.indicatorsMissing }
            #expect(missing?.message.contains("指标写成了文字（行 23「产出指标」起）") == true)
            // The file's error says so too: it is what a run prints.
            #expect(error.message.hasSuffix("；指标写成了文字（行 23「产出指标」起），没有指标值一栏"))
            // The sentences are rejected rows, each with its line, not lost.
            #expect(document.rejected.map(\.source.line) == [23, 25, 27, 29, 31])
            #expect(document.rejected.map(\.text)[1] == "质量指标:\t教育教学秩序良好,毕业生合格率达100%")
            #expect(document.rejected.allSatisfy { $0.reason == FormReader.rowWithoutHeader })
        }
    }

    /// Glued text whose indicator table has no header (the page showed it as an image): the first
    /// row's level 1 and level 2 labels, run together with it, open the table, read as the
    /// template's four columns. Lines of labels and sentences (one cell a line) open none.
    @Test func aGluedTableWithoutItsHeaderIsReadFromItsLabels() throws {
        let glued = "专项资金绩效目标表(2026年度)项目名称对外文化交流基地建设主管部门(单位)名称武夷山市文化和旅游局资金情况(万元)资金总额:15"
            + "其中:财政拨款15其他资金0总体目标接待不少于100人次国际友人体验茶文化,"
            + "产出指标数量指标邀请国际友人涉及国家数量≥3个质量指标活动参与人次≥100人次"
        let document = try Self.read(glued, named: "武夷山市.txt")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map(\.nameAsWritten) == ["邀请国际友人涉及国家数量", "活动参与人次"])
        #expect(indicators.map(\.valueAsWritten) == ["≥3个", "≥100人次"])
        #expect(indicators.map(\.level2Label) == ["数量指标", "质量指标"])
        #expect(document.readingNotes.contains { $0.contains("没有表头") })
        let lines = ["专项资金绩效目标表", "项目名称", "对外文化交流基地建设", "资金总额:15", "产出指标", "数量指标:接待国际友人不少于100人次。"]
        #expect(throws: LoadError.self) { try Self.read(lines.joined(separator: "\n") + "\n", named: "武夷山市.txt") }
    }

    /// A 批复表 with two sets of targets side by side (中期 | 年度), each writing its own levels, its
    /// header's cells wrapped onto lines of their own: one indicator a row, the first set's target
    /// the target, the second set's the other set of targets; the year's budget under its own key
    /// (`本年度申请市财政预算资金`), not the 中期 one. Each row had been read twice without a value.
    @Test func twoSetsOfTargetsWithTheirOwnLevelsAreOneRowEach() throws {
        let lines = ["东莞市财政项目支出绩效目标批复表 | |||||||||", "预算单位:东莞市水务局 | |||||||||", "项目 名称 |",
                     "河道清淤工程二期 | 中期市财政预算(万元) | 12000.00 | 本年度申请市财政预算资金(万元) | 650.00 | ||||",
                     "绩效指标 | 一级 指标 |", "二级 指标 |", "三级 指标 |", "指标值(或计划水平) | 二级 指标 |", "三级 指标 |",
                     "计划指标值(或计划水平) | ||",
                     "预期产出指标 | 数量指标 | 清淤河道长度 | 12公里 | 数量指标 | 清淤河道长度 | 4公里 | |||",
                     "质量指标 | 清淤验收合格率 | 100% | 质量指标 | 清淤验收合格率 | 100% | ||||",
                     "效果指标 | 社会效益指标 | 河道水质达标率 | ≥90% | 社会效益指标 | 河道水质达标率 | ≥85% | |||"]
        let document = try Self.read(lines.joined(separator: "\n") + "\n", named: "东莞市.txt")
        let project = try #require(document.projects.first)
        #expect(project.name == "河道清淤工程二期")
        #expect(project.budget == 650)
        #expect(project.indicators.map(\.nameAsWritten) == ["清淤河道长度", "清淤验收合格率", "河道水质达标率"])
        #expect(project.indicators.map(\.valueAsWritten) == ["12公里", "100%", "≥90%"])
        #expect(project.indicators.map(\.level2Label) == ["数量指标", "质量指标", "社会效益指标"])
        #expect(project.indicators.first?.otherColumns.contains("计划指标值(或计划水平)=4公里") == true)
    }
}
