import Foundation

/// Whether a line of a cell wrapped: the text that starts the next line would not have fitted
/// after it. A spreadsheet or word processor breaks a line before the first piece that does not
/// fit, and a piece is not always one character: a Latin word (`(xué)`, `2023`) is never cut,
/// and a closing sign (`)` `，` `。`) never starts a line, so the character before it goes down
/// with it (`部门(单` / `位)名称`). A line ending well short of its cell's end wrapped all the
/// same when that piece was wider than the room left.
extension PDFText {
    /// Signs that never start a line (they go down with the character before them).
    static let closingSigns: Set<Character> = [")", "）", "]", "】", "」", "』", "》", "，", "。", "、", "；", "：", ",", ".", ";", ":", "%", "％", "!", "！", "?", "？", "”", "’"]

    /// The width of the piece that opens `words`: its first word's leading Latin word, or its
    /// first Chinese character with the closing signs after it, measured with the usual
    /// advances scaled to the word's own width.
    static func unbreakableStart(of words: [Word]) -> Double {
        guard let word = words.first else { return 0 }
        let characters = Array(word.text)
        guard let first = characters.first else { return 0 }
        var count = 1
        if TextCleaning.isCJK(first) {
            while count < characters.count, closingSigns.contains(characters[count]) { count += 1 }
        } else {
            while count < characters.count, !TextCleaning.isCJK(characters[count]) { count += 1 }
            while count < characters.count, closingSigns.contains(characters[count]) { count += 1 }
        }
        let advances = characters.map(advance)
        let total = advances.reduce(0, +)
        guard total > 0 else { return 0 }
        return (word.xMax - word.xMin) * advances[..<count].reduce(0, +) / total
    }

    /// Whether the line `above` (ending in a cell that ends at `cellEnd`) wrapped before the
    /// line `below`: it reached within 1.5 em of the cell's end, or the piece that opens the
    /// next line would not have fitted in what was left (less a cell's padding, a fifth of an em).
    static func wrapped(_ above: [Word], before below: [Word], cellEnd: Double, em: Double) -> Bool {
        guard let end = above.last?.xMax else { return false }
        return end >= cellEnd - 1.5 * em || end + unbreakableStart(of: below) > cellEnd - 0.2 * em
    }
}
