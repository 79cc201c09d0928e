import Foundation

/// An amount as forms write it in a cell: `6070.00`, `:50万`, `7,548,150`,
/// `854万(高标准农田建设400万元,…)`, `10000万元`. In words, the first number counts; a unit
/// written right after it (`万`, `万元`, `元`) says what it is in. A cell that is only a
/// number (and its unit) is read strictly, as a plain decimal: `-5` is negative, and `0x10`,
/// `1e3`, `1.234,5` or `NaN` are no amount, so `AmountChecks` says which instead of
/// counting their first digits.
enum MoneyText {
    /// The amount in 万元: in the unit the text states (`50万`), else in `unit`.
    static func wan(_ text: String, unit: MoneyUnit) -> Double? {
        parse(text).map { ($0.unit ?? unit).toWan($0.amount) }
    }

    /// Whether the text's 元 is a yuan sign before its amount (`￥6070.00`), with no unit word.
    static func yuanBySign(_ text: String) -> Bool {
        (text.containsText("¥") || text.containsText("￥")) && MoneyUnit.detect(in: text) == nil
    }

    /// `countUnits`: units a number can count in other than money (the vocabulary's
    /// `value_units`, `450字`, `3个`): a number written with one is a count, not the amount
    /// (`单位职能概述(450字内)`, a blank template's label, had been a budget of 450 万元).
    static func parse(_ text: String, countUnits: [[Unicode.Scalar]] = []) -> (amount: Double, unit: MoneyUnit?)? {
        if let plain = plainASCII(text) {
            // The common cell (`6070.00`, `-5`): read straight from its bytes, no folding.
            guard plain.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
            return DecimalNumber.parse(Substring(plain)).flatMap { $0.isFinite ? ($0, nil) : nil }
        }
        let scalars = Array(TextCleaning.foldWidth(text).unicodeScalars)
        if let plain = plainNumber(scalars) {
            return DecimalNumber.parse(plain.number).flatMap { $0.isFinite ? ($0, plain.unit) : nil }
        }
        // No digits: an amount written in Chinese numerals (`壹佰贰拾万元整`), or none. Numbering
        // is no amount (`目标1：…`, `1、人工费…`), nor a year (`2018年实际执行数`, a column's
        // title), nor months (`1-6月执行数`, a half year's column), nor an attachment's number
        // (`参见附件1具体金额`), nor a count (`450字`): the first number that is none of these is the amount.
        var found = scalars.firstIndex(where: { ("0"..."9").contains($0) })
        while let at = found, let next = numberingEnd(scalars, at: at) ?? yearEnd(scalars, at: at) ?? monthsEnd(scalars, at: at)
                ?? attachmentEnd(scalars, at: at) ?? countEnd(scalars, at: at, units: countUnits) {
            found = scalars[next...].firstIndex(where: { ("0"..."9").contains($0) })
        }
        guard let start = found else {
            return scalars.contains(where: { ("0"..."9").contains($0) }) ? nil : ChineseNumeral.amount(in: scalars)
        }
        // A sign or a second dot makes it something else than an amount (`-5`, `1.2.3`).
        if start > 0, scalars[start - 1] == "-" { return nil }
        // Prose with a number inside a later clause is no amount: an amount in words opens its text
        // or follows a short lead (`854万(…)`, `共3个项目,合计120万元`), not a sentence's clauses
        // (`根据《…》,市人民政府按照生均教育事业费1.65万元标准拨付…`, a text field's value taken for 其他资金's).
        if start > Self.longestLead, scalars[..<start].contains(where: { Self.clauseMarks.contains($0) }) { return nil }
        var end = start
        var digits = String.UnicodeScalarView()
        while end < scalars.count {
            let s = scalars[end]
            if ("0"..."9").contains(s) || s == "." { digits.append(s) } else if s != "," { break }
            end += 1
        }
        guard let amount = Double(String(digits)), amount.isFinite else { return nil }
        // A number running into `%` is a rate: an amount glued to the rate beside it
        // (`202010100.00%`: 预算数 20, 执行数 20, 分值 10, 执行率 100.00%) is no amount.
        if end < scalars.count, scalars[end] == "%" { return nil }
        var rest = end
        while rest < scalars.count, TextCleaning.isWhitespace(scalars[rest]) { rest += 1 }
        var unit = MoneyUnit.spelled(in: scalars, at: rest)
        // A yuan sign before the amount (`¥1,200,000.00`, `￥ 97.20`) states 元.
        var before = start
        while before > 0, TextCleaning.isWhitespace(scalars[before - 1]) { before -= 1 }
        if unit == nil, before > 0, scalars[before - 1] == "¥" || scalars[before - 1] == "￥" { unit = .yuan }
        return (amount, unit)
    }

