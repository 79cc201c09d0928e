import Foundation
import Testing
@testable import JixiaoCore

/// The spill format (`Pipeline/Spill/`) gives back exactly what it was given, every field of
/// every record, finding and rejected row: real documents as pass 1 leaves them and as every
/// stage leaves them, a hand-made document with every optional field filled, and the model's
/// fields as they are declared today (a field added later fails here until it is written).
@Suite struct SpillCoderTests {
    static let folders = [Fixtures.path("Data/samples"), Fixtures.path("Tests/Fixtures/real-forms"),
                          Fixtures.path("Tests/Fixtures/formats")]

    static func roundTrip(_ work: SpilledWork) throws -> (SpilledWork, bytes: Int) {
        let encoded = work.encoded()
        let bytes = encoded.withBytes { Array($0) }
        return (try SpilledWork.decode(bytes), bytes.count)
    }

    /// Every file of the samples and fixtures (text, XLSX, XLS, DOCX, HTML, PDF) as pass 1
    /// leaves it: the documents and findings `FileCache` spills.
    @Test func everyFixtureAsPassOneLeavesItRoundTrips() throws {
        let pipeline = try Pipeline(file: PipelineFile.read(path: Fixtures.samplePipeline))
        let inputs = Pipeline.expand(Self.folders.map { InputFile(path: $0) })
        var files = 0, rows = 0, rejected = 0, findings = 0
        for input in inputs {
            let work = try pipeline.scan(input, gatherers: []).work
            guard !work.documents.isEmpty else { continue }
            let spilled = SpilledWork(documents: work.documents, findings: work.findings)
            let (back, _) = try Self.roundTrip(spilled)
            #expect(back == spilled, "\(input.path)")
            files += 1
            rows += work.rows
            rejected += work.documents.reduce(0) { $0 + $1.rejected.count }
            findings += work.findings.count + work.documents.reduce(0) { $0 + $1.findings.count }
        }
        // What the fixtures hold today (if they grow, these grow): enough of every kind.
        #expect(files >= 30, "\(files) files")
        #expect(rows > 500 && rejected > 0 && findings > 50, "\(rows) rows, \(rejected) rejected, \(findings) findings")
    }

    /// After every stage the optional fields are filled (canonical names, levels, categories …).
    @Test func documentsAfterEveryStageRoundTrip() throws {
        let (_, result) = try Fixtures.runSample(inputs: Self.folders)
        let indicators = result.documents.flatMap(\.projects).flatMap(\.indicators)
        #expect(indicators.contains { $0.canonicalName != nil && $0.level1 != nil && $0.canonicalSource != nil })
        #expect(result.documents.flatMap(\.projects).contains { $0.category != nil })
        let work = SpilledWork(documents: result.documents, findings: result.findings)
        let (back, bytes) = try Self.roundTrip(work)
        #expect(back == work)
        // Compact: each distinct string once per file, numbers as varints.
        let json = try JSONEncoder().encode(result.documents)
        #expect(bytes * 2 < json.count, "\(bytes) bytes against \(json.count) of JSON")
    }

    /// Every optional field filled and every field away from its default, so a field the
    /// coder skipped would come back different.
    @Test func everyFieldFilledRoundTrips() throws {
        let source = SourceRef(file: "县/表.xlsx", line: -3)
        var indicator = Indicator(level1Label: "产出指标", level2Label: "数量指标", nameAsWritten: "新建道路长度（公里）",
                                  comparisonAsWritten: "≥", valueAsWritten: "≥12.5公里", unitAsWritten: "公里",
                                  weightAsWritten: "10", directionAsWritten: "正向", source: source)
        indicator.name = "新建道路长度"
        indicator.canonicalName = "道路长度"
        indicator.canonicalSource = .cluster
        indicator.level1 = "产出指标"
        indicator.level2 = "数量指标"
        indicator.value = ParsedValue(comparison: .atLeast, number: 12.5, unit: "公里", grade: "优", subject: "主路")
        indicator.weight = 10
        indicator.direction = .negative
        indicator.directionInferred = true
        indicator.otherColumns = "备注=无"
        var project = Project(department: OrgName(code: "201", name: "交通局"), unit: OrgName(code: "201001", name: "公路站"),
                              nameAsWritten: "道路 建设", budget: 1.25, budgetAsWritten: "12500", goal: "修路", source: source)
        project.name = "道路建设"
        project.fiscalFunds = 1
        project.otherFunds = 0.25
        project.attribute = "新增"
        project.period = "一年"
        project.economicClass = (code: "30213", name: "维修（护）费")
        project.category = "交通"
        project.indicators = [indicator, indicator]
        project.kind = .departmentWhole
        project.basicSpending = 3
        project.projectSpending = -0.0
        let finding = Finding(severity: .info, rule: "weights.total", message: "权重合计 20", county: "某县",
                              department: "交通局", project: "道路建设", source: source, stage: "classify")
        var document = CountyDocument(file: "县/表.xlsx", layout: .templateForm, county: "某县", moneyUnit: .yuan)
        document.moneyUnitStated = false
        document.departments = [Department(org: OrgName(code: nil, name: "交通局"), statedTotal: 1.25, source: source)]
        document.projects = [project]
        document.rowsRead = 4
        document.rowsWritten = 3
        document.structureLines = 7
        document.rejected = [RejectedRow(source: source, text: "合计\t1", reason: "无法识别")]
        document.findings = [finding, finding]
        document.countyLevel = .ambiguous
        document.rendering = "每格一行"
        document.readingNotes = ["表一", ""]
        document.modified = Date(timeIntervalSinceReferenceDate: 754_000_000.123_456)
        document.duplicateOf = "县/旧表.xlsx"
        let work = SpilledWork(documents: [document, CountyDocument(file: "", layout: .projectForm, county: "", moneyUnit: .wanYuan)],
                               findings: [finding])
        let (back, _) = try Self.roundTrip(work)
        #expect(back == work)
        #expect(back.documents[0].projects[0].projectSpending?.sign == .minus)
    }

