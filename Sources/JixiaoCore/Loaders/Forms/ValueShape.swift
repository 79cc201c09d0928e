import Foundation

/// What a target value looks like, so that a value can be told from a name when the cells
/// of a row lost their places: a comparison, a number and a unit (`≥95%`, `≤20工作日`,
/// `300元/米`, `不低于90%`), a date (`2023年底`), or a qualitative word of the vocabulary
/// (`持续改善`, `是/否`). All functions work on folded scalars (see `FormCell.compact`).
struct ValueShape {
    let vocabulary: FormVocabulary

    /// A comparison sign (`≥ ≤ < > = ≧ ≦`), without hashing: asked of every scalar of every value.
    @inline(__always)
    static func isSign(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "≥", "≤", "<", ">", "=", "≧", "≦": return true
        default: return false
        }
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    /// Digits and points only (`30`, `9.3`): a number with no sign, unit or grouping.
    static func isBareNumber(_ text: some Collection<Unicode.Scalar>) -> Bool {
        text.allSatisfy { isDigit($0) || $0 == "." }
    }

    /// What may follow a year in a date target: `2023年底`, `2021年7月`, `2023年12月31日前`.
    static let dateCharacters = Set("年月日底前内中末上下半全季度".unicodeScalars)
    /// What a deadline writes after its month: `底`, `前`, `末`.
    static let deadlineCharacters = Set("底前末".unicodeScalars)

    /// The whole text is one value.
    func isValue(_ text: [Unicode.Scalar]) -> Bool {
        guard !text.isEmpty, text.count <= 24 else { return false }
        if vocabulary.isQualitative(text) { return true }
        if let end = valueEnd(text, from: 0) {
            // Its comparison may be written after it: `95%以上`, `3天以内`.
            if end == text.count || vocabulary.comparisonAfterWords.contains(where: { $0.count == text.count - end && text[end...].elementsEqual($0) }) {
                return true
            }
        }
        // A comparison in words before anything short: `不超预算`.
        if let word = vocabulary.comparisonWord(text, at: 0), text.count - word.length <= 6 { return true }
        // A short subject before a comparison: `丢包率<0.3%`.
        if let sign = text.firstIndex(where: Self.isSign), sign > 0, sign <= 6,
           !text[..<sign].contains(where: Self.isDigit), valueEnd(text, from: sign) == text.count {
            return true
        }
        return false
    }

    /// A sign alone (`≤`, or in words: `大于等于`, `comparison_words`) as an operator column holds
    /// it, or the kind of target where the column is a 指标值类型 (`value_types`: `定量`, a number
    /// with no sign of its own; `定性`).
    func isComparison(_ text: [Unicode.Scalar]) -> Bool {
        if text.allSatisfy(Self.isSign) && !text.isEmpty { return true }
        if let word = vocabulary.comparisonWord(text, at: 0), word.length == text.count { return true }
        return vocabulary.valueTypes.contains { $0 == text }  // lengths compared first: most differ
    }

    /// A unit alone (`%`, `个`, `万元`), as a unit column holds it.
    func isUnit(_ text: [Unicode.Scalar]) -> Bool {
        vocabulary.valueUnits.contains { $0 == text }  // lengths compared first: most differ
    }

    /// A target or a part of one written in a cell of its own: a value, a unit alone or a sign
    /// (`≥`, `定性`). Text that is none of them may be a name, a label or a target in words.
    func isTargetPart(_ text: [Unicode.Scalar]) -> Bool {
        isValue(text) || isUnit(text) || isComparison(text)
    }

    /// Where a value that starts at `start` ends: signs, a number, then a unit or a date's
    /// remainder (`年底`, `年7月`); nil when no number stands there.
    func valueEnd(_ text: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        if i < text.count, text[i] == "约" { i += 1 }
        if let word = vocabulary.comparisonWord(text, at: i) { i += word.length }
        while i < text.count, Self.isSign(text[i]) { i += 1 }
        let digitsStart = i
        while i < text.count, Self.isDigit(text[i]) || ((text[i] == "." || text[i] == ",") && i > digitsStart
                                                         && i + 1 < text.count && Self.isDigit(text[i + 1])) { i += 1 }
        guard i > digitsStart else { return nil }
        // A date written with dashes or slashes: `2024-11-30`, `2024/6`; a month or day has two
        // digits at most (`2024-11-3015`: the date, then a weight).
        if i - digitsStart == 4, i + 1 < text.count, text[i] == "-" || text[i] == "/", Self.isDigit(text[i + 1]) {
            var j = i
            while j + 1 < text.count, j - i < 6, text[j] == text[i], Self.isDigit(text[j + 1]) {
                j += 1
                let part = j
                while j < text.count, j - part < 2, Self.isDigit(text[j]) { j += 1 }
            }
            while j < text.count, j - i <= 8, Self.dateCharacters.contains(text[j]) { j += 1 }
            return j
        }
        // A year: `2023年底`, `2021年7月`, `2023年12月31日前`. A month or day has its digits
        // after 年 or 月 only: digits after 底 or 前 are the next value (`2026年底2024年12月底前10`).
        if i - digitsStart == 4, i < text.count, text[i] == "年" {
            var j = i + 1
            while j < text.count, j - i <= 8 {
                if Self.isDigit(text[j]) {
                    let previous = text[j - 1]
                    guard previous == "年" || previous == "月" || (Self.isDigit(previous) && !Self.isDigit(text[j - 2])) else { break }
                } else if !Self.dateCharacters.contains(text[j]) {
                    break
                }
                j += 1
            }
            return j
        }
        if let unit = unitLength(text, at: i) {
            i += unit
            // A month's deadline (`9月前`, `12月底前`): the month's, not the next text's opening.
            if unit == 1, text[i - 1] == "月", i - 1 - digitsStart <= 2 {
                let end = i
                while i < text.count, i - end < 2, Self.deadlineCharacters.contains(text[i]) { i += 1 }
            }
        } else if i < text.count, vocabulary.valueMagnitudes.contains(text[i]) {
            // A magnitude right after the digits is the number's (`≦380万` before the next
            // column's `计划标准`), not the start of the text after it.
            i += 1
        }
        return i
    }

