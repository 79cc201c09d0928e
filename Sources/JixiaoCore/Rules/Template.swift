import Foundation

/// A review template from `Data/templates/*.yaml`: what every project (or every project of
/// one category) should have. Every key is optional; a template checks only what it states.
public struct Template: Decodable, Sendable {
    public struct Weights: Decodable, Sendable {
        /// The total the stated weights must add up to (e.g. 90: the other 10 belong to
        /// budget execution, 财预〔2020〕10号).
        public var total: Double
        public var tolerance: Double?
        /// Expected weight per level-1 dimension, e.g. 产出 50 / 效益 30 / 满意度 10, written as a
        /// mapping and kept sorted by dimension, as findings list it: sorted once when the
        /// template is read, not for every project checked.
        public var split: [(level: String, weight: Double)]?
        /// The dimension cost weights count towards in the split (成本 is part of 产出 there).
        public var costCountsAs: String?

        enum CodingKeys: String, CodingKey {
            case total, tolerance, split
            case costCountsAs = "cost_counts_as"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            total = try container.decode(Double.self, forKey: .total)
            tolerance = try container.decodeIfPresent(Double.self, forKey: .tolerance)
            split = try container.decodeIfPresent([String: Double].self, forKey: .split)?
                .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            costCountsAs = try container.decodeIfPresent(String.self, forKey: .costCountsAs)
        }
    }

    /// An indicator a project of this kind is expected to have.
    public struct Expected: Decodable, Sendable {
        /// What a clerk reads in the finding, e.g. `故障响应时间`.
        public var label: String
        /// Canonical names (from the dictionary) any of which satisfies the expectation.
        public var names: [String]?
        /// Or: any indicator of this canonical level-1 / level-2.
        public var level1: String?
        public var level2: String?
        /// The target must be a number of at least this (e.g. satisfaction ≥ 90).
        public var atLeast: Double?

        enum CodingKeys: String, CodingKey {
            case label, names, level1, level2
            case atLeast = "at_least"
        }
    }

    public var name: String
    public var description: String?
    /// `all`, or a category name from `Data/categories.yaml`.
    public var appliesTo: String
    /// Canonical level-1 dimensions every project needs.
    public var requiredLevel1: [String]?
    /// At least this many quantitative 产出指标 indicators.
    public var minQuantitativeOutputs: Int?
    public var weights: Weights?
    /// Satisfaction targets (满意度指标) must be at least this many percent.
    public var satisfactionFloor: Double?
    /// Indicator names longer than this, or ending like a sentence (。), are flagged.
    public var sentenceLength: Int?
    /// Cost indicators in money must agree with the project budget.
    public var costMatchesBudget: Bool?
    /// The same indicator name twice in one project is flagged.
    public var noDuplicates: Bool?
    /// Percentages above 100 of rates that cannot exceed it are flagged.
    public var cappedRates: CappedRates?
    public var expected: [Expected]?

    enum CodingKeys: String, CodingKey {
        case name, description, weights, expected
        case appliesTo = "applies_to"
        case requiredLevel1 = "required_level1"
        case minQuantitativeOutputs = "min_quantitative_outputs"
        case satisfactionFloor = "satisfaction_floor"
        case sentenceLength = "sentence_length"
        case costMatchesBudget = "cost_matches_budget"
        case noDuplicates = "no_duplicates"
        case cappedRates = "capped_rates"
    }

    /// All templates in a folder, sorted by file name.
    public static func loadAll(directory: String) throws -> [Template] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
        return try names.map { try RuleFile.decode(Template.self, path: (directory as NSString).appendingPathComponent($0), thresholds: true) }
    }

    public func applies(to project: Project) -> Bool {
        // Bytes compared: `==` normalised the (Chinese) category names for every project.
        appliesTo.sameText("all") || project.category.map(appliesTo.sameText) ?? false
    }
}
