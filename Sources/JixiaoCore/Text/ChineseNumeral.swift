/// Amounts written in Chinese numerals, as formal money is (`壹佰贰拾万元整`, `一百二十万元`,
/// `叁仟元伍角`): financial capitals and everyday numerals alike.
enum ChineseNumeral {
    static let digits: [Unicode.Scalar: Double] = [
        "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3, "參": 3,
        "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    ]
    static let units: [Unicode.Scalar: Double] = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000]
    static let sections: [Unicode.Scalar: Double] = ["万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000]

    /// Whether the scalar is a digit, unit or section of a numeral.
    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digits[scalar] != nil || units[scalar] != nil || sections[scalar] != nil
    }

    /// The value of a numeral standing before a unit of measure: a single digit (`三` of `三个`)
    /// or a well-formed numeral (`十二`, `两万`), with decimals after 点 (`九十五点五` = 95.5).
    static func number(_ numeral: ArraySlice<Unicode.Scalar>) -> Double? {
        if let point = numeral.firstIndex(of: "点") {
            let decimals = numeral[numeral.index(after: point)...]
            guard let whole = number(numeral[..<point]), !decimals.isEmpty else { return nil }
            var written = String(Int(whole)) + "."
            for scalar in decimals {
                guard let digit = digits[scalar] else { return nil }
                written += String(Int(digit))
            }
            return Double(written)
        }
        if numeral.count == 1, let digit = digits[numeral.first!] { return digit }
        return value(numeral)
    }

    /// The value of a well-formed numeral (`壹佰贰拾万` = 1,200,000); nil when two digits stand
    /// side by side without a unit between them (`十三五`), it holds no unit at all (`一`), or a
    /// section stands with no number before it (`万`).
    static func value(_ numeral: ArraySlice<Unicode.Scalar>) -> Double? {
        var total = 0.0, section = 0.0, digit: Double?
        var hasUnit = false
        var previousWasDigit = false
        for scalar in numeral {
            if let d = digits[scalar] {
                if previousWasDigit, digit != 0, d != 0 { return nil }
                digit = d
                previousWasDigit = true
            } else if let u = units[scalar] {
                section += (digit ?? 1) * u
                digit = nil
                hasUnit = true
                previousWasDigit = false
            } else if let s = sections[scalar] {
                // A section with no number before it (`万元` of a key's unit) is no numeral.
                guard section > 0 || digit != nil else { return nil }
                total += (section + (digit ?? 0)) * s
                section = 0
                digit = nil
                hasUnit = true
                previousWasDigit = false
            } else {
                return nil
            }
        }
        return hasUnit ? total + section + (digit ?? 0) : nil
    }

    /// The first amount in the text written in numerals and followed by 元 (its 角 and 分
    /// after it added), in 元; or one ending in 万 with no 元 (`壹佰贰拾万`), in 万元.
    static func amount(in scalars: [Unicode.Scalar]) -> (amount: Double, unit: MoneyUnit)? {
        let isNumeral = { (s: Unicode.Scalar) in digits[s] != nil || units[s] != nil || sections[s] != nil }
        var start = 0
        while start < scalars.count {
            guard isNumeral(scalars[start]) else { start += 1; continue }
            var end = start
            while end < scalars.count, isNumeral(scalars[end]) { end += 1 }
            let run = scalars[start..<end]
            if let value = value(run) {
                if end < scalars.count, scalars[end] == "元" || scalars[end] == "圆" {
                    return (value + fraction(scalars[(end + 1)...]), .yuan)
                }
                if let last = run.last, sections[last] == 10_000, start + 1 < end {
                    return (value / 10_000, .wanYuan)
                }
            }
            start = end
        }
        return nil
    }

    /// 角 and 分 after 元 (`伍角`, `叁角贰分`).
    static func fraction(_ rest: ArraySlice<Unicode.Scalar>) -> Double {
        var result = 0.0
        var digit: Double?
        for scalar in rest {
            if let d = digits[scalar] { digit = d; continue }
            if scalar == "角", let d = digit { result += d / 10 } else if scalar == "分", let d = digit { result += d / 100 } else if scalar != "零" { break }
            digit = nil
        }
        return result
    }
}
