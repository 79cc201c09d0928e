import Foundation

/// A department's table of projects (see `ProjectTable`) in a rendering that keeps no column
/// places: rows whose cells are split by spaces or `|`, or one cell a line, the blank (merged)
/// cells dropped, as text copied from a web page or a document gives them. The header line still names every
/// column in order, so each body row's cells are placed under it by what they hold: a label
/// under its level, an amount under the budget, a sign under the comparison, a unit under the
/// unit, a direction under the direction, text under the text columns. Of the placements that
/// keep the cells' order, the one that fits best wins; on a tie the cells stand as far right as
/// they can, since the cells a row leaves blank are its first (the department or project
/// written once above). The rows then read as a grid's (`FormCell.gridRow`).
struct RowAlignment {
    /// What a header column holds, as far as placing a cell goes.
    enum Kind: Equatable {
        case organisation, project, budget, goal, level(Int), name, value, comparison, unit, weight, direction
        /// A part of the money (一般公共预算, 基本支出): kept, read as an amount is.
        case amount(GluedAmounts.PartGroup)
        /// A unit's code (单位代码) in a column of its own.
        case code
        /// A column the reader keeps but does not read (an explanation, another set of targets).
        case other
        /// A column whose title the vocabulary does not know (序号, 备注).
        case unknown

        var isAmount: Bool {
            if case .amount = self { return true }
            return false
        }
    }

    let kinds: [Kind]
    /// Units' rows and projects' share the project column (单位名称、项目名称).
    let unitsInProjectColumn: Bool
    let vocabulary: FormVocabulary
    private let shape: ValueShape

    /// The header line's cells as the columns of a project table, or nil when they are not one:
    /// every cell a title of the vocabulary or a short unnamed one (序号), a project column and an
    /// indicator column among them.
    init?(header: ArraySlice<FormCell>, vocabulary: FormVocabulary) {
        var kinds: [Kind] = []
        for at in header.indices {
            switch header[at].role {
            // 单位名称、项目名称: units' rows and projects' in one column, told apart by ProjectTable.
            case .key(.project)?, .key(.unitOrProject)?: kinds.append(.project)
            case .key(.budget)?: kinds.append(.budget)
            case .key(.goal)?: kinds.append(.goal)
            case .key(.department)?, .key(.unit)?: kinds.append(.organisation)
            case .key(.organisationCode)?: kinds.append(.code)
            // A part of the money (一般公共预算, 基本支出) in a column of its own.
            case .key(let key)? where key.isAmount:
                kinds.append(.amount(key == .basicSpending || key == .projectSpending ? .use : .source))
            // A key the project table keeps as a column of text (实施期绩效目标).
            case .key(.ignored)?: kinds.append(.other)
            // The label spanning the indicator columns' titles (绩效指标) is no column.
            case .tableLabel?: continue
            case .column(let role)?: kinds.append(Self.kind(of: role))
            case nil where Self.isUnnamedTitle(header[at].compact):
                kinds.append(.unknown)
            default: return nil
            }
        }
        guard ProjectTable.Rows.of(header.lazy.map(\.role)) != nil, kinds.contains(.name) || kinds.contains(.value) else { return nil }
        self.kinds = kinds
        unitsInProjectColumn = header.contains { $0.role == .key(.unitOrProject) }
        self.vocabulary = vocabulary
        shape = ValueShape(vocabulary: vocabulary)
    }

    /// A title the vocabulary does not know (序号, 备注, 分值说明, 部门（科室）): a few Han
    /// characters, a bracketed word among them.
    static func isUnnamedTitle(_ compact: [Unicode.Scalar]) -> Bool {
        let han = compact.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        let brackets = compact.count - han
        return (1...6).contains(han) && (brackets == 0 || (brackets == 2 && compact.contains("(") && compact.last == ")"))
    }

    static func kind(of role: FormVocabulary.ColumnRole) -> Kind {
        switch role {
        case .level0: return .level(0)
        case .level1: return .level(1)
        case .level2: return .level(2)
        case .level3: return .name
        case .value: return .value
        case .comparison: return .comparison
        case .unit: return .unit
        case .weight: return .weight
        case .direction: return .direction
        case .kept, .alternative, .place, .score: return .other
        }
    }

