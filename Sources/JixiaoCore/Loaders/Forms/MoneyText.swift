import Foundation

/// An amount as forms write it in a cell: `6070.00`, `:50万`, `7,548,150`,
/// `854万(高标准农田建设400万元,…)`, `10000万元`. The first number counts; a unit written right
/// after it (`万`, `万元`, `元`) says what it is in.
enum MoneyText {
    static func parse(_ text: String) -> (amount: Double, unit: MoneyUnit?)? {
        let scalars = Array(TextCleaning.foldWidth(text).unicodeScalars)
        guard let start = scalars.firstIndex(where: { ("0"..."9").contains($0) }) else { return nil }
        // A sign or a second dot makes it something else than an amount (`-5`, `1.2.3`).
        if start > 0, scalars[start - 1] == "-" { return nil }
        var end = start
        var digits = String.UnicodeScalarView()
        while end < scalars.count {
            let s = scalars[end]
            if ("0"..."9").contains(s) || s == "." { digits.append(s) } else if s != "," { break }
            end += 1
        }
        guard let amount = Double(String(digits)), amount.isFinite else { return nil }
        var rest = end
        while rest < scalars.count, TextCleaning.isWhitespace(scalars[rest]) { rest += 1 }
        var unit: MoneyUnit?
        if rest < scalars.count {
            if scalars[rest] == "万" || scalars[rest] == "萬" { unit = .wanYuan } else if scalars[rest] == "元" { unit = .yuan }
        }
        return (amount, unit)
    }

    /// The money unit a header or hint names (`单位:万元`, `(万元)`, `金额单位:元`), if any.
    static func unit(named text: String) -> MoneyUnit? {
        let folded = TextCleaning.foldWidth(text)
        if folded.containsText("万元") || folded.containsText("萬元") { return .wanYuan }
        if folded.containsText("元") { return .yuan }
        return nil
    }
}
