import Testing
@testable import JixiaoCore

/// Layout A on the real Pingwu sample (seed 000), read by the generic readers.
@Suite struct LayoutATests {
    let document: CountyDocument

    init() throws { document = try Fixtures.load(Fixtures.pingwu) }

    @Test func detectsLayoutCountyAndMoneyUnit() {
        #expect(document.layout == .departmentTable)
        #expect(document.county == "平武县")
        #expect(document.moneyUnit == .wanYuan)
    }

    @Test func countsProjectsIndicatorsAndBudget() {
        #expect(document.projects.count == 10)
        #expect(document.indicatorCount == 47)
        let budget = roundMoney(document.projects.compactMap(\.budget).reduce(0, +))
        #expect(budget == 97.20)
        #expect(document.departments.count == 1)
        #expect(document.departments[0].org == OrgName(code: "201", name: "平武县人民政府办公室"))
        #expect(document.departments[0].statedTotal == 97.20)
    }

    @Test func everyRowIsAccountedFor() {
        #expect(document.rowsRead == 47)
        #expect(document.rowsWritten == 47)
        #expect(document.rejected.isEmpty)
        // 6 page headers, 6 repeated department rows, title and money-unit line.
        #expect(document.structureLines == 14)
    }

    @Test func dewrapsWrappedProjectNames() {
        let names = document.projects.map(\.name)
        #expect(names[0] == "平武县政务网络工作中心网络问政管理及维护费（维修维护费）")
        #expect(names[1] == "平武县政务网络工作中心政务网维护经费（邮电费）")
        #expect(names[2] == "平武县政务网络工作中心行政中心新增100M网络带宽使用费（邮电费）")
        #expect(document.projects[0].nameAsWritten == "平武县政务网络 工作中心网络问 政管理及维护费 (维修维护费)")
        #expect(document.projects[0].budget == 1.00)
        #expect(document.projects[1].budget == 9.20)
    }

    @Test func pageSplitSatisfactionRowBelongsToTalentSubsidy() throws {
        let project = try #require(document.project(named: "人才补贴（安居补助）"))
        #expect(project.indicators.count == 4)
        let last = try #require(project.indicators.last)
        #expect(last.source.line == 70)
        #expect(last.level1Label == "满意度指标")
        #expect(last.nameAsWritten == "被服务对象满意度")
        #expect(last.valueAsWritten == "99")
        #expect(last.directionAsWritten == "")
    }

    @Test func leftShiftedRowsLandInTheirColumns() throws {
        let project = try #require(document.project(named: "平武县人民政府办公室外事工作（其他商品和服务支出）"))
        #expect(project.indicators.count == 4)
        let shifted = project.indicators[1]
        #expect(shifted.source.line == 44)
        #expect(shifted.level1Label == "产出指标")
        #expect(shifted.level2Label == "数量指标")
        #expect(shifted.nameAsWritten == "完成 疫情防控、境外人员排查、摸排境外平武籍人员疫苗接种情况")
        #expect(shifted.comparisonAsWritten == "≥")
        #expect(shifted.valueAsWritten == "1")
        #expect(shifted.unitAsWritten == "次")
        #expect(shifted.weightAsWritten == "20")
        #expect(shifted.directionAsWritten == "正向指标")
        let satisfaction = project.indicators[3]
        #expect(satisfaction.level1Label == "满意度指标")
        #expect(satisfaction.level2Label == "服务对象满意度指标")
        #expect(satisfaction.nameAsWritten == "境外平武籍人员满意度")
        #expect(document.findings.filter { $0.rule == "row.shifted-left" }.map { $0.source!.line } == [44, 45, 46, 48, 49, 50])
    }

