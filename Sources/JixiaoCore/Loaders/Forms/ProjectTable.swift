import Foundation

/// A department's table of projects: 项目名称, 预算数 and 年度目标 columns beside the indicator
/// columns, one row per indicator, the project (and the department or unit above it) written
/// on its first row only, as Layout A's seed and many counties publish it. Read by column
/// position from a tab-separated grid (a workbook, a Word or web table, a CSV export),
/// where merged cells are blank and columns keep their places.
struct ProjectTable {
    enum Field: Hashable {
        case organisation, project, budget, goal
        /// Departments, units and projects in one column (单位名称、项目名称).
        case organisationOrProject
        /// Unit codes (单位代码) beside the names of the organisation column (or the combined one).
        case organisationCode
        case column(FormVocabulary.ColumnRole)
    }

    /// Grid column → what it holds, from the header row.
    let fields: [Int: (field: Field, title: String)]
    /// Each field's grid columns, left to right (looked up for every cell of every row).
    private let columnsOfField: [Field: [Int]]
    /// Each grid column's title, nil where the header names none (`others` reads it on every row).
    private let titles: [String?]
    /// The titled columns `others` shows (kept, not read into fields), and those without a
    /// title, left to right: most tables have none, and `others` looks at no other column
    /// the header titles.
    private let shownColumns: [Int]
    /// The columns `realigned` looks at on every row.
    private let level1Column: Int?, level2Column: Int?, organisationColumn: Int?
    private let projectColumn: Int?, budgetColumn: Int?, goalColumn: Int?

    /// Whose the rows are: each a project's, or each an organisation's whole spending.
    let rows: Rows

    /// What a header's titles say its rows are (`rows(of:)`).
    enum Rows {
        /// A project column, or one of units and projects (单位名称、项目名称): projects and the
        /// departments and units they belong to.
        case projects
        /// No project column, but an organisation's (or its code's) and a budget's (湖南's
        /// 整体支出绩效目标表: 单位编码 | 单位名称 | 资金总额 | … | 整体绩效目标 | 一级指标 …): each
        /// organisation's row is its whole spending (`ProjectKind.departmentWhole`).
        case wholeSpending

        /// What the header's keys say the rows are, nil when they name neither a project column nor
        /// an organisation's with a budget (a one-project form's table).
        static func of<Roles: Sequence>(_ roles: Roles) -> Rows? where Roles.Element == FormVocabulary.Role? {
            var keys = Keys()
            for role in roles { keys.add(role) }
            return keys.rows
        }

        /// The keys a header names that say whose its rows are, gathered title by title.
        struct Keys {
            private var project = false, organisation = false, budget = false

            mutating func add(_ role: FormVocabulary.Role?) {
                switch role {
                case .key(.project)?, .key(.unitOrProject)?: project = true
                case .key(.department)?, .key(.unit)?, .key(.organisationCode)?: organisation = true
                case .key(.budget)?: budget = true
                default: break
                }
            }

            var rows: Rows? { project ? .projects : organisation && budget ? .wholeSpending : nil }
        }
    }

