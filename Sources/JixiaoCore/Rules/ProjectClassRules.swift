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

    public var categories: [Rule]

    public static let unclassified = "未分类"

    public static func load(path: String) throws -> CategoryRules {
        try RuleFile.decode(CategoryRules.self, path: path)
    }

    /// The category and the keyword that decided it; nil when no rule matches.
    public func category(for project: Project) -> (name: String, keyword: String)? {
        for rule in categories {
            if let keyword = rule.keywords.first(where: { project.name.containsText($0) }) { return (rule.name, keyword) }
        }
        for rule in categories {
            if let keyword = (rule.goalKeywords ?? []).first(where: { project.goal.containsText($0) }) { return (rule.name, keyword) }
        }
        return nil
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

    public var classes: [Class]

    public static func load(path: String) throws -> EconomicClassRules {
        try RuleFile.decode(EconomicClassRules.self, path: path)
    }

    public func economicClass(forProjectNamed name: String) -> Class? {
        if name.endsWithText("）"), let open = name.unicodeScalars.lastIndex(of: "（") {
            let suffix = String(name.unicodeScalars[name.unicodeScalars.index(after: open)..<name.unicodeScalars.index(before: name.endIndex)])
            if let match = classes.first(where: { $0.keywords.contains(where: suffix.sameText) || $0.name.sameText(suffix) }) { return match }
        }
        // Otherwise the most specific keyword wins: 公务用车运行维护费 over 维护费.
        var best: (Class, Int)?
        for item in classes {
            for keyword in item.keywords where keyword.unicodeScalars.count > (best?.1 ?? 0) && name.containsText(keyword) {
                best = (item, keyword.unicodeScalars.count)
            }
        }
        return best?.0
    }

}