    /// The row's text by column ("" where blank), or nil when no placement keeps every cell.
    func place(_ cells: ArraySlice<FormCell>) -> [String]? {
        let row = Array(cells)
        if let total = totalRow(row) { return total }
        guard var texts = placement(of: row, fit: { i, run, column in fit(row[i..<(i + run)], column: column) }, joining: true)?.texts
        else { return nil }
        // Amounts a glued row's cut placed by their sums already (`GluedProjectRow.withParts`) stay.
        if !row.contains(where: { $0.gridColumn != nil }) { placingAmounts(&texts) }
        return texts
    }

    /// The budget's column and those of the money's parts after it, with each part's group
    /// (by source, by use); nil when the header has no parts' columns.
    var moneyColumns: (columns: [Int], parts: [GluedAmounts.PartGroup])? {
        guard let budget = kinds.firstIndex(of: .budget) else { return nil }
        var columns = [budget], groups: [GluedAmounts.PartGroup] = []
        for column in kinds.indices where column > budget {
            guard case .amount(let group) = kinds[column] else { continue }
            columns.append(column)
            groups.append(group)
        }
        return groups.isEmpty ? nil : (columns, groups)
    }

    /// A row's total and the parts of its money (资金总额, 一般公共预算 … 项目支出), placed by
    /// what they hold, moved to the columns their sums say (`GluedAmounts.columns(ofAmounts:parts:)`):
    /// amounts alike fit every one of those columns.
    func placingAmounts(_ texts: inout [String]) {
        guard let (columns, groups) = moneyColumns else { return }
        let written = columns.filter { !texts[$0].isEmpty }
        guard written.count >= 2 else { return }
        var values: [Int] = []
        for column in written {
            guard let value = GluedAmounts.separatedAmount(ArraySlice(FormCells.compactScalars(texts[column]))) else { return }
            values.append(value)
        }
        guard let placed = GluedAmounts.columns(ofAmounts: values, parts: groups) else { return }
        let amounts = written.map { texts[$0] }
        for column in written { texts[column] = "" }
        for (index, amount) in zip(placed, amounts) { texts[columns[index]] = amount }
    }

    /// A total row (`合计 | 1,630,000.00`, its label one of `total_labels`): the label in the first
    /// column, where `ProjectTable` looks for it, and its amount under the budget. Placed by what
    /// its cells hold, the label had stood as an indicator's name and the amount as its value.
    func totalRow(_ row: [FormCell]) -> [String]? {
        guard let first = row.first, vocabulary.isTotalLabel(first.text), let budget = kinds.firstIndex(of: .budget), budget > 0,
              let amount = row.dropFirst().first(where: { MoneyText.wan($0.text, unit: .yuan) != nil }) else { return nil }
        var texts = [String](repeating: "", count: kinds.count)
        texts[0] = first.text
        texts[budget] = amount.text
        return texts
    }

    /// The best placement of a row's cells with its score: all columns when it holds a label;
    /// else a department's or project's own (the columns before the labels) or an indicator's
    /// under labels written above (the columns after them). `fit(i, run, column)` scores cells
    /// `i..<i+run` in that column.
    private func placement(of row: [FormCell], fit: (Int, Int, Int) -> Int?, joining: Bool) -> (texts: [String], score: Int)? {
        let hasLabel = row.contains { if case .label? = $0.role { return true } else { return false } }
        let firstLevel = kinds.firstIndex { if case .level = $0 { return true } else { return false } }
        let lastLevel = kinds.lastIndex { if case .level = $0 { return true } else { return false } }
        guard !hasLabel, let firstLevel, let lastLevel else {
            let whole = placed(row, in: 0..<kinds.count, fit: fit, joining: joining)
            // Money before a row's labels with nobody's name beside it is no row's own (a last
            // column's number of the row above: `20 | 社会成本指标`).
            if let whole, let firstLevel, (0..<firstLevel).contains(where: { !whole.texts[$0].isEmpty }),
               (0..<firstLevel).allSatisfy({ whole.texts[$0].isEmpty || kinds[$0] == .budget || kinds[$0].isAmount }) { return nil }
            return valued(whole)
        }
        let leading = placed(row, in: 0..<firstLevel, fit: fit, joining: joining)
        let trailing = valued(placed(row, in: (lastLevel + 1)..<kinds.count, fit: fit, joining: joining))
        guard let leading else { return trailing }
        guard let trailing else { return leading }
        return ownsRow(leading.texts) && leading.score >= trailing.score ? leading : trailing
    }

