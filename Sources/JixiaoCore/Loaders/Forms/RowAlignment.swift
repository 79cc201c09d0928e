import Foundation

/// A department's table of projects (see `ProjectTable`) in a rendering that keeps no column
/// places: rows whose cells are split by spaces or `|`, the blank (merged) cells dropped, as
/// text copied from a web page or a document gives them. The header line still names every
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
        /// A column the reader keeps but does not read (序号, 备注, another set of targets).
        case other
    }

    let kinds: [Kind]
    let vocabulary: FormVocabulary
    private let shape: ValueShape

    /// The header line's cells as the columns of a project table, or nil when they are not one:
    /// every cell a title of the vocabulary or a short unnamed one (序号), a project column and an
    /// indicator column among them.
    init?(header: ArraySlice<FormCell>, vocabulary: FormVocabulary) {
        var kinds: [Kind] = []
        for at in header.indices {
            switch header[at].role {
            case .key(.project)?: kinds.append(.project)
            case .key(.budget)?: kinds.append(.budget)
            case .key(.goal)?: kinds.append(.goal)
            case .key(.department)?, .key(.unit)?: kinds.append(.organisation)
            case .column(let role)?: kinds.append(Self.kind(of: role))
            case nil where header[at].compact.count <= Self.longestUnnamedTitle
                && !header[at].compact.contains(where: ValueShape.isDigit):
                kinds.append(.other)
            default: return nil
            }
        }
        guard kinds.contains(.project), kinds.contains(.name) || kinds.contains(.value) else { return nil }
        self.kinds = kinds
        self.vocabulary = vocabulary
        shape = ValueShape(vocabulary: vocabulary)
    }

    /// A title the vocabulary does not know, as long as a header's may be (序号, 备注, 分值说明).
    static let longestUnnamedTitle = 6

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
        case .kept, .alternative, .place: return .other
        }
    }

    /// The row's text by column ("" where blank), or nil when no placement keeps every cell.
    func place(_ cells: ArraySlice<FormCell>) -> [String]? {
        let row = Array(cells)
        let hasLabel = row.contains { if case .label? = $0.role { return true } else { return false } }
        let firstLevel = kinds.firstIndex { if case .level = $0 { return true } else { return false } }
        let lastLevel = kinds.lastIndex { if case .level = $0 { return true } else { return false } }
        guard !hasLabel, let firstLevel, let lastLevel else { return placed(row, in: 0..<kinds.count)?.texts }
        // A row without a label is either a department's or project's own (the columns before
        // the labels) or an indicator's under labels written above (the columns after them).
        let leading = placed(row, in: 0..<firstLevel), trailing = placed(row, in: (lastLevel + 1)..<kinds.count)
        guard let leading else { return trailing?.texts }
        guard let trailing else { return leading.texts }
        return ownsRow(leading.texts) && leading.score >= trailing.score ? leading.texts : trailing.texts
    }

    /// Whether a placement in the leading columns is a department's or project's row: it names
    /// an organisation as organisations are named, or a project with its budget and goal.
    private func ownsRow(_ row: [String]) -> Bool {
        let filled = { (kind: Kind) in kinds.indices.contains { kinds[$0] == kind && !row[$0].isEmpty } }
        if let at = kinds.indices.first(where: { kinds[$0] == .organisation && !row[$0].isEmpty }),
           score(of: FormCells.compactScalars(row[at]), text: row[at], role: nil, in: .organisation) ?? 0 > 1 {
            return true
        }
        return filled(.project) && filled(.budget) && (filled(.goal) || !kinds.contains(.goal))
    }

    /// The best placement of `row` in `columns`, by what each cell holds (`score`); a run of
    /// cells may share a text column (a name with spaces in it).
    private func placed(_ row: [FormCell], in columns: Range<Int>) -> (texts: [String], score: Int)? {
        let count = row.count, first = columns.lowerBound, end = columns.upperBound
        guard count > 0, count <= 2 * (end - first) else { return nil }
        // best[i][j]: the best score placing cells i... in columns j..., nil when they do not fit.
        var best = [[Int?]](repeating: [Int?](repeating: nil, count: end - first + 1), count: count + 1)
        var choice = [[Int]](repeating: [Int](repeating: 0, count: end - first + 1), count: count + 1)  // cells taken, 0 = column skipped
        for j in 0...(end - first) { best[count][j] = 0 }
        for i in stride(from: count - 1, through: 0, by: -1) {
            for j in stride(from: end - first - 1, through: 0, by: -1) {
                let kind = kinds[first + j]
                // Skipping the column first: on a tie, the cells stand further right.
                var top = best[i][j + 1], taken = 0
                let most = Self.joins(kind) ? count - i : 1
                for run in 1...most {
                    guard let rest = best[i + run][j + 1], let fit = fit(row[i..<(i + run)], in: kind) else { continue }
                    if top == nil || fit + rest > top! { top = fit + rest; taken = run }
                }
                best[i][j] = top
                choice[i][j] = taken
            }
        }
        guard let score = best[0][0] else { return nil }
        var texts = [String](repeating: "", count: kinds.count)
        var i = 0, j = 0
        while i < count {
            let run = choice[i][j]
            if run > 0 {
                texts[first + j] = row[i..<(i + run)].map(\.text).joined(separator: " ")
                i += run
            }
            j += 1
        }
        return (texts, score)
    }

    /// Text columns, where a cell split at a space may stand with the rest of its text.
    static func joins(_ kind: Kind) -> Bool {
        switch kind {
        case .organisation, .project, .goal, .name, .value, .other: return true
        default: return false
        }
    }

    /// How well a run of cells fits a column: one cell's score, or the joined text's. A run costs
    /// nothing more: it only wins where its cells would score no more apart.
    private func fit(_ run: ArraySlice<FormCell>, in kind: Kind) -> Int? {
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
        case .project: return number ? nil : 2
        case .budget: return number ? 4 : nil
        case .goal: return number ? nil : (compact.count >= 8 ? 2 : 1)
        case .name: return number || shape.isValue(compact) ? 0 : 2
        case .value: return shape.isValue(compact) || number ? 3 : 1
        case .comparison: return shape.isComparison(compact) ? 4 : nil
        case .unit:
            // A short word the vocabulary does not list may be a unit, but rather a value (`得到保障`).
            if shape.isUnit(compact) { return 4 }
            return compact.count <= 4 && !compact.contains(where: ValueShape.isDigit) ? 0 : nil
        case .weight: return number && MoneyText.plainNumber(compact)?.unit == nil ? 3 : nil
        case .direction: return vocabulary.isDirection(compact) ? 4 : nil
        case .other: return 1
        }
    }
}

