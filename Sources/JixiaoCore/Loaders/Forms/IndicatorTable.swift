import Foundation

/// The indicator table of a form: its columns as the header names them, and its rows read
/// from cells that may have lost their places (merged cells dropped, one cell per line,
/// glued text). Level-1 and level-2 labels are a closed vocabulary; a level-3 name is any
/// other text; what follows a name fills the columns after the name column in order, told
/// apart by the shape of values.
struct IndicatorTable {
    /// The columns after the name column, in header order.
    var tail: [(role: FormVocabulary.ColumnRole, title: String)]
    /// Each of `tail`'s columns' place in a grid rendering (a table from a workbook, Word, a
    /// web page, CSV or tabs), where its title stood in a column of its own; else nil.
    var tailGridColumns: [Int?] = []
    /// Text one cell a line writing its empty cells (`|` lines, `FormCell.emptyCellsBefore`) keeps
    /// the places of the columns a row leaves blank, unless its header was written with empty cells
    /// between its titles (merged cells' spans).
    var emptyCellsKeepPlaces = false
    /// In a grid, the first column the header names, and the titles of the columns left of it
    /// (序号) by grid column: serial numbers under those titles are kept on the row, never
    /// read as names.
    var firstGridColumn: Int?
    var leadingTitles: [Int: String] = [:]
    /// One cell a line, the serial title written just before the header's first title (`序号` /
    /// `三级指标` / `年度指标值`): each row opens with its number, counted on (1, 2 …), kept on the
    /// row, never read as a name or a target.
    var serialTitle: String?
    /// Columns between the labels and the name column (an explanation written before the
    /// name, in some templates): a row's first cells.
    var head: [(role: FormVocabulary.ColumnRole, title: String)] = []
    /// The header writes the levels again after the targets (a second set of targets, 中期 and 年度):
    /// a row's labels after its name are that set's cells, no new group.
    var repeatsLevels = false
    /// The tail columns of the second set's level 2: merged down its group like the first set's, a
    /// row holds its label only where the group starts.
    var repeatedLevel2: Set<Int> = []
    /// The tail column of the second set's indicator name (its 三级指标).
    var repeatedNames: Set<Int> = []
    /// The title of the whole period's target column, where the goal headings name the period
    /// first (`periodGoalHeading`): a row whose year's target is blank takes the period's.
    var periodTargetTitle: String?
    let vocabulary: FormVocabulary
    let shape: ValueShape
    /// Text where a blank line between two lines means the same cell wrapped, and no blank
    /// line the next cell (PDF text of forms like 原州区's, `blank_line_continues_cell` in
    /// `Data/layouts.yaml`): a line after a blank continues the name being read.
    var blankLineWraps = false
    /// The word numbering indicators (`指标1：`): a numbered cell starts a new row, and a
    /// numbered line holding a space holds its value after the last space.
    var numbering: String?
    /// Whether a label is a level 1 some forms place under another level 1 as a level 2
    /// (`成本指标` under 产出指标, `level2_as_level1` of `Data/framework.yaml`, its aliases and a hint
    /// after it too: `成本指标(必填硬性指标)`): where such a label comes inside a group that has
    /// level-2 labels and no level-2 label follows it, it is the group's level 2.
    var isLevel1UsedAsLevel2: (_ label: FormCell) -> Bool = { _ in false }
    /// Whether a label is one the framework takes as a level 1 standing for several
    /// (`level1_spanning` of `Data/framework.yaml`: 效果指标 for 效益指标 and 满意度指标).
    var isSpanningLevel1: (_ label: FormCell) -> Bool = { _ in false }
    /// The header's level-1 and level-2 columns before the name column, in order, with their
    /// places in a grid: a row holding more cells than its columns has labels in them that the
    /// vocabulary has no word for (a local `数字指标`, a `预算执行(10分)` group).
    var labelColumns: [(level: Int, gridColumn: Int?)] = []

    /// An indicator as read, before it becomes an `Indicator`.
    struct Row {
        var level0 = ""
        var level1 = ""
        var level2 = ""
        /// The lines the level-1 and level-2 labels were written on (-1: none): a label on
        /// the name's line is the row's own, one above it was carried down.
        var level1Line = -1, level2Line = -1
        /// The line the level above the framework's (`实施效果指标`) was written on.
        var level0Line = -1
        var name: FormCell
        var cells: [FormCell] = []
        /// The line holds the whole row (two or more cells on the line).
        var isLineRow: Bool
        var guessed: [String] = []
        /// Cells of the columns before the name column.
        var headCells: [FormCell] = []
        /// Labels read from the row's own cells by their count (`labelColumns`), not by the
        /// vocabulary: the rows after it carry them as they carry any label.
        var labelsFromCells = false

        /// A label above the framework's, a level 1, a level 2 written on the row's own line, not carried.
        var writesLevel0: Bool { level0Line == name.line && !level0.isEmpty }
        var writesLevel1: Bool { level1Line == name.line && !level1.isEmpty }
        var writesLevel2: Bool { level2Line == name.line && !level2.isEmpty }
        /// The row as written, name first: what a rejected row shows.
        var text: String { ([name.text] + cells.map(\.text)).joined(separator: " ") }
    }

    /// Whether the goal's heading above the table names the whole period's goal before the year's
    /// (`中期目标(2024年—2026年) | 年度目标`, `period_goal_headings`): the table's sets of targets stand
    /// under them in that order. The heading as written; looked for back to the table before, if any.
    static func periodGoalHeading(_ cells: [FormCell], before start: Int, vocabulary: FormVocabulary) -> String? {
        var at = start
        while at > 0 {
            at -= 1
            if cells[at].columnTitle != nil { return nil }
            guard vocabulary.headsPeriodGoal(cells[at].compact) else { continue }
            let line = cells[at].line
            // The year's heading beside it on its line, or, one cell a line, on the next.
            let besideIt = cells[(at + 1)...].prefix { $0.line == line }
            let next = besideIt.isEmpty && at + 1 < cells.count ? cells[(at + 1)...(at + 1)] : besideIt
            return next.contains { $0.role == .key(.goal) } ? cells[at].text : nil
        }
        return nil
    }

