import Foundation

/// The canonical indicator framework (一级 → 二级指标) from `Data/framework.yaml`, with the
/// other spellings counties use.
public struct Framework: Decodable, Sendable {
    public struct Level2: Decodable, Sendable {
        public var name: String
        public var aliases: [String]?
    }

    public struct Level1: Decodable, Sendable {
        public var name: String
        public var aliases: [String]?
        public var level2: [Level2]
        /// Aliases that are a label only alone in their cell or right before a level-2 label
        /// (`项目完成` / `数量指标`), and elsewhere begin a name (`项目完成率`); they are among
        /// `aliases` too. Aliases of two characters (`产出`) are always so.
        public var shortAliases: [String]?

        enum CodingKeys: String, CodingKey {
            case name, aliases, level2
            case shortAliases = "short_aliases"
        }
    }

    public var levels: [Level1]
    /// Level-1 names that older forms write as a level-2 (成本指标 under 产出指标), with the
    /// level-2 they stand for.
    public var level2AsLevel1: [String: String]?
    /// Level-1 labels some provinces' templates write for several of the framework's level 1s
    /// at once (`效果指标: [效益指标, 满意度指标]`): the level 2 tells which.
    public var level1Spanning: [String: [String]]?
    /// How forms write an indicator's direction (`正向指标: [正向, 越大越好 …]`), by `Direction`.
    public var directions: [String: [String]]?
    /// Where an indicator with no label at all goes (`by_name`): the first rule whose words its
    /// name holds, or one of whose units its value has (a rule whose level 2 `levels` lacks, one
    /// taken out there, is passed over).
    public var byName: [NameRule]?

    /// One `by_name` rule: a level 2, the words of names that belong to it, the units of values.
    public struct NameRule: Decodable, Sendable {
        public var level2: String
        public var words: [String]?
        public var units: [String]?
    }

    /// The direction words, longest first, as compared (half-width, no spaces): made once, as
    /// the file is read, for they are looked up for every indicator.
    let directionWords: [(word: String, direction: Direction)]
    /// The same words looked up whole: most cells are one of them exactly.
    let directionByWord: [TextKey: Direction]
    /// The names and aliases of `level2AsLevel1`'s level 1s as cells are compared
    /// (`FormCell.compact`): looked for in the level-1 labels a table reads.
    let usedAsLevel2Words: [[Unicode.Scalar]]

    enum CodingKeys: String, CodingKey {
        case levels, directions
        case level2AsLevel1 = "level2_as_level1"
        case level1Spanning = "level1_spanning"
        case byName = "by_name"
        case labelEndingVariants = "label_ending_variants"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let variants = try container.decodeIfPresent([String].self, forKey: .labelEndingVariants) ?? []
        levels = try container.decode([Level1].self, forKey: .levels).map { level1 in
            var level1 = level1
            level1.aliases = Self.spellings(name: level1.name, aliases: (level1.aliases ?? []) + (level1.shortAliases ?? []), variants: variants)
            level1.level2 = level1.level2.map { level2 in
                var level2 = level2
                level2.aliases = Self.spellings(name: level2.name, aliases: level2.aliases, variants: variants)
                return level2
            }
            return level1
        }
        level2AsLevel1 = try container.decodeIfPresent([String: String].self, forKey: .level2AsLevel1)
        level1Spanning = try container.decodeIfPresent([String: [String]].self, forKey: .level1Spanning)
        directions = try container.decodeIfPresent([String: [String]].self, forKey: .directions)
        byName = try container.decodeIfPresent([NameRule].self, forKey: .byName)
        directionWords = Self.words(directions)
        // Keyed by bytes (`TextKey`): a String key would be normalised for every indicator's lookup.
        directionByWord = Dictionary(directionWords.map { (TextKey($0.word), $0.direction) }, uniquingKeysWith: { first, _ in first })
        let usedAsLevel2 = level2AsLevel1 ?? [:]
        usedAsLevel2Words = levels.filter { usedAsLevel2[$0.name] != nil }.flatMap { [$0.name] + ($0.aliases ?? []) }
            .map(FormCells.compactScalars).filter { !$0.isEmpty }
    }

    /// A label's aliases with each spelling that ends in 指标 also written with the other endings
    /// templates use (`label_ending_variants`: 产出值, 数量值, 经济效益值).
    static func spellings(name: String, aliases: [String]?, variants: [String]) -> [String]? {
        let ending = "指标"
        let written = [name] + (aliases ?? [])
        let more = written.filter { $0.count > ending.count && $0.hasSuffix(ending) }.flatMap { word in
            variants.map { String(word.dropLast(ending.count)) + $0 }
        }.filter { !written.contains($0) }
        return more.isEmpty ? aliases : (aliases ?? []) + more
    }

