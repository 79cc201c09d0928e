import Foundation

/// A number as Chinese forms write amounts, weights and totals: an optional sign, digits
/// (optionally grouped by thousands with commas, `8,827,620.53`) and an optional decimal
/// fraction. Anything else is not such a number: hexadecimal (`0x10`), exponents (`1e3`),
/// European grouping (`1.234,5`), `NaN`, `inf`, and any value too large to be finite.
/// Swift's `Double(String)` accepts all of those, so amounts never go through it directly.
public enum DecimalNumber {
    /// The value of `text` (already trimmed and width-folded), or nil when it is not a
    /// plain decimal number.
    public static func parse(_ text: some StringProtocol) -> Double? {
        // Read on the text's own bytes: no array of them, no dynamic cast to find them.
        let text = String(text)
        return text.withBytes { parse(bytes: $0, of: text) }
    }

    /// `parse` on the UTF-8 of `text`.
    private static func parse(bytes: UnsafeBufferPointer<UInt8>, of text: String) -> Double? {
        var i = 0
        let negative = i < bytes.count && bytes[i] == UInt8(ascii: "-")
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || negative { i += 1 }
        let integerStart = i
        var groupLength = 0
        var groups = 0
        var digits = 0
        var fraction = 0
        // The digits read as one integer, the decimal point left out (see `exactly`).
        var significand: UInt64 = 0
        func take(_ digit: UInt8) {
            if digits + fraction <= exactDigits { significand = significand &* 10 &+ UInt64(digit - UInt8(ascii: "0")) }
        }
        while i < bytes.count {
            let byte = bytes[i]
            if isDigit(byte) {
                groupLength += 1
                digits += 1
                take(byte)
            } else if byte == UInt8(ascii: ",") {
                // Thousands groups: 1–3 digits first, then exactly 3 in each group.
                if groups == 0 ? !(1...3).contains(groupLength) : groupLength != 3 { return nil }
                groups += 1
                groupLength = 0
            } else {
                break
            }
            i += 1
        }
        if groups > 0 && groupLength != 3 { return nil }
        guard digits > 0 || (i < bytes.count && bytes[i] == UInt8(ascii: ".")) else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < bytes.count, isDigit(bytes[i]) {
                fraction += 1
                take(bytes[i])
                i += 1
            }
            if fraction == 0 && digits == 0 { return nil }
        }
        guard i == bytes.count, i > integerStart else { return nil }
        if digits + fraction <= exactDigits { return exactly(significand, fraction: fraction, negative: negative) }
        // Most amounts have no thousands comma: then the text is read as it is.
        let plain = groups == 0 ? text : String(decoding: bytes.lazy.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)
        guard let value = Double(plain), value.isFinite else { return nil }
        return value
    }

    /// At most this many digits make an integer below 2^53, which a Double holds exactly, as it
    /// holds every power of ten up to 10^15.
    private static let exactDigits = 15
    private static let powersOfTen: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    /// The number of `significand` with `fraction` of its digits after the point: a quotient of
    /// two exact Doubles, so the correctly rounded value, which `Double(String)` (strtod) gives
    /// too, at a fraction of its cost (most amounts and weights have a few digits).
    private static func exactly(_ significand: UInt64, fraction: Int, negative: Bool) -> Double {
        let value = Double(significand) / powersOfTen[fraction]
        return negative ? -value : value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
