extension String {
    /// `count` (Characters, as a clerk counts them), told without Unicode's grapheme rules when
    /// every scalar is one no rule joins to another: printable ASCII, the CJK marks U+3001–U+3029,
    /// Han characters (U+3400–U+9FFF) and the full-width forms U+FF01–U+FF5E, each a Character of
    /// its own. `count` walks grapheme clusters at ~100 instructions a Chinese character.
    var characterCount: Int {
        let simple = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var scalars = UTF8Scalars(bytes)
            var count = 0
            while let scalar = scalars.next() {
                switch scalar.value {
                case 0x20...0x7E, 0x3001...0x3029, 0x3400...0x9FFF, 0xFF01...0xFF5E: count += 1
                default: return nil
                }
            }
            return count
        }
        return (simple ?? nil) ?? count
    }
}