    /// Whether a level-1 label is one that forms also write as a level 2 (`level2_as_level1`):
    /// its name or an alias, with a hint or numbering around it (`成本指标(必填硬性指标)`, `成本`).
    /// Labels are many and such words few: only a label holding one of them is looked up.
    func isUsedAsLevel2(_ text: String, compact: [Unicode.Scalar]) -> Bool {
        usedAsLevel2Words.contains { word in compact.indices.contains { compact[$0...].starts(with: word) } }
            && level1(for: text).map { level2AsLevel1?[$0] != nil } == true
    }

    public static func load(path: String) throws -> Framework {
        let framework = try RuleFile.decode(Framework.self, path: path)
        for key in (framework.directions ?? [:]).keys where Direction(rawValue: key) == nil {
            throw PipelineError(file: path, line: nil, message: "directions: '\(key)' is no direction (expected 正向指标 or 反向指标)")
        }
        for (label, spanned) in framework.level1Spanning ?? [:] {
            if let unknown = spanned.first(where: { name in !framework.levels.contains { $0.name == name } }) {
                throw PipelineError(file: path, line: nil, message: "level1_spanning: '\(label)' lists '\(unknown)', which is no level 1 of levels (expected names such as 效益指标)")
            }
        }
        return framework
    }

    /// A framework file written before `directions` existed reads 正向…/反向… as it always did;
    /// a key that is no direction is left out here and refused by `load`.
    static func words(_ directions: [String: [String]]?) -> [(word: String, direction: Direction)] {
        (directions ?? ["正向指标": ["正向"], "反向指标": ["反向"]]).flatMap { key, words in
            words.compactMap { word in Direction(rawValue: key).map { (TextCleaning.foldWidth(word).filter { !$0.isWhitespace }, $0) } }
        }.filter { !$0.word.isEmpty }.sorted { ($0.word.count, $0.word) > ($1.word.count, $1.word) }
    }

