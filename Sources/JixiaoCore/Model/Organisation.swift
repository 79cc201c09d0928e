import Foundation

/// A budget department (部门), e.g. `201-平武县人民政府办公室`, or a unit under it (单位),
/// e.g. `201001-平武县人民政府机关`. Codes are optional: Layout B forms give names only.
public struct OrgName: Codable, Hashable, Sendable, CustomStringConvertible {
    public var code: String?
    public var name: String

    public init(code: String?, name: String) {
        self.code = code
        self.name = name
    }

    /// The brackets a code may stand in (`[503]`, `【503】` …), by opening bracket: made once,
    /// not for every name read.
    private static let closingBrackets: [Unicode.Scalar: Unicode.Scalar] = ["[": "]", "【": "】", "(": ")", "（": "）", "〔": "〕"]

    /// Splits `201-平武县人民政府办公室` into code `201` and name; forms write the code in other
    /// ways too (`[503]兴文县医疗保障局`, `【503】…`, `（503）…`, `503 …`, `503_…`), read the same, so
    /// a department is one department whichever form named it. Text without a leading numeric
    /// code is all name (`120急救指挥中心`: digits glued to the name are part of it).
    public init(parsing text: String) {
        var trimmed = TextCleaning.trimSpaces(text)
        // A code in full-width digits (`２０１－平武县…`, `（５０３）…`, as office tools type it) is the same code.
        if let first = trimmed.unicodeScalars.first, (0xFF10...0xFF19).contains(first.value) || Self.closingBrackets[first] != nil {
            let lead = trimmed.unicodeScalars.prefix { (0xFF10...0xFF19).contains($0.value) || Self.closingBrackets[$0] != nil }
            if lead.contains(where: { (0xFF10...0xFF19).contains($0.value) }) {
                trimmed = String(String.UnicodeScalarView(lead.map { TextCleaning.folded($0) ?? $0 }))
                    + String(trimmed.unicodeScalars.dropFirst(lead.count))
            }
        }
        // Over scalars, not characters: this runs for every department and unit read, and the
        // brackets, dash and digits are single scalars.
        let scalars = trimmed.unicodeScalars
        let isDigit = { (s: Unicode.Scalar) in ("0"..."9").contains(s) }
        var code: String?
        var rest = scalars.startIndex
        if let first = scalars.first, let close = Self.closingBrackets[first] {
            let digits = scalars.index(after: scalars.startIndex)
            let end = scalars[digits...].firstIndex { !isDigit($0) } ?? scalars.endIndex
            if end != scalars.endIndex, scalars[end] == close, scalars.distance(from: digits, to: end) >= 3 {
                code = String(scalars[digits..<end])
                rest = scalars.index(after: end)
            }
        } else if let end = scalars.firstIndex(where: { !isDigit($0) }), end != scalars.startIndex {
            let separator = scalars[end]
            // Digits and a space are a code, but for a year set apart from its 年 (`2024 年农机购置补贴`,
            // as PDF text spaces digits from Han).
            if separator == "-" || separator == "－" || separator == "_"
                || (TextCleaning.isWhitespace(separator) && scalars.distance(from: scalars.startIndex, to: end) >= 3
                    && scalars[end...].first { !TextCleaning.isWhitespace($0) } != "年") {
                code = String(scalars[..<end])
                rest = scalars.index(after: end)
            }
        }
        // A code written after the name, glued to it (`原州区宗教事务局116422210101621779`, a unit's
        // credit code): six digits or more after a Han character.
        if code == nil, case let trailing = scalars.reversed().prefix(while: isDigit).count, trailing >= 6,
           trailing < scalars.count, case let end = scalars.index(scalars.endIndex, offsetBy: -trailing),
           ChineseFold.isHan(scalars[scalars.index(before: end)].value) {
            self.code = String(scalars[end...])
            self.name = String(scalars[..<end])
            return
        }
        let name = code == nil ? trimmed : TextCleaning.trimSpaces(trimmed[rest...])
        // A code with nothing after it is a name, except in the dash spelling (`201-`).
        let dashed = rest > scalars.startIndex && (scalars[scalars.index(before: rest)] == "-" || scalars[scalars.index(before: rest)] == "－")
        if name.isEmpty && !dashed {
            self.code = nil
            self.name = trimmed
        } else {
            self.code = code
            self.name = name
        }
    }

    /// The form's own spelling: `code-name`, or the name alone.
    public var description: String {
        if let code { return "\(code)-\(name)" }
        return name
    }
}

/// A department as stated in one file, with the total the file states for it (if any).
public struct Department: Codable, Hashable, Sendable {
    public var org: OrgName
    /// The department total printed on the form, in 万元.
    public var statedTotal: Double?
    public var source: SourceRef

    public init(org: OrgName, statedTotal: Double?, source: SourceRef) {
        self.org = org
        self.statedTotal = statedTotal
        self.source = source
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
