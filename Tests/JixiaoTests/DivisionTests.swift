import Foundation
import Testing
@testable import JixiaoCore

/// The county from the content (issue 17, item 5): the fold of traditional, full-width,
/// spaced and pinyin-annotated text, and the division list it is matched against.
@Suite struct DivisionTests {
    static let fold: ChineseFold = try! ChineseFold(traditionalFile: URL(fileURLWithPath: Fixtures.path("Data/traditional-chars.tsv")))
    static let divisions: Divisions = try! Divisions(
        countiesFile: URL(fileURLWithPath: Fixtures.path("Data/divisions/counties.tsv")),
        prefecturesFile: URL(fileURLWithPath: Fixtures.path("Data/divisions/prefectures.tsv")),
        fold: fold)

    func county(_ text: String, context: [String] = []) -> Division? {
        if case .county(let division) = Self.divisions.resolve(text, context: context) { return division }
        return nil
    }

    // MARK: the fold

    @Test func foldsTraditionalAndPinyin() {
        let fold = Self.fold
        #expect(fold.fold("指標(biāo)") == "指标")
        #expect(fold.fold("績效目標(biāo)表") == "绩效目标表")
        #expect(fold.fold("樂昌市中等職業(yè)技術(shù)學(xué)校") == "乐昌市中等职业技术学校")
        #expect(fold.fold("縣區產出數量") == "县区产出数量")
        #expect(fold.fold("學 (xué)") == "学")
        #expect(fold.fold("學（ xué ）校") == "学校")
        #expect(fold.fold("學(xu\u{301}e)") == "学")  // tone mark as a combining accent
        #expect(fold.fold("國(guó)家") == "国家")
    }

    @Test func foldsWidthSpacesAndZeroWidth() {
        let fold = Self.fold
        #expect(fold.fold("（万元）") == "(万元)")
        #expect(fold.fold("金额单位：万元") == "金额单位:万元")
        #expect(fold.fold("２０２３年") == "2023年")
        #expect(fold.fold("平 武\u{200B}县") == "平武县")
        #expect(fold.fold("\u{FEFF}原州区\u{3000}财政局\u{00A0}\u{2060}\u{200D}") == "原州区财政局")
    }

    /// A file that display folding leaves as it is has no cell it would change: readers skip it.
    @Test func displayChangesIsTrueExactlyWhereDisplayChangesText() {
        let fold = Self.fold
        let samples = ["平武县政务网络工作中心网络问政管理及维护费（维修维护费）", "费(PDF) 97.20\t≥\t95%", "ascii only",
                       "績效目標", "指標(biāo)", "目标（ mù ）", "学(xu\u{301}e)", "（万元）\u{3000}２０２３年", "學",
                       "费（维修维护费）\t目標", "𠀀(ab)", ""]
        for text in samples {
            #expect(fold.displayChanges(text) == (fold.display(text) != text), "\(text)")
        }
        #expect(!fold.displayChanges("费（维修维护费）") && fold.displayChanges("费（维修）指標(biāo)"))
    }

    @Test func keepsBracketsThatAreNotPinyin() {
        let fold = Self.fold
        #expect(fold.fold("预算(万元)") == "预算(万元)")
        #expect(fold.fold("报告(PDF)") == "报告(PDF)")
        #expect(fold.fold("县(市、区)") == "县(市、区)")
        #expect(fold.fold("指标(abcdefg)") == "指标(abcdefg)")  // longer than a syllable
        #expect(fold.fold("(xué)") == "(xué)")  // no character before it
        let plain = "平武县人民政府办公室"
        #expect(fold.fold(plain) == plain)
    }

