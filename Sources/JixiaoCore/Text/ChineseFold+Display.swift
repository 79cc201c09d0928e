import Foundation

extension ChineseFold {
    /// Text to show rather than to match: characters folded as `fold` does (simplified,
    /// half-width, pinyin annotations gone), but each run of spaces kept as one space.
    public func display(_ text: String) -> String {
        var out = ""
        var run = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if TextCleaning.isWhitespace(scalar) {
                if !run.isEmpty { out += fold(run); run = "" }
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out += " "; pendingSpace = false }
            run.unicodeScalars.append(scalar)
        }
        if !run.isEmpty { out += fold(run) }
        return out
    }
}