    /// A placement with an indicator's name and no value scores two points less: where cells
    /// are cut into rows, a name's value (`得到保障`) is rather its own than the next row's name.
    private func valued(_ placement: (texts: [String], score: Int)?) -> (texts: [String], score: Int)? {
        guard let placement, let name = kinds.firstIndex(of: .name), !placement.texts[name].isEmpty,
              !kinds.indices.contains(where: { kinds[$0] == .value && !placement.texts[$0].isEmpty }) else { return placement }
        return (placement.texts, placement.score - 2)
    }

    /// Whether a placement in the leading columns is a department's or project's row: it names
    /// an organisation as organisations are named (a unit's code in the project column too), or a
    /// project with its budget and goal.
    private func ownsRow(_ row: [String]) -> Bool {
        let filled = { (kind: Kind) in kinds.indices.contains { kinds[$0] == kind && !row[$0].isEmpty } }
        if let at = kinds.indices.first(where: { kinds[$0] == .organisation && !row[$0].isEmpty }),
           (score(of: FormCells.compactScalars(row[at]), text: row[at], role: nil, in: .organisation) ?? 0) > 1 {
            return true
        }
        // A unit's code in a column of its own.
        if kinds.indices.contains(where: { kinds[$0] == .code && !row[$0].isEmpty }) { return true }
        // A unit's coded name where units and projects share a column (单位名称、项目名称).
        if unitsInProjectColumn, let at = kinds.indices.first(where: { kinds[$0] == .project && !row[$0].isEmpty }),
           OrgName(parsing: row[at]).code != nil {
            return true
        }
        return filled(.project) && filled(.budget) && (filled(.goal) || !kinds.contains(.goal))
    }

    /// The best placement of `row` in `columns`, by what each cell holds (`fit`); when
    /// `joining`, a run of cells may share a text column (a name with spaces in it).
    private func placed(_ row: [FormCell], in columns: Range<Int>, fit: (Int, Int, Int) -> Int?,
                        joining: Bool) -> (texts: [String], score: Int)? {
        let count = row.count, first = columns.lowerBound, width = columns.count + 1
        guard count > 0, count <= 2 * columns.count else { return nil }
        // best[i * width + j]: the best score placing cells i... in columns first+j..., nil when
        // they do not fit; taken: the cells column first+j takes there, 0 when it is skipped.
        var best = [Int?](repeating: nil, count: (count + 1) * width)
        var taken = [Int](repeating: 0, count: (count + 1) * width)
        for j in 0..<width { best[count * width + j] = 0 }
        for i in stride(from: count - 1, through: 0, by: -1) {
            for j in stride(from: columns.count - 1, through: 0, by: -1) {
                let kind = kinds[first + j]
                // Skipping the column first: on a tie, the cells stand further right.
                var top = best[i * width + j + 1], cells = 0
                for run in 1...(joining && Self.joins(kind) ? count - i : 1) {
                    guard let rest = best[(i + run) * width + j + 1], let score = fit(i, run, first + j) else { continue }
                    if top == nil || score + rest > top! { top = score + rest; cells = run }
                }
                best[i * width + j] = top
                taken[i * width + j] = cells
            }
        }
        guard let score = best[0] else { return nil }
        var texts = [String](repeating: "", count: kinds.count)
        var i = 0, j = 0
        while i < count {
            let run = taken[i * width + j]
            if run > 0 {
                texts[first + j] = row[i..<(i + run)].map(\.text).joined(separator: " ")
                i += run
            }
            j += 1
        }
        return (texts, score)
    }

