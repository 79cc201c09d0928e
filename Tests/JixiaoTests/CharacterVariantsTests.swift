import Foundation
import Testing
@testable import JixiaoCore

/// The same form typed with other characters reads the same: invisible zero-width characters
/// inside words (web pages and PDF text carry them), codes and amounts in full-width digits (as
/// office tools type them). Each a real form's text with the characters swapped in.
@Suite struct CharacterVariantsTests {
    static func load(_ text: String, named name: String) throws -> CountyDocument {
        try Loaders.load(path: Fixtures.write(text, named: name, in: Fixtures.temporaryDirectory()))
    }

    /// Zero-width spaces between Han characters (蔡甸区's self-evaluation): the labels, keys and
    /// the budget glued to its rate read as without them, and no text shown keeps them (`效\u{200B}益指标`
    /// had shown as 效益指标 and filtered apart from it; the budget had been lost).
    @Test func zeroWidthCharactersInsideWords() throws {
        let page = """
            下載本文檔
            版權(quán)說明:本文檔由用戶提供并上傳,收益歸屬內(nèi)容提供方,若內(nèi)容存在侵權(quán),請進(jìn)行舉報(bào)或認(rèn)領(lǐng)
            文檔簡介
            2021年度區(qū)級森林防火專項(xiàng)經(jīng)費(fèi)項(xiàng)目績效自評表單位名稱:蔡甸區(qū)園林和林業(yè)局填報(bào)日期:2022年3月22日項(xiàng)目名稱區(qū)級森林防火專項(xiàng)經(jīng)費(fèi)主管部門區(qū)園林和林業(yè)局項(xiàng)目實(shí)施單位區(qū)園林和林業(yè)局預(yù)算執(zhí)行情況(萬元)資金來源預(yù)算數(shù)(A)執(zhí)行數(shù)(B)執(zhí)行率(B/A)一般預(yù)算內(nèi)撥款6363100%合計(jì)6363100%年度績效目標(biāo)完成情況一級指標(biāo)二級指標(biāo)三級指標(biāo)年初目標(biāo)值實(shí)際完成值未完成原因及改進(jìn)措施產(chǎn)出指標(biāo)產(chǎn)出數(shù)量滅火設(shè)備配備率100%1000件達(dá)成預(yù)期指標(biāo)監(jiān)控系統(tǒng)維護(hù)率100%5個(gè)達(dá)成預(yù)期指標(biāo)產(chǎn)出質(zhì)量森林火災(zāi)火因查明率不低于95%達(dá)成預(yù)期指標(biāo)森林火災(zāi)案件查處率不低于90%達(dá)成預(yù)期指標(biāo)產(chǎn)出時(shí)效森林火災(zāi)6小時(shí)內(nèi)撲滅率不低于95%達(dá)成預(yù)期指標(biāo)產(chǎn)出成本成本控制數(shù)(萬元)63達(dá)成預(yù)期指標(biāo)效益指標(biāo)社會效益重大森林火災(zāi)0起達(dá)成預(yù)期指標(biāo)公眾知曉度是否明顯提高是達(dá)成預(yù)期指標(biāo)生態(tài)效益森林火災(zāi)受害面積小于0.9‰達(dá)成預(yù)期指標(biāo)經(jīng)濟(jì)效益人員傷亡事故0人次達(dá)成預(yù)期指標(biāo)可持續(xù)影響森林防火監(jiān)控設(shè)備的有效率90%達(dá)成預(yù)期指標(biāo)滿意度指標(biāo)社會公眾

            """
        var zeroWidth = ""
        var previousIsHan = false
        for (index, scalar) in page.unicodeScalars.enumerated() {
            let han = (0x4E00...0x9FFF).contains(scalar.value)
            if han, previousIsHan, index % 3 == 0 { zeroWidth += "\u{200B}" }
            zeroWidth.unicodeScalars.append(scalar)
            previousIsHan = han
        }
        let plain = try Self.load(page, named: "蔡甸区森林防火.txt")
        let typed = try Self.load(zeroWidth, named: "蔡甸区森林防火.txt")
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
        let fullWidth = String(String.UnicodeScalarView(seed.unicodeScalars.map { scalar in
            ("0"..."9").contains(scalar) || ".,:()%".unicodeScalars.contains(scalar) ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
        }))
        let plain = try Loaders.load(path: Fixtures.pingwu)
        let typed = try Self.load(fullWidth, named: "平武县.txt")
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
        let typed = try Self.load(seed.replacingOccurrences(of: " ", with: "\u{00A0}"), named: "平武县.txt")
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
        let fullWidth = String(String.UnicodeScalarView(line.unicodeScalars.map { scalar in
            ("0"..."9").contains(scalar) || scalar == "." || scalar == "%" ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
        }))
        for text in [line, fullWidth] {
            let document = try #require(PublishedFormTraitsTests.partial(text, named: "湘西产业发展.txt"))
            #expect(document.projects.first?.budget == nil)
            #expect(document.findings.contains { $0.rule == RuleID.budgetMissing })
        }
    }
}
