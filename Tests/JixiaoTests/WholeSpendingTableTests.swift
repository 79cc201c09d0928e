import Foundation
import Testing
@testable import JixiaoCore

/// 湖南's 整体支出绩效目标表 as its departments publish it (衡阳市社会福利院, 2025): a table with no
/// project column, each unit's row its whole spending (单位编码 | 单位名称 | 资金总额, the money by
/// source and by use, 整体绩效目标, then the indicator columns), its header over two lines (按收入性质分
/// and 按支出性质分 spanning the parts, 部门整体支出年度绩效目标 spanning the indicator columns). The
/// unit's row had been read as an indicator named 058003, the form named after its title with no budget.
@Suite struct WholeSpendingTableTests {
    static let upper = ["单位编码", "单位名称", "资金总额", "按收入性质分", "", "", "", "按支出性质分", "", "整体绩效目标", "部门整体支出年度绩效目标"]
    static let lower = ["", "", "", "一般公共预算", "政府性基金拨款", "财政专户管理资金", "其他资金", "基本支出", "项目支出", "",
                        "一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位", "指标解释", "评(扣)分标准", "备注"]
    static let goal = "1、建立健全孤儿、特困人员保障体系,维护院内服务对象权益;2、为全院283名服务对象提供良好的生活、学习环境。"
    static let unitRow = ["058003", "衡阳市社会福利院", "1,752.48", "1,462.48", "200", "", "90", "700.38", "1,052.1", goal]
    static let blank = [String](repeating: "", count: 10)
    /// The page's rows (its copy ends inside the next one).
    static let rows = [
        unitRow + ["成本指标", "经济成本指标", "成本节约率", "", "0", "%", "资金支出严格按预算执行", "成本节约率0%以上计20分,低于0%,每降低1%扣1分,扣完为止", "20"],
        blank + ["", "社会成本指标", "", "", "", "", "", "", "-"],
        blank + ["产出指标", "数量指标", "开展开放日活动次数", "", "1", "次", "通过开放日活动,扩大社会影响力", "开放日活动次数1次以上计3分,未开展不计分", "3"],
        blank + ["", "", "开展全院安全排查次数", "", "6", "次", "开展安全排查,保障院内安全", "安全排查次数6次以上计3分,少于6次不计分", "3"],
        blank + ["", "", "全院设施设备维修维护覆盖率", "", "90", "%", "全院设施设备应维尽维、应修尽修", "维修维护覆盖率90%计3分,每少5%扣1分,扣完为止", "3"],
        blank + ["", "", "编外人员数量", "", "153", "人", "严格控制全院编外人员数量", "编外人数小于或等于155名计3分,超过不计分", "3"],
        blank + ["", "", "全院服务对象护理覆盖率", "=", "100", "%", "保障院内孤儿、特困人员等服务对象的日常照料、医疗康复等护理服务全覆盖", "护理覆盖率100%计3分,低于100%不计分", "3"],
    ]
    static let names = ["成本节约率", "开展开放日活动次数", "开展全院安全排查次数", "全院设施设备维修维护覆盖率", "编外人员数量", "全院服务对象护理覆盖率"]
    static let values = ["0", "1", "6", "90", "153", "100"]

    /// The table in one rendering: tabs keep every column; pipes and spaces drop the blank cells;
    /// one cell a line keeps no rows; glued runs each row's cells together.
    static func page(_ rendering: String, rows: [[String]] = rows) -> String {
        TableRendering.page(rendering, table: [upper, lower] + rows, before: ["整体支出绩效目标表", "金额单位:万元"])
    }

    /// The page's one unit read as its whole spending, its indicators the page's.
    static func theUnitsSpending(in document: CountyDocument) throws -> Project {
        let project = try #require(document.projects.first)
        #expect(document.projects.count == 1)
        #expect(project.kind == .departmentWhole)
        #expect(project.name == "衡阳市社会福利院部门整体支出")
        #expect(project.department.description == "058003-衡阳市社会福利院")
        #expect(project.budget == 1752.48)
        // A whole department's money is no project's: counted in no total, never twice.
        #expect(project.countedBudget == nil)
        #expect(project.indicators.map(\.nameAsWritten) == names)
        #expect(project.indicators.map { $0.valueAsWritten.filter(\.isNumber) } == values)
        return project
    }

    @Test(arguments: ["tabs", "pipes", "spaces", "cells", "glued"])
    func eachUnitsRowIsItsWholeSpending(rendering: String) throws {
        let folder = Fixtures.temporaryDirectory()
        let document = try Loaders.load(path: Fixtures.write(Self.page(rendering), named: "衡阳市社会福利院.txt", in: folder))
        let project = try Self.theUnitsSpending(in: document)
        #expect(TextCleaning.dewrap(project.goal).filter { $0 != " " } == Self.goal)
        #expect(project.indicators.map(\.level2Label) == ["经济成本指标", "数量指标", "数量指标", "数量指标", "数量指标", "数量指标"])
        #expect(document.rejected.isEmpty)
    }

