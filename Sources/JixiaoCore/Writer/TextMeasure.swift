/// How wide text shows in a cell, estimated from its UTF-8 bytes, read in place (`utf8.span`)
/// and not decoded into scalars: this runs for every wrapped or fitted cell of a workbook. An
/// East Asian character (above U+2E80) is about two columns wide, anything else one.
enum TextMeasure {
    /// How many lines `text` takes in a column `width` characters wide, counting its own
    /// line breaks. Measured in LibreOffice's rendering: about 1.6 units per Chinese
    /// character at 10.5 pt; 1.8 leaves room for Excel's and WPS's fonts without cutting text off.
    static func lines(_ text: String, width: Double) -> Double {
        let usable = max(width - 0.5, 1)
        let bytes = text.utf8.span
        var lines = 1.0
        var used = 0.0
        var i = 0
        while i < bytes.count {
            if bytes[unchecked: i] == 0x0A {
                lines += 1
                used = 0
                i &+= 1
                continue
            }
            let (size, wide) = character(bytes, at: i)
            let w = wide ? 1.8 : 1.0
            // A character that does not fit starts the next line.
            let next = used + w
            if next > usable {
                lines += 1
                used = w
            } else {
                used = next
            }
            i &+= size
        }
        return lines
    }

    /// Width in Excel's character units for fitting a column to its text.
    static func width(_ text: String) -> Double {
        let bytes = text.utf8.span
        var width = 0.0
        var i = 0
        while i < bytes.count {
            let (size, wide) = character(bytes, at: i)
            width += wide ? 2.1 : 1.1
            i &+= size
        }
        return width
    }

    /// The character of valid UTF-8 starting at `i`: how many bytes it takes and whether it
    /// is East Asian (wide). Three-byte characters are U+0800…U+FFFF, wide above U+2E80
    /// (bytes E2 BA 80); UTF-8 sorts as its scalars do, so the bytes are compared as one number.
    @inline(__always)
    private static func character(_ bytes: Span<UInt8>, at i: Int) -> (size: Int, wide: Bool) {
        let lead = bytes[unchecked: i]
        if lead < 0xE0 { return (lead < 0x80 ? 1 : 2, false) }
        if lead >= 0xF0 { return (4, true) }
        let sequence = UInt32(lead) << 16 | UInt32(bytes[unchecked: i &+ 1]) << 8 | UInt32(bytes[unchecked: i &+ 2])
        return (3, sequence > 0xE2BA80)
    }
}
