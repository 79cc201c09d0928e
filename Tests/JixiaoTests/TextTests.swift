import Testing
@testable import JixiaoCore

@Suite struct TextCleaningTests {
    @Test(arguments: [
        ("平武县政务网络 工作中心网络问 政管理及维护费 (维修维护费)", "平武县政务网络工作中心网络问政管理及维护费（维修维护费）"),
        ("平武县政务网络 工作中心行政中 心新增100M网络 带宽使用费（邮 电费）", "平武县政务网络工作中心行政中心新增100M网络带宽使用费（邮电费）"),
        ("完成 疫情防控、境外人员排查", "完成疫情防控、境外人员排查"),
        ("Mbps rate", "Mbps rate"),
    ])
    func cleansNames(input: String, expected: String) {
        #expect(TextCleaning.cleanName(input) == expected)
    }

    /// Amounts and targets typed in full-width digits with full-width commas between thousands:
    /// `１，２５０，０００．００` 元 had been read as 1 元 (the comma ended the number), `≥１，２００人`
    /// as 1 with the unit `，200人`.
    @Test func fullWidthThousandsCommasAreThousandsCommas() {
        #expect(TextCleaning.foldWidth("１，２５０，０００．００") == "1,250,000.00")
        #expect(TextCleaning.foldWidth("≥1，200人") == "≥1,200人")
        // Punctuation stays: between words, and after a digit not followed by exactly three.
        #expect(TextCleaning.foldWidth("分两批，第1，2批") == "分两批，第1，2批")
        #expect(TextCleaning.foldWidth("共12，3000人") == "共12，3000人")
        #expect(MoneyText.wan("１，２５０，０００．００", unit: .yuan) == 125)
        let target = ValueParser.parse(comparison: "", value: "≥１，２００人", unit: "")
        #expect(target.number == 1200 && target.unit == "人" && target.comparison == .atLeast)
    }

    @Test func stripsNumbering() {
        #expect(TextCleaning.stripNumbering("指标3：有理由投诉（拒接电话和服务态度等）") == "有理由投诉（拒接电话和服务态度等）")
        #expect(TextCleaning.stripNumbering("指标1： 网络政务回应限期") == "网络政务回应限期")
        #expect(TextCleaning.stripNumbering("信箱正常使用率") == "信箱正常使用率")
    }

    @Test func parsesNumbers() {
        #expect(TextCleaning.number("8,827,620.53") == 8_827_620.53)
        #expect(TextCleaning.number("97.20") == 97.2)
        #expect(TextCleaning.number("４５") == 45)
        #expect(TextCleaning.number("") == nil)
        #expect(TextCleaning.number("优良中差") == nil)
    }

    @Test func organisationCodesAreReadInEverySpellingFormsUse() {
        let department = OrgName(code: "503", name: "兴文县医疗保障局")
        for spelling in ["503-兴文县医疗保障局", "503－兴文县医疗保障局", "[503]兴文县医疗保障局", "【503】兴文县医疗保障局",
                         "（503）兴文县医疗保障局", "(503) 兴文县医疗保障局", "503 兴文县医疗保障局", "503_兴文县医疗保障局"] {
            #expect(OrgName(parsing: spelling) == department, "\(spelling)")
        }
        // Digits that belong to the name, and codes too short to be a budget code, stay in the name.
        #expect(OrgName(parsing: "120急救指挥中心") == OrgName(code: nil, name: "120急救指挥中心"))
        #expect(OrgName(parsing: "12 中学") == OrgName(code: nil, name: "12 中学"))
        #expect(OrgName(parsing: "[12]中学") == OrgName(code: nil, name: "[12]中学"))
        #expect(OrgName(parsing: "[503]") == OrgName(code: nil, name: "[503]"))
        // A year set apart by a space (PDF text spaces digits from Han: `2024 年农机购置补贴`) is no code:
        // under a column of units and projects it had made the project a department, its row structure.
        #expect(OrgName(parsing: "2024 年农机购置补贴") == OrgName(code: nil, name: "2024 年农机购置补贴"))
        #expect(OrgName(parsing: "201001-平武县人民政府机关").description == "201001-平武县人民政府机关")
        // A code glued after the name (a unit's credit code), six digits or more after a Han character.
        #expect(OrgName(parsing: "原州区宗教事务局116422210101621779") == OrgName(code: "116422210101621779", name: "原州区宗教事务局"))
        #expect(OrgName(parsing: "第二中学12345") == OrgName(code: nil, name: "第二中学12345"))
    }

