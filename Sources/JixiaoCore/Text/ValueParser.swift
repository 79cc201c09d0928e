import Foundation

/// Splits an indicator's target into comparison, number, unit and grade, whatever form it
/// takes: separate columns (`≥`, `95`, `%`), or all in one cell (`≦5次`, `丢包率<0.3%`,
/// `≤30万元`, `100%`, `2023年全年`, `优良中差`).
public enum ValueParser {
    nonisolated(unsafe) static let leadingNumber = /^[+-]?[0-9][0-9,]*(\.[0-9]+)?/
    nonisolated(unsafe) static let yearPeriod = /^[0-9]{4}\s*年/

    /// - Parameters:
    ///   - comparison: the 指标性质 column where the layout has one (`≥`, `=`, `定性`), else "".
    ///   - value: the 指标值 cell.
    ///   - unit: the 度量单位 column where the layout has one, else "".
    public static func parse(comparison: String, value: String, unit: String) -> ParsedValue {
        let stated = TextCleaning.foldWidth(comparison).trimmingCharacters(in: .whitespaces)
        let text = TextCleaning.foldWidth(value).trimmingCharacters(in: .whitespaces)
        let unitColumn = TextCleaning.foldWidth(unit).trimmingCharacters(in: .whitespaces)

        if stated == Comparison.qualitative.rawValue {
            return ParsedValue(comparison: .qualitative, grade: text.isEmpty ? nil : text,
                               subject: nil)
        }
        var result = parseCell(text)
        if let columnComparison = Comparison(rawValue: stated), result.comparison == nil
            || (result.comparison == .equal && !text.contains("=")) {
            result.comparison = columnComparison
        }
        if result.unit == nil, !unitColumn.isEmpty { result.unit = unitColumn }
        if result.number == nil, result.comparison != .qualitative, result.grade != nil {
            result.comparison = .qualitative
        }
        return result
    }

    /// Parses one cell that may carry comparison and unit itself.
    static func parseCell(_ text: String) -> ParsedValue {
        guard !text.isEmpty else { return ParsedValue() }
        // A comparison sign anywhere: what stands before it is the subject (`丢包率<0.3%`).
        if let signIndex = text.firstIndex(where: { "≤≥<>=".contains($0) }) {
            let sign = Comparison(rawValue: String(text[signIndex]))!
            let subject = text[..<signIndex].trimmingCharacters(in: .whitespaces)
            var rest = text[text.index(after: signIndex)...].trimmingCharacters(in: .whitespaces)
            // `≥=` or `>=`-like doubles were folded already; tolerate a stray `=`.
            if rest.hasPrefix("=") { rest.removeFirst() }
            var parsed = numberAndUnit(rest)
            parsed.comparison = parsed.number == nil ? .qualitative : sign
            if parsed.number == nil { parsed.grade = text }
            parsed.subject = subject.isEmpty ? nil : subject
            return parsed
        }
        if text.firstMatch(of: yearPeriod) != nil {
            return ParsedValue(comparison: .qualitative, grade: text)
        }
        var parsed = numberAndUnit(text)
        if parsed.number != nil {
            // A bare `45条` or `100%` states the target exactly.
            parsed.comparison = .equal
        } else {
            parsed.comparison = .qualitative
        }
        return parsed
    }

    static func numberAndUnit(_ text: String) -> ParsedValue {
        guard let match = text.firstMatch(of: leadingNumber) else {
            return ParsedValue(grade: text.isEmpty ? nil : text)
        }
        let number = Double(text[match.range].replacingOccurrences(of: ",", with: ""))
        let unit = text[match.range.upperBound...].trimmingCharacters(in: .whitespaces)
        return ParsedValue(number: number, unit: unit.isEmpty ? nil : unit)
    }
}
