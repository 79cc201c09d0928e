import Foundation

/// Cleaning that undoes what PDF extraction and office tools do to Chinese text.
/// Pure functions: loaders and the normalize stage both use them.
public enum TextCleaning {
    /// Full-width forms folded to the half-width ones a parser expects (digits, Latin
    /// letters, `％`, `＞` …); comparison signs folded to one spelling each.
    public static func foldWidth(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                out.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0xFF05: out.append("%")
            case 0xFF0E: out.append(".")
            case 0xFF1E: out.append(">")
            case 0xFF1C: out.append("<")
            case 0xFF1D: out.append("=")
            case 0x2267: out.append("≥")  // ≧
            case 0x2266: out.append("≤")  // ≦
            case 0x3000: out.append(" ")  // ideographic space
            case 0x00A0: out.append(" ")
            default: out.append(scalar)
            }
        }
        var result = String(out)
        result = result.replacingOccurrences(of: ">=", with: "≥")
        result = result.replacingOccurrences(of: "<=", with: "≤")
        return result
    }

    /// True for Han characters and CJK punctuation: the characters a wrapped cell's
    /// spurious spaces sit between.
    static func isCJK(_ ch: Character) -> Bool {
        guard let s = ch.unicodeScalars.first else { return false }
        switch s.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0x2018...0x201F:
            return true
        default:
            return false
        }
    }

    /// Removes the spaces a line wrap left inside a cell: a space with a Chinese character
    /// or Chinese punctuation on either side goes (`网络 工作中心` → `网络工作中心`,
    /// `100M网络 带宽` → `100M网络带宽`); spaces between two Latin words stay.
    public static func dewrap(_ text: String) -> String {
        let chars = Array(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var out: [Character] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch.isWhitespace {
                var j = i
                while j < chars.count, chars[j].isWhitespace { j += 1 }
                let before = out.last
                let after = j < chars.count ? chars[j] : nil
                let latinBefore = before.map { !isCJK($0) && !"(（".contains($0) } ?? false
                let latinAfter = after.map { !isCJK($0) && !")）".contains($0) } ?? false
                let keep = latinBefore && latinAfter
                if keep { out.append(" ") }
                i = j
                continue
            }
            out.append(ch)
            i += 1
        }
        return String(out)
    }

    /// Brackets in Chinese names written the Chinese way: `(维修维护费)` → `（维修维护费）`.
    public static func fullWidthBrackets(_ text: String) -> String {
        text.replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")
    }

    /// A Chinese name as it should read: wraps removed, brackets full-width.
    public static func cleanName(_ text: String) -> String {
        fullWidthBrackets(dewrap(text))
    }

    /// Strips a leading `指标1：` / `指标 2:` / `1、` numbering from an indicator name.
    public static func stripNumbering(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let match = trimmed.firstMatch(of: numberingPattern), match.range.lowerBound == trimmed.startIndex {
            return String(trimmed[match.range.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
        return trimmed
    }

    nonisolated(unsafe) static let numberingPattern = /^(指标\s*[0-9０-９]+\s*[：:]|[0-9]+\s*[、.．]\s*)/

    /// Parses a number written as `8,827,620.53`, `97.20` or `４５`.
    public static func number(_ text: String) -> Double? {
        let cleaned = foldWidth(text).replacingOccurrences(of: ",", with: "")
            .trimmingCharacters(in: .whitespaces)
        guard !cleaned.isEmpty else { return nil }
        return Double(cleaned)
    }
}
