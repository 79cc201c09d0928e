import Foundation
import Testing
@testable import JixiaoCore

/// A document site's preview of a shared form (`PreviewPieces`): its text in numbered pieces
/// `1、`, `2、`, … each cut where the piece ran out, inside a name or a number. The excerpts are
/// of two real published self-evaluation forms as such sites show them (Hubei's 黄冈市, 2020, in
/// machine-converted traditional characters; Hunan's 衡山县, 2020), shortened.
@Suite struct PreviewPiecesTests {
    /// The text's one project, through the sample pipeline's stages (names placed, values parsed).
    static func run(_ text: String, named name: String) throws -> (county: String, project: Project) {
        let path = try Fixtures.write(text, named: name, in: Fixtures.temporaryDirectory())
        let result = try Fixtures.runSample(inputs: [path]).1
        #expect(result.allProjects.count == 1)
        return (try #require(result.documents.first).county, try #require(result.allProjects.first))
    }

    /// The pieces join into the line they were: `取得2018-2022` + `监测资料` is one name again,
    /// and a self-evaluation's `年初目标值(A)` is the target, `实际完成值(B)` the result beside it,
    /// `进度指标` the older name of 时效指标.
    @Test func aPreviewCutInsideANameReadsAsTheFormItWas() throws {
        let text = """
            下載本文檔
            文檔簡介
            1、2020年度水土保持監測項目績效自評表單位名稱:黃岡市水土保持與農田水利科研所 填報日期:2021年3月10日項目名稱水土保持監測主管部門黃岡市水利和湖泊局項目實施單位本單位預算執行情況(萬元)(20分)預算數(A)執行數(B)執行率(B/A)得分(20分*執行率)年度財政資金總額1010100%20年度績效目標1(40分)一級指標二級指標三級指標年初目標值(A)實際完成值(B)得分產出指標質量指標監測數據必須合格100%100%10進度指標取得2018-2022
            2、監測資料100%100%10效益指標滿意度指標服務對象滿意度指標整編資料審核98%98%19.6
            """
        let project = try Self.run(text, named: "黄冈.txt").project
        #expect(project.name == "水土保持监测" && project.budget == 10)
        #expect(project.indicators.map(\.nameAsWritten) == ["监测数据必须合格", "取得2018-2022监测资料", "整编资料审核"])
        #expect(project.indicators.map(\.valueAsWritten) == ["100%", "100%", "98%"])
        #expect(project.indicators.map(\.level2) == ["质量指标", "时效指标", "服务对象满意度指标"])
        #expect(project.indicators[1].otherColumns == "实际完成值(B)=100%；得分=10")
        // The joined line is the first piece's.
        #expect(project.indicators.allSatisfy { $0.source.line == 3 })
    }

    /// A piece cut between a target and its result (`…真实率100%` / `2、100%质量 指标…`) gives both
    /// back, a target and result alike glued (`00`) are both, and an incident count's unit (`0起`) is a unit.
    @Test func aPreviewCutBetweenATargetAndItsResult() throws {
        let text = """
            1、2020年度县级专项资金绩效目标自评表专项资金名称县级储备粮负责人及电话旷建成、向建军县级主管部门衡山县商务和粮食局实施单位粮食调控储备与产业发展股项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额194.9194.9100%其中:中央、省、市补助县级资金194.9194.9100%其他资金年度 总体 目标年初设定目标全年实际完成情况保持和稳定地方粮食储备机制地方储备粮食规模达标绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施产 出 指 标数量 指标5000吨稻谷、500吨成 品粮储备到位率100%100%库存数量真实率100%
            2、100%质量 指标县级储备粮管理制 度严格执行率100%100%县级储备粮库存粮 食明显变质比例00满意 度指 标服务 对象 满意 度指 标因粮食市场波动引 起的粮食安全事件 发生数0起0起
            """
        let (county, project) = try Self.run(text, named: "衡山县.txt")
        #expect(county == "衡山县" && project.budget == 194.9)
        #expect(project.department.name == "衡山县商务和粮食局")
        #expect(project.indicators.map(\.nameAsWritten) == ["5000吨稻谷、500吨成品粮储备到位率", "库存数量真实率",
                                                           "县级储备粮管理制度严格执行率", "县级储备粮库存粮食明显变质比例",
                                                           "因粮食市场波动引起的粮食安全事件发生数"])
        #expect(project.indicators.map(\.valueAsWritten) == ["100%", "100%", "100%", "0", "0起"])
        #expect(project.indicators[1].otherColumns == "全年 完成值=100%")
        // A target and its result alike and glued (`00`) are both.
        #expect(project.indicators[3].otherColumns == "全年 完成值=0")
        #expect(project.indicators[4].value.unit == "起")
    }

    /// A numbered list's items (a site's download tips) start lines `2、`, `3、` too: they are
    /// short, so they stay lines of their own; a file without a first piece is left as it is.
    @Test func aNumberedListIsNoPreview() {
        let tips = """
            友情提示
            1、PDF文件下载后,可能会被浏览器默认打开,此种情况可以点击浏览器菜单,保存网页到桌面。
            2、本站不支持迅雷下载,请使用电脑自带的IE浏览器下载即可。
            3、本站资源下载后的文档和图纸-无水印。
            """
        #expect(PreviewPieces.joined(tips) == nil)
        #expect(PreviewPieces.joined("项目名称\t农村公路养护\n2、资金总额\t320") == nil)
        let long = String(repeating: "产出指标数量指标养护里程450公里", count: 20)
        let pieces = PreviewPieces.joined("标题\r\n  1、\(long)\r\n\r\n2、质量指标优良路率80%\r\n后记")
        #expect(pieces?.text == "标题\n\(long)质量指标优良路率80%\n后记")
        #expect(pieces?.origins == [1, 2, 5])
    }

    /// A preview whose two pieces happen to hold the same number of ASCII commas (a real 梁平区
    /// self-evaluation on a document site, 2023) is prose, not a CSV export: its clauses between
    /// commas run far longer than an export's fields. Read as text, its pieces join and its
    /// header, ending in a `说明` column, is found; its one glued row holds numbers, so it is no
    /// blank template either.
    @Test func aPreviewWithCommasIsNoCSV() throws {
        let text = """
            《重庆市梁平区林业局2022年度部门整体绩效自评表.docx》由会员分享,可在线阅读,更多相关《重庆市梁平区林业局2022年度部门整体绩效自评表.docx(2页珍藏版)》请在第一文库网上搜索。
            1、重庆市梁平区林业局2023年度部门整体绩效自评表主管部n重庆市梁平区林业局部门联系人李薇联系电话自评总分(分)97.93年初预算数全年(调整)预算数全年执行数执行率执行率权重执行率得分年度总金额.32.06.5其中财政拨款.32.06.579.27107.93年初绩效目标全年(调整)绩效目标全年目标实际完成情况维护林业、林区安全稳定,全完成维护林业、林区安全稳定,全区森林区森林资源、陆生野生动物资资源、陆生野生动物资源得到有效保护,源得到有效保护,松材线虫病松材线虫病疫情发生面积和病死松树株当年绩疫情发生面积和病死松树株树树实现双下降,森林火灾发生率为0;有效实现双下降,森林火灾发生率效保护全
            2、区湿地资源,成功获得国际湿地目标得到有效控制;有效保护全区城市称号;大力推进植树造林、森林抚育湿地资源,成功创建国家重要等植绿造林工程,培育优良苗木,成功创湿地;大力推进植树造林、森建国家森林城市;完成森林生态效益补林抚育等植绿造林工程,培育偿、退耕还林直补兑现;落实林长制责任优良苗木,成功创建国家森林体系建设。城市;完成森林生态效益补偿、退耕还林直补兑现;落实林长制责任体系建设。绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明天然林和公益林管护当期任务完成率%901010010国家级公益林管护面积万亩2810810森林抚育(营林)面积万亩2110110天保工程区森林资源管护面积万亩250105010森林火灾受害率%0.910010主要林业有害生物成灾率%0.4100.110公益林提供管
            """
        #expect(!CSVTable.looksLikeTable(text))
        #expect(CSVTable.looksLikeTable("一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,养护里程,≥450公里\n满意度指标,服务对象满意度指标,群众满意度,≥90%\n"))
        let path = try Fixtures.write(text + "\n", named: "梁平区.txt", in: Fixtures.temporaryDirectory())
        let extracted = try InputText.textInput(Data(contentsOf: URL(fileURLWithPath: path)), file: "梁平区.txt")
        #expect(extracted.format == .text)
        #expect(extracted.details.contains("文档预览的分段（1、2、…）已接回原来的一行"))
        // Loaded, not refused as a blank template (it had been, its row's numbers not counted).
        #expect(try Loaders.load(path: path).county == "梁平区")
    }
}
