/// How wide text shows in a cell, estimated from its UTF-8 bytes without decoding it into
/// scalars (this runs for every wrapped or fitted cell of a workbook). An East Asian
/// character (above U+2E80) is about two columns wide, anything else one.
enum TextMeasure {
    /// How many lines `text` takes in a column `width` characters wide, counting its own
    /// line breaks. Measured in LibreOffice's rendering: about 1.6 units per Chinese
    /// character at 10.5 pt; 1.8 leaves room for Excel's and WPS's fonts without cutting text off.
    static func lines(_ text: String, width: Double) -> Double {
        let usable = max(width - 0.5, 1)
        var text = text
        return text.withUTF8 { bytes in
            var lines = 1.0
            var used = 0.0
            forEachCharacter(bytes) { wide, newline in
                if newline { lines += 1; used = 0; return }
                let w = wide ? 1.8 : 1.0
                if used + w > usable { lines += 1; used = 0 }
                used += w
            }
            return lines
        }
    }

    /// Width in Excel's character units for fitting a column to its text.
    static func width(_ text: String) -> Double {
        var text = text
        return text.withUTF8 { bytes in
            var width = 0.0
            forEachCharacter(bytes) { wide, _ in width += wide ? 2.1 : 1.1 }
            return width
        }
    }

    /// Calls `body` once per Unicode scalar of valid UTF-8: whether it is East Asian (wide)
    /// and whether it is a line feed.
    @inline(__always)
    private static func forEachCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ wide: Bool, _ newline: Bool) -> Void) {
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                body(false, lead == 0x0A)
                i += 1
            } else if lead < 0xE0 {
                body(false, false)  // two bytes: up to U+07FF
                i += 2
            } else if lead < 0xF0 {
                // Three bytes: U+0800…U+FFFF; wide above U+2E80.
                let scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                body(scalar > 0x2E80, false)
                i += 3
            } else {
                body(true, false)  // four bytes: beyond U+FFFF
                i += 4
            }
        }
    }
}
