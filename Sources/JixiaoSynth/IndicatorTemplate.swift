import JixiaoCore
/// A level-3 indicator a unit might write, with the values it is usually given.
struct IndicatorTemplate: Sendable {
    enum Values: Sendable {
        /// A whole number in the range.
        case range(ClosedRange<Int>)
        /// One of these numbers as written (`0.3`, `99`).
        case numbers([String])
        /// A qualitative grade (`优良中差`, `明显提升`, `2023年全年`).
        case grades([String])
        /// The project's budget restated (cost indicators), in 万元 or 元.
        case budget
    }

    var name: String
    var comparison: SynthComparison
    var values: Values
    var unit: String
    /// Layout B writes the value with this word before the sign (`丢包率<0.3%`).
    var valuePrefix: String = ""

    static func count(_ name: String, _ comparison: SynthComparison, _ range: ClosedRange<Int>, _ unit: String) -> IndicatorTemplate {
        IndicatorTemplate(name: name, comparison: comparison, values: .range(range), unit: unit)
    }

    static func rate(_ name: String, _ comparison: SynthComparison = .atLeast, _ numbers: [String] = ["90", "95", "95", "98", "99", "100"]) -> IndicatorTemplate {
        IndicatorTemplate(name: name, comparison: comparison, values: .numbers(numbers), unit: "%")
    }

    static func grade(_ name: String, _ grades: [String]) -> IndicatorTemplate {
        IndicatorTemplate(name: name, comparison: .qualitative, values: .grades(grades), unit: "")
    }
}

/// The qualitative grades the samples use.
enum Grades {
    static let quality = ["优良中差", "优良中差", "好坏", "高中低"]
    static let benefit = ["优良中差", "高中低", "明显提升", "不断提升", "能够促进", "良好", "有效提升"]
    static let lasting = ["长期有效", "长期有效", "持续提升", "长期"]
    static let wholeYear = ["2023年全年"]
}
