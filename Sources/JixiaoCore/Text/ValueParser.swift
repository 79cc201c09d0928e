import Foundation

/// Splits an indicator's target into comparison, number, unit and grade, whatever form it
/// takes: separate columns (`≥`, `95`, `%`), or all in one cell (`≦5次`, `丢包率<0.3%`,
/// `≤30万元`, `100%`, `2023年全年`, `优良中差`).
public enum ValueParser {

    /// - Parameters:
    ///   - comparison: the 指标性质 column where the layout has one (`≥`, `=`, `定性`), else "".
    ///   - value: the 指标值 cell.
    ///   - unit: the 度量单位 column where the layout has one, else "".
    ///   - words: comparisons written in words (`不低于95%`, `95%以上`), from the vocabulary.
    public static func parse(comparison: String, value: String, unit: String, words: ValueWords = .none) -> ParsedValue {
        let stated = TextCleaning.trimSpaces(TextCleaning.foldWidth(comparison))
        let text = TextCleaning.trimSpaces(TextCleaning.foldWidth(value))
        let unitColumn = TextCleaning.trimSpaces(TextCleaning.foldWidth(unit))

        if stated.sameText(Comparison.qualitative.rawValue) {
            return ParsedValue(comparison: .qualitative, grade: text.isEmpty ? nil : text,
                               subject: nil)
        }
        var result = parseCell(text, words: words)
        if !stated.isEmpty, let columnComparison = Comparison(text: stated) ?? words.sign(stated), result.comparison == nil
            || (result.comparison == .equal && !text.containsText("=")) {
            result.comparison = columnComparison
        }
        if result.unit == nil, !unitColumn.isEmpty {
            // A unit column may carry the comparison's word too (`%以上`).
            if let closing = words.closing(unitColumn), result.number != nil, result.comparison == .equal, !text.containsText("=") {
                result.comparison = closing.sign
                result.unit = closing.unit
            } else {
                result.unit = unitColumn
            }
        }
        if result.number == nil, result.comparison != .qualitative, result.grade != nil {
            result.comparison = .qualitative
        }
        return result
    }

    /// Parses one cell that may carry comparison and unit itself.
    static func parseCell(_ text: String, words: ValueWords = .none) -> ParsedValue {
        guard !text.isEmpty else { return ParsedValue() }
        // A comparison sign anywhere: what stands before it is the subject (`丢包率<0.3%`).
        let scalars = text.unicodeScalars
        if let signIndex = scalars.firstIndex(where: { $0 == "≤" || $0 == "≥" || $0 == "<" || $0 == ">" || $0 == "=" }) {
            let sign = Comparison(rawValue: String(scalars[signIndex]))!
            let subject = TextCleaning.trimSpaces(text[..<signIndex])
            var rest = TextCleaning.trimSpaces(text[scalars.index(after: signIndex)...])
            // `≥=` or `>=`-like doubles were folded already; tolerate a stray `=`.
            if rest.hasPrefix("=") { rest.removeFirst() }
            var parsed = leadingNumber(rest, words: words)
            parsed.comparison = parsed.number == nil ? .qualitative : sign
            if parsed.number == nil { parsed.grade = text }
            // `≥95%以上` says it twice: the sign stands, the word leaves the unit.
            if parsed.number != nil { close(&parsed, words: words, takingSign: false) }
            parsed.subject = subject.isEmpty ? nil : subject
            return parsed
        }
        if startsWithYear(text) {
            return ParsedValue(comparison: .qualitative, grade: text)
        }
        // A count per period (`每年12次`, `每月不少于1次`): the count, its unit per the period; a
        // share is no count (`每年100%` is 100 %).
        if let per = words.period(text), !per.rest.isEmpty {
            var parsed = parseCell(per.rest, words: words)
            if parsed.number != nil, let unit = parsed.unit, !unit.containsText("/") {
                if !unit.hasSuffix("%") { parsed.unit = unit + "/" + per.period }
                return parsed
            }
        }
        // A word that states no comparison before the number (`达到95%`, `控制在5%以内`): the
        // value is what follows it, when that is a number; else the whole text is a grade.
        if let rest = words.afterOpening(text), !rest.isEmpty {
            let parsed = parseCell(rest, words: words)
            if parsed.number != nil { return parsed }
        }
        // A comparison in words before the number (`不低于95%`): the number after it is the target.
        if let opening = words.opening(text) {
            var parsed = leadingNumber(opening.rest, words: words)
            if parsed.number != nil {
                parsed.comparison = opening.sign
                close(&parsed, words: words, takingSign: false)
                return parsed
            }
        }
        var parsed = leadingNumber(text, words: words)
        if let range = range(parsed, words: words) { return range }
        if parsed.number != nil {
            // A bare `45条` or `100%` states the target exactly, unless a word after its unit
            // says otherwise (`95%以上`, `5个工作日以内`).
            parsed.comparison = .equal
            close(&parsed, words: words, takingSign: true)
        } else {
            parsed.comparison = .qualitative
        }
        return parsed
    }

    /// A range (`90%-95%`, `3～5个工作日`, `90至95%`): two numbers joined by a mark of the
    /// vocabulary's `range_marks`, the second above the first, in one unit (written after
    /// either or both). `2023-12` (a date: 12 below 2023) and `5个-10人` are no range.
    static func range(_ first: ParsedValue, words: ValueWords) -> ParsedValue? {
        guard let lower = first.number, let after = first.unit, let parts = words.rangeParts(after) else { return nil }
        let second = numberAndUnit(parts.second)
        guard let upper = second.number, upper > lower else { return nil }
        let unit = second.unit ?? (parts.first.isEmpty ? nil : parts.first)
        guard parts.first.isEmpty || parts.first.sameText(unit ?? ""), !(unit ?? "").utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        return ParsedValue(comparison: .between, number: lower, unit: unit, upper: upper)
    }

