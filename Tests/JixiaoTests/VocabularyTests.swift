import Foundation
import Testing
@testable import JixiaoCore

/// A template no reader was written for is read after adding words to the vocabulary only
/// (issue 17): other title, other header keys, other column titles, a column order where an
/// explanation stands before the indicator name, and a weight column.
@Suite("A new template needs words, not code")
struct VocabularyTests {
    static let form = """
    2024年度乡村道路养护资金绩效目标审核表
    资金项目名称 | 乡村道路养护补助
    归口管理部门 | 平武县交通运输局
    当年投入(万元) | 120
    绩效目标概述 | 完成全县乡村道路日常养护，路况保持良好
    考核维度 | 考核类别 | 衡量标准 | 考核内容 | 期望值 | 分值
    产出指标 | 数量指标 | 反映养护规模 | 养护道路里程 | ≥35公里 | 20
    反映桥梁检查 | 桥梁检查次数 | 4次 | 10
    质量指标 | 反映养护质量 | 路况优良率 | ≥80% | 20
    效益指标 | 社会效益指标 | 反映通行条件 | 群众出行条件 | 明显改善 | 30
    满意度指标 | 服务对象满意度指标 | 反映群众评价 | 沿线群众满意度 | ≥90% | 10
    """

    static let additions = """
    # 本省「绩效目标审核表」模板的写法
    titles:
      project: [绩效目标审核表]
    keys:
      project: [资金项目名称]
      department: [归口管理部门]
      budget: [当年投入]
      goal: [绩效目标概述]
    columns:
      level1: [考核维度]
      level2: [考核类别]
      level3: [考核内容]
      kept: [衡量标准]
      value: [期望值]
    """

    /// A copy of the shipped `Data/` folder, with the template's words in `vocabulary/` if asked.
    static func dataFolder(withAdditions: Bool) throws -> String {
        let folder = Fixtures.temporaryDirectory()
        for name in ["vocabulary.yaml", "framework.yaml", "traditional-chars.tsv", "divisions"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("Data/" + name), toPath: folder + "/" + name)
        }
        if withAdditions {
            try FileManager.default.createDirectory(atPath: folder + "/vocabulary", withIntermediateDirectories: true)
            _ = Fixtures.write(additions, named: "审核表.yaml", in: folder + "/vocabulary")
        }
        return folder
    }

    @Test func unknownTemplateIsOneClearErrorWithTheShippedWords() throws {
        let rules = try ReadingRules(dataDirectory: try Self.dataFolder(withAdditions: false))
        #expect(throws: LoadError.self) {
            try Loaders.load(text: Self.form, file: "审核表.txt", rules: rules)
        }
    }

    @Test func theSameTemplateReadsOnceItsWordsAreAdded() throws {
        let rules = try ReadingRules(dataDirectory: try Self.dataFolder(withAdditions: true))
        let document = try Loaders.load(text: Self.form, file: "审核表.txt", rules: rules)
        #expect(document.county == "平武县" && document.countyLevel == .county)
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.name == "乡村道路养护补助")
        #expect(project.department.name == "平武县交通运输局")
        #expect(project.budget == 120)
        #expect(project.goal == "完成全县乡村道路日常养护，路况保持良好")
        #expect(project.indicators.map(\.nameAsWritten) == ["养护道路里程", "桥梁检查次数", "路况优良率", "群众出行条件", "沿线群众满意度"])
        #expect(project.indicators.map(\.valueAsWritten) == ["≥35公里", "4次", "≥80%", "明显改善", "≥90%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["20", "10", "20", "30", "10"])
        #expect(project.indicators.map(\.level2Label) == ["数量指标", "数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"])
        #expect(project.indicators[1].otherColumns == "衡量标准=反映桥梁检查")
        #expect(document.rowsRead == 5 && document.rejected.isEmpty)
    }
}