    /// Reads the header starting at `start`: column titles, then, where the vocabulary has
    /// no word for a title, one target column per place (`西坪镇尧山村`, `新罗区`).
    static func header(_ cells: [FormCell], from start: Int, vocabulary: FormVocabulary)
        -> (table: IndicatorTable, bodyStart: Int, columns: [(role: FormVocabulary.ColumnRole, title: String)]) {
        var columns: [(role: FormVocabulary.ColumnRole, title: String)] = []
        var gridColumns: [Int?] = []  // beside `columns`
        var columnLines: [Int] = []  // beside `columns`, as read (before any second header row is merged in)
        var i = start
        let headerLine = cells[start].line
        while i < cells.count {
            let cell = cells[i]
            if case .column(let role)? = cell.role {
                columns.append((role, cell.text))
                gridColumns.append(cell.gridColumn)
                columnLines.append(cell.line)
            } else if cell.role == .tableLabel {
                // the vertical 绩效指标 label
            } else if case .key? = cell.role, i + 1 < cells.count, case .column? = cells[i + 1].role {
                // a key word used as the table's vertical label (`绩效目标` before 一级指标)
            } else if cell.role == nil, !columns.isEmpty, !cell.splitFromGlued, columns.contains(where: { $0.role == .level3 }),
                      !columns.contains(where: { $0.role == .value }), isValueTitle(cell, vocabulary: vocabulary) {
                // A target column titled the template's own way (预期值, 2022年目标值).
                columns.append((.value, cell.text))
                gridColumns.append(cell.gridColumn)
                columnLines.append(cell.line)
            } else if cell.role == nil, !columns.isEmpty {
                let places = placeNames(cell, vocabulary: vocabulary)
                if places.isEmpty {
                    // A title the vocabulary has no word for (指标类型, 考核内容), standing among the
                    // header's titles on their line: a column kept, not read; else the header ended.
                    guard !cell.splitFromGlued, i > start, cell.line == cells[i - 1].line,
                          cell.endsRow || cells[(i + 1)...].prefix(while: { $0.line == cell.line })
                              .contains(where: { if case .column? = $0.role { true } else { false } }) else { break }
                    columns.append((.kept, cell.text))
                    gridColumns.append(cell.gridColumn)
                    columnLines.append(cell.line)
                } else {
                    columns += places.map { (.place, $0) }
                    gridColumns += places.map { _ in places.count == 1 ? cell.gridColumn : nil }
                    columnLines += places.map { _ in cell.line }
                }
            } else {
                break
            }
            let endsHeaderRow = cell.endsRow && cell.line >= headerLine
            i += 1
            if endsHeaderRow, !columns.isEmpty, i < cells.count {
                // A second header row of column titles under group headings (绩效指标 over 一级 /
                // 二级 / 三级指标, 指标值 over 中长期 / 年度目标值), in a grid: each grid column takes
                // the lower title, a heading standing over titles is no column of its own.
                let lower = cells[i...].prefix { $0.line == cells[i].line }
                if lower.count >= 2, lower.last?.endsRow == true, gridColumns.allSatisfy({ $0 != nil }),
                   lower.allSatisfy({ cell in
                       if case .column? = cell.role { return cell.gridColumn != nil }
                       return false
                   }) {
                    var byColumn: [Int: (role: FormVocabulary.ColumnRole, title: String)] = [:]
                    for (index, column) in columns.enumerated() { byColumn[gridColumns[index]!] = column }
                    for cell in lower { if case .column(let role)? = cell.role { byColumn[cell.gridColumn!] = (role, cell.text) } }
                    let ordered = byColumn.keys.sorted()
                    columns = ordered.map { byColumn[$0]! }
                    gridColumns = ordered
                    i += lower.count
                    break
                }
                // The same without grid columns (`|` after each cell, a merged cell written once):
                // the lower titles take the place of the target title they divide. The lower row
                // may start with a title broken onto a line of its own (`一级 指标 |`, then the rest).
                let titles = cells[i...].prefix { $0.columnTitle != nil }
                let lowerRow = titles.firstIndex { $0.endsRow }.map { titles[...$0] } ?? lower
                if lowerRow.count >= 2, lowerRow.last?.endsRow == true, gridColumns.allSatisfy({ $0 == nil }),
                   lowerRow.allSatisfy({ $0.columnTitle != nil }), let divided = Self.dividing(columns, lowerRow.compactMap(\.columnTitle)) {
                    columns = divided
                    gridColumns = columns.map { _ in nil }
                    i += lowerRow.count
                    break
                }
                // A second header row of place names under a spanning 目标值 title.
                let next = cells[i...].prefix { $0.line == cells[min(i, cells.count - 1)].line }
                if let last = next.last, last.endsRow, next.allSatisfy({ $0.role == nil }),
                   next.allSatisfy({ placeNames($0, vocabulary: vocabulary).count == 1 }) {
                    columns += next.map { (.place, $0.text) }
                    gridColumns += next.map(\.gridColumn)
                    columnLines += next.map(\.line)
                    i += next.count
                    break
                }
                // A header row whose cells wrapped onto the next lines (`一级 指标 |` / `二级 指标 |` /
                // `三级 指标 |` / `指标值 | …`) and is no division of the titles above: its titles
                // go on, up to the repeated levels of a second set of targets (`repeatsLevels`).
                // (A title broken over lines and joined back, `一级` / `指标`, ends on its last line.)
                if gridColumns.allSatisfy({ $0 == nil }), cells[i].columnTitle != nil, cells[i].line == cell.line + cell.lineCount {
                    continue
                }
                break
            }
        }
        // One title a line, or titles glued (in one run, or each header row run together on its
        // line): the lower row's titles come after the upper row's, the targets they divide last
        // (`指标值` … `权重` / `数值` / `计量单位`).
        let gluedTitles = cells[start..<i].contains { $0.splitFromGlued && $0.columnTitle != nil }
        // So do two header rows copied as one line: the level titles after the target titles with
        // none before them (`年度指标值 | 实际完成值 | 分值 | 一级指标 | … | 指标性质 | 指标值 | 度量单位`).
        let levelsAfterTargets = columns.firstIndex(where: { $0.role.holdsValue }).map { target in
            !columns[..<target].contains { $0.role.isLevel } && columns[(target + 1)...].contains { $0.role == .level1 }
        } ?? false
        if gridColumns.allSatisfy({ $0 == nil }), Set(columnLines).count == columns.count || gluedTitles || levelsAfterTargets,
           let last = columns.indices.last(where: { !Self.dividesTarget(columns[$0].role) }), last + 1 < columns.count,
           let divided = Self.dividing(Array(columns[...last]), Array(columns[(last + 1)...])) {
            columns = divided
            gridColumns = columns.map { _ in nil }
        }
        // Levels written again after the targets (a 批复表's 中期 | 年度 sets: 一级 | 二级 | 三级 | 指标值 |
        // 二级 | 三级 | 计划指标值): the second set's level and name columns are kept, its target is the
        // other set of targets; its labels then stand inside each row (`repeatsLevels`).
        // Where the first set's target is the whole period's (东莞's 实施周期指标值 | … | 当年度指标值),
        // the second set's is the year's: the target.
        // So where the goal's heading names the whole period before the year (财政部's 申报表:
        // `中期目标(2024年—2026年) | 年度目标` over `… | 指标值 | 二级指标 | 三级指标 | 指标值`).
        var repeatsLevels = false
        var repeatedLevel2: [Int] = []
        var repeatedNames: [Int] = []
        var periodTargetTitle: String?
        if let firstValue = columns.firstIndex(where: { $0.role.takesValue }),
           columns[(firstValue + 1)...].contains(where: { $0.role == .level3 }), columns[..<firstValue].contains(where: { $0.role == .level3 }) {
            repeatsLevels = true
            var firstIsPeriods = columns[firstValue].role == .alternative
            if columns[firstValue].role.holdsValue, let heading = periodGoalHeading(cells, before: start, vocabulary: vocabulary) {
                // Named after its heading among the row's other columns (`中期目标(2024年—2026年) 指标值=≥57个`).
                columns[firstValue] = (.alternative, heading + " " + columns[firstValue].title)
                periodTargetTitle = columns[firstValue].title
                firstIsPeriods = true
            }
            for at in (firstValue + 1)..<columns.count {
                switch columns[at].role {
                case .level2:
                    columns[at].role = .kept
                    repeatedLevel2.append(at)
                case .level1: columns[at].role = .kept
                case .level3:
                    columns[at].role = .kept
                    repeatedNames.append(at)
                case let role where role.holdsValue && !firstIsPeriods: columns[at].role = .alternative
                default: break
                }
            }
        }
        // An unknown title alone between the level-1 and level-3 titles, with no level-2 title, is
        // the level-2 column titled the template's own way (`一级指标 | 指标类型 | 三级指标`).
        if !columns.contains(where: { $0.role == .level2 }),
           let first = columns.firstIndex(where: { $0.role == .level1 }), let third = columns.firstIndex(where: { $0.role == .level3 }),
           third == first + 2, columns[first + 1].role == .kept {
            columns[first + 1].role = .level2
        }
        // A value title standing over the place columns is their group heading, not a column.
        if let firstPlace = columns.firstIndex(where: { $0.role == .place }), firstPlace > 0,
           columns[firstPlace - 1].role == .value {
            columns.remove(at: firstPlace - 1)
            gridColumns.remove(at: firstPlace - 1)
        }
        // Two name titles side by side (`三级指标 | 指标内容 | 指标值及单位`, 湖南's 部门整体 form): the first
        // names the indicator, the next describes it, kept.
        for at in columns.indices.dropFirst().reversed() where columns[at].role == .level3 && columns[at - 1].role == .level3 {
            columns[at].role = .kept
        }
        let nameColumn = columns.lastIndex { $0.role == .level3 }
            ?? columns.lastIndex { $0.role == .level2 }
            ?? columns.lastIndex { $0.role == .level1 }
        let tailColumns = nameColumn.map { Array(($0 + 1)..<columns.count) }
            ?? columns.indices.filter { columns[$0].role != .level0 && columns[$0].role != .level1 && columns[$0].role != .level2 }
        var table = IndicatorTable(tail: tailColumns.map { columns[$0] }, vocabulary: vocabulary, shape: ValueShape(vocabulary: vocabulary))
        table.repeatsLevels = repeatsLevels
        table.repeatedLevel2 = Set(tailColumns.indices.filter { repeatedLevel2.contains(tailColumns[$0]) })
        table.repeatedNames = Set(tailColumns.indices.filter { repeatedNames.contains(tailColumns[$0]) })
        table.periodTargetTitle = periodTargetTitle
        table.tailGridColumns = tailColumns.map { gridColumns[$0] }
        // A header written with empty cells between its titles spans merged cells with them: the
        // body's empty cells then fill spans too, and keep no column's place.
        table.emptyCellsKeepPlaces = !cells[start..<i].dropFirst().contains { $0.emptyCellsBefore > 0 }
        table.firstGridColumn = gridColumns.compactMap { $0 }.min()
        // (Or on the header's line, in rows that keep no column places: `序号 | 一级指标 | …` / `1 | 产出指标 | …`.)
        if start > 0, cells[start - 1].gridColumn == nil, vocabulary.isSerialTitle(cells[start - 1].compact) {
            table.serialTitle = cells[start - 1].text
        }
        if let first = table.firstGridColumn {
            for at in cells[..<start].indices.reversed() where cells[at].line == headerLine {
                if let column = cells[at].gridColumn, column < first { table.leadingTitles[column] = cells[at].text }
            }
        }
        if let nameColumn {
            let lastLabel = columns[..<nameColumn].lastIndex { $0.role == .level0 || $0.role == .level1 || $0.role == .level2 }
            table.head = Array(columns[((lastLabel ?? -1) + 1)..<nameColumn])
            table.labelColumns = columns[..<nameColumn].indices.compactMap { at in
                switch columns[at].role {
                case .level1: (1, gridColumns[at])
                case .level2: (2, gridColumns[at])
                default: nil
                }
            }
        }
        return (table, i, columns)
    }

    /// Place names heading one target column each; glued ones are cut after each place
    /// ending (`笏石街道办埭头镇` → 笏石街道办, 埭头镇).
    /// A short title ending as the vocabulary's target titles end (`value_title_endings`).
    static func isValueTitle(_ cell: FormCell, vocabulary: FormVocabulary) -> Bool {
        let text = cell.compact
        return text.count <= 10 && vocabulary.valueTitleEndings.contains { $0.count < text.count && text.suffix($0.count).elementsEqual($0) }
    }

    static func placeNames(_ cell: FormCell, vocabulary: FormVocabulary) -> [String] {
        let text = cell.compact
        guard text.count >= 2 else { return [] }
        let ends = { (piece: ArraySlice<Unicode.Scalar>, endings: [[Unicode.Scalar]]) in
            endings.contains { $0.count < piece.count && piece.suffix($0.count).elementsEqual($0) }
        }
        if !cell.splitFromGlued {
            return text.count <= 12 && ends(text[...], vocabulary.placeEndings) ? [cell.text] : []
        }
        var names: [ArraySlice<Unicode.Scalar>] = []
        var start = 0
        var i = 1
        while i < text.count {
            if let ending = vocabulary.placeEndings.first(where: { i + $0.count <= text.count && text[i..<(i + $0.count)].elementsEqual($0) }),
               i - start >= 1 {
                let end = i + ending.count
                names.append(text[start..<end])
                start = end
                i = end + 1
                continue
            }
            i += 1
        }
        guard start == text.count, names.allSatisfy({ $0.count <= 12 }) else { return [] }
        // A township then its village, in turn (`西坪镇尧山村桃舟乡吾培村…`): one column each pair.
        if names.count >= 4, names.count % 2 == 0,
           names.indices.allSatisfy({ ends(names[$0], vocabulary.villageEndings) == ($0 % 2 == 1) }) {
            names = stride(from: 0, to: names.count, by: 2).map { text[names[$0].startIndex..<names[$0 + 1].endIndex] }
        }
        return names.map { String(scalars: $0) }
    }

    /// Columns a target title may be divided into (数值 | 计量单位, 长期指标值 | 年度指标值, ≥ | 值).
    static func dividesTarget(_ role: FormVocabulary.ColumnRole) -> Bool {
        role.takesValue || role == .unit || role == .comparison
    }