    /// The unit without a comparison's word at its end (`%以上` → `%`), the word's sign taken
    /// when the value states none of its own; a unit written in brackets (`95（%）`) without them.
    static func close(_ parsed: inout ParsedValue, words: ValueWords, takingSign: Bool) {
        if let unit = parsed.unit, let closing = words.closing(unit) {
            parsed.unit = closing.unit
            if takingSign { parsed.comparison = closing.sign }
        }
        if let unit = parsed.unit, let inner = bracketed(unit) { parsed.unit = inner.isEmpty ? nil : inner }
    }

    /// What a text wholly in one pair of brackets holds (`（%）` or `(%)` → `%`), or nil.
    static func bracketed(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        let isBracket: (Unicode.Scalar) -> Bool = { "()（）".unicodeScalars.contains($0) }
        guard let first = scalars.first, first == "(" || first == "（", let last = scalars.last, last == ")" || last == "）",
              scalars.count >= 2, !scalars.dropFirst().dropLast().contains(where: isBracket) else { return nil }
        return TextCleaning.trimSpaces(String(String.UnicodeScalarView(scalars.dropFirst().dropLast())))
    }

    /// The number a text opens with and its unit: in digits (`3个`), or in Chinese numerals when
    /// a unit of the vocabulary's `value_units` follows them (`三个` → 3 个, `两年内` → 2 年内,
    /// `三万亩` → 3 万亩), or after a unit named in words (`value_unit_words`: `百分之九十五` → 95 %);
    /// `一流`, `一致` stay text.
    static func leadingNumber(_ text: String, words: ValueWords) -> ParsedValue {
        // A unit named before the number (`百分之九十五`, `百分之95`): the number is all that follows,
        // but for a comparison's word (`百分之九十五以上`), left after the unit for `close` to read.
        if let named = words.unitWord(text) {
            let numeral = words.closing(named.rest)?.unit ?? named.rest
            let word = String(named.rest.utf8.dropFirst(numeral.utf8.count))!
            let digits = numberAndUnit(numeral)
            if let number = (digits.unit == nil ? digits.number : nil) ?? ChineseNumeral.number(Array(numeral.unicodeScalars)[...]) {
                return ParsedValue(number: number, unit: named.unit + word)
            }
        }
        let parsed = numberAndUnit(text)
        guard parsed.number == nil, !words.units.isEmpty,
              let first = text.unicodeScalars.first, ChineseNumeral.isNumeral(first) else { return parsed }
        let scalars = Array(text.unicodeScalars)
        let run = scalars.prefix { ChineseNumeral.isNumeral($0) }.count
        // The shortest numeral a unit follows: `三万亩` is 3 万亩, as `3万亩` is.
        for length in 1...run {
            guard let number = ChineseNumeral.number(scalars[..<length]) else { continue }
            let rest = TextCleaning.trimSpaces(String(String.UnicodeScalarView(scalars[length...])))
            let unit = words.closing(rest).map { $0.unit ?? "" } ?? rest
            guard words.units.contains(TextKey(bracketed(unit) ?? unit)) else { continue }
            return ParsedValue(number: number, unit: rest)
        }
        return parsed
    }

    /// `2023年全年`: four digits, optional spaces, 年.
    static func startsWithYear(_ text: String) -> Bool {
        var digits = 0
        for scalar in text.unicodeScalars {
            if digits < 4 {
                guard ("0"..."9").contains(scalar) else { return false }
                digits += 1
            } else if scalar == " " {
                continue
            } else {
                return scalar == "年"
            }
        }
        return false
    }

    /// A leading number (`[+-]digits[,digits][.digits]`) and what follows it as the unit.
    /// Works on the UTF-8 bytes: every character of a number is ASCII.
    static func numberAndUnit(_ text: String) -> ParsedValue {
        let utf8 = text.utf8
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var i = utf8.startIndex
        if i != utf8.endIndex, utf8[i] == UInt8(ascii: "+") || utf8[i] == UInt8(ascii: "-") { i = utf8.index(after: i) }
        guard i != utf8.endIndex, isDigit(utf8[i]) else {
            return ParsedValue(grade: text.isEmpty ? nil : text)
        }
        var commas = false
        while i != utf8.endIndex, isDigit(utf8[i]) || utf8[i] == UInt8(ascii: ",") {
            if utf8[i] == UInt8(ascii: ",") { commas = true }
            i = utf8.index(after: i)
        }
        if i != utf8.endIndex, utf8[i] == UInt8(ascii: "."), case let next = utf8.index(after: i),
           next != utf8.endIndex, isDigit(utf8[next]) {
            i = next
            while i != utf8.endIndex, isDigit(utf8[i]) { i = utf8.index(after: i) }
        }
        let written = text[..<i]
        // Hundreds of digits make an infinite Double: no number then, never a non-finite one.
        // Without commas the digits are a plain decimal, which `DecimalNumber` reads as strtod
        // does at a fraction of its cost; commas in any grouping are dropped, as forms write them.
        let number = commas ? Double(String(written.filter { $0 != "," })).flatMap { $0.isFinite ? $0 : nil }
            : DecimalNumber.parse(written)
        var unitStart = i
        while unitStart != utf8.endIndex, utf8[unitStart] == UInt8(ascii: " ") { unitStart = utf8.index(after: unitStart) }
        var unitEnd = utf8.endIndex
        while unitEnd > unitStart, utf8[utf8.index(before: unitEnd)] == UInt8(ascii: " ") { unitEnd = utf8.index(before: unitEnd) }
        return ParsedValue(number: number, unit: unitStart < unitEnd ? String(text[unitStart..<unitEnd]) : nil)
    }
}
