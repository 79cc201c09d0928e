import Foundation

/// A self-evaluation's amounts row glued up to its execution rate: 全年预算数(A) | 全年执行数(B) |
/// (分值) | 执行率(B/A), run together as `194.9194.9100%` or `202010100.00%`. The rate says where the
/// amounts part: A and B are the split whose B/A rounds to the rate as written (a score of at most
/// 100 may stand between them and it), and only an A that is the one such reads. Where no split
/// into two fits, the year's opening budget may stand before A (年初预算数 | 全年预算数 | 全年执行数:
/// `329.77329.77338.3110102.59%`).
enum AmountsBeforeRate {
    /// The budgeted amount A, when one split alone fits the rate; nil otherwise.
    static func budget(in text: String) -> Double? {
        budget(in: text, openingAmount: false) ?? budget(in: text, openingAmount: true)
    }

    /// A, with or without an opening amount before it.
    private static func budget(in text: String, openingAmount: Bool) -> Double? {
        let scalars = Array(TextCleaning.foldWidth(text).unicodeScalars.filter { !TextCleaning.isWhitespace($0) })
        var end = 0
        while end < scalars.count, isDigit(scalars[end]) || scalars[end] == "." { end += 1 }
        guard end > 0, end < scalars.count, scalars[end] == "%" else { return nil }
        let run = Array(scalars[..<end])
        var found: Set<Double> = []
        // The rate: a suffix of the run reading as a percentage above 0 and at most 200.
        for rateStart in 1..<run.count {
            guard let rate = number(run[rateStart...]), rate > 0, rate <= 200 else { continue }
            // The rate is B/A rounded to the places it is written with (`100` ±0.5, `98.50` ±0.005).
            let places = run[rateStart...].drop { $0 != "." }.dropFirst().count
            let tolerance = 0.5 / pow(10, Double(places)) + 1e-9
            let amounts = Array(run[..<rateStart])
            for scoreStart in stride(from: amounts.count, through: 2, by: -1) {
                // A score between the amounts and the rate: empty, or a whole number up to 100.
                if scoreStart < amounts.count {
                    guard let score = number(amounts[scoreStart...]), score <= 100, !amounts[scoreStart...].contains(".") else { continue }
                }
                let all = amounts[..<scoreStart]
                for start in openingAmount ? Array(1..<all.count) : [0] {
                    guard !openingAmount || number(all[..<start]) != nil else { continue }
                    let pair = all[start...]
                    for cut in pair.indices.dropFirst() {
                        guard let a = number(pair[..<cut]), let b = number(pair[cut...]), a > 0,
                              abs(b / a * 100 - rate) <= tolerance else { continue }
                        found.insert(a)
                    }
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// A fund's row of the same table, its two amounts glued with no rate after them
    /// (`其中:本年财政拨款2020`: A 20, B 20): the amount when the digits are one number written
    /// twice (spent as budgeted, the common case), nil otherwise.
    static func amountWrittenTwice(in text: String) -> Double? {
        let run = Array(TextCleaning.foldWidth(text).unicodeScalars.filter { isDigit($0) || $0 == "." })
        guard run.count >= 2, run.count % 2 == 0, run[..<(run.count / 2)].elementsEqual(run[(run.count / 2)...]) else { return nil }
        return number(run[..<(run.count / 2)])
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    /// A plain decimal number: digits with at most one dot inside, no leading zero before
    /// another digit (`020` is no number of a table's cell).
    private static func number(_ scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        guard let first = scalars.first, let last = scalars.last, isDigit(first), isDigit(last),
              scalars.filter({ $0 == "." }).count <= 1 else { return nil }
        if first == "0", scalars.count > 1, scalars[scalars.startIndex + 1] != "." { return nil }
        return Double(String(String.UnicodeScalarView(scalars)))
    }
}
