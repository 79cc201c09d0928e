import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoSynth

/// Issue 14, items 1–2: a form sent twice is counted once.
@Suite struct SubmissionTests {
    static let comprehensive = "平武县人民政府办公室综合管理（专项业务及机关事务管理）"

    /// The sample pipeline with `load` parameters, written beside the Data folder it names.
    static func pipeline(load parameters: String) throws -> PipelineFile {
        var text = try String(contentsOfFile: Fixtures.samplePipeline, encoding: .utf8)
        text = text.replacingOccurrences(of: "  - load\n", with: "  - load:\n" + parameters)
        let path = (Fixtures.path("Pipelines") as NSString).appendingPathComponent(".test-\(UUID().uuidString).yaml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try PipelineFile.read(path: path)
    }

    @Test func identicalContentInAnyFormatIsReadOnce() throws {
        let folder = Fixtures.temporaryDirectory()
        let copies = ["a.txt": Fixtures.pingwu, "b-copy.txt": Fixtures.pingwu,
                      "c.xlsx": Fixtures.path("Tests/Fixtures/formats/000.xlsx"),
                      "d.pdf": Fixtures.path("Tests/Fixtures/formats/000.pdf")]
        for (name, source) in copies {
            try FileManager.default.copyItem(atPath: source, toPath: (folder as NSString).appendingPathComponent(name))
        }
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let result = try Pipeline(file: file).run(inputs: [InputFile(path: folder)])
        let summary = try OutputWriter.write(result, pipeline: file, period: "2023-12", root: Fixtures.temporaryDirectory())
        let county = try #require(summary.counties.first)
        #expect(summary.counties.count == 1)
        #expect(county.projects == 10 && county.indicators == 47 && county.budgetWan == 97.2)
        #expect(summary.files.map(\.file) == ["a.txt", "b-copy.txt", "c.xlsx", "d.pdf"])
        #expect(summary.files.map(\.duplicateOf) == [nil, "a.txt", "a.txt", "a.txt"])
        #expect(summary.files.allSatisfy { $0.balances })
        let duplicates = summary.findings.filter { $0.rule == "file.duplicate" }
        #expect(duplicates.map { $0.source?.file } == ["b-copy.txt", "c.xlsx", "d.pdf"])
        #expect(duplicates.allSatisfy { $0.message.contains("重复提交") && $0.message.contains("a.txt") })
        #expect(summary.status == "complete")
        // The 文件记账 sheet says so.
        let sheets = try LibreOffice.sheets(of: (summary.outputDirectory as NSString).appendingPathComponent("汇总.xlsx"))
        let accounts = try #require(sheets["文件记账"])
        #expect(accounts.filter { $0.contains { $0.hasPrefix("重复提交：与 a.txt") } }.count == 3)
    }

    /// The content hash packs eight bytes at once where none is a space: fields equal but for
    /// spaces, tabs and line breaks (anywhere, any number) hash equal, and a byte changed at any
    /// place, or moved between fields, changes the hash.
    @Test func theContentHashIgnoresSpacesWhereverTheyStand() {
        func hash(_ fields: [String]) -> (UInt64, Int) {
            var content = ContentHash()
            for field in fields { content.add(field) }
            return (content.hash, content.length)
        }
        let name = "平武县政务网络工作中心网络问政管理及维护费（维修维护费）ABCdef0123456789"
        let plain = hash([name, "45.00"])
        // Between any two characters: the bytes after it are packed at another place in the word.
        for at in name.unicodeScalars.indices + [name.endIndex] {
            for space in [" ", "\t", "\r\n", "   "] {
                #expect(hash([name[..<at] + space + name[at...], "45. 00"]) == plain)
            }
        }
        let bytes = Array(name.utf8)
        for at in bytes.indices where bytes[at] < 0x80 {
            var changed = bytes
            changed[at] ^= 0x01
            #expect(hash([String(decoding: changed, as: UTF8.self), "45.00"]).0 != plain.0)
        }
        #expect(hash([name + "4", "5.00"]).0 != plain.0)
    }

    /// a.txt as published; b.txt the same form with 综合管理 cut from 64.00 to 60.00, one
    /// second newer (or older).
    func resubmission(bIsNewer: Bool) throws -> [InputFile] {
        let folder = Fixtures.temporaryDirectory()
        let original = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8)
        let a = Fixtures.write(original, named: "a.txt", in: folder)
        var lines = original.components(separatedBy: "\n")
        lines[34] = lines[34].replacingOccurrences(of: "\t64.00\t", with: "\t60.00\t")
        let b = Fixtures.write(lines.joined(separator: "\n"), named: "b.txt", in: folder)
        let now = Date()
        try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(bIsNewer ? -60 : 0)], ofItemAtPath: a)
        try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(bIsNewer ? 0 : -60)], ofItemAtPath: b)
        return [InputFile(path: a), InputFile(path: b)]
    }

    @Test func aCorrectedResubmissionCountsOnceFromTheNewerFile() throws {
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        for bIsNewer in [true, false] {
            let result = try Pipeline(file: file).run(inputs: try resubmission(bIsNewer: bIsNewer))
            let total = try #require(result.countyTotals.first)
            #expect(total.projects == 10 && total.indicators == 47)
            #expect(total.budgetWan == (bIsNewer ? 93.2 : 97.2))
            // The other file's rows are rejected with the reason: nothing vanishes.
            #expect(total.rowsRead == 94 && total.rowsWritten == 47 && total.rowsRejected == 47)
            #expect(total.fileAccounts.allSatisfy { $0.balances })
            let resubmitted = result.findings.filter { $0.rule == "project.resubmitted" }
            #expect(resubmitted.count == 10 && resubmitted.allSatisfy { $0.severity == .error })
            let changed = try #require(resubmitted.first { $0.project == Self.comprehensive })
            let (kept, other) = bIsNewer ? ("b.txt", "a.txt") : ("a.txt", "b.txt")
            #expect(changed.message.contains("\(kept) 与 \(other)"), "\(changed.message)")
            #expect(changed.message.contains(bIsNewer ? "差 -4.00 万元" : "差 4.00 万元"), "\(changed.message)")
            #expect(result.failures.isEmpty)
        }
    }

    @Test func thePipelineChoosesFirstOrError() throws {
        let first = try Self.pipeline(load: "      resubmission: first\n")
        let inputs = try resubmission(bIsNewer: true)
        let kept = try Pipeline(file: first).run(inputs: inputs)
        #expect(kept.countyTotals.first?.budgetWan == 97.2)
        #expect(kept.failures.isEmpty)

        let strict = try Self.pipeline(load: "      resubmission: error\n")
        let result = try Pipeline(file: strict).run(inputs: inputs)
        #expect(result.countyTotals.first?.budgetWan == 97.2)
        #expect(result.failures.count == 10 && result.failures.allSatisfy { $0.file == "b.txt" })
        let summary = try OutputWriter.write(result, pipeline: strict, period: "2023-12", root: Fixtures.temporaryDirectory())
        #expect(summary.status == "incomplete")

        #expect(throws: PipelineError.self) { try Pipeline(file: try Self.pipeline(load: "      resubmission: latest\n")) }
    }

    /// A page that prints its form twice (武川县's real form, twice in one file): the form counts
    /// once, with a warning, and the second copy's 11 rows are rejected, each with the line of the
    /// copy that counts. A form of the same name that differs in one value is the file's too: both count.
    @Test func aFormPrintedTwiceInOneFileCountsOnce() throws {
        let form = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/real-forms/07-neimenggu-wuchuan-livestock.txt"), encoding: .utf8)
        let folder = Fixtures.temporaryDirectory()
        let twice = Fixtures.write(form + "\n" + form, named: "twice.txt", in: folder)
        let (_, result) = try Fixtures.runSample(inputs: [twice])
        let total = try #require(result.countyTotals.first)
        #expect(result.countyTotals.map(\.county) == ["武川县"])
        #expect(total.projects == 1 && total.indicators == 11 && total.budgetWan == 50)
        #expect(total.rowsRead == 22 && total.rowsWritten == 11 && total.rowsRejected == 11)
        #expect(total.fileAccounts.allSatisfy { $0.balances })
        let repeated = result.findings.filter { $0.rule == "project.repeated" }
        #expect(repeated.count == 1 && repeated.first?.severity == .warning)
        #expect(repeated.first?.project == "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目")
        #expect(result.findings.allSatisfy { $0.rule != "project.resubmitted" })

        // The second copy with one target changed is another form of the same name: both count.
        let changed = form.replacingOccurrences(of: "50000元", with: "60000元")
        #expect(changed != form)
        let differing = Fixtures.write(form + "\n" + changed, named: "differing.txt", in: folder)
        let (_, both) = try Fixtures.runSample(inputs: [differing])
        let bothTotal = try #require(both.countyTotals.first)
        #expect(bothTotal.projects == 2 && bothTotal.indicators == 22 && bothTotal.budgetWan == 100)
        #expect(bothTotal.rowsRejected == 0)
        #expect(both.findings.allSatisfy { $0.rule != "project.repeated" })
    }

    /// The synthetic corpus with an ordinary inbox's accidents added: a form sent twice under
    /// another name, an older version of a form left beside the corrected one, and a 元 form
    /// whose unit line stands below its table. The totals still match the ground truth.
    @Test func inboxAccidentsKeepTheSyntheticGroundTruth() throws {
        let directory = Fixtures.temporaryDirectory()
        let small = SynthOptions.Size(departments: 3...4, projectsPerDepartment: 4...6)
        let report = try SynthCorpus.generate(SynthOptions(counties: 10, seed: 5, size: small), into: directory)
        let inputs = report.inputsDirectory
        let truth = report.groundTruth
        let layoutA = truth.counties.filter { $0.layout == .departmentTable }
        let yuan = try #require(layoutA.first { $0.moneyUnit == "元" })
        let other = try #require(layoutA.first { $0.county != yuan.county })
        let formB = try #require(truth.counties.first { $0.layout == .projectForm })
        let fm = FileManager.default
        func path(_ name: String) -> String { (inputs as NSString).appendingPathComponent(name) }

        // 1. The same form again under another name (and a Layout B one too).
        try fm.copyItem(atPath: path(other.files[0]), toPath: path("zz-再次发送-" + other.files[0]))
        try fm.copyItem(atPath: path(formB.files[0]), toPath: path("zz-copy-" + formB.files[0]))
        // 2. An older version of a form beside the corrected one: one project's budget differs.
        var lines = try String(contentsOfFile: path(other.files[0]), encoding: .utf8).components(separatedBy: "\n")
        let projectRow = try #require(lines.firstIndex { line in
            let cells = line.components(separatedBy: "\t")
            return cells.count > 2 && !cells[1].isEmpty && TextCleaning.number(cells[2]) != nil && cells[0].isEmpty
        })
        var cells = lines[projectRow].components(separatedBy: "\t")
        cells[2] = "9999.00"
        lines[projectRow] = cells.joined(separator: "\t")
        let old = path("00-旧版-" + other.files[0])
        try lines.joined(separator: "\n").write(toFile: old, atomically: true, encoding: .utf8)
        try fm.setAttributes([.modificationDate: Date().addingTimeInterval(-86_400)], ofItemAtPath: old)
        // 3. The 元 county's unit line moved below its table.
        for name in yuan.files {
            var text = try String(contentsOfFile: path(name), encoding: .utf8)
            text = text.replacingOccurrences(of: "金额单位：元\n", with: "") + "\n金额单位：元\n"
            try text.write(toFile: path(name), atomically: true, encoding: .utf8)
        }

        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let result = try Pipeline(file: file).run(inputs: [InputFile(path: inputs)])
        let batch = result
        #expect(batch.failures.isEmpty)
        for county in truth.counties {
            let total = try #require(batch.countyTotals.first { $0.county == county.county })
            #expect(total.projects == county.projects, "\(county.county)")
            #expect(total.indicators == county.indicators, "\(county.county)")
            #expect(roundMoney(total.budgetWan, places: 4) == county.budgetWan, "\(county.county)")
            #expect(total.fileAccounts.allSatisfy { $0.balances })
        }
        #expect(batch.findings.filter { $0.rule == "file.duplicate" }.count == 2)
        let resubmitted = batch.findings.filter { $0.rule == "project.resubmitted" }
        #expect(!resubmitted.isEmpty && resubmitted.contains { $0.message.contains("9999.00") })
        #expect(!batch.findings.contains { $0.county == yuan.county && $0.rule.hasPrefix("money.") })
    }
}