    /// Cells in reading order with no line breaks between rows cut into rows, each placed:
    /// where a cell cannot follow in its row (the columns keep their order) a row ends, and of
    /// the cuts the one whose rows place every cell best wins, a row costing two points (cells
    /// that fit the row before join it rather than make a row of their own: `≥ 120 | 每个 10`
    /// would be a row and a name). Each row with the index of its first cell; nil when no cut
    /// places every cell.
    func rows(_ cells: [FormCell]) -> [(first: Int, texts: [String])]? {
        let count = cells.count
        // Each cell's score in each column, once: a cell is tried in many rows.
        let scores = cells.map { cell in kinds.map { score(of: cell.compact, text: cell.text, role: cell.role, in: $0) } }
        var best = [Int?](repeating: nil, count: count + 1)
        var rowEnd = [Int](repeating: 0, count: count + 1)
        var placements = [[String]](repeating: [], count: count + 1)
        best[count] = 0
        for i in stride(from: count - 1, through: 0, by: -1) {
            for end in (i + 1)...min(count, i + kinds.count) {
                guard let rest = best[end], let row = placement(of: Array(cells[i..<end]), fit: { cell, _, column in scores[i + cell][column] },
                                                                   joining: false) else { continue }
                let total = row.score - 2 + rest
                // On a tie the longer row: a row's last cells rather end it than start the next.
                if best[i] == nil || total >= best[i]! { best[i] = total; rowEnd[i] = end; placements[i] = row.texts }
            }
        }
        guard best[0] != nil else { return nil }
        var rows: [(first: Int, texts: [String])] = []
        var i = 0
        while i < count {
            var texts = placements[i]
            placingAmounts(&texts)
            rows.append((i, texts))
            i = rowEnd[i]
        }
        return rows
    }

    /// Text columns, where a cell split at a space may stand with the rest of its text.
    static func joins(_ kind: Kind) -> Bool {
        switch kind {
        case .organisation, .project, .goal, .name, .value, .other, .unknown: return true
        default: return false
        }
    }

    /// How well a run of cells fits a column: one cell's score, or the joined text's. A run costs
    /// nothing more: it only wins where its cells would score no more apart.
    private func fit(_ run: ArraySlice<FormCell>, column: Int) -> Int? {
        // A cell a glued row's cut already put in its column (`GluedProjectRow`) stands there alone.
        if run.contains(where: { $0.gridColumn != nil }) {
            return run.count == 1 && run[run.startIndex].gridColumn == column ? 6 : nil
        }
        let kind = kinds[column]
        guard run.count > 1 else {
            let cell = run[run.startIndex]
            return score(of: cell.compact, text: cell.text, role: cell.role, in: kind)
        }
        guard !run.contains(where: { $0.role != nil }) else { return nil }
        let text = run.map(\.text).joined(separator: " ")
        return score(of: FormCells.compactScalars(text), text: text, role: nil, in: kind)
    }

