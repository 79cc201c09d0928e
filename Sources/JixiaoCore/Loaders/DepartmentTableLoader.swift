import Foundation

/// Layout A: one tab-separated table per department (部门预算项目支出绩效目标申报表), as in
/// seed 000 (Pingwu county). Handles the quirks the README lists: repeated page headers and
/// department totals, projects split by a page break, wrapped cells, and rows shifted one
/// column left (level-1 in column 1) or right (an extra leading cell).
public enum DepartmentTableLoader: LayoutLoader {
    public static let layout = Layout.departmentTable

    /// The columns of the form, in the order of `NamedLayouts.departmentRoles`.
    enum Column: Int, CaseIterable {
        case unit, project, budget, goal, level1, level2, level3, comparison, value, measure, weight, direction
    }

    /// Layout A's header as `Data/layouts.yaml` describes it (`department_table`): the column
    /// titles by role, the titles required and how many make a header. Columns are found by
    /// title, not position.
    struct Header {
        let titles: [String]
        let required: [String]
        let atLeast: Int

        init(_ configuration: NamedLayouts.DepartmentTable) {
            titles = NamedLayouts.departmentRoles.map { configuration.columns[$0] ?? "" }
            required = configuration.required
            atLeast = configuration.at_least
        }

        func column(_ title: String) -> Column? {
            guard !title.isEmpty, let index = titles.firstIndex(where: title.sameText) else { return nil }
            return Column(rawValue: index)
        }

        /// The seed's own header: the required titles with nearly all of its twelve. Other
        /// departments' tables (other titles, other order) go to the generic reader's project table.
        func matches(_ cells: [String]) -> Bool {
            guard required.allSatisfy({ title in cells.contains { $0.sameText(title) } }) else { return false }
            return cells.reduce(0) { column($1) == nil ? $0 : $0 + 1 } >= atLeast
        }
    }

    /// Where each column stands in this file: an array by column, looked up on every row.
    struct ColumnPositions {
        private var positions = [Int?](repeating: nil, count: Column.allCases.count)
        private(set) var isEmpty = true
        /// The rightmost column position (0 when none).
        var last: Int { positions.lazy.compactMap { $0 }.max() ?? 0 }

        subscript(column: Column) -> Int? {
            get { positions[column.rawValue] }
            set { positions[column.rawValue] = newValue; isEmpty = false }
        }
    }

    /// The indicator fields in the order the form lays them out, from 一级指标 on.
    static let indicatorFields: [Column] = [.level1, .level2, .level3, .comparison, .value, .measure, .weight, .direction]

    public static func accepts(_ text: String, layouts: NamedLayouts) -> Bool {
        let header = Header(layouts.departmentTable)
        // The header stands near the top: look at the first 200 non-empty lines only.
        var seen = 0
        var found = false
        TextCleaning.forEachLine(text) { line in
            found = header.matches(TextCleaning.cells(line))
            seen += 1
            return !found && seen < 200
        }
        return found
    }

    static func clean(_ cell: String) -> String {
        TextCleaning.trimSpaces(Substring(cell))
    }

    public static func load(text: String, file: String, countyOverride: String?, layouts: NamedLayouts) throws -> CountyDocument {
        var reader = Reader(file: file, header: Header(layouts.departmentTable))
        for (index, line) in TextCleaning.lines(text).enumerated() {
            reader.read(line: line, number: index + 1)
        }
        return try reader.finish(countyOverride: countyOverride)
    }

    /// The state of a top-to-bottom read: the current department, unit and project hold
    /// for the rows below them until a new one appears, across page breaks.
    struct Reader: LayoutReader {
        let file: String
        let header: Header
        var columns = ColumnPositions()
        var moneyUnit: MoneyUnit?
        var departments: [Department] = []
        var projects: [Project] = []
        var currentDepartment: OrgName?
        var currentUnit: OrgName?
        var currentProject: Int?
        var rowsRead = 0
        var rowsWritten = 0
        var structureLines = 0
        var rejected: [RejectedRow] = []
        var findings: [Finding] = []
        var pageHeaderSeen = false

        init(file: String, header: Header) {
            self.file = file
            self.header = header
        }

        /// A content row that became a record (see `reject` for the others).
        mutating func accept() {
            rowsRead += 1
            rowsWritten += 1
        }

        func cell(_ cells: [String], _ column: Column) -> String {
            guard let index = columns[column], index < cells.count else { return "" }
            return cells[index]
        }

