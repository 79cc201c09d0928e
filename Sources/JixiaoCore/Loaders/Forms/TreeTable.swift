import Foundation

/// A tree table (宁夏石嘴山's 项目绩效目标批复表): under the header `项目 | 指标值 | 绩效金额`
/// (`tree_name_columns`, a value column title, `tree_amount_columns`), one column holds, each a step
/// further indented, the unit, its projects, level 1s, level 2s and indicators; a project's row
/// has its amount beside it, an indicator's its target. Copied one cell a line, the indentation
/// stays and the amount or target is the line after its row's name.
///
/// The tree is written back as the form it is: per project its keys (project, department, budget,
/// as the vocabulary's first words for them) and an indicator table of level 1, level 2, name and
/// target, ` | ` rows each line told at the line it came from. Levels are told by indentation, the
/// labels the vocabulary knows showing which is whose: text indented as the shallowest label is a
/// level 1, as the next a level 2, deeper an indicator; less than the shallowest label the unit (no
/// amount) or a project (an amount).
struct TreeTable {
    let vocabulary: FormVocabulary

    /// One line of the tree: its text, how far it is indented, and the line it stands on.
    private struct Node {
        var text: String
        var indent: Int
        var line: Int
        /// The value on the line after it (a project's amount, an indicator's target).
        var number: String?
        /// One of the vocabulary's level labels.
        var isLabel: Bool
    }

    /// The text with each tree table written as forms, and for each line the line it came from;
    /// nil when the text holds no tree table.
    func rewritten(_ text: String) -> (text: String, origins: [Int])? {
        // Most text holds no amount column's title: told by a search of its bytes, no line read.
        guard !vocabulary.treeNameColumns.isEmpty,
              vocabulary.treeAmountColumnWords.contains(where: { Self.holds(text, $0) }) else { return nil }
        let lines = MarkdownText.lines(of: text)
        guard let header = headerEnd(lines) else { return nil }
        var nodes: [Node] = []
        var index = header.end
        // The tree's lines: indented text, each perhaps followed by its value on a line not
        // indented; any other line not indented ends the tree. Indented is further than the
        // header: a copy may indent every line alike (a page's margin kept).
        while index < lines.count {
            let raw = lines[index]
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { index += 1; continue }
            let indent = Self.indentation(raw) - header.indent
            if indent <= 0 {
                guard let last = nodes.indices.last, nodes[last].number == nil,
                      ValueShape(vocabulary: vocabulary).isValue(FormCells.compactScalars(trimmed)) else { break }
                nodes[last].number = trimmed
                index += 1
                continue
            }
            let isLabel = if case .label? = vocabulary.role(ofCell: FormCells.compactScalars(trimmed))?.role { true } else { false }
            nodes.append(Node(text: trimmed, indent: indent, line: index + 1, isLabel: isLabel))
            index += 1
        }
        // The labels' indentation tells the levels: the shallowest is level 1's, the next level 2's;
        // deeper is an indicator, whatever its words (`服务对象满意度` under its level 2), and
        // shallower the unit or a project.
        let labelIndents = Set(nodes.filter(\.isLabel).map(\.indent)).sorted()
        guard let level1Indent = labelIndents.first else { return nil }
        let level2Indent = labelIndents.dropFirst().first ?? level1Indent
        guard nodes.contains(where: { $0.indent < level1Indent && $0.number != nil }),
              nodes.contains(where: { $0.indent > level2Indent && $0.number != nil }) else { return nil }
        guard let projectKey = vocabulary.firstWords[.key(.project)],
              let departmentKey = vocabulary.firstWords[.key(.department)],
              let budgetKey = vocabulary.firstWords[.key(.budget)],
              let level1 = vocabulary.firstWords[.column(.level1)],
              let level2 = vocabulary.firstWords[.column(.level2)],
              let level3 = vocabulary.firstWords[.column(.level3)] else { return nil }
        var out: [String] = []
        var origins: [Int] = []
        for (offset, line) in lines[..<header.start].enumerated() {
            out.append(String(line))
            origins.append(offset + 1)
        }
        var unit: String?
        var labels: (level1: String, level2: String) = ("", "")
        for node in nodes {
            if node.indent < level1Indent, let amount = node.number {
                // A project: its keys, then its table's header.
                out += ["\(projectKey) | \(node.text)"] + (unit.map { ["\(departmentKey) | \($0)"] } ?? [])
                    + ["\(budgetKey) | \(amount)", [level1, level2, level3, header.valueTitle].joined(separator: " | ")]
                origins += Array(repeating: node.line, count: unit == nil ? 3 : 4)
                labels = ("", "")
            } else if node.indent < level1Indent {
                unit = node.text
            } else if node.indent == level1Indent {
                labels = (node.text, "")
            } else if node.indent <= level2Indent {
                labels.level2 = node.text
            } else {
                out.append([labels.level1, labels.level2, node.text, node.number ?? ""].joined(separator: " | "))
                origins.append(node.line)
            }
        }
        for (offset, line) in lines[index...].enumerated() {
            out.append(String(line))
            origins.append(index + offset + 1)
        }
        return (out.joined(separator: "\n"), origins)
    }

    /// Whether the text holds the word, searched on the bytes (memchr for its first byte, then
    /// memcmp): asked of every text file, where Foundation's `range(of:)` costs as much as
    /// reading the file.
    static func holds(_ text: String, _ word: String) -> Bool {
        var text = text, word = word
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in
                guard let base = haystack.baseAddress, let sought = needle.baseAddress, let first = needle.first else { return false }
                var at = 0
                while at + needle.count <= haystack.count,
                      let found = memchr(base + at, Int32(first), haystack.count - at - needle.count + 1) {
                    let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + i, sought, needle.count) == 0 { return true }
                    at = i + 1
                }
                return false
            }
        }
    }

    /// How far a line is indented: its leading spaces, ideographic spaces and tabs.
    private static func indentation(_ line: Substring) -> Int {
        line.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }.count
    }

    /// Where the tree's header stands (its first line) and ends (the line after it), its value
    /// column's title, and how far its titles are indented (the least of them): the name column's
    /// title alone on its line, the value column's and the amount column's on the next lines with
    /// text, in either order.
    private func headerEnd(_ lines: [Substring]) -> (start: Int, end: Int, valueTitle: String, indent: Int)? {
        for (index, line) in lines.enumerated() {
            let compact = FormCells.compactScalars(String(line))
            guard vocabulary.treeNameColumns.contains(compact) else { continue }
            var titles: [(text: String, compact: [Unicode.Scalar])] = []
            var indent = Self.indentation(line)
            var next = index + 1
            while next < lines.count, titles.count < 2 {
                let text = lines[next].trimmingCharacters(in: .whitespaces)
                if !text.isEmpty {
                    titles.append((text, FormCells.compactScalars(text)))
                    indent = min(indent, Self.indentation(lines[next]))
                }
                next += 1
            }
            guard titles.count == 2 else { continue }
            let isValue = { (compact: [Unicode.Scalar]) in
                if case .column(.value)? = vocabulary.role(ofCell: compact)?.role { return true } else { return false }
            }
            if let value = titles.first(where: { isValue($0.compact) }),
               titles.contains(where: { vocabulary.treeAmountColumns.contains($0.compact) }) {
                return (index, next, value.text, indent)
            }
        }
        return nil
    }
}