    /// The length of the unit at `index`, with a `/` unit after it (`元/平米`), or a magnitude
    /// before it (`万人次`) or ending the value (`50万`).
    func unitLength(_ text: [Unicode.Scalar], at index: Int) -> Int? {
        if index < text.count, vocabulary.valueMagnitudes.contains(text[index]) {
            if let unit = plainUnitLength(text, at: index + 1) { return 1 + unit }
            if index + 1 == text.count { return 1 }
        }
        return plainUnitLength(text, at: index)
    }

    /// The longest unit of the vocabulary ending at `end`, standing wholly after `start`.
    func unitEnding(_ text: [Unicode.Scalar], at end: Int, from start: Int = 0) -> [Unicode.Scalar]? {
        vocabulary.valueUnits.first { $0.count <= end - start && text[(end - $0.count)..<end].elementsEqual($0) }
    }

    /// A rate of a listed unit ending at `end` (`元/人.每天`, `元/人·月`): the longest text there
    /// that `unitLength` reads as one unit holding a `/`; else nil.
    func rateEnding(_ text: [Unicode.Scalar], at end: Int, from start: Int = 0) -> [Unicode.Scalar]? {
        guard end <= text.count, start < end else { return nil }
        for at in max(start, end - Self.longestRate)..<end where text[at..<end].contains("/") {
            if let length = unitLength(text, at: at), at + length == end { return Array(text[at..<end]) }
        }
        return nil
    }

    /// The most characters a rate takes (`平方公里/户.每年`).
    static let longestRate = 12

    private func plainUnitLength(_ text: [Unicode.Scalar], at index: Int) -> Int? {
        guard index < text.count else { return nil }
        for unit in vocabulary.valueUnits where index + unit.count <= text.count && text[index] == unit[0]
            && text[index..<(index + unit.count)].elementsEqual(unit) {
            var length = unit.count
            // Another unit in brackets after it: `300台(套)`, `50万头(只)`.
            if index + length + 2 < text.count, text[index + length] == "(",
               let other = plainUnitLength(text, at: index + length + 1), index + length + 1 + other < text.count,
               text[index + length + 1 + other] == ")" {
                length += other + 2
            }
            if index + length < text.count, text[index + length] == "/",
               let more = unitLength(text, at: index + length + 1) {
                length += 1 + more
            }
            // A rate's second measure after a dot (`元/人·月`, `元/人.每天`).
            if index + length + 1 < text.count, text[index + length] == "·" || text[index + length] == ".",
               text[index..<(index + length)].contains("/") {
                var at = index + length + 1
                if text[at] == "每" { at += 1 }
                if let measure = plainUnitLength(text, at: at) { length = at + measure - index }
            }
            return length
        }
        return nil
    }

    /// Values glued to the end of a text (`…控制情况≤100%100%`), at most `limit`, in order,
    /// and where the text before them ends. Qualitative words count (`…问题是/否否否`); a sign
    /// left alone before the numbers is an operator column's value.
    func trailingValues(_ text: [Unicode.Scalar], limit: Int) -> (textEnd: Int, values: [Range<Int>]) {
        var end = text.count
        var values: [Range<Int>] = []
        while values.count < limit, end > 0 {
            if let word = vocabulary.qualitativeValues.first(where: { $0.count < end && text[(end - $0.count)..<end].elementsEqual($0) }) {
                values.insert((end - word.count)..<end, at: 0)
                end -= word.count
                continue
            }
            guard let start = numericStart(text, endingAt: end) else {
                // A lone sign before the values: the operator column.
                var s = end
                while s > 0, Self.isSign(text[s - 1]) { s -= 1 }
                if s < end, !values.isEmpty { values.insert(s..<end, at: 0); end = s }
                break
            }
            values.insert(start..<end, at: 0)
            end = start
        }
        return (end, values)
    }

