import Foundation
import Testing
@testable import JixiaoCore

/// `Data/rules.yaml`: every rule the code raises has a Chinese title and a fix; a rule the
/// file lacks shows its id; the README's rule table is the catalogue's.
@Suite struct RuleCatalogueTests {
    static let catalogue: RuleCatalogue = {
        try! RuleCatalogue.load(path: Fixtures.path("Data/rules.yaml"))
    }()

    /// Rule ids as the sources raise them: `rule: "…"`, `finding(.warning, "…"`, `outcome("…"`
    /// and the `("label.…", message)` pairs of the framework.
    static func ruleIdsInSources() throws -> Set<String> {
        let patterns = [#"rule: "([a-z]+\.[a-z0-9-]+)""#, #"finding\(\.[a-z]+, "([a-z]+\.[a-z0-9-]+)""#,
                        #"outcome\("([a-z]+\.[a-z0-9-]+)""#, #"\("([a-z]+\.[a-z0-9-]+)",\s"#]
        let regexes = try patterns.map { try NSRegularExpression(pattern: $0) }
        var ids: Set<String> = []
        let sources = Fixtures.path("Sources")
        // `RuleID.weightsTotal` stands for the id the constant names.
        let named = try NSRegularExpression(pattern: #"static let ([A-Za-z0-9]+) = "([a-z]+\.[a-z0-9-]+)""#)
        let reference = try NSRegularExpression(pattern: #"RuleID\.([A-Za-z0-9]+)"#)
        let constants = try String(contentsOfFile: Fixtures.path("Sources/JixiaoCore/Rules/RuleID.swift"), encoding: .utf8)
        var idOf: [String: String] = [:]
        for match in named.matches(in: constants, range: NSRange(constants.startIndex..., in: constants)) {
            idOf[String(constants[Range(match.range(at: 1), in: constants)!])] = String(constants[Range(match.range(at: 2), in: constants)!])
        }
        let files = FileManager.default.enumerator(atPath: sources)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasSuffix("RuleID.swift") }
        for file in files {
            let text = try String(contentsOfFile: (sources as NSString).appendingPathComponent(file), encoding: .utf8)
            let whole = NSRange(text.startIndex..., in: text)
            for regex in regexes {
                for match in regex.matches(in: text, range: whole) {
                    ids.insert(String(text[Range(match.range(at: 1), in: text)!]))
                }
            }
            for match in reference.matches(in: text, range: whole) {
                if let id = idOf[String(text[Range(match.range(at: 1), in: text)!])] { ids.insert(id) }
            }
        }
        return ids
    }

    @Test func everyRuleInTheSourcesHasAnEntry() throws {
        let ids = try Self.ruleIdsInSources()
        // The scan finds the rules of every stage (load, normalize, classify, aggregate, compare).
        #expect(ids.isSuperset(of: ["row.shifted-left", "weight.not-a-number", "label.unknown", "label.level2-missing",
                                    "total.mismatch", "weights.total", "row.misplaced", "cost.contradicts-budget"]))
        #expect(ids.count >= 27)
        let missing = ids.filter { !Self.catalogue.contains($0) }.sorted()
        #expect(missing.isEmpty, "add these rules to Data/rules.yaml: \(missing)")
        for entry in Self.catalogue.entries {
            #expect(!entry.title.isEmpty && !entry.explain.isEmpty && !entry.fix.isEmpty, "\(entry.id)")
            #expect(entry.title.unicodeScalars.contains { $0.value > 0x2E80 }, "\(entry.id): a Chinese title")
        }
        #expect(Self.catalogue.title("weights.total") == "权重合计不符")
        #expect(Self.catalogue.title("row.misplaced") == "指标行放错项目")
        #expect(Self.catalogue.stageTitle("compare") == "审核" && Self.catalogue.stageTitle("load") == "读取")
    }

    /// `RuleID` names every rule of the catalogue once, and nothing else.
    @Test func ruleIdsAreTheCatalogues() {
        #expect(RuleID.all.count == Set(RuleID.all).count)
        #expect(RuleID.all == Self.catalogue.entries.map(\.id))
        #expect(RuleID.shiftedRow.isSubset(of: Set(RuleID.all)))
    }

    @Test func aMissingRuleShowsItsId() throws {
        let catalogue = try RuleCatalogue.parse("rules:\n  a.b:\n    title: 甲乙\n", path: "rules.yaml")
        #expect(catalogue.title("a.b") == "甲乙")
        #expect(catalogue.title("new.rule") == "new.rule" && catalogue.entry("new.rule").fix == "")
        #expect(catalogue.stageTitle("load") == "load")
        #expect(throws: PipelineError.self) { try RuleCatalogue.parse("rules:\n  a.b:\n    severity: 严重\n    title: x\n", path: "r.yaml") }
        #expect(throws: PipelineError.self) { try RuleCatalogue.parse("rules:\n  a.b:\n    titel: x\n", path: "r.yaml") }
    }

    @Test func thePipelineReadsTheCatalogueBesideTheOtherVocabularies() throws {
        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        #expect(file.rules.entries.count == Self.catalogue.entries.count)
        let directory = Fixtures.temporaryDirectory()
        let pipeline = Fixtures.write("stages: [load]\noutput:\n  dir: out\n  rules: missing.yaml\n", named: "p.yaml", in: directory)
        #expect(throws: PipelineError.self) { try PipelineFile.read(path: pipeline) }
    }

    /// The severity the catalogue states is the one the samples' findings carry.
    @Test func severitiesMatchTheFindingsOnTheSamples() throws {
        let (_, result) = try Fixtures.runSample()
        #expect(!result.findings.isEmpty)
        for finding in result.findings {
            let entry = Self.catalogue.entry(finding.rule)
            #expect(entry.severity == finding.severity, "\(finding.rule)")
        }
    }

    /// A severity set in the catalogue is the one the findings carry, whatever the stage gave:
    /// the sample's three weights.total findings (错误) become 提示 and its nine weights.split
    /// (提示) 警告, and with them the counts per severity and the workbooks' order.
    @Test func theCatalogueSetsTheSeverity() throws {
        var file = try PipelineFile.read(path: Fixtures.samplePipeline)
        var edited = Self.catalogue.entries
        for index in edited.indices {
            if edited[index].id == "weights.total" { edited[index].severity = .info }
            if edited[index].id == "weights.split" { edited[index].severity = .warning }
        }
        var catalogue = RuleCatalogue()
        edited.forEach { catalogue.add($0) }
        file.rules = catalogue
        let result = try Pipeline(file: file).run()
        let total = result.findings.filter { $0.rule == "weights.total" }
        let split = result.findings.filter { $0.rule == "weights.split" }
        #expect(total.count == 3 && total.allSatisfy { $0.severity == .info })
        #expect(split.count == 9 && split.allSatisfy { $0.severity == .warning })
        #expect(result.findings.filter { $0.severity == .error }.count == 0)
        #expect(result.findings.filter { $0.severity == .warning }.count == 24 + 9)
        #expect(result.findings.filter { $0.severity == .info }.count == 28 - 9 + 3)
    }

    /// A pipeline file kept in a folder of its own, with no `../Data` beside it, that lists its
    /// stages with their defaults gets the bundled Data files and rule catalogue, as load gets
    /// the bundled vocabulary: it had stopped (normalize: `../Data/indicator-names.yaml` does not
    /// exist), and with the stages' files named its workbooks called every finding by its rule
    /// id (`dimension.missing`, not 缺少一级指标).
    @Test func aPipelineOutsideTheRepositoryGetsTheBundledDataFiles() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let inbox = (directory as NSString).appendingPathComponent("in")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/real-forms/07-neimenggu-wuchuan-livestock.txt"),
                                         toPath: (inbox as NSString).appendingPathComponent("武川县.txt"))
        let pipeline = Fixtures.write("name: 月报\ninputs: [in]\nstages: [load, normalize, classify, aggregate, compare]\n",
                                      named: "monthly.yaml", in: directory)
        let file = try PipelineFile.read(path: pipeline)
        #expect(file.rules.title("dimension.missing") == "缺少一级指标")
        #expect(file.rules.title(RuleID.scoringRow) == "评分规则行未计为指标")
        let result = try Pipeline(file: file).run()
        #expect(result.allProjects.map(\.category) == ["农业农村"])
        #expect(result.allProjects.first?.indicators.count == 11)
    }

    /// `jixiao inspect` shows the severities the Data folder's catalogue sets, as a run does.
    @Test func inspectShowsTheCataloguesSeverity() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let form = Fixtures.write("""
            2024年项目支出绩效目标表
            项目名称\t旺苍县农村公路养护
            主管部门\t旺苍县交通运输局
            资金总额（万元）\t人工费 30，材料费 90
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t养护里程\t≥120公里
            """, named: "养护.txt", in: directory)
        let bundled = try Command.run(["inspect", form])
        #expect(bundled.stdout.contains("  警告 budget.sum-of-parts 养护.txt:4: "), "\(bundled.stdout)")
        let data = (directory as NSString).appendingPathComponent("Data")
        try FileManager.default.copyItem(atPath: Fixtures.path("Data"), toPath: data)
        let rules = (data as NSString).appendingPathComponent("rules.yaml")
        let text = try String(contentsOfFile: rules, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "  budget.sum-of-parts:\n    severity: 警告", with: "  budget.sum-of-parts:\n    severity: 提示")
        #expect(edited != text)
        try edited.write(toFile: rules, atomically: true, encoding: .utf8)
        let set = try Command.run(["inspect", form], environment: ["JIXIAO_DATA": data])
        #expect(set.stdout.contains("  提示 budget.sum-of-parts 养护.txt:4: "), "\(set.stdout)")
    }

    /// The README's rule table lists every rule of the catalogue with its title.
    @Test func readmeRuleTableIsTheCatalogue() throws {
        let readme = try String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n").filter { $0.hasPrefix("| `") }
        for entry in Self.catalogue.entries {
            let row = lines.first { $0.hasPrefix("| `\(entry.id)` |") }
            #expect(row?.contains("| \(entry.title) |") == true, "README rule table: \(entry.id) \(entry.title)")
        }
    }
}
