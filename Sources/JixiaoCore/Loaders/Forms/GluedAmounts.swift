/// Amounts glued together under a row of amount keys, as text copied with every cell run
/// together writes them: `资金总额 财政拨款 其他资金` then `356.8356.80`. The cut is the one that
/// makes the total (the first key's amount) the sum of the others, where exactly one does:
/// 356.8 = 356.8 + 0. Otherwise the digits are left as they are.
enum GluedAmounts {
    /// The most decimals an amount is written with (万元 to the yuan: 4).
    static let maxDecimals = 4

    /// `text` cut into `count` amounts, the first the sum of the others; nil unless one cut does.
    static func split(_ text: [Unicode.Scalar], into count: Int) -> [String]? {
        guard count >= 2, text.count >= count, text.count <= 40,
              ValueShape.isBareNumber(text) else { return nil }
        var found: [[Range<Int>]] = []
        func cut(from start: Int, parts: [Range<Int>]) {
            guard found.count < 2 else { return }
            if parts.count == count - 1 {
                let all = parts + [start..<text.count]
                if all.allSatisfy({ amount(text[$0]) != nil }) {
                    let values = all.map { amount(text[$0])! }
                    if values[0] == values.dropFirst().reduce(0, +) { found.append(all) }
                }
                return
            }
            for end in (start + 1)..<text.count where amount(text[start..<end]) != nil {
                cut(from: end, parts: parts + [start..<end])
            }
        }
        cut(from: 0, parts: [])
        guard found.count == 1 else { return nil }
        return found[0].map { String(String.UnicodeScalarView(text[$0])) }
    }

    /// An amount as written, in ten-thousandths: digits, at most one point with digits on both
    /// sides, no leading zero but a lone `0` before the point.
    static func amount(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let first = text.first, first != ".", text.last != ".", text.count <= 16 else { return nil }
        let point = text.firstIndex(of: ".")
        let whole = text[..<(point ?? text.endIndex)]
        if whole.count > 1, whole.first == "0" { return nil }
        var value = 0
        for digit in whole { value = value * 10 + Int(digit.value - 48) }
        var fraction = 0, decimals = 0
        if let point {
            let part = text[(point + 1)...]
            guard !part.contains("."), part.count <= maxDecimals else { return nil }
            for digit in part { fraction = fraction * 10 + Int(digit.value - 48) }
            decimals = part.count
        }
        for _ in decimals..<maxDecimals { fraction *= 10 }
        for _ in 0..<maxDecimals { value *= 10 }
        return value + fraction
    }
}

extension GluedAmounts {
    /// Which sum a part of the money belongs to: the parts by source (一般公共预算, 政府性基金拨款 …,
    /// 其他资金) and the parts by use (基本支出, 项目支出) each add up to the total.
    enum PartGroup { case source, use }

    /// The amounts of a row's money columns run together (`1,752.481,462.48200 90700.381,052.1`,
    /// 湖南's 整体支出绩效目标表 copied glued), from `text`'s start: the total (the first column),
    /// then the parts, each column's amount or nil where the row left it blank, and where the
    /// amounts end (the goal after them may open with a digit: `1、建立…`). The cut is the one
    /// that lets each group of parts add up to the total and takes the most digits (a cut
    /// leaving `90700.38…` over leaves a number, not the goal) in the fewest amounts (`200.00`,
    /// not `200.0` and `0`); nil unless exactly one does. Its amounts go to the columns where
    /// the copy's spaces (an empty cell's) say the blank ones are, else as far left in their
    /// group as they can (`columns(ofAmounts:parts:)`). `text` is folded
    /// (`FormCells.compactScalar`) with spaces kept as one `" "` each.
    static func columns(_ text: [Unicode.Scalar], parts: [PartGroup]) -> (amounts: [String?], end: Int)? {
        guard !parts.isEmpty else { return nil }
        // The longest run of what amounts are written with.
        var runEnd = 0
        while runEnd < text.count, ValueShape.isDigit(text[runEnd]) || text[runEnd] == "," || text[runEnd] == "." || text[runEnd] == " " {
            runEnd += 1
        }
        let run = Array(text[..<runEnd])
        // Digits left after the amounts are the next text's numbering (`1、`, `2)`) or none are.
        func endsAmounts(at end: Int) -> Bool {
            let left = run[end...].filter { $0 != " " }
            guard !left.isEmpty else { return true }
            return left.count <= 2 && left.allSatisfy(ValueShape.isDigit) && runEnd < text.count
                && numberingMarks.contains(text[runEnd])
        }
        // Every cut into amounts that could add up: its texts, values, whether a space stood
        // before each, and its end.
        var cuts: [(texts: [String], values: [Int], spaced: [Bool], end: Int)] = []
        var tries = 0
        func cut(from start: Int, texts: [String], values: [Int], spaced: [Bool], parts sum: Int) {
            tries += 1
            guard tries <= maxTries else { return }
            // The amounts end where no number goes on: the run's end, or a number of the text after
            // them (the goal's `1、`), never a separator or a point.
            if values.count > 1, endsAmounts(at: start) {
                cuts.append((texts, values, spaced, start))
            }
            guard values.count <= parts.count else { return }
            var from = start
            let space = from < run.count && run[from] == " "
            while from < run.count, run[from] == " " { from += 1 }
            for end in stride(from: from + 1, through: run.count, by: 1) {
                guard let value = separatedAmount(run[from..<end]) else { continue }
                // The parts of two groups add up to twice the total at most; none is more than it.
                guard value <= values[0], sum + value <= 2 * values[0] else { continue }
                cut(from: end, texts: texts + [String(scalars: Array(run[from..<end]))], values: values + [value],
                    spaced: spaced + [space], parts: sum + value)
            }
        }
        var first = 0
        while first < run.count, run[first] != " " {
            first += 1
            guard let total = separatedAmount(run[..<first]) else { continue }
            cut(from: first, texts: [String(scalars: Array(run[..<first]))], values: [total], spaced: [false], parts: 0)
        }
        guard tries <= maxTries else { return nil }
        let adding = cuts.filter { columns(ofAmounts: $0.values, parts: parts) != nil }
        guard let end = adding.map(\.end).max(), case let longest = adding.filter({ $0.end == end }),
              let fewest = longest.map(\.values.count).min(), case let chosen = longest.filter({ $0.values.count == fewest }),
              chosen.count == 1, let found = chosen.first,
              let placed = columns(ofAmounts: found.values, parts: parts, spaced: found.spaced) ?? columns(ofAmounts: found.values, parts: parts)
        else { return nil }
        var amounts = [String?](repeating: nil, count: parts.count + 1)
        for (column, text) in zip(placed, found.texts) { amounts[column] = text }
        return (amounts, end)
    }

