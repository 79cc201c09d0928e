import Foundation
import Testing
@testable import JixiaoCore

/// Tables printed to PDF, where merged cells stand in the middle of the rows they span and a
/// cell's text wraps across the rows beside it (`Tests/Fixtures/printed/`, made by
/// `Tests/Fixtures/make-printed-fixtures.sh` from the web page beside each PDF).
@Suite struct PrintedTableTests {
    static func load(_ relative: String) throws -> CountyDocument {
        try Loaders.load(path: Fixtures.path(relative))
    }

    /// The words a printed page's furniture is told by.
    static let vocabulary = try! ReadingRules.bundled.get().vocabulary
    static let marks = vocabulary.printMarks

    /// A department's table of projects with its names wrapped in a narrow column (`学生资` /
    /// `助补助` / `经费` beside the first three indicators), and each project, budget and
    /// level-1 label centred over its rows: the names had been cut (`学生资`, `助补助经费`),
    /// the first indicator of each project rejected or put under the project above, and rows
    /// glued together (`质量指标经济成本指标`).
    /// The same table with its merged cells printed at the top of their rows, as Word aligns
    /// them (`department-table-top`): the names' lines had stood beside the rows below (`学生资`,
    /// `助补助经费` two projects).
    @Test(arguments: ["department-table", "department-table-top"])
    func aDepartmentTablesMergedCellsStartTheirRows(name: String) throws {
        let document = try Self.load("Tests/Fixtures/printed/\(name).pdf")
        #expect(document.projects.map(\.name) == ["学生资助补助经费", "校舍维修改造专项资金", "乡村教师生活补助"])
        #expect(document.projects.map(\.budget) == [120.5, 85, 60])
        #expect(document.projects.map(\.indicators.count) == [4, 4, 3])
        #expect(document.projects.map { $0.indicators.first?.nameAsWritten } == ["资助学生人数", "维修校舍面积", "补助教师人数"])
        let levels = document.projects[1].indicators.map { "\($0.level1Label)/\($0.level2Label)" }
        #expect(levels == ["产出指标/数量指标", "产出指标/质量指标", "成本指标/经济成本指标", "满意度指标/服务对象满意度指标"])
        #expect(document.rejected.isEmpty)
        #expect(document.departments.map(\.org.name) == ["平武县教育局"])
        #expect(!document.findings.contains { $0.rule == RuleID.budgetMissing })
    }

    /// A department's table whose unit, projects, budgets and goals are merged over their rows and
    /// printed by Writer (`department-table-units`): the unit's own row (`501-苍溪县卫生健康局 | | 65.00`)
    /// stands above its projects, and a project's name centred over its five rows had taken that
    /// row into its span (its middle is the same row). The first project had been read with the
    /// second's budget (20.00 for 45.00) and two of its rows rejected. A merged cell's span now
    /// nests inside the spans of the merged columns to its left (the unit's starts below its row).
    @Test func aProjectsSpanNestsInsideItsUnits() throws {
        let document = try Self.load("Tests/Fixtures/printed/department-table-units.pdf")
        #expect(document.projects.map(\.name) == ["家庭医生签约服务经费", "爱国卫生运动经费"])
        #expect(document.projects.map(\.budget) == [45, 20])
        #expect(document.projects.map(\.indicators.count) == [5, 4])
        #expect(document.projects.first?.indicators.map(\.nameAsWritten) == ["重点人群签约率", "签约服务履约率", "签约服务经费", "居民健康管理水平", "签约居民满意度"])
        #expect(document.rejected.isEmpty)
    }

    /// Real form 06: 实施效果指标 and 过程管理指标 centred over their groups. The process rows had
    /// taken the level 1 of the group above (满意度指标 / 计划管理指标).
    @Test func levelLabelsCentredOverTheirGroupStartIt() throws {
        let document = try Self.load("Tests/Fixtures/real-forms/pdf/06-anhui-shucheng-work-relief.pdf")
        let indicators = try #require(document.projects.first).indicators
        let process = indicators.filter { ["计划管理指标", "资金管理指标", "项目管理指标", "监督检查指标"].contains($0.level2Label) }
        #expect(process.count == 7)
        #expect(process.allSatisfy { $0.level1Label == "过程管理指标" })
        #expect(indicators.first { $0.nameAsWritten == "年度计划投资完成率" }?.level2Label == "资金管理指标")
    }

    /// Real form 11: a name wrapped over three lines (`…國家助` / `學(xué)金…` / `(shù)`) under a
    /// vertical label whose pinyin, set in a Latin font, has a taller box than the Chinese above
    /// it: the name had been cut in two indicators, one of them `(biāo)`.
    @Test func aWrappedNameUnderPinyinStaysOneIndicator() throws {
        let document = try Self.load("Tests/Fixtures/real-forms/pdf/11-guangdong-lechang-vocational-aid.pdf")
        let indicators = try #require(document.projects.first).indicators
        #expect(indicators.map { TextCleaning.cleanName($0.nameAsWritten) } == ["中等职业学校国家助学金应受助学生数", "中职免学费应受助学生数"])
        #expect(indicators.map(\.valueAsWritten) == ["100%", "100%"])
        #expect(indicators.allSatisfy { $0.level1Label == "产出指标" && $0.level2Label == "数量指标" })
    }

    /// A project's budget on a later row of its own (its merged cell printed in the middle of
    /// the project's rows), and a signature line whose words fall under the project and budget
    /// columns: the budget had been missing, the signature a project of 831 万元 (its phone number).
    @Test func aBudgetOnAProjectsLaterRowAndASignatureRow() throws {
        let text = [
            "2024年部门项目支出绩效目标表",
            "部门：某县教育局\t\t\t\t单位：万元",
            "项目名称\t预算数\t二级指标\t三级指标\t指标值",
            "学生资助补助经费\t\t数量指标\t资助学生人数\t≥350人",
            "\t120.50\t时效指标\t资金发放及时率\t100%",
            "\t\t满意度指标\t受助学生满意度\t≥95%",
            "填表人：李四\t联系电话：0831-7654321",
        ].joined(separator: "\n") + "\n"
        let document = try Loaders.load(text: text, file: "某县.txt")
        #expect(document.projects.map(\.name) == ["学生资助补助经费"])
        #expect(document.projects.map(\.budget) == [120.5])
        #expect(document.projects.first?.indicators.count == 3)
        #expect(document.rejected.isEmpty)
        #expect(!document.findings.contains { $0.rule == RuleID.budgetMissing })
    }