    /// The upper row's titles with its target title replaced by the lower row's titles under it
    /// (two or more, all of them targets, units or operators, one a target); level titles among
    /// the lower ones stand before it (绩效指标 | 指标值 over 一级 … | 中长期 | 年度目标值). Nil
    /// where the upper row has no target title or the lower row is no division of one.
    static func dividing(_ upper: [(role: FormVocabulary.ColumnRole, title: String)],
                         _ lower: [(role: FormVocabulary.ColumnRole, title: String)]) -> [(role: FormVocabulary.ColumnRole, title: String)]? {
        let parts = lower.filter { !$0.role.isLevel }
        guard parts.count >= 2, parts.allSatisfy({ dividesTarget($0.role) }), parts.contains(where: { $0.role.holdsValue }),
              let target = upper.firstIndex(where: { $0.role.holdsValue }) else { return nil }
        // Level titles after the target title came from the lower row (one title a line): with
        // the lower row's own, they stand before it, as the grid has them.
        let before = Array(upper[..<target])
        let after = upper[(target + 1)...].filter { !$0.role.isLevel }
        let movedLevels = upper[(target + 1)...].filter { $0.role.isLevel }
            + lower.filter { $0.role.isLevel && !upper.map(\.role).contains($0.role) }
        let at = before.lastIndex { $0.role.isLevel }.map { $0 + 1 } ?? 0
        return Array(before[..<at]) + movedLevels + Array(before[at...]) + parts + after
    }

    /// A number written plainly (`9.3`, `10`, `10分`), as weights and scores are; not a
    /// percentage, as `TextCleaning.weight` reads one (`100% | 100%` is a target and its outcome).
    static func plainNumber(_ compact: [Unicode.Scalar]) -> Double? {
        let digits = compact.last == "分" ? compact.dropLast() : compact[...]
        guard !digits.isEmpty, ValueShape.isBareNumber(digits) else { return nil }
        return Double(String(String.UnicodeScalarView(digits)))
    }

    var valueSlots: Int { tail.filter { $0.role.holdsValue || $0.role == .comparison }.count }
    var placeCount: Int { tail.filter { $0.role == .place }.count }