    /// What follows a text's number (`1、`, `(1)`, `1)`): digits left after glued amounts before
    /// one of them are the goal's numbering, not an amount's.
    static let numberingMarks: Set<Unicode.Scalar> = ["、", ")", "）", ":", "："]

    /// The most cuts `columns` tries before it gives up on a run.
    static let maxTries = 20_000

    /// An amount as written with thousands separators or without (`1,752.48`, `200`), in
    /// ten-thousandths; nil for other text (a separator not before three digits, a second point).
    static func separatedAmount(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        guard text.allSatisfy({ ValueShape.isDigit($0) || $0 == "." || $0 == "," }) else { return nil }
        guard text.contains(",") else { return amount(text) }
        let point = text.firstIndex(of: ".") ?? text.endIndex
        let groups = text[..<point].split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count), head.first != "0",
              groups.dropFirst().allSatisfy({ $0.count == 3 }), !text[point...].contains(",") else { return nil }
        return amount(ArraySlice(Array(groups.joined()) + Array(text[point...])))
    }
}

extension GluedAmounts {
    /// The columns of amounts a row wrote apart but with its blank cells dropped (`| 1,752.48 |
    /// 1,462.48 | 200 | 90 | 700.38 | 1,052.1 |`): the first the total (column 0), each part in
    /// the column (1...) that makes each group of parts add up to it. Where several do (a group
    /// with fewer amounts than columns), the parts stand as far left in their group as they can:
    /// a group's first column (一般公共预算, 基本支出) is the one most often written. Nil when no
    /// placement adds up.
    /// `spaced`: whether a space stood before each amount in glued text (an empty cell's): then
    /// only the placement with a blank column exactly where a space stood, when there is one.
    static func columns(ofAmounts values: [Int], parts: [PartGroup], spaced: [Bool]? = nil) -> [Int]? {
        guard values.count >= 2, values.count <= parts.count + 1 else { return nil }
        if let spaced {
            // The blank columns are where the spaces say: each amount's column follows from them.
            var placed = [0]
            for index in 1..<values.count { placed.append(placed[index - 1] + (spaced[index] ? 2 : 1)) }
            guard placed.last! <= parts.count else { return nil }
            var sums: [PartGroup: Int] = [:]
            for (column, value) in zip(placed.dropFirst(), values.dropFirst()) { sums[parts[column - 1], default: 0] += value }
            return sums.values.allSatisfy { $0 == values[0] } ? placed : nil
        }
        let total = values[0]
        var placed = [0]
        var sums: [PartGroup: Int] = [:]
        // Depth first, columns tried left to right: the first placement found is the leftmost.
        func place(_ index: Int) -> Bool {
            if index == values.count { return sums.values.allSatisfy { $0 == total } }
            for column in (placed[placed.count - 1] + 1)...parts.count where parts.count - column >= values.count - 1 - index {
                let group = parts[column - 1]
                guard sums[group, default: 0] + values[index] <= total else { continue }
                sums[group, default: 0] += values[index]
                placed.append(column)
                if place(index + 1) { return true }
                placed.removeLast()
                sums[group, default: 0] -= values[index]
            }
            return false
        }
        return place(1) ? placed : nil
    }
}