    @Test func weightsAreNumbersOrPoints() {
        #expect(TextCleaning.weight("20") == 20 && TextCleaning.weight("20分") == 20 && TextCleaning.weight(" 7.5 分") == 7.5)
        #expect(TextCleaning.weight("分") == nil && TextCleaning.weight("二十分") == nil && TextCleaning.weight("20分钟") == nil)
        // A column titled 权重(%) writes its weights as shares of the hundred: each had been
        // weight.not-a-number and the project's weights no total.
        #expect(TextCleaning.weight("30%") == 30 && TextCleaning.weight("７.５％") == 7.5 && TextCleaning.weight("%") == nil)
    }

    @Test func countyFromOrganisation() {
        #expect(Loaders.county(fromOrganisation: "平武县人民政府办公室") == "平武县")
        #expect(Loaders.county(fromOrganisation: "原州区人民政府") == "原州区")
        #expect(Loaders.county(fromOrganisation: "绵阳市游仙区财政局") == "绵阳市游仙区")
    }
}

@Suite struct ValueParserTests {
    @Test func layoutBCellsCarryComparisonAndUnit() {
        let complaint = ValueParser.parse(comparison: "", value: "≦5次", unit: "")
        #expect(complaint.comparison == .atMost && complaint.number == 5 && complaint.unit == "次")
        let loss = ValueParser.parse(comparison: "", value: "丢包率<0.3%", unit: "")
        #expect(loss.comparison == .less && loss.number == 0.3 && loss.unit == "%" && loss.subject == "丢包率")
        let cost = ValueParser.parse(comparison: "", value: "≤30万元", unit: "")
        #expect(cost.comparison == .atMost && cost.number == 30 && cost.unit == "万元")
        let lines = ValueParser.parse(comparison: "", value: "45条", unit: "")
        #expect(lines.comparison == .equal && lines.number == 45 && lines.unit == "条")
        let satisfaction = ValueParser.parse(comparison: "", value: "≧90%", unit: "")
        #expect(satisfaction.comparison == .atLeast && satisfaction.number == 90 && satisfaction.unit == "%")
    }

    @Test func qualitativeValues() {
        let period = ValueParser.parse(comparison: "", value: "2023年全年", unit: "")
        #expect(period.comparison == .qualitative && period.number == nil && period.grade == "2023年全年")
        let grade = ValueParser.parse(comparison: "定性", value: "优良中差", unit: "")
        #expect(grade.comparison == .qualitative && grade.grade == "优良中差")
        let wording = ValueParser.parse(comparison: "", value: "明显提升", unit: "")
        #expect(wording.comparison == .qualitative && wording.grade == "明显提升")
    }

    @Test func layoutAColumns() {
        let value = ValueParser.parse(comparison: "≥", value: "95", unit: "%")
        #expect(value.comparison == .atLeast && value.number == 95 && value.unit == "%")
        let money = ValueParser.parse(comparison: "=", value: "8,827,620.53", unit: "元")
        #expect(money.comparison == .equal && money.number == 8_827_620.53 && money.unit == "元")
        let folded = ValueParser.parse(comparison: ">=", value: "９０", unit: "％")
        #expect(folded.comparison == .atLeast && folded.number == 90 && folded.unit == "%")
    }
}

@Suite struct SheetNameTests {
    @Test func namesAreValidAndUnique() {
        var names = SheetNames()
        #expect(names.claim("201-平武县人民政府办公室") == "201-平武县人民政府办公室")
        #expect(names.claim("a[b]:c*d?e/f\\g") == "a_b__c_d_e_f_g")
        let long = String(repeating: "县", count: 40)
        let first = names.claim(long)
        let second = names.claim(long)
        #expect(first.count == 31 && second.count == 31 && first != second)
        #expect(second.hasSuffix("(2)"))
        #expect(names.claim("'quoted'") == "quoted")
    }
}

/// The byte-level helpers the loaders and stages use instead of Foundation and Character
/// walks: each must agree with what the slower spelling meant.
@Suite struct ByteLevelTextTests {
    @Test func cellsAreSplitOnTabsAndTrimmedOfEveryKindOfSpace() {
        let line = "\u{3000}平武县\u{00A0}\t 97.20 \t\t指标\u{2003}\t a b "
        #expect(TextCleaning.cells(Substring(line)) == ["平武县", "97.20", "", "指标", "a b"])
        #expect(TextCleaning.cells("") == [""])
    }

