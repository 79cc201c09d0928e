import Foundation

/// The money unit a form states in its header (`金额单位：万元`, `（万元）`, `金额单位：元`).
/// jixiao adds budgets up in 万元 only, so every amount is converted on the way in.
public enum MoneyUnit: String, Codable, Sendable, CaseIterable {
    case yuan = "元"
    case wanYuan = "万元"

    /// How many 万元 one of this unit is worth.
    public var factorToWan: Double {
        switch self {
        case .yuan: return 0.0001
        case .wanYuan: return 1
        }
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
    public static func detect(in text: String) -> MoneyUnit? {
        if text.containsText("万元") { return .wanYuan }
        if text.containsText("元") { return .yuan }
        return nil
    }
}

/// Rounds a 万元 figure to the 分 (6 decimals), so sums of Doubles compare the way a
/// clerk's calculator would and budgets written in 元 with 分 add up exactly.
public func roundMoney(_ value: Double, places: Int = 6) -> Double {
    var factor = 1.0
    for _ in 0..<places { factor *= 10 }
    return (value * factor).rounded() / factor
}

/// A 万元 figure as findings write it: two decimals (`97.20`).
package func fmt(_ value: Double) -> String { String(format: "%.2f", value) }

/// A weight, count or target as findings write it: whole when whole (`90`), else two decimals.
/// Never traps: values too large for an `Int` (or not finite) are written by `%g`.
package func formatNumber(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return String(format: "%g", value) }
    return value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
}
