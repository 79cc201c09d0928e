import Foundation

/// The layouts reported by name (`Data/layouts.yaml`): what a header must hold to be one.
/// Reading is the vocabulary's; this file only says which tables are Layout A.
public struct NamedLayouts: Sendable {
    /// A department table (Layout A): its column titles by role, the titles that must be
    /// there and how many in all.
    public struct DepartmentTable: Sendable, Decodable {
        public var name: String
        /// Role (`unit`, `project`, … `direction`) → the column's title.
        public var columns: [String: String]
        public var required: [String]
        public var at_least: Int

        /// Whether a header row's cells are this layout's header, both sides compared as
        /// `compact` makes them (so `项 目 名 称` or `預算數` is still its title).
        func isHeader(_ cells: [String], compact: (String) -> String = { $0 }) -> Bool {
            let required = self.required.map(compact), titles = columns.values.map(compact)
            guard required.allSatisfy({ title in cells.contains { $0.sameText(title) } }) else { return false }
            return cells.reduce(0) { count, cell in titles.contains(where: cell.sameText) ? count + 1 : count } >= at_least
        }

        var layout: Layout? { Layout(rawValue: name) }
    }

    /// A project's form (Layout B): its title, the numbering of indicators and goals, and how
    /// a wrapped cell shows in extracted text.
    public struct ProjectForm: Sendable, Decodable {
        public var name: String
        public var title: String
        public var indicator_marker: String
        public var goal_marker: String
        /// A blank line between two lines means the same cell, wrapped; none means the next cell.
        public var blank_line_continues_cell: Bool

        var layout: Layout? { Layout(rawValue: name) }
    }

    struct File: Decodable {
        var department_table: DepartmentTable
        var project_form: ProjectForm
    }

    public let departmentTable: DepartmentTable
    public let projectForm: ProjectForm

    /// The roles of a department table's columns, as `columns:` names them.
    public static let departmentRoles = ["unit", "project", "budget", "goal", "level1", "level2", "level3",
                                         "comparison", "value", "measure", "weight", "direction"]

    public init(path: String) throws {
        let file = try RuleFile.decode(File.self, path: path)
        let roles = Set(file.department_table.columns.keys)
        guard roles == Set(Self.departmentRoles), file.department_table.columns.values.allSatisfy({ !$0.isEmpty }) else {
            throw PipelineError(file: path, line: nil, message: "department_table.columns names a title for each of \(Self.departmentRoles.joined(separator: ", ")); got \(roles.sorted().joined(separator: ", "))")
        }
        guard file.department_table.layout != nil else {
            throw PipelineError(file: path, line: nil, message: "department_table.name '\(file.department_table.name)' is not a layout name (expected \(Layout.departmentTable.rawValue))")
        }
        departmentTable = file.department_table
        let form = file.project_form
        guard form.layout != nil, !form.title.isEmpty, !form.indicator_marker.isEmpty, !form.goal_marker.isEmpty else {
            throw PipelineError(file: path, line: nil, message: "project_form needs name (\(Layout.projectForm.rawValue)), title, indicator_marker and goal_marker")
        }
        projectForm = form
    }

}
