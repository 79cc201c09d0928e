import Foundation
import Testing
@testable import JixiaoCore

/// The sample pipeline end to end, without the workbooks (see WorkbookReadBackTests).
@Suite struct PipelineTests {
    @Test func sampleRunCountsPerCounty() throws {
        let (_, result) = try Fixtures.runSample()
        #expect(result.counties == ["平武县", "原州区"])
        #expect(result.failures.isEmpty)
        let totals = Dictionary(grouping: result.departmentTotals, by: \.county)
        #expect(totals["平武县"]?.map(\.budget) == [97.20])
        #expect(totals["平武县"]?.first?.difference == 0)
        #expect(totals["原州区"]?.map(\.budget).reduce(0, +) == 82)
        #expect(result.reports.map(\.stage) == ["load", "normalize", "classify", "aggregate", "compare", "changes"])
        #expect(result.reports[0].rowsIn == 95 && result.reports[0].rowsOut == 95 && result.reports[0].rowsRejected == 0)
    }

    @Test func normalizeAndClassifyOnRealRows() throws {
        let (_, result) = try Fixtures.runSample()
        let yuanzhou = try #require(result.documents.first { $0.county == "原州区" })
        let complaint = yuanzhou.projects[0].indicators[3]
        #expect(complaint.name == "有理由投诉（拒接电话和服务态度等）")
        #expect(complaint.value.comparison == .atMost)
        #expect(complaint.value.number == 5)
        #expect(complaint.value.unit == "次")
        #expect(complaint.direction == .negative && complaint.directionInferred)
        // 成本指标 written under 产出指标 lands on the canonical level-1 成本指标.
        let cost = yuanzhou.projects[0].indicators[5]
        #expect(cost.level1Label == "产出指标" && cost.level2Label == "成本指标")
        #expect(cost.level1 == "成本指标" && cost.level2 == "经济成本指标")
        #expect(cost.canonicalName == "网络租赁及运维费用")

        let pingwu = try #require(result.documents.first { $0.county == "平武县" })
        let typo = try #require(pingwu.projects.flatMap(\.indicators).first { $0.source.line == 32 })
        #expect(typo.name == "故障相应时间" && typo.canonicalName == "故障响应时间")
        #expect(typo.direction == .negative && !typo.directionInferred)
        let allPlaced = result.documents.flatMap(\.projects).flatMap(\.indicators).allSatisfy { $0.level1 != nil && $0.level2 != nil }
        #expect(allPlaced)
    }

    @Test func findingsNameProjectAndLine() throws {
        let (_, result) = try Fixtures.runSample()
        let weights = result.findings.filter { $0.rule == "weights.total" }
        #expect(weights.map(\.project) == ["平武县政务网络工作中心政务网维护经费（邮电费）",
                                           "平武县人民政府办公室综合管理（专项业务及机关事务管理）",
                                           "平武县人民政府办公室外事工作（其他商品和服务支出）"])
        #expect(weights.map { $0.source?.line } == [18, 35, 43])
        #expect(weights[1].message.contains("110") && weights[2].message.contains("70"))
        // Pingwu: 9 of 10 projects have no cost indicator; Yuanzhou has all four dimensions.
        let missing = result.findings.filter { $0.rule == "dimension.missing" }
        #expect(missing.count == 9)
        #expect(missing.allSatisfy { $0.county == "平武县" && $0.message.contains("成本指标") })
        #expect(result.findings.filter { $0.rule == "total.mismatch" }.isEmpty)
    }

    @Test func badAndUnknownFilesAreReportedAndTheRunGoesOn() throws {
        let directory = Fixtures.temporaryDirectory()
        let unknown = Fixtures.write("这不是绩效目标表\n只是一些文字\n", named: "notes.txt", in: directory)
        let empty = Fixtures.write("", named: "empty.txt", in: directory)
        let binary = (directory as NSString).appendingPathComponent("binary.txt")
        _ = FileManager.default.createFile(atPath: binary, contents: Data([0xFF, 0xFE, 0x00, 0x81, 0x00]))
        let (_, result) = try Fixtures.runSample(inputs: [Fixtures.pingwu, unknown, empty, binary, Fixtures.yuanzhou])
        #expect(result.documents.map(\.county) == ["平武县", "原州区"])
        #expect(result.failures.map(\.file) == ["notes.txt", "empty.txt", "binary.txt"])
        #expect(result.failures[0].message.contains("unknown layout"))
        #expect(result.failures[1].message.contains("empty file"))
        #expect(result.failures[2].message.contains("not UTF-8"))
    }

    @Test func strayRowsAreRejectedWithReasonsAndCounted() throws {
        // Seed 000 with a garbage row and an indicator row cut short, inserted after line 13.
        var lines = try String(contentsOfFile: Fixtures.pingwu, encoding: .utf8).components(separatedBy: "\n")
        lines.insert("\t\t\t\t\t\t\t\t\t\t\t", at: 13)
        lines.insert("乱码行\t\t\t\t\t\t", at: 13)
        lines.insert("\t\t\t\t产出指标\t数量指标", at: 13)
        let document = try Loaders.load(text: lines.joined(separator: "\n"), file: "damaged.txt")
        #expect(document.indicatorCount == 47)
        #expect(document.rejected.map(\.source.line) == [14, 15])
        #expect(document.rowsRead == document.rowsWritten + document.rejected.count)
        #expect(document.rowsRead == 49)
    }
}