    /// The direction a form states (`逆向指标`, `越小越好`, `正向指标（越大越好）`): the longest of
    /// `directions`' words the text starts with; nil when empty or none.
    public func direction(stated text: String) -> Direction? {
        guard !text.isEmpty else { return nil }
        // Asked for every indicator: the usual cell (`正向指标`, no space, nothing full-width) as it is.
        if let whole = directionByWord[TextKey(text)] { return whole }
        let plain = !text.utf8.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0xEF || $0 == 0xE3 }
        let compact = plain ? text : TextCleaning.foldWidth(text).filter { !$0.isWhitespace }
        return directionWords.first { compact.startsWithText($0.word) }?.direction
    }

    /// A label as compared: no spaces, half-width, without the fill-in hints templates add
    /// (`产出指标 (必填)`, `成本指标(0-20)分`, `数量指标：`).
    static func key(_ label: String) -> String {
        // Most labels are already their key (`产出指标`): told on the scalars, without
        // Foundation's replacing, which a reader asks for on every row.
        if let last = label.unicodeScalars.last, !":：*＊)）分".unicodeScalars.contains(last),
           !label.unicodeScalars.contains(where: { TextCleaning.isWhitespace($0) || $0 == "（" || $0 == "）" }),
           let first = label.unicodeScalars.first, !Enumeration.mayStart(first) {
            return TextCleaning.foldWidth(label)
        }
        // Numbered as a document numbers its parts: `一、产出指标`, `（一）数量指标`.
        var key = TextCleaning.foldWidth(Enumeration.stripped(label)).filter { !$0.isWhitespace }
            .replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        while true {
            if key.hasSuffix(":") || key.hasSuffix("：") || key.hasSuffix("*") { key.removeLast(); continue }
            if key.hasSuffix("分"), key.dropLast().hasSuffix(")") { key.removeLast(); continue }
            if key.hasSuffix(")"), let open = key.lastIndex(of: "("), open != key.startIndex {
                key = String(key[..<open]); continue
            }
            return key
        }
    }

    /// The canonical level-1 for a label, by name or alias.
    public func level1(for label: String) -> String? {
        let key = Framework.key(label)
        return levels.first { $0.name.sameText(key) || ($0.aliases ?? []).contains(where: key.sameText) }?.name
    }

    /// The framework's level 1s a label written for several at once stands for (`level1_spanning`), or nil.
    public func spannedLevel1s(_ label: String) -> [String]? {
        guard let spanning = level1Spanning, !spanning.isEmpty else { return nil }
        let key = Framework.key(label)
        return spanning.first { $0.key.sameText(key) }?.value
    }

    /// The framework's level 1s a level-1 label stands for: the one it names, or those it is
    /// written for at once (`level1_spanning`); none when the framework does not know it.
    public func level1s(standingFor label: String) -> [String] {
        level1(for: label).map { [$0] } ?? spannedLevel1s(label) ?? []
    }

    /// Whether a level-2 label belongs to a level-1 label on the framework (both known).
    public func level2(_ level2: String, belongsTo level1: String) -> Bool {
        guard let owner = self.level2(for: level2)?.level1 else { return false }
        return level1s(standingFor: level1).contains(owner)
    }

    /// The canonical level-2 for a label, with the level-1 it belongs to.
    public func level2(for label: String) -> (level1: String, level2: String)? {
        let key = Framework.key(label)
        for level1 in levels {
            if let match = level1.level2.first(where: { $0.name.sameText(key) || ($0.aliases ?? []).contains(where: key.sameText) }) {
                return (level1.name, match.name)
            }
        }
        return nil
    }

    /// The result of placing one indicator's labels on the framework.
    public struct Placement: Sendable {
        public var level1: String?
        public var level2: String?
        /// Why the placement needed attention (rule id, message), if it did.
        public var problem: (rule: String, message: String)?
    }

    /// Places an indicator written with no label at all (its merged cells lost) by its name and
    /// value (`by_name`): the first rule whose words the name holds (`验收合格率` → 质量指标) or one
    /// of whose units the value has, alone or before a `/` (`1个` → 数量指标, `490元/平米` → 经济成本指标).
    /// With `level1`, only its level 2s are looked at: a row whose level 1 is written and its level 2
    /// is not (`成本指标` / `打井、配电` / `50000元` → 经济成本指标).
    public func place(unlabelledName name: String, unit: String?, within level1: String? = nil) -> (level1: String, level2: String)? {
        let unit = unit.map { TextCleaning.foldWidth($0) } ?? ""
        for rule in byName ?? [] {
            guard let placed = level2(for: rule.level2), level1 == nil || placed.level1 == level1 else { continue }
            if (rule.words ?? []).contains(where: { !$0.isEmpty && name.containsText($0) })
                || (rule.units ?? []).contains(where: { !unit.isEmpty && (unit == $0 || unit.hasPrefix($0 + "/")) }) {
                return placed
            }
        }
        return nil
    }

    /// Places the labels as written onto the canonical framework.
    public func place(level1 label1: String, level2 label2: String) -> Placement {
        let stated1 = label1.isEmpty ? nil : level1(for: label1)
        if let (owner, name) = level2(for: label2) {
            if let stated1, stated1 != owner {
                return Placement(level1: owner, level2: name, problem: (RuleID.labelLevel2Mismatch,
                    "二级指标「\(label2)」不属于一级指标「\(label1)」，已归入「\(owner)」"))
            }
            if !label1.isEmpty, stated1 == nil, let spanned = spannedLevel1s(label1) {
                return Placement(level1: owner, level2: name, problem: spanned.contains(owner) ? nil : (RuleID.labelLevel2Mismatch,
                    "二级指标「\(label2)」不属于一级指标「\(label1)」（\(spanned.joined(separator: "、"))），已归入「\(owner)」"))
            }
            if !label1.isEmpty, stated1 == nil {
                return Placement(level1: owner, level2: name, problem: (RuleID.labelUnknown,
                    "一级指标「\(label1)」不在指标体系中，按二级指标归入「\(owner)」"))
            }
            return Placement(level1: owner, level2: name, problem: nil)
        }
        // A level 2 written as its level 1 again (`满意度指标 | 满意度指标`, the template's own
        // wording): the level 1's only level 2, where it has one.
        if let stated1, level1(for: label2) == stated1, let only = levels.first(where: { $0.name == stated1 })?.level2,
           only.count == 1 {
            return Placement(level1: stated1, level2: only[0].name, problem: nil)
        }
        // A level-1 name written as a level-2 (older forms: 成本指标 under 产出指标).
        if let moved = level1(for: label2) {
            let defaultLevel2 = level2AsLevel1?[moved]
            return Placement(level1: moved, level2: defaultLevel2, problem: defaultLevel2 == nil
                ? (RuleID.labelLevel2Missing, "「\(label2)」是一级指标，缺少二级指标") : nil)
        }
        if label2.isEmpty {
            return Placement(level1: stated1, level2: nil, problem: (RuleID.labelLevel2Missing, "缺少二级指标"))
        }
        return Placement(level1: stated1, level2: nil, problem: (RuleID.labelUnknown,
            "二级指标「\(label2)」不在指标体系中"))
    }
}