    /// How well a cell fits a column, nil where it cannot stand. Labels stand under their level
    /// (or as a name: `社会效益` is also an indicator's); amounts, signs, units and directions under
    /// their columns; text under text columns.
    func score(of compact: [Unicode.Scalar], text: String, role: FormVocabulary.Role?, in kind: Kind) -> Int? {
        if case .label(let level)? = role {
            if kind == .level(level) { return 6 }
            // 成本指标 written as a level 2 (under 产出指标), as older templates do.
            if level == 1, kind == .level(2), vocabulary.level1UsedAsLevel2.contains(where: { compact.starts(with: $0) }) { return 6 }
            return kind == .name ? 0 : nil
        }
        if role != nil { return nil }  // a title, key or column title is no body cell
        let number = MoneyText.plainNumber(compact) != nil
        switch kind {
        case .level: return nil
        case .organisation:
            // Plain text only where nothing else takes it: the department is mostly written once above.
            if number { return nil }
            if OrgName(parsing: text).code != nil { return 4 }
            return vocabulary.endsLikeOrganisation(text) ? 2 : 0
        // A goal is written as sentences (`…，…。`), a project's name is not.
        case .project: return number ? nil : (FormCells.isSentence(compact) ? 1 : 2)
        case .budget, .amount: return number ? 3 : nil
        case .goal:
            // Where units share the project column, a coded name is a unit's row, never a goal.
            if number || unitsInProjectColumn && OrgName(parsing: text).code != nil { return nil }
            return FormCells.isSentence(compact) ? 3 : 1
        case .name:
            // A scoring standard's text (…计3分,未开展不计分) rather stands in a kept column.
            if number || shape.isValue(compact) || OrgName(parsing: text).code != nil || vocabulary.endsAsKeptText(compact) { return 0 }
            return compact.count >= 3 ? 2 : 1
        case .value: return shape.isValue(compact) || number ? 3 : 1
        // A column titled 指标方向 holds a sign (≥) in some templates, a direction (正向) in others.
        case .comparison: return shape.isComparison(compact) || vocabulary.isDirection(compact) ? 4 : nil
        case .unit:
            // A word of one or two characters the vocabulary does not list is likely a unit (件,
            // 人数, 每个), and so is a rate (人/年); one of three or four may be, but rather a
            // value (`得到保障`).
            if shape.isUnit(compact) { return 4 }
            // A rate of a listed unit (`元/人.每天`, `元/人·月`).
            if let slash = compact.firstIndex(of: "/"), slash > 0, compact.count <= 8,
               shape.isUnit(Array(compact[..<slash])), !compact.contains(where: ValueShape.isDigit) { return 3 }
            guard compact.count <= 4, !compact.contains(where: ValueShape.isDigit) else { return nil }
            return compact.count <= 2 || compact.contains("/") ? 2 : 0
        case .weight: return number && MoneyText.plainNumber(compact)?.unit == nil ? 3 : nil
        case .direction: return vocabulary.isDirection(compact) ? 4 : nil
        case .other: return vocabulary.endsAsKeptText(compact) ? 2 : 1
        case .code: return compact.count >= 3 && compact.allSatisfy(ValueShape.isDigit) ? 4 : nil
        // Mostly a row's number (序号).
        case .unknown: return compact.count <= 4 && compact.allSatisfy(ValueShape.isDigit) ? 2 : 1
        }
    }
}

extension RowAlignment {
    /// A region's cells placed: its header's titles on one line, each body row one cell holding
    /// the row by column (`FormCell.gridRow`); with the header's line and whether the table came
    /// one cell a line.
    struct Placed {
        var cells: [FormCell]
        var headerLine: Int
        var oneCellALine: Bool
        /// The rows' cells ran together and were cut by shape (`GluedProjectRow`).
        var cutGlued = false
    }

