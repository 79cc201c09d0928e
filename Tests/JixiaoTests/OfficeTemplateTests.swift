import Foundation
import Testing
@testable import JixiaoCore

/// Template families as counties send them from Office: each web page of
/// `Tests/Fixtures/office-templates/html/` (merged cells as rowspan/colspan) saved by LibreOffice
/// as .xlsx, .xls, tab-separated text, comma-separated values, .docx and .doc
/// (`Tests/Fixtures/make-office-fixtures.sh`), and flattened as text copied from a published
/// page is (`web-text.py`). Every rendering must read as the page does; a test leaves out the
/// renderings that lose what it checks, and says which and why.
@Suite struct OfficeTemplateTests {
    static let office = ["html", "xlsx", "xls", "tsv", "csv", "docx", "doc"]
    /// The page as text copied from a published page: `|` after each cell of a row (a merged
    /// cell written once), one cell a line with `|` or blank lines between, all cells glued, or
    /// each row's cells glued on its own line.
    static let webText = ["pipes", "cells-bar", "cells-blank", "glued", "rows-glued"]
    static let formats = office + webText
    /// Glued text runs amounts together where no unit ends them (`356.8356.80`, `9030`) and
    /// keeps no trace of a header's second row or of a review row's cells; these pages are read
    /// from every other rendering. Rows glued each on its own line keep the rows apart: a test
    /// adds them where they read as the page (`notGlued + ["rows-glued"]`).
    static let notGlued = office + ["pipes", "cells-bar", "cells-blank"]

    static func read(_ name: String, _ format: String) throws -> CountyDocument {
        let file = format == "tsv" || webText.contains(format) ? "\(name).txt" : "\(name).\(format)"
        return try Loaders.load(path: Fixtures.path("Tests/Fixtures/office-templates/\(format)/\(file)"))
    }

