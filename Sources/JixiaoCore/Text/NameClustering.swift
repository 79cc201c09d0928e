import Foundation

/// How names are compared when clustering (`Data/name-clustering.yaml`).
public struct ClusteringRules: Decodable, Sendable {
    public var filler: [String]
    public var equivalents: [String: String]
    /// Names are grouped only when their last `sameEnding` characters agree (次数 ≠ 完成率).
    public var sameEnding: Int

    enum CodingKeys: String, CodingKey {
        case filler, equivalents
        case sameEnding = "same_ending"
    }

    public init(filler: [String] = [], equivalents: [String: String] = [:], sameEnding: Int = 2) {
        self.filler = filler
        self.equivalents = equivalents
        self.sameEnding = sameEnding
    }

    public static func load(path: String) throws -> ClusteringRules {
        try RuleFile.decode(ClusteringRules.self, path: path)
    }
}

/// How often a name occurs and where (the first few places: enough to find it again).
public struct NameOccurrences: Sendable, Hashable {
    public static let sourcesKept = 20
    public var count = 0
    public var sources: [SourceRef] = []

    public init() {}

    mutating func add(_ source: SourceRef) {
        count += 1
        if sources.count < Self.sourcesKept { sources.append(source) }
    }

    mutating func add(_ other: NameOccurrences) {
        count += other.count
        sources += other.sources.prefix(Self.sourcesKept - sources.count)
    }
}

/// A group of indicator names that look like one indicator, proposed for the dictionary.
public struct NameSuggestion: Codable, Sendable, Hashable {
    public struct Member: Codable, Sendable, Hashable {
        public var name: String
        public var count: Int
        /// Where the name occurs (file and line; the first \(NameOccurrences.sourcesKept) places).
        public var sources: [SourceRef]
    }

    /// The proposed canonical name: the most frequent spelling (then the shortest).
    public var canonical: String
    /// 1.0 for names equal once numbering, punctuation and filler are removed; otherwise the
    /// weakest character-bigram similarity (Dice) that links the group.
    public var confidence: Double
    public var members: [Member]
    /// True when the confidence reached the pipeline's `auto_merge` and the names were merged.
    public var applied: Bool
}

/// OpenRefine-style clustering of names: key collision on a fingerprint, then nearest
/// neighbours by character bigrams, found through an inverted index (no all-pairs loop).
public struct NameClusterer: Sendable {
    public let rules: ClusteringRules
    /// Pairs below this similarity are not proposed at all.
    public let threshold: Double
    /// A bigram shared by more names than this is too common to find neighbours by.
    let commonBigramLimit = 200

    public init(rules: ClusteringRules, threshold: Double) {
        self.rules = rules
        self.threshold = threshold
    }

    /// Numbering, spaces, punctuation and filler removed; equivalent spellings unified.
    public func fingerprint(_ name: String) -> String {
        var key = NameDictionary.key(name)
        for word in rules.filler.sorted(by: { $0.count > $1.count }) {
            key = key.replacingOccurrences(of: word, with: "")
        }
        for (from, to) in rules.equivalents.sorted(by: { $0.key.count > $1.key.count }) {
            key = key.replacingOccurrences(of: from, with: to)
        }
        return key
    }

    static func bigrams(_ text: String) -> Set<String> {
        let chars = Array(text)
        guard chars.count > 1 else { return chars.isEmpty ? [] : [text] }
        return Set((0..<(chars.count - 1)).map { String(chars[$0...$0 + 1]) })
    }

    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    /// Groups distinct names (with their occurrences) into suggestions of two or more names.
    public func cluster(_ occurrences: [String: NameOccurrences]) -> [NameSuggestion] {
        // Key collision: names with one fingerprint are one node.
        var nodes: [String: [String]] = [:]
        for name in occurrences.keys.sorted() { nodes[fingerprint(name), default: []].append(name) }
        let keys = nodes.keys.sorted()
        let grams = keys.map(NameClusterer.bigrams)
        var index: [String: [Int]] = [:]
        for (id, set) in grams.enumerated() { for gram in set { index[gram, default: []].append(id) } }

        // Union-find over fingerprints; remember the weakest link that joined each group.
        var parent = Array(keys.indices)
        var weakest = Array(repeating: 1.0, count: keys.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for (id, key) in keys.enumerated() {
            var candidates: Set<Int> = []
            for gram in grams[id] {
                guard let ids = index[gram], ids.count <= commonBigramLimit else { continue }
                for other in ids where other > id { candidates.insert(other) }
            }
            for other in candidates.sorted() {
                guard key.suffix(rules.sameEnding) == keys[other].suffix(rules.sameEnding) else { continue }
                let similarity = NameClusterer.dice(grams[id], grams[other])
                guard similarity >= threshold else { continue }
                let (a, b) = (find(id), find(other))
                if a != b {
                    parent[b] = a
                    weakest[a] = min(weakest[a], weakest[b], similarity)
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for id in keys.indices { groups[find(id), default: []].append(id) }

        var suggestions: [NameSuggestion] = []
        for (root, members) in groups {
            let names = members.flatMap { nodes[keys[$0]]! }
            guard names.count > 1 else { continue }
            let memberList = names.map { NameSuggestion.Member(name: $0, count: occurrences[$0]!.count, sources: occurrences[$0]!.sources) }
                .sorted { ($0.count, -$0.name.count, $1.name) > ($1.count, -$1.name.count, $0.name) }
            suggestions.append(NameSuggestion(canonical: memberList[0].name,
                                              confidence: (weakest[root] * 100).rounded() / 100,
                                              members: memberList, applied: false))
        }
        return suggestions.sorted { ($0.confidence, $1.canonical) > ($1.confidence, $0.canonical) }
    }
}
