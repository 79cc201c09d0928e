import Foundation

/// A row of a department's table of projects (see `ProjectTable`) whose cells ran together, as
/// a page copied with every cell glued gives 湖南's 项目支出绩效目标表公开: a unit's or project's
/// row (`505006州民族特殊教育学校30.00`: code, name, amount), an indicator's after its labels
/// (`学生补助标准17元/人.每天反映…-定量`, cut as `GluedRow.lineRow` cuts it), a group left empty
/// (`-定性`). The pieces go to `RowAlignment`, which places them under the header's columns as
/// it places a row split by spaces. Every cut here is a guess, and the reading note says so.
struct GluedProjectRow {
    let alignment: RowAlignment
    /// The header's indicator columns as an indicator table: what `GluedRow` cuts against.
    let indicators: GluedRow

    /// Nil when the header has no indicator columns to cut against.
    init?(header: [FormCell], alignment: RowAlignment) {
        guard let first = header.firstIndex(where: { $0.columnTitle != nil }) else { return nil }
        let table = IndicatorTable.header(header, from: first, vocabulary: alignment.vocabulary).table
        guard table.tail.contains(where: { $0.role.holdsValue }) else { return nil }
        self.alignment = alignment
        indicators = GluedRow(table: table)
    }

    var vocabulary: FormVocabulary { alignment.vocabulary }

    /// Whether a unit's or project's own row can be told apart in glued text: by its code in a
    /// column of its own, or because the table has no organisation column (a department's own
    /// table, its name above it). A unit's name run into its project's (`【401】昭化区卫生健康局基本
    /// 公共卫生服务项目１，２５０，…`) cannot: such rows are not cut.
    var cutsOwnRows: Bool { alignment.kinds.contains(.code) || !alignment.kinds.contains(.organisation) }

    /// A line's cells cut into the pieces a row split at every cell would have.
    func pieces(_ line: ArraySlice<FormCell>) -> [FormCell] {
        var out: [FormCell] = []
        var labelled = false, coded = false
        // Cells a unit's or project's row took in with its code's (see below).
        var taken = line.startIndex
        for at in line.indices where at >= taken {
            let cell = line[at]
            guard cell.role == nil, !cell.compact.isEmpty else {
                if cell.isLabel { labelled = true }
                out.append(cell)
                continue
            }
            if let marks = marks(cell) {
                out += marks
                continue
            }
            // A unit's or project's own row: its code, its name, its amount, its goal.
            // (No label or other word before it: `out` holds text cells only.)
            if !coded, alignment.kinds.contains(.code), out.allSatisfy({ $0.role == nil }) {
                // The code's digits as written (full-width ones too): a space ends it before a name
                // opening with a year (`601002  2024年农机购置补贴8.00`), which the folded text runs on into.
                let written = TextCleaning.trimSpaces(cell.text).unicodeScalars
                let code = written.prefix { ValueShape.isDigit(FormCells.compactScalar($0) ?? $0) }
                if code.count >= 3 {
                    coded = true
                    out.append(indicators.cell(code.compactMap(FormCells.compactScalar), like: cell))
                    // The row's text after the code up to its labels is its name, money and goal, in
                    // one cell or in several a wide space split (an empty cell's, kept as a space).
                    var rest = String(written.dropFirst(code.count))
                    taken = at + 1
                    while taken < line.endIndex, line[taken].role == nil, !line[taken].compact.isEmpty, marks(line[taken]) == nil {
                        rest += " " + line[taken].text
                        taken += 1
                    }
                    var named = cell
                    named.text = TextCleaning.trimSpaces(rest)
                    named.compact = FormCells.compactScalars(named.text)
                    if !named.compact.isEmpty { out += self.named(named) }
                    continue
                }
            }
            if coded, !labelled {
                out += named(cell)
                continue
            }
            // An indicator's row: its name, target, texts, unit and type.
            if let rows = indicators.lineRow(IndicatorTable.Row(name: cell, isLineRow: true)), rows.count == 1 {
                out += inColumnOrder(rows[0])
                continue
            }
            out.append(cell)
        }
        return out
    }