    /// 项目支出绩效目标审批表 with a 权重(%) column closed by a `合  计 | 90` row, then the
    /// departments' review rows (主管部门审核意见): the total row had been a seventh indicator
    /// named 合 计 under 满意度指标, with no value and weight 90 (weights 180). Glued, the total
    /// row ends the table: the review text and the note after it (`注:1.绩效指标应当细化…`, where
    /// 绩效指标 is a table's label) had been a seventh indicator with no value.
    @Test(arguments: formats)
    func aWeightTotalRowIsNoIndicator(format: String) throws {
        let document = try Self.read("approval-weight-total", format)
        #expect(document.county == "苍溪县")
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.name == "农村饮水安全工程维修养护")
        #expect(project.department.name == "苍溪县水利局")
        #expect(project.budget == 120)
        #expect(project.indicators.map(\.nameAsWritten).count == 6)
        #expect(project.indicators.map(\.valueAsWritten) == ["45处", "≥90%", "2024-11-30", "≤2.67万元", "≥12万人", "≥95%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["20", "15", "15", "10", "20", "10"])
        #expect(!project.indicators.contains { $0.nameAsWritten.contains("计") })
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
        #expect(document.rowsRead == document.rowsWritten)
    }

    /// Two 审批表 on one page, each with a scoring rule's row (预算执行(10分)); the first closes
    /// with `合计 | 100`: it had been an indicator named 合计 under 预算执行 with the value 100.
    @Test(arguments: notGlued + ["rows-glued"])
    func twoApprovalFormsWithTotalAndScoringRows(format: String) throws {
        let document = try Self.read("approval-two-projects", format)
        #expect(document.projects.map(\.name) == ["高标准农田建设项目", "动物防疫补助经费"])
        #expect(document.projects.map(\.budget) == [854, 35.5])
        #expect(document.projects.map(\.indicators.count) == [6, 5])
        #expect(document.projects[0].indicators.map(\.weightAsWritten) == ["20", "15", "15", "15", "15", "10"])
        #expect(document.projects[0].indicators.last?.nameAsWritten == "受益群众满意度")
        #expect(document.findings.filter { $0.rule == RuleID.scoringRow }.count == 2)
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
        // The second form's title opens with its year (`2024年项目支出…`): the year is the title's,
        // no value left over in the first form's table (rows glued on their lines had rejected it).
        #expect(document.rejected.isEmpty)
    }

    /// The same glued: each scoring rule's labels and name run together after the last
    /// indicator's values (`…≥90%10预算执行(10分)预算执行率年度预算执行率100%10`) are the rule's
    /// row, set apart as on the page (they had been a seventh and sixth indicator under
    /// 满意度指标). The first name reads `高标准农田建设`: glued, `项目主管部门` is a key as much
    /// as `主管部门` is, and the text cannot tell which the page had.
    @Test func gluedScoringRowsAreSetApart() throws {
        let document = try Self.read("approval-two-projects", "glued")
        #expect(document.projects.map(\.budget) == [854, 35.5])
        #expect(document.projects.map(\.indicators.count) == [6, 5])
        #expect(document.projects[0].indicators.map(\.weightAsWritten) == ["20", "15", "15", "15", "15", "10"])
        #expect(document.projects[0].indicators.last?.nameAsWritten == "受益群众满意度")
        #expect(document.findings.filter { $0.rule == RuleID.scoringRow }.count == 2)
        #expect(!document.projects.flatMap(\.indicators).contains { $0.nameAsWritten.contains("预算执行") })
    }

    /// 部门整体支出绩效目标表 whose budget row puts its keys above their values
    /// (`资金总额 | 财政拨款 | 其他资金` over `356.8 | 356.8 | 0`): every value had gone to the
    /// last key, 其他资金, and the department had no budget.
    @Test(arguments: notGlued + ["rows-glued"])
    func keysAboveTheirValues(format: String) throws {
        let document = try Self.read("dept-whole-keys-above-values", format)
        #expect(document.county == "苍溪县")
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.kind == .departmentWhole)
        #expect(project.department.name == "苍溪县文化广播电视和旅游局")
        #expect(project.budget == 356.8)
        #expect(project.fiscalFunds == 356.8)
        #expect(project.otherFunds == 0)
        #expect(project.indicators.count == 8)
        #expect(project.indicators.map(\.nameAsWritten).first == "送戏下乡场次")
        #expect(project.indicators.map(\.valueAsWritten).last == "≥95%")
    }

    /// 部门整体支出绩效目标表 whose 年度主要任务 table has a 预算金额 column: its first task's
    /// 3200.5 had been taken for the department's budget; the budget is 资金总额's 4000.
    @Test(arguments: notGlued + ["rows-glued"])
    func aBudgetColumnOfTasksIsNotTheBudget(format: String) throws {
        let document = try Self.read("dept-whole-task-amounts", format)
        #expect(document.county == "旺苍县")
        let project = try #require(document.projects.first)
        #expect(project.kind == .departmentWhole)
        #expect(project.department.name == "旺苍县教育局")
        #expect(project.budget == 4000)
        #expect(project.basicSpending == 3380.5)
        #expect(project.projectSpending == 619.5)
        #expect(project.indicators.map(\.nameAsWritten) == ["资助学生人次", "资助资金发放及时率", "\"三公\"经费支出",
                                                             "因贫失学辍学学生", "受助学生满意度"])
    }

    /// 区域绩效目标表: 中央主管部门 (the ministry, context only) then 地方主管部门, the county's
    /// department: it had been no department at all (未注明主管部门).
    @Test(arguments: formats)
    func theLocalDepartmentOfARegionalForm(format: String) throws {
        let document = try Self.read("regional-local-department", format)
        #expect(document.county == "忠县")
        let project = try #require(document.projects.first)
        #expect(project.name == "生猪调出大县奖励资金")
        #expect(project.department.name == "忠县农业农村委员会")
        #expect(project.budget == 397)
        #expect(project.indicators.map(\.valueAsWritten) == ["≥80万头", "≥80%", "≥3%", "≥85%"])
    }

    /// A project form with 项目代码 beside 项目名称 and `单位名称:××局 金额单位:万元` above the
    /// table: the code had been glued to the project's name (`就业创业补贴项目代码5108…`) and the
    /// unit line to the department's (`…保障局金额单位:万元`).
    @Test(arguments: notGlued + ["rows-glued"])
    func aProjectCodeAndAUnitLineAreNotPartOfNames(format: String) throws {
        let document = try Self.read("project-code-unit-line", format)
        #expect(document.county == "剑阁县")
        let project = try #require(document.projects.first)
        #expect(project.name == "就业创业补贴")
        #expect(project.department.name == "剑阁县人力资源和社会保障局")
        #expect(project.budget == 68.4)
        #expect(project.indicators.map(\.valueAsWritten) == ["1500", "300", "100", "4.5", "90"])
        #expect(project.indicators.map(\.weightAsWritten) == ["30", "20", "10", "20", "10"])
    }
}