    @Test func rightShiftedRowStaysWhereItStands() throws {
        let project = try #require(document.project(named: "平武县人民政府办公室综合管理（专项业务及机关事务管理）"))
        let row = try #require(project.indicators.first { $0.source.line == 39 })
        #expect(row.level1Label == "产出指标")
        #expect(row.level2Label == "数量指标")
        #expect(row.nameAsWritten == "报送年度内外事工作总结及第二年工作计划报告")
        #expect(row.unitAsWritten == "篇")
        #expect(row.weightAsWritten == "20")
        #expect(row.directionAsWritten == "")
        #expect(document.findings.contains { $0.rule == "row.shifted-right" && $0.source?.line == 39 })
    }

    @Test func subUnitHoldsForTheRowsAfterIt() {
        let units = document.projects.map { $0.unit?.description ?? "" }
        #expect(units[0..<3].allSatisfy { $0.isEmpty })
        #expect(units[3...].allSatisfy { $0 == "201001-平武县人民政府机关" })
    }

    /// Pingwu's table as a spreadsheet user leaves it after unmerging and filling down: every
    /// indicator row repeats its project's name, budget and goal. It had read as 40 projects and
    /// 408.20 万元 (each budget once per row); it reads as the seed, each budget once.
    @Test func aTableUnmergedAndFilledDownCountsEachProjectOnce() throws {
        let seed = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
        var project: ArraySlice<String> = []
        let filled = seed.components(separatedBy: "\n").map { line -> String in
            var cells = line.components(separatedBy: "\t")
            guard cells.count >= 8 else { return line }
            if !cells[1].isEmpty, cells[1] != "项目名称" {
                project = cells[1...3]
            } else if !project.isEmpty, cells[0].isEmpty, cells[1].isEmpty, !cells[4].isEmpty, cells[4] != "一级指标" {
                cells.replaceSubrange(1...3, with: project)
            }
            return cells.joined(separator: "\t")
        }
        let path = Fixtures.write(filled.joined(separator: "\n"), named: "000-filled.txt", in: Fixtures.temporaryDirectory())
        let read = try Fixtures.load(path)
        #expect(read.projects.count == 10)
        #expect(read.indicatorCount == 47)
        #expect(roundMoney(read.projects.compactMap(\.budget).reduce(0, +)) == 97.20)
        #expect(read.projects.map(\.name) == document.projects.map(\.name))
        #expect(read.projects.map(\.indicators.count) == document.projects.map(\.indicators.count))
        #expect(read.readingNotes.contains { $0.contains("30 行重复上一行的项目名称和预算数") })
        // Filled down but for the budget column: the same.
        let namesOnly = filled.map { line -> String in
            var cells = line.components(separatedBy: "\t")
            guard cells.count >= 8, cells[0].isEmpty, !cells[4].isEmpty, cells[4] != "一级指标",
                  document.projects.contains(where: { $0.nameAsWritten == cells[1] }),
                  !seed.contains(cells[0...4].joined(separator: "\t")) else { return line }
            cells[2] = ""
            return cells.joined(separator: "\t")
        }
        let partly = try Fixtures.load(Fixtures.write(namesOnly.joined(separator: "\n"), named: "000-names.txt", in: Fixtures.temporaryDirectory()))
        #expect(partly.projects.count == 10 && roundMoney(partly.projects.compactMap(\.budget).reduce(0, +)) == 97.20)
    }
}