    /// Enums are stored by their raw values and told apart by their bytes when read: every
    /// case of each comes back as itself.
    @Test func everyCaseOfEveryStoredEnumRoundTrips() throws {
        let source = SourceRef(file: "f", line: 1)
        var documents: [CountyDocument] = []
        for (i, layout) in Layout.allCases.enumerated() {
            var document = CountyDocument(file: "f\(i)", layout: layout, county: "某县", moneyUnit: MoneyUnit.allCases[i % MoneyUnit.allCases.count])
            document.countyLevel = CountyLevel.allCases[i % CountyLevel.allCases.count]
            documents.append(document)
        }
        var project = Project(department: OrgName(code: nil, name: "交通局"), unit: nil, nameAsWritten: "道路", budget: 1,
                              budgetAsWritten: "1", goal: "", source: source)
        for (i, comparison) in Comparison.allCases.enumerated() {
            var indicator = Indicator(level1Label: "产出指标", level2Label: "数量指标", nameAsWritten: "长度", comparisonAsWritten: "",
                                      valueAsWritten: "", unitAsWritten: "", weightAsWritten: "", directionAsWritten: "", source: source)
            indicator.value = ParsedValue(comparison: comparison)
            indicator.direction = Direction.allCases[i % Direction.allCases.count]
            indicator.canonicalSource = CanonicalSource.allCases[i % CanonicalSource.allCases.count]
            project.indicators.append(indicator)
        }
        for kind in ProjectKind.allCases {
            project.kind = kind
            documents[0].projects.append(project)
        }
        let findings = Severity.allCases.map { Finding(severity: $0, rule: "r", message: "m", county: "某县", source: source, stage: "s") }
        let work = SpilledWork(documents: documents, findings: findings)
        let (back, _) = try Self.roundTrip(work)
        #expect(back == work)
        #expect(back.documents[0].projects[0].indicators.compactMap(\.value.comparison) == Comparison.allCases)
        #expect(back.documents.map(\.layout) == Layout.allCases && back.findings.map(\.severity) == Severity.allCases)
    }

    /// The model's fields, by name and order, are the ones `SpillRecords` writes.
    @Test func everyFieldOfTheModelIsWritten() throws {
        let source = SourceRef(file: "f", line: 1)
        let indicator = Indicator(level1Label: "", level2Label: "", nameAsWritten: "", valueAsWritten: "", source: source)
        let project = Project(department: OrgName(code: nil, name: ""), unit: nil, nameAsWritten: "", budget: nil,
                              budgetAsWritten: "", goal: "", source: source)
        let records: [(String, Any)] = [
            ("CountyDocument", CountyDocument(file: "", layout: .projectForm, county: "", moneyUnit: .yuan)),
            ("Department", Department(org: OrgName(code: nil, name: ""), statedTotal: nil, source: source)),
            ("OrgName", OrgName(code: nil, name: "")),
            ("Project.Fields", project.fields),
            ("Indicator.Fields", indicator.fields),
            ("ParsedValue", ParsedValue()),
            ("SourceRef", source),
            ("Finding", Finding(severity: .info, rule: "", message: "", county: "", source: nil, stage: "")),
            ("RejectedRow", RejectedRow(source: source, text: "", reason: "")),
        ]
        #expect(Set(records.map(\.0)) == Set(SpillRecords.fields.keys))
        for (name, value) in records {
            let declared = Mirror(reflecting: value).children.map { $0.label ?? "?" }
            #expect(declared == SpillRecords.fields[name], "\(name): the model has \(declared); write and read any new field in SpillRecords.swift")
        }
    }

    /// A string met again in a file is read back as the same stored string, not a copy.
    @Test func repeatedStringsShareOneStorage() throws {
        let document = try Fixtures.load(Fixtures.pingwu)
        let (back, _) = try Self.roundTrip(SpilledWork(documents: [document], findings: []))
        let goals = back.documents[0].projects.map(\.goal).filter { $0.utf8.count > 15 }
        let files = back.documents[0].projects.flatMap(\.indicators).map(\.source.file)
        #expect(files.count > 40)
        func storage(_ text: String) -> UnsafeRawPointer? {
            var text = text
            return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
        }
        if files[0].utf8.count > 15 { #expect(Set(files.map(storage)).count == 1) }
        #expect(!goals.isEmpty)
    }

    @Test func damagedBytesAreAnErrorNotATrap() throws {
        let document = try Fixtures.load(Fixtures.yuanzhou)
        let bytes = SpilledWork(documents: [document], findings: document.findings).encoded().withBytes { Array($0) }
        #expect(throws: SpillError.self) { try SpilledWork.decode(Array(bytes.prefix(bytes.count / 2))) }
        #expect(throws: SpillError.self) { try SpilledWork.decode(bytes + [0]) }
        #expect(throws: SpillError.self) { try SpilledWork.decode([]) }
        var other = bytes
        other[3] ^= 0xFF
        #expect(throws: SpillError.self) { try SpilledWork.decode(other) }
        // Any single damaged byte after the header: an error or a different value, never a trap.
        for offset in stride(from: 20, to: bytes.count, by: max(1, bytes.count / 200)) {
            var damaged = bytes
            damaged[offset] = 0xFF
            _ = try? SpilledWork.decode(damaged)
        }
    }
}