extension OfficeTemplateTests {
    /// A department's table of projects whose first column holds departments, units and
    /// projects alike (单位名称、项目名称, with 项目年度目标 and no budget column): the header had
    /// been no project table, the page one form named after its title, the department and unit
    /// rows an indicator, the second project an indicator under the first. In the workbooks and
    /// Word files the department's and unit's rows are a lone cell each (their blank cells left
    /// out): they had been passed over, the unit lost. One cell a line the unit's row had been
    /// cut with the department's, as its goal.
    @Test(arguments: notGlued)
    func unitsAndProjectsInOneColumn(format: String) throws {
        let document = try Self.read("project-table-unit-and-project-column", format)
        #expect(document.county == "阆中市")
        #expect(document.projects.map(\.name) == ["农村公路养护经费", "交通安全宣传经费"])
        #expect(document.projects.map(\.department.code) == ["801", "801"])
        #expect(document.projects.map(\.department.name) == ["阆中市交通运输局", "阆中市交通运输局"])
        #expect(document.projects.map { $0.unit?.code } == ["801001", "801001"])
        #expect(document.projects.map(\.indicators.count) == [4, 3])
        #expect(document.projects.first?.goal == "完成农村公路日常养护1200公里,优良中等路率达到80%。")
        #expect(document.projects.flatMap(\.indicators).map(\.weightAsWritten) == ["40", "20", "20", "10", "50", "30", "10"])
        #expect(document.projects.flatMap(\.indicators).map(\.valueAsWritten) == ["1200", "80", "明显改善", "90", "24", "提高", "85"])
        #expect(document.rejected.isEmpty)
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
    }
}

extension OfficeTemplateTests {
    /// 总体目标 in two columns, 实施期目标 | 年度目标, with their text in the row below: the goal
    /// had been the heading `实施期目标` itself. The annual goal is taken, the period's kept out.
    @Test(arguments: notGlued)
    func aGoalInTwoColumnsIsTheAnnualOne(format: String) throws {
        let document = try Self.read("goal-in-two-columns", format)
        #expect(document.county == "南部县")
        let project = try #require(document.projects.first)
        #expect(project.name == "城乡居民医疗救助")
        #expect(project.goal == "救助困难群众2.5万人次,政策范围内住院费用救助比例不低于70%。")
        #expect(project.budget == 1580)
        #expect(project.fiscalFunds == 1580)
        #expect(project.indicators.map(\.nameAsWritten) == ["医疗救助人次", "政策范围内住院费用救助比例", "救助资金结算及时率",
                                                             "因病致贫返贫发生率", "救助对象满意度"])
        #expect(project.indicators.map(\.weightAsWritten) == ["30", "20", "10", "20", "10"])
    }
}

extension OfficeTemplateTests {
    /// An indicator named `居民 满意度` (a no-break space typed in Word, runs of bold and colour
    /// in the cells): its cell had been cut into the name 居民 and the level-1 label 满意度, the
    /// value taken for a name, the weight `10` an indicator of its own with no value.
    @Test(arguments: formats)
    func aNameEndingInALabelWordIsOneName(format: String) throws {
        let document = try Self.read("name-ending-in-a-label", format)
        #expect(document.county == "营山县")
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.budget == 1250.5)
        #expect(project.indicators.map { TextCleaning.dewrap($0.nameAsWritten) } == ["高血压患者规范管理率", "电子健康档案建档率",
                                                                                    "居民健康素养水平", "居民满意度"])
        #expect(project.indicators.map(\.valueAsWritten) == ["≥65%", "≥90%", "≥28%", "≥85%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["30", "30", "20", "10"])
        #expect(project.indicators.last?.level1Label == "满意度指标")
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
    }
}

