import Foundation

/// Project categories by keyword (`Data/categories.yaml`): the first rule that matches wins.
public struct CategoryRules: Decodable, Sendable {
    public struct Rule: Decodable, Sendable {
        public var name: String
        public var keywords: [String]
        public var goalKeywords: [String]?

        enum CodingKeys: String, CodingKey {
            case name, keywords
            case goalKeywords = "goal_keywords"
        }
    }

    public let categories: [Rule]
    /// Every rule's keywords in rule order, then every rule's goal keywords, each list searched
    /// in one pass (`KeywordSearch`), with the rule each belongs to.
    private let nameKeywords: (search: KeywordSearch, owners: [(rule: Int, keyword: String)])
    private let goalKeywords: (search: KeywordSearch, owners: [(rule: Int, keyword: String)])

    enum CodingKeys: String, CodingKey { case categories }

    public init(from decoder: any Decoder) throws {
        categories = try decoder.container(keyedBy: CodingKeys.self).decode([Rule].self, forKey: .categories)
        func index(_ lists: [[String]]) -> (KeywordSearch, [(rule: Int, keyword: String)]) {
            let owners: [(rule: Int, keyword: String)] = lists.enumerated().flatMap { rule, keywords in keywords.map { (rule, $0) } }
            return (KeywordSearch(owners.map(\.keyword)), owners)
        }
        nameKeywords = index(categories.map(\.keywords))
        goalKeywords = index(categories.map { $0.goalKeywords ?? [] })
    }

    public static let unclassified = "未分类"

    public static func load(path: String) throws -> CategoryRules {
        try RuleFile.decode(CategoryRules.self, path: path)
    }

    /// The category and the keyword that decided it; nil when no rule matches.
    /// The first rule, in order, with a keyword in the name wins (its first such keyword); else
    /// the first with a goal keyword in the goal.
    public func category(for project: Project) -> (name: String, keyword: String)? {
        category(forName: project.name) ?? category(forGoal: project.goal)
    }

    /// The first rule with a keyword in the name, and that keyword (names repeat across a
    /// county's departments: the classify stage looks each up once).
    func category(forName name: String) -> (name: String, keyword: String)? { first(of: nameKeywords, in: name) }

    /// The first rule with a goal keyword in the goal, and that keyword.
    func category(forGoal goal: String) -> (name: String, keyword: String)? { first(of: goalKeywords, in: goal) }

    private func first(of keywords: (search: KeywordSearch, owners: [(rule: Int, keyword: String)]),
                       in text: String) -> (name: String, keyword: String)? {
        guard let first = keywords.search.matches(in: text).first else { return nil }
        let owner = keywords.owners[first]
        return (categories[owner.rule].name, owner.keyword)
    }
}

/// Economic classification codes by keyword (`Data/economic-classes.yaml`), e.g.
/// `（维修维护费）` → 30213. The bracketed suffix of a project name is looked at first.
public struct EconomicClassRules: Decodable, Sendable {
    public struct Class: Decodable, Sendable {
        public var code: String
        public var name: String
        public var keywords: [String]
    }

    public let classes: [Class]
    /// Every class's keywords in order, searched in one pass (`KeywordSearch`), with their class
    /// and length in characters.
    private let keywordSearch: KeywordSearch
    private let keywordOwners: [(item: Int, characters: Int)]

    enum CodingKeys: String, CodingKey { case classes }

    public init(from decoder: any Decoder) throws {
        classes = try decoder.container(keyedBy: CodingKeys.self).decode([Class].self, forKey: .classes)
        let owners = classes.enumerated().flatMap { item, each in each.keywords.map { (item, $0) } }
        keywordSearch = KeywordSearch(owners.map(\.1))
        keywordOwners = owners.map { ($0.0, $0.1.unicodeScalars.count) }
    }

    public static func load(path: String) throws -> EconomicClassRules {
        try RuleFile.decode(EconomicClassRules.self, path: path)
    }

    public func economicClass(forProjectNamed name: String) -> Class? {
        if name.endsWithText("）"), let open = name.unicodeScalars.lastIndex(of: "（") {
            let suffix = String(name.unicodeScalars[name.unicodeScalars.index(after: open)..<name.unicodeScalars.index(before: name.endIndex)])
            if let match = classes.first(where: { $0.keywords.contains(where: suffix.sameText) || $0.name.sameText(suffix) }) { return match }
        }
        // Otherwise the most specific keyword wins: 公务用车运行维护费 over 维护费.
        // A tie goes to the class and keyword listed first.
        var best: (item: Int, characters: Int)?
        for match in keywordSearch.matches(in: name) where keywordOwners[match].characters > (best?.characters ?? 0) {
            best = keywordOwners[match]
        }
        return best.map { classes[$0.item] }
    }

}