    /// A tab row says which of its cells are not blank as it is cut (`TextCleaning.row`): the
    /// count and the first and last such column, what a look at every cell would find.
    @Test func aTabRowTellsItsFilledCells() {
        func row(_ line: String) -> TextCleaning.TabRow {
            var texts = BytesMemo<String>()
            return Array(line.utf8).withUnsafeBufferPointer { TextCleaning.row($0, texts: &texts) }
        }
        let lines = ["\t\t平武县\t 97.20 \t\t", "\u{3000}\t \t", "", "a", "产出指标\t数量指标\t\t\t>=\t2500\t人\t10\t正向指标",
                     "\t\t\t\t效益指标\u{00A0}\t社会效益指标\t满足工作需要，提高机构管理服务水平\t定性"]
        for line in lines {
            let read = row(line)
            let filled = read.cells.indices.filter { !read.cells[$0].isEmpty }
            #expect(read.cells == TextCleaning.cells(Substring(line)), "\(line.debugDescription)")
            #expect(read.filled == filled.count && read.first == (filled.first ?? 0) && read.last == (filled.last ?? 0), "\(line.debugDescription)")
        }
        #expect(row("\t\t平武县\t 97.20 \t\t").filled == 2 && row("\t\t平武县\t 97.20 \t\t").first == 2 && row("\t\t平武县\t 97.20 \t\t").last == 3)
        #expect(row("\u{3000}\t \t").filled == 0)
    }

    @Test func linesKeepEmptyLines() {
        #expect(TextCleaning.lines("a\n\n平武县\n") == ["a", "", "平武县", ""])
    }

    @Test func searchesAndComparesByBytes() {
        #expect("平武县人民政府办公室".containsText("办公室"))
        #expect(!"平武县".containsText("平武县人民政府"))
        #expect("产出指标".endsWithText("指标") && "项目名称：xx".startsWithText("项目名称"))
        // Prefixes and suffixes: longer than the text, empty, the whole text, a Substring.
        #expect(!"指标".startsWithText("指标值") && !"指标".endsWithText("产出指标"))
        #expect("指标".startsWithText("") && "指标".endsWithText("") && "".startsWithText(""))
        #expect("正向指标".startsWithText("正向指标") && "正向指标".endsWithText("正向指标"))
        #expect(!"反向指标".startsWithText("正向") && !"产出指标".endsWithText("指 标"))
        #expect("（万元）预算数"[...].startsWithText("（万元）") && "预算数（万元）"[...].endsWithText("（万元）"))
        #expect("定性".sameText("定性") && !"定性".sameText("定 性") && !"定性".sameText("定"))
        #expect(TextCleaning.end(of: "指标", in: "产出指标数量") == "产出指标数量".index("产出指标数量".startIndex, offsetBy: 4))
    }

    @Test func textKeysMatchEqualTextBuiltSeparately() {
        let built = String(["网络", "政务"].joined())
        var counts: [TextKey: Int] = [TextKey("网络政务"): 1]
        counts[TextKey(built), default: 0] += 1
        #expect(counts == [TextKey("网络政务"): 2])
    }

    @Test func numberingAndMarkers() {
        #expect(TextCleaning.stripNumbering("1、 及时率 ") == "及时率")
        #expect(TextCleaning.stripNumbering("指标2:完成率") == "完成率")
        let text = "产出指标数量指标指标 12 ：完成率"
        let marker = TextCleaning.numberedMarker("指标", in: text)
        #expect(marker.map { String(text[$0]) } == "指标 12 ：")
        #expect(TextCleaning.numberedMarker("指标", in: "产出指标") == nil)
    }

    @Test func sentencesAreToldByLengthAndPunctuation() {
        #expect(TemplateReview.readsLikeSentence("完成全年政务网络运行维护工作，确保网络畅通", limit: 20))
        #expect(TemplateReview.readsLikeSentence("网络运行正常。", limit: 20))
        #expect(TemplateReview.readsLikeSentence(String(repeating: "网", count: 21), limit: 20))
        #expect(!TemplateReview.readsLikeSentence(String(repeating: "网", count: 20), limit: 20))
        #expect(!TemplateReview.readsLikeSentence("网络运行（正常）率", limit: 20))
        #expect(TemplateReview.readsLikeSentence("网络；运行", limit: 20))
    }

    /// Counted without grapheme rules only where none applies: the same as `count` either way.
    @Test(arguments: ["", "abc 12%", "受益人数（人）", "网络、运行《正常》〇々", "丢包率<0.3%", "ＡＢＣ１２３",
                      "e\u{301}x", "👍🏽网络", "\r\n网", "각", "〰网", "网\u{302A}"])
    func charactersAreCountedAsCountCountsThem(_ text: String) {
        #expect(text.characterCount == text.count)
    }