    /// A region's cells with the rows of a project table under the header on line `headerLine`
    /// placed by column (`place`), or nil when that line is no project table's header. Header
    /// lines repeated on later pages get their places too; lines of one cell, and lines that
    /// start structure (a title), stay as they are.
    static func placing(_ cells: [FormCell], headerLine: Int, vocabulary: FormVocabulary) -> Placed? {
        guard let headerStart = cells.firstIndex(where: { $0.line == headerLine }) else { return nil }
        let headerEnd = cells[headerStart...].firstIndex { $0.line != headerLine } ?? cells.count
        if headerEnd - headerStart == 1 {
            return placingCellPerLine(cells, at: headerStart, vocabulary: vocabulary)
                .map { Placed(cells: $0.cells, headerLine: $0.headerLine, oneCellALine: true) }
        }
        // A one-project form's header (most) names no project column: asked first, as it is cheap.
        guard ProjectTable.Rows.of(cells[headerStart..<headerEnd].lazy.map(\.role)) != nil else { return nil }
        // A header cut out of one line at the vocabulary's words had its titles apart by single
        // spaces, as then are the rows' cells: a text cell with spaces in it is several cells,
        // and so is a title cell made of titles (`指标值 单位`).
        // So had a header of two such lines (`continuesProjectHeader`), each one piece, not glued.
        let headerPieces = Set(cells[headerStart..<headerEnd].map(\.piece)).count
        let spaced = headerPieces == 1 || (headerPieces == 2 && headerEnd - headerStart > 2
                                           && !cells[headerStart..<headerEnd].contains(where: \.splitFromGlued))
        let header = spaced ? splitTitles(cells[headerStart..<headerEnd], vocabulary: vocabulary) : Array(cells[headerStart..<headerEnd])
        guard let alignment = RowAlignment(header: header[...], vocabulary: vocabulary) else { return nil }
        // A header cut out of glued text: the rows' cells ran together too, and are cut by shape.
        let glued = header.contains(where: \.splitFromGlued) ? GluedProjectRow(header: header, alignment: alignment) : nil
        // A glued header of one piece reads as spaced unless its rows can be cut as glued.
        let cutter = glued.flatMap { spaced && !$0.cutsOwnRows ? nil : $0 }
        let titles = header.filter { $0.role != .tableLabel }
        var out = Array(cells[..<headerStart])
        out.reserveCapacity(cells.count)
        let headerTexts = cells[headerStart..<headerEnd].map(\.compact)
        var lineStart = headerStart
        // The last line read when it held labels alone: its line, where its cells start in `out`, its pieces.
        var labelLine: (line: Int, outStart: Int, pieces: [FormCell])?
        while lineStart < cells.count {
            let lineEnd = cells[lineStart...].firstIndex { $0.line != cells[lineStart].line } ?? cells.count
            defer { lineStart = lineEnd }
            let line = cells[lineStart..<lineEnd]
            if line.count == headerTexts.count, line.map(\.compact).elementsEqual(headerTexts) {
                // The header, or the header repeated on a new page.
                out += titlesInColumns(titles, line: cells[lineStart].line)
                continue
            }
            var pieces = cutter?.pieces(line) ?? (spaced ? splitAtSpaces(line) : Array(line))
            // A glued group's blank marks on a line of their own (`-定性`) end the row of its labels
            // on the line above (`效益指标经济效益指标`), a row broken where its merged cells were.
            if let glued, glued.isMarks(pieces), let labels = labelLine, labels.line == cells[lineStart - 1].line {
                out.removeSubrange(labels.outStart...)
                pieces = labels.pieces + pieces
            }
            labelLine = glued != nil && pieces.allSatisfy(\.isLabel) ? (cells[lineStart].line, out.count, pieces) : nil
            guard pieces.count > 1, !line.contains(where: \.startsStructure) else {
                out += line
                continue
            }
            // A row no placement fits is kept in order, to be read or rejected, never dropped.
            let row = alignment.place(pieces[...]) ?? pieces.map(\.text)
            if let cell = rowCell(row, from: cells[lineStart]) { out.append(cell) }
        }
        return Placed(cells: out, headerLine: headerLine, oneCellALine: false, cutGlued: glued != nil)
    }

    /// Header titles with their columns, on one line, as a grid's header comes.
    static func titlesInColumns(_ titles: some Collection<FormCell>, line: Int) -> [FormCell] {
        titles.enumerated().map { column, title in
            var cell = title
            cell.line = line
            cell.gridColumn = column
            return cell
        }
    }

    /// A placed row as one cell (`FormCell.gridRow`), where and as its first cell stood; nil
    /// when the row is blank.
    static func rowCell(_ row: [String], from first: FormCell) -> FormCell? {
        guard let column = row.firstIndex(where: { !$0.isEmpty }) else { return nil }
        var cell = FormCell(text: row[column], compact: FormCells.compactScalars(row[column]), line: first.line,
                            endsRow: true, gridColumn: column, afterBlank: first.afterBlank, gridRow: row)
        cell.piece = first.piece
        return cell
    }