    /// A title set larger than the table's text: its characters are wider than the table's,
    /// which had looked like a gap where a column starts (`2024年 部门…`, `澧 县食用菌研究所`,
    /// `部 门整体支出项目绩效目标申报表`, `专 项转移支付绩效目标表`).
    @Test func aTitleSetLargerIsOneCell() throws {
        let printed = try PDFText(path: Fixtures.path("Tests/Fixtures/printed/department-table.pdf"), file: "x.pdf", vocabulary: Self.vocabulary).extract()
        #expect(printed.text.components(separatedBy: "\n").first?.split(separator: "\t") == ["2024年部门项目支出绩效目标表"])
        let real = try PDFText(path: Fixtures.path("Tests/Fixtures/real-forms/pdf/08-hunan-lixian-dept-whole.pdf"), file: "x.pdf", vocabulary: Self.vocabulary).extract()
        let cells = real.text.components(separatedBy: "\n").flatMap { $0.split(separator: "\t") }
        // Writer's automatic space before 2021 is none, as on the web page.
        #expect(cells.contains("澧县食用菌研究所2021年度绩效目标公开") && cells.contains("部门整体支出项目绩效目标申报表"))
        let other = try PDFText(path: Fixtures.path("Tests/Fixtures/real-forms/pdf/09-fujian-longyan-ethnic-region.pdf"), file: "x.pdf", vocabulary: Self.vocabulary).extract()
        #expect(other.text.components(separatedBy: "\n").flatMap { $0.split(separator: "\t") }.contains("专项转移支付绩效目标表"))
    }

    /// A number cut where a narrow column ends goes on without a space (`1,570,000.0` / `0`,
    /// `【4` / `01】`, full-width `２５０，０` / `００．００`), and its rest, whose box overlaps the
    /// line above as Latin text's does, is the same cell: the total row had been read as
    /// 1,570,000.0 with a row `0 0 0` below it (rejected), real form 11's 7,074,550 as `7,074,55 0`.
    @Test func aNumberCutByANarrowColumnIsOneNumber() throws {
        let document = try Self.load("Tests/Fixtures/printed/narrow-amounts.pdf")
        #expect(document.departments.map(\.org.description) == ["401-昭化区卫生健康局"])
        #expect(document.departments.first?.statedTotal == 157)
        #expect(!document.rejected.contains { $0.text.hasPrefix("0") })
        let printed = try PDFText(path: Fixtures.path("Tests/Fixtures/printed/narrow-amounts.pdf"), file: "x.pdf", vocabulary: Self.vocabulary).extract()
        let cells = printed.text.components(separatedBy: "\n").flatMap { $0.split(separator: "\t") }
        #expect(cells.contains("1,570,000.00") && cells.contains("1,320,000.00") && cells.contains("２５０，０００．００"))
        let real = try PDFText(path: Fixtures.path("Tests/Fixtures/real-forms/pdf/11-guangdong-lechang-vocational-aid.pdf"), file: "x.pdf", vocabulary: Self.vocabulary).extract()
        let realCells = real.text.components(separatedBy: "\n").flatMap { $0.split(separator: "\t") }
        #expect(realCells.contains("7,074,550") && realCells.contains("6,728,925"))
    }

    /// Writer's automatic space between Chinese and a number is a gap in the text layer, as
    /// wide as a narrow typed space: after the ordinal 第 it had stayed (`第 1项：补贴农机具数量`,
    /// `第 4季度`), so the PDF's indicators were named and valued unlike the same page's.
    @Test func anOrdinalKeepsItsNumber() throws {
        let printed = try Self.load("Tests/Fixtures/printed/ordinal-numbers.pdf")
        let page = try Self.load("Tests/Fixtures/printed/ordinal-numbers.html")
        let names = ["第1项：补贴农机具数量", "第2项：补贴对象符合率", "第3项：补贴发放时间", "第4项：农机化水平提升", "第5项：受益农户满意度"]
        for document in [printed, page] {
            let project = try #require(document.projects.first)
            #expect(document.projects.count == 1 && project.name == "第2批农机购置补贴" && project.budget == 120)
            #expect(project.indicators.map(\.nameAsWritten) == names, "\(document.file)")
            #expect(project.indicators.map(\.valueAsWritten) == ["≥200台", "100%", "第4季度", "明显提升", "≥90%"], "\(document.file)")
        }
    }

    /// Two real pages (巴彦淖尔市's self-evaluation, 六安市's application; `real-pages/html/`, made by
    /// make-real-page-fixtures.sh) as sheets Calc printed
    /// over two and three pages, each page headed by Calc's default header, the sheet's name
    /// (`Sheet1`). Where the indicator table ran on over a page break, that header had been read
    /// into it: 六安市's as a row of its own (产出指标 / 数量指标 / Sheet1, no target), 巴彦淖尔市's into
    /// a target (`等于 100 Sheet1`, its unit and score lost). The same word at the top of every page is
    /// no text of the sheet's: each reads as its page does.
    @Test func aSpreadsheetsPageHeaderIsNoCell() throws {
        for page in ["bayannur-natural-resources-self-evaluation", "luan-quality-testing"] {
            let pdf = "Tests/Fixtures/real-pages/calc-pdf/\(page).pdf"
            let printed = try Self.load(pdf)
            let text = try Self.load("Tests/Fixtures/real-pages/\(page).txt")
            let rows = printed.projects.flatMap(\.indicators)
            #expect(!rows.contains { "\($0.nameAsWritten) \($0.valueAsWritten) \($0.otherColumns)".contains("Sheet1") }, "\(pdf)")
            func valued(_ document: CountyDocument) -> [String] {
                document.projects.flatMap(\.indicators).filter { !$0.valueAsWritten.isEmpty }.map { "\($0.nameAsWritten)=\($0.valueAsWritten)" }
            }
            #expect(valued(printed) == valued(text), "\(pdf)")
            #expect(printed.projects.map(\.budget) == text.projects.map(\.budget), "\(pdf)")
        }
        let selfEvaluation = try Self.load("Tests/Fixtures/real-pages/calc-pdf/bayannur-natural-resources-self-evaluation.pdf").projects.flatMap(\.indicators)
        #expect(selfEvaluation.map(\.valueAsWritten) == ["1", "1", "100", "100"])
        #expect(selfEvaluation.map(\.unitAsWritten) == ["次", "个", "%", "%"])
        #expect(zip(selfEvaluation, ["8", "7", "8", "7"]).allSatisfy { $0.otherColumns.contains("得分=\($1)") })
        let application = try Self.load("Tests/Fixtures/real-pages/calc-pdf/luan-quality-testing.pdf").projects.flatMap(\.indicators)
        #expect(application.filter { !$0.valueAsWritten.isEmpty }.count == 7)
    }

