import Foundation
import Testing
@testable import JixiaoCore

/// A page copied as Markdown (`MarkdownText`): its heading, bold keys and table rule come off, so
/// the form reads as the page; text that only holds a `**` or a dash keeps them.
@Suite struct MarkdownTextTests {
    static func read(_ text: String, named name: String = "page.md.txt") throws -> CountyDocument {
        try Loaders.load(path: Fixtures.write(text, named: name, in: Fixtures.temporaryDirectory()))
    }

    @Test func aFormCopiedAsMarkdownReadsAsThePage() throws {
        let text = """
            # 2024年项目支出绩效目标表

            **项目名称**：农村公路养护

            **主管部门**：淳安县交通运输局

            **资金总额（万元）**：320

            **年度目标**：完成农村公路日常养护，路况优良率达80%以上

            | 一级指标 | 二级指标 | 三级指标 | 指标值 |
            | --- | :---: | --- | ---: |
            | 产出指标 | 数量指标 | 养护里程 | ≥450公里 |
            | 产出指标 | 质量指标 | 优良路率 | ≥80% |
            | 效益指标 | 社会效益指标 | 群众出行条件 | 持续改善 |
            | **满意度指标** | 服务对象满意度指标 | 沿线群众满意度 | ≥90% |

            """
        let document = try Self.read(text)
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1 && project.name == "农村公路养护" && project.budget == 320)
        #expect(project.department.name == "淳安县交通运输局" && document.county == "淳安县")
        #expect(project.indicators.map(\.nameAsWritten) == ["养护里程", "优良路率", "群众出行条件", "沿线群众满意度"])
        #expect(project.indicators.map(\.level1Label) == ["产出指标", "产出指标", "效益指标", "满意度指标"])
        // Each row keeps the line it stood on, the rule between header and rows counted.
        #expect(project.indicators.map { $0.source.line } == [13, 14, 15, 16])
        #expect(document.findings.allSatisfy { $0.rule != RuleID.budgetMissing && $0.rule != RuleID.projectNameMissing })
    }

    @Test func onlyMarkdownLosesItsMarks() {
        #expect(MarkdownText.isMarkdown("| 一级指标 | 指标值 |\n|---|---|\n| 产出指标 | 5 |\n"))
        #expect(MarkdownText.isMarkdown("## 绩效目标表\n**项目名称**：X\n"))
        // Dashes and a `**` placeholder in a form that is no Markdown.
        #expect(!MarkdownText.isMarkdown("101-永江县委办公室\t10,822,499.95\n开发数量\t≥**个\n"))
        #expect(!MarkdownText.isMarkdown("**项目名称**：X\n"))
        #expect(!MarkdownText.isMarkdown("指标 --- 说明 | 备注\n"))
        let plain = MarkdownText.plain("# 标题\n| a | b |\n| --- | --- |\n| **合计** | 开发数量 ≥**个 |\r\n")
        #expect(plain.text == "标题\n| a | b |\n| 合计 | 开发数量 ≥**个 |\n")
        #expect(plain.origins == [1, 2, 4, 5])
    }
}
