import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoSynth

/// The synthetic corpus (`jixiao synth`): deterministic, and read back by the loaders and
/// the whole pipeline exactly as its ground truth says.
@Suite struct SynthTests {
    /// Every file of a generated corpus, by name, with the ground truth.
    static func contents(of directory: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let inputs = (directory as NSString).appendingPathComponent(SynthCorpus.inputsFolder)
        for name in try FileManager.default.contentsOfDirectory(atPath: inputs) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: (inputs as NSString).appendingPathComponent(name)))
        }
        let truth = (directory as NSString).appendingPathComponent(GroundTruth.fileName)
        files[GroundTruth.fileName] = try Data(contentsOf: URL(fileURLWithPath: truth))
        return files
    }

    static let level1: Set<String> = ["产出指标", "成本指标", "效益指标", "满意度指标"]

    /// Every level-3 name the generator can write.
    static let indicatorNames: Set<String> = {
        var templates = Vocabulary.quantities + Vocabulary.qualities + Vocabulary.timeliness + Vocabulary.costs
            + Vocabulary.socialBenefits + Vocabulary.economicBenefits + Vocabulary.ecologicalBenefits + Vocabulary.lastingBenefits
        var names = Set(Vocabulary.satisfaction)
        for kind in Vocabulary.departments {
            templates += kind.quantities + kind.benefits
            names.formUnion(kind.served)
        }
        return names.union(templates.map(\.name))
    }()

    /// A smaller county for the tests that only need some of everything.
    static let small = SynthOptions.Size(departments: 8...10, projectsPerDepartment: 6...12)

    @Test func sameSeedGivesIdenticalBytes() throws {
        let first = Fixtures.temporaryDirectory(), second = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: first); try? FileManager.default.removeItem(atPath: second) }
        let a = try SynthCorpus.generate(SynthOptions(counties: 3, seed: 42), into: first)
        let b = try SynthCorpus.generate(SynthOptions(counties: 3, seed: 42), into: second)
        let filesA = try Self.contents(of: first), filesB = try Self.contents(of: second)
        #expect(filesA.count == a.groundTruth.totals.files + 1)
        #expect(filesA.keys.sorted() == filesB.keys.sorted())
        for (name, data) in filesA { #expect(filesB[name] == data, "\(name) differs between two runs with one seed") }
        #expect(a.groundTruth == b.groundTruth)
        #expect(a.bytes == b.bytes)
    }

    @Test func differentSeedGivesADifferentCorpus() throws {
        let first = Fixtures.temporaryDirectory(), second = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: first); try? FileManager.default.removeItem(atPath: second) }
        let a = try SynthCorpus.generate(SynthOptions(counties: 2, seed: 1, size: Self.small), into: first)
        let b = try SynthCorpus.generate(SynthOptions(counties: 2, seed: 2, size: Self.small), into: second)
        #expect(a.groundTruth.counties.map(\.county) != b.groundTruth.counties.map(\.county))
        let shared = Set(try Self.contents(of: first).keys).intersection(try Self.contents(of: second).keys)
        #expect(shared == [GroundTruth.fileName], "no county file may be the same under another seed")
    }

    @Test func refusesToMixWithAnEarlierCorpusUnlessForced() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try SynthCorpus.generate(SynthOptions(counties: 1, seed: 1, size: Self.small), into: directory)
        #expect(throws: SynthCorpus.Failure.self) {
            try SynthCorpus.generate(SynthOptions(counties: 1, seed: 2, size: Self.small), into: directory)
        }
        let replaced = try SynthCorpus.generate(SynthOptions(counties: 1, seed: 2, size: Self.small), into: directory, replace: true)
        #expect(try Self.contents(of: directory).count == replaced.groundTruth.totals.files + 1)
    }

    @Test func countyNamesAreUniqueAndFoundByTheLoaderRule() {
        let names = CountyNames.make(count: 2_850, seed: 7)
        #expect(Set(names).count == names.count)
        for name in names.prefix(500) {
            #expect(Loaders.county(fromOrganisation: name + "教育局") == name)
        }
    }

    /// Three full-size counties (A in 万元, B, A in 元), every file through `Loaders.load`.
    @Test func loadersReadExactlyTheGroundTruth() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let report = try SynthCorpus.generate(SynthOptions(counties: 3, seed: 2023), into: directory)
        let truth = try GroundTruth.read(path: report.groundTruthPath)
        #expect(truth == report.groundTruth)
        #expect(truth.counties.count == 3)

        var layouts = Set<Layout>()
        var units = Set<MoneyUnit>()
        for county in truth.counties {
            // About 5,000 indicator rows per county, as a real county sends.
            #expect((3_500...7_000).contains(county.indicators), "\(county.county): \(county.indicators) rows")
            var documents: [CountyDocument] = []
            for file in county.files {
                let document = try Loaders.load(path: (report.inputsDirectory as NSString).appendingPathComponent(file))
                #expect(document.county == county.county, "\(file)")
                #expect(document.rejected.isEmpty, "\(file): \(document.rejected.prefix(3).map { "\($0.source): \($0.reason) — \($0.text)" })")
                #expect(document.rowsRead == document.rowsWritten + document.rejected.count)
                #expect(document.moneyUnit.rawValue == county.moneyUnit)
                layouts.insert(document.layout)
                units.insert(document.moneyUnit)
                documents.append(document)
            }
            let projects = documents.reduce(0) { $0 + $1.projects.count }
            let indicators = documents.reduce(0) { $0 + $1.indicatorCount }
            // The ground truth states budgets to 4 decimals of 万元 (1 元).
            let budget = roundMoney(documents.flatMap(\.projects).compactMap(\.budget).reduce(0, +), places: 4)
            #expect(projects == county.projects, "\(county.county) projects")
            #expect(indicators == county.indicators, "\(county.county) indicators")
            #expect(budget == county.budgetWan, "\(county.county) budget")
            #expect(documents.reduce(0) { $0 + $1.departments.count } == county.departments)
            #expect(documents.allSatisfy { $0.projects.allSatisfy { $0.budget != nil } })

            // Every row landed in its columns: canonical level-1 labels, the level-3 name as
            // the generator wrote it once wraps and numbering are undone, a value.
            for indicator in documents.flatMap(\.projects).flatMap(\.indicators) {
                #expect(Self.level1.contains(indicator.level1Label), "\(indicator.source): \(indicator.level1Label)")
                let name = TextCleaning.dewrap(TextCleaning.stripNumbering(indicator.nameAsWritten))
                #expect(Self.indicatorNames.contains(name), "\(indicator.source): \(indicator.nameAsWritten)")
                #expect(!indicator.valueAsWritten.isEmpty, "\(indicator.source)")
            }

            // The quirks are really there, and the loader noticed each realigned row.
            let findings = documents.flatMap(\.findings)
            #expect(findings.filter { $0.rule == "row.shifted-left" }.count == county.quirks.shiftedLeft)
            #expect(findings.filter { $0.rule == "row.shifted-right" }.count == county.quirks.shiftedRight)
            switch county.layout {
            case .departmentTable:
                #expect(county.quirks.shiftedLeft > 0 && county.quirks.shiftedRight > 0)
                #expect(county.quirks.projectsSplitByPage > 0 && county.quirks.wrappedProjectNames > 0)
                #expect(county.quirks.qualitative > 0 && county.quirks.missingDirection > 0)
                #expect(documents.allSatisfy { $0.layout == .departmentTable })
                // Every stated department total is the sum of its projects.
                for document in documents {
                    for department in document.departments {
                        let sum = document.projects.filter { $0.department == department.org }.compactMap(\.budget).reduce(0, +)
                        #expect(abs((department.statedTotal ?? -1) - sum) < 0.00001, "\(department.org)")
                    }
                }
                #expect(documents.flatMap(\.projects).contains { $0.unit != nil }, "sub-unit rows")
            case .projectForm:
                #expect(county.quirks.forms == county.projects)
                #expect(county.quirks.brokenLabels > 0 && county.quirks.valuesOnOwnLine > 0 && county.quirks.labelsOnItemLine > 0)
                #expect(documents.allSatisfy { $0.layout == .projectForm })
                #expect(findings.filter { $0.rule == "value.missing" }.isEmpty)
                // 年度资金总额 = 财政拨款 + 其他资金 on every form.
                for project in documents.flatMap(\.projects) {
                    #expect(abs((project.fiscalFunds ?? 0) + (project.otherFunds ?? 0) - (project.budget ?? -1)) < 0.00001)
                }
            }
        }
        #expect(layouts == [.departmentTable, .projectForm])
        #expect(units == [.wanYuan, .yuan])
    }

    /// The whole sample pipeline on a two-county corpus (one Layout A, one Layout B).
    @Test func pipelineReproducesTheGroundTruth() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let report = try SynthCorpus.generate(SynthOptions(counties: 2, seed: 9, size: Self.small), into: directory)
        let truth = report.groundTruth
        #expect(Set(truth.counties.map(\.layout)) == [.departmentTable, .projectForm])

        let result = try Pipeline(file: PipelineFile.read(path: Fixtures.samplePipeline))
            .run(inputs: [InputFile(path: report.inputsDirectory)])
        let batch = result
        #expect(batch.failures.isEmpty)
        #expect(batch.documents.count == truth.totals.files)
        #expect(batch.counties.sorted() == truth.counties.map(\.county).sorted())
        let load = try #require(result.reports.first { $0.stage == "load" })
        #expect(load.rowsRejected == 0)
        #expect(load.rowsIn == truth.totals.indicators)
        for county in truth.counties {
            let documents = batch.documents.filter { $0.county == county.county }
            let projects = documents.flatMap(\.projects)
            #expect(projects.count == county.projects)
            #expect(projects.reduce(0) { $0 + $1.indicators.count } == county.indicators)
            #expect(roundMoney(projects.compactMap(\.budget).reduce(0, +), places: 4) == county.budgetWan)
            // The aggregate stage's department totals add up to the county too (each is
            // rounded to whole 元, so allow half a 元 per department).
            let totals = batch.departmentTotals.filter { $0.county == county.county }
            #expect(totals.reduce(0) { $0 + $1.projects } == county.projects)
            #expect(totals.reduce(0) { $0 + $1.indicators } == county.indicators)
            #expect(abs(totals.reduce(0) { $0 + $1.budget } - county.budgetWan) <= 0.00005 * Double(totals.count) + 1e-9)
        }
        // Stated totals are right, so the aggregate stage finds no mismatch.
        #expect(!batch.findings.contains { $0.rule == "total.mismatch" || $0.rule == "total.funds-mismatch" })
        #expect(batch.findings.contains { $0.rule == "row.shifted-left" })
    }
}