    /// Where the rendering keeps the columns, each part of the money stands under its title.
    @Test func thePartsOfTheMoneyKeepTheirColumns() throws {
        let folder = Fixtures.temporaryDirectory()
        let document = try Loaders.load(path: Fixtures.write(Self.page("tabs"), named: "衡阳市社会福利院.txt", in: folder))
        let first = try #require(document.projects.first?.indicators.first)
        #expect(first.otherColumns.hasPrefix("一般公共预算=1,462.48；政府性基金拨款=200；其他资金=90；基本支出=700.38；项目支出=1,052.1；"))
    }

    /// A department's row over its units' rows (its code extended by theirs) opens no spending of
    /// its own: each unit's row is its whole spending, under the department. The 福利院's row is
    /// the page's; the department's and the second unit's are composed to show the structure.
    @Test(arguments: ["tabs", "pipes", "glued"])
    func aDepartmentsRowOverItsUnits(rendering: String) throws {
        let rows = [
            ["058", "衡阳市民政局", "2,000.00", "1,800.00", "", "", "200.00", "1,297.62", "702.38", ""],
            ["058001", "衡阳市民政局本级", "247.52", "247.52", "", "", "", "150.00", "97.52", "保障机关正常运转"]
                + ["产出指标", "数量指标", "保障在职人员人数", "≥", "40", "人", "", "", "10"],
            Self.blank + ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "", "", "10"],
        ] + Self.rows
        let folder = Fixtures.temporaryDirectory()
        let document = try Loaders.load(path: Fixtures.write(Self.page(rendering, rows: rows), named: "衡阳市民政局.txt", in: folder))
        #expect(document.projects.map(\.name) == ["衡阳市民政局本级部门整体支出", "衡阳市社会福利院部门整体支出"])
        #expect(document.projects.map(\.budget) == [247.52, 1752.48])
        #expect(document.projects.map(\.department.description) == ["058-衡阳市民政局", "058-衡阳市民政局"])
        #expect(document.projects.map { $0.unit?.description } == ["058001-衡阳市民政局本级", "058003-衡阳市社会福利院"])
        #expect(document.projects.map(\.indicators.count) == [2, 6])
        #expect(document.projects.allSatisfy { $0.kind == .departmentWhole })
        #expect(document.rejected.isEmpty)
        // The department's 2,000.00 is its units' 247.52 + 1,752.48.
        #expect(!document.findings.contains { $0.rule == RuleID.totalMismatch })
    }

    /// A department's 资金总额 that is not its units' sum is said, as a total row's would be.
    @Test func aDepartmentsTotalOverItsUnitsIsChecked() throws {
        let rows = [
            ["058", "衡阳市民政局", "2,100.00", "1,900.00", "", "", "200.00", "1,397.62", "702.38", ""],
        ] + Self.rows
        let folder = Fixtures.temporaryDirectory()
        let document = try Loaders.load(path: Fixtures.write(Self.page("tabs", rows: rows), named: "衡阳市民政局.txt", in: folder))
        #expect(document.projects.map(\.name) == ["衡阳市社会福利院部门整体支出"])
        #expect(document.findings.filter { $0.rule == RuleID.totalMismatch }.map(\.message)
                == ["部门资金总额 2100.00 万元与其下 1 个单位的资金总额之和 1752.48 万元不符（差 -347.52 万元）"])
    }

    /// A unit's row with no indicator under it, before the next unit's: its spending, with none
    /// (the review then finds every dimension missing), not its department's row over its units,
    /// nor the owner of the next unit's indicators.
    @Test func aUnitsRowWithNoIndicator() throws {
        let rows = [
            ["058", "衡阳市民政局", "2,000.00", "1,800.00", "", "", "200.00", "1,297.62", "702.38", ""],
            ["058001", "衡阳市民政局本级", "247.52", "247.52", "", "", "", "150.00", "97.52", "保障机关正常运转"],
        ] + Self.rows
        let folder = Fixtures.temporaryDirectory()
        let document = try Loaders.load(path: Fixtures.write(Self.page("tabs", rows: rows), named: "衡阳市民政局.txt", in: folder))
        #expect(document.projects.map(\.name) == ["衡阳市民政局本级部门整体支出", "衡阳市社会福利院部门整体支出"])
        #expect(document.projects.map(\.indicators.count) == [0, 6])
        #expect(document.projects.map(\.budget) == [247.52, 1752.48])
    }

    /// The page as copied (traditional characters, every row's cells run together, an empty
    /// cell left as a space): the unit's code, name, seven amounts and goal cut apart, the
    /// amounts by their sums (1,752.48 = 1,462.48 + 200 + 90 = 700.38 + 1,052.1) and the space
    /// where 财政专户管理资金 is blank; the goal's `1、` not taken for the last amount's digit. Also with
    /// its digits and signs full-width, as some sites write them (the code `０５８００３` then too).
    @Test(arguments: [false, true])
    func thePageAsCopiedGlued(fullWidth: Bool) throws {
        var text = [
            "當前頁面: 首頁?>? 信息公開?>? 財政信息?>?",
            "",
            "衡陽市社會福利院2025年度部門預算公開",
            "",
            "整體支出績效目標表",
            "                金額單位:萬元",
            "單位編碼單位名稱資金總額按收入性質分按支出性質分整體績效目標部門整體支出年度績效目標",
            "一般公共預算政府性基金撥款財政專戶管理資金其他資金基本支出項目支出一級指標二級指標三級指標指標值類型指標值計量單位指標解釋評(扣)分標準備注",
            "058003衡陽市社會福利院1,752.481,462.48200 90700.381,052.11、建立健全孤兒、特困人員保障體系,維護院內服務對象權益;2、為全院283名服務對象提供良好的生活、學習環境。成本指標經濟成本指標成本節約率0%資金支出嚴格按預算執行成本節約率0%以上計20分,低于0%,每降低1%扣1分,扣完為止20",
            "社會成本指標       ",
            "生態環境成本指標       ",
            "產出指標數量指標開展開放日活動次數1通過開放日活動,擴大社會影響力開放日活動次數1次以上計3分,未開展不計分3",
            "開展全院安全排查次數6開展安全排查,保障院內安全安全排查次數6次以上計3分,少于6次不計分3",
            "全院設施設備維修維護覆蓋率90%全院設施設備應維盡維、應修盡修維修維護覆蓋率90%計3分,每少5%扣1分,扣完為止3",
            "編外人員數量153嚴格控制全院編外人員數量編外人數小于或等于155名計3分,超過不計分3",
            "全院服務對象護理覆蓋率=100%保障院內孤兒、特困人員等服務對象的日常照料、醫療康復等護理服務全覆蓋護理覆蓋率100%計3分,低于100%不計分3",
        ].joined(separator: "\n") + "\n"
        if fullWidth {
            text = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
                "0123456789%.,:()".unicodeScalars.contains(scalar) ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
            }))
        }
        let folder = Fixtures.temporaryDirectory()
        let document = try Loaders.load(path: Fixtures.write(text, named: "hengyang-fuliyuan.txt", in: folder))
        let project = try Self.theUnitsSpending(in: document)
        #expect(project.goal == Self.goal)
        #expect(project.indicators.first?.otherColumns.hasPrefix("一般公共预算=1,462.48；政府性基金拨款=200；其他资金=90；基本支出=700.38；项目支出=1,052.1；") == true)
        #expect(document.rejected.isEmpty)
    }
}

