import Foundation
import Testing
@testable import JixiaoCore

/// The same form typed with other characters reads the same: invisible zero-width characters
/// inside words (web pages and PDF text carry them), codes and amounts in full-width digits (as
/// office tools type them). Each a real form's text with the characters swapped in.
@Suite struct CharacterVariantsTests {
    /// The ways the same text reaches the bureau typed with other characters: zero-width spaces
    /// inside words, a page machine-converted to traditional characters, digits and signs
    /// full-width, Windows line ends, no-break spaces.
    static let variants = ["zero-width", "traditional", "full-width", "crlf", "no-break"]

    /// Simplified → traditional, the inverse of `Data/traditional-chars.tsv` (its first pair for each).
    static let traditional: [Character: Character] = {
        let table = try! String(contentsOfFile: Fixtures.path("Data/traditional-chars.tsv"), encoding: .utf8)
        var map: [Character: Character] = [:]
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let pair = line.split(separator: "\t")
            guard pair.count == 2, let from = pair[1].first, let to = pair[0].first, from != to, map[from] == nil else { continue }
            map[from] = to
        }
        return map
    }()

    static func typed(_ text: String, as variant: String) -> String {
        switch variant {
        case "zero-width":
            var out = "", previousIsHan = false
            for (index, scalar) in text.unicodeScalars.enumerated() {
                let han = (0x4E00...0x9FFF).contains(scalar.value)
                if han, previousIsHan, index % 4 == 0 { out += "\u{200B}" }
                out.unicodeScalars.append(scalar)
                previousIsHan = han
            }
            return out
        case "traditional": return String(text.map { traditional[$0] ?? $0 })
        case "full-width":
            return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
                ("0"..."9").contains(scalar) || "%.:()".unicodeScalars.contains(scalar) ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
            }))
        case "crlf": return text.replacingOccurrences(of: "\n", with: "\r\n")
        default: return text.replacingOccurrences(of: " ", with: "\u{00A0}")
        }
    }


    /// Zero-width spaces between Han characters (蔡甸区's self-evaluation): the labels, keys and
    /// the budget glued to its rate read as without them, and no text shown keeps them (`效\u{200B}益指标`
    /// had shown as 效益指标 and filtered apart from it; the budget had been lost).
    @Test func zeroWidthCharactersInsideWords() throws {
        let page = PublishedFormTraitsTests.caidianPage
        let plain = try PublishedFormTraitsTests.read(page, named: "蔡甸区森林防火.txt")
        let typed = try PublishedFormTraitsTests.read(Self.typed(page, as: "zero-width"), named: "蔡甸区森林防火.txt")
        let project = try #require(typed.projects.first)
        #expect(project.budget == 63)
        #expect(project.indicators.map(\.nameAsWritten) == plain.projects.first?.indicators.map(\.nameAsWritten))
        #expect(project.indicators.map(\.level1Label) == plain.projects.first?.indicators.map(\.level1Label))
        #expect(project.indicators.contains { $0.level2Label == "社会效益" && $0.nameAsWritten == "重大森林火灾" })
        let shown = project.indicators.flatMap { [$0.level1Label, $0.level2Label, $0.nameAsWritten, $0.valueAsWritten, $0.otherColumns] }
        #expect(!shown.contains { $0.unicodeScalars.contains("\u{200B}") })
    }

    /// Layout A's seed with its digits, dots, commas and brackets full-width: the department codes
    /// (`２０１-平武县人民政府办公室`) are codes, so the county is 平武县 (it had been
    /// `２０１-平武县`, a county of its own), and the budgets are the same.
    @Test func fullWidthDigitsInCodesAndAmounts() throws {
        let seed = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
        let plain = try Loaders.load(path: Fixtures.pingwu)
        let typed = try PublishedFormTraitsTests.read(Self.typed(seed, as: "full-width"), named: "平武县.txt")
        #expect(typed.county == "平武县")
        #expect(typed.projects.map(\.department.code) == plain.projects.map(\.department.code))
        #expect(typed.projects.first?.department.description == "201-平武县人民政府办公室")
        #expect(typed.projects.map(\.budget) == plain.projects.map(\.budget))
        #expect(typed.indicatorCount == 47)
    }

    /// Layout A's seed with the spaces inside its cells no-break (`平武县政务网络\u{00A0}工作中心…`, as an
    /// HTML page's `&nbsp;` comes): the same names, shown with ordinary spaces.
    @Test func noBreakSpacesInsideCells() throws {
        let seed = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
        let typed = try PublishedFormTraitsTests.read(Self.typed(seed, as: "no-break"), named: "平武县.txt")
        let plain = try Loaders.load(path: Fixtures.pingwu)
        #expect(typed.projects.map(\.nameAsWritten) == plain.projects.map(\.nameAsWritten))
        #expect(typed.projects.flatMap(\.indicators).map(\.nameAsWritten) == plain.projects.flatMap(\.indicators).map(\.nameAsWritten))
        #expect(typed.projects.first?.nameAsWritten.contains(" ") == true)
    }

    /// A self-evaluation's amounts glued to the columns beside them, in full-width digits (湘西's
    /// 产业发展专项资金: `年度資金總額３５５５０３５５５０３５５５０１０８２．１２％８．５`): no budget is read
    /// from them, as with ASCII digits, not the fiscal funds' glued `３５５５０３５５５０` (3,555,035,550 万元,
    /// a wrong total).
    @Test func fullWidthAmountsGluedTogetherAreNoBudget() throws {
        let line = """
            ——附件2020年度湘西地區(qū)開發(fā)產(chǎn)業(yè)發(fā)展專項(xiàng)資金項(xiàng)目支出績效自評(píng)表項(xiàng)目支出名稱湘西地區(qū)開發(fā)產(chǎn)業(yè)發(fā)展專項(xiàng)資金主管部門湖南省發(fā)展和改革委員會(huì)實(shí)施單位相關(guān)項(xiàng)目建設(shè)單位項(xiàng)目資金
            
            (萬元)年初預(yù)算數(shù)全年預(yù)算數(shù)全年執(zhí)行數(shù)分值執(zhí)行率得分年度資金總額3555035550355501082.12%8.5其中:當(dāng)年財(cái)政撥款3555035550——上年結(jié)轉(zhuǎn)資金——其他資金——年度總體目標(biāo)預(yù)期目標(biāo)實(shí)際完成情況支持文化生態(tài)旅游精品線路建設(shè),完善基礎(chǔ)設(shè)施,打造旅游精品景區(qū),帶動(dòng)旅游扶貧,促進(jìn)文化生態(tài)旅游產(chǎn)業(yè)與相關(guān)產(chǎn)業(yè)融合發(fā)展;支持重大產(chǎn)業(yè)項(xiàng)目建設(shè)及中藥材、楠竹產(chǎn)業(yè)鏈,做大做強(qiáng)一批龍頭企業(yè);支持易地扶貧搬遷后續(xù)產(chǎn)業(yè)及就業(yè)扶持項(xiàng)目建設(shè),努力實(shí)現(xiàn)“搬得出、穩(wěn)得住、逐步能致富”的目標(biāo);支持茶葉公共品牌建設(sh
            """
        for text in [line, Self.typed(line, as: "full-width")] {
            let document = try #require(PublishedFormTraitsTests.partial(text, named: "湘西产业发展.txt"))
            #expect(document.projects.first?.budget == nil)
            #expect(document.findings.contains { $0.rule == RuleID.budgetMissing })
        }
    }

    /// Real form 07 (武川县) as a Word document copies it: cells apart by two ideographic spaces and
    /// its key labels spread over their cells by one (`项　目　名　称`, `主　管　部　门`). The spread
    /// label is one cell: the project had been named after the title and had no department.
    @Test func labelsSpreadWithIdeographicSpaces() throws {
        let form = try String(contentsOfFile: RealFormTests.folder + "/07-neimenggu-wuchuan-livestock.txt", encoding: .utf8)
        let spread = form.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.filter({ $0 == "|" }).count >= 2 else { return String(line) }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return cells.map { ["项目名称", "主管部门", "实施单位"].contains($0) ? $0.map(String.init).joined(separator: "\u{3000}") : $0 }
                .joined(separator: "\u{3000}\u{3000}")
        }.joined(separator: "\n")
        #expect(spread.contains("项\u{3000}目\u{3000}名\u{3000}称\u{3000}\u{3000}大青山乡"))
        let document = try PublishedFormTraitsTests.read(spread, named: "武川县.txt")
        let project = try #require(document.projects.first)
        #expect(project.name == "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目")
        #expect(project.department.name == "武川县民族事务委员会")
        #expect(project.budget == 50)
        #expect(project.indicators.filter { !$0.valueAsWritten.isEmpty }.count == 11)
    }

    /// 石嘴山市's tree-shaped approval table (`项目 | 指标值 | 绩效金额`, levels by indentation) on a page
    /// machine-converted to traditional characters (`項目 | 指標值 | 績效金額`): the tree is found as the
    /// text shows folded, and reads as the page does. It had been refused (no form found).
    @Test func aTreeTableInTraditionalCharacters() throws {
        let path = Fixtures.path("Tests/Fixtures/real-pages/shizuishan-disease-control-approval.txt")
        let page = try Loaders.load(path: path)
        let text = Self.typed(try String(contentsOfFile: path, encoding: .utf8), as: "traditional")
        #expect(text.contains("績效金額"))
        let typed = try PublishedFormTraitsTests.read(text, named: "石嘴山市.txt")
        #expect(typed.projects.map(\.budget) == [300])
        #expect(typed.indicatorCount == 13)
        #expect(typed.projects.flatMap(\.indicators).map(\.nameAsWritten) == page.projects.flatMap(\.indicators).map(\.nameAsWritten))
    }
}