    /// The start of a number-with-unit value ending at `end` (signs included), if one does:
    /// `≥35公里`, `≤1.3万元`, or a date (`2024年底`).
    func numericStart(_ text: [Unicode.Scalar], endingAt end: Int) -> Int? {
        // A date: a four-digit year whose value runs to `end`.
        var d = end
        while d > 0, end - d <= 12, Self.dateCharacters.contains(text[d - 1]) || Self.isDigit(text[d - 1]) || text[d - 1] == "-" || text[d - 1] == "/" {
            d -= 1
        }
        var y = d
        while y + 4 < end {
            if text[y..<(y + 4)].allSatisfy(Self.isDigit), ["年", "-", "/"].contains(text[y + 4]), y == 0 || !Self.isDigit(text[y - 1]),
               let length = valueEnd(Array(text[y..<end]), from: 0) {
                // The date as it stands before `end` (a weight glued after it must not lengthen it).
                if length == end - y { return y }
                // Digits after the date (`2024-11-3015`, `2024年12月底前10`): they are the value ending here.
                if length < end - y, text[(y + length)..<end].allSatisfy(Self.isDigit) { return y + length }
            }
            y += 1
        }
        var i = end
        // Another unit in brackets after the unit (`台(套)`): the unit is the one before them.
        if i > 3, text[i - 1] == ")", let open = text[..<(i - 1)].lastIndex(of: "("), open > 0, i - open <= 6,
           plainUnitLength(text, at: open + 1) == i - 1 - (open + 1) {
            i = open
        }
        // The unit: the longest unit ending here.
        if let unit = unitEnding(text, at: i) {
            i -= unit.count
            // `元/平米`: a unit before the slash too.
            if i > 0, text[i - 1] == "/", let more = unitEnding(text, at: i - 1) {
                i -= 1 + more.count
            }
        }
        // A magnitude before the unit, or ending the number: `80万头`, `50万`.
        if i >= 2, vocabulary.valueMagnitudes.contains(text[i - 1]), Self.isDigit(text[i - 2]) { i -= 1 }
        let digitsEnd = i
        while i > 0, Self.isDigit(text[i - 1]) || ((text[i - 1] == "." || text[i - 1] == ",") && i < digitsEnd && i >= 2 && Self.isDigit(text[i - 2])) { i -= 1 }
        guard i < digitsEnd else { return nil }
        // Signs written before the number belong to it when no operator column takes them, and
        // so does a comparison in words (`大于等于11次`).
        var s = i
        while s > 0, Self.isSign(text[s - 1]) { s -= 1 }
        return s - (vocabulary.comparisonWordLength(text, endingAt: s) ?? 0)
    }

    /// The first value inside a text after position `from` that is followed by more text:
    /// where one glued row ends and the next name starts (`…情况2280次大楼安检…`).
    func firstValue(in text: [Unicode.Scalar], from: Int) -> Range<Int>? {
        var i = from
        while i < text.count {
            if Self.isDigit(text[i]) || Self.isSign(text[i]) {
                if let end = valueEnd(text, from: i), end > i {
                    var stop = end
                    // Several values in a row (one per place) stay together.
                    while stop < text.count, let next = valueEnd(text, from: stop), next > stop { stop = next }
                    return i..<stop
                }
            }
            i += 1
        }
        return nil
    }

    /// The first value inside a text after `from`, followed by more text, that shows it is a
    /// value: a comparison before it (`≥1个`, `不低于90%`), a percentage, or a date with its
    /// month (`2021年7月`). A bare number with its unit inside glued text is as often part of a
    /// name (`饲料库120平米`, `完成2023年度…`) and ends no row.
    func firstMarkedValue(in text: [Unicode.Scalar], from: Int) -> Range<Int>? {
        var i = from
        while i < text.count {
            let signed = Self.isSign(text[i]) || vocabulary.comparisonWord(text, at: i) != nil
            if signed || Self.isDigit(text[i]), i == 0 || !(Self.isDigit(text[i - 1]) || text[i - 1] == "." || Self.isSign(text[i - 1])),
               let end = valueEnd(text, from: i), end > i {
                var stop = end
                // Several values in a row (one per place) stay together.
                while stop < text.count, let next = valueEnd(text, from: stop), next > stop { stop = next }
                if stop < text.count, signed || text[end - 1] == "%" || text[i..<end].contains("月") { return i..<stop }
                i = stop
                continue
            }
            i += 1
        }
        return nil
    }

    /// A qualitative word standing inside a text (`成本控制率不超预算水电气…`).
    func qualitativeWord(in text: [Unicode.Scalar], minimumLength: Int) -> Range<Int>? {
        guard text.count > 2 else { return nil }
        for start in 1..<text.count {
            for word in vocabulary.qualitativeValues where word.count >= minimumLength && start + word.count <= text.count
                && text[start..<(start + word.count)].elementsEqual(word) {
                return start..<(start + word.count)
            }
        }
        return nil
    }
}
