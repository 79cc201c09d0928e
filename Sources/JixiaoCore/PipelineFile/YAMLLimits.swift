import Foundation

/// Limits checked before YAML text reaches the parser, which recurses once per nesting
/// level: a hostile file 10,000 levels deep would overflow the stack instead of erroring.
enum YAMLLimits {
    static let maximumDepth = 64
    static let maximumBytes = 10 * 1_048_576

    /// Throws (with the line) when the text is too large or nested deeper than allowed,
    /// counting flow brackets (`[`, `{`) and block indentation levels.
    static func check(_ text: String, file: String) throws {
        guard text.utf8.count <= maximumBytes else {
            throw PipelineError(file: file, line: nil, message: "file larger than \(maximumBytes / 1_048_576) MiB; a pipeline or rule file is a few KiB")
        }
        var indents: [Int] = []
        var flow = 0
        for (index, line) in TextCleaning.lines(text).enumerated() {
            var column = 0
            var content = false
            var quote: Character?
            var blockDepth = indents.count
            for ch in line {
                if let open = quote {
                    if ch == open { quote = nil }
                    continue
                }
                if !content {
                    if ch == " " { column += 1; continue }
                    if ch == "#" { break }
                    content = true
                    while let last = indents.last, last >= column, flow == 0 { indents.removeLast() }
                    if flow == 0 { indents.append(column) }
                    blockDepth = indents.count
                }
                switch ch {
                case "\"", "'": quote = ch
                case "#": break
                case "[", "{": flow += 1
                case "]", "}": flow = max(0, flow - 1)
                case "-" where column >= 0: break
                default: break
                }
                if blockDepth + flow > maximumDepth {
                    throw PipelineError(file: file, line: index + 1,
                                        message: "nested deeper than \(maximumDepth) levels; a pipeline or rule file needs a handful")
                }
            }
        }
    }
}