    /// The header row's cells as a project table, when they name a project column (or an
    /// organisation's and a budget's, see `Rows`) and an indicator column.
    init?(header: [FormCell]) {
        var fields: [Int: (field: Field, title: String)] = [:]
        var spanning: Set<Int> = []
        for cell in header {
            // A key read past spans the titles under it in a header of two lines (按收入性质分 over
            // 一般公共预算 …): the title under it names the column.
            guard let column = cell.gridColumn, fields[column] == nil || spanning.contains(column) else { continue }
            spanning.remove(column)
            if cell.role == .key(.ignored) { spanning.insert(column) }
            switch cell.role {
            case .key(.project)?: fields[column] = (.project, cell.text)
            case .key(.budget)?: fields[column] = (.budget, cell.text)
            case .key(.goal)?: fields[column] = (.goal, cell.text)
            case .key(.department)?, .key(.unit)?: fields[column] = (.organisation, cell.text)
            case .key(.unitOrProject)?: fields[column] = (.organisationOrProject, cell.text)
            case .key(.organisationCode)?: fields[column] = (.organisationCode, cell.text)
            // A key a project's form reads past (实施期绩效目标) or the parts of the money (财政拨款,
            // 基本支出): a column kept, under its title.
            case .key(let key)? where key == .ignored || key.isAmount: fields[column] = (.column(.kept), cell.text)
            case .column(let role)?: fields[column] = (.column(role), cell.text)
            // A short title the vocabulary does not know (序号, 备注): kept under its own name.
            case nil where RowAlignment.isUnnamedTitle(cell.compact):
                fields[column] = (.column(.kept), cell.text)
            default: continue
            }
        }
        let roles = fields.values.map(\.field)
        guard let rows = Rows.of(header.lazy.map(\.role)),
              roles.contains(.column(.level3)) || roles.contains(.column(.value)) else { return nil }
        // An organisation's whole spending only under a header of titles alone: a line of a
        // form's keys with their values beside them is no table's header.
        if rows == .wholeSpending, Self.holdsValues(header[...]) { return nil }
        self.rows = rows
        self.fields = fields
        var byField: [Field: [Int]] = [:]
        for column in fields.keys.sorted() { byField[fields[column]!.field, default: []].append(column) }
        columnsOfField = byField
        let kept: [Field] = [.column(.kept), .column(.alternative), .column(.place)]
        var keptColumns = [Bool](repeating: false, count: (fields.keys.max() ?? 0) + 1)
        for (column, entry) in fields where kept.contains(entry.field) { keptColumns[column] = true }
        var titles = [String?](repeating: nil, count: keptColumns.count)
        for (column, entry) in fields { titles[column] = entry.title }
        self.titles = titles
        shownColumns = titles.indices.filter { titles[$0] == nil || keptColumns[$0] }
        level1Column = byField[.column(.level1)]?.first
        level2Column = byField[.column(.level2)]?.first
        organisationColumn = byField[.organisation]?.first
        projectColumn = byField[.project]?.first
        budgetColumn = byField[.budget]?.first
        goalColumn = byField[.goal]?.first
    }

    /// Whether one line's cells are a project table's header (what `init(header:)` accepts,
    /// without building the table: every page repeats the header).
    static func isHeader(_ cells: ArraySlice<FormCell>) -> Bool {
        var claimed: Int?  // the last column a field's title took (a line's cells come in column order)
        var owners = Rows.Keys()
        var indicator = false
        for at in cells.indices {
            guard let column = cells[at].gridColumn, column != claimed, let role = cells[at].role else { continue }
            switch role {
            case .key(.project), .key(.unitOrProject), .key(.budget), .key(.department), .key(.unit), .key(.organisationCode):
                owners.add(role)
            case .key(.goal): break
            case .column(let kind): indicator = indicator || kind == .level3 || kind == .value
            default: continue
            }
            claimed = column
        }
        guard indicator, let rows = owners.rows else { return false }
        // Whole spending only under titles alone (see `init(header:)`): asked last, as it is rare.
        return rows == .projects || !holdsValues(cells)
    }

    /// Whether a header line holds a cell that is no title (neither a word of the vocabulary nor a
    /// short unnamed title, `RowAlignment.isUnnamedTitle`): a value beside a form's key.
    static func holdsValues(_ cells: ArraySlice<FormCell>) -> Bool {
        cells.contains { $0.role == nil && !RowAlignment.isUnnamedTitle($0.compact) }
    }

    /// The column a line's lone cell stands in when the line has no grid positions (a workbook's
    /// or Word's row whose other cells are blank, written without them): the table's first
    /// column, where it holds departments and units, for a name with a code (`801-…局`,
    /// `801001-…`) or an organisation's ending; nil for other lines (a title, a unit line, a note).
    func loneOrganisationColumn(_ cells: ArraySlice<FormCell>, endsLikeOrganisation: (String) -> Bool) -> Int? {
        guard cells.count == 1, let cell = cells.first, cell.gridColumn == nil,
              let first = fields.keys.min(), let field = fields[first]?.field,
              field == .organisation || field == .organisationOrProject else { return nil }
        let org = OrgName(parsing: cell.text)
        return org.code != nil || endsLikeOrganisation(org.name) ? first : nil
    }

    func columns(of field: Field) -> [Int] {
        columnsOfField[field] ?? []
    }

    /// One row's text by grid column ("" where it has none): the cells of a line joined back
    /// per column (cells are trimmed, and so is what they join into).
    func row(_ cells: ArraySlice<FormCell>) -> [String] {
        var byColumn: [String] = []
        for at in cells.indices {
            guard let column = cells[at].gridColumn else { continue }
            if column >= byColumn.count { byColumn += repeatElement("", count: column + 1 - byColumn.count) }
            if byColumn[column].isEmpty { byColumn[column] = cells[at].text } else { byColumn[column] += cells[at].text }
        }
        return byColumn
    }