    /// The same three real pages printed by LibreOffice in Chinese (`real-pages/calc-pdf-zh/`, as
    /// Chinese office suites built on it print): its default header is the sheet's name `工作表1` and
    /// its footer `页1`. Both had been read as rows where a table ran on over a page break (六安市:
    /// `数量指标 / 页 | 1` and `数量指标 / 工作表1`; 巴彦淖尔市's `等于 100` lost its unit and score to them,
    /// 萧县 one row more). A page number and a default sheet name are words of the vocabulary
    /// (`page_numbers`, `sheet_names`): each page reads as its English printing and its text do.
    @Test func aChineseSpreadsheetsHeaderAndFooterAreNoCells() throws {
        for page in ["bayannur-natural-resources-self-evaluation", "luan-quality-testing", "xiaoxian-hexi-planting-subsidy"] {
            let pdf = "Tests/Fixtures/real-pages/calc-pdf-zh/\(page).pdf"
            let chinese = try Self.load(pdf)
            let english = try Self.load("Tests/Fixtures/real-pages/calc-pdf/\(page).pdf")
            func rows(_ document: CountyDocument) -> [String] {
                document.projects.flatMap(\.indicators).map { "\($0.level2Label)/\($0.nameAsWritten)=\($0.valueAsWritten)\($0.unitAsWritten) \($0.otherColumns)" }
            }
            #expect(!rows(chinese).contains { $0.contains("工作表") || $0.contains("/页") }, "\(pdf)")
            #expect(rows(chinese) == rows(english), "\(pdf)")
            #expect(chinese.rowsRead == english.rowsRead && chinese.projects.map(\.budget) == english.projects.map(\.budget), "\(pdf)")
        }
        let application = try Self.load("Tests/Fixtures/real-pages/calc-pdf-zh/luan-quality-testing.pdf").projects.flatMap(\.indicators)
        #expect(application.count == 8 && application.filter { !$0.valueAsWritten.isEmpty }.count == 7)
        let selfEvaluation = try Self.load("Tests/Fixtures/real-pages/calc-pdf-zh/bayannur-natural-resources-self-evaluation.pdf").projects.flatMap(\.indicators)
        #expect(selfEvaluation.map(\.unitAsWritten) == ["次", "个", "%", "%"])
        #expect(zip(selfEvaluation, ["8", "7", "8", "7"]).allSatisfy { $0.otherColumns.contains("得分=\($1)") })
    }

    /// Three real forms' Word documents given a page-number footer as Word's gallery writes one
    /// (`real-forms/pdf-page-furniture/`, make-page-furniture-fixtures.sh: a bare `1`, or `1/2`) and
    /// printed by Writer over two pages. The numbers had been read as rows: 武川县's `1` a row of
    /// numbers alone and its `2` a value with no name (2 rejected), 澧县's `1/2` and 鄂州市's `1` as
    /// indicators, and a cell cut by the page break left in two. No vocabulary lists them; the
    /// lowest line of each page, short, at one height, counting the pages, is their number.
    @Test func aWordProcessorsPageNumberIsNoRow() throws {
        for (form, style) in [("07-neimenggu-wuchuan-livestock", "bare"), ("08-hunan-lixian-dept-whole", "fraction"),
                              ("10-hubei-ezhou-office-building", "bare")] {
            let pdf = "Tests/Fixtures/real-forms/pdf-page-furniture/\(form)-\(style).pdf"
            let printed = try Self.load(pdf)
            let document = try Self.load("Tests/Fixtures/real-forms/docx/\(form).docx")
            let indicators = printed.projects.flatMap(\.indicators)
            #expect(indicators.map(\.nameAsWritten) == document.projects.flatMap(\.indicators).map(\.nameAsWritten), "\(pdf)")
            #expect(indicators.map(\.valueAsWritten) == document.projects.flatMap(\.indicators).map(\.valueAsWritten), "\(pdf)")
            #expect(printed.rowsRead == document.rowsRead && printed.rejected.isEmpty, "\(pdf)")
            #expect(printed.projects.map(\.budget) == document.projects.map(\.budget), "\(pdf)")
        }
        let livestock = try Self.load("Tests/Fixtures/real-forms/pdf-page-furniture/07-neimenggu-wuchuan-livestock-bare.pdf")
        #expect(livestock.projects.flatMap(\.indicators).count == 11 && livestock.projects.map(\.budget) == [50])
        #expect(livestock.projects.flatMap(\.indicators).last.map { "\($0.nameAsWritten)=\($0.valueAsWritten)" } == "防疫室84平米=≥1050元")
    }

    /// Two real forms' Word documents given a page header (make-page-furniture-fixtures.sh), printed
    /// by Writer over two pages: `附件3` atop each page had cut 澧县's indicator table at the page break
    /// (a caption: 6 of 9 rows rejected, the file refused), and the publishing unit's line had become
    /// an indicator of 鄂州市's form, the cell the break cut left in two. The same one cell atop every
    /// page, that the forms have no use for (no title, key or money unit), is the page's header, and
    /// so is a title set in the text's size (`项目支出绩效目标表`: 鄂州市's cut cell had been left in two,
    /// 8 indicators for 7). A title set larger, as a form's own title (a PDF of one form a page),
    /// stays in the text but not in the page's grid: 安溪县's name cut by the break is joined across it
    /// (`开展小型水` / `利工程建设(个)` had been two indicators).
    @Test func aWordProcessorsPageHeaderIsNoRow() throws {
        for (form, header) in [("08-hunan-lixian-dept-whole", "attachment"), ("10-hubei-ezhou-office-building", "unit"),
                               ("10-hubei-ezhou-office-building", "title")] {
            let pdf = "Tests/Fixtures/real-forms/pdf-page-furniture/\(form)-\(header).pdf"
            let printed = try Self.load(pdf)
            let unnumbered = try Self.load("Tests/Fixtures/real-forms/pdf-page-furniture/\(form)-\(form.hasPrefix("10") ? "bare" : "fraction").pdf")
            func rows(_ document: CountyDocument) -> [String] {
                document.projects.flatMap(\.indicators).map { "\($0.level2Label)/\($0.nameAsWritten)=\($0.valueAsWritten) \($0.otherColumns)" }
            }
            #expect(rows(printed) == rows(unnumbered), "\(pdf)")
            #expect(printed.rowsRead == unnumbered.rowsRead && printed.rejected.isEmpty, "\(pdf)")
            #expect(!rows(printed).contains { $0.contains("附件3") || $0.contains("部门预算公开") }, "\(pdf)")
        }
        let office = try Self.load("Tests/Fixtures/real-forms/pdf-page-furniture/10-hubei-ezhou-office-building-unit.pdf")
        #expect(office.projects.map(\.budget) == [814] && office.projects.flatMap(\.indicators).count == 7)
        #expect(office.projects.flatMap(\.indicators).contains { $0.nameAsWritten == "办公大楼日常维修维护验收合格率" && $0.valueAsWritten == ">92%" })
        let water = try Self.load("Tests/Fixtures/real-forms/pdf-page-furniture/03-fujian-anxi-small-water-large-title.pdf")
        let document = try Self.load("Tests/Fixtures/real-forms/docx/03-fujian-anxi-small-water.docx")
        #expect(water.projects.flatMap(\.indicators).map(\.nameAsWritten) == ["开展小型水利工程建设(个)"])
        #expect(water.projects.flatMap(\.indicators).map(\.nameAsWritten) == document.projects.flatMap(\.indicators).map(\.nameAsWritten))
        #expect(water.projects.map(\.budget) == [100] && water.rowsRead == document.rowsRead)
        // 龙岩市's second page opens with the form's fund rows: under a title kept as a form's own it
        // had been a second form of the same 30 万元 (a total counted twice).
        let region = try Self.load("Tests/Fixtures/real-forms/pdf-page-furniture/09-fujian-longyan-ethnic-region-title.pdf")
        let regionDocument = try Self.load("Tests/Fixtures/real-forms/docx/09-fujian-longyan-ethnic-region.docx")
        #expect(region.projects.map(\.name) == ["宗教管理经费"] && region.projects.map(\.budget) == [30])
        #expect(region.projects.flatMap(\.indicators).map(\.nameAsWritten) == regionDocument.projects.flatMap(\.indicators).map(\.nameAsWritten))
        let department = try Self.load("Tests/Fixtures/real-forms/pdf-page-furniture/08-hunan-lixian-dept-whole-attachment.pdf")
        #expect(department.projects.map(\.budget) == [222.45] && department.projects.flatMap(\.indicators).count == 9)
    }