    /// What the byte check passes by `foldWidth` leaves as it is; what it folds, the check tells.
    @Test func foldingIsToldOnTheBytes() {
        func told(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer(TextCleaning.needsFolding) }
        for text in ["≥95%", "网络", "a=b", "=5", "分，第", "1，2批", "≥1,200人"] {
            #expect(told(text) || Array(TextCleaning.foldWidth(text).utf8) == Array(text.utf8), "\(text)")
        }
        for text in [">=95", "<=5", "95％", "１２", "\u{3000}a", "a\u{A0}b", "≧5", "≦5", "1，200", "＞＝5"] {
            #expect(told(text) && TextCleaning.foldWidth(text) != text, "\(text)")
        }
        #expect(!told("≥95%") && !told("网络，运行") && !told("a=b"))
    }

    @Test func numbersReadFromBytes() {
        let money = ValueParser.parse(comparison: "", value: "1,000.5万元", unit: "")
        #expect(money.number == 1000.5 && money.unit == "万元" && money.comparison == .equal)
        let signed = ValueParser.parse(comparison: "", value: "-3.5 %", unit: "")
        #expect(signed.number == -3.5 && signed.unit == "%")
        #expect(ValueParser.parse(comparison: "", value: "+5次", unit: "").number == 5)
        #expect(ValueParser.parse(comparison: "", value: "1.次", unit: "").unit == ".次")
    }
}

/// Indicators and projects share their fields between copies until one is changed.
@Suite struct CopyOnWriteTests {
    @Test func changingACopyLeavesTheOriginal() {
        var original = Indicator(level1Label: "产出指标", level2Label: "数量指标", nameAsWritten: "完成率",
                                 valueAsWritten: "100%", source: SourceRef(file: "t.txt", line: 3))
        var copy = original
        copy.name = "完成比例"
        copy.source.line = 9
        #expect(original.name == "完成率" && original.source.line == 3)
        #expect(copy.name == "完成比例" && copy.source.line == 9 && copy != original)
        original.level1 = "产出指标"
        #expect(copy.level1 == nil)
    }

    @Test func projectsCopyTheirIndicatorsOnWrite() {
        var project = Project(department: OrgName(parsing: "201-平武县人民政府办公室"), unit: nil,
                              nameAsWritten: "网络运行", budget: 45, budgetAsWritten: "45", goal: "",
                              source: SourceRef(file: "t.txt", line: 2))
        project.indicators.append(Indicator(level1Label: "产出指标", level2Label: "", nameAsWritten: "完成率",
                                            valueAsWritten: "100%", source: SourceRef(file: "t.txt", line: 3)))
        let before = project
        project.indicators[0].weight = 20
        project.budget = 50
        #expect(before.indicators[0].weight == nil && before.budget == 45)
        #expect(project.indicators[0].weight == 20 && project.weightTotal == 20 && before.weightTotal == nil)
    }
}

/// `BytesMemo`, the reader's memo of what is made of each distinct cell text: a value is made
/// once per distinct bytes, found again through the table's growth and hash collisions, and
/// texts too long or beyond its capacity are made every time, never given another's value.
@Suite struct BytesMemoTests {
    @Test func eachDistinctTextIsMadeOnce() {
        var memo = BytesMemo<String>()
        var made = 0
        // 产出指标 … and numbers: more texts than the first table has slots, some with one length.
        let texts = (0..<2_000).map { "指标\($0 % 700)" } + ["", "≥", "%", "产出指标", "数量指标"]
        for text in texts + texts {
            let value = memo.value(text) { made += 1; return "<" + $0 + ">" }
            #expect(value == "<" + text + ">")
        }
        #expect(made == 705)
        // The bytes a cell is read from find the value its String made.
        let bytes = Array("指标42".utf8)
        let found = bytes.withUnsafeBufferPointer { memo.value($0) { _ in "new" } }
        #expect(found == "<指标42>")
    }

    @Test func longTextsAndAFullMemoAreMadeEachTime() {
        var memo = BytesMemo<Int>()
        var made = 0
        let long = String(repeating: "年度总体目标", count: 10)
        #expect(long.utf8.count > BytesMemo<Int>.longestKept)
        _ = memo.value(long) { _ in made += 1; return 1 }
        _ = memo.value(long) { _ in made += 1; return 1 }
        #expect(made == 2)
        made = 0
        let count = BytesMemo<Int>.mostKept + 10
        for round in 0..<2 {
            for i in 0..<count { #expect(memo.value("\(i)") { _ in made += 1; return i } == i, "\(round)") }
        }
        // The first mostKept are kept; the 10 beyond are made again on the second round.
        #expect(made == count + 10)
    }
}