    /// The first grid column holding `field`.
    func column(of field: Field) -> Int? {
        columns(of: field).first
    }

    /// A row shifted by a column, as page breaks and copying leave some (seed 000): a level-1
    /// label standing in the organisation column with the rest one column early, or an extra
    /// leading cell pushing both labels one column on. Returns the realigned row and which way.
    func realigned(_ row: [String], isLabel: (String, Int) -> Bool) -> (row: [String], shift: String)? {
        guard let level1 = level1Column, let level2 = level2Column else { return nil }
        // Cells looked at in place, their text taken only for the vocabulary, asked last: the
        // other conditions fail on nearly every row.
        let blank = { (column: Int?) in column.map { $0 >= row.count || row[$0].isEmpty } ?? true }
        if let organisation = organisationColumn, !blank(organisation),
           blank(projectColumn), blank(budgetColumn), blank(goalColumn), level2 == level1 + 1, isLabel(row[organisation], 1) {
            // Everything from level 1 on stood one column early.
            var out = [String](repeating: "", count: max(row.count + 1, level1 + 1))
            for column in row.indices where column >= level1 { out[column + 1] = row[column] }
            out[level1] = row[organisation]
            return (out, RuleID.rowShiftedLeft)
        }
        if blank(level1), !blank(level2), !blank(level2 + 1), blank(projectColumn), isLabel(row[level2], 1), isLabel(row[level2 + 1], 2) {
            var out = [String](repeating: "", count: row.count)
            for column in row.indices where column > level1 { out[column - 1] = row[column] }
            return (out, RuleID.rowShiftedRight)
        }
        return nil
    }

    /// The text of the first of `columns` (a field's, see `columns(of:)`) with any.
    static func text(columns: [Int], in row: [String]) -> String {
        for column in columns where column < row.count && !row[column].isEmpty { return row[column] }
        return ""
    }

    /// Columns kept but not interpreted (explanation, other targets, one per place, and
    /// columns the header does not name), as `title=value` joined by `；`. Built in place:
    /// most rows have none, and this runs for every row.
    func others(in row: [String]) -> String {
        var joined = ""
        func add(_ column: Int, title: String?) {
            guard !row[column].isEmpty else { return }
            let other = title.map { $0 + "=" + row[column] } ?? "第\(column + 1)列=\(row[column])"
            joined += joined.isEmpty ? other : "；" + other
        }
        for column in shownColumns {
            guard column < row.count else { return joined }
            add(column, title: titles[column])
        }
        // Columns right of the header's last title.
        for column in titles.count..<max(row.count, titles.count) { add(column, title: nil) }
        return joined
    }

    func title(of field: Field) -> String {
        fields.values.first { $0.field == field }?.title ?? ""
    }
}