    /// 巴彦淖尔市's sheet printed in English and in Chinese, copied as text from the PDF
    /// (`real-pages/pdf-text/`): the page header, a default sheet name alone on a line (`Sheet1`,
    /// `工作表1`), had been read into the target it broke (`等于 100 Sheet1`, its unit and score lost)
    /// or as an indicator of its own (`工作表1 | 100`). It is no cell, as in the PDF.
    @Test func aSheetNameCopiedWithAPrintedPageIsNoCell() throws {
        let pdf = try Self.load("Tests/Fixtures/real-pages/calc-pdf/bayannur-natural-resources-self-evaluation.pdf")
        for copy in ["bayannur-natural-resources-self-evaluation.txt", "bayannur-natural-resources-self-evaluation-zh.txt"] {
            let text = try Self.load("Tests/Fixtures/real-pages/pdf-text/\(copy)")
            let indicators = text.projects.flatMap(\.indicators)
            #expect(indicators.map(\.nameAsWritten) == pdf.projects.flatMap(\.indicators).map(\.nameAsWritten), "\(copy)")
            #expect(indicators.map { "\($0.valueAsWritten)\($0.unitAsWritten)" } == ["1次", "1个", "100%", "100%"], "\(copy)")
            #expect(zip(indicators, ["8", "7", "8", "7"]).allSatisfy { $0.otherColumns.contains("得分=\($1)") }, "\(copy)")
            #expect(text.projects.map(\.budget) == [2.38] && text.rejected.isEmpty, "\(copy)")
        }
    }

    /// 萧县's self-evaluation (a real page, `real-pages/xiaoxian-hexi-planting-subsidy.txt`) as a
    /// sheet Calc printed: its budget `9.48` stood under another table's column start, and the
    /// word had been cut there into `9.` and `48`, read as the budget 48 万元 (a wrong total, no
    /// finding). A number is never cut at its point or a separator: 9.48, as the page says.
    @Test func aNumberIsNeverCutAtItsPoint() throws {
        let printed = try Self.load("Tests/Fixtures/real-pages/calc-pdf/xiaoxian-hexi-planting-subsidy.pdf")
        let text = try Self.load("Tests/Fixtures/real-pages/xiaoxian-hexi-planting-subsidy.txt")
        #expect(printed.projects.map(\.budget) == [9.48] && text.projects.map(\.budget) == [9.48])
        #expect(printed.projects.map(\.name) == ["河西村特色种养补贴到户项目"])
        let rows = printed.projects.flatMap(\.indicators).prefix(12).map { "\($0.nameAsWritten)=\($0.valueAsWritten)\($0.unitAsWritten)" }
        #expect(rows == text.projects.flatMap(\.indicators).prefix(12).map { "\($0.nameAsWritten)=\($0.valueAsWritten)\($0.unitAsWritten)" })
        #expect(rows.first == "★补助各类瓜果蔬菜种植面积=29.5亩")
    }

