import Foundation

/// A self-evaluation's budget row under the titles of its amount columns (年初预算 | 调整后预算数 |
/// 预算执行数 | 预算执行率 | 权重 | 得分, `budget_columns` in Data/vocabulary.yaml): its amounts
/// stand in the titles' order, and the form's budget is the one under the title the vocabulary
/// prefers (the year's budget as adjusted, not the one at the start of the year, which may be 0).
extension FormReader {
    /// The amount under the most preferred title, its column, that title, and the row's first
    /// column's title and amount; nil where the field's row has no such titles over two amounts.
    func budgetUnderColumnTitles(_ field: Field, after header: ArraySlice<FormCell>)
        -> (amount: Double, column: Int, title: String, first: (title: String, amount: Double))? {
        let columnTitles = vocabulary.budgetColumns
        guard !columnTitles.all.isEmpty else { return nil }
        func title(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
            var compact = text
            // A bracketed hint after the title: `全年预算数(A)`, `执行率(B/A)`.
            if compact.last == ")", let open = compact.lastIndex(of: "("), open > 0 { compact.removeSubrange(open...) }
            return columnTitles.all.first { $0 == compact }
        }
        // A cell's titles: one, or several one space apart where the line's wider gaps split its
        // cells (`项目资金(万元)   年初预算数 全年预算数 全年执行数 …`).
        func titles(in cell: FormCell) -> [[Unicode.Scalar]]? {
            if let one = title(cell.compact) { return [one] }
            // Most cells hold no space (an amount): told from its bytes before it is cut.
            guard cell.text.utf8.contains(0x20) else { return nil }
            let words = cell.text.unicodeScalars.split(whereSeparator: TextCleaning.isWhitespace)
            guard words.count >= 2 else { return nil }
            let found = words.compactMap { title(FormCells.compactScalars(String(String.UnicodeScalarView($0)))) }
            return found.count == words.count ? found : nil
        }
        // The titles: in the field's own cells before its amounts, else right before its key.
        var above: [[Unicode.Scalar]] = []
        for cell in field.values {
            guard let found = titles(in: cell) else { break }
            above += found
        }
        let amounts = Self.columnAmounts(field, in: header)
        if above.isEmpty, let keyIndex = header.lastIndex(where: { $0.line == field.key.line && $0.text == field.key.text }) {
            var index = keyIndex
            while index > header.startIndex, let found = titles(in: header[index - 1]) {
                above.insert(contentsOf: found, at: 0)
                index -= 1
            }
        }
        guard above.count >= 2, amounts.count >= 2,
              let first = MoneyText.parse(amounts[0].text)?.amount else { return nil }
        for preferred in columnTitles.preference {
            guard let column = above.firstIndex(of: preferred), let index = Self.amountIndex(ofColumn: column, titles: above, amounts: amounts),
                  let amount = MoneyText.parse(amounts[index].text)?.amount else { continue }
            return (amount, index, String(scalars: preferred), (String(scalars: above[0]), first))
        }
        return nil
    }

    /// Which of a row's amounts stands under the title at `column`: the same place, but where the
    /// row holds fewer amounts than titles before its percentage (`387664.62 | 387664.62 | 10 | 100%`
    /// under 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率: the execution left empty), the percentage
    /// stands under the rate's title (ending in 率), the amounts before it fill the titles from the
    /// first, those after it the titles after the rate (10 had been read as the budget, the score).
    static func amountIndex(ofColumn column: Int, titles: [[Unicode.Scalar]], amounts: [FormCell]) -> Int? {
        var index: Int? = column
        if amounts.count < titles.count, let rate = titles.firstIndex(where: { $0.last == "率" }),
           let percent = amounts.firstIndex(where: { $0.compact.last == "%" }), percent < rate {
            index = column >= rate ? column - (rate - percent) : column < percent ? column : nil
        }
        return index.flatMap { $0 < amounts.count ? $0 : nil }
    }

    /// A fund's row of the same table (`其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00%`): its amount in
    /// the budget's column.
    func amount(of field: Field, inColumn column: Int, in header: ArraySlice<FormCell>) -> Double? {
        let amounts = Self.columnAmounts(field, in: header)
        return column < amounts.count ? MoneyText.parse(amounts[column].text)?.amount : nil
    }

    /// The row's cells in its amount columns: after the titles and a row label (`总额`), the run of
    /// numbers, percentages and `/`. Read from the cells after the field's key, not its values:
    /// equal amounts side by side (`387664.62 | 387664.62`) are two columns, not a merged cell's
    /// repeat, which its values keep once.
    static func columnAmounts(_ field: Field, in header: ArraySlice<FormCell>) -> [FormCell] {
        let key = field.keyIndex(in: header)
        let cells = key.map { header[($0 + 1)...].prefix { if case .key? = $0.role { false } else { true } } } ?? field.values[...]
        var amounts: [FormCell] = []
        for cell in cells {
            if isColumnAmount(cell.compact) { amounts.append(cell); continue }
            if amounts.isEmpty { continue }
            break
        }
        return amounts
    }

    /// A cell of the amounts' row: a plain number, a percentage, or `/` for none.
    /// The units an amount in a budget's columns may be written with, longest first.
    static let amountUnits: [[Unicode.Scalar]] = ["万元", "万", "元"].map { Array($0.unicodeScalars) }

    static func isColumnAmount(_ compact: [Unicode.Scalar]) -> Bool {
        guard !compact.isEmpty else { return false }
        if compact == ["/"] { return true }
        var digits = compact.last == "%" ? compact.dropLast() : compact[...]
        // An amount with its unit (`150万`, `125.25万元`).
        for unit in Self.amountUnits where digits.count > unit.count && digits.suffix(unit.count).elementsEqual(unit) {
            digits = digits.dropLast(unit.count)
            break
        }
        return !digits.isEmpty && digits.allSatisfy { ValueShape.isDigit($0) || $0 == "." || $0 == "," }
    }

    /// A budget key standing last in a row of amount titles after others of its kind
    /// (`项 目 | 上年度安排资金 | 本年度申请资金`, 湖南's 申报表), the total's row under them one cell
    /// of a total label and its amounts one space apart (`合 计 130 300`): the amount in the key's
    /// place (300), not the first (last year's 130), and the row's text. Nil where the row does not
    /// hold one amount per title.
    func budgetInTitlesRow(_ field: Field, in header: ArraySlice<FormCell>) -> (amount: Double, row: String)? {
        guard let key = field.keyIndex(in: header), let row = field.values.first, row.line > field.key.line,
              row.text.utf8.contains(0x20) else { return nil }
        // The titles before the key on its line: keys right before it, none of them a value.
        var place = 0
        while key - place > header.startIndex, case .key? = header[key - place - 1].role,
              header[key - place - 1].line == field.key.line {
            place += 1
        }
        guard place > 0 else { return nil }
        let words = row.text.split(whereSeparator: { $0 == " " })
        let compacts = words.map { FormCells.compactScalars(String($0)) }
        guard let firstAmount = compacts.firstIndex(where: Self.isColumnAmount),
              vocabulary.isTotalLabel(words[..<firstAmount].joined()),
              compacts.count - firstAmount == place + 1, compacts[firstAmount...].allSatisfy(Self.isColumnAmount),
              let amount = MoneyText.parse(String(words[firstAmount + place]))?.amount else { return nil }
        return (amount, row.text)
    }
}
