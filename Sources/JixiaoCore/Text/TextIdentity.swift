/// How a String met lately is told again without hashing its bytes: a text longer than a small
/// String's by where its bytes are (its storage; Linux has no bridged strings), so whoever
/// keeps it must keep the String too, or the address may become another text's; a short one
/// by its bytes themselves, two words, zero after its end. `SpillByteWriter` and `TextMemo`
/// keep a table of texts met lately this way: the load shares one String among a file's equal
/// cells, so most repeats are told by the address.
struct TextIdentity: Equatable {
    /// The longest text a String holds inside itself (its bytes copied to the stack to be
    /// read, at an address other texts share), in bytes.
    static let longestShort = 15

    private var first: UInt64  // the address, or the first eight bytes
    private var second: UInt64  // the bytes after the first eight, of a short text
    private var length: Int

    /// No text's identity: what an empty table slot holds.
    static let none = TextIdentity(first: 0, second: 0, length: -1)

    private init(first: UInt64, second: UInt64, length: Int) {
        self.first = first
        self.second = second
        self.length = length
    }

    /// The identity of the text whose UTF-8 bytes these are (from the String's `withBytes`).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            self.init(first: 0, second: 0, length: 0)
            return
        }
        guard bytes.count <= Self.longestShort else {
            self.init(first: UInt64(UInt(bitPattern: base)), second: 0, length: bytes.count)
            return
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        self.init(first: words.0, second: words.1, length: bytes.count)
    }

    /// Its slot in a table of `count` (a power of two) texts met lately.
    func slot(among count: Int) -> Int {
        let mixed = (first ^ second &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 40) & (count - 1)
    }
}