        mutating func read(line: Substring, number: Int) {
            let cells = TextCleaning.cells(line)
            let nonEmpty = cells.reduce(0) { $1.isEmpty ? $0 : $0 + 1 }
            if nonEmpty == 0 { return }

            if header.matches(cells) {
                if columns.isEmpty {
                    for (index, title) in cells.enumerated() {
                        if let column = header.column(title) { columns[column] = index }
                    }
                }
                pageHeaderSeen = true
                structureLines += 1
                return
            }
            if columns.isEmpty {
                // Title and money-unit lines above the first header.
                let raw = String(line)
                if let unit = MoneyUnit.detect(in: raw), raw.containsText("金额单位") || raw.containsText("单位：") {
                    stateUnit(unit)
                }
                if nonEmpty > 1 {
                    reject(number, raw, "表头之前的数据行 (data before the table header 单位名称…三级指标)")
                } else {
                    structureLines += 1
                }
                return
            }
            // A file joining several departments' tables repeats their titles.
            if nonEmpty == 1, line.containsText("绩效目标申报表") || line.containsText("绩效目标表") {
                structureLines += 1
                return
            }
            if nonEmpty == 1, let unit = MoneyUnit.fromUnitLine(line) {
                stateUnit(unit)
                structureLines += 1
                return
            }
            readContent(cells, line: line, number: number)
        }

        mutating func readContent(_ cells: [String], line: Substring, number: Int) {
            var raw: String { String(line) }  // only rejected rows need it
            var cells = cells
            var fields = indicatorCells(&cells, number: number)
            let first = cell(cells, .unit)
            let hasIndicator = fields.contains { !$0.isEmpty }
            let projectName = cell(cells, .project)

            // Column 1: a department (`201-…`), or a unit below it (`201001-…`).
            if !first.isEmpty {
                let org = OrgName(parsing: first)
                if let dept = currentDepartment, let code = org.code, let deptCode = dept.code,
                   code.count > deptCode.count, code.hasPrefix(deptCode) {
                    currentUnit = org
                } else if org.code != nil
                            || (projectName.isEmpty && !hasIndicator && TextCleaning.number(cell(cells, .budget)) != nil) {
                    // A department: `201-…`, or an uncoded name with its total beside it.
                    let stated = TextCleaning.number(cell(cells, .budget)).map { moneyUnitOrDefault.toWan($0) }
                    if let existing = departments.firstIndex(where: { $0.org == org }) {
                        // A page header repeats the department row.
                        if departments[existing].statedTotal != stated {
                            findings.append(Finding(severity: .warning, rule: RuleID.totalRepeatDiffers,
                                message: "部门合计在分页处重复时数值不同：\(departments[existing].statedTotal.map(fmt) ?? "空") 与 \(stated.map(fmt) ?? "空")",
                                county: "", department: org.description, source: source(number), stage: "load"))
                        }
                        if currentDepartment != org { currentUnit = nil }
                    } else {
                        if stated != nil && moneyUnit == nil { readBeforeUnit.departments.append(departments.count) }
                        departments.append(Department(org: org, statedTotal: stated, source: source(number)))
                        currentUnit = nil
                        currentProject = nil
                    }
                    currentDepartment = org
                    if projectName.isEmpty && !hasIndicator {
                        structureLines += 1
                        return
                    }
                }
            }

            if !projectName.isEmpty {
                guard let department = currentDepartment else {
                    reject(number, raw, "项目出现在任何部门行之前 (project row before any department row 201-…)")
                    currentProject = nil
                    return
                }
                let budgetText = cell(cells, .budget)
                var project = Project(department: department, unit: currentUnit,
                                      nameAsWritten: projectName,
                                      budget: TextCleaning.number(budgetText).map { moneyUnitOrDefault.toWan($0) },
                                      budgetAsWritten: budgetText,
                                      goal: cell(cells, .goal), source: source(number))
                if project.budget == nil {
                    findings.append(Finding(severity: .warning, rule: RuleID.budgetMissing,
                        message: "项目预算数缺失或不是数字：「\(budgetText)」", county: "",
                        department: department.description, project: projectName,
                        source: source(number), stage: "load"))
                }
                project.name = TextCleaning.cleanName(projectName)
                if project.budget != nil && moneyUnit == nil { readBeforeUnit.projects.append(projects.count) }
                projects.append(project)
                currentProject = projects.count - 1
            }

            guard hasIndicator else {
                if projectName.isEmpty {
                    reject(number, raw, "无法识别的行：既不是部门、项目，也不是指标 (not a department, project or indicator row)")
                } else {
                    accept()
                }
                return
            }
            guard let projectIndex = currentProject else {
                reject(number, raw, "指标行前面没有项目 (indicator row with no project above it)")
                return
            }
            while fields.count < indicatorFields.count { fields.append("") }
            let field = { (column: Column) in fields[column.rawValue - Column.level1.rawValue] }  // level1…direction in order
            if field(.level3).isEmpty && field(.value).isEmpty {
                reject(number, raw, "指标行缺少三级指标名称和指标值 (indicator row without a level-3 name or value)")
                return
            }
            let indicator = Indicator(level1Label: field(.level1), level2Label: field(.level2),
                                      nameAsWritten: field(.level3), comparisonAsWritten: field(.comparison),
                                      valueAsWritten: field(.value), unitAsWritten: field(.measure),
                                      weightAsWritten: field(.weight), directionAsWritten: field(.direction),
                                      source: source(number))
            projects[projectIndex].indicators.append(indicator)
            accept()
        }

