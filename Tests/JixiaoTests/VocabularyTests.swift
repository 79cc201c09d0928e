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

    /// A word under two roles would take one of them by the order the roles are declared; the
    /// shipped vocabulary lists each title, key and column title once.
    @Test func theShippedVocabularyListsEachWordUnderOneRole() throws {
        let file = try RuleFile.decode(FormVocabulary.File.self, path: Fixtures.path("Data/vocabulary.yaml"))
        var roles: [String: [String]] = [:]
        for (kind, lists) in [("titles", file.titles ?? [:]), ("keys", file.keys ?? [:]), ("columns", file.columns ?? [:])] {
            for (role, words) in lists { for word in words { roles[word, default: []].append("\(kind).\(role)") } }
        }
        #expect(roles.count > 150)
        #expect(roles.filter { $0.value.count > 1 }.isEmpty, "\(roles.filter { $0.value.count > 1 })")
        // 中央主管部门 names the authority above the county (once also listed as ignored).
        #expect(roles["中央主管部门"] == ["keys.authority"])
    }

    /// A placeholder (`placeholder_names`) stays one when cells are glued: `//` is a name's `/`
    /// and its value's; a word with a placeholder in it is none.
    @Test func placeholdersRunTogetherAreStillPlaceholders() throws {
        let vocabulary = try ReadingRules.bundled.get().vocabulary
        for text in ["/", "//", "无/", "——", "/-/"] { #expect(vocabulary.isPlaceholder(FormCells.compactScalars(text)), "\(text)") }
        for text in ["无人机", "/a/", "1/2", ""] { #expect(!vocabulary.isPlaceholder(FormCells.compactScalars(text)), "\(text)") }
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

/// A department's table of projects under other column titles and order is read by the
/// generic reader's project table (by column position, merged cells carried, shifted rows
/// realigned): the seed 000 table with three titles another county uses gives the records
/// Layout A's own reader gives for the original.
@Suite("Another county's department table")
struct ProjectTableTests {
    @Test func seedTableUnderOtherTitlesGivesLayoutARecords() throws {
        let original = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
        let renamed = original.replacingOccurrences(of: "预算数", with: "预算金额")
            .replacingOccurrences(of: "\t指标性质\t", with: "\t运算符号\t")
            .replacingOccurrences(of: "度量单位", with: "计量单位")
        let layoutA = try Loaders.load(text: original, file: "000.txt")
        let generic = try Loaders.load(text: renamed, file: "000-other-titles.txt")
        #expect(layoutA.layout == .departmentTable)
        #expect(generic.layout == .templateForm)
        #expect(generic.county == "平武县")
        #expect(generic.projects.count == 10 && generic.indicatorCount == 47)
        #expect(roundMoney(generic.projects.compactMap(\.budget).reduce(0, +)) == 97.2)
        #expect(generic.projects.map(\.name) == layoutA.projects.map(\.name))
        #expect(generic.projects.map(\.budget) == layoutA.projects.map(\.budget))
        let fields = { (document: CountyDocument) in
            document.projects.flatMap(\.indicators).map {
                [$0.level1Label, $0.level2Label, $0.nameAsWritten, $0.comparisonAsWritten, $0.valueAsWritten,
                 $0.unitAsWritten, $0.weightAsWritten, $0.directionAsWritten]
            }
        }
        #expect(fields(generic) == fields(layoutA))
        #expect(generic.findings.filter { $0.rule == "row.shifted-left" }.count == 6)
        #expect(generic.findings.filter { $0.rule == "row.shifted-right" }.count == 1)
        #expect(generic.rejected.isEmpty)
    }

    /// `指标方向` names the operator column in some templates (real form 02: `≤`, `≥`) and the
    /// direction in others (`正向`, `反向`): the cells say which.
    @Test func aColumnTitledLikeTheOperatorHoldingDirectionsIsTheDirection() throws {
        let text = """
        项目支出绩效目标表
        项目名称\t长宁县农村公路安全生命防护工程
        主管部门\t长宁县交通运输局
        年度资金总额(万元)\t260
        一级指标\t二级指标\t三级指标\t指标值\t指标权重\t指标方向
        产出指标\t数量指标\t实施防护工程里程\t80公里\t30\t正向
        \t质量指标\t工程验收合格率\t≥100%\t20\t正向
        效益指标\t社会效益指标\t交通事故发生率\t下降\t20\t反向
        """
        let indicators = try Loaders.load(text: text, file: "长宁县.txt").projects.flatMap(\.indicators)
        #expect(indicators.map(\.directionAsWritten) == ["正向", "正向", "反向"])
        #expect(indicators.map(\.comparisonAsWritten) == ["", "", ""])
        #expect(indicators.map(\.valueAsWritten) == ["80公里", "≥100%", "下降"])
    }

    /// In a grid (a workbook, Word, a web page, CSV, tabs) a cell stands under its column's
    /// title even where a cell before it is empty: a unit with no value is no value, and a
    /// weight in points (`30分`) after an empty unit is the weight.
    @Test func gridCellsStandUnderTheirColumnTitles() throws {
        let text = """
        2024年专项转移支付绩效目标表
        专项资金名称\t兴文县城市生活垃圾处理补助\t业务主管部门\t兴文县综合行政执法局
        当年资金总额(万元)\t680\t其中：财政拨款\t680
        一级指标\t二级指标\t三级指标\t指标值\t计量单位\t分值
        产出指标\t数量指标\t生活垃圾清运量\t≥42000\t吨\t20分
        \t数量指标\t转运站数量\t\t个\t10分
        效益指标\t生态效益指标\t城区环境卫生状况\t明显改善\t\t30分
        """
        let document = try Loaders.load(text: text, file: "兴文县.txt")
        let indicators = document.projects.flatMap(\.indicators)
        #expect(indicators.map(\.valueAsWritten) == ["≥42000", "", "明显改善"])
        #expect(indicators.map(\.unitAsWritten) == ["吨", "个", ""])
        #expect(indicators.map(\.weightAsWritten) == ["20分", "10分", "30分"])
        #expect(document.findings.filter { $0.rule == "value.missing" }.count == 1)
    }

    /// A 序号 column before 一级指标: its numbers stay on their rows, never indicators of their own.
    @Test func serialNumbersLeftOfTheTableAreKeptNotRead() throws {
        let text = """
        项目支出绩效目标表
        项目名称\t高县中医院设备购置
        主管部门\t高县卫生健康局
        年度资金总额(万元)\t300
        序号\t一级指标\t二级指标\t三级指标\t指标值\t权重
        1\t成本指标(20分)\t经济成本指标\t设备采购成本\t≤300万元\t20
        2\t产出指标(40分)\t数量指标\t购置设备台数\t≥12台\t20
        3\t\t质量指标\t设备验收合格率\t100%\t20
        """
        let document = try Loaders.load(text: text, file: "高县.txt")
        let indicators = document.projects.flatMap(\.indicators)
        #expect(indicators.map(\.nameAsWritten) == ["设备采购成本", "购置设备台数", "设备验收合格率"])
        #expect(indicators.map(\.otherColumns) == ["序号=1", "序号=2", "序号=3"])
        #expect(document.rowsRead == 3 && document.rejected.isEmpty)
    }

    @Test func departmentTableWithItsOwnColumns() throws {
        let text = """
        部门预算项目支出绩效目标表
        单位名称：旺苍县卫生健康局\t\t\t金额单位：万元
        项目名称\t预算金额\t绩效目标\t一级指标\t二级指标\t三级指标\t目标值\t计量单位\t分值\t备注
        基层医疗机构运行补助\t150.5\t保障基层医疗机构正常运转\t产出指标\t数量指标\t补助机构数\t≥32\t个\t20\t
        \t\t\t\t质量指标\t资金拨付准确率\t100\t%\t20\t按季度拨付
        \t\t\t效益指标\t社会效益指标\t群众就医便利度\t明显提升\t\t30\t
        家庭医生签约服务\t80\t提高签约服务覆盖率\t产出指标\t数量指标\t签约人数\t≥5万\t人\t50\t
        \t\t\t满意度指标\t服务对象满意度指标\t签约居民满意度\t≥85\t%\t40\t
        """
        let document = try Loaders.load(text: text, file: "卫健局.txt")
        #expect(document.county == "旺苍县")
        #expect(document.projects.map(\.name) == ["基层医疗机构运行补助", "家庭医生签约服务"])
        #expect(document.projects.map(\.budget) == [150.5, 80])
        #expect(document.projects[0].department.name == "旺苍县卫生健康局")
        #expect(document.projects[0].goal == "保障基层医疗机构正常运转")
        let first = document.projects[0].indicators
        #expect(first.map(\.level2Label) == ["数量指标", "质量指标", "社会效益指标"])
        #expect(first[1].level1Label == "产出指标" && first[1].unitAsWritten == "%" && first[1].weightAsWritten == "20")
        #expect(first[1].otherColumns == "备注=按季度拨付")
        #expect(document.indicatorCount == 5)
    }

    /// A grid's body rows are read as text by column, looking up only their first cell and the
    /// cell under the project title: a header repeated on a new page after a 序号 column (no
    /// vocabulary word) is still told by its project column, and a traditional-character cell
    /// is still folded for display.
    @Test func repeatedHeaderToldByItsProjectColumn() throws {
        let text = """
        部门项目支出绩效目标表
        单位名称：旺苍县卫生健康局\t\t\t金额单位：万元
        序号\t项目名称\t预算金额\t一级指标\t二级指标\t三级指标\t目标值
        1\t基层医疗机构运行补助\t150.5\t产出指标\t数量指标\t补助机构数\t≥32
        \t\t\t\t质量指标\t資金撥付準確率\t100%
        序号\t项目名称\t预算金额\t一级指标\t二级指标\t三级指标\t目标值
        2\t家庭医生签约服务\t80\t满意度指标\t服务对象满意度指标\t签约居民满意度\t≥85%
        """
        let document = try Loaders.load(text: text, file: "卫健局.txt")
        #expect(document.projects.map(\.name) == ["基层医疗机构运行补助", "家庭医生签约服务"])
        #expect(document.projects.map(\.budget) == [150.5, 80])
        #expect(document.projects.flatMap(\.indicators).map(\.nameAsWritten) == ["补助机构数", "资金拨付准确率", "签约居民满意度"])
        // The 序号 column is kept under its own title (it had been 第1列=…).
        #expect(document.projects.flatMap(\.indicators).map(\.otherColumns) == ["序号=1", "", "序号=2"])
        #expect(document.rejected.isEmpty)
        #expect(document.rowsRead == 3 && document.rowsWritten == 3)
        // `inspect --cells` still shows every cell of a grid row, with its role.
        let cells = TemplateFormLoader.explain(text: text, rules: try ReadingRules.bundled.get())
        #expect(cells.filter { $0.hasPrefix("行 5") }.count == 3)
        #expect(cells.filter { $0.hasPrefix("行 6") }.count == 7)
    }
}

/// Template variants seen in publications, read with the shipped vocabulary.
@Suite("Template variants")
struct TemplateVariantTests {
    /// A budget written as its cost breakdown ends with the total under any of the
    /// vocabulary's `total_labels` (共计, 合计数 …), not only 合计: the first amount of the
    /// breakdown had been taken for the budget (30 万元 of 120).
    @Test func aCostBreakdownTotalUnderAnyTotalLabel() throws {
        for label in ["合计", "共计", "合计数", "总计"] {
            let text = """
            2024年项目支出绩效目标表
            单位：万元
            项目名称\t旺苍县农村公路养护
            主管部门\t旺苍县交通运输局\t实施单位\t旺苍县公路养护段
            资金总额\t成本构成：人工费 30，材料费 90，\(label)120
            年度目标\t完成年度养护任务
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t养护里程\t≥120公里
            满意度指标\t服务对象满意度指标\t群众满意度\t≥90%
            """
            let document = try Loaders.load(text: text, file: "养护.txt")
            #expect(document.projects.map(\.budget) == [120], "\(label)")
            #expect(document.projects.first?.indicators.count == 2)
        }
    }

    /// Budget labels written as an amount (项目金额, 项目预算总额, 申报金额 …) are the form's
    /// budget key: 项目金额（万元） had been text, the form without budget (budget.missing) and
    /// without its unit (money.unit-missing), the amount an orphan cell.
    @Test func budgetLabelsWrittenAsAnAmount() throws {
        for (label, unit, budget) in [("项目金额（万元）", "", 12.5), ("项目金额", "万元", 12.5), ("项目预算总额(元)", "", 1.25),
                                      ("申报金额", "万元", 12.5), ("项目总预算", "万元", 12.5)] {
            let amount = budget == 1.25 ? "12500" : "12.5"
            for rendering in ["\t", "\n"] {
                let text = """
                2024年项目支出绩效目标表
                项目名称\(rendering)乡村道路维护
                主管部门\(rendering)平武县交通运输局
                \(label)\(rendering)\(amount)\(unit)
                年度目标\(rendering)完成道路维护
                一级指标\t二级指标\t三级指标\t指标值
                产出指标\t数量指标\t维护道路长度\t≥10公里
                效益指标\t社会效益指标\t通行条件\t明显改善
                """
                let document = try Loaders.load(text: text, file: "金额.txt")
                let project = try #require(document.projects.first)
                #expect(document.projects.count == 1 && project.name == "乡村道路维护" && project.budget == budget, "\(label) \(rendering)")
                #expect(project.indicators.map(\.name) == ["维护道路长度", "通行条件"], "\(label)")
                #expect(!document.findings.contains { $0.rule == "budget.missing" || $0.rule == "money.unit-missing" }, "\(label): \(document.findings)")
            }
        }
    }

    /// An allocation table's total row under any of `total_labels` (共计, 合计数 …) is its total:
    /// with 共计 the rows' amounts and serial numbers had been added instead (88 万元 for 85).
    @Test func anAllocationTotalUnderAnyTotalLabel() throws {
        for label in ["合计", "共计", "合计数"] {
            let text = """
            资金安排表
            单位：万元
            序号\t乡镇名称\t项目名称\t金额
            1\t城关镇\t道路养护\t40
            2\t东河镇\t道路养护\t45
            \(label)\t\t\t85

            2024年项目支出绩效目标表
            项目名称\t农村公路养护
            主管部门\t旺苍县交通运输局
            资金总额\t
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t养护里程\t≥120公里
            """
            let document = try Loaders.load(text: text, file: "养护.txt")
            #expect(document.projects.map(\.budget) == [85], "\(label)")
            #expect(document.findings.contains { $0.rule == RuleID.budgetFromAllocation }, "\(label)")
        }
    }

    /// A budget written in Chinese numerals, as formal money is, or after a yuan sign: the
    /// numerals had been no budget (budget.missing), and `¥1,200,000.00` after 壹佰贰拾万元
    /// 1,200,000 万元 (the sign's 元 unread). Words that only look like numerals stay no amount.
    @Test func budgetsInChineseNumeralsAndAfterAYuanSign() throws {
        let cases: [(cell: String, budget: Double?)] = [
            ("壹佰贰拾万元", 120), ("人民币壹佰贰拾万元整", 120), ("一百二十万元", 120), ("壹佰贰拾万", 120),
            ("贰亿零伍拾万元", 20_050), ("叁仟伍佰元伍角", 0.35005),
            ("人民币壹佰贰拾万元整（¥1,200,000.00）", 120), ("￥ 972,000", 97.2),
            ("十三五规划资金", nil), ("一般公共预算", nil),
            // A key's unit cut off it (`项目预算` | `资金(万元)`) had been 0 元: 万 alone is no numeral.
            ("资金(万元)", nil), ("亿元", nil), ("十万元", 10),
        ]
        for (cell, budget) in cases {
            let text = """
            2024年项目支出绩效目标表
            单位：万元
            项目名称\t旺苍县农村公路养护
            主管部门\t旺苍县交通运输局
            资金总额\t\(cell)
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t养护里程\t≥120公里
            """
            let document = try Loaders.load(text: text, file: "养护.txt")
            let read = try #require(document.projects.first).budget
            #expect(read.map { ($0 * 1e6).rounded() } == budget.map { ($0 * 1e6).rounded() }, "\(cell): \(String(describing: read))")
        }
    }

    /// A budget written only as its parts, with no total, is their sum, and said so
    /// (budget.sum-of-parts): the first part had been taken, silently. A total written first
    /// (`120（其中…）`) stays the budget.
    @Test func aBudgetWrittenOnlyAsItsPartsIsTheirSum() throws {
        let cases: [(cell: String, budget: Double, summed: Bool)] = [
            ("成本构成：人工费 30，材料费 90", 120, true),
            ("人工费 30万元；材料费 90万元、其他 5万元", 125, true),
            ("人工费 1,200，材料费 3,400", 4600, true),
            ("120（其中人工费 30，材料费 90）", 120, false),
            ("120", 120, false),
        ]
        for (cell, budget, summed) in cases {
            let text = """
            2024年项目支出绩效目标表
            单位：万元
            项目名称\t旺苍县农村公路养护
            主管部门\t旺苍县交通运输局\t实施单位\t旺苍县公路养护段
            资金总额\t\(cell)
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t养护里程\t≥120公里
            """
            let document = try Loaders.load(text: text, file: "养护.txt")
            #expect(document.projects.map(\.budget) == [budget], "\(cell)")
            let said = document.findings.filter { $0.rule == RuleID.budgetSumOfParts }
            #expect(said.count == (summed ? 1 : 0), "\(cell)")
            if summed { #expect(said.first?.source?.line == 5) }
        }
    }

    /// Two target sets (中长期 and 年度): the record takes the annual one and keeps the other;
    /// labels carry fill-in hints (`(0-20)分`, `(必填)`); 成本指标 comes first.
    @Test func annualTargetBesideTheLongTermOne() throws {
        let text = """
        2024年项目支出绩效目标表
        单位：万元
        项目名称\t旺苍县农村公路养护\t\t\t\t
        主管部门\t旺苍县交通运输局\t实施单位\t旺苍县公路养护段\t\t
        项目资金\t年度资金总额\t120\t\t\t
        \t其中：财政拨款\t100\t\t\t
        \t其他资金\t20\t\t\t
        总体目标\t中长期目标\t\t年度目标\t\t
        \t全县农村公路列养率保持100%\t\t完成年度养护任务\t\t
        绩效指标\t一级指标\t二级指标\t三级指标\t中长期指标值\t年度指标值
        \t成本指标(0-20)分\t经济成本指标\t每公里养护成本\t≤1.5万元\t≤1.2万元
        \t产出指标(必填)\t数量指标\t养护里程\t≥500公里\t≥120公里
        \t\t质量指标\t优良中等路率\t≥85%\t≥80%
        \t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t≥90%
        """
        let document = try Loaders.load(text: text, file: "养护.txt")
        let project = try #require(document.projects.first)
        #expect(project.budget == 120 && project.fiscalFunds == 100 && project.otherFunds == 20)
        #expect(project.indicators.map(\.valueAsWritten) == ["≤1.2万元", "≥120公里", "≥80%", "≥90%"])
        #expect(project.indicators[1].otherColumns == "中长期指标值=≥500公里")
        #expect(project.indicators[2].level1Label == "产出指标(必填)" && project.indicators[2].level2Label == "质量指标")
        #expect(Framework.key("成本指标(0-20)分") == "成本指标")
        // Labels that are their own key take a short way; the others are cut as before.
        let keys = ["产出指标": "产出指标", "数量指标：": "数量指标", "产出指标 (必填)": "产出指标",
                    "经济效益 指标": "经济效益指标", "满意度指标（30分）": "满意度指标", "ＡＢ指标": "AB指标", "效益指标*": "效益指标"]
        for (label, key) in keys { #expect(Framework.key(label) == key, "\(label)") }
        #expect(document.county == "旺苍县")
    }

    /// An operator column (指标性质), and a row whose empty unit cell was dropped: each cell
    /// goes to the column its shape fits (`20` the weight, `正向指标` the direction).
    @Test func operatorColumnAndADroppedCell() throws {
        let text = """
        项目支出绩效目标表
        （2023年度）
        项目名称 | 村级活动场所维修 | ||
        主管部门 | 北川羌族自治县委组织部 | 实施单位 | 北川羌族自治县委组织部 |
        项目资金（万元） | 年度资金总额 | 20 | |
        年度总体目标 | 维修村级活动场所5个 |
        一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性 |
        产出指标 | 数量指标 | 维修村级活动场所 | = | 5 | 个 | 30 | 正向指标 |
         | 质量指标 | 验收合格率 | ≥ | 95 | % | 30 |  |
        效益指标 | 社会效益指标 | 提升基层服务能力 | 定性 | 明显提升 | | 20 | 正向指标 |
        """
        let document = try Loaders.load(text: text, file: "北川.txt")
        let indicators = try #require(document.projects.first?.indicators)
        #expect(indicators.map(\.comparisonAsWritten) == ["=", "≥", "定性"])
        #expect(indicators.map(\.unitAsWritten) == ["个", "%", ""])
        #expect(indicators.map(\.weightAsWritten) == ["30", "30", "20"])
        #expect(indicators.map(\.directionAsWritten) == ["正向指标", "", "正向指标"])
        #expect(document.county == "北川羌族自治县")
    }
}