    /// A unit's or project's name with its amount glued after it (`学生伙食费30.00`), and the goal
    /// after that: apart. The amount is the first number after the name that no unit or date
    /// follows (`建设3个村级道路50.00`: 50.00).
    func named(_ cell: FormCell) -> [FormCell] {
        guard alignment.kinds.contains(.budget) else { return [cell] }
        if let cut = withParts(cell) { return cut }
        let text = cell.compact
        var i = 1
        while i < text.count {
            guard ValueShape.isDigit(text[i]), !ValueShape.isDigit(text[i - 1]), text[i - 1] != "." else { i += 1; continue }
            var end = i
            while end < text.count, ValueShape.isDigit(text[end])
                    || ((text[end] == "." || text[end] == ",") && end + 1 < text.count && ValueShape.isDigit(text[end + 1])) { end += 1 }
            let followed = end < text.count && (indicators.shape.unitLength(text, at: end) != nil
                                                || ValueShape.dateCharacters.contains(text[end]) || text[end] == "%")
            guard !followed else { i = end; continue }
            var out = [indicators.cell(Array(text[..<i]), like: cell), indicators.cell(Array(text[i..<end]), like: cell)]
            if end < text.count { out.append(indicators.cell(Array(text[end...]), like: cell)) }
            return out
        }
        return [cell]
    }

    /// An organisation's name with its money's columns glued after it, the total and its parts
    /// (`衡阳市社会福利院1,752.481,462.48200 90700.381,052.11、建立…`: 资金总额, 一般公共预算 …
    /// 项目支出, then the goal), apart, each amount in its column: where the parts' sums cut the
    /// digits one way only (`GluedAmounts.columns`). Nil when the header has no parts' columns
    /// or no run of digits after the name cuts so.
    func withParts(_ cell: FormCell) -> [FormCell]? {
        guard let (columns, groups) = alignment.moneyColumns else { return nil }
        // The text folded for matching, a space kept where the copy left any (an empty cell's).
        var text: [Unicode.Scalar] = []
        for scalar in cell.text.unicodeScalars {
            if TextCleaning.isWhitespace(scalar) {
                if text.last != " " { text.append(" ") }
            } else if let folded = FormCells.compactScalar(scalar) {
                text.append(folded)
            }
        }
        for start in text.indices.dropFirst() where ValueShape.isDigit(text[start])
            && !ValueShape.isDigit(text[start - 1]) && text[start - 1] != "," && text[start - 1] != "." {
            guard let (amounts, end) = GluedAmounts.columns(Array(text[start...]), parts: groups) else { continue }
            let name = text[..<start].filter { $0 != " " }
            var out = [indicators.cell(name, like: cell)]
            for (column, amount) in zip(columns, amounts) {
                guard let amount else { continue }
                var placed = indicators.cell(Array(amount.unicodeScalars), like: cell)
                placed.gridColumn = column
                out.append(placed)
            }
            let rest = text[(start + end)...].filter { $0 != " " }
            if !rest.isEmpty { out.append(indicators.cell(rest, like: cell)) }
            return out
        }
        return nil
    }

    /// A group the template left empty, its blank marks run together (`-定性`): the marks apart.
    func marks(_ cell: FormCell) -> [FormCell]? {
        let text = cell.compact
        guard let type = vocabulary.valueTypeEnding(text) else { return nil }
        let rest = Array(text.dropLast(type.count))
        guard rest.isEmpty || vocabulary.isPlaceholder(rest) else { return nil }
        return (rest.isEmpty ? [] : [indicators.cell(rest, like: cell)]) + [indicators.cell(type, like: cell)]
    }

    /// A cut indicator row's cells in the order of the header's columns: the name, then each
    /// cell where its column stands (a target where the first target column does).
    func inColumnOrder(_ row: IndicatorTable.Row) -> [FormCell] {
        let tail = indicators.table.tail.map(\.role)
        let value = tail.firstIndex { $0.holdsValue } ?? 0
        let place = { (cell: FormCell) in cell.placedIn.flatMap { role in tail.firstIndex(of: role) } ?? value }
        let ordered = row.cells.enumerated().sorted { (place($0.element), $0.offset) < (place($1.element), $1.offset) }
        return [row.name] + ordered.map(\.element)
    }

    /// Whether a line holds nothing but blank marks (`-`, `定性`): the rest of the row above it,
    /// a group's label broken from its marks over lines.
    func isMarks(_ pieces: [FormCell]) -> Bool {
        !pieces.isEmpty && pieces.allSatisfy { piece in
            piece.role == nil && vocabulary.isBlankMark(piece.compact)
        }
    }
}