    /// Marks that end a clause of a sentence.
    static let clauseMarks: Set<Unicode.Scalar> = [",", "，", "。", ";", "；"]
    /// The most characters words before an amount take (`共3个项目,合计`).
    static let longestLead = 20

    /// Where months starting at `at` end (`1-6月`, `1至6月`: a period, two numbers of at most two
    /// digits joined by a dash or 至), or nil.
    static func monthsEnd(_ scalars: [Unicode.Scalar], at: Int) -> Int? {
        func digitsEnd(_ from: Int) -> Int? {
            var end = from
            while end < scalars.count, end - from < 3, ("0"..."9").contains(scalars[end]) { end += 1 }
            return end > from && end - from <= 2 ? end : nil
        }
        guard let first = digitsEnd(at), first < scalars.count, Self.periodJoints.contains(scalars[first]),
              let second = digitsEnd(first + 1), second < scalars.count, scalars[second] == "月" else { return nil }
        return second + 1
    }

    /// What joins a period's first month to its last (`1-6月`, `1～6月`, `1至6月`).
    static let periodJoints: Set<Unicode.Scalar> = ["-", "~", "～", "—", "–", "至", "到"]

    /// Where a year starting at `at` ends (`2018年`: four digits from 19 or 20, then 年), or nil.
    static func yearEnd(_ scalars: [Unicode.Scalar], at: Int) -> Int? {
        guard at + 4 < scalars.count, scalars[at + 4] == "年", scalars[at] == "1" || scalars[at] == "2",
              scalars[at..<(at + 4)].allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return at + 5
    }

    /// Where a count that starts at `start` ends (`450字`, `3 个`: digits, then one of `units`
    /// that is no money unit), else nil. A rate (`100.00%`) is left to `parse`, which reads it as
    /// no amount at all.
    static func countEnd(_ scalars: [Unicode.Scalar], at start: Int, units: [[Unicode.Scalar]]) -> Int? {
        guard !units.isEmpty else { return nil }
        var end = start
        while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == "." || scalars[end] == "," { end += 1 }
        while end < scalars.count, TextCleaning.isWhitespace(scalars[end]) { end += 1 }
        guard end < scalars.count, scalars[end] != "%", scalars[end] != "‰", MoneyUnit.spelled(in: scalars, at: end) == nil,
              let unit = units.first(where: { end + $0.count <= scalars.count && scalars[end..<(end + $0.count)].elementsEqual($0) })
        else { return nil }
        return end + unit.count
    }

