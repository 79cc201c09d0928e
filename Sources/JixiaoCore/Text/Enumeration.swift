/// The numbering a document puts before its parts, which some templates put before their
/// labels too (`一、产出指标`, `（一）数量指标`, `1.数量指标`, `①满意度指标`): told so that the
/// label behind it is still the label.
enum Enumeration {
    /// How many scalars of folded text (`FormCells.compactScalar`: full-width brackets and dots
    /// folded to ASCII, no whitespace) the numbering at its start takes; 0 when none. A number
    /// running on (`1.5`, `2023年`) is no numbering.
    static func length(_ text: [Unicode.Scalar]) -> Int {
        guard let first = text.first, first == "(" || mayStart(first) else { return 0 }
        // ①…⑳, ⑴…⒇, ⒈…⒛: one scalar, perhaps with a 、 after it.
        if (0x2460...0x249B).contains(first.value) { return text.count > 1 && text[1] == "、" ? 2 : 1 }
        var i = 0
        let bracketed = first == "("
        if bracketed { i += 1 }
        let digits = run(text, from: i, of: isDigit)
        let numerals = digits == 0 ? run(text, from: i, of: isNumeral) : 0
        guard (1...2).contains(digits) || (1...3).contains(numerals) else { return 0 }
        i += digits + numerals
        guard i < text.count else { return 0 }
        if bracketed {
            guard text[i] == ")" else { return 0 }
            i += 1
            if i < text.count, text[i] == "、" || text[i] == "." { i += 1 }
            return i
        }
        // `1、` `1.` `1)` `一、` `一.`; `1.5` is a number.
        if text[i] == "、" || (text[i] == "." && (i + 1 == text.count || !isDigit(text[i + 1]))) || (digits > 0 && text[i] == ")") {
            return i + 1
        }
        return 0
    }

    /// Whether folded text opens as a document's part does, numbered in Chinese numerals with
    /// text after (`二、项目资金申报及使用情况`, `(三)存在的问题和原因`): a report's heading.
    static func isSectionHeading(_ text: [Unicode.Scalar]) -> Bool {
        sectionMarker(text) != nil
    }

    /// The length of a section heading's Chinese numbering, text following it; nil when none.
    private static func sectionMarker(_ text: [Unicode.Scalar]) -> Int? {
        guard let first = text.first, first == "(" || isNumeral(first) else { return nil }
        let numerals = run(text, from: first == "(" ? 1 : 0, of: isNumeral)
        let marker = length(text)
        return numerals > 0 && marker > numerals && marker < text.count ? marker : nil
    }

    /// The longest heading told from a sentence by its length alone (`二、项目内容`, `三、实施周期`).
    static let longestHeading = 12

    /// Whether folded text is a document's heading standing alone: a part numbered in Chinese
    /// numerals, short, with no punctuation after its number (`二、项目内容`; not `二、加强管理，…`).
    static func isHeadingAlone(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count <= longestHeading, let marker = sectionMarker(text) else { return false }
        return !text[marker...].contains { ",.;:!?、。，；：".unicodeScalars.contains($0) }
    }

    /// Whether text starting with `first` may be numbered: most text starts with a Han
    /// character other than a numeral and needs no closer look.
    static func mayStart(_ first: Unicode.Scalar) -> Bool {
        first.value < 0x80 || (0x2460...0x249B).contains(first.value) || first == "（" || (0xFF10...0xFF19).contains(first.value)
            || isNumeral(first)
    }

    /// The text without the numbering at its start (`一、产出指标` → `产出指标`).
    static func stripped(_ text: String) -> String {
        guard let first = text.unicodeScalars.first(where: { !TextCleaning.isWhitespace($0) }), mayStart(first) else { return text }
        let scalars = Array(text.unicodeScalars.compactMap(FormCells.compactScalar))
        let marker = length(scalars)
        guard marker > 0, marker < scalars.count else { return text }
        // The marker's scalars, folded, stand for as many of the text's non-space scalars.
        var kept = String.UnicodeScalarView()
        var skipped = 0
        for scalar in text.unicodeScalars {
            if skipped < marker {
                if FormCells.compactScalar(scalar) != nil { skipped += 1 }
                continue
            }
            kept.append(scalar)
        }
        return TextCleaning.trimSpaces(String(kept))
    }

    private static func run(_ text: [Unicode.Scalar], from start: Int, of test: (Unicode.Scalar) -> Bool) -> Int {
        var i = start
        while i < text.count, test(text[i]) { i += 1 }
        return i - start
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    /// 一 … 十, by value: asked of the first character of every cell no word matched.
    private static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: return true
        default: return false
        }
    }
}