    /// Reads the rows from `start` on; stops at a key, a title, page furniture, a note or heading
    /// under the table, another table's header, or the end. Returns the rows, the cells that could
    /// not be placed, and the cell the table ended at, unless a title or the text's end ended it.
    func rows(_ input: [FormCell], from start: Int, upTo end: Int? = nil) -> (rows: [Row], orphans: [FormCell], leading: [Int: [FormCell]], endedAt: FormCell?) {
        // Only glued text has words to merge back; other tables are read as they are, uncopied.
        let inputEnd = end ?? input.count
        let glued = (start..<inputEnd).contains { input[$0].splitFromGlued }
        let cells = glued ? Array(input[..<start]) + Self.mergingGluedWords(input[start..<inputEnd]) : input
        let limit = glued ? cells.count : inputEnd
        var rows: [Row] = []
        var orphans: [FormCell] = []
        // By line, the cells left of the table's first named column (a 序号 column).
        var leading: [Int: [FormCell]] = [:]
        var level0 = "", level1 = "", level2 = ""
        var level1Line = -1, level2Line = -1, level0Line = -1
        var pending: Row?
        var lastSerial = 0  // the last row's number, under a serial title (`serialTitle`)
        var pendingAfterLevel1 = false  // the pending row's name came right after a level-1 label
        let rowLines = Set((start..<cells.count).lazy.filter { cells[$0].endsRow }.map { cells[$0].line })
        // One cell a line with the empty cells written (`|` lines): each row takes as many places
        // after its name as the header has columns there, empty or not (`placesLeft`). Empty cells
        // right before the body's first cell end the header's row (`指标值 |` / `|`), no body row's.
        let placesKept = emptyCellsKeepPlaces && head.isEmpty && start < cells.count && cells[start].gridColumn == nil
            && (cells.withUnsafeBufferPointer { body in body[(start + 1)...].contains { $0.emptyCellsBefore > 0 } } || rowsFillEveryPlace(cells, from: start))

        // A glued run's total row or caption ends the table (`GluedRow.split`): nothing after it is read.
        var ended = false
        var setsJoined: Set<Int> = []  // rows that took their second set's row (`secondSetRow`)
        func flush() {
            guard !ended, let row = pending else { pending = nil; return }
            let (done, endsTable) = completed(row)
            ended = endsTable
            if let last = done.last, last.labelsFromCells {
                level1 = last.level1; level1Line = last.level1Line
                level2 = last.level2; level2Line = last.level2Line
            }
            for row in done {
                // A page's number alone where a name stands (`2、`, a document site's page break inside
                // a row) names nothing: its cells continue the row before.
                if !row.name.compact.isEmpty, Enumeration.length(row.name.compact) == row.name.compact.count,
                   !row.cells.isEmpty, let last = rows.indices.last {
                    rows[last].cells += row.cells
                } else if let last = rows.indices.last, let second = secondSetRow(row, after: rows[last]), !setsJoined.contains(last) {
                    // Two sets of targets glued (`…仪器≥57个数量指标鉴定校准实验室仪器≥57个`): the second
                    // set's row, its name written again, is the same row's year target.
                    rows[last].cells += second
                    setsJoined.insert(last)
                } else {
                    rows.append(row)
                }
            }
            pending = nil
        }

        var endedAt: FormCell?
        var i = start
        scan: while i < limit, !ended {
            var cell = cells[i]
            defer { i += 1 }
            // Inside the table a key word opening a longer cell is part of a name
            // (`中央预算内投资支付率`): the cell is joined back.
            if case .key? = cell.role, !cell.splitFromGlued, i + 1 < cells.count, cells[i + 1].piece == cell.piece,
               cells[i + 1].role == nil {
                cell = Self.joined(cells[i...].prefix { $0.piece == cell.piece })
                i += cells[i...].prefix { $0.piece == cell.piece }.count - 1
            }
            // A level 1 written again right after itself where the header has a level-2 column
            // (`满意度指标` / `满意度指标` / `群众满意度`): the template's level 2, worded as its level 1.
            let level1Repeated = i > start && cell.role == .label(level: 1) && cells[i - 1].role == cell.role
                && cells[i - 1].compact == cell.compact && level2.isEmpty && labelColumns.contains { $0.level == 2 }
                && !Self.levelTwoFollows(cells, after: i)
            if !level1Repeated, i > start,
               repeatsSpan(cell, after: cells[i - 1], pending: pending, in: cells, at: i) {
                if cell.endsRow { flush() }
                continue
            }
            // A level-2 label spelt as an alias, right after a level-2 label on the same line or right
            // before a value, is the indicator's name: forms name indicators after their level
            // (`社会效益指标 | 社会效益 | 明显`, `满意度指标 / 服务对象满意度 / ≥90%`).
            if cell.role == .label(level: 2), vocabulary.level2Aliases.contains(cell.compact),
               (i > start && cells[i - 1].line == cell.line && cells[i - 1].role == .label(level: 2)) || valueFollows(cells, i) {
                cell.role = nil
                // Its values run together after it (`服务对象满意度` | `5%95`, the vocabulary's cut in a
                // glued row): one run again, cut into name and values as the other glued rows are.
                if cell.splitFromGlued, i + 1 < cells.count, cells[i + 1].line == cell.line, cells[i + 1].splitFromGlued,
                   Self.numbersGlued(cells[i + 1].compact) {
                    cell = Self.joined(cells[i...(i + 1)])
                    i += 1
                }
            }
            // So is a level-1 label spelt as an alias after its row's level 2, on the same line or
            // right before a value (`满意度指标 | 服务对象满意度指标 | 满意度 | ≥ | 95`; one cell a line:
            // `服务对象满意度指标` / `满意度` / `90%`).
            if cell.role == .label(level: 1), !cell.splitFromGlued, vocabulary.level1Aliases.contains(cell.compact),
               i > start, cells[i - 1].role == .label(level: 2),
               cells[i - 1].line == cell.line || valueFollows(cells, i) {
                cell.role = nil
            }
            // A key word where a name stands, right after a label and before a value (`成本指标` /
            // `项目金额` / `5万元`), names an indicator: it had ended the table, the rows after it lost.
            if case .key? = cell.role, i > start, cells[i - 1].isLabel, i + 1 < cells.count, cells[i + 1].role == nil,
               shape.isValue(cells[i + 1].compact) {
                cell.role = nil
            }
            // The row being read is looked at and changed in place (`pending?.`, `pending!.`): a copy
            // changed and put back would copy its arrays of cells and scalars too.
            if blankLineWraps, cell.afterBlank, cell.gridColumn == nil, pending?.isLineRow == false, pending?.cells.isEmpty == true,
               case .label? = cell.role {
                // A name wrapped onto a line that is a label's word (`…政务公开工作` / `满意度`).
                pending!.name.text += cell.text
                pending!.name.compact += cell.compact
                continue
            }
            // Only a serial number under a column the header titles (序号 1, 2 …): a PDF's later
            // page may place its columns otherwise than the page its header stood on.
            if cell.role == nil, let column = cell.gridColumn, let first = firstGridColumn, column < first,
               leadingTitles[column] != nil, Self.isSerialNumber(cell.compact) {
                leading[cell.line, default: []].append(cell)
                continue
            }
            if isCutTableLabel(cells, at: i) { continue }
            if repeatsLevels, case .label? = cell.role, let row = pending, row.isLineRow, cell.line == row.name.line { cell.role = nil }
            // One cell a line, the second set's level 2 where the row's next place is that set's level-2
            // column, worded as the group's own (`鉴定校准实验室仪器` / `≥57个` / `数量指标` / `鉴定校准实验室仪器`
            // / `≥57个`, the group's first row; a level 1 used as the level 2, `成本指标`): the row's cell,
            // no new group.
            if repeatsLevels, cell.isLabel, let row = pending, !row.isLineRow,
               repeatedLevel2.contains(row.cells.count - head.count), cell.text.sameText(level2) {
                cell.role = nil
                pending!.cells.append(cell)
                continue
            }
            // A money key right after a level label is a row's name, not the next form's key: a cost
            // indicator named after the money it counts (`成本指标 | 基本支出 | ≤100万元`).
            if case .key(let key)? = cell.role, key.isAmount, i > start, cells[i - 1].isLabel { cell.role = nil }
            switch cell.role {
            case .label(let level)?:
                flush()
                switch level {
                // A level-0 word that some provinces' templates write at level 1 (广东's 效果指标 beside
                // 产出指标, `level1_spanning`), right before a level 2: the row's level 1.
                case 0 where isSpanningLevel1(cell) && Self.levelTwoFollows(cells, after: i):
                    level0 = ""; level0Line = -1; level1 = cell.text; level2 = ""; level1Line = cell.line
                case 0: level0 = cell.text; level1 = ""; level2 = ""; level0Line = cell.line
                case 1 where level1Repeated:
                    level2 = cell.text; level2Line = cell.line
                case 1 where !level1.isEmpty && !level2.isEmpty && isLevel1UsedAsLevel2(cell)
                    && !Self.levelTwoFollows(cells, after: i):
                    level2 = cell.text; level2Line = cell.line
                // Right after its row's level 1, where the header has a level-2 column (`产出指标` /
                // `成本指标` / `建设项目成本`): the row's level 2.
                case 1 where i > start && cells[i - 1].role == .label(level: 1) && level2.isEmpty && isLevel1UsedAsLevel2(cell)
                    && labelColumns.contains(where: { $0.level == 2 }) && !Self.levelTwoFollows(cells, after: i):
                    level2 = cell.text; level2Line = cell.line
                // One written in the header's level-2 column beside its row's level 1 (Calc prints a
                // merged 产出指标 on its group's last row, beside that row's own `成本指标`).
                case 1 where !level1.isEmpty && level1Line == cell.line && isLevel1UsedAsLevel2(cell)
                    && cell.gridColumn != nil && labelColumns.contains(where: { $0.level == 2 && $0.gridColumn == cell.gridColumn }):
                    level2 = cell.text; level2Line = cell.line
                case 1: level1 = cell.text; level2 = ""; level1Line = cell.line
                default: level2 = cell.text; level2Line = cell.line
                }
            // A kept column's title alone on its line under the rows, no title beside it (a closing
            // `说明 | …` or `备注 | …` row), ends the table: the text after it is no indicator.
            case .column(.kept)? where (i == 0 || cells[i - 1].line != cell.line)
                && !(i + 1 < cells.count && cells[i + 1].columnTitle != nil):
                flush()
                endedAt = cell
                break scan
            case .tableLabel?, .column?:
                flush()  // a header repeated on a new page
            case .key(let role)?:
                // A key glued to the table's label (`绩效目标一级指标…`) is structure, and so is a
                // goal key standing right before a level label (`绩效目标` / `产出指标`: the table's
                // vertical label, a word that is also a goal key); any other key ends the table.
                if i + 1 < cells.count, case .column? = cells[i + 1].role { continue }
                if role == .ignored || role == .goal, case .label? = cells[min(i + 1, cells.count - 1)].role { continue }
                flush()
                endedAt = cell
                break scan
            // A title starts the next form; page furniture or a sign-off ends this table.
            case .title?:
                flush()
                break scan
            case .chrome?:
                flush()
                endedAt = cell
                break scan
            // Another table's header under the rows (`序号 | 学校性质 | 培训机构 | …`, an allocation or
            // detail table after the form): a serial-number title opening a line, no column title of
            // this table beside it (that is this header repeated on a new page), ends it.
            case nil where (i == 0 || cells[i - 1].line != cell.line) && vocabulary.isSerialTitle(cell.compact)
                && !(i + 1 < cells.count && cells[i + 1].line == cell.line && cells[i + 1].columnTitle != nil):
                flush()
                endedAt = cell
                break scan
            // A note opening a line under the table (`注:各地请根据实际情况…`, `page_chrome`) ends it.
            case nil where (i == 0 || cells[i - 1].line != cell.line) && vocabulary.beginsWithChrome(folded: cell.compact):
                flush()
                endedAt = cell
                break scan
            // A paragraph of prose alone on its line (a notice's text after the table, the next
            // document's: `根据《财政部关于下达…》…请按规定专款专用。`) ends it: no cell is so long a sentence;
            // so does a notice's number alone on its line (`津财基指〔2022〕23号`), no cell's value.
            case nil where (i == 0 || cells[i - 1].line != cell.line) && (i + 1 == cells.count || cells[i + 1].line != cell.line)
                && cell.gridColumn == nil && !cell.splitFromGlued
                && (Self.isProseParagraph(cell.compact) || Self.isDocumentNumber(cell.compact)):
                flush()
                endedAt = cell
                break scan
            // A report's heading under the table (`(三)存在的问题和原因`, `二、项目资金申报及使用情况`: a
            // part numbered in Chinese numerals, no label behind it) ends it: the prose after it is no row.
            case nil where (i == 0 || cells[i - 1].line != cell.line) && Enumeration.isSectionHeading(cell.compact):
                flush()
                endedAt = cell
                break scan
            // A label's hint wrapped onto the next line of its cell (`产出指标` / `(40-50)分`) is the label's;
            // a hint alone on its line is one whose label the copy lost (`(50分)` of a merged 产出指标).
            case nil where i > 0 && cells[i - 1].line != cell.line && cell.compact.first == "("
                && (cells[i - 1].isLabel || i + 1 == cells.count || cells[i + 1].line != cell.line)
                && FormVocabulary.hintLength(cell.compact, from: 0).length == cell.compact.count:
                continue
            // So is one wrapped with its bracket left on the label's line (`效益指标(` / `30分)`).
            case nil where i > 0 && cells[i - 1].line != cell.line && cells[i - 1].isLabel && cell.compact.last == ")"
                && !cell.compact.contains("(") && FormVocabulary.hintLength(["("] + cell.compact, from: 0).length == cell.compact.count + 1:
                continue
            // The next row's number under a serial title, one cell a line: kept on the row it opens.
            case nil where serialTitle != nil && cell.gridColumn == nil && i + 1 < cells.count
                && Self.serialNumber(cell.compact) == lastSerial + 1:
                flush()
                lastSerial += 1
                leading[cells[i + 1].line, default: []].append(cell)
            case nil where !rowLines.contains(cell.line) && isScoringLabel(cells, at: i):
                flush()
                if i > 0, vocabulary.isScoringRow(cells[i - 1].compact), cells[i - 1].role == nil {
                    level2 = cell.text; level2Line = cell.line
                } else {
                    level1 = cell.text; level2 = ""; level1Line = cell.line
                }
            case nil:
                let numbered = numberedStart(cell)
                if pending?.isLineRow == false, pending?.cells.isEmpty == true, blankLineWraps, cell.afterBlank, !numbered,
                   cell.gridColumn == nil, !Self.startsLikeValue(cell.text) {
                    // A blank line before: the name wrapped onto this line.
                    pending!.name.text += cell.text
                    pending!.name.compact += cell.compact
                } else if serialTitle != nil, lastSerial > 0, cell.gridColumn == nil, let count = pending?.cells.count, count < tail.count {
                    // Numbered rows: a row's cells are those before the next number, text targets too.
                    pending!.cells.append(cell)
                } else if pending != nil, !numbered, !(placesKept && namesLevel2(pending, afterLevel1: pendingAfterLevel1, cells, at: i)),
                          placesKept && !pending!.isLineRow && cell.gridColumn == nil
                            ? placesLeft(in: pending!, before: cell)
                            : accepts(cell, into: pending!, next: i + 1 < cells.count ? cells[i + 1] : nil,
                                      afterNext: i + 2 < cells.count ? cells[i + 2] : nil, ahead: cells[i...]) {
                    pending!.cells.append(cell)
                } else {
                    if namesLevel2(pending, afterLevel1: pendingAfterLevel1, cells, at: i), let row = pending {
                        level2 = row.name.text
                        level2Line = row.name.line
                        pending = nil
                    }
                    flush()
                    if shape.isValue(cell.compact), !cell.splitFromGlued, let last = rows.indices.last,
                       rows[last].cells.isEmpty, rows[last].name.line == cell.line {
                        rows[last].cells.append(cell)
                    } else if cell.gridColumn == nil, let count = continuedRowCells(cells, at: i, after: rows) {
                        // A row broken over lines at its cells' edges (`| 减轻…负担 |` / `| 有效 |` /
                        // `| 有效 | 10 | 10 |`): a line of values only goes on with the row above it.
                        rows[rows.count - 1].cells += cells[i..<(i + count)]
                        i += count - 1
                    } else if shape.isValue(cell.compact) && !rowLines.contains(cell.line) && cell.compact.count <= 6
                                && !(i + 1 < cells.count && cells[i + 1].role == nil && !shape.isValue(cells[i + 1].compact))
                                // A zero right under a level 2, one cell a line, is a template's slot filled
                                // with zeros (重庆's `经济成本指标` / `0` / `0.00%` / `0`): a row named 0, which the
                                // form reads as structure, not a target without a name.
                                && !(FormReader.isZero(compact: cell.compact) && i > 0 && cells[i - 1].isLabel && cell.gridColumn == nil) {
                        orphans.append(cell)
                    } else if numbered, !rowLines.contains(cell.line), head.isEmpty, let split = numberedRow(cell) {
                        let row = Row(level0: level0, level1: level1, level2: level2, level1Line: level1Line,
                                      level2Line: level2Line, level0Line: level0Line, name: split.name, cells: [split.value], isLineRow: false)
                        // Two or more values after a space each (`指标1:工程质量合格 10 10`, a self-evaluation's
                        // outcome, weight and score): each a cell, not the last the target.
                        var spaced: Row?
                        if Self.hasTwoSpaces(cell.text) {
                            var whole = row
                            (whole.name, whole.cells) = (cell, [])
                            spaced = spaceSeparated(whole).flatMap { holdsSpacedValues($0) ? $0 : nil }
                        }
                        rows.append(spaced ?? row)
                    } else {
                        let row = Row(level0: level0, level1: level1, level2: level2, level1Line: level1Line,
                                      level2Line: level2Line, level0Line: level0Line, name: cell,
                                      isLineRow: rowLines.contains(cell.line))
                        // One cell per line, but this line holds name and value (`网络故障发生次数 ≦5次`).
                        // So does a line holding a name and two or more values when the columns are more
                        // (`指标1:工程质量合格 10 10`, a self-evaluation's weight and score).
                        if !row.isLineRow, head.isEmpty, !cell.splitFromGlued, let spaced = spaceSeparated(row),
                           spaced.cells.count == tail.count || holdsSpacedValues(spaced) {
                            rows.append(spaced)
                        } else {
                            pending = row
                            pendingAfterLevel1 = i > start && cells[i - 1].role == .label(level: 1)
                        }
                    }
                }
            }
            if cell.endsRow { flush() }
        }
        flush()
        return (rows, orphans, leading, endedAt)
    }