    /// Where an attachment's number that starts at `start` ends (`附件1`, `附表2`), else nil.
    static func attachmentEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start >= 2, scalars[start - 2] == "附", scalars[start - 1] == "件" || scalars[start - 1] == "表" else { return nil }
        var end = start
        while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        return end
    }

    /// Where numbering starting at `at` ends (`目标1:`, `指标2、`, `1、` at the start), or nil when
    /// the digits there are a number: digits right after a Han character or at the start, then
    /// `:` or `、` (or `.` not before a digit).
    static func numberingEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        if start > 0 {
            let before = scalars[start - 1]
            guard before.value >= 0x4E00 && before.value <= 0x9FFF else { return nil }
        }
        var end = start
        while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        guard end < scalars.count else { return nil }
        let mark = scalars[end]
        if mark == ":" || mark == "：" || mark == "、" { return end + 1 }
        if mark == "." || mark == "．", end + 1 < scalars.count, !("0"..."9").contains(scalars[end + 1]) { return end + 1 }
        return nil
    }

    /// The bytes of a cell of printable ASCII between ASCII blanks, which `plainNumber` would
    /// read the same way; nil for anything else (full-width, words, a space inside).
    static func plainASCII(_ text: String) -> Substring.UTF8View? {
        let bytes = Substring(text).utf8
        let isBlank = { (b: UInt8) in b == 0x20 || (0x09...0x0D).contains(b) }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }) else { return nil }
        let last = bytes.lastIndex(where: { !isBlank($0) })!
        let core = bytes[first...last]
        return core.allSatisfy({ (0x21...0x7E).contains($0) }) ? core : nil
    }

    /// The number of a cell written in ASCII only, after a unit word at its end (`12.50`,
    /// `10000万元`, `-5`, `0x10`), trimmed; nil for a cell with other words in it.
    static func plainNumber(_ scalars: [Unicode.Scalar]) -> (number: String, unit: MoneyUnit?)? {
        var end = scalars.count
        while end > 0, TextCleaning.isWhitespace(scalars[end - 1]) { end -= 1 }
        var unit: MoneyUnit?
        if let spelled = MoneyUnit.spelled(in: scalars, endingAt: end) {
            unit = spelled.unit
            end = spelled.start
        }
        var start = 0
        while start < end, TextCleaning.isWhitespace(scalars[start]) { start += 1 }
        while end > start, TextCleaning.isWhitespace(scalars[end - 1]) { end -= 1 }
        guard scalars[start..<end].allSatisfy({ ("!"..."~").contains($0) }),
              scalars[start..<end].contains(where: { ("0"..."9").contains($0) }) else { return nil }
        return (String(scalars: scalars[start..<end]), unit)
    }

    /// The amount of a budget written as a cost breakdown (`成本构成 金额 … 合计814`): the
    /// number after the last total label (`labels`: the vocabulary's `total_labels`, 合计,
    /// 共计 …). When the text was glued, the total runs into the columns after it
    /// (`合计814662.98794.55`); the total is then the leading part that equals a sum of amounts
    /// written before it (191 + 99 + 524 = 814). Nil without a total label.
    /// `guessed`: cut from digits run together; `byRate`: cut by the execution rate glued after it.
    static func total(in text: String, labels: [String]) -> (amount: Double, guessed: Bool, byRate: Bool)? {
        // Most text says none (told on the bytes; Foundation's search bridges to NSString).
        guard labels.contains(where: { text.containsText($0) }) else { return nil }
        let folded = TextCleaning.foldWidth(text)
        // The last label; of two that start at one place, the longer (合计数 over 合计).
        var last: Range<String.Index>?
        for label in labels {
            guard let found = folded.range(of: label, options: .backwards) else { continue }
            if let best = last, found.lowerBound < best.lowerBound
                || (found.lowerBound == best.lowerBound && found.upperBound <= best.upperBound) { continue }
            last = found
        }
        guard let range = last else { return nil }
        // The same label written before too (`(一)财政拨款小计 6.30 … (二)自有资金小计 0.00`): each
        // group's subtotal, none of them the whole.
        if folded[..<range.lowerBound].contains(folded[range]) { return nil }
        let after = folded[range.upperBound...].drop { $0 == ":" || $0 == " " }
        let digits = String(after.prefix { $0.isASCIIDigit || $0 == "." || $0 == "," }).replacingOccurrences(of: ",", with: "")
        guard !digits.isEmpty else { return nil }
        // A total glued to its execution and rate (`合计6363100%`: 63, 63, 100%): the split the rate fits.
        if after.dropFirst(digits.count).first == "%" {
            return AmountsBeforeRate.budget(in: digits + "%").map { ($0, true, true) }
        }
        let plain = Double(digits)
        let isWhole = after.dropFirst(digits.count).first.map { !$0.isASCIIDigit && $0 != "." } ?? true
        if let plain, isWhole, digits.filter({ $0 == "." }).count <= 1, digits.split(separator: ".").last.map({ $0.count <= 2 || !digits.contains(".") }) ?? true,
           !looksGlued(digits) {
            return (plain, false, false)
        }
        // Glued: find the leading part that a subset of the earlier amounts adds up to.
        let parts = numbers(in: String(folded[..<range.lowerBound]))
        var prefix = ""
        for character in digits {
            prefix.append(character)
            guard let candidate = Double(prefix), candidate > 0 else { continue }
            if subsetSums(parts, to: candidate) { return (candidate, true, false) }
        }
        return plain.map { ($0, true, false) }
    }

    /// The amounts of a budget written only as its parts, with no total (`成本构成：人工费 30，
    /// 材料费 90`): at least two parts, each a word and one amount. Nil when the text begins
    /// with an amount or says 其中 (`120（其中财政拨款 100）`: the total comes first).
    /// What sets parts apart: commas (not one between digits: 30,000), semicolons or 、 (made
    /// once, not for every form).
    private static let partSeparators: Set<Character> = [",", "，", ";", "；", "、", "\n"]

    static func parts(in text: String) -> [Double]? {
        let folded = TextCleaning.foldWidth(text)
        guard !folded.containsText("其中") else { return nil }
        var body = Substring(folded)
        // A heading before a colon (`成本构成：`) is no part.
        if let colon = body.lastIndex(where: { $0 == ":" || $0 == "：" }), !body[..<colon].contains(where: \.isASCIIDigit) {
            body = body[body.index(after: colon)...]
        }
        var pieces: [Substring] = []
        var start = body.startIndex
        var index = body.startIndex
        while index < body.endIndex {
            let next = body.index(after: index)
            let character = body[index]
            let thousands = character == "," && index > body.startIndex && body[body.index(before: index)].isASCIIDigit
                && next < body.endIndex && body[next].isASCIIDigit
            if !thousands, partSeparators.contains(character) {
                pieces.append(body[start..<index])
                start = next
            }
            index = next
        }
        pieces.append(body[start...])
        pieces = pieces.filter { $0.contains { !$0.isWhitespace } }
        guard pieces.count >= 2 else { return nil }
        var amounts: [Double] = []
        for piece in pieces {
            guard let digit = piece.firstIndex(where: \.isASCIIDigit),
                  piece[..<digit].contains(where: { !$0.isASCII }) else { return nil }
            let found = numbers(in: piece[digit...].replacingOccurrences(of: ",", with: ""))
            guard found.count == 1 else { return nil }
            amounts.append(found[0])
        }
        return amounts
    }

    /// More than one decimal point, or a decimal with more than two places: numbers run together.
    static func looksGlued(_ digits: String) -> Bool {
        let pieces = digits.split(separator: ".", omittingEmptySubsequences: false)
        return pieces.count > 2 || (pieces.count == 2 && pieces[1].count > 2)
    }

    /// The amounts in a text: digit runs not followed by 年 (years), decimals cut after two places.
    static func numbers(in text: String) -> [Double] {
        var out: [Double] = []
        var current = ""
        var decimals = -1
        func flush(_ next: Character?) {
            if !current.isEmpty, next != "年", let value = Double(current) { out.append(value) }
            current = ""
            decimals = -1
        }
        for character in text {
            if character.isASCIIDigit {
                if decimals >= 2 { flush(character) }
                current.append(character)
                if decimals >= 0 { decimals += 1 }
            } else if character == ".", decimals < 0, !current.isEmpty {
                current.append(character)
                decimals = 0
            } else {
                flush(character)
            }
        }
        flush(nil)
        return out
    }

    /// Whether two or more of the amounts add up to `target` (to the cent).
    static func subsetSums(_ amounts: [Double], to target: Double) -> Bool {
        let values = Array(amounts.prefix(16))
        guard values.count >= 2 else { return false }
        for mask in 1..<(1 << values.count) where mask.nonzeroBitCount >= 2 {
            var sum = 0.0
            for (index, value) in values.enumerated() where mask & (1 << index) != 0 { sum += value }
            if abs(sum - target) < 0.005 { return true }
        }
        return false
    }
}
