import Foundation
import Testing
@testable import JixiaoCore
import JixiaoSynth

/// What an inbox holds beside the forms: a README, a cover letter. The vocabulary decides
/// (no form title, header key or indicator column in the text: not a form), never the file
/// name or extension.
@Suite struct NotAFormTests {
    static let readme = """
        # 2024 年 3 月上报材料

        各县的材料按县名放在各自的文件夹里，每月 5 日前上传。
        有问题请打电话给市局预算科。
        """
    static let letter = """
        关于报送预算材料的函

        市财政局：
            现将我县本年度材料报上，请审阅。

        平武县财政局
        2024 年 3 月 1 日
        """

    @Test func aDocumentWithoutFormWordsIsNotAForm() throws {
        let folder = Fixtures.temporaryDirectory()
        for (name, text) in [("README.md", Self.readme), ("说明.txt", Self.letter), ("表.xlsx.txt", Self.letter)] {
            let path = Fixtures.write(text, named: name, in: folder)
            let error = try #require(throws: LoadError.self) { try Loaders.load(path: path) }
            #expect(error.notAForm, "\(error)")
            #expect(error.message.contains("not a form") && error.message.contains("Data/vocabulary.yaml"), "\(error)")
        }
        let docx = WordDocument.write(try WordDocument.docx(body: Self.letter.split(separator: "\n").map { WordDocument.paragraph(String($0)) }.joined()),
                                      name: "函.docx")
        let error = try #require(throws: LoadError.self) { try Loaders.load(path: docx) }
        #expect(error.notAForm, "\(error)")
    }

    /// Filling-in instructions sent with the template (填报说明): sentences naming the title and
    /// the labels, an example table. It had been read as a form of county 未识别县 with the
    /// sentences as indicators, the example's values in no column and `---` as an indicator.
    static let instructions = """
        项目支出绩效目标表填报说明

        一、填报范围：各单位所有项目支出均应填报绩效目标表。
        二、填报要求：
        1. 一级指标包括产出指标、效益指标、满意度指标和成本指标。
        2. 三级指标由各单位根据项目实际情况自行设置，指标值应尽量量化。
        示例：
        | 一级指标 | 二级指标 | 三级指标 | 指标值 |
        | --- | --- | --- | --- |
        | 产出指标 | 数量指标 | 培训人次 | ≥500人次 |
        | 效益指标 | 社会效益指标 | 群众知晓率 | ≥90% |
        | 满意度指标 | 服务对象满意度指标 | 参训人员满意度 | ≥95% |
        三、报送时间：请于2024年3月31日前报送财政局。
        """

    @Test func instructionsAboutTheFormAreNotAForm() throws {
        let folder = Fixtures.temporaryDirectory()
        let text = Fixtures.write(Self.instructions, named: "填报说明.txt", in: folder)
        let error = try #require(throws: LoadError.self) { try Loaders.load(path: text) }
        #expect(error.notAForm && error.message.contains("「项目支出绩效目标表填报说明」说的是表单"), "\(error)")
        // Beside a real form (06, 舒城县) in one run: the form is read, the instructions skipped.
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/real-forms/06-anhui-shucheng-work-relief.txt"), toPath: folder + "/06.txt")
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let result = try Pipeline(file: file).run(inputs: [InputFile(path: folder)])
        let summary = try OutputWriter.write(result, pipeline: file, period: "2024-03", root: Fixtures.temporaryDirectory())
        #expect(summary.counties.map(\.county) == ["舒城县"] && summary.counties.map(\.indicators) == [10])
        #expect(summary.failures.isEmpty && summary.status == "complete")
        #expect(summary.skippedFiles.map(\.file) == ["填报说明.txt"])
        // The same sentences as a form's own notes, with its title and keys, stay a form.
        let form = "项目支出绩效目标表\n项目名称：干部培训\n资金总额：12\n" + Self.instructions.split(separator: "\n").dropFirst().joined(separator: "\n")
        let document = try Loaders.load(path: Fixtures.write(form, named: "form.txt", in: folder))
        #expect(document.projects.map(\.name) == ["干部培训"] && document.projects.map(\.budget) == [12])
        #expect(document.projects[0].indicators.map(\.nameAsWritten).prefix(3) == ["培训人次", "群众知晓率", "参训人员满意度"])
        #expect(document.projects[0].indicators.map(\.valueAsWritten).prefix(3) == ["≥500人次", "≥90%", "≥95%"])
        // A row of a form written with spaces whose last cell is a sentence keeps the words opening it.
        let spaced = "项目支出绩效目标表\n项目名称 干部培训\n资金总额（万元） 12\n一级指标 二级指标 三级指标 指标值\n"
            + "产出指标 数量指标 培训人次 300人次\n效益指标 社会效益指标 增加就业机会,提高农民收入。\n"
        let rows = try Loaders.load(path: Fixtures.write(spaced, named: "spaced.txt", in: folder)).projects[0].indicators
        #expect(rows.map(\.nameAsWritten) == ["培训人次", "增加就业机会,提高农民收入。"])
        #expect(rows.map(\.level2Label) == ["数量指标", "社会效益指标"])
    }

