import Foundation

/// `name-suggestions.yaml`: the clustering's proposals in the dictionary's own format
/// (canonical name → variants), so a finance officer can review them and copy the groups
/// they accept into `Data/indicator-names.yaml`.
enum NameSuggestionsFile {
    static func yaml(_ suggestions: [NameSuggestion]) -> String {
        var lines = [
            "# 指标名称建议：jixiao 找到的相似写法，尚未写入词典。",
            "# 核对后，把接受的组复制到 Data/indicator-names.yaml；置信度低于 auto_merge 的组没有合并。",
            "",
        ]
        if suggestions.isEmpty { lines.append("{}") }
        for suggestion in suggestions {
            let status = suggestion.applied ? "已自动合并" : "仅建议"
            lines.append("# 置信度 \(String(format: "%.2f", suggestion.confidence))，\(status)")
            lines.append("\(quote(suggestion.canonical)):")
            for member in suggestion.members where member.name != suggestion.canonical || suggestion.members.count == 1 {
                let places = member.sources.prefix(5).map(\.description).joined(separator: ", ")
                lines.append("  - \(quote(member.name))  # \(member.count) 次：\(places)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Double-quoted YAML scalar, so names with `：`, `#` or brackets stay one string.
    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
