import Foundation

/// Projects printed on the last row of their indicators. In a department's table of projects the
/// project's name (and its goal) is merged over its indicator rows: a workbook, a web table or a
/// text export gives it on the first of them, and the rows below belong to it; Calc prints a
/// merged cell at the bottom of its rows, so on its PDF the name stands on the project's last row
/// and the rows above it have none (`养护农村公路里程` … `群众出行条件` above `农村公路养护经费 | … |
/// 沿线群众满意度`). Read top-down, the first project's first rows had no project (rejected) and
/// each later project's first rows went to the project above.
extension FormReader {
    /// One indicator row of a project table, as read top-down.
    struct TableRow {
        var line: Int
        /// The project it went to (`projects` index), nil when none stood above it.
        var project: Int?
        var indicator: Indicator
        /// Its text in the goal column (a goal wrapped over the rows beside it leaves a line on each).
        var goal: String
        /// Whether it wrote its level 1 itself (not carried down).
        var writesLevel1: Bool
        var owner: OrgName
    }

    /// Moves each table row to the project whose name stands at the end of its group, when the
    /// table shows it is printed so: its first indicator row has no project above it (a table
    /// whose names start their groups never has), its last row is a project's own, and every row
    /// shares its department with the project below it. Each row then belongs to the nearest
    /// project at or below it, as a row of the usual table belongs to the nearest at or above it;
    /// the goal is the lines of its rows in order, and a row left without a level 1 takes the one
    /// written next below it in its group when its level 2 belongs there (`Data/framework.yaml`).
    /// `projectLines`: each project of the table (`projects` index) → the line of its own row.
    mutating func placeProjectsAtGroupEnds(_ rows: [TableRow], projectLines: [Int: Int], headerLine: Int) {
        // Rows above every project are indicators of their own, a name and its value (a stray
        // row read as one, an organisation's total under its name, tells nothing).
        let orphans = rows.filter { $0.project == nil }
        guard let first = rows.first, first.project == nil, let last = rows.last, let lastProject = last.project,
              orphans.allSatisfy({ !$0.indicator.nameAsWritten.isEmpty && !$0.indicator.valueAsWritten.isEmpty }),
              projectLines[lastProject] == last.line,
              // A project's own row without an indicator ends no group that can be told.
              projectLines.values.allSatisfy({ line in rows.contains { $0.line == line } }) else { return }
        // Groups: the rows up to and including each project's own row.
        var groups: [(project: Int, rows: [TableRow])] = []
        var waiting: [TableRow] = []
        for row in rows {
            waiting.append(row)
            guard let project = row.project, projectLines[project] == row.line else { continue }
            guard waiting.allSatisfy({ $0.owner == projects[project].department }) else { return }
            groups.append((project, waiting))
            waiting = []
        }
        guard waiting.isEmpty, groups.count == Set(groups.map(\.project)).count else { return }
        let orphanLines = Set(orphans.map(\.line))
        rejected.removeAll { $0.source.file == file && orphanLines.contains($0.source.line) && $0.reason.hasPrefix("指标行前面没有项目") }
        rowsWritten += orphans.count
        for (project, group) in groups {
            var indicators = group.map(\.indicator)
            for index in indicators.indices where indicators[index].level1Label.isEmpty && !indicators[index].level2Label.isEmpty {
                guard let below = group[(index + 1)...].first(where: \.writesLevel1),
                      rules.framework.level2(indicators[index].level2Label, belongsTo: below.indicator.level1Label) else { continue }
                indicators[index].level1Label = below.indicator.level1Label
            }
            projects[project].indicators = indicators
            let goal = group.map(\.goal).reduce("") { joined, line in
                guard let end = joined.last, let start = line.first else { return joined + line }
                return joined + (TextCleaning.isCJK(end) || TextCleaning.isCJK(start) ? "" : " ") + line
            }
            if !goal.isEmpty { projects[project].goal = goal }
            let name = projects[project].name, department = projects[project].department.description
            for row in group where row.indicator.valueAsWritten.isEmpty {
                if let at = findings.firstIndex(where: { $0.rule == RuleID.valueMissing && $0.source == row.indicator.source }) {
                    findings[at].project = name
                    findings[at].department = department
                } else {
                    findings.append(Self.valueMissing(row.indicator.nameAsWritten, in: projects[project], source: row.indicator.source))
                }
            }
        }
        readingNotes.append("部门项目表（行 \(headerLine)）的项目名称写在各项目的最后一行（合并单元格靠下打印，如 Calc 打印的 PDF），各指标行归入其下方最近的项目")
    }
}
