import Foundation

/// A review template from `Data/templates/*.yaml`: what every project (or every project of
/// a category) must have.
public struct Template: Decodable, Sendable {
    public struct Weights: Decodable, Sendable {
        /// The total the stated weights must add up to (e.g. 90: the other 10 belong to
        /// budget execution).
        public var total: Double
        public var tolerance: Double?
    }

    public var name: String
    public var description: String?
    /// `all`, or a category name.
    public var appliesTo: String
    /// Canonical level-1 dimensions every project needs.
    public var requiredLevel1: [String]?
    public var weights: Weights?

    enum CodingKeys: String, CodingKey {
        case name, description, weights
        case appliesTo = "applies_to"
        case requiredLevel1 = "required_level1"
    }

    /// All templates in a folder, sorted by file name.
    public static func loadAll(directory: String) throws -> [Template] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
        return try names.map { try RuleFile.decode(Template.self, path: (directory as NSString).appendingPathComponent($0)) }
    }

    public func applies(to project: Project) -> Bool {
        appliesTo == "all" || appliesTo == project.category
    }
}
