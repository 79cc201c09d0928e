/// How a String met lately is told again without reading its bytes: by the String's own two
/// words. A text of up to 15 UTF-8 bytes is held in them (its bytes and count); a longer one is
/// its count and flags and the address of its storage (Linux has no bridged strings), so
/// whoever keeps an identity must keep the String too, or the address may become another
/// text's. Equal words are equal texts; equal texts in two storages are told apart, and looked
/// up the slow way. `SpillByteWriter` and `TextMemo` keep a table of texts met lately this way:
/// the load shares one String among a file's equal cells, so most repeats are told by the words.
struct TextIdentity: Equatable {
    private var first: UInt64
    private var second: UInt64

    /// No text's identity (no String has these words: the empty one's second is not 0): what
    /// an empty table slot holds.
    static let none = TextIdentity(first: 0, second: 0)

    private init(first: UInt64, second: UInt64) {
        self.first = first
        self.second = second
    }

    @inline(__always)
    init(_ text: String) {
        (first, second) = unsafeBitCast(text, to: (UInt64, UInt64).self)
    }

    /// Its slot in a table of `count` (a power of two) texts met lately.
    @inline(__always)
    func slot(among count: Int) -> Int {
        let mixed = (first ^ second &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 40) & (count - 1)
    }
}