/// Variants of seed 000 that real budget books contain (found by the corpus generator's probes).
@Suite struct DepartmentTableVariantTests {
    func seed() throws -> [String] {
        try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8).components(separatedBy: "\n")
    }

    /// Seed 000 with its comparison, weight and direction columns titled as other tables title
    /// them: the columns had been dropped — 故障相应时间 lost its ≤ (and contradicted its 反向),
    /// every weight was lost (no weights.total check ran), every stated direction became inferred.
    @Test func comparisonWeightAndDirectionColumnsTitledOtherWays() throws {
        let seed = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
        let header = "指标性质\t指标值\t度量单位\t权重\t指标方向性"
        #expect(seed.contains(header))
        let original = try Fixtures.runSample(inputs: [Fixtures.pingwu]).1.allProjects.flatMap(\.indicators)
        #expect(original.compactMap(\.weight).count == 47 && original.filter { !$0.directionInferred }.count == 42)
        for titles in ["运算符\t指标值\t度量单位\t指标分值\t方向", "比较符\t指标值\t度量单位\t权重分值\t正负向"] {
            let path = Fixtures.write(seed.replacingOccurrences(of: header, with: titles), named: "000.txt", in: Fixtures.temporaryDirectory())
            let (_, run) = try Fixtures.runSample(inputs: [path])
            let indicators = run.allProjects.flatMap(\.indicators)
            #expect(indicators.count == 47, "\(titles)")
            let response = try #require(indicators.first { $0.name.hasPrefix("故障") })
            #expect(response.value == ParsedValue(comparison: .atMost, number: 2, unit: "小时") && response.direction == .negative, "\(titles)")
            #expect(indicators.map(\.weight) == original.map(\.weight), "\(titles)")
            #expect(indicators.map(\.directionInferred) == original.map(\.directionInferred), "\(titles)")
            #expect(!run.findings.contains { $0.rule == RuleID.directionContradicts }, "\(titles)")
        }
    }

    /// A county's own department table, as a CSV export: a 序号 column, amounts in 元 said only
    /// on the title's row, a 合计 row and a signature line under the table, `指标方向` holding 正向.
    static func ownTable(total: String, totalColumn: Int = 1) -> String {
        var totalRow = Array(repeating: "", count: 7)
        totalRow[totalColumn] = "合计"
        totalRow[2] = total
        return ([
            "2024年部门预算项目绩效目标表\t\t\t\t\t\t单位：元",
            "编制单位：珙县财政局",
            "序号\t项目名称\t预算金额\t二级指标\t三级指标\t指标值\t指标方向",
            "1\t财政信息化运维经费\t850,000.00\t数量指标\t运维系统数量\t≥12个\t正向",
            "\t\t\t质量指标\t系统正常运行率\t≥99%\t正向",
            "2\t预算评审工作经费\t300,000.00\t经济成本指标\t评审经费控制数\t≤30万元\t反向",
            totalRow.joined(separator: "\t"),
            "填报人：孙九\t\t审核人：钱十",
        ]).joined(separator: "\n") + "\n"
    }

    /// Two departments' tables in one CSV export, each department named on a line of its own
    /// above its table (单位名称：××局, the header repeated under it), the unit of the targets in
    /// a column titled 指标值单位: the second department's line had become a project of the first
    /// department, and its projects the first department's; the units had been lost (the title
    /// was cut into 指标值 and 单位 and read as a second value column).
    @Test func aDepartmentNamedOnALineOfItsOwnTakesTheTableBelow() throws {
        let csv = [
            "2024年部门预算项目绩效目标表,,,,,,,",
            "单位名称：旺苍县水利局,,,,,,,单位：万元",
            "项目名称,预算金额,一级指标,二级指标,三级指标,指标值,指标值单位,权重",
            "\"河道采砂管理\n经费\",12.00,产出指标,数量指标,巡查次数,≥48,次,30",
            ",,满意度指标,服务对象满意度指标,群众满意度,≥90,%,60",
            "合计,12.00,,,,,,",
            "单位名称：旺苍县林业局,,,,,,,单位：万元",
            "项目名称,预算金额,一级指标,二级指标,三级指标,指标值,指标值单位,权重",
            "森林防火专项经费,35.00,产出指标,数量指标,护林员人数,≥120,人,40",
            ",,满意度指标,服务对象满意度指标,群众满意度,≥90,%,50",
            "合计,35.00,,,,,,",
        ].joined(separator: "\n") + "\n"
        let directory = Fixtures.temporaryDirectory()
        let document = try Loaders.load(path: Fixtures.write(csv, named: "旺苍县.csv", in: directory))
        #expect(document.projects.map(\.name) == ["河道采砂管理经费", "森林防火专项经费"])
        #expect(document.projects.map(\.department.name) == ["旺苍县水利局", "旺苍县林业局"])
        #expect(document.departments.map(\.org.name) == ["旺苍县水利局", "旺苍县林业局"])
        #expect(document.departments.map(\.statedTotal) == [12, 35])
        #expect(document.projects.flatMap(\.indicators).map(\.unitAsWritten) == ["次", "%", "人", "%"])
        #expect(document.rejected.isEmpty)
    }

    @Test func aTotalRowIsTheDepartmentsTotalNotAProject() throws {
        for column in [0, 1] {
            let document = try Loaders.load(text: Self.ownTable(total: "1,150,000.00", totalColumn: column), file: "珙县.txt")
            #expect(document.projects.map(\.name) == ["财政信息化运维经费", "预算评审工作经费"])
            #expect(document.projects.map(\.budget) == [85, 30])
            #expect(document.departments.map(\.org.name) == ["珙县财政局"])
            #expect(document.departments.map(\.statedTotal) == [115])
            #expect(document.rejected.isEmpty && document.rowsRead == 3)
            let indicators = document.projects.flatMap(\.indicators)
            #expect(indicators.map(\.directionAsWritten) == ["正向", "正向", "反向"] && indicators.allSatisfy { $0.comparisonAsWritten.isEmpty })
        }
        // A total that is not the sum of the projects above it stays the department's stated
        // total (aggregate's total.mismatch compares them), never a project's budget.
        let wrong = try Loaders.load(text: Self.ownTable(total: "1,250,000.00"), file: "珙县.txt")
        #expect(wrong.departments.map(\.statedTotal) == [125] && wrong.projects.compactMap(\.budget) == [85, 30])
    }

    /// `部门：××局` above the table names the department (部门 with its colon is a key; the 部门
    /// of 部门预算项目支出绩效目标申报表 is not), and a budget split under a two-row header
    /// (预算数 over 合计 / 财政拨款 / 其他资金) is read from its first column.
    @Test func aDepartmentNamedAboveATwoRowHeader() throws {
        let text = """
        2024年部门项目支出绩效目标表
        部门：长宁县卫生健康局\t\t\t\t单位：万元
        项目名称\t预算数\t\t\t一级指标\t二级指标\t三级指标\t指标值
        \t合计\t财政拨款\t其他资金\t\t\t\t
        基本公共卫生服务补助\t320.5\t300\t20.5\t产出指标\t数量指标\t建立居民健康档案人数\t≥38万人
        \t\t\t\t满意度指标\t服务对象满意度指标\t居民满意度\t≥85%
        家庭医生签约服务\t60\t60\t0\t产出指标\t数量指标\t签约人数\t≥5万人
        """
        let document = try Loaders.load(text: text, file: "长宁县.txt")
        #expect(document.departments.map(\.org.name) == ["长宁县卫生健康局"])
        #expect(document.projects.map(\.budget) == [320.5, 60])
        #expect(document.indicatorCount == 3 && document.rejected.isEmpty)
        #expect(document.county == "长宁县")
    }

    @Test func blankMergedLevel1IsNotARightShift() throws {
        var lines = try seed()
        // Line 11 with its merged 一级指标 cell left blank.
        lines[10] = lines[10].replacingOccurrences(of: "\t\t\t\t产出指标\t数量指标", with: "\t\t\t\t\t数量指标")
        let text = lines.joined(separator: "\n")
        // The row above is 满意度指标, which 数量指标 does not belong to, so no level 1 is
        // carried down onto this row, and the row is not taken for one shifted right.
        let document = try Loaders.load(text: text, file: "blank.txt")
        let row = try #require(document.projects[0].indicators.first { $0.source.line == 11 })
        #expect(row.level1Label == "" && row.level2Label == "数量指标" && row.nameAsWritten == "维护信箱个数")
        #expect(row.comparisonAsWritten == "=" && row.valueAsWritten == "120")
        #expect(!document.findings.contains { $0.source?.line == 11 })
    }

    @Test func blankMergedLevel1IsCarriedDownWhereItFits() throws {
        var lines = try seed()
        // Line 12 (产出指标 / 时效指标 under a 产出指标 row) with its merged 一级指标 cell left blank.
        lines[11] = lines[11].replacingOccurrences(of: "\t\t\t\t产出指标\t时效指标", with: "\t\t\t\t\t时效指标")
        let document = try Loaders.load(text: lines.joined(separator: "\n"), file: "merged.txt")
        let row = try #require(document.projects[0].indicators.first { $0.source.line == 12 })
        #expect(row.level1Label == "产出指标" && row.level2Label == "时效指标" && row.nameAsWritten == "维护及时率")
    }

    @Test func repeatedTitlesAreStructure() throws {
        var lines = try seed()
        lines.insert("部门预算项目支出绩效目标申报表", at: 26)
        let document = try Loaders.load(text: lines.joined(separator: "\n"), file: "titles.txt")
        #expect(document.rejected.isEmpty)
        #expect(document.indicatorCount == 47 && document.structureLines == 15)
    }

    @Test func aRepeatedDepartmentRowWithAnotherTotalIsFlagged() throws {
        var lines = try seed()
        let repeats = lines.indices.filter { lines[$0].hasPrefix("201-平武县人民政府办公室\t\t97.20") }
        #expect(repeats.count == 6)
        lines[repeats[3]] = lines[repeats[3]].replacingOccurrences(of: "97.20", with: "97.00")
        let document = try Loaders.load(text: lines.joined(separator: "\n"), file: "repeat.txt")
        let differs = document.findings.filter { $0.rule == "total.repeat-differs" }
        #expect(differs.map(\.source?.line) == [repeats[3] + 1])
        #expect(differs.first?.message.contains("97.20 与 97.00") == true)
        #expect(document.departments.map(\.statedTotal) == [97.20] && document.indicatorCount == 47)
    }

    @Test func anUncodedDepartmentRowIsADepartmentAndAGarbledOneIsRejected() throws {
        var lines = try seed()
        // The department rows without their code and total: named by their ending (局).
        for i in lines.indices where lines[i].hasPrefix("201-平武县人民政府办公室\t\t97.20") {
            lines[i] = "平武县信访局" + String(repeating: "\t", count: 11)
        }
        lines.insert("乱码行" + String(repeating: "\t", count: 11), at: 20)
        let document = try Loaders.load(text: lines.joined(separator: "\n"), file: "uncoded.txt")
        // (Its unit 201001-… no longer extends a department's code, so it stands as one too.)
        #expect(document.departments.map(\.org.name) == ["平武县信访局", "平武县人民政府机关"])
        #expect(document.projects.first?.department.name == "平武县信访局")
        #expect(document.indicatorCount == 47)
        #expect(document.rejected.map(\.source.line) == [21])
        #expect(document.rejected.first?.reason.contains("不是部门或单位：「乱码行」") == true)
    }

    @Test func anIndicatorRowAboveTheTitleIsRejected() throws {
        let lines = ["201-平武县人民政府办公室\t另一个项目\t5.00\t目标\t产出指标\t数量指标\t个数\t=\t1\t个\t10\t正向指标"] + (try seed())
        let document = try Loaders.load(text: lines.joined(separator: "\n"), file: "above.txt")
        #expect(document.indicatorCount == 47 && document.rowsRead == 48)
        #expect(document.rejected.map(\.source.line) == [1])
        #expect(document.rejected.first?.reason.hasPrefix("不在任何表单之内的数据行") == true)
    }

    @Test func partyOrgansNameTheirCounty() {
        #expect(Loaders.county(fromOrganisation: "中共清河县委办公室") == "清河县")
        #expect(Loaders.county(fromOrganisation: "中国共产党平武县委员会") == "平武县")
    }
}