extension FormReader {
    /// Reads a project table from its header line on; returns false when the header is no
    /// project table (then the form is read as one project's form).
    mutating func readProjectTable(_ cells: ArraySlice<FormCell>, headerLine: Int, department fallback: OrgName,
                                   money: MoneyUnit, titleLine: Int) -> Bool {
        let header = Array(cells.lazy.prefix { $0.line <= headerLine }.filter { $0.line == headerLine })
        guard let table = ProjectTable(header: header) else { return false }
        structureLines += 1
        let compact = { (text: String) in String(scalars: FormCells.compactScalars(self.vocabulary.fold.display(text))) }
        if let named = rules.layouts?.departmentTable,
           named.isHeader(header.map { String(scalars: $0.compact) }, compact: compact) {
            namedLayout = named.layout
        }
        // Each field's columns looked up once: every row reads a dozen fields.
        let organisationColumns = table.columns(of: .organisation), projectColumns = table.columns(of: .project)
        let combinedColumns = table.columns(of: .organisationOrProject), codeColumns = table.columns(of: .organisationCode)
        let budgetColumns = table.columns(of: .budget), goalColumns = table.columns(of: .goal)
        let level1Columns = table.columns(of: .column(.level1)), level2Columns = table.columns(of: .column(.level2))
        let nameColumns = table.columns(of: .column(.level3)), valueColumns = table.columns(of: .column(.value))
        let comparisonColumns = table.columns(of: .column(.comparison)), unitColumns = table.columns(of: .column(.unit))
        let weightColumns = table.columns(of: .column(.weight)), directionColumns = table.columns(of: .column(.direction))
        var department: OrgName?
        var unit: OrgName?
        var current: Int?
        var level1 = "", level2 = ""
        // The table's projects, and those since its last total row (合计, 小计).
        let tableStart = projects.count
        var sinceTotal = projects.count
        // The owner of the last project row, in `departments` since: the rows of one department
        // follow each other, and looking it up compares names with every department before it.
        var ownerListed: OrgName?
        // Rows that repeated their project's name and budget (a table unmerged and filled down).
        var filledRows = 0
        // The indicator rows as read, and each project's own row, for `placeProjectsAtGroupEnds`:
        // kept only when the first has no project above it (no other table is printed so).
        var tableRows: [TableRow] = []
        var keepsRows: Bool?
        var projectLines: [Int: Int] = [:]
        // Opens a project read from its row (an organisation's whole spending in a `wholeSpending` table).
        func open(_ name: String, budgetText: String, goal: String, line: Int, owner: OrgName, unit: OrgName?) {
            current = openProject(name, budgetText: budgetText, goal: goal, line: line, owner: owner, unit: unit,
                                  whole: table.rows == .wholeSpending, money: money, titleLine: titleLine, ownerListed: &ownerListed)
            if keepsRows != false { projectLines[projects.count - 1] = line }
            level1 = ""
            level2 = ""
        }
        // In a `wholeSpending` table, an organisation's row with no indicator on it: its whole
        // spending opens with the first indicator row under it, never when a unit of it follows
        // first (the row was its department's, over its units' rows), else at the next
        // organisation's row or the table's end with no indicator.
        var waiting: (name: String, budget: String, goal: String, line: Int, owner: OrgName, unit: OrgName?)?
        // Departments' rows over their units' (in 万元), with where their units' spending starts in `projects`.
        var departmentTotals: [(org: OrgName, total: Double, line: Int, first: Int)] = []
        func openWaiting() {
            guard let row = waiting else { return }
            waiting = nil
            open(row.name, budgetText: row.budget, goal: row.goal, line: row.line, owner: row.owner, unit: row.unit)
            rowsRead += 1
            rowsWritten += 1
        }
        let body = cells.drop { $0.line <= headerLine }
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let line = body[lineStart].line
            let lineEnd = (lineStart..<body.endIndex).first { body[$0].line != line } ?? body.endIndex
            defer { lineStart = lineEnd }
            let lineCells = body[lineStart..<lineEnd]
            // A body row kept whole (`FormCell.gridRow`), else the line's cells.
            let kept = lineCells[lineStart].gridRow  // by index: `first` would copy the cell
            var rawCells: [String] { kept.map { $0.filter { !$0.isEmpty } } ?? lineCells.map(\.text) }
            var raw: String { rawCells.joined(separator: "\t") }  // only rejected rows need it
            let lone = kept == nil && lineCells.count == 1
                ? table.loneOrganisationColumn(lineCells, endsLikeOrganisation: vocabulary.endsLikeOrganisation) : nil
            guard lone != nil || lineCells.indices.contains(where: { lineCells[$0].gridColumn != nil }) else {
                // Text standing in no column (a row whose cells ran together) is rejected, said,
                // never passed over as structure; titles, keys and page chrome are structure.
                if lineCells.allSatisfy({ $0.role == nil }) {
                    reject(line, raw, line == cutLine ? Self.cutRow
                        : "这一行的各格粘在一起，对不上表头的列 (a row whose cells ran together, in no column of the header)")
                } else {
                    structureLines += 1
                }
                continue
            }
            // A header repeated on a new page.
            if kept == nil, ProjectTable.isHeader(lineCells) { structureLines += 1; continue }
            var row = kept ?? lone.map { [String](repeating: "", count: $0) + [lineCells[lineStart].text] } ?? table.row(lineCells)
            if let (realigned, rule) = table.realigned(row, isLabel: { text, level in
                if case .label(let found)? = vocabulary.role(ofCell: FormCells.compactScalars(text))?.role {
                    return found == level
                }
                return false
            }) {
                row = realigned
                findings.append(Finding(severity: .info, rule: rule,
                    message: rule == RuleID.rowShiftedLeft ? "该行整体左移一列（一级指标写在单位名称列），已按列名重新对齐"
                        : "该行整体右移一列（多出一个前导空单元格），已按列名重新对齐",
                    county: "", source: source(line), stage: "load"))
            }
            let text = { (columns: [Int]) in ProjectTable.text(columns: columns, in: row) }
            var organisation = text(organisationColumns)
            var projectName = text(projectColumns)
            let name = text(nameColumns)
            let value = text(valueColumns)
            let hasIndicator = !name.isEmpty || !value.isEmpty
            // One column for both: a name with a code (801-, 801001-), or alone on its row and
            // ending as an organisation's does, is a department or unit; other text a project.
            if !combinedColumns.isEmpty, case let combined = text(combinedColumns), !combined.isEmpty {
                let org = orgName(combined)
                if org.code != nil || (!hasIndicator && vocabulary.endsLikeOrganisation(org.name)) {
                    if organisation.isEmpty { organisation = combined }
                } else if projectName.isEmpty {
                    projectName = combined
                }
            }
            // A unit code in a column of its own codes the organisation named on its row; on a
            // project's row it is the unit's code again (the project is the unit's).
            if !organisation.isEmpty, !codeColumns.isEmpty, case let code = text(codeColumns),
               !code.isEmpty, orgName(organisation).code == nil, case let coded = orgName(code + "-" + organisation), coded.code != nil {
                organisation = coded.description
            }

            // A row without an indicator: its first cell folded once for the three looks below.
            let firstFolded = hasIndicator ? nil : (kept.map { $0.first { !$0.isEmpty } } ?? lineCells.first?.text).map(vocabulary.folded)
            // A signature line under the table (填报人：…, `page_chrome`) is no row of it, wherever its
            // words stand (a PDF's line runs across the project and budget columns).
            if let first = firstFolded, vocabulary.beginsWithChrome(folded: first) {
                structureLines += 1
                continue
            }
            // A department named on a line of its own between two tables (单位名称：××局, with its
            // colon) holds for the rows after it, as the organisation column's name would.
            if let first = firstFolded, let named = vocabulary.keyedOrganisation(folded: first) {
                let org = orgName(named)
                if department != org { unit = nil; current = nil }
                department = org
                if !departments.contains(where: { $0.org == org }) {
                    departments.append(Department(org: org, statedTotal: nil, source: source(line)))
                }
                structureLines += 1
                continue
            }
            // A total row (合计, 小计 … as its first cell, `total_labels`) is no department and no
            // project: the total of the projects above it.
            if let first = firstFolded, vocabulary.isTotalLabel(folded: first) {
                readTotal(text(budgetColumns), money: money, of: sinceTotal < projects.count ? sinceTotal : tableStart, line: line)
                sinceTotal = projects.count
                structureLines += 1
                continue
            }
            if !organisation.isEmpty {
                let org = orgName(organisation)
                // A unit's code extends its department's (201 → 201001), the table's or the one named above it.
                if let code = org.code, let deptCode = (department ?? fallback).code, code.count > deptCode.count, code.hasPrefix(deptCode) {
                    // Its department's row waiting for indicators was the department's, over its units;
                    // another unit's row waiting is that unit's spending, with no indicator.
                    if let row = waiting, row.owner == department ?? fallback, row.unit == nil {
                        // Its amount is the whole of its units' spending, checked when the table ends.
                        if let total = MoneyText.wan(row.budget, unit: money) { departmentTotals.append((row.owner, total, row.line, projects.count)) }
                        waiting = nil
                        structureLines += 1
                    } else if waiting != nil {
                        openWaiting()
                    }
                    unit = org
                } else {
                    if waiting != nil { openWaiting() }
                    let amount = projectName.isEmpty ? MoneyText.wan(text(budgetColumns), unit: money) : nil
                    // A whole-spending row's amount is its own spending's, not a total over projects.
                    let stated = table.rows == .projects ? amount : nil
                    if projectName.isEmpty, !hasIndicator, org.code == nil, amount == nil, !vocabulary.endsLikeOrganisation(org.name) {
                        // Alone on its row, with no code, no total and no organisation's ending: not a
                        // department (a stray or garbled row), so it does not take the projects below.
                        reject(line, raw, "不是部门或单位：「\(organisation)」(expected a department such as 201-部门名称, a name ending as in organisation_endings of vocabulary.yaml, or its total beside it)")
                        continue
                    }
                    if department != org { unit = nil; current = nil }
                    department = org
                    if let existing = departments.firstIndex(where: { $0.org == org }) {
                        // A page header repeats the department row: its total should too.
                        if projectName.isEmpty, departments[existing].statedTotal != stated {
                            findings.append(Finding(severity: .warning, rule: RuleID.totalRepeatDiffers,
                                message: "部门合计在分页处重复时数值不同：\(departments[existing].statedTotal.map(fmt) ?? "空") 与 \(stated.map(fmt) ?? "空")",
                                county: "", department: org.description, source: source(line), stage: "load"))
                        }
                    } else {
                        departments.append(Department(org: org, statedTotal: stated, source: source(line)))
                    }
                }
                if table.rows == .wholeSpending {
                    let owner = unit ?? department ?? fallback
                    projectName = "\(owner.name) 部门整体支出"
                    // The row again (a page's header repeats it) over the spending it opened.
                    if !hasIndicator, let index = current, projects[index].nameAsWritten == projectName,
                       case let budget = text(budgetColumns), budget.isEmpty || projects[index].budgetAsWritten == budget {
                        structureLines += 1
                        continue
                    }
                    if !hasIndicator {
                        if waiting != nil { openWaiting() }
                        waiting = (projectName, text(budgetColumns), text(goalColumns), line, department ?? fallback, unit)
                        continue
                    }
                }
                if projectName.isEmpty && !hasIndicator { structureLines += 1; continue }
            } else if hasIndicator, waiting != nil {
                openWaiting()
            }
            // A row repeating its project's name and budget as written (or leaving the budget
            // blank), under the same department, continues that project: a merged cell unmerged
            // and filled down (as spreadsheet users and span-filling tools leave a table), not
            // a second project with the budget again.
            if !projectName.isEmpty, let index = current, projects[index].nameAsWritten == projectName,
               case let budget = text(budgetColumns), budget.isEmpty || projects[index].budgetAsWritten == budget,
               projects[index].department == department ?? fallback {
                filledRows += 1
            } else if !projectName.isEmpty {
                open(projectName, budgetText: text(budgetColumns), goal: text(goalColumns), line: line, owner: department ?? fallback, unit: unit)
            } else if organisation.isEmpty, let index = current {
                // A project's budget or goal on a later row of its own (a merged cell printed
                // centred over the project's rows, as a PDF shows it) is still the project's.
                takeProjectField(budgetColumns, from: row, into: index, money: money, line: line)
                if projects[index].goal.isEmpty, case let goal = text(goalColumns), !goal.isEmpty { projects[index].goal = goal }
            }
            guard hasIndicator else {
                // A group with no indicator under it (`生态环境成本指标 | - | 定性`): its labels
                // and the blank marks of its other columns are the table's structure.
                if projectName.isEmpty, organisation.isEmpty, isEmptyGroup(row, levelColumns: level1Columns + level2Columns) {
                    let writtenLevel1 = text(level1Columns), writtenLevel2 = text(level2Columns)
                    if !writtenLevel1.isEmpty { level1 = writtenLevel1; level2 = "" }
                    if !writtenLevel2.isEmpty { level2 = writtenLevel2 }
                    structureLines += 1
                    continue
                }
                if projectName.isEmpty {
                    if rawCells.count > 1 {
                        reject(line, raw, "无法识别的行：既不是部门、项目，也不是指标 (not a department, project or indicator row)")
                    } else {
                        structureLines += 1
                    }
                } else {
                    rowsRead += 1
                    rowsWritten += 1
                }
                continue
            }
            let writtenLevel1 = text(level1Columns), writtenLevel2 = text(level2Columns)
            if !writtenLevel1.isEmpty { level1 = writtenLevel1; level2 = "" }
            if !writtenLevel2.isEmpty { level2 = writtenLevel2 }
            // A level 1 carried down over a blank (merged) cell only where the row's own level 2
            // belongs to it (`Data/framework.yaml`): else it is the reader's guess, and a wrong one
            // that the checks would blame on the form. Left blank, the level 2 places the row.
            var rowLevel1 = level1
            if writtenLevel1.isEmpty, !writtenLevel2.isEmpty, let owner = rules.framework.level2(for: writtenLevel2)?.level1,
               rules.framework.level1(for: level1) != owner {
                rowLevel1 = ""
            }
            var comparison = text(comparisonColumns), direction = text(directionColumns)
            Self.takeDirection(from: &comparison, into: &direction, vocabulary: vocabulary)
            var indicator = Indicator(level1Label: rowLevel1, level2Label: level2, nameAsWritten: name,
                                      comparisonAsWritten: comparison, valueAsWritten: value,
                                      unitAsWritten: text(unitColumns), weightAsWritten: text(weightColumns),
                                      directionAsWritten: direction, source: source(line))
            indicator.otherColumns = table.others(in: row)
            if keepsRows == nil { keepsRows = current == nil }
            if keepsRows == true {
                tableRows.append(TableRow(line: line, project: current, indicator: indicator, goal: text(goalColumns),
                                          writesLevel1: !writtenLevel1.isEmpty, owner: department ?? fallback))
            }
            guard let index = current else {
                reject(line, raw, "指标行前面没有项目 (indicator row with no project above it)")
                continue
            }
            // The copy's last line, cut short: a row there without its value is cut before it, one
            // ending in its value may have it cut.
            let endsCopy = line == cutLine && lineEnd == body.endIndex
            if value.isEmpty {
                if endsCopy {
                    reject(line, raw, Self.cutRow)
                    continue
                }
                findings.append(Self.valueMissing(name, in: projects[index], source: source(line)))
            } else if endsCopy, !cutAtCellEdge, row.last(where: { !$0.isEmpty }) == value {
                findings.append(Self.valueMaybeCut(name, value: value, in: projects[index], source: source(line)))
            } else if endsCopy, Self.unitMayBeCut(value: value, unit: indicator.unitAsWritten,
                                                  unitAfterValue: unitColumns.contains { $0 > (row.lastIndex { !$0.isEmpty } ?? .max) }) {
                findings.append(Self.valueMaybeCut(name, value: value, in: projects[index], source: source(line), unitCut: true))
            }
            projects[index].indicators.append(indicator)
            rowsRead += 1
            rowsWritten += 1
        }
        if waiting != nil { openWaiting() }
        for department in departmentTotals { checkUnitsSpending(of: department.org, total: department.total, line: department.line, from: department.first) }
        if keepsRows == true { placeProjectsAtGroupEnds(tableRows, projectLines: projectLines, headerLine: headerLine) }
        readingNotes.append("部门项目表（行 \(headerLine)）的列：" + table.fields.sorted { $0.key < $1.key }.map { _, entry in
            "\(entry.title)→\(Self.fieldLabel(entry.field))"
        }.joined(separator: "，"))
        if filledRows > 0 {
            readingNotes.append("部门项目表（行 \(headerLine)）有 \(filledRows) 行重复上一行的项目名称和预算数（合并单元格拆开后向下填充），按同一项目读取，预算只计一次")
        }
        return true
    }

    /// Appends a project read from a table's row and returns its index. `ownerListed`: the owner
    /// of the last project, in `departments` since (a department's rows follow each other, and
    /// looking it up compares names with every department before it).
    mutating func openProject(_ name: String, budgetText: String, goal: String, line: Int, owner: OrgName, unit: OrgName?,
                              whole: Bool, money: MoneyUnit, titleLine: Int, ownerListed: inout OrgName?) -> Int {
        if ownerListed != owner {
            if !departments.contains(where: { $0.org == owner }) {
                departments.append(Department(org: owner, statedTotal: nil, source: source(titleLine)))
            }
            ownerListed = owner
        }
        var project = Project(department: owner, unit: unit, nameAsWritten: name, budget: MoneyText.wan(budgetText, unit: money),
                              budgetAsWritten: budgetText, goal: goal, source: source(line))
        project.name = TextCleaning.cleanName(name)
        if whole { project.kind = .departmentWhole }
        if project.budget == nil {
            findings.append(Finding(severity: .warning, rule: RuleID.budgetMissing,
                message: "\(whole ? "资金总额" : "项目预算数")缺失或不是数字：「\(budgetText)」", county: "",
                department: owner.description, project: project.name, source: source(line), stage: "load"))
        }
        projects.append(project)
        return projects.count - 1
    }

    /// A department's row over its units' rows in a table of whole spending: its 资金总额 is the
    /// sum of its units' (from `start` in `projects`), said in a reading note, or a finding where not.
    mutating func checkUnitsSpending(of department: OrgName, total: Double, line: Int, from start: Int) {
        let units = projects[start...].filter { $0.department == department && $0.kind == .departmentWhole }
        guard !units.isEmpty else { return }
        let sum = roundMoney(units.compactMap(\.budget).reduce(0, +))
        guard abs(sum - total) > AggregateStage.defaultTolerance else {
            readingNotes.append("部门「\(department)」（行 \(line)）资金总额 \(fmt(total)) 万元，与其下 \(units.count) 个单位的资金总额之和一致")
            return
        }
        findings.append(Finding(severity: .error, rule: RuleID.totalMismatch,
            message: "部门资金总额 \(fmt(total)) 万元与其下 \(units.count) 个单位的资金总额之和 \(fmt(sum)) 万元不符（差 \(fmt(sum - total)) 万元）",
            county: "", department: department.description, source: source(line), stage: "load"))
    }

    /// Why the row a copy ends in (cut short inside it, `cutLine`) is rejected.
    static let cutRow = "复制的文字在这一行截断，这一行不完整 (the copy ends inside this row)"

    /// Whether a row holds level labels and, in its other columns, blank marks
    /// (`placeholder_names`) and value types (`value_types`) only, one at least: the form says
    /// the group is empty. Labels alone are a row cut short (rejected, not taken for structure).
    func isEmptyGroup(_ row: [String], levelColumns: [Int]) -> Bool {
        var labelled = false, marked = false
        for column in row.indices where !row[column].isEmpty {
            if levelColumns.contains(column) { labelled = true; continue }
            let compact = vocabulary.folded(row[column])
            guard vocabulary.isBlankMark(compact) else { return false }
            marked = true
        }
        return labelled && marked
    }

    /// A budget in `columns` of a later row of the project at `index`, when its own row gave
    /// none: taken, and the project's `budget.missing` warning withdrawn.
    mutating func takeProjectField(_ columns: [Int], from row: [String], into index: Int, money: MoneyUnit, line: Int) {
        guard projects[index].budgetAsWritten.isEmpty, case let written = ProjectTable.text(columns: columns, in: row),
              !written.isEmpty else { return }
        projects[index].budgetAsWritten = written
        projects[index].budget = MoneyText.wan(written, unit: money)
        guard projects[index].budget != nil else { return }
        let project = projects[index]
        findings.removeAll { $0.rule == RuleID.budgetMissing && $0.source == project.source && $0.project == project.name }
    }

    /// A total row's amount: where the projects it adds up (from `start` on) belong to one
    /// department, that department's stated total, which aggregate checks against their sum;
    /// where they belong to several, checked against them all here.
    mutating func readTotal(_ text: String, money: MoneyUnit, of start: Int, line: Int) {
        guard let stated = MoneyText.wan(text, unit: money) else { return }
        let owners = Set(projects[start...].map(\.department))
        guard owners.count == 1, let owner = owners.first, let index = departments.firstIndex(where: { $0.org == owner }) else {
            // Several departments' projects above it (a table's grand total): checked against them
            // all here, as no department's total is it.
            let sum = roundMoney(projects[start...].compactMap(\.countedBudget).reduce(0, +))
            // Aggregate checks each department's total; this is read before it, with its default.
            let agrees = abs(sum - stated) <= AggregateStage.defaultTolerance
            readingNotes.append("合计行（行 \(line)）\(fmt(stated)) 万元：其上的项目属于 \(owners.count) 个部门，按其上全部 \(projects.count - start) 个项目核对，" + (agrees ? "一致" : "不符"))
            if !agrees {
                findings.append(Finding(severity: .error, rule: RuleID.totalMismatch,
                    message: "合计行 \(fmt(stated)) 万元与其上 \(owners.count) 个部门 \(projects.count - start) 个项目的预算之和 \(fmt(sum)) 万元不符（差 \(fmt(sum - stated)) 万元）",
                    county: "", source: source(line), stage: "load"))
            }
            return
        }
        guard let existing = departments[index].statedTotal else {
            departments[index].statedTotal = stated
            return
        }
        if existing != stated {
            findings.append(Finding(severity: .warning, rule: RuleID.totalRepeatDiffers,
                message: "部门合计在表中两处写法不同：\(fmt(existing)) 与 \(fmt(stated))",
                county: "", department: owner.description, source: source(line), stage: "load"))
        }
    }

    static func fieldLabel(_ field: ProjectTable.Field) -> String {
        switch field {
        case .organisation: return "单位"
        case .project: return "项目"
        case .budget: return "预算"
        case .goal: return "年度目标"
        case .organisationOrProject: return "单位或项目"
        case .organisationCode: return "单位代码"
        case .column(let role): return columnLabel(role)
        }
    }
}
