/// The scalars of UTF-8 bytes with the offset each starts at, decoded from the bytes
/// themselves: String's scalar views cost several times as much per scalar, and the readers
/// fold every scalar of every cell. The bytes must be valid UTF-8 (a String's always are).
struct UTF8Scalars: IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next scalar starts.
    private(set) var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Scalars from `offset` on, which must start one.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    @inline(__always)
    mutating func next() -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        let b0 = UInt32(bytes[offset])
        let value: UInt32
        switch b0 {
        case ..<0x80:
            value = b0
            offset += 1
        case ..<0xE0:
            value = (b0 & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            offset += 2
        case ..<0xF0:
            value = (b0 & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            offset += 3
        default:
            value = (b0 & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
            offset += 4
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// How many scalars the bytes hold: the bytes that are not continuation bytes.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

extension String {
    /// Text made of scalars, encoded into UTF-8 at once: `String(String.UnicodeScalarView(…))`
    /// appends them one by one, several times the cost, and the readers make text of every
    /// folded cell they look at.
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var at = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[at] = byte
                    at += 1
                }
            }
            return at
        }
    }
}

extension String {
    /// `body` on the UTF-8 read in place. `withUTF8` is mutating: a caller copied the String to
    /// call it, one more reference counted and released for every text read.
    @inline(__always)
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        utf8.withContiguousStorageIfAvailable(body) ?? {
            var text = self
            return text.withUTF8(body)
        }()
    }

    /// The first scalar, decoded from the bytes (`unicodeScalars.first` cost ~100 instructions:
    /// the values' words are looked for by it in every target).
    @inline(__always)
    var firstScalar: Unicode.Scalar? {
        utf8.withContiguousStorageIfAvailable { bytes in
            var scalars = UTF8Scalars(bytes)
            return scalars.next()
        } ?? unicodeScalars.first
    }

    /// The last scalar, decoded from the bytes after the continuation bytes are stepped back over.
    @inline(__always)
    var lastScalar: Unicode.Scalar? {
        utf8.withContiguousStorageIfAvailable { bytes -> Unicode.Scalar? in
            guard bytes.count > 0 else { return nil }
            var start = bytes.count - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            var scalars = UTF8Scalars(bytes, from: start)
            return scalars.next()
        } ?? unicodeScalars.last
    }
}
