import JixiaoCore
/// What PDF extraction and office exports do to text, reproduced: wrapped cells that
/// became spaces, half-width brackets, labels and names broken over lines.
enum TextQuirks {
    /// A cell wrapped every `width` characters, the line ends turned into spaces
    /// (`平武县政务网络 工作中心网络问 政管理及维护费`). No space goes between two Latin
    /// letters or digits (`100M` stays whole), where a reader could not tell it from a real one.
    static func wrapCell(_ text: String, width: Int) -> String {
        let chars = Array(text)
        guard chars.count > width else { return text }
        var out = ""
        var column = 0
        for (index, ch) in chars.enumerated() {
            if column >= width, index < chars.count - 1,
               !(isLatin(chars[index - 1]) && isLatin(ch)) {
                out.append(" ")
                column = 0
            }
            out.append(ch)
            column += 1
        }
        return out
    }

    /// One wrap inside a long name at a random place (`完成 疫情防控…`).
    static func wrapOnce(_ text: String, at position: Int) -> String {
        let chars = Array(text)
        guard position > 0, position < chars.count, !isLatin(chars[position - 1]) || !isLatin(chars[position]) else { return text }
        return String(chars[..<position]) + " " + String(chars[position...])
    }

    /// `（维修维护费）` as a wrapped export writes it: ` (维修维护费)`.
    static func halfWidthBrackets(_ text: String) -> String {
        var out = ""
        var previous: Character?
        for ch in text {
            switch ch {
            case "（": out += (previous.map { !isLatin($0) } ?? false) ? " (" : "("
            case "）": out.append(")")
            default: out.append(ch)
            }
            previous = ch
        }
        return out
    }

    /// Splits text into lines of at most `width` characters.
    static func lines(_ text: String, width: Int) -> [String] {
        let chars = Array(text)
        return stride(from: 0, to: chars.count, by: width).map { String(chars[$0..<min($0 + width, chars.count)]) }
    }

    /// Where a wrapped level-3 name may break so that its second line cannot be taken for
    /// a value (it must not start with a digit or a comparison sign), nor split a Latin word.
    static func canBreak(_ chars: [Character], before index: Int) -> Bool {
        guard index > 0, index < chars.count else { return false }
        let next = chars[index]
        if next.isWhitespace || "≤≥<>=≦≧＜＞＝".contains(next) || next.isNumber { return false }
        return !(isLatin(chars[index - 1]) && isLatin(next))
    }

    static func isLatin(_ ch: Character) -> Bool { ch.isASCII && (ch.isLetter || ch.isNumber) }
}

/// How often each quirk was written: the ground truth states them so a benchmark can check
/// that the loaders noticed (e.g. one `row.shifted-left` finding per left-shifted row).
public struct SynthQuirks: Codable, Sendable, Equatable {
    // Layout A
    public var pageBreaks = 0
    public var projectsSplitByPage = 0
    public var shiftedLeft = 0
    public var shiftedRight = 0
    public var wrappedProjectNames = 0
    public var wrappedIndicatorNames = 0
    public var subUnits = 0
    public var missingDirection = 0
    public var qualitative = 0
    // Layout B
    public var forms = 0
    public var brokenLabels = 0
    public var valuesOnOwnLine = 0
    public var labelsOnItemLine = 0

    public init() {}

    static func + (a: SynthQuirks, b: SynthQuirks) -> SynthQuirks {
        var sum = SynthQuirks()
        sum.pageBreaks = a.pageBreaks + b.pageBreaks
        sum.projectsSplitByPage = a.projectsSplitByPage + b.projectsSplitByPage
        sum.shiftedLeft = a.shiftedLeft + b.shiftedLeft
        sum.shiftedRight = a.shiftedRight + b.shiftedRight
        sum.wrappedProjectNames = a.wrappedProjectNames + b.wrappedProjectNames
        sum.wrappedIndicatorNames = a.wrappedIndicatorNames + b.wrappedIndicatorNames
        sum.subUnits = a.subUnits + b.subUnits
        sum.missingDirection = a.missingDirection + b.missingDirection
        sum.qualitative = a.qualitative + b.qualitative
        sum.forms = a.forms + b.forms
        sum.brokenLabels = a.brokenLabels + b.brokenLabels
        sum.valuesOnOwnLine = a.valuesOnOwnLine + b.valuesOnOwnLine
        sum.labelsOnItemLine = a.labelsOnItemLine + b.labelsOnItemLine
        return sum
    }

    /// The fields in the order the ground truth lists them, with their JSON names.
    var fields: [(String, Int)] {
        [("page_breaks", pageBreaks), ("projects_split_by_page", projectsSplitByPage),
         ("shifted_left", shiftedLeft), ("shifted_right", shiftedRight),
         ("wrapped_project_names", wrappedProjectNames), ("wrapped_indicator_names", wrappedIndicatorNames),
         ("sub_units", subUnits), ("missing_direction", missingDirection), ("qualitative", qualitative),
         ("forms", forms), ("broken_labels", brokenLabels), ("values_on_own_line", valuesOnOwnLine),
         ("labels_on_item_line", labelsOnItemLine)]
    }

    enum CodingKeys: String, CodingKey {
        case pageBreaks = "page_breaks", projectsSplitByPage = "projects_split_by_page"
        case shiftedLeft = "shifted_left", shiftedRight = "shifted_right"
        case wrappedProjectNames = "wrapped_project_names", wrappedIndicatorNames = "wrapped_indicator_names"
        case subUnits = "sub_units", missingDirection = "missing_direction", qualitative
        case forms, brokenLabels = "broken_labels", valuesOnOwnLine = "values_on_own_line"
        case labelsOnItemLine = "labels_on_item_line"
    }
}
