import Foundation

// The model's records in the spill format, field by field in declaration order, written and
// read side by side so the two cannot drift apart. `Indicator` and `Project` are made from
// their whole `Fields` (every argument given, so a new field without a default does not
// compile); `SpillCoderTests` compares each type's fields (by `Mirror`) with
// `SpillRecords.fields`, so a new field with a default fails a test until it is written here.

enum SpillRecords {
    /// The fields written for each record type, in order (checked against the model by tests).
    static let fields: [String: [String]] = [
        "CountyDocument": ["file", "layout", "county", "moneyUnit", "moneyUnitStated", "departments", "projects",
                           "rowsRead", "rowsWritten", "structureLines", "rejected", "findings", "countyLevel",
                           "rendering", "readingNotes", "modified", "duplicateOf"],
        "Department": ["org", "statedTotal", "source"],
        "OrgName": ["code", "name"],
        "Project.Fields": ["department", "unit", "nameAsWritten", "name", "budget", "budgetAsWritten", "goal",
                           "fiscalFunds", "otherFunds", "attribute", "period", "economicClassCode",
                           "economicClassName", "category", "indicators", "source", "kind", "basicSpending",
                           "projectSpending"],
        "Indicator.Fields": ["level1Label", "level2Label", "nameAsWritten", "comparisonAsWritten", "valueAsWritten",
                             "unitAsWritten", "weightAsWritten", "directionAsWritten", "name", "canonicalName",
                             "canonicalSource", "level1", "level2", "value", "weight", "direction",
                             "directionInferred", "source", "otherColumns"],
        "ParsedValue": ["comparison", "number", "unit", "grade", "subject", "upper"],
        "SourceRef": ["file", "line"],
        "Finding": ["severity", "rule", "message", "county", "department", "project", "source", "stage"],
        "RejectedRow": ["source", "text", "reason"],
    ]
}

extension SpillByteWriter {
    func array<T>(_ values: [T], _ write: (T) -> Void) {
        varint(UInt64(values.count))
        for value in values { write(value) }
    }

    func document(_ d: CountyDocument) {
        string(d.file)
        enumCase(d.layout)
        string(d.county)
        enumCase(d.moneyUnit)
        bool(d.moneyUnitStated)
        array(d.departments, department)
        array(d.projects, project)
        int(d.rowsRead)
        int(d.rowsWritten)
        int(d.structureLines)
        array(d.rejected, rejected)
        array(d.findings, finding)
        enumCase(d.countyLevel)
        optionalString(d.rendering)
        array(d.readingNotes, string)
        optionalDouble(d.modified?.timeIntervalSinceReferenceDate)
        optionalString(d.duplicateOf)
    }

    func department(_ d: Department) {
        org(d.org)
        optionalDouble(d.statedTotal)
        source(d.source)
    }

    func org(_ o: OrgName) {
        optionalString(o.code)
        string(o.name)
    }

    // A record's fields are handed on borrowed from its box: a copy (`let f = p.fields`)
    // counted a reference to each of its strings and released it again.
    func project(_ p: Project) { project(p.fields) }

    private func project(_ f: Project.Fields) {
        org(f.department)
        if let unit = f.unit { byte(1); org(unit) } else { byte(0) }
        string(f.nameAsWritten)
        string(f.name)
        optionalDouble(f.budget)
        string(f.budgetAsWritten)
        string(f.goal)
        optionalDouble(f.fiscalFunds)
        optionalDouble(f.otherFunds)
        optionalString(f.attribute)
        optionalString(f.period)
        optionalString(f.economicClassCode)
        optionalString(f.economicClassName)
        optionalString(f.category)
        array(f.indicators, indicator)
        source(f.source)
        enumCase(f.kind)
        optionalDouble(f.basicSpending)
        optionalDouble(f.projectSpending)
    }

    func indicator(_ i: Indicator) { indicator(i.fields) }

    private func indicator(_ f: Indicator.Fields) {
        string(f.level1Label)
        string(f.level2Label)
        string(f.nameAsWritten)
        string(f.comparisonAsWritten)
        string(f.valueAsWritten)
        string(f.unitAsWritten)
        string(f.weightAsWritten)
        string(f.directionAsWritten)
        string(f.name)
        optionalString(f.canonicalName)
        optionalEnumCase(f.canonicalSource)
        optionalString(f.level1)
        optionalString(f.level2)
        parsedValue(f.value)
        optionalDouble(f.weight)
        optionalEnumCase(f.direction)
        bool(f.directionInferred)
        source(f.source)
        string(f.otherColumns)
    }

