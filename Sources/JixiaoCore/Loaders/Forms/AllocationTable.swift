import Foundation

extension FormReader {
    /// An allocation table (amounts per township or school): its total — the 合计 row, else
    /// the first amount of each row — and the organisations it names.
    mutating func readAllocation(_ region: TemplateFormLoader.Region) {
        var unit: MoneyUnit?
        var total: Double?
        var rowSum: Double = 0
        var rowAmounts = 0
        var texts: [String] = []
        var takeNext = false
        var rowHasAmount = Set<Int>()
        // Rows of a grid kept whole (`FormCells.bodyRow`) read cell by cell here.
        let cells = region.cells.contains { $0.gridRow != nil }
            ? FormCells(vocabulary: vocabulary).expandingRows(region.cells) : region.cells
        for cell in cells {
            let compact = Self.firstAmountOn(cell)
            let text = String(scalars: compact)
            if unit == nil, text.containsText("单位") || !cell.hint.isEmpty { unit = MoneyUnit.detect(in: text + cell.hint) }
            // A total row's label (`total_labels`: 合计, 共计 …; the longest that fits).
            // A label with words after it (a bracketed hint aside) titles a column (`合计` glued to the
            // funds' columns' titles): only a label alone takes the amount in a cell after it, and only
            // a cell that opens with it (glued text there held `…功能科目代码小计2110406…`, a budget code).
            if let label = vocabulary.totalLabelTexts.filter({ text.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
                let rest = String(text.dropFirst(label.count))
                if let parsed = MoneyText.parse(rest) {
                    total = parsed.amount
                } else {
                    takeNext = TextCleaning.unbracketed(rest).unicodeScalars.allSatisfy { !$0.properties.isAlphabetic }
                }
                continue
            }
            if takeNext, compact.first.map(ValueShape.isDigit) == true, let parsed = MoneyText.parse(text) {
                total = parsed.amount
                takeNext = false
                continue
            }
            if cell.role == nil, ValueShape.isDigit(cell.compact.first ?? " ") == false { texts.append(cell.text) }
            if cell.role == nil, !rowHasAmount.contains(cell.line), rowHasAmountCandidate(cell),
               let parsed = MoneyText.parse(text), compact.allSatisfy({ ValueShape.isDigit($0) || $0 == "," || $0 == "." }) {
                rowSum += parsed.amount
                rowAmounts += 1
                rowHasAmount.insert(cell.line)
            }
        }
        let amount = total ?? (rowAmounts > 0 ? rowSum : nil)
        allocations.append((amount.map { (unit ?? .wanYuan).toWan($0) }, texts, region.title?.line ?? region.cells.first?.line ?? 1))
    }

    /// A cell's folded text up to a space between two numbers: a row copied with single spaces
    /// keeps its amounts in one cell (`7,548,150 7,074,550 …`), and only the first is the row's.
    /// Folded whole, they had read as one number of 40 digits.
    static func firstAmountOn(_ cell: FormCell) -> [Unicode.Scalar] {
        let scalars = Array(cell.text.unicodeScalars)
        guard let gap = scalars.indices.first(where: { at in
            at > 0 && TextCleaning.isWhitespace(scalars[at]) && ValueShape.isDigit(scalars[at - 1])
                && scalars[at...].first(where: { !TextCleaning.isWhitespace($0) }).map(ValueShape.isDigit) == true
        }) else { return cell.compact }
        return FormCells.compactScalars(String(String.UnicodeScalarView(scalars[..<gap])))
    }

    /// Only rows of a pipe- or tab-separated allocation table are summed: their first number
    /// after a name is the row's amount. In one-cell-per-line text the 合计 row decides.
    func rowHasAmountCandidate(_ cell: FormCell) -> Bool { cell.endsRow || renderings[.pipes, default: 0] + renderings[.tabs, default: 0] > 0 }
}