    /// The table's vertical label cut one character a row (`绩 | 一级指标 …`, `效 | 产出指标 …`): one
    /// character of the vocabulary's `table_labels` as a row's first cell, or, one cell a line,
    /// right before a label.
    func isCutTableLabel(_ cells: [FormCell], at i: Int) -> Bool {
        let cell = cells[i]
        guard cell.role == nil, cell.compact.count == 1, vocabulary.tableLabelCharacters.contains(cell.compact[0]),
              i + 1 < cells.count, i == 0 || cells[i - 1].line != cell.line else { return false }
        if cells[i + 1].line == cell.line { return true }
        if case .label? = cells[i + 1].role { return true }
        return false
    }

    /// A scoring rule's word one a line before more text (`预算执行(10分)` / `预算执行率` /
    /// `年度预算执行率` / `100%`): a label of the rule's row, as a row's own cells are
    /// (`labelsInCells`); the reader sets the row apart (`FormReader.isScoringRule`). The text
    /// after it may open with a key word (`年度预算执行率`).
    func isScoringLabel(_ cells: [FormCell], at i: Int) -> Bool {
        guard vocabulary.isScoringRow(cells[i].compact), i + 1 < cells.count else { return false }
        let next = cells[i + 1]
        guard next.line != cells[i].line, !shape.isValue(next.compact) else { return false }
        if case .key? = next.role { return true }
        return next.role == nil
    }

    /// Whether `cell` is the cell before it written again in the next column of a merged cell's
    /// span (web tables read by tools that fill spans, workbooks unmerged and filled): a label
    /// after the same label on its line, or a name where its value should stand, its line then
    /// holding a cell more than the columns after the name (from `cells[at]`, `cell`'s place, on). Values
    /// repeat for real (one per place), and so does a name in an explanation column (指标解释),
    /// or a target written as its name in a full row (`统筹海绵城市项目谋划 | 统筹海绵城市项目谋划 | 完成 | 10`).
    func repeatsSpan(_ cell: FormCell, after previous: FormCell, pending: Row?, in cells: [FormCell], at: Int) -> Bool {
        guard previous.line == cell.line, previous.piece != cell.piece, previous.compact == cell.compact else { return false }
        if case .label? = cell.role { return previous.role == cell.role }
        guard cell.role == nil, let pending, pending.cells.isEmpty, pending.name.compact == cell.compact else { return false }
        return head.isEmpty && tail.first?.role.takesValue != false && cells[at...].prefix { $0.line == cell.line }.count > tail.count
    }

    /// A serial number's value (`11`, `11.`, `11、`), or nil.
    static func serialNumber(_ compact: [Unicode.Scalar]) -> Int? {
        guard isSerialNumber(compact) else { return nil }
        return compact.prefix(while: ValueShape.isDigit).reduce(0) { $0 * 10 + Int($1.value - 0x30) }
    }

    /// A row's serial number (`1`, `12.`, `3、`): up to three digits.
    static func isSerialNumber(_ compact: [Unicode.Scalar]) -> Bool {
        let digits = compact.last == "." || compact.last == "、" ? compact.dropLast() : compact[...]
        return (1...3).contains(digits.count) && digits.allSatisfy(ValueShape.isDigit)
    }

    /// Whether the next label after `index`, before any other cell, is a level-2 label.
    static func levelTwoFollows(_ cells: [FormCell], after index: Int) -> Bool {
        guard index + 1 < cells.count, case .label(let level)? = cells[index + 1].role else { return false }
        return level == 2
    }

    /// A value's first character: a sign or a digit.
    static func startsLikeValue(_ text: String) -> Bool {
        guard let first = TextCleaning.foldWidth(text).first else { return false }
        return "≤≥<>=".contains(first) || first.isASCIIDigit
    }

    /// Whether the cell starts with the numbering word and a number (`指标1：`).
    func numberedStart(_ cell: FormCell) -> Bool {
        guard let numbering, !numbering.isEmpty, cell.text.startsWithText(numbering) else { return false }
        var text = cell.text
        return text.withUTF8 { TextCleaning.numberAndMark($0, from: numbering.utf8.count) }
    }

    /// A numbered indicator written on one line with its value after the last space
    /// (`指标2：提高机关运行保障能力 不断提升`): the name and the value cell.
    func numberedRow(_ cell: FormCell) -> (name: FormCell, value: FormCell)? {
        var text = cell.text
        // On the bytes: the name's bounds, the last whitespace inside them, and the two parts
        // either side of it, trimmed and made text from the bytes at once.
        guard let (name, value) = text.withUTF8({ bytes -> (String, String)? in
            let bounds = TextCleaning.nameBounds(bytes)
            var start = bounds.lowerBound
            var space: (Int, Int)?
            while start < bounds.upperBound {
                // No whitespace starts with printable ASCII or a lead byte E4 to EF (Han characters):
                // passed over without decoding.
                let b0 = bytes[start]
                if b0 > 0x20 && b0 < 0x7F { start += 1; continue }
                if b0 >= 0xE4 && b0 <= 0xEF { start += 3; continue }
                var scalars = UTF8Scalars(bytes, from: start)
                guard let scalar = scalars.next() else { break }
                if TextCleaning.isWhitespace(scalar) { space = (start, scalars.offset) }
                start = scalars.offset
            }
            guard let (split, valueStart) = space else { return nil }
            func trimmed(_ from: Int, _ to: Int) -> String {
                let (first, last) = TextCleaning.trimmedBounds(bytes, from: from, to: to)
                return String(validUTF8: UnsafeBufferPointer(rebasing: bytes[first..<last]))
            }
            return (trimmed(0, split), trimmed(valueStart, bounds.upperBound))
        }) else { return nil }
        // The cell is folded already: its two parts are its text on either side of the space,
        // and their folded scalars the cell's own, split where the value's begin.
        let valueCompact = FormCells.compactScalars(value)
        var nameCell = cell
        nameCell.text = name
        nameCell.compact = Array(cell.compact[..<(cell.compact.count - valueCompact.count)])
        var valueCell = cell
        valueCell.text = value
        valueCell.compact = valueCompact
        valueCell.endsRow = false
        valueCell.afterBlank = false
        return (nameCell, valueCell)
    }

    /// Whether a cell continues the row being read: on the row's own line it does; in text
    /// with one cell per line, a value does, and so does text that the next cell shows is no
    /// new name (the value of a qualitative target such as 持续改善).
    /// `ahead`: the cells from `cell` on.
    func accepts(_ cell: FormCell, into row: Row, next: FormCell?, afterNext: FormCell? = nil, ahead: ArraySlice<FormCell> = []) -> Bool {
        if row.isLineRow { return cell.line == row.name.line }
        // A run of bars on a line of its own ended the row (`天保工程…参保人数(人) |` / `||` /
        // `上一轮退耕还林补助面积(万亩) |`: the value left empty): text after it is a new name.
        if cell.afterBarRun, !shape.isTargetPart(cell.compact) {
            return false
        }
        let full = tail.count + head.count + operatorSplit(row)
        guard row.cells.count < full else {
            // One cell a line, a plain number after a row whose columns are all filled, right before
            // the next row's start (a label, a numbered name) or the end: a column the header left
            // untitled (a self-evaluation's score, `已完成 | 已完成 | 5`), kept; no name is a number.
            guard row.cells.count == full, Self.plainNumber(cell.compact) != nil else { return false }
            guard let next else { return true }
            return next.role != nil || numberedStart(next)
        }
        if row.cells.count < head.count { return true }
        // A name with its value after a space (`应受助学生数 100%`, a row copied with single
        // spaces) is complete, but for a sign or unit: a next line's text is a new name.
        if head.isEmpty, row.cells.isEmpty, cell.line != row.name.line, !shape.isTargetPart(cell.compact),
           spaceSeparated(row) != nil || gluedValueStart(row.name.compact) != nil {
            return false
        }
        // A row is complete once each target column has its value: what follows is a new name,
        // but for a weight or a direction (`20`, `正向指标`), which no name is.
        let valueColumns = max(tail.filter { $0.role.takesValue }.count, 1)
        if row.cells.filter({ shape.isValue($0.compact) && !shape.isUnit($0.compact) }).count >= valueColumns {
            if tail.contains(where: { ($0.role == .weight || $0.role == .direction) && fits(cell, $0.role) == true }) { return true }
            // A unit column's word after the value (`≥ | 1500 | 人`): no name is a unit alone.
            if tail.contains(where: { $0.role == .unit }), shape.isUnit(cell.compact),
               !row.cells.contains(where: { shape.isUnit($0.compact) }) { return true }
            // Text for a kept column after the values (评(扣)分标准, 备注) when what follows it is no
            // value: a new name would be followed by its own.
            let after = max(row.cells.count - head.count, (tail.lastIndex { $0.role.takesValue } ?? -1) + 1)
            guard after < tail.count, tail[after...].contains(where: { $0.role == .kept }) else { return false }
            guard let next else { return true }
            guard next.role != nil || !shape.isValue(next.compact) else { return false }
            return !startsWholeRows(ahead, width: 1 + row.cells.count, keptColumns: tail.count - after)
        }
        // Cut from one glued run, a cell after the name is the name's own text, cut by `GluedRow`; a
        // value alone on the next line (rows run together but for their values) is the row's, when
        // its line ends with no value of its own.
        if cell.splitFromGlued, row.name.splitFromGlued,
           cell.line == row.name.line || !shape.isValue(cell.compact) || !shape.trailingValues(row.name.compact, limit: 1).values.isEmpty {
            return false
        }
        if shape.isTargetPart(cell.compact) { return true }
        // A direction word (`正向`), which no name is, where a column may hold it (指标性质 holds
        // 正向 where 指标方向 holds the sign).
        if vocabulary.isDirection(cell.compact), tail.contains(where: { $0.role == .direction || $0.role == .comparison }) { return true }
        // The name and the cells so far fill the head columns first, then the tail.
        let filled = row.cells.count - head.count
        guard filled >= 0, filled < tail.count else { return false }
        let expected = tail[filled].role
        // Two sets of targets one cell a line, the first set's target in: the second set names the
        // row's indicator again (`鉴定校准实验室仪器` / `≥57个` / `数量指标` / `鉴定校准实验室仪器` / `≥57个`),
        // its level 2 only where its group starts. Other text is the next row's name, the second set
        // left empty (`经费支出合规性` / `较高` / `质量指标` / `项目验收合格率` / `≥100百分比`).
        if repeatedNames.contains(filled) || repeatedLevel2.contains(filled), cell.compact != row.name.compact { return false }
        if expected == .kept { return true }
        // An outcome written as the target right before it (`逐步提高 | 逐步提高`: achieved), where
        // the header has an outcome column: no new name.
        if expected == .alternative, let target = row.cells.last, target.compact == cell.compact { return true }
        guard let next else { return true }
        if row.cells.isEmpty, expected.takesValue, !row.isLineRow, !row.name.splitFromGlued, fillsWholeRows(ahead) { return true }
        // A target of no shape the vocabulary knows (`2024-11-30`, `无区域性重大疫情`, `逐年下降`)
        // where the header puts a target: the cell after it fits the column after (a weight, a
        // direction, the year's target), and what comes next is no value, so no new name's.
        if expected.takesValue, filled + 1 < tail.count, next.role == nil,
           tail[filled + 1].role.takesValue ? shape.isValue(next.compact) : fits(next, tail[filled + 1].role) == true,
           afterNext.map({ $0.role != nil || !shape.isValue($0.compact) }) ?? true {
            return true
        }
        if next.role != nil { return true }
        return !shape.isValue(next.compact)
    }

