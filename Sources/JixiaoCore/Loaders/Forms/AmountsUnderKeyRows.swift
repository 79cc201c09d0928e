/// A department form's budget written under rows of keys, its amounts in a row that kept no empty
/// cells (湖南's 部门整体支出绩效目标申报表: `资金总额 | 按收入性质分 | 按支出性质分` over `公共财政拨款 |
/// 政府性基金拨款 | … | 基本支出 | 项目支出`, then `1,403.07 256.09` / `1,146.98 297.55 1,105.52`):
/// which amount stands under which key the text cannot tell, but the total comes first and the
/// others add up to it, once or twice (by income and by spending).
enum AmountsUnderKeyRows {
    /// The longest cell passed over between the budget's key and its amounts: the keys the
    /// vocabulary lacks are short (`政府性`, `纳入专户的非税收入拨款`); a sentence ends the search.
    static let longestKeyPassed = 12

    /// The total of the amounts under the key at `keyIndex`, with its text, where the amounts
    /// after it add up to it; nil otherwise.
    static func total(afterKeyAt keyIndex: Int, in cells: ArraySlice<FormCell>) -> (amount: Double, text: String)? {
        var index = keyIndex + 1
        // Past the other keys and the keys' words the vocabulary lacks, to the first amount.
        while index < cells.endIndex, cells[index].role != nil || amount(cells[index]) == nil {
            guard cells[index].role != nil || cells[index].compact.count <= longestKeyPassed else { return nil }
            index += 1
        }
        let first = index
        var amounts: [Double] = []
        while index < cells.endIndex, let next = amount(cells[index]) {
            amounts.append(next)
            index += 1
        }
        guard amounts.count >= 2, let total = amounts.first, total > 0 else { return nil }
        let sum = amounts.dropFirst().reduce(0, +)
        guard abs(sum - total) < 0.005 || abs(sum / 2 - total) < 0.005 else { return nil }
        return (total, cells[first].text)
    }

    /// A cell holding an amount alone (`1,403.07`, `211.62`).
    static func amount(_ cell: FormCell) -> Double? {
        guard cell.role == nil, let first = cell.compact.first, ("0"..."9").contains(first),
              let parsed = MoneyText.parse(cell.text), parsed.unit == nil else { return nil }
        return parsed.amount
    }
}