    @Test func malformedCharacterTableNamesItsLine() throws {
        let folder = Fixtures.temporaryDirectory()
        let path = Fixtures.write("# comment\n縣\t县\n區區\t区\n", named: "chars.tsv", in: folder)
        #expect {
            _ = try ChineseFold(traditionalFile: URL(fileURLWithPath: path))
        } throws: { error in
            "\(error)".contains("chars.tsv:3:")
        }
    }

    // MARK: the data

    @Test func dataHoldsTheCountyLevelDivisions() {
        let divisions = Self.divisions
        #expect((2_800...2_900).contains(divisions.counties.count))
        #expect(divisions.prefectures.count == 337)
        let names = Set(divisions.counties.map(\.name))
        for name in ["原州区", "秀屿区", "安溪县", "忠县", "宝坻区", "舒城县", "武川县", "澧县", "乐昌市", "平武县", "漳平市", "井研县"] {
            #expect(names.contains(name), "\(name)")
        }
        // Prefecture-level cities are not counties, county-level cities are.
        for name in ["韶关市", "龙岩市", "鄂州市", "固原市", "东莞市", "嘉峪关市"] {
            #expect(!names.contains(name), "\(name)")
        }
        let lechang = divisions.counties.first { $0.name == "乐昌市" }
        #expect(lechang?.prefecture == "韶关市")
        #expect(lechang?.code == "440281")
    }

    /// Every county-level row of the list is read (speed is measured by the benchmark, not here).
    @Test func loadsEveryDivision() throws {
        let fold = try ChineseFold(traditionalFile: URL(fileURLWithPath: Fixtures.path("Data/traditional-chars.tsv")))
        let divisions = try Divisions(countiesFile: URL(fileURLWithPath: Fixtures.path("Data/divisions/counties.tsv")),
                                      prefecturesFile: URL(fileURLWithPath: Fixtures.path("Data/divisions/prefectures.tsv")),
                                      fold: fold)
        #expect(divisions.counties.count == 2_845)
        #expect(divisions.prefectures.count == 337)
    }

    /// Folding once is folding fully: no simplified character of the table is itself mapped
    /// (OpenCC has 薴 → 苧 → 苎; the table maps 薴 to 苎).
    @Test func traditionalCharactersFoldInOneStep() throws {
        let table = try String(contentsOfFile: Fixtures.path("Data/traditional-chars.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
        #expect(table.count > 4_000)
        for pair in table { #expect(Self.fold.fold(Self.fold.fold(pair[0])) == Self.fold.fold(pair[0]), "\(pair)") }
        #expect(Self.fold.fold("薴") == "苎" && Self.fold.fold("苧") == "苎")
    }

    @Test func malformedDivisionLineNamesFileAndLine() {
        let folder = Fixtures.temporaryDirectory()
        let counties = Fixtures.write("640402\t宁夏回族自治区\t固原市\t原州区\n64040\t宁夏回族自治区\t固原市\t西吉县\n",
                                      named: "counties.tsv", in: folder)
        let shortRow = Fixtures.write("640402\t宁夏回族自治区\t原州区\n", named: "short.tsv", in: folder)
        let prefectures = Fixtures.write("640400\t宁夏回族自治区\t固原市\n", named: "prefectures.tsv", in: folder)
        #expect {
            _ = try Divisions(countiesFile: URL(fileURLWithPath: counties), prefecturesFile: URL(fileURLWithPath: prefectures), fold: Self.fold)
        } throws: { "\($0)".contains("counties.tsv:2:") && "\($0)".contains("six digits") }
        #expect {
            _ = try Divisions(countiesFile: URL(fileURLWithPath: shortRow), prefecturesFile: URL(fileURLWithPath: prefectures), fold: Self.fold)
        } throws: { "\($0)".contains("short.tsv:1:") }
    }

    @Test func unknownNameInNeedsPrefectureListIsAnError() {
        let folder = Fixtures.temporaryDirectory()
        let counties = Fixtures.write("640402\t宁夏回族自治区\t固原市\t原州区\n", named: "counties.tsv", in: folder)
        let prefectures = Fixtures.write("640400\t宁夏回族自治区\t固原市\n", named: "prefectures.tsv", in: folder)
        _ = Fixtures.write("# comment\n原州区\n城区\n", named: "needs-prefecture.txt", in: folder)
        #expect {
            _ = try Divisions(countiesFile: URL(fileURLWithPath: counties), prefecturesFile: URL(fileURLWithPath: prefectures), fold: Self.fold)
        } throws: { "\($0)".contains("needs-prefecture.txt:3:") }
    }

    // MARK: matches

    @Test func matchesPrefectureThenCounty() {
        let found = Self.divisions.matches(in: "固原市原州区自然资源局")
        #expect(found.map(\.name) == ["固原市", "原州区"])
        #expect(found.map(\.level) == [.prefecture, .county])
        #expect(found.map(\.range) == [0..<3, 3..<6])
        #expect(found[1].candidates.map(\.code) == ["640402"])
        #expect(Self.divisions.matches(in: "龙岩市民族与宗教事务局").map(\.name) == ["龙岩市"])
        #expect(Self.divisions.matches(in: "820001-井研县马踏镇人民政府").map(\.name) == ["井研县"])
        #expect(Self.divisions.matches(in: "福建省福州市鼓楼区").map(\.name) == ["福州市", "鼓楼区"])
    }

    @Test func ordinaryWordsAreNotDivisions() {
        // 城区 and 新城区 are districts, but also "the urban area" and "the new town".
        #expect(Self.divisions.matches(in: "新城区道路建设项目").isEmpty)
        #expect(Self.divisions.matches(in: "城区绿化").isEmpty)
        // 示范县 ("model county") holds 范县 of 河南省濮阳市.
        #expect(Self.divisions.matches(in: "电子商务进农村综合示范县").isEmpty)
        // 和县 (安徽省马鞍山市) after 和 "and": a line of the 平武县 sample.
        #expect(Self.divisions.matches(in: "并指导、督促乡镇人民政府和县政府部门值班工作").isEmpty)
        #expect(county("马鞍山市和县财政局")?.code == "340523")
        #expect(county("和县人民政府")?.code == "340523")
        let yangquan = Self.divisions.matches(in: "阳泉市城区财政局")
        #expect(yangquan.map(\.name) == ["阳泉市", "城区"])
        #expect(county("阳泉市城区财政局")?.code == "140302")
        #expect(county("晋城市城区")?.code == "140502")
        #expect(county("西安市新城区教育局")?.prefecture == "西安市")
    }

    // MARK: resolve

    @Test func countyOfAUnitName() {
        let yuanzhou = county("固原市原州区自然资源局")
        #expect(yuanzhou?.name == "原州区")
        #expect(yuanzhou?.prefecture == "固原市")
        #expect(yuanzhou?.province == "宁夏回族自治区")
        #expect(yuanzhou?.code == "640402")

        let zhongxian = county("忠县财政局")
        #expect(zhongxian?.name == "忠县")
        #expect(zhongxian?.prefecture == "重庆市")
        #expect(zhongxian?.province == "重庆市")

        #expect(county("澧县食用菌研究所")?.code == "430723")
        #expect(county("宝坻区人民政府")?.prefecture == "天津市")
        #expect(county("820001-井研县马踏镇人民政府")?.name == "井研县")
        #expect(county("820001-井研县马踏镇人民政府")?.prefecture == "乐山市")
        #expect(county("平 武\u{200B}县人民政府办公室")?.code == "510727")
    }

    @Test func countyOfTraditionalText() {
        let lechang = county("樂昌市中等職業技術學校")
        #expect(lechang?.name == "乐昌市")
        #expect(lechang?.prefecture == "韶关市")
        #expect(county("樂昌市中等職業(yè)技術(shù)學(xué)校")?.code == "440281")
    }

    @Test func shortNamesOfAutonomousDivisions() {
        let shizhu = county("石柱县财政局")
        #expect(shizhu?.name == "石柱土家族自治县")
        #expect(shizhu?.prefecture == "重庆市")
        #expect(county("峨边县教育局")?.name == "峨边彝族自治县")
        #expect(county("莫力达瓦旗农牧局")?.code == "150722")
        // The county's own short form, and a place whose name ends as a nationality's does (彭水, 水族).
        #expect(county("彭水自治县卫生健康委员会")?.name == "彭水苗族土家族自治县")
        #expect(county("彭水县财政局")?.code == "500243")
        #expect(county("陵水县民政局")?.name == "陵水黎族自治县")
        #expect(Self.divisions.resolve("恩施州财政局", context: []) == .cityLevel("恩施土家族苗族自治州"))
        let found = Self.divisions.matches(in: "恩施州来凤县")
        #expect(found.map(\.name) == ["恩施土家族苗族自治州", "来凤县"])
        #expect(found.map(\.range) == [0..<3, 3..<6])
    }

    @Test func cityLevelUnits() {
        #expect(Self.divisions.resolve("龙岩市民族与宗教事务局", context: []) == .cityLevel("龙岩市"))
        #expect(Self.divisions.resolve("鄂州市2022年市直部门预算项目支出绩效目标表", context: []) == .cityLevel("鄂州市"))
        #expect(Self.divisions.resolve("鄂州市市直部门", context: []) == .cityLevel("鄂州市"))
        // A county-level name wins over the prefecture-level one.
        #expect(county("龙岩市漳平市财政局")?.code == "350881")
    }

    @Test func provinceLevelUnits() {
        #expect(Self.divisions.resolve("湖南省财政厅", context: []) == .provinceLevel("湖南省"))
        #expect(Self.divisions.resolve("四川省财政厅", context: []) == .provinceLevel("四川省"))
        #expect(Self.divisions.resolve("宁夏回族自治区林业和草原局", context: []) == .provinceLevel("宁夏回族自治区"))
        // A prefecture or county named after the province is the unit's place.
        #expect(Self.divisions.resolve("湖南省常德市财政局", context: []) == .cityLevel("常德市"))
        #expect(county("湖南省澧县财政局")?.code == "430723")
        #expect(Self.divisions.resolve("自治区林业和草原局", context: []) == CountyResolution.none)
    }

    @Test func sharedNameIsSettledByProvinceOrCity() {
        guard case .ambiguous(let name, let candidates) = Self.divisions.resolve("鼓楼区", context: []) else {
            Issue.record("鼓楼区 alone should be ambiguous")
            return
        }
        #expect(name == "鼓楼区")
        #expect(candidates.count == 4)
        #expect(Set(candidates.map(\.prefecture)) == ["南京市", "徐州市", "福州市", "开封市"])

        #expect(county("福州市鼓楼区")?.code == "350102")
        #expect(county("鼓楼区", context: ["福建省"])?.code == "350102")
        #expect(county("鼓楼区财政局", context: ["2023年福州市部门预算公开"])?.code == "350102")
        #expect(county("江苏省徐州市鼓楼区")?.prefecture == "徐州市")
        // A province with two 鼓楼区 (江苏: 南京, 徐州) narrows but does not settle.
        guard case .ambiguous(_, let jiangsu) = Self.divisions.resolve("鼓楼区", context: ["江苏省"]) else {
            Issue.record("鼓楼区 in 江苏省 should stay ambiguous")
            return
        }
        #expect(Set(jiangsu.map(\.prefecture)) == ["南京市", "徐州市"])
        // The text's own city goes before the context's province.
        #expect(county("南京市鼓楼区", context: ["福建省"])?.prefecture == "南京市")
    }

    @Test func genericPlaceholderNamesNoCounty() {
        #expect(Self.divisions.resolve("縣(市、區(qū))財政部門", context: []) == .none)
        #expect(Self.divisions.resolve("县(市、区)教育部门", context: []) == .none)
        #expect(Self.divisions.resolve("", context: []) == .none)
    }
}