    /// One cell a line, text after a row whose values are all in, where the header has text
    /// columns left (偏差原因, 备注): whether it is the next row's name rather than that text. It is
    /// when the cells from it to the next label, title or key part into whole rows as wide as this
    /// one (`补助资格合规性 | 合规 | 达成预期指标 | 8 | 8` then `经费审批流程规范性 | 严格执行相关制度规定 |
    /// 达成预期指标 | 8 | 8` then 时效指标: the reason column left empty), and do not once it is
    /// taken as the text. Where both readings part evenly, or the run is long, the text stays the row's.
    func startsWholeRows(_ ahead: ArraySlice<FormCell>, width: Int, keptColumns: Int) -> Bool {
        guard width > 1, let count = cellsOneALine(ahead, limit: width * Self.rowsLookedAhead) else { return false }
        return count % width == 0 && (count - 1) % width != 0 && (count - 1) % (width + keptColumns) != 0
    }

    /// One cell a line, a text that is no value's shape right after a row's name (a target in words,
    /// `严格执行相关制度规定`, before `达成预期指标 | 8 | 8`): whether the cells from the name to the
    /// next label, title or key part into whole rows, with the header's trailing text columns
    /// (偏差原因, 备注) filled or left empty, taking it as the row's. Taken as the next row's name,
    /// the row would be its name alone, which no whole row is.
    func fillsWholeRows(_ ahead: ArraySlice<FormCell>) -> Bool {
        let full = 1 + head.count + tail.count
        let short = 1 + head.count + ((tail.lastIndex { $0.role != .kept }).map { $0 + 1 } ?? 0)
        guard short > 2, let count = cellsOneALine(ahead, limit: full * Self.rowsLookedAhead).map({ $0 + 1 }) else { return false }
        return count >= short && (count % short == 0 || count % full == 0)
    }

    /// How many cells from the first of `ahead` on stand one a line before the table's next label,
    /// title or key (a line of several cells is a row of its own); nil past `limit`.
    func cellsOneALine(_ ahead: ArraySlice<FormCell>, limit: Int) -> Int? {
        var count = 0
        for at in ahead.indices {
            if ahead[at].role != nil || ahead[at].gridColumn != nil || (at > ahead.startIndex && ahead[at - 1].line == ahead[at].line) { break }
            count += 1
            if count > limit { return nil }
        }
        return count
    }

    /// The fewest characters of a paragraph of prose (`isProseParagraph`): an indicator's name,
    /// target or explanation cell runs to 90 at most in the forms seen (a monitoring form's
    /// progress, 黄石市's 89).
    static let proseParagraphLength = 120

    /// A sentence (`FormCells.isSentence`) at least `proseParagraphLength` long.
    static func isProseParagraph(_ compact: [Unicode.Scalar]) -> Bool {
        compact.count >= proseParagraphLength && FormCells.isSentence(compact)
    }

    /// A document's number alone (`津财基指〔2022〕23号`, `财建[2022]111号`): the issuing office's
    /// abbreviation, the year in brackets, the number, 号; the heading of a notice.
    static func isDocumentNumber(_ c: [Unicode.Scalar]) -> Bool {
        let opening = "〔[【(".unicodeScalars, closing = "〕]】)".unicodeScalars
        guard c.count >= 9, c.last == "号", let open = c.firstIndex(where: opening.contains), open > 0, open + 6 < c.count,
              c[(open + 1)...(open + 4)].allSatisfy(FormCells.isDigit), closing.contains(c[open + 5]) else { return false }
        return c[(open + 6)..<(c.count - 1)].allSatisfy(FormCells.isDigit) && !c[..<open].contains(where: FormCells.isDigit)
    }

    /// How many rows' cells `startsWholeRows` and `fillsWholeRows` look at.
    static let rowsLookedAhead = 12

    /// One cell a line, a text with no value right after a level 1, where a level 2 stands, before
    /// a name with its value (`cells[i]`, then a value): the pending row's name is the level 2 worded
    /// the template's own way (`产出指标` / `数字指标` / `新建面积` / `100亩`), not an indicator.
    func namesLevel2(_ pending: Row?, afterLevel1: Bool, _ cells: [FormCell], at i: Int) -> Bool {
        guard let row = pending, afterLevel1, row.cells.isEmpty, !row.isLineRow, row.level2.isEmpty,
              labelColumns.contains(where: { $0.level == 2 }), i + 1 < cells.count, cells[i + 1].role == nil else { return false }
        // A value is no level 2 (`产出指标` / `1` / `竣工验收合格率` / `100%`: a row whose name was
        // taken for a label left its value alone): it stays a row, read or rejected, never a label.
        return !shape.isValue(row.name.compact) && !shape.isValue(cells[i].compact) && shape.isValue(cells[i + 1].compact)
    }

    /// Whether the rows one cell a line fill every place of the header (no cell left empty before a
    /// copy's cut, `发放人数 | 20 | 人数 | ≥ | 80`): from `start` the cells come in groups of the
    /// header's width, two at least, each a name (no number, no label) and a comparison where the
    /// operator's column stands, up to the table's end (a title, key or label) or a last group cut short.
    func rowsFillEveryPlace(_ cells: [FormCell], from start: Int) -> Bool {
        guard let comparison = tail.firstIndex(where: { $0.role == .comparison }) else { return false }
        let width = 1 + tail.count
        var at = start, groups = 0
        while at < cells.count, cells[at].role == nil, cells[at].gridColumn == nil {
            guard MoneyText.plainNumber(cells[at].compact) == nil else { return false }
            let end = at + width
            guard end <= cells.count, (at..<end).allSatisfy({ cells[$0].role == nil && cells[$0].emptyCellsBefore == 0 }) else {
                // The last group, cut short by the copy's end.
                return groups >= 2 && (at..<cells.count).allSatisfy { cells[$0].role == nil }
            }
            guard shape.isComparison(cells[at + 1 + comparison].compact) else { return false }
            groups += 1
            at = end
        }
        return groups >= 2
    }

    /// Whether a row one cell a line, its empty cells written, has a place left for `cell` after
    /// the empty cells written before it: no run of bars ended the row, and its cells and empty
    /// cells so far fill fewer places than the header's columns after the name.
    func placesLeft(in row: Row, before cell: FormCell) -> Bool {
        !cell.afterBarRun
            && row.cells.count + row.cells.reduce(Int(cell.emptyCellsBefore)) { $0 + Int($1.emptyCellsBefore) } < tail.count + operatorSplit(row)
    }

    /// An operator alone where no column is for it is the target's first half (`≥` | `200次`): the
    /// row holds one cell more than its columns.
    func operatorSplit(_ row: Row) -> Int {
        !tail.contains { $0.role == .comparison } && row.cells.contains { shape.isComparison($0.compact) } ? 1 : 0
    }

    /// The cells a glued row of a table with two sets of targets (`repeatsLevels`) adds to the row
    /// before it, where it is that row's second set: the name written again, then its values. Nil
    /// for any other row.
    func secondSetRow(_ row: Row, after previous: Row) -> [FormCell]? {
        guard repeatsLevels, !repeatedNames.isEmpty, row.name.splitFromGlued, previous.name.splitFromGlued,
              row.name.compact == previous.name.compact, !row.cells.isEmpty, !previous.cells.isEmpty else { return nil }
        return [row.name] + row.cells
    }

    /// The finished row; a name cut from glued text that brought no cells of its own is
    /// itself cut into name, explanation and values (perhaps several rows).
    func completed(_ row: Row) -> (rows: [Row], endsTable: Bool) {
        var row = labelsInCells(row) ?? nameWrappedOverSpaces(row) ?? labelAsName(row) ?? levelTwoAsName(row) ?? row
        // Cells of the columns before the name: the name is the cell after them.
        if !head.isEmpty, row.cells.count >= head.count {
            let sequence = [row.name] + row.cells
            row.headCells = Array(sequence[..<head.count])
            row.name = sequence[head.count]
            row.cells = Array(sequence[(head.count + 1)...])
        }
        if row.cells.isEmpty, row.name.splitFromGlued || row.name.compact.count > 40 {
            return GluedRow(table: self).split(row)
        }
        if row.cells.isEmpty, let spaced = spaceSeparated(row) ?? gluedValue(row) { row = spaced }
        if row.cells.allSatisfy({ shape.isValue($0.compact) || shape.isUnit($0.compact) }), let doubled = Self.doubled(row.name) {
            // `研究培育食用菌品种数量研究培育食用菌品种数量`: a name and an explanation repeating it.
            row.name = doubled
            row.guessed.append("名称与解释粘连，已按重复拆开")
        }
        return ([row], false)
    }