    func parsedValue(_ v: ParsedValue) {
        optionalEnumCase(v.comparison)
        optionalDouble(v.number)
        optionalString(v.unit)
        optionalString(v.grade)
        optionalString(v.subject)
        optionalDouble(v.upper)
    }

    func source(_ s: SourceRef) {
        string(s.file)
        int(s.line)
    }

    func finding(_ f: Finding) {
        enumCase(f.severity)
        string(f.rule)
        string(f.message)
        string(f.county)
        optionalString(f.department)
        optionalString(f.project)
        if let source = f.source { byte(1); self.source(source) } else { byte(0) }
        string(f.stage)
    }

    func rejected(_ r: RejectedRow) {
        source(r.source)
        string(r.text)
        string(r.reason)
    }
}

extension SpillByteReader {
    mutating func array<T>(_ read: (inout SpillByteReader) throws -> T) throws -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func document() throws -> CountyDocument {
        var d = CountyDocument(file: try string(), layout: try enumCase(Layout.self), county: try string(),
                               moneyUnit: try enumCase(MoneyUnit.self))
        d.moneyUnitStated = try bool()
        d.departments = try array { try $0.department() }
        d.projects = try array { try $0.project() }
        d.rowsRead = try int()
        d.rowsWritten = try int()
        d.structureLines = try int()
        d.rejected = try array { try $0.rejected() }
        d.findings = try array { try $0.finding() }
        d.countyLevel = try enumCase(CountyLevel.self)
        d.rendering = try optionalString()
        d.readingNotes = try array { try $0.string() }
        d.modified = try optionalDouble().map(Date.init(timeIntervalSinceReferenceDate:))
        d.duplicateOf = try optionalString()
        return d
    }

    mutating func department() throws -> Department {
        Department(org: try org(), statedTotal: try optionalDouble(), source: try source())
    }

    mutating func org() throws -> OrgName {
        OrgName(code: try optionalString(), name: try string())
    }

    mutating func project() throws -> Project {
        Project(fields: Project.Fields(
            department: try org(),
            unit: try bool() ? try org() : nil,
            nameAsWritten: try string(),
            name: try string(),
            budget: try optionalDouble(),
            budgetAsWritten: try string(),
            goal: try string(),
            fiscalFunds: try optionalDouble(),
            otherFunds: try optionalDouble(),
            attribute: try optionalString(),
            period: try optionalString(),
            economicClassCode: try optionalString(),
            economicClassName: try optionalString(),
            category: try optionalString(),
            indicators: try array { try $0.indicator() },
            source: try source(),
            kind: try enumCase(ProjectKind.self),
            basicSpending: try optionalDouble(),
            projectSpending: try optionalDouble()))
    }

    mutating func indicator() throws -> Indicator {
        Indicator(fields: Indicator.Fields(
            level1Label: try string(),
            level2Label: try string(),
            nameAsWritten: try string(),
            comparisonAsWritten: try string(),
            valueAsWritten: try string(),
            unitAsWritten: try string(),
            weightAsWritten: try string(),
            directionAsWritten: try string(),
            name: try string(),
            canonicalName: try optionalString(),
            canonicalSource: try optionalEnumCase(CanonicalSource.self),
            level1: try optionalString(),
            level2: try optionalString(),
            value: try parsedValue(),
            weight: try optionalDouble(),
            direction: try optionalEnumCase(Direction.self),
            directionInferred: try bool(),
            source: try source(),
            otherColumns: try string()))
    }

    mutating func parsedValue() throws -> ParsedValue {
        ParsedValue(comparison: try optionalEnumCase(Comparison.self), number: try optionalDouble(),
                    unit: try optionalString(), grade: try optionalString(), subject: try optionalString(),
                    upper: try optionalDouble())
    }

    mutating func source() throws -> SourceRef {
        SourceRef(file: try string(), line: try int())
    }

    mutating func finding() throws -> Finding {
        Finding(severity: try enumCase(Severity.self), rule: try string(), message: try string(), county: try string(),
                department: try optionalString(), project: try optionalString(),
                source: try bool() ? try source() : nil, stage: try string())
    }

    mutating func rejected() throws -> RejectedRow {
        RejectedRow(source: try source(), text: try string(), reason: try string())
    }
}