@Suite struct PipelineFileTests {
    @Test func sampleFileParses() throws {
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        #expect(file.stages.map(\.stage) == ["load", "normalize", "classify", "aggregate", "compare"])
        #expect(file.inputs.map { ($0.path as NSString).lastPathComponent } == ["000_6941c6c000b569c3.txt", "003_3430fcfc1c4de566.txt"])
        #expect(file.outputDirectory == Fixtures.path("out/sample"))
    }

    @Test func mistakesNameTheLine() {
        let cases: [(String, Int, String)] = [
            ("inputs: []\nstages:\n  - load\n  - normalise\n", 4, "unknown stage 'normalise'"),
            ("inputs: []\nstages:\n  - load\n  - aggregate:\n      tolerence: 1\n", 5, "no parameter 'tolerence'"),
            ("inputs: []\noutputs: x\nstages:\n  - load\n", 2, "unknown key 'outputs'"),
            ("stages:\n  - load\n  - aggregate:\n      tolerance: abc\n", 4, "must be a number"),
        ]
        for (text, line, message) in cases {
            do {
                let file = try PipelineFile.parse(text, path: Fixtures.path("Pipelines/test.yaml"))
                _ = try Pipeline(file: file)
                Issue.record("expected an error for \(text)")
            } catch let error as PipelineError {
                #expect(error.line == line, "\(error)")
                #expect(error.message.contains(message), "\(error)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func stagesOutOfOrderAreRefused() {
        #expect(throws: PipelineError.self) {
            try PipelineFile.parse("stages:\n  - load\n  - compare\n  - normalize\n", path: "x.yaml")
        }
    }
}

/// Hostile pipeline and rule files: errors with a line, never a crash (the YAML parser
/// recurses once per level and would overflow the stack).
@Suite struct HostileYAMLTests {
    @Test func deepFlowNestingIsRefused() {
        let text = "stages: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect {
            try PipelineFile.parse(text, path: "deep.yaml")
        } throws: { error in
            let error = error as! PipelineError
            return error.line == 1 && error.message.contains("nested deeper than 64")
        }
    }

    @Test func deepBlockNestingIsRefused() {
        let text = "stages:\n  - load\n" + (0..<200).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n")
        #expect {
            try PipelineFile.parse(text, path: "deep.yaml")
        } throws: { error in
            let error = error as! PipelineError
            return error.line == 3 + 64 && error.message.contains("nested deeper than 64")  // k64 is level 65
        }
    }

    @Test func deepRuleFileIsRefused() throws {
        let directory = Fixtures.temporaryDirectory()
        let names = Fixtures.write("a: " + String(repeating: "{b: ", count: 500) + "1" + String(repeating: "}", count: 500),
                                   named: "names.yaml", in: directory)
        #expect(throws: PipelineError.self) { try NameDictionary.load(path: names) }
    }

    @Test func ordinaryNestingPasses() throws {
        #expect(throws: Never.self) { try PipelineFile.read(path: Fixtures.samplePipeline) }
        #expect(throws: Never.self) { try Framework.load(path: Fixtures.path("Data/framework.yaml")) }
    }
}