    /// A row on its own line cut at its spaces (a copy whose cells are one space apart) with more
    /// cells than the columns after its name, the first of them the target's: where its first cells
    /// are text and the next a target, the name was wrapped in its cell (`维修养护供水 工程数量 | 45处 |
    /// 20`), and they are the name's. A target in words (`有效保障`) tells nothing, and stays as it was.
    func nameWrappedOverSpaces(_ row: Row) -> Row? {
        let extra = row.cells.count - head.count - tail.count
        guard row.isLineRow, head.isEmpty, extra > 0, tail.first?.role.holdsValue == true,
              row.cells.allSatisfy({ $0.gridColumn == nil && $0.placedIn == nil && !$0.splitFromGlued }),
              row.cells[..<extra].allSatisfy({ $0.role == nil && !shape.isTargetPart($0.compact) }),
              shape.isValue(row.cells[extra].compact) else { return nil }
        var out = row
        for cell in row.cells[..<extra] {
            out.name.text += " " + cell.text
            out.name.compact += cell.compact
        }
        out.cells.removeFirst(extra)
        return out
    }

    /// A row on its own line with more cells than the columns after its labels, where the
    /// header's label columns hold no label the vocabulary knows on that line: its first cells
    /// are those labels, as the template words them (`产出指标 | 数字指标 | 新建面积 | 100亩`,
    /// `预算执行(10分) | 预算执行率 | 年度预算执行率 | 100% | 10`). In a grid each goes to the
    /// label column it stands in; else they fill the label columns nearest the name. A label
    /// is short text, and so is no value, unit or sign; the name after them is no value either.
    func labelsInCells(_ row: Row) -> Row? {
        let line = row.name.line
        let extra = row.cells.count - head.count - tail.count
        guard row.isLineRow, extra > 0 else { return nil }
        let open = labelColumns.filter { ($0.level == 1 ? row.level1Line : row.level2Line) != line }
        guard !open.isEmpty else { return nil }
        let count = min(extra, open.count)
        let sequence = [row.name] + row.cells
        let isText = { (cell: FormCell) in !shape.isTargetPart(cell.compact) }
        guard sequence[..<count].allSatisfy({ isText($0) && $0.role == nil && $0.compact.count <= 16 }),
              isText(sequence[count]) else { return nil }
        var out = row
        for (index, cell) in sequence[..<count].enumerated() {
            let column = open.first { cell.gridColumn != nil && $0.gridColumn == cell.gridColumn }
                ?? open[open.count - count + index]
            if column.level == 1 {
                out.level1 = cell.text; out.level1Line = line
                if out.level2Line != line { out.level2 = ""; out.level2Line = -1 }
            } else {
                out.level2 = cell.text; out.level2Line = line
            }
        }
        out.name = sequence[count]
        out.cells = Array(sequence[(count + 1)...])
        out.labelsFromCells = true
        return out
    }

    /// A row on its own line whose name is an operator column's word (`定量`, `≥`), where the table
    /// has that column: its labels stand one column right of theirs (its merged level 1 lost), so
    /// the level 2 written on the row names the indicator, and a level 1 that forms also write as
    /// a level 2 (成本指标) is its level 2 (`成本指标 | 社会成本指标 | 定量 | 100 | %`).
    func labelAsName(_ row: Row) -> Row? {
        guard row.isLineRow, row.writesLevel2, shape.isComparison(row.name.compact),
              tail.contains(where: { $0.role == .comparison }) else { return nil }
        var out = row
        out.name = Self.cell(row.name, saying: row.level2)
        out.cells = [row.name] + row.cells
        if row.writesLevel1, isLevel1UsedAsLevel2(Self.cell(row.name, saying: row.level1)) {
            out.level2 = row.level1
            out.level1 = ""; out.level1Line = -1
        } else {
            out.level2 = ""; out.level2Line = -1
        }
        out.guessed.append("指标性质「\(row.name.text)」前少一格，二级指标「\(row.level2)」是指标名称")
        return out
    }

    /// A row whose name cell holds a target (`375万平方米`, `≥95%`, `是`) right after the level 2
    /// written on its line, in a table with no level-2 column: a table of two levels
    /// (`指标类型 | 指标名称 | 指标值`, `产出指标 | 数量指标 | 375万平方米 | …`), whose level 2 is
    /// the indicator's name too. So is, one cell a line, a row one cell short of a table that has a
    /// level-2 column, its level 2 on the line just above the target (`成本指标` / `成本` / `10万元`
    /// / `已完成100%` under 一级 | 二级 | 三级 | 指标值 | 实施进度): its 10万元 had been the name
    /// and its progress the target.
    func levelTwoAsName(_ row: Row) -> Row? {
        guard !row.level2.isEmpty, shape.isValue(row.name.compact), tail.contains(where: { $0.role.holdsValue }) else { return nil }
        if labelColumns.contains(where: { $0.level == 2 }) {
            // Only one cell a line: on a row's own line (a grid, `|` between cells) a name left
            // empty shows as such, a value with no name.
            guard !row.isLineRow, row.name.gridColumn == nil, !row.name.splitFromGlued, Self.startsLikeValue(row.name.text),
                  row.cells.count < tail.count,
                  row.level2Line == row.name.line - 1 else { return nil }
        } else {
            guard row.isLineRow, row.writesLevel2 else { return nil }
        }
        var out = row
        out.name = Self.cell(row.name, saying: row.level2)
        out.cells = [row.name] + row.cells
        return out
    }

    /// A row's name cell, where it stands, saying a label's text instead (no role: a name).
    static func cell(_ name: FormCell, saying text: String) -> FormCell {
        var cell = name
        cell.text = text
        cell.compact = FormCells.compactScalars(text)
        cell.role = nil
        return cell
    }

    /// Whether the cell after `i` is a value (a cell of no role shaped as a target).
    func valueFollows(_ cells: [FormCell], _ i: Int) -> Bool {
        guard i + 1 < cells.count, cells[i + 1].role == nil else { return false }
        // Values glued into one cell (`5%95`: a weight and its target) are values too.
        return shape.isValue(cells[i + 1].compact) || Self.numbersGlued(cells[i + 1].compact)
    }

    /// A cell of numbers and their signs alone, run together (`5%95`, `10%=100`).
    static func numbersGlued(_ compact: [Unicode.Scalar]) -> Bool {
        compact.contains(where: ValueShape.isDigit) && compact.allSatisfy { ValueShape.isDigit($0) || "%.=<>≥≤".unicodeScalars.contains($0) }
    }

    /// How many cells the line starting at `i` (a cell with no grid column) holds when it goes on
    /// with the last of `rows`, the row above: the line holds values only (targets, grades,
    /// weights), that row ended on the line before it with fewer cells than the columns after the
    /// name, and the line adds no more than they lack. Nil otherwise. (The row is read in place:
    /// a copy of it would copy its cells.)
    func continuedRowCells(_ cells: [FormCell], at i: Int, after rows: [Row]) -> Int? {
        let lineNumber = cells[i].line
        guard i > 0, cells[i - 1].line != lineNumber, !cells[i].splitFromGlued, let last = rows.indices.last, rows[last].isLineRow,
              (rows[last].cells.last?.line ?? rows[last].name.line) == lineNumber - 1, rows[last].cells.count < tail.count else { return nil }
        let line = cells[i...].prefix { $0.line == lineNumber }
        guard line.allSatisfy({ $0.role == nil && shape.isValue($0.compact) }), rows[last].cells.count + line.count <= tail.count else { return nil }
        return line.count
    }

    /// In a glued run inside the table, a key word is part of a name (`项目资金使用合规性`):
    /// text and key cells cut from one glued run are joined back between labels.
    static func mergingGluedWords(_ cells: ArraySlice<FormCell>) -> [FormCell] {
        var out: [FormCell] = []
        var i = cells.startIndex
        let isWord = { (cell: FormCell) -> Bool in
            guard cell.splitFromGlued else { return false }
            if cell.role == nil { return true }
            if case .key? = cell.role { return true }
            return false
        }
        while i < cells.endIndex {
            guard isWord(cells[i]) else { out.append(cells[i]); i += 1; continue }
            var j = i
            while j < cells.endIndex, isWord(cells[j]), cells[j].piece == cells[i].piece { j += 1 }
            if j - i > 1 || cells[i].role != nil {
                var joined = joined(cells[i..<j])
                joined.splitFromGlued = true
                out.append(joined)
            } else {
                out.append(cells[i])
            }
            i = j
        }
        return out
    }

    static func joined(_ cells: ArraySlice<FormCell>) -> FormCell {
        var cell = cells.first!
        cell.role = nil
        cell.hint = ""
        cell.text = cells.map(\.text).joined()
        cell.compact = cells.flatMap(\.compact)
        cell.endsRow = cells.last!.endsRow
        return cell
    }

    /// Whether a row's `spaceSeparated` reading took two or more values after the name (`10 10`, `1 1 10 10`).
    func holdsSpacedValues(_ spaced: Row) -> Bool {
        spaced.cells.count >= 2 && spaced.cells.allSatisfy { shape.isValue($0.compact) }
    }

