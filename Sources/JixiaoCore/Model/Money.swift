import Foundation

/// The money unit a form states in its header (`金额单位：万元`, `（万元）`, `金额单位：元`) or after
/// an amount (`50万`, `0.607亿元`). jixiao adds budgets up in 万元 only, so every amount is
/// converted on the way in. The units are a closed set, each with its factor, because every
/// total depends on them; how each is written is `spellings`.
public enum MoneyUnit: String, Codable, Sendable, CaseIterable {
    case yuan = "元"
    case wanYuan = "万元"
    case qianYuan = "千元"
    case baiWanYuan = "百万元"
    case qianWanYuan = "千万元"
    case yiYuan = "亿元"

    /// How many 万元 one of this unit is worth.
    public var factorToWan: Double {
        switch self {
        case .yuan: return 0.0001
        case .qianYuan: return 0.1
        case .wanYuan: return 1
        case .baiWanYuan: return 100
        case .qianWanYuan: return 1_000
        case .yiYuan: return 10_000
        }
    }

    /// How forms write each unit, longest first (千万元 before 万元 before 元), so the unit
    /// found is the whole word. Words without 元 (`万`, `亿`) count only right after an amount.
    static let spellings: [(word: [Unicode.Scalar], unit: MoneyUnit)] = ([
        ("百万元", .baiWanYuan), ("百萬元", .baiWanYuan), ("千万元", .qianWanYuan), ("千萬元", .qianWanYuan),
        ("万元", .wanYuan), ("萬元", .wanYuan), ("千元", .qianYuan), ("仟元", .qianYuan),
        ("亿元", .yiYuan), ("億元", .yiYuan), ("万", .wanYuan), ("萬", .wanYuan), ("亿", .yiYuan), ("億", .yiYuan),
        ("元", .yuan),
    ] as [(String, MoneyUnit)]).map { (Array($0.0.unicodeScalars), $0.1) }.sorted { $0.word.count > $1.word.count }

    /// The unit whose spelling starts `scalars` at `index` (after an amount), or nil.
    static func spelled(in scalars: [Unicode.Scalar], at index: Int) -> MoneyUnit? {
        spellings.first { spelling in
            index + spelling.word.count <= scalars.count && scalars[index..<(index + spelling.word.count)].elementsEqual(spelling.word)
        }?.unit
    }

    /// The unit whose spelling ends `scalars` before `end` (`10000万元`), with where it starts.
    static func spelled(in scalars: [Unicode.Scalar], endingAt end: Int) -> (unit: MoneyUnit, start: Int)? {
        for spelling in spellings where spelling.word.count <= end
            && scalars[(end - spelling.word.count)..<end].elementsEqual(spelling.word) {
            return (spelling.unit, end - spelling.word.count)
        }
        return nil
    }

    public func toWan(_ amount: Double) -> Double { amount * factorToWan }

    /// The unit of a line that states it and nothing else, wherever it stands around a table:
    /// `金额单位：元`, `单位：万元`, `（单位：元）`. Nil for other lines.
    public static func fromUnitLine(_ line: some StringProtocol) -> MoneyUnit? {
        let text = TextCleaning.trimSpaces(Substring(String(line)))
        guard text.unicodeScalars.count <= 24 else { return nil }
        let stated = text.containsText("金额单位") || text.startsWithText("单位：") || text.startsWithText("单位:")
            || text.startsWithText("（单位") || text.startsWithText("(单位")
        return stated ? detect(in: text) : nil
    }

    /// Finds the unit in header text such as `金额单位：万元` or `（万元）`.
    /// Only words with 元 count here (`万` alone in a header is no unit); the longest found wins
    /// (`千万元` is not `万元`).
    public static func detect(in text: String) -> MoneyUnit? {
        guard text.containsText("元") else { return nil }
        return yuanSpellings.first { text.containsText($0.text) }?.unit
    }

    /// The spellings with 元, as text, longest first: what `detect` looks for in every header
    /// line (made text once, not on every look).
    private static let yuanSpellings: [(text: String, unit: MoneyUnit)] =
        spellings.filter { $0.word.last == "元" }.map { (String(String.UnicodeScalarView($0.word)), $0.unit) }
}

/// Rounds a 万元 figure to the 分 (6 decimals), so sums of Doubles compare the way a
/// clerk's calculator would and budgets written in 元 with 分 add up exactly.
public func roundMoney(_ value: Double, places: Int = 6) -> Double {
    var factor = 1.0
    for _ in 0..<places { factor *= 10 }
    return (value * factor).rounded() / factor
}

/// A 万元 figure as findings write it: two decimals at least (`97.20`), and up to four where the
/// form wrote 元 or 角 (`24.998`, `968.1918`): a budget is never shown rounded to another one.
package func fmt(_ value: Double) -> String {
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0"), let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 3 {
        text.removeLast()
    }
    return text
}

/// A weight, count or target as findings write it: whole when whole (`90`), else two decimals.
/// Never traps: values too large for an `Int` (or not finite) are written by `%g`.
package func formatNumber(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return String(format: "%g", value) }
    return value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
}