    /// The same in text with one cell per line, where no line holds a row: the header is the
    /// run of title lines around the first level column (`at`), and the cells below are cut into
    /// rows (`rows`). A title of another table ends them; the header repeated on a new page is
    /// the header again.
    static func placingCellPerLine(_ cells: [FormCell], at: Int, vocabulary: FormVocabulary) -> (cells: [FormCell], headerLine: Int)? {
        let isTitle = { (at: Int) -> Bool in
            switch cells[at].role {
            case .key?, .column?, .tableLabel?: return true
            case nil: return isUnnamedTitle(cells[at].compact)
            default: return false
            }
        }
        var start = at, end = at
        while start > 0, isTitle(start - 1) { start -= 1 }
        while end < cells.count, isTitle(end), cells[end].role != nil || end == at { end += 1 }
        // A header of two rows one title a line: the lower row's titles after the label spanning
        // them, the amounts' among them under the upper row's spanning keys (`FormCells.headerInColumnOrder`).
        var ordered = Array(cells[start..<end])
        // The budget's own lower row (`预算数` over `合计 | 财政拨款 | 其他资金`): the total is the
        // budget's column, the parts stand right after it, as the rows' amounts do.
        if let parts = moneyParts(cells, from: end, vocabulary: vocabulary),
           let budget = ordered.firstIndex(where: { $0.role == .key(.budget) }) {
            ordered.insert(contentsOf: cells[parts].filter { $0.role != nil }, at: budget + 1)
            end = parts.upperBound
        }
        if let label = ordered.firstIndex(where: { $0.role == .tableLabel }),
           ordered[(label + 1)...].contains(where: { if case .key(let key)? = $0.role { return key.isAmount } else { return false } }) {
            ordered = FormCells.headerInColumnOrder(ordered[...label], over: ordered[(label + 1)...])
        }
        guard let alignment = RowAlignment(header: ordered[...], vocabulary: vocabulary) else { return nil }
        let headerTexts = cells[start..<end].map(\.compact)
        var out = Array(cells[..<start])
        out.reserveCapacity(cells.count)
        // The header's titles on one line, as a grid's: the table's reader takes the line as its header.
        func header(from index: Int) {
            out += titlesInColumns(ordered.filter { $0.role != .tableLabel }, line: cells[index].line)
        }
        header(from: start)
        var body = end, index = end
        func placeBody() -> Bool {
            guard body < index else { return true }
            guard let rows = alignment.rows(Array(cells[body..<index])) else { return false }
            for (first, row) in rows {
                if let cell = rowCell(row, from: cells[body + first]) { out.append(cell) }
            }
            return true
        }
        while index < cells.count {
            if index + headerTexts.count <= cells.count, cells[index..<(index + headerTexts.count)].map(\.compact).elementsEqual(headerTexts) {
                guard placeBody() else { return nil }
                header(from: index)
                index += headerTexts.count
                body = index
                continue
            }
            // A title, key or page furniture ends the table, with the line it stands on
            // (`填表人：李四 联系电话：…`).
            if cells[index].startsStructure || cells[index].role == .chrome {
                while index > body, cells[index - 1].line == cells[index].line { index -= 1 }
                break
            }
            index += 1
        }
        guard placeBody() else { return nil }
        return (out + cells[index...], cells[start].line)
    }

    /// A budget's lower header row one title a line from `start`: a total word (合计) or none,
    /// then the keys of the money's parts (财政拨款, 其他资金); nil when the cells there are not one.
    static func moneyParts(_ cells: [FormCell], from start: Int, vocabulary: FormVocabulary) -> Range<Int>? {
        var end = start
        if end < cells.count, cells[end].role == nil, vocabulary.isTotalLabel(cells[end].text) { end += 1 }
        let partsStart = end
        while end < cells.count, case .key(let key)? = cells[end].role, key.isAmount, key != .budget { end += 1 }
        return end > partsStart ? start..<end : nil
    }

    /// Header cells split at spaces where every part is a title of the vocabulary.
    static func splitTitles(_ header: ArraySlice<FormCell>, vocabulary: FormVocabulary) -> [FormCell] {
        var out: [FormCell] = []
        for cell in header {
            let parts = words(of: cell).map { word -> FormCell in
                var part = word
                let found = vocabulary.role(ofCell: part.compact)
                part.role = found?.role
                part.hint = found?.hint ?? ""
                return part
            }
            if parts.count > 1, parts.allSatisfy({ $0.startsStructure }) { out += parts } else { out.append(cell) }
        }
        return out
    }

    /// A line's text cells split at spaces (words of the vocabulary are cells already).
    static func splitAtSpaces(_ line: ArraySlice<FormCell>) -> [FormCell] {
        var out: [FormCell] = []
        for cell in line {
            guard cell.role == nil, TextCleaning.containsWhitespace(cell.text) else { out.append(cell); continue }
            out += words(of: cell).filter { !$0.compact.isEmpty }
        }
        return out
    }

    /// A cell's words apart at spaces, each a cell where the cell stood.
    static func words(of cell: FormCell) -> [FormCell] {
        cell.text.split(whereSeparator: \.isWhitespace).map { word in
            var part = cell
            part.text = String(word)
            part.compact = FormCells.compactScalars(part.text)
            return part
        }
    }
}
