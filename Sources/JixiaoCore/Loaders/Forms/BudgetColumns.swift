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
        let titles = vocabulary.budgetColumns
        guard !titles.all.isEmpty else { return nil }
        func title(_ cell: FormCell) -> [Unicode.Scalar]? {
            var compact = cell.compact
            // A bracketed hint after the title: `全年预算数(A)`, `执行率(B/A)`.
            if compact.last == ")", let open = compact.lastIndex(of: "("), open > 0 { compact.removeSubrange(open...) }
            return titles.all.first { $0 == compact }
        }
        // The titles: in the field's own cells before its amounts, else right before its key.
        var above: [[Unicode.Scalar]] = []
        for cell in field.values {
            guard let found = title(cell) else { break }
            above.append(found)
        }
        let amounts = Self.columnAmounts(field)
        if above.isEmpty, let keyIndex = header.lastIndex(where: { $0.line == field.key.line && $0.text == field.key.text }) {
            var index = keyIndex
            while index > header.startIndex, let found = title(header[index - 1]) {
                above.insert(found, at: 0)
                index -= 1
            }
        }
        guard above.count >= 2, amounts.count >= 2,
              let first = MoneyText.parse(amounts[0].text)?.amount else { return nil }
        for preferred in titles.preference {
            guard let column = above.firstIndex(of: preferred), let index = Self.amountIndex(ofColumn: column, titles: above, amounts: amounts),
                  let amount = MoneyText.parse(amounts[index].text)?.amount else { continue }
            return (amount, index, String(scalars: preferred), (String(scalars: above[0]), first))
        }
        return nil
    }

    /// Which of a row's amounts stands under the title at `column`: the same place, but where the
    /// row holds fewer amounts than titles before its percentage (`387664.62 | 10 | 100% | 10` under
    /// 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分: an empty cell dropped, or a cell equal to
    /// the one before it taken for a merged cell's repeat), which amount stands under which title
    /// there cannot be told: a budget title takes the row's first amount, as the row opens with the
    /// budget (10 had been read as the budget, the score under 分值).
    static func amountIndex(ofColumn column: Int, titles: [[Unicode.Scalar]], amounts: [FormCell]) -> Int? {
        var index = column
        if amounts.count < titles.count, let rate = titles.firstIndex(where: { $0.last == "率" }),
           let percent = amounts.firstIndex(where: { $0.compact.last == "%" }), percent < rate, column < rate {
            index = 0
        }
        return index < amounts.count ? index : nil
    }

    /// A fund's row of the same table (`其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00%`): its amount in
    /// the budget's column.
    func amount(of field: Field, inColumn column: Int) -> Double? {
        let amounts = Self.columnAmounts(field)
        return column < amounts.count ? MoneyText.parse(amounts[column].text)?.amount : nil
    }

    /// The row's cells in its amount columns: after the titles and a row label (`总额`), the run of
    /// numbers, percentages and `/`.
    static func columnAmounts(_ field: Field) -> [FormCell] {
        var amounts: [FormCell] = []
        for cell in field.values {
            if isColumnAmount(cell.compact) { amounts.append(cell); continue }
            if amounts.isEmpty { continue }
            break
        }
        return amounts
    }

    /// A cell of the amounts' row: a plain number, a percentage, or `/` for none.
    static func isColumnAmount(_ compact: [Unicode.Scalar]) -> Bool {
        guard !compact.isEmpty else { return false }
        if compact == ["/"] { return true }
        let digits = compact.last == "%" ? compact.dropLast() : compact[...]
        return !digits.isEmpty && digits.allSatisfy { ValueShape.isDigit($0) || $0 == "." || $0 == "," }
    }
}