    /// Real form 02's workbook printed by Calc, which sets a cell at the bottom of its row: a
    /// wrapped name or explanation starts lines above its row's other cells. Read top-down,
    /// those lines had gone on from the row above (`三级指标省级财政专`, `…控制情况反映防洪水`)
    /// and no indicator had its value (0 of 4). Now each reads as the workbook does.
    @Test func cellsPrintedAtTheBottomOfTheirRows() throws {
        let printed = try Self.load("Tests/Fixtures/printed/calc-02-fujian-xiuyu-flood-repair.pdf")
        let sheet = try Self.load("Tests/Fixtures/real-forms/xlsx/02-fujian-xiuyu-flood-repair.xlsx")
        func valued(_ document: CountyDocument) -> [String] {
            document.projects.flatMap(\.indicators).filter { !$0.valueAsWritten.isEmpty }.map { "\($0.nameAsWritten)=\($0.valueAsWritten)" }
        }
        #expect(valued(printed) == ["省级财政专项资金投入成本控制率(%)=100%", "开展修复工程(个)=1", "已建工程是否存在质量问题=否",
                                    "截至2026年12月底,项目开展率(%)=100%"])
        #expect(valued(printed) == valued(sheet))
        let explanations = ["反映省级财政专项资金投入成本控制情况", "反映防洪水利设施水毁修复项目开展情况",
                            "当年已完工项目是否在检查中发现质量问题", "反映修复开展情况"]
        for (indicator, explanation) in zip(printed.projects.flatMap(\.indicators), explanations) {
            #expect(indicator.otherColumns.contains("指标解释=\(explanation)"), "\(indicator.otherColumns)")
        }
        #expect(printed.projects.map(\.budget) == [35] && printed.county == "秀屿区")
        #expect(printed.projects.map(\.department.name) == ["秀屿区水利局"])
    }

    /// A 一般性项目绩效目标表 opened by Calc from its web page and printed (`calc-long-term-targets.pdf`):
    /// key rows merged across the table's columns, and names, values and standards wrapped in
    /// narrow columns at the bottom of their rows. The amount `854万(…)` merged across where the
    /// title 指标权重 and 项目主管部门's value start had hidden that column: the key rows fell apart
    /// (no project name: project.name-missing, and the department lost) and the weights stood in
    /// the values' column. With the column, `≤2000元` (one row's value, filling its cell) and
    /// `≥1000` / `元/户` (the next row's, which Calc broke before `元/户`) had run together and
    /// joined the 成本 and 效益 rows into one garbled indicator.
    @Test func narrowColumnsAndMergedKeyRowsPrintedByCalc() throws {
        let document = try Self.load("Tests/Fixtures/printed/calc-long-term-targets.pdf")
        #expect(document.projects.map(\.name) == ["乡村振兴产业发展"])
        #expect(document.projects.map(\.department.name) == ["井研县马踏镇人民政府"])
        #expect(document.projects.map(\.budget) == [854])
        let indicators = document.projects.flatMap(\.indicators)
        #expect(indicators.map(\.nameAsWritten) == ["高标准农田建设面积", "新建产业路长度", "工程验收合格率", "年度任务完成时间",
                                                   "每亩建设成本", "带动农户增收", "设施使用年限", "受益农户满意度"])
        #expect(indicators.map { $0.comparisonAsWritten + $0.valueAsWritten + $0.unitAsWritten }
                == ["2000亩", "5公里", "100%", "2024年12月底前", "≤2000元", "≥500元/户", "≥15年", "≥90%"])
        #expect(indicators.map(\.weightAsWritten) == ["20", "10", "10", "10", "10", "10", "10", "10"])
        #expect(indicators.map(\.level2Label) == ["数量指标", "数量指标", "质量指标", "时效指标", "经济成本指标",
                                                 "经济效益指标", "可持续影响指标", "服务对象满意度指标"])
        #expect(indicators.first?.otherColumns.contains("评(扣)分标准=未完成按比例扣分") == true, "\(indicators.first?.otherColumns ?? "")")
        #expect(indicators[5].otherColumns.contains("长期指标值=≥1000元/户"), "\(indicators[5].otherColumns)")
        #expect(!document.findings.contains { $0.rule == RuleID.projectNameMissing })
    }

    /// Level labels merged over their groups, printed by Calc (`calc-level-labels.pdf`): each
    /// label stands on its group's last row (产出指标 beside 养护任务完成时间, 数量指标 beside
    /// 修复破损路面面积), so the first rows had none and 群众出行条件 took 时效指标 from above. Read
    /// as belonging to the nearest label below, every row has the labels its web page gives it.
    @Test func levelLabelsPrintedOnTheirGroupsLastRows() throws {
        let printed = try Self.load("Tests/Fixtures/printed/calc-level-labels.pdf")
        let page = try Self.load("Tests/Fixtures/printed/calc-level-labels.html")
        func labels(_ document: CountyDocument) -> [String] {
            document.projects.flatMap(\.indicators).map { "\($0.level1Label)/\($0.level2Label)" }
        }
        #expect(labels(printed) == ["产出指标/数量指标", "产出指标/数量指标", "产出指标/质量指标", "产出指标/时效指标",
                                    "效益指标/社会效益指标", "效益指标/社会效益指标", "效益指标/可持续影响指标",
                                    "满意度指标/服务对象满意度指标"])
        #expect(labels(printed) == labels(page))
        #expect(printed.projects.flatMap(\.indicators).map(\.nameAsWritten) == page.projects.flatMap(\.indicators).map(\.nameAsWritten))
        #expect(printed.readingNotes.contains { $0.contains("最后一行") })
        #expect(!page.readingNotes.contains { $0.contains("最后一行") })
        #expect(!printed.findings.contains { $0.rule == RuleID.labelMissing })
    }

    /// Level labels centred over their groups, printed by Writer (`centred-labels-level2-first`):
    /// the first row has its own level 2 (数量指标, a group of one) and no level 1 (产出指标 stands
    /// beside the middle row), and the last row has its own level 1 (满意度指标), as a table printed
    /// by Calc with its labels on its groups' last rows may (09). Read so, 垃圾清运及时率 had taken
    /// 效益指标 from below and, its 时效指标 belonging to 产出指标, lost its level 1: labels are taken
    /// from below for such a table only where every level 1 stands beside a level 2 and each row's
    /// level 2 then belongs to its level 1.
    @Test func labelsCentredOverTheirGroupsAreNotTakenFromBelow() throws {
        let printed = try Self.load("Tests/Fixtures/printed/centred-labels-level2-first.pdf")
        let page = try Self.load("Tests/Fixtures/printed/centred-labels-level2-first.html")
        func labels(_ document: CountyDocument) -> [String] {
            document.projects.flatMap(\.indicators).map { "\($0.level1Label)/\($0.level2Label)/\($0.nameAsWritten)" }
        }
        #expect(labels(printed) == ["产出指标/数量指标/改造农村户厕数量", "产出指标/质量指标/户厕改造验收合格率",
                                    "产出指标/时效指标/垃圾清运及时率", "效益指标/生态效益指标/农村生活垃圾无害化处理率",
                                    "满意度指标/服务对象满意度指标/村民满意度"])
        #expect(labels(printed) == labels(page))
        #expect(!printed.readingNotes.contains { $0.contains("最后一行") })
    }

    /// A level 2 centred over two rows by Writer (`dept-whole-centred-labels`, a 部门整体 form):
    /// its column by itself shows no merged cell (数量指标, between its two rows, is its one cell
    /// printed over several), but its span starts and ends where spans of the level-1 column's
    /// merged cells do: it is merged too, and moves to its span's first row. 公共文化场馆免费开放数
    /// had lost its 数量指标.
    @Test func aLabelCentredOverTwoRowsNestsInTheMergedColumnBesideIt() throws {
        let printed = try Self.load("Tests/Fixtures/printed/dept-whole-centred-labels.pdf")
        let page = try Self.load("Tests/Fixtures/printed/dept-whole-centred-labels.html")
        func labels(_ document: CountyDocument) -> [String] {
            document.projects.flatMap(\.indicators).map { "\($0.level1Label)/\($0.level2Label)/\($0.nameAsWritten)" }
        }
        #expect(Array(labels(printed).prefix(3)) == ["产出指标/数量指标/送戏下乡场次", "产出指标/数量指标/公共文化场馆免费开放数",
                                                     "产出指标/时效指标/资金支付及时率"])
        #expect(labels(printed) == labels(page))
    }

    /// Two 项目支出绩效目标审批表 on one page (`two-forms-one-page`, the office templates'
    /// `approval-two-projects` page printed by Writer), their tables of other column
    /// widths: the second table's columns start inside the first's values, which had been cut
    /// after their signs (`>` | `=10000亩`, `≥` | `90%`: no value, the rest read as the weight).
    /// A value is never cut after its comparison sign. And each table's `合计 | 100` (the weights'
    /// sum) had been an indicator named 合计.
    @Test func twoTablesOfOtherWidthsOnOnePage() throws {
        let document = try Self.load("Tests/Fixtures/printed/two-forms-one-page.pdf")
        #expect(document.projects.map(\.name) == ["高标准农田建设项目", "动物防疫补助经费"])
        #expect(document.projects.map(\.indicators.count) == [6, 5])
        // (Writer's spacing between 年 and 11 stays a space: the text layer cannot tell it from a typed one.)
        let values = document.projects.map { $0.indicators.map { ($0.comparisonAsWritten + $0.valueAsWritten + $0.unitAsWritten).filter { $0 != " " } } }
        #expect(values == [[">=10000亩", "100%", "100%", "≥50公斤", "≥15年", "≥90%"],
                           ["≥50万头(只)", "≥90%", "2024年11月底前", "无区域性重大疫情", "≥90%"]])
        #expect(document.projects.flatMap(\.indicators).map(\.weightAsWritten) == ["20", "15", "15", "15", "15", "10", "20", "15", "15", "30", "10"])
        #expect(!document.projects.flatMap(\.indicators).contains { $0.nameAsWritten == "合计" })
        #expect(document.rejected.isEmpty)
    }

    /// A page printed by Calc with one wrapped cell only (`calc-one-wrapped-name`, the office
    /// templates' `regional-local-department` page: `资金用于生猪产业比`
    /// / `例`, its row's labels and value on the second line): one cell that keeps to its column is
    /// enough to tell cells stand at the bottom of their rows. It had been two indicators.
    @Test func oneWrappedNameOnAPagePrintedByCalc() throws {
        let printed = try Self.load("Tests/Fixtures/printed/calc-one-wrapped-name.pdf")
        let page = try Self.load("Tests/Fixtures/office-templates/html/regional-local-department.html")
        func read(_ document: CountyDocument) -> [String] {
            document.projects.flatMap(\.indicators).map { "\($0.level1Label)/\($0.level2Label)/\($0.nameAsWritten)=\($0.comparisonAsWritten)\($0.valueAsWritten)\($0.unitAsWritten)" }
        }
        #expect(read(printed) == ["产出指标/数量指标/生猪出栏量=≥80万头", "产出指标/质量指标/资金用于生猪产业比例=≥80%",
                                  "效益指标/经济效益指标/生猪产业产值增长=≥3%", "满意度指标/服务对象满意度指标/养殖场户满意度=≥85%"])
        #expect(read(printed) == read(page))
    }

    /// Key paragraphs wrapped in a narrow first column, printed by Calc (`calc-keys-in-paragraphs`):
    /// its rows are packed tighter than a line, so `年度目标:维护城区路灯` (the next row's first line)
    /// overlaps `政拨款45万元` (the last line of the row above) by a quarter of a line. A cell's
    /// lines never overlap so: the two had been one line, `政拨款45万元年度目标:维护城区路灯`.
    @Test func keyRowsPackedTighterThanALineStayApart() throws {
        let path = Fixtures.path("Tests/Fixtures/printed/calc-keys-in-paragraphs.pdf")
        let lines = try PDFText(path: path, file: "keys.pdf", vocabulary: Self.vocabulary).extract().text
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("政拨款45万元"), "\(lines)")
        #expect(lines.contains("年度目标:维护城区路灯"), "\(lines)")
        #expect(!lines.contains { $0.contains("45万元年度目标") })
    }

    /// The same page's last two indicator rows, packed at one line's pitch: `≥90%` (the last row's
    /// value) stands beside the last row's text, right below `有效保障`, which ends as far right as
    /// the widest text of the table's last column. It had gone back to `有效保障` as a wrapped line,
    /// and the last row, reaching up to it, with it: `群众夜间出行安全市民满意度 | 有效保障≥90%`.
    /// In a column where every row holds its own line, it is the next row's cell.
    @Test func aValueBesideTheNextRowInTheLastColumnIsThatRows() throws {
        let printed = try Self.load("Tests/Fixtures/printed/calc-keys-in-paragraphs.pdf")
        let page = try Self.load("Tests/Fixtures/printed/calc-keys-in-paragraphs.html")
        func read(_ document: CountyDocument) -> [String] {
            document.projects.flatMap(\.indicators).map { "\($0.level1Label)/\($0.level2Label)/\($0.nameAsWritten)=\($0.comparisonAsWritten)\($0.valueAsWritten)\($0.unitAsWritten)" }
        }
        #expect(read(printed).suffix(2) == ["效益指标/社会效益指标/群众夜间出行安全=有效保障", "满意度指标/服务对象满意度指标/市民满意度=≥90%"])
        #expect(read(printed) == read(page))
    }

    /// 成本指标 written as a level 2 under 产出指标, printed by Calc (`calc-cost-under-output`): the
    /// merged 产出指标 stands on its group's last row, beside that row's own 成本指标 in the level-2
    /// column. Read as a level 1 it had left the row 成本指标 with no level 2; in the header's level-2
    /// column beside its row's level 1, it is the level 2 the web page gives.
    @Test func aLevelOneWordInTheLevelTwoColumnBesideItsLevelOne() throws {
        let printed = try Self.load("Tests/Fixtures/printed/calc-cost-under-output.pdf")
        let page = try Self.load("Tests/Fixtures/printed/calc-cost-under-output.html")
        func labels(_ document: CountyDocument) -> [String] {
            document.projects.flatMap(\.indicators).map { "\($0.level1Label)/\($0.level2Label)/\($0.nameAsWritten)" }
        }
        #expect(labels(printed) == ["产出指标/数量指标/改造排水管网长度", "产出指标/数量指标/新建检查井数量", "产出指标/质量指标/工程验收合格率",
                                    "产出指标/时效指标/工程完工时间", "产出指标/成本指标/每公里改造成本", "效益指标/社会效益指标/城区内涝点减少",
                                    "效益指标/可持续影响指标/管网使用年限", "满意度指标/服务对象满意度指标/沿线居民满意度"])
        #expect(labels(printed) == labels(page))
    }

    /// A sheet wider than the paper printed by Calc (`calc-wide-columns.pdf`, from
    /// `wide-columns.csv`): its first four columns on page 1, the seven counties' targets on page
    /// 2, at the same rows' heights. Read page by page, the targets had become four rows of
    /// their own after the table (`wide- columns`, `永定区`, …: 6 indicators, none with a value);
    /// the page going on from page 1's columns is joined to it.
    @Test func aSheetWiderThanThePageIsOneTable() throws {
        let path = Fixtures.path("Tests/Fixtures/printed/calc-wide-columns.pdf")
        let extracted = try PDFText(path: path, file: "wide.pdf", vocabulary: Self.vocabulary).extract()
        #expect(extracted.details.contains { $0.contains("列接回 1 页") }, "\(extracted.details)")
        let indicators = try Self.load("Tests/Fixtures/printed/calc-wide-columns.pdf").projects.flatMap(\.indicators)
        #expect(indicators.map(\.valueAsWritten) == ["2", ">=95%"])
        #expect(indicators.allSatisfy { $0.source.description.contains("!p1:") })
        #expect(indicators.first?.otherColumns.contains("新罗区=2") == true, "\(indicators.first?.otherColumns ?? "")")
        #expect(indicators.last?.otherColumns.contains("漳平市=>=95%") == true, "\(indicators.last?.otherColumns ?? "")")
        // 长汀县 and 连城县, and the explanation beside the names, are columns of their own: a number
        // right-aligned across where a narrower one starts ends where it ends, a heading does not.
        #expect(indicators.map(\.nameAsWritten) == ["宗教管理经费补助县(市、区)数量", "项目资金使用合规性"])
        #expect(indicators.first?.otherColumns.contains("长汀县=2；连城县=2") == true, "\(indicators.first?.otherColumns ?? "")")
        #expect(indicators.first?.otherColumns.contains("指标解释=反映宗教管理经费补助县(市、区)数量情况") == true)
    }

    /// LibreOffice's footer in an English setting (`Page 1`), cut where a column starts, had
    /// become an indicator named `Pa` under the last form of a page Calc printed.
    @Test func aPrintedPageNumberIsNoRow() throws {
        let printed = try Self.load("Tests/Fixtures/printed/calc-02-fujian-xiuyu-flood-repair.pdf")
        let sheet = try Self.load("Tests/Fixtures/real-forms/xlsx/02-fujian-xiuyu-flood-repair.xlsx")
        let names = printed.projects.flatMap(\.indicators).map(\.nameAsWritten)
        #expect(names.count == 4 && names == sheet.projects.flatMap(\.indicators).map(\.nameAsWritten))
        // The last row's `是`, its name's cell empty (the page cut the row), is a value with no name
        // in both: rejected, not an indicator named 是.
        #expect(printed.rejected.map(\.text) == ["是"] && sheet.rejected.map(\.text) == ["是"])
        let marks = Self.marks
        for footer in ["Page 1", "Page 2 of 3", "page 3/4", "PAGE 5", "第 1 页，共 2 页", "第1页/共2页", "页 1", "第 2 頁 共 3 頁", "- 3 -"] {
            #expect(marks.isPageNumber(FormCells.compactScalars(footer)), "\(footer)")
        }
        for text in ["Pages", "Page one", "Page 1 说明", "Pa", "页面", "页1说明", "第1页的说明", "1/3", "-3", "工作表1"] {
            #expect(!marks.isPageNumber(FormCells.compactScalars(text)), "\(text)")
        }
        #expect(marks.isSheetName(FormCells.compactScalars("工作表1")) && marks.isSheetName(FormCells.compactScalars("Sheet2")))
        #expect(!marks.isSheetName(FormCells.compactScalars("项目支出绩效目标表")) && !marks.isSheetName(FormCells.compactScalars("工作表")))
    }

    /// A whole department's form whose indicator table has a vertical 年度绩效指标 label merged
    /// over it (a table label, `Data/vocabulary.yaml`): printed, the label stands among the
    /// indicators' rows and had become an indicator without a value.
    @Test func aVerticalTableLabelIsNoIndicator() throws {
        let document = try Self.load("Tests/Fixtures/printed/department-whole.pdf")
        let form = try #require(document.projects.first)
        #expect(form.kind == .departmentWhole)
        #expect(form.indicators.map(\.nameAsWritten) == ["送戏下乡场次", "文物巡查覆盖率", "群众文化获得感", "群众满意度"])
        #expect(!document.findings.contains { $0.rule == RuleID.valueMissing })
    }

    /// A department's table of projects printed by Calc (`calc-projects-at-group-ends`): each
    /// project's name, merged over its indicator rows, stands on its last row (`农村公路养护经费`
    /// beside `沿线群众满意度`), and its goal wraps up over the rows above. The first project's first
    /// three rows had been rejected (no project above them) and the second project's first two read
    /// as the first's. Each row belongs to the nearest project at or below it, as on the web page.
    @Test func projectNamesPrintedOnTheirLastRows() throws {
        let printed = try Self.load("Tests/Fixtures/printed/calc-projects-at-group-ends.pdf")
        let page = try Self.load("Tests/Fixtures/printed/calc-projects-at-group-ends.html")
        func read(_ document: CountyDocument) -> [String] {
            document.projects.map { project in
                project.name + ": " + project.indicators.map { "\($0.level1Label)/\($0.level2Label)/\($0.nameAsWritten)" }.joined(separator: ", ")
            }
        }
        #expect(printed.projects.map(\.name) == ["农村公路养护经费", "交通安全宣传经费"])
        #expect(printed.projects.map(\.indicators.count) == [4, 3])
        #expect(printed.projects.first?.indicators.map(\.nameAsWritten) == ["养护农村公路里程", "优良中等路率", "群众出行条件", "沿线群众满意度"])
        #expect(printed.projects.first?.indicators.first?.level1Label == "产出指标")
        #expect(read(printed) == read(page))
        #expect(printed.projects.map(\.goal) == ["完成农村公路日常养护1200公里,优良中等路率达到80%。", "开展交通安全宣传进村入户活动。"])
        #expect(printed.projects.map(\.goal) == page.projects.map(\.goal))
        #expect(printed.rejected.isEmpty)
        #expect(printed.readingNotes.contains { $0.contains("最后一行") })
        #expect(!page.readingNotes.contains { $0.contains("最后一行") })
    }

    /// A project form's key table above its indicator table, printed by Writer
    /// (`two-tables-closing-sign`): the key table's column start (`营山县就业服务中心`, `1年`) falls inside
    /// the values below, `≥90%`, which had been cut before the `%` (the value read `≥90`, the `%`
    /// lost right of the table). A closing sign goes with what it closes, as a wrapped line never
    /// starts with one.
    @Test func aValueIsNeverCutBeforeItsClosingSign() throws {
        let printed = try Self.load("Tests/Fixtures/printed/two-tables-closing-sign.pdf")
        let page = try Self.load("Tests/Fixtures/printed/two-tables-closing-sign.html")
        func values(_ document: CountyDocument) -> [String] {
            document.projects.flatMap(\.indicators).map { $0.comparisonAsWritten + $0.valueAsWritten + $0.unitAsWritten }
        }
        #expect(values(printed) == ["350个", "100%", "≥90%", "逐步完善", "≥90%"])
        #expect(values(printed) == values(page))
        let pieces = PDFText.split(PDFText.Word(xMin: 358.5, yMin: 315.4, xMax: 395.2, yMax: 331.0, text: "≥90%"), at: [390.0], em: 12)
        #expect(pieces.map(\.text) == ["≥90%"])
    }

    /// An approval form printed by Calc (`calc-hand-broken-labels`) whose level-1 labels are broken
    /// by hand (`产出指标<br>(50分)`): bottom-aligned, `产出指标` stands on the line of `项目完工及时`, the
    /// first line of a name wrapped in its narrow column, and `(50分)` beside `率` and the row's
    /// value and weight. The label's first line, short of its column's end, had counted as a row's
    /// own cell and cut the name in two: 11 indicators (`项目完工及时`, `(50分)`, `率` …) for 6. A line
    /// that stops short of the next (two cells or more right of its first on the next line only)
    /// is the first line of its cells.
    @Test func aLabelBrokenByHandCutsNoWrappedName() throws {
        let printed = try Self.load("Tests/Fixtures/printed/calc-hand-broken-labels.pdf")
        let page = try Self.load("Tests/Fixtures/printed/calc-hand-broken-labels.html")
        let indicators = printed.projects.flatMap(\.indicators)
        #expect(indicators.map(\.nameAsWritten) == ["新建高标准农田面积", "工程验收合格率", "项目完工及时率",
                                                   "亩均粮食增产", "工程设计使用年限", "受益群众满意度"])
        #expect(indicators.map(\.nameAsWritten) == page.projects.flatMap(\.indicators).map(\.nameAsWritten))
        #expect(indicators.map(\.level2Label) == page.projects.flatMap(\.indicators).map(\.level2Label))
        #expect(indicators.map { $0.comparisonAsWritten + $0.valueAsWritten + $0.unitAsWritten }
                == [">=10000亩", "100%", "100%", "≥50公斤", "≥15年", "≥90%"])
        #expect(indicators.map(\.weightAsWritten) == ["20", "15", "15", "15", "15", "10"])
        // The label's lines joined as a wrapped cell's are (no space after Chinese).
        #expect(indicators.map(\.level1Label) == ["产出指标(50分)", "产出指标(50分)", "产出指标(50分)",
                                                  "效益指标(30分)", "效益指标(30分)", "满意度指标(10分)"])
    }

    /// Seed 000's layout with its unit, projects, budgets and goals merged over their rows in narrow
    /// columns, printed by Calc (`calc-merged-names-narrow-columns`): each merged cell stands at the
    /// bottom of its span, its lines set at their own pitch up across the rows above, and one of them
    /// fell into a row's line a few points off that row's text (`家庭医` beside `居民健康管理水平`'s
    /// row). It had cut the name there: `家庭医` and `生签约服务经费` two projects, the goal and the
    /// unit (`501001-苍溪` / `县卫生健康局机关`, a department of its own) likewise. A line of a cell
    /// is beside a row's text only on that text's line.
    @Test func mergedCellsAtTheBottomOfTheirSpansStayWhole() throws {
        let printed = try Self.load("Tests/Fixtures/printed/calc-merged-names-narrow-columns.pdf")
        let page = try Self.load("Tests/Fixtures/printed/calc-merged-names-narrow-columns.html")
        #expect(printed.projects.map(\.name) == ["家庭医生签约服务经费", "爱国卫生运动经费"])
        #expect(printed.projects.map(\.name) == page.projects.map(\.name))
        #expect(printed.projects.map(\.budget) == [45, 20])
        #expect(printed.projects.map(\.indicators.count) == [5, 4])
        #expect(printed.projects.flatMap(\.indicators).map(\.nameAsWritten) == page.projects.flatMap(\.indicators).map(\.nameAsWritten))
        #expect(printed.projects.map(\.goal) == page.projects.map(\.goal))
        #expect(printed.projects.map(\.department.description) == ["501-苍溪县卫生健康局", "501-苍溪县卫生健康局"])
        #expect(printed.rejected.isEmpty)
    }

    /// A whole department's form printed by Writer (`level-two-beside-a-centred-level-one`):
    /// `产出指标`, merged over three rows, stands centred on the second, and `数量指标`, merged over the
    /// first two, goes to the first. The second row, writing its level 1 anew, had started a group
    /// with no level 2 (`产出指标 /  / 公共文化场馆免费开放数`); it keeps the level 2 of the row above,
    /// which stands under the same level 1 and belongs to it.
    @Test func aLevelOneCentredInItsGroupKeepsTheLevelTwoAbove() throws {
        let printed = try Self.load("Tests/Fixtures/printed/level-two-beside-a-centred-level-one.pdf")
        let page = try Self.load("Tests/Fixtures/printed/level-two-beside-a-centred-level-one.html")
        func labels(_ document: CountyDocument) -> [String] {
            document.projects.flatMap(\.indicators).map { "\($0.level1Label)/\($0.level2Label)/\($0.nameAsWritten)" }
        }
        #expect(labels(printed).prefix(3) == ["产出指标/数量指标/送戏下乡场次", "产出指标/数量指标/公共文化场馆免费开放数",
                                              "产出指标/时效指标/资金支付及时率"])
        #expect(labels(printed) == labels(page))
    }

    /// Writer sets a small space between Chinese and a number after it (`2024年 12月底前`, the `12`
    /// a word of its own), narrower than a typed space, which is kept between Chinese and a number
    /// (`date-parts-spaced`, printed by Writer: its value had read `2024年 12月底前`).
    @Test func aDatesPartsStayTogether() throws {
        let printed = try Self.load("Tests/Fixtures/printed/date-parts-spaced.pdf")
        let page = try Self.load("Tests/Fixtures/printed/date-parts-spaced.html")
        let values = printed.projects.flatMap(\.indicators).map(\.valueAsWritten)
        #expect(values.contains("2024年12月底前"), "\(values)")
        #expect(values == page.projects.flatMap(\.indicators).map(\.valueAsWritten))
        func word(_ text: String, _ x: Double, _ width: Double) -> PDFText.Word {
            PDFText.Word(xMin: x, yMin: 0, xMax: x + width, yMax: 15.6, text: text)
        }
        #expect(PDFText.join([word("2024", 0, 24), word("年", 26.4, 12), word("12", 40.8, 12)]) == "2024年12")
        #expect(PDFText.join([word("年", 0, 12), word("10", 14.4, 12), word("月", 28.8, 12)]) == "年10月")
        #expect(PDFText.join([word("运维", 0, 24), word("45条", 26.4, 24)]) == "运维45条")
        // A typed space (0.2 of the line's height and more) stays.
        #expect(PDFText.join([word("运维", 0, 24), word("45条", 27.2, 24)]) == "运维 45条")
    }

    /// A general form printed by Writer (`keys-broken-by-hand`) whose keys are broken by hand in a
    /// narrow first column (`项目支出<br>名称`): Writer centres the row's values between the key's
    /// first and last lines, `项目支` / `出` / `名称`, so `名称` stands alone below the row. It had
    /// been a line of its own, the key read `项目支出` (no key) and the project named after the form's
    /// title. A line whose cell, with it, is centred on its row's other cells is that cell's last.
    @Test func aKeyBrokenByHandOverThreeLinesStaysOneCell() throws {
        let printed = try Self.load("Tests/Fixtures/printed/keys-broken-by-hand.pdf")
        let page = try Self.load("Tests/Fixtures/printed/keys-broken-by-hand.html")
        #expect(printed.projects.map(\.name) == ["乡村振兴产业发展"])
        #expect(printed.projects.map(\.name) == page.projects.map(\.name))
        #expect(printed.projects.map(\.budget) == [854])
        #expect(!printed.findings.contains { $0.rule == RuleID.projectNameMissing })
    }

    /// An infrastructure form printed by Writer (`level-one-centred-over-five`): `产出指标`, merged over
    /// five rows, stands centred on the third, `数量指标` over the first two goes to the first. The
    /// second row carries the first's level 2, but had no level 1: the first took `产出指标` from
    /// below (its level 2 belongs there), and a row carrying that row's level 2 is of its group.
    @Test func aRowCarryingTheLevelTwoAboveTakesItsLevelOneFromBelow() throws {
        let printed = try Self.load("Tests/Fixtures/printed/level-one-centred-over-five.pdf")
        let page = try Self.load("Tests/Fixtures/printed/level-one-centred-over-five.html")
        func labels(_ document: CountyDocument) -> [String] {
            document.projects.flatMap(\.indicators).map { "\($0.level1Label)/\($0.level2Label)/\($0.nameAsWritten)" }
        }
        #expect(labels(printed).prefix(2) == ["产出指标/数量指标/改造排水管网长度", "产出指标/数量指标/新建检查井数量"])
        #expect(labels(printed) == labels(page))
    }
}
