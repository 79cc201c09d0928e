import Foundation

/// The layouts jixiao reads, detected from content (README, "Input layouts").
public enum Layout: String, Codable, Sendable, CaseIterable {
    /// One tab-separated table per department (部门预算项目支出绩效目标申报表).
    case departmentTable = "A-部门表格"
    /// One key–value form per project (项目支出绩效目标表).
    case projectForm = "B-项目表单"
    /// Any other template, read by the vocabulary-driven form reader (`TemplateFormLoader`).
    case templateForm = "通用表单"
}

/// Everything read from one input file: the county it belongs to, its departments and
/// projects, and the row accounting that proves nothing went missing.
public struct CountyDocument: Codable, Sendable, Equatable {
    public var file: String
    public var layout: Layout
    public var county: String
    public var moneyUnit: MoneyUnit
    /// False when the file did not say its money unit and `moneyUnit` is the default, 万元.
    public var moneyUnitStated = true
    public var departments: [Department]
    public var projects: [Project]
    /// Content rows the loader saw: every row that carries a project or an indicator, and
    /// every row it could not place. Invariant: rowsRead == rowsWritten + rejected.count.
    public var rowsRead: Int
    /// Content rows that became records (an indicator, or a project without indicators).
    public var rowsWritten: Int
    /// Lines recognised as form structure: titles, repeated page headers and totals.
    public var structureLines: Int
    public var rejected: [RejectedRow]
    /// What the loader noticed and repaired (shifted rows, missing money unit …).
    public var findings: [Finding]
    /// How sure the county is (a city's own unit, a shared name, not found …).
    public var countyLevel: CountyLevel = .county
    /// How the text was flattened, for the generic reader (`每格一行`, `竖线分隔` …).
    public var rendering: String?
    /// What the generic reader recognised, for `inspect`: each form's title and the role
    /// it gave each column of the indicator table.
    public var readingNotes: [String] = []
    /// The file's modification time, to tell which of two submissions is newer.
    public var modified: Date?
    /// This file's content is identical to that file's (read once; see `Submissions.swift`).
    public var duplicateOf: String?

    public init(file: String, layout: Layout, county: String, moneyUnit: MoneyUnit) {
        self.file = file
        self.layout = layout
        self.county = county
        self.moneyUnit = moneyUnit
        self.departments = []
        self.projects = []
        self.rowsRead = 0
        self.rowsWritten = 0
        self.structureLines = 0
        self.rejected = []
        self.findings = []
    }

    public var indicatorCount: Int { projects.reduce(0) { $0 + $1.indicators.count } }
}