    /// Whether a text holds two spaces or more, told from its bytes: only then may it hold a name
    /// and two values (most names hold none).
    static func hasTwoSpaces(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(of: UInt8(ascii: " ")) else { return false }
            return bytes[(first + 1)...].contains(UInt8(ascii: " "))
        }
    }

    /// A row written with single spaces between its cells (`养护道路里程 反映养护规模 ≥35公里`):
    /// when its last word is a value, the last words fill the columns after the name.
    func spaceSeparated(_ row: Row) -> Row? {
        // Split on scalars, not characters: comparing each character as a string costs more than the rest.
        let words = row.name.text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map { String(Substring($0)) }
        guard words.count >= 2, let last = words.last,
              shape.isValue(Array(last.unicodeScalars.compactMap(FormCells.compactScalar))) else { return nil }
        let tailCount = min(max(tail.count, 1), words.count - 1)
        var out = row
        let nameWords = words[..<(words.count - tailCount)]
        out.name.text = nameWords.joined(separator: " ")
        out.name.compact = Array(nameWords.joined().unicodeScalars.compactMap(FormCells.compactScalar))
        out.cells = words[(words.count - tailCount)...].map { word in
            var cell = row.name
            cell.text = word
            cell.compact = Array(word.unicodeScalars.compactMap(FormCells.compactScalar))
            cell.endsRow = false
            return cell
        }
        return out
    }

    /// Where a value glued to the end of a name starts (`改造排水管网长度8公里`, a table's rows each
    /// copied with no separator): a number with its unit, sign or percentage, or a date, ending
    /// the text, after a name of two characters or more not ending in a digit. A bare number is
    /// no such value (`国道318`).
    func gluedValueStart(_ text: [Unicode.Scalar]) -> Int? {
        guard let start = shape.numericStart(text, endingAt: text.count), start >= 2, !ValueShape.isDigit(text[start - 1]),
              text[start...].contains(where: { !ValueShape.isDigit($0) && $0 != "." }) else { return nil }
        return start
    }

    /// The row with its name's glued value (`gluedValueStart`) cut off as its value.
    func gluedValue(_ row: Row) -> Row? {
        let text = row.name.compact
        guard let start = gluedValueStart(text) else { return nil }
        let cut = GluedRow(table: self)
        var out = row
        out.name = cut.cell(Array(text[..<start]), like: row.name)
        out.cells = [cut.cell(Array(text[start...]), like: row.name)]
        out.guessed.append("名称与指标值粘连，已拆开")
        return out
    }

    static func doubled(_ cell: FormCell) -> FormCell? {
        let text = cell.compact
        guard text.count >= 4, text.count % 2 == 0 else { return nil }
        let half = text.count / 2
        guard text[..<half].elementsEqual(text[half...]) else { return nil }
        var copy = cell
        copy.compact = Array(text[..<half])
        copy.text = String(scalars: text[..<half])
        return copy
    }

    /// Text no operator, unit, weight or direction column holds: longer than any of them, or
    /// opening as explanations do (`explanation_starts`: 反映…).
    func isExplanation(_ text: [Unicode.Scalar]) -> Bool {
        text.count > 6 || vocabulary.explanationStarts.contains { text.count > $0.count && text.starts(with: $0) }
    }

    /// Whether a cell is a level label by itself (`数量指标`, `质量指标(必填)`).
    func isLevelLabel(_ compact: [Unicode.Scalar]) -> Bool {
        if case .label? = vocabulary.role(ofCell: compact)?.role { return true }
        return false
    }

    /// Whether a cell can stand in a column by its shape: true or false where the column
    /// has a shape (operator, unit, weight, direction), nil where anything goes.
    func fits(_ cell: FormCell, _ role: FormVocabulary.ColumnRole) -> Bool? {
        let text = cell.compact
        switch role {
        case .comparison: return shape.isComparison(text)
        // A grade (`有效`, `良好`) is a target or an outcome, no unit.
        case .unit: return shape.isUnit(text) || (!text.contains(where: ValueShape.isDigit) && text.count <= 4 && !vocabulary.isDirection(text)
                                                  && !vocabulary.isQualitative(text))
        case .weight:
            // A weight is a number, perhaps a percentage or points (`20分`).
            let number = text.last == "分" ? text.dropLast() : text[...]
            return !number.isEmpty && number.allSatisfy { ValueShape.isDigit($0) || $0 == "." || $0 == "%" }
        case .direction: return vocabulary.isDirection(text)
        default: return nil
        }
    }

    /// The row's cells placed in the tail columns: a value skips explanation, unit and
    /// operator columns it cannot be; whatever is left over is kept as an extra column.
    func assign(_ cells: [FormCell]) -> [(role: FormVocabulary.ColumnRole, title: String, text: String)] {
        // A self-evaluation's row short of cells (a target or outcome left out) that ends with the
        // same number twice: its weight and full score (分值 | 得分), the cells before them the columns
        // before (`3 | 9.3 | 9.3` under 指标值 | 完成值 | 分值 | 得分: 9.3 is no outcome). Two numbers that
        // differ may as well be an outcome and a weight (`98 | 40`, the score left blank): left in order.
        // So wherever the weight stands (`分值 | 年度指标值 | 全年实际值 | 得分`: a group's row written
        // `★补助各类粮食作物种植面积 | 10 | 10`, its targets on the rows under it).
        if let weight = tail.firstIndex(where: { $0.role == .weight }), let score = tail.firstIndex(where: { $0.role == .score }),
           cells.count >= 2, cells.count < tail.filter({ $0.role != .kept }).count,
           cells.allSatisfy({ $0.gridColumn == nil && $0.placedIn == nil }),
           let scored = Self.plainNumber(cells[cells.count - 1].compact), let most = Self.plainNumber(cells[cells.count - 2].compact),
           scored == most {
            var others = self
            others.tail = tail.indices.filter { $0 != weight && $0 != score }.map { tail[$0] }
            others.tailGridColumns = []
            return others.assign(Array(cells.dropLast(2)))
                + [(tail[weight].role, tail[weight].title, cells[cells.count - 2].text),
                   (tail[score].role, tail[score].title, cells[cells.count - 1].text)]
        }
        var out: [(role: FormVocabulary.ColumnRole, title: String, text: String)] = []
        var r = 0
        // The grid column of the last cell placed by its grid column, and the tail column it went to.
        var lastPlaced: (gridColumn: Int, at: Int)?
        // Cells not yet placed in a column of their own, this one and those after it.
        var unplacedLeft = cells.count { $0.placedIn == nil }
        for cell in cells {
            defer { if cell.placedIn == nil { unplacedLeft -= 1 } }
            // An operator alone under a target column's title, and the cell after it in a grid
            // column no title stands over (left of the next titled one): the target written in
            // two cells under the title's merged cell (指标值 spanning `≥ | 200次`), one value.
            if let column = cell.gridColumn, let placed = lastPlaced, column > placed.gridColumn,
               !tailGridColumns.contains(column),
               !tailGridColumns.contains(where: { ($0 ?? -1) > placed.gridColumn && ($0 ?? -1) < column }),
               let last = out.indices.last, out[last].role == tail[placed.at].role, out[last].role.holdsValue,
               shape.isComparison(FormCells.compactScalars(out[last].text)) {
                out[last].text += cell.text
                continue
            }
            // The same without a grid, told by the row having a cell more than the columns: an
            // operator alone in a target column with no operator column, then the target.
            if cell.gridColumn == nil, cells.count > tail.count, !tail.contains(where: { $0.role == .comparison }),
               let last = out.indices.last, out[last].role.holdsValue, shape.isComparison(FormCells.compactScalars(out[last].text)),
               shape.isValue(cell.compact), !shape.isComparison(cell.compact) {
                out[last].text += cell.text
                continue
            }
            if let column = cell.placedIn, let at = tail[min(r, tail.count)...].firstIndex(where: { $0.role == column }) {
                out.append((tail[at].role, tail[at].title, cell.text))
                r = at + 1
                continue
            }
            // In a grid the cell stands under its column's title: there it goes, when it can
            // stand there (an empty unit cell left out no longer pushes `30分` into 计量单位).
            if let column = cell.gridColumn, let at = tailGridColumns.indices.first(where: { tailGridColumns[$0] == column }),
               at >= r, fits(cell, tail[at].role) != false {
                out.append((tail[at].role, tail[at].title, cell.text))
                lastPlaced = (column, at)
                r = at + 1
                continue
            }
            // Empty cells written before it (`|` lines, one cell a line) keep their columns' places,
            // where the cell can stand in the column they lead to (`% |`, `|`, `60 |`: 完成值 blank, 60 the weight).
            if cell.gridColumn == nil, emptyCellsKeepPlaces, cell.emptyCellsBefore > 0, r + Int(cell.emptyCellsBefore) < tail.count,
               fits(cell, tail[r + Int(cell.emptyCellsBefore)].role) != false {
                r += Int(cell.emptyCellsBefore)
            }
            // The second set's level 2, merged down its group: a row short of a cell holds it only
            // where the group starts (`购买标准试剂 | ≥100个` under `二级指标 | 三级指标 | 指标值`).
            if repeatedLevel2.contains(r), r + 1 < tail.count, unplacedLeft < tail.count - r, !isLevelLabel(cell.compact) {
                r += 1
            }
            let isValue = shape.isValue(cell.compact) && !shape.isUnit(cell.compact) && !shape.isComparison(cell.compact)
            // A value skips the columns before the value columns only when the cells left are
            // no more than the value columns left (else each column takes its own cell). A cell
            // already placed in its column (a glued row's last text, `…250人计划标准`: 计划标准 in
            // 绩效标准) needs none of them.
            while r < tail.count, isValue, !tail[r].role.holdsValue,
                  unplacedLeft <= tail[(r + 1)...].filter({ $0.role.holdsValue }).count,
                  tail[(r + 1)...].contains(where: { $0.role.holdsValue }) {
                r += 1
            }
            // A cell that cannot stand in this column but fits a later one (an empty unit
            // cell dropped: `20` is the weight, `正向指标` the direction) moves on to it; so does
            // text too long for any sign or unit (an explanation after an empty unit cell), and, in
            // a row short of cells, a target or grade no sign or unit column holds (`有效 | 有效 | 10`:
            // the operator and unit cells left out) to the next column taking values.
            while r < tail.count, fits(cell, tail[r].role) == false,
                  tail[(r + 1)...].contains(where: { fits(cell, $0.role) == true })
                    || isExplanation(cell.compact) && tail[(r + 1)...].contains(where: { fits(cell, $0.role) == nil })
                    || isValue && cells.count < tail.count && tail[(r + 1)...].contains(where: { $0.role.takesValue }) {
                r += 1
            }
            if r < tail.count {
                out.append((tail[r].role, tail[r].title, cell.text))
            } else {
                out.append((.kept, "其他", cell.text))
            }
            r += 1
        }
        return out
    }
}
