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
              text.allSatisfy({ ValueShape.isDigit($0) || $0 == "." }) else { return nil }
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