extension OfficeTemplateTests {
    /// A project form whose header keys stand in rows above their values (项目名称 | 主管部门 |
    /// 实施单位 over the names, 资金总额 | 其中:财政拨款 | 其他资金 over the amounts): the project
    /// had been named after the title, its department the project's name, no budget.
    @Test(arguments: notGlued)
    func aProjectFormWithKeysAboveTheirValues(format: String) throws {
        let document = try Self.read("project-keys-above-values", format)
        #expect(document.county == "高坪区")
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.name == "城乡低保提标补助")
        #expect(project.department.name == "高坪区民政局")
        #expect(project.unit?.name == "高坪区社会救助服务中心")
        #expect(project.budget == 2360)
        #expect(project.fiscalFunds == 2360)
        #expect(project.otherFunds == 0)
        #expect(project.goal == "按时足额发放城乡低保金,保障困难群众基本生活。")
        #expect(project.indicators.map(\.valueAsWritten) == ["≥1.2万人", "100%", "有效保障", "≥90%"])
    }
}

extension OfficeTemplateTests {
    /// Labels written on two lines in their cells (`项目\n名称`, `一级\n指标`, `资金\n总额\n(万元)`),
    /// as narrow columns of a Word or Excel form have them. Saved as CSV, each such cell is a
    /// quoted field with a line break: the file had not been taken for CSV at all (its lines
    /// held different numbers of commas), no form found; nor had the two 审批表 pages.
    @Test(arguments: formats)
    func labelsBrokenOverLines(format: String) throws {
        let document = try Self.read("labels-broken-over-lines", format)
        #expect(document.county == "西充县")
        let project = try #require(document.projects.first)
        #expect(project.name == "农机购置补贴")
        #expect(project.department.name == "西充县农业农村局")
        #expect(project.unit?.name == "西充县农业机械化服务中心")
        #expect(project.budget == 85.6)
        #expect(project.indicators.map(\.nameAsWritten) == ["补贴农机具数量", "补贴机具合格率", "补贴资金兑付时间",
                                                             "农作物耕种收综合机械化率", "购机农户满意度"])
        #expect(project.indicators.map(\.valueAsWritten) == ["300台(套)", "100%", "2024年12月31日前", "≥65%", "≥90%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["30", "15", "15", "20", "10"])
    }
}

extension OfficeTemplateTests {
    /// A county's publication: `表1`, a 部门整体支出绩效目标表, `表2`, a 审批表. The caption `表2`
    /// had been a ninth indicator of the department's form (no value), and the department's
    /// budget lost in the workbooks (its keys above its values, b0bd338); a caption is now
    /// no row of either table (`caption_words`). Glued, `表2` follows the first table's last
    /// value in its run (`群众满意度≥95%表2`) and ends that table.
    @Test(arguments: formats)
    func captionsBetweenTables(format: String) throws {
        let document = try Self.read("captions-between-tables", format)
        #expect(document.county == "苍溪县")
        #expect(document.projects.map(\.name) == ["苍溪县文化广播电视和旅游局部门整体支出", "农村饮水安全工程维修养护"])
        #expect(document.projects.map(\.kind) == [.departmentWhole, .project])
        #expect(document.projects.map(\.budget) == [356.8, 120])
        #expect(document.projects.map(\.indicators.count) == [8, 6])
        #expect(!document.projects.flatMap(\.indicators).contains { $0.nameAsWritten.hasPrefix("表") })
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
    }
}

extension OfficeTemplateTests {
    /// 指标值 merged over two columns, the operator in one and the target in the other
    /// (`≥ | 200次`): the operator had been the value, the target the weight, the weight a
    /// column of no title. The two cells under the title are one value.
    @Test(arguments: formats)
    func aTargetInTwoCellsUnderOneTitle(format: String) throws {
        let document = try Self.read("target-in-two-cells", format)
        let project = try #require(document.projects.first)
        #expect(project.name == "森林防火专项经费")
        #expect(project.indicators.map(\.valueAsWritten) == ["≥200次", "≤30分钟", "≤0.9‰", "≥90%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["30", "30", "20", "10"])
        #expect(project.indicators.allSatisfy { $0.otherColumns.isEmpty })
    }

