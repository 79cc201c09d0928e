/// Whether texts read the same with their spaces left out (`≥ 95 %` as `≥95%`), each side
/// three texts one after the other. Compared on every indicator row of a county workbook, so
/// byte by byte on the Strings' own storage, without building arrays or strings.
enum SpacelessText {
    static func same(_ a: (String, String, String), _ b: (String, String, String)) -> Bool {
        let (a0, a1, a2) = (a.0.utf8.span, a.1.utf8.span, a.2.utf8.span)
        let (b0, b1, b2) = (b.0.utf8.span, b.1.utf8.span, b.2.utf8.span)
        var left = Reader(), right = Reader()
        while true {
            let byte = left.next(a0, a1, a2)
            guard byte == right.next(b0, b1, b2) else { return false }
            if byte == nil { return true }
        }
    }

    /// How far a reading of three texts has got.
    private struct Reader {
        var part = 0
        var index = 0

        /// The next byte that is not a space, or nil after the last.
        @inline(__always)
        mutating func next(_ first: Span<UInt8>, _ second: Span<UInt8>, _ third: Span<UInt8>) -> UInt8? {
            while part < 3 {
                let text = part == 0 ? first : part == 1 ? second : third
                while index < text.count {
                    let byte = text[unchecked: index]
                    index &+= 1
                    if byte != 0x20 { return byte }
                }
                part &+= 1
                index = 0
            }
            return nil
        }
    }
}