        var moneyUnitOrDefault: MoneyUnit { moneyUnit ?? .wanYuan }

        /// Amounts read in the default unit before any unit line: a unit line below the
        /// table (or further down) states their unit too.
        var readBeforeUnit: (projects: [Int], departments: [Int]) = ([], [])

        mutating func stateUnit(_ unit: MoneyUnit) {
            if moneyUnit == nil {
                for index in readBeforeUnit.projects { projects[index].budget = projects[index].budget.map(unit.toWan) }
                for index in readBeforeUnit.departments where index < departments.count {
                    departments[index].statedTotal = departments[index].statedTotal.map(unit.toWan)
                }
                readBeforeUnit = ([], [])
            }
            moneyUnit = unit
        }

        /// The eight indicator cells of a row, realigned when the row is shifted.
        mutating func indicatorCells(_ cells: inout [String], number: Int) -> [String] {
            guard let start = columns[.level1] else { return [] }
            // Short rows padded in place (a missing cell reads as empty anyway).
            // Every titled column is there too, wherever the header put it.
            let needed = max(start + indicatorFields.count + 1, columns.last + 1)
            if cells.count < needed { cells.append(contentsOf: repeatElement("", count: needed - cells.count)) }
            let first = cells[columns[.unit] ?? 0]
            let looksLikeLabel = { (text: String) in text.endsWithText("指标") && OrgName(parsing: text).code == nil }

            // Shifted left: the level-1 label stands in column 1, the rest one column early
            // (only in the form's own order, with three columns before 一级指标).
            if start >= 3, looksLikeLabel(first), cells[(start - 3)..<start].allSatisfy(\.isEmpty) {
                cells[columns[.unit] ?? 0] = ""
                findings.append(Finding(severity: .info, rule: RuleID.rowShiftedLeft,
                    message: "该行整体左移一列（一级指标写在单位名称列），已按列名重新对齐", county: "",
                    source: source(number), stage: "load"))
                return [first] + Array(cells[start..<(start + indicatorFields.count - 1)])
            }
            // Shifted right: an extra leading cell pushes the level-1 label one column on
            // (both labels moved; a row whose merged level-1 cell is just blank is not shifted).
            if cells[start].isEmpty, looksLikeLabel(cells[start + 1]), looksLikeLabel(cells[start + 2]),
               cells[columns[.project] ?? 1].isEmpty {
                findings.append(Finding(severity: .info, rule: RuleID.rowShiftedRight,
                    message: "该行整体右移一列（多出一个前导空单元格），已按列名重新对齐", county: "",
                    source: source(number), stage: "load"))
                return Array(cells[(start + 1)..<(start + 1 + indicatorFields.count)])
            }
            return Array(cells[start..<(start + indicatorFields.count)])
        }

        func finish(countyOverride: String?) throws -> CountyDocument {
            guard !columns.isEmpty else {
                throw LoadError(file: file, message: "没有找到表头 (no table header 单位名称…三级指标 found)")
            }
            var extra: [Finding] = []
            if moneyUnit == nil {
                extra.append(Finding(severity: .warning, rule: RuleID.moneyUnitMissing,
                    message: "文件没有写明金额单位，按万元处理", county: "",
                    source: SourceRef(file: file, line: 1), stage: "load"))
            }
            return document(layout: layout, countyOverride: countyOverride, extraFindings: extra)
        }
    }
}

