import JixiaoCore
/// Synthetic county names, unique within a corpus: two characters (sometimes three) and
/// 县, 区 or 旗 (`清河县`, `东城区`). Drawn in order from the corpus seed, so county N has
/// the same name whatever else is generated.
enum CountyNames {
    static func make(count: Int, seed: UInt64) -> [String] {
        var rng = SplitMix64(seed: seed, stream: 0)
        var stems = Set<String>()
        var names: [String] = []
        names.reserveCapacity(count)
        let first = Vocabulary.countyFirst, second = Vocabulary.countySecond, third = Vocabulary.countyThird
        let kinds = Vocabulary.countyKinds
        while names.count < count {
            var stem = ""
            for attempt in 0..<64 {
                let a = rng.pick(first), b = rng.pick(second)
                guard a != b else { continue }
                // Three characters once the two-character names run short, or now and then.
                let long = attempt > 16 || rng.chance(80)
                stem = long ? String([a, b, rng.pick(third)]) : String([a, b])
                if stems.insert(stem).inserted { break }
                stem = ""
            }
            if stem.isEmpty {
                // Past what the lists can name (≈ 50,000): number the rest.
                stem = "\(rng.pick(first))\(rng.pick(second))\(names.count)"
                guard stems.insert(stem).inserted else { continue }
            }
            names.append(stem + String(kinds[rng.weighted(kinds.map(\.weight))].suffix))
        }
        return names
    }
}