extension RowAlignment {
    /// A region's cells with the rows of a project table under the header on line `headerLine`
    /// placed by column (`place`), or nil when that line is no project table's header. Header
    /// lines repeated on later pages get their places too; lines of one cell, and lines that
    /// start structure (a title), stay as they are.
    static func placing(_ cells: [FormCell], headerLine: Int, vocabulary: FormVocabulary) -> [FormCell]? {
        guard let headerStart = cells.firstIndex(where: { $0.line == headerLine }) else { return nil }
        let headerEnd = cells[headerStart...].firstIndex { $0.line != headerLine } ?? cells.count
        // A header cut out of one line at the vocabulary's words had its titles apart by single
        // spaces, as then are the rows' cells: a text cell with spaces in it is several cells,
        // and so is a title cell made of titles (`指标值 单位`).
        let spaced = Set(cells[headerStart..<headerEnd].map(\.piece)).count == 1
        let header = spaced ? splitTitles(cells[headerStart..<headerEnd], vocabulary: vocabulary) : Array(cells[headerStart..<headerEnd])
        guard let alignment = RowAlignment(header: header[...], vocabulary: vocabulary) else { return nil }
        var out = Array(cells[..<headerStart])
        out.reserveCapacity(cells.count)
        let headerTexts = cells[headerStart..<headerEnd].map(\.compact)
        var lineStart = headerStart
        while lineStart < cells.count {
            let lineEnd = cells[lineStart...].firstIndex { $0.line != cells[lineStart].line } ?? cells.count
            defer { lineStart = lineEnd }
            let line = cells[lineStart..<lineEnd]
            if line.count == headerTexts.count, line.map(\.compact).elementsEqual(headerTexts) {
                // The header, or the header repeated on a new page.
                for (column, var cell) in header.enumerated() {
                    cell.line = cells[lineStart].line
                    cell.gridColumn = column
                    out.append(cell)
                }
                continue
            }
            let pieces = spaced ? splitAtSpaces(line) : Array(line)
            guard pieces.count > 1, !line.contains(where: \.startsStructure) else {
                out += line
                continue
            }
            // A row no placement fits is kept in order, to be read or rejected, never dropped.
            let row = alignment.place(pieces[...]) ?? pieces.map(\.text)
            guard let column = row.firstIndex(where: { !$0.isEmpty }) else { continue }
            var cell = FormCell(text: row[column], compact: FormCells.compactScalars(row[column]), line: cells[lineStart].line,
                                endsRow: true, gridColumn: column, afterBlank: cells[lineStart].afterBlank, gridRow: row)
            cell.piece = cells[lineStart].piece
            out.append(cell)
        }
        return out
    }

    /// Header cells split at spaces where every part is a title of the vocabulary.
    static func splitTitles(_ header: ArraySlice<FormCell>, vocabulary: FormVocabulary) -> [FormCell] {
        var out: [FormCell] = []
        for cell in header {
            let parts = cell.text.split(whereSeparator: \.isWhitespace).map { word -> FormCell in
                var part = cell
                part.text = String(word)
                part.compact = FormCells.compactScalars(part.text)
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
            for word in cell.text.split(whereSeparator: \.isWhitespace) {
                var piece = cell
                piece.text = String(word)
                piece.compact = FormCells.compactScalars(piece.text)
                if !piece.compact.isEmpty { out.append(piece) }
            }
        }
        return out
    }
}