    /// A template's 填报说明 kept after the form (a workbook's second sheet, a Word file's last
    /// page): its example rows had been read as four more indicators of the form.
    @Test func instructionsAfterAFormAreNotItsRows() throws {
        let form = """
            项目支出绩效目标表
            项目名称\t平武县干部培训
            主管部门\t平武县委组织部
            资金总额（万元）\t12
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t培训人次\t≥300人次
            满意度指标\t服务对象满意度指标\t参训人员满意度\t≥90%

            """
        let tabbed = Self.instructions.replacingOccurrences(of: "| --- | --- | --- | --- |\n", with: "")
            .replacingOccurrences(of: "| ", with: "").replacingOccurrences(of: " | ", with: "\t").replacingOccurrences(of: " |", with: "")
        let folder = Fixtures.temporaryDirectory()
        for (name, text) in [("form.txt", form + Self.instructions), ("form-tabs.txt", form + tabbed)] {
            let document = try Loaders.load(path: Fixtures.write(text, named: name, in: folder))
            #expect(document.projects.map(\.name) == ["平武县干部培训"] && document.projects.map(\.budget) == [12], "\(name)")
            #expect(document.projects[0].indicators.map(\.nameAsWritten) == ["培训人次", "参训人员满意度"], "\(name)")
            #expect(document.rejected.isEmpty && document.rowsRead == 2, "\(name)")
            #expect(document.findings.filter { $0.rule == RuleID.formInstructions }.map(\.message)
                    == ["从「项目支出绩效目标表填报说明」起是说明表单的文字（填报说明、通知一类），其中的示例表不读入"], "\(name)")
        }
    }

    /// A README in English about the forms (the real-forms folder's own) quotes titles, keys
    /// and column titles between its sentences: it had been read as three forms of 19
    /// indicators named `/`, `.`, URLs and file names, county 未识别县.
    @Test func anEnglishReadmeAboutFormsIsNotAForm() throws {
        for readme in ["Tests/Fixtures/real-forms/README.md", "README.md"] {
            let error = try #require(throws: LoadError.self) { try Loaders.load(path: Fixtures.path(readme)) }
            #expect(error.notAForm && error.message.contains("not a form") && error.message.contains("Latin-script"), "\(error)")
        }
        let inbox = Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.pingwu, toPath: inbox + "/000.txt")
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/real-forms/README.md"), toPath: inbox + "/README.md")
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let result = try Pipeline(file: file).run(inputs: [InputFile(path: inbox)])
        let summary = try OutputWriter.write(result, pipeline: file, period: "2024-03", root: Fixtures.temporaryDirectory())
        #expect(summary.counties.map(\.county) == ["平武县"] && summary.counties.map(\.projects) == [10])
        #expect(summary.failures.isEmpty && summary.status == "complete")
        #expect(summary.skippedFiles.map(\.file) == ["README.md"])
    }

    /// Every real form, in every rendering, is written in Chinese far below the line a
    /// Latin-script document crosses: URLs, units and pinyin are no running text.
    @Test func realFormsAreFarFromLatinProse() throws {
        let folder = Fixtures.path("Tests/Fixtures/real-forms")
        var files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        for sub in ["html", "xlsx", "docx", "pdf"] {
            files += try FileManager.default.contentsOfDirectory(atPath: folder + "/" + sub).map { sub + "/" + $0 }
        }
        files += ["../../../Data/samples/000_6941c6c000b569c3.txt", "../../../Data/samples/003_3430fcfc1c4de566.txt",
                  "../formats/000.pdf", "../formats/003.pdf", "../formats/000.xls"]
        #expect(files.count == 11 * 5 + 5)
        for name in files {
            let path = folder + "/" + name
            let input = try InputText.extract(data: try Data(contentsOf: URL(fileURLWithPath: path)), path: path, file: name)
            let count = LatinProse.count(input.text)
            #expect(count.hanCharacters > 100 && count.proseLetters * 5 < count.hanCharacters, "\(name): \(count)")
        }
    }

    /// `LatinProse.count` passes a run of Han characters in a tight loop: it must count what a
    /// look at every byte counts, on Latin words, Han and other characters, and text cut off
    /// in the middle of a character (the sample's end).
    @Test func latinProseCountsAsAByteByByteLookDoes() {
        func plain(_ bytes: [UInt8]) -> LatinProse.Count {
            var count = LatinProse.Count()
            var word = 0, runWords = 0, runLetters = 0
            func endWord() {
                if word >= 2 { runWords += 1; runLetters += word }
                word = 0
            }
            func endRun() {
                if runWords >= LatinProse.runWords { count.proseLetters += runLetters }
                runWords = 0
                runLetters = 0
            }
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                i += 1
                if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") { word += 1; continue }
                endWord()
                guard byte >= 0xC0 else { continue }
                endRun()
                if byte >= 0xE4 && byte <= 0xE9 { count.hanCharacters += 1; i += 2 }
            }
            endWord()
            endRun()
            return count
        }
        let pieces = ["平", "武县", "绩效目标", "the", "form", "is", " ", "\t", "\n", "97.20", "a", "Mbps", "（", "≥", "é", "𠀋", "ア", "한", "http://x.cn/a"].map { Array($0.utf8) }
        var random = SplitMix64(seed: 16)
        for _ in 0..<3000 {
            var bytes = (0..<random.int(0...30)).flatMap { _ in pieces[random.int(0...(pieces.count - 1))] }
            if random.int(0...3) == 0, !bytes.isEmpty { bytes.removeLast(random.int(1...min(2, bytes.count))) }
            let counted = bytes.withUnsafeBufferPointer { LatinProse.count($0) }
            #expect(counted == plain(bytes), "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }

    @Test func formWordsWithoutAnIndicatorStayAFailure() throws {
        let folder = Fixtures.temporaryDirectory()
        // A title in a sentence, and a form header whose indicator table is missing.
        for text in ["这不是绩效目标表\n只是一些文字\n", "项目名称\t乡村道路维护\n年度资金总额\t12.5\n"] {
            let path = Fixtures.write(text, named: "form.txt", in: folder)
            let error = try #require(throws: LoadError.self) { try Loaders.load(path: path) }
            #expect(!error.notAForm, "\(error)")
        }
        // No text at all is a failure saying so (a scanned page), not a skipped file.
        let blank = Fixtures.write(" \n\t\n\u{3000}\n", named: "scan.txt", in: folder)
        let error = try #require(throws: LoadError.self) { try Loaders.load(path: blank) }
        #expect(!error.notAForm && error.message.contains("no text"), "\(error)")
        let pdf = try #require(throws: LoadError.self) { try Loaders.load(path: Fixtures.path("Tests/Fixtures/formats/bad-notext.pdf")) }
        #expect(!pdf.notAForm && pdf.message.contains("a PDF with no text"), "\(pdf)")
    }

    @Test func aRunListsNonFormsAsSkippedAndFailsOnlyForForms() throws {
        let inbox = Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Fixtures.pingwu, toPath: inbox + "/000.txt")
        _ = Fixtures.write(Self.readme, named: "README.md", in: inbox)
        _ = WordDocument.write(try WordDocument.docx(body: WordDocument.paragraph(Self.letter)), name: "x.docx")
            .withMoved(to: inbox + "/报送函.docx")
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let result = try Pipeline(file: file).run(inputs: [InputFile(path: inbox)])
        let summary = try OutputWriter.write(result, pipeline: file, period: "2024-03", root: Fixtures.temporaryDirectory())
        #expect(summary.counties.map(\.projects) == [10])
        #expect(summary.failures.isEmpty && summary.status == "complete")
        #expect(Set(summary.skippedFiles.map(\.file)) == ["README.md", "报送函.docx"])
        #expect(summary.skippedFiles.allSatisfy { $0.reason.contains("不是表单 (not a form)") })

        // A file with form words and no indicator fails the run.
        _ = Fixtures.write("项目名称\t乡村道路维护\n年度资金总额\t12.5\n", named: "坏表.txt", in: inbox)
        let second = try Pipeline(file: file).run(inputs: [InputFile(path: inbox)])
        let failed = try OutputWriter.write(second, pipeline: file, period: "2024-03", root: Fixtures.temporaryDirectory())
        #expect(failed.failures.map(\.file) == ["坏表.txt"] && failed.status == "incomplete")
        #expect(failed.skippedFiles.count == 2)
    }

    /// An evaluation's scoring table (安徽 营养改善计划: 评价指标 | 分值 | 评价内容及评分标准, labels
    /// `投入(20分)`, `资金落实(8分)`) has no project, no amount and no target in any row: skipped as
    /// blank, not six indicators with no target (a label's `8分` and a name's `三部委` had made it look filled in).
    @Test func anEvaluationsScoringTableIsNoForm() throws {
        let text = """
            评价指标 | 分值 | 评价内容及评分标准 | 备注 | ||
            一级指标 | 二级指标 | 三级指标 | |||
            投入(20分) | 项目立项(12分) | 方案制定与审批 | 4 | (1)项目市、县人民政府将农村义务教育学生营养改善计划纳入国民经济和社会发展“十三五”规划; (2)项目市、县编制了农村义务教育学生营养改善计划实施意见(或办法); (3)编制的实施意见(或办法)经同级政府或上级主管部门的批准; (4)编制的实施方案符合安徽省《贫困地区农村义务教育学生营养改善计划实施办法》的要求。 满足以上1项得1分,未编制《农村义务教育学生营养改善计划实施意见(或办法)》的本指标(2)-(4)项不得分。 |
            根据国务院办公厅《关于实施农村义务教育学生营养改善计划的意见》、教育部等三部委《关于进一步扩大学生营养改善计划地方试点范围实现国家扶贫开发重点县全覆盖的意见》和农村义务教育学生营养改善计划实施意见(或办法),对照国家相关法律法规和我省相关政策进行分析评价。 |
            机制建立与执行 | 4 | (1)项目市、县是否建立健全了由教育、发改、财政等多部门参加的营养改善计划领导小组及工作机制,相关职能部门是否严格履行职责,监督管理是否规范; (2)教育主管部门是否成立专门工作机构,是否有专门人员负责日常工作,是否有必要的办公条件和工作经费。 符合以上每项的,得2分,否则不得分。 |
            |||
            绩效目标情况 | 4 | 项目市、县年度农村义务教育学生营养改善计划实施方案中是否设定了绩效目标,是否符合安徽省《贫困地区农村义务教育学生营养改善计划实施办法》分解下达的目标要求,是否符合经济社会发展和客观实际的要求,是否做到了细化、量化、可衡量,符合一项得1分,不符合不得分。 | |||
            资金落实(8分) | 资金到位率 | 4 |
            """
        let path = Fixtures.write(text, named: "营养改善计划评价.txt", in: Fixtures.temporaryDirectory())
        let error = try #require(throws: LoadError.self) { try Loaders.load(path: path) }
        #expect(error.notAForm && error.message.contains("空白"), "\(error)")
    }

    /// A document site's 参考模板 (民政 困难群众救助项目, `**人`, `≥**%` for every target): the file says
    /// it is about a template (form.instructions) and no row has a target, so it is skipped as blank
    /// however it names its example project (it had been 26 indicators, placeholders among the names).
    @Test func aTemplateNamingItsExampleProjectIsNoForm() throws {
        let text = """
            项目绩效目标申报表模板

            合集下载

            绩效目标申报表参考模板

            绩效目标申报表参考模板
            附221
            绩效目标申报表(参考模板)
            (20XX年度)
            项目名称
            困难群众救助项目
            项目负责人及电话
            主管部门
            实施单位
            资金情况 (万元)
            年度资金总额: 其中:财政拨款 其他资金

            体 目标1: 目 目标2: 标 目标3: ……
            年度目标
            一级指标 二级指标
            三级指标
            ★农村低保发放人数
            ★其中:建档立卡贫困人口农村低保发放人数
            ★农村低保标准

            农村特困人员基本生活标准
            效 指 标
            成本指标 建档立卡贫困残疾人补贴标准 孤儿基本生活保障标准
            流浪乞讨人员救助标准
            ……
            经济效益 带动增加建档立卡贫困残疾人经济收入
            指标
            ……
            农村低保对象生活水平提升情况
            解决建档立卡贫困残疾人就业人数
            效益指标
            社会效益 指标
            参保人员续保率 政策知晓率 受益建档立卡贫困人口数
            带动建档立卡贫困人口脱贫数
            可持续影响 指标
            …… ……满意度指 标服务对 Nhomakorabea 满意度指标
            农村低保对象满意度 受助对象满意度
            ……
            指标值 **人 **人 ≥**人次 ≥**人次 ≥**人次 ≥**% ≥**%
            ≥**% ≤**%
            ≥**%
            **元/人·月 **元/人·月 **元/人·月 **元/人·月
            **元/人
            ≥**万元
            ★建档立卡贫困残疾人就业技能培训数量
            数量指标 ★领取生活补贴和护理补贴的建档立卡贫困残疾人人数 ★建档立卡贫困人口中接受临时救助的人次数
            孤儿基本生活保障政策覆盖率
            流浪乞讨人员救助服务保障率
            ……
            产出指标
            生活不能自理特困人员集中供养率 质量指标 符合低保条件的建档立卡贫困人口应保未保比率

            预算项目绩效目标申报表

            预算项目绩效目标申报表

            预算项目绩效目标申报表一、项目基本信息:项目名称:项目类型:预算金额:项目实施时间:二、项目背景和目标:(1)背
            """
        let path = Fixtures.write(text, named: "救助模板.txt", in: Fixtures.temporaryDirectory())
        let error = try #require(throws: LoadError.self) { try Loaders.load(path: path) }
        #expect(error.notAForm && error.message.contains("空白"), "\(error)")
    }
}

private extension String {
    /// Moves the file at this path to `destination`; returns the destination.
    func withMoved(to destination: String) -> String {
        try? FileManager.default.moveItem(atPath: self, toPath: destination)
        return destination
    }
}