/// `GluedAmounts.columns`: a row's money run together, cut where its parts add up to its total.
@Suite struct GluedMoneyColumnsTests {
    static let parts: [GluedAmounts.PartGroup] = [.source, .source, .source, .source, .use, .use]

    static func cut(_ text: String) -> (amounts: [String?], end: Int)? {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars { scalars.append(scalar == "\t" ? " " : scalar) }
        return GluedAmounts.columns(scalars, parts: parts)
    }

    @Test func aSpaceStandsWhereACellIsBlank() throws {
        let cut = try #require(Self.cut("1,752.481,462.48200 90700.381,052.11、建立"))
        #expect(cut.amounts == ["1,752.48", "1,462.48", "200", nil, "90", "700.38", "1,052.1"])
        #expect(cut.end == 35)  // the goal's `1、` is left to it
    }

    /// No space to tell which column is blank: the parts stand as far left in their group as they can.
    @Test func noSpaceLeavesTheBlankColumnsLast() throws {
        let cut = try #require(Self.cut("247.52247.52150.0097.52保障"))
        #expect(cut.amounts == ["247.52", "247.52", nil, nil, nil, "150.00", "97.52"])
    }

    /// `200.00`, not `200.0` and `0`: the fewest amounts that add up.
    @Test func theFewestAmountsThatAddUp() throws {
        let cut = try #require(Self.cut("1,752.481,552.48200.001,050.00702.48"))
        #expect(cut.amounts == ["1,752.48", "1,552.48", "200.00", nil, nil, "1,050.00", "702.48"])
    }

    /// Digits whose parts add up in no cut are left as they are.
    @Test func noCutAddsUp() {
        #expect(Self.cut("1,752.481,462.48") == nil)
        #expect(Self.cut("2024年") == nil)
    }
}
