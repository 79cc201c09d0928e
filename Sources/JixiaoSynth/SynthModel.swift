import JixiaoCore
/// What the generator decided a county sends, before it is written in a layout: the
/// ground truth is computed from this plan and from what the writers report writing.

/// Money in 分 (0.01 元), so every sum is exact; written in 万元 or 元 as the county's forms state.
struct Fen: Hashable, Comparable, Sendable {
    var value: Int64

    static func + (a: Fen, b: Fen) -> Fen { Fen(value: a.value + b.value) }
    static func < (a: Fen, b: Fen) -> Bool { a.value < b.value }
    static let zero = Fen(value: 0)

    /// `97.20` (万元, two decimals, as seed 000 writes).
    var wan2: String {
        let hundredYuan = (value + 5_000) / 10_000  // amounts in 万元 counties are whole 100 元
        return "\(hundredYuan / 100).\(twoDigits(hundredYuan % 100))"
    }

    /// `45`, `12.5`, `0.35`: 万元 without trailing zeros (seed 003, and goal sentences).
    var wanShort: String {
        let hundredYuan = (value + 5_000) / 10_000
        let whole = hundredYuan / 100
        let cents = hundredYuan % 100
        if cents == 0 { return "\(whole)" }
        if cents % 10 == 0 { return "\(whole).\(cents / 10)" }
        return "\(whole).\(twoDigits(cents))"
    }

    /// `972000.00`, or `8,827,620.53` with thousands separators.
    func yuan(separators: Bool) -> String {
        let yuan = value / 100
        var whole = "\(yuan)"
        if separators, whole.count > 3 {
            var grouped = ""
            for (index, ch) in whole.enumerated() {
                if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(ch)
            }
            whole = grouped
        }
        return "\(whole).\(twoDigits(value % 100))"
    }

    /// Whole 元 without decimals (`40000`), for cost indicators written in 元.
    var yuanWhole: String { "\(value / 100)" }

    /// The ground truth's figure: 万元 rounded to 4 decimals (whole 元), as a JSON number.
    /// The generator never makes a county total end in exactly 50 分, so no tie arises.
    var wanRounded4: String {
        let yuan = (value + 50) / 100
        let frac = "\(yuan % 10_000)"
        return "\(yuan / 10_000).\(String(repeating: "0", count: 4 - frac.count))\(frac)"
    }

    private func twoDigits(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// How a comparison is written in a form.
enum SynthComparison: Sendable {
    case atLeast, atMost, equal, greater, less, qualitative
}

/// One level-3 indicator as planned.
struct SynthIndicator: Sendable {
    /// Canonical framework labels: written as is in Layout A; Layout B writes 成本指标 as a
    /// level-2 of 产出指标, as the older forms do.
    var level1: String
    var level2: String
    var name: String
    var comparison: SynthComparison
    /// The number or grade as written (`95`, `0.3`, `优良中差`, `2023年全年`).
    var value: String
    var unit: String
    /// Layout B writes a few values with a word before the sign: `丢包率<0.3%`.
    var valuePrefix: String = ""
    var weight: Int?
    var direction: String
    /// A cost indicator whose value is the project's budget.
    var restatesBudget = false
}

struct SynthProject: Sendable {
    var name: String
    var budget: Fen
    /// Layout B: the part of the budget that is not 财政拨款.
    var otherFunds: Fen
    var goal: String
    /// A sub-unit (`201003-清河县第一中学`) that starts with this project and holds for the
    /// department's later projects, as Layout A reads it.
    var startsUnit: SynthUnit?
    var indicators: [SynthIndicator]
}

struct SynthUnit: Sendable {
    var code: String
    var name: String
}

struct SynthDepartment: Sendable {
    var code: String
    var name: String
    var projects: [SynthProject]

    var total: Fen { projects.reduce(Fen.zero) { $0 + $1.budget } }
}

/// The two seed layouts the generator writes (README, "Input layouts").
public enum SynthLayout: String, Codable, Sendable {
    case departmentTable = "A"
    case projectForm = "B"
}

/// How one county writes its forms: chosen once per county, as real counties differ.
struct CountyStyle: Sendable {
    var layout: SynthLayout
    var moneyUnit: MoneyUnit
    /// 元 written as `8,827,620.53`.
    var thousandsSeparators: Bool
    /// Layout A: the signs this county's office software writes for ≥ and ≤.
    var atLeastSign: String
    var atMostSign: String
    /// Layout A: characters per line of the project-name column when wrapped.
    var wrapWidth: Int
    /// Layout A: content rows per printed page.
    var pageRows: ClosedRange<Int>
}

struct SynthCounty: Sendable {
    var index: Int
    var name: String
    var style: CountyStyle
    var departments: [SynthDepartment]
    /// Departments per file (contiguous groups).
    var fileGroups: [Range<Int>]

    var projectCount: Int { departments.reduce(0) { $0 + $1.projects.count } }
    var indicatorCount: Int { departments.reduce(0) { $0 + $1.projects.reduce(0) { $0 + $1.indicators.count } } }
    var budget: Fen { departments.reduce(Fen.zero) { $0 + $1.total } }
}
