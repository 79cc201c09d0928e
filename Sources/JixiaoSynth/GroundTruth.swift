import Foundation
import JixiaoCore

/// What the generator wrote, per county: the figures a run of jixiao must reproduce.
/// Written as `ground-truth.json` beside the corpus's `inputs/` folder, by hand (not by
/// JSONEncoder) so that the bytes are the same on every platform; read back with
/// JSONDecoder.
public struct GroundTruth: Codable, Sendable, Equatable {
    public struct County: Codable, Sendable, Equatable {
        public var county: String
        public var layout: SynthLayout
        /// The money unit the county's forms state: `万元` or `元`.
        public var moneyUnit: String
        /// File names inside the inputs folder.
        public var files: [String]
        public var departments: Int
        public var projects: Int
        public var indicators: Int
        /// The county's budget in 万元, rounded to 4 decimals (whole 元).
        public var budgetWan: Double
        public var quirks: SynthQuirks

        enum CodingKeys: String, CodingKey {
            case county, layout, moneyUnit = "money_unit", files, departments, projects, indicators
            case budgetWan = "budget_wan", quirks
        }
    }

    public struct Totals: Codable, Sendable, Equatable {
        public var counties: Int
        public var files: Int
        public var departments: Int
        public var projects: Int
        public var indicators: Int
        public var budgetWan: Double
        public var bytes: Int

        enum CodingKeys: String, CodingKey {
            case counties, files, departments, projects, indicators, budgetWan = "budget_wan", bytes
        }
    }

    public var generator: String
    public var seed: UInt64
    /// The folder, beside this file, that holds the county files.
    public var inputs: String
    public var totals: Totals
    public var counties: [County]

    public static let fileName = "ground-truth.json"

    public static func read(path: String) throws -> GroundTruth {
        try JSONDecoder().decode(GroundTruth.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// A county's entry as the generator computed it, with exact money.
struct CountyTruth: Sendable {
    var county: String
    var layout: SynthLayout
    var moneyUnit: MoneyUnit
    var files: [String]
    var departments: Int
    var projects: Int
    var indicators: Int
    var budget: Fen
    var bytes: Int
    var quirks: SynthQuirks
}

enum GroundTruthJSON {
    static func render(seed: UInt64, inputs: String, counties: [CountyTruth]) -> TextBuffer {
        var out = TextBuffer(capacity: 512 * counties.count + 1024)
        let total = counties.reduce(Fen.zero) { $0 + $1.budget }
        out.line("{")
        out.line("  \"generator\": \"jixiao synth\",")
        out.line("  \"seed\": \(seed),")
        out.line("  \"inputs\": \(string(inputs)),")
        out.line("  \"totals\": {")
        out.line("    \"counties\": \(counties.count),")
        out.line("    \"files\": \(counties.reduce(0) { $0 + $1.files.count }),")
        out.line("    \"departments\": \(counties.reduce(0) { $0 + $1.departments }),")
        out.line("    \"projects\": \(counties.reduce(0) { $0 + $1.projects }),")
        out.line("    \"indicators\": \(counties.reduce(0) { $0 + $1.indicators }),")
        out.line("    \"budget_wan\": \(total.wanRounded4),")
        out.line("    \"bytes\": \(counties.reduce(0) { $0 + $1.bytes })")
        out.line("  },")
        out.line("  \"counties\": [")
        for (index, county) in counties.enumerated() {
            out.line("    {")
            out.line("      \"county\": \(string(county.county)),")
            out.line("      \"layout\": \"\(county.layout.rawValue)\",")
            out.line("      \"money_unit\": \(string(county.moneyUnit.rawValue)),")
            out.line("      \"files\": [\(county.files.map(string).joined(separator: ", "))],")
            out.line("      \"departments\": \(county.departments),")
            out.line("      \"projects\": \(county.projects),")
            out.line("      \"indicators\": \(county.indicators),")
            out.line("      \"budget_wan\": \(county.budget.wanRounded4),")
            let quirks = county.quirks.fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ")
            out.line("      \"quirks\": {\(quirks)}")
            out.line(index == counties.count - 1 ? "    }" : "    },")
        }
        out.line("  ]")
        out.line("}")
        return out
    }

    /// A JSON string literal (the names contain no control characters; quotes and
    /// backslashes are escaped all the same).
    static func string(_ text: String) -> String {
        var out = "\""
        for ch in text {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(ch)
            }
        }
        return out + "\""
    }
}