    /// 指标值 over a second header row, 数值 | 计量单位: the row of titles had been an indicator
    /// named 数值, the units the weights and the weights a column of no title.
    @Test(arguments: notGlued + ["rows-glued"])
    func aTargetUnderTwoTitles(format: String) throws {
        let document = try Self.read("target-under-two-titles", format)
        let project = try #require(document.projects.first)
        #expect(project.indicators.map(\.nameAsWritten) == ["开展防火巡查次数", "火情处置响应时间", "森林火灾受害率", "林区群众满意度"])
        #expect(project.indicators.map(\.valueAsWritten) == ["≥200", "≤30", "≤0.9", "≥90"])
        #expect(project.indicators.map(\.unitAsWritten) == ["次", "分钟", "‰", "%"])
        #expect(project.indicators.map(\.weightAsWritten) == ["30", "30", "20", "10"])
    }
}

/// Legacy workbooks whose blank cells hold "" (as POI and other exporters write them): their
/// shared strings hold an empty string, and FreeXL opens them without a handle. They had been
/// refused whole as a damaged compound file; their cells are now read from the Workbook stream.
@Suite struct EmptyStringWorkbookTests {
    static func read(_ name: String) throws -> Loaders.LoadedFile {
        try Loaders.read(path: Fixtures.path("Tests/Fixtures/office-templates/xls-empty-strings/\(name).xls"))
    }

    /// Two sheets, a 部门整体支出绩效目标表 and a 审批表, read as their .xlsx renderings are.
    @Test func twoSheetsReadFromTheStream() throws {
        let file = try Self.read("two-sheets")
        let document = file.document
        #expect(document.county == "苍溪县")
        #expect(document.projects.map(\.name) == ["苍溪县文化广播电视和旅游局部门整体支出", "农村饮水安全工程维修养护"])
        #expect(document.projects.map(\.budget) == [356.8, 120])
        #expect(document.projects.map(\.indicators.count) == [8, 6])
        #expect(document.projects[1].indicators.map(\.valueAsWritten) == ["45处", "≥90%", "2024-11-30", "≤2.67万元", "≥12万人", "≥95%"])
        #expect(document.projects[1].indicators.map(\.weightAsWritten) == ["20", "15", "15", "10", "20", "10"])
        #expect(file.input.details.contains { $0.contains("单元格取自工作簿数据流") })
    }

    /// 400 indicators: the shared strings run on into CONTINUE records (a string's characters
    /// cut between two records, the second starting with its own flags byte).
    @Test func sharedStringsOverContinueRecords() throws {
        let document = try Self.read("many-strings").document
        let project = try #require(document.projects.first)
        #expect(project.name == "大量指标测试")
        #expect(project.indicators.count == 400)
        #expect(project.indicators.first?.nameAsWritten.hasSuffix("0") == true)
        #expect(project.indicators.last?.nameAsWritten.hasSuffix("399") == true)
        #expect(project.indicators.filter { $0.valueAsWritten.hasSuffix("abc") }.count == 58)
        #expect(document.rejected.isEmpty)
    }
}

extension OfficeTemplateTests {
    /// Every cell glued: `部门名称:旺苍县教育局金额单位:万元年度主要任务…` had made the department's
    /// name run on over the unit statement and the task table's titles. (The budget is not read
    /// from this copy: its task amounts run into it, `4000` among `3200.5180619.5`.)
    @Test func aUnitStatementGluedToTheDepartmentIsNoPartOfItsName() throws {
        let document = try Self.read("dept-whole-task-amounts", "glued")
        let project = try #require(document.projects.first)
        #expect(project.department.name == "旺苍县教育局")
        #expect(project.name == "旺苍县教育局部门整体支出")
        // 预算金额 titles the task table's amounts (its first row runs on after it): the budget is 预算资金总额's.
        #expect(project.budget == 4000)
        #expect(project.indicators.map(\.nameAsWritten).first == "资助学生人次")
        #expect(project.indicators.count == 5)
        // 单位 and a colon glued to the unit's name (`编制单位:820001-井研县马踏镇人民政府单位:万元`).
        let general = try Loaders.load(path: Fixtures.path("Tests/Fixtures/template-pages/glued/s-general-two-row-header.txt"))
        #expect(general.projects.map { $0.unit?.description } == ["820001-井研县马踏镇人民政府"])
    }
}
