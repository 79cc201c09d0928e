import Foundation

/// A page whose text came as one line, its cells one space apart (a document site's text of a
/// shared .doc: `… 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
/// 产出指标(50分) 数量指标 补助村(社区)数量 =8个 8 8 8 保障村干部人数 =42个 …`). Every row of its
/// indicator table runs on in that one line, so neither a row a line nor glued text reads it:
/// read as glued text the spaces go, and `8 8 8` (a target's actual value, weight and score)
/// becomes 888. The line is cut where its indicator table's header starts: the text before it
/// stays a line (the form's keys, read as glued text is), the header is a line of its own, and
/// each cell after it a line of its own, as text copied one cell a line reads. A cell wrapped
/// over a space (a bracket, `≥ 90 %`, `指标1： 名称`, `一级 指标`) is joined back as in a spaced
/// table (`SpacedRows`). The new lines keep the page's line number (`ExtractedText.rewrite`).
///
/// Only a table whose rows end in numbers side by side is cut so (a self-evaluation's actual
/// value, weight and score: `8 8 8`, `132.9 10 10`), which glued text cannot part. Other pages
/// read better glued, where the vocabulary and the values' shapes part the cells and a space
/// inside a cell (`居民 满意度`, `合 计`, a header's second row of titles) does no harm.
extension FormCells {
    /// The shortest line looked at, in bytes (about 100 Chinese characters).
    static let spacedPageLineBytes = 300
    /// The fewest column titles one space apart that make an indicator table's header inside a line.
    static let spacedPageHeaderTitles = 3
    /// The longest word looked up as a column title, in scalars.
    static let longestTitle = 16

    /// The text with each page line cut as above, and for each new line the line it stood on;
    /// nil when no line is such a page.
    func unfoldingSpacedPages(_ text: String) -> (text: String, origins: [Int])? {
        // Most files have no such line: they are told on bytes, no line made a Substring.
        var bytesOf = text
        let candidates: [Int] = bytesOf.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var found: [Int] = []
            var start = 0, index = 0
            while start < bytes.count {
                let end = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
                    .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
                if end - start >= Self.spacedPageLineBytes {
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if !line.contains(UInt8(ascii: "\t")), !line.contains(UInt8(ascii: "|")),
                       line.lazy.filter({ $0 == UInt8(ascii: " ") }).count >= Self.spacedPageHeaderTitles * 2 { found.append(index) }
                }
                start = end + 1
                index += 1
            }
            return found
        }
        guard !candidates.isEmpty else { return nil }
        var lines: [Substring] = []
        var origins: [Int] = []
        var changed = false
        var next = candidates.makeIterator(), candidate = next.next()
        // Split on the byte: a line ending `\r\n` is one Character, which "\n" would not match.
        for (index, bytes) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = Substring(bytes)
            guard index == candidate else {
                lines.append(line)
                origins.append(index + 1)
                continue
            }
            candidate = next.next()
            let cut = spacedPageCut(line) ?? [line]
            changed = changed || cut.count > 1
            lines += cut
            origins += Array(repeating: index + 1, count: cut.count)
        }
        return changed ? (lines.joined(separator: "\n"), origins) : nil
    }

    /// A page line's new lines: the text before its indicator table's header, the header, and
    /// the cells after it one a line; nil when the line holds no such header with cells after it.
    private func spacedPageCut(_ line: Substring) -> [Substring]? {
        let words = line.split(separator: " ")
        guard words.count > Self.spacedPageHeaderTitles * 2 else { return nil }
        let compacts = words.map { fold(String($0), display: true).compact }
        guard let header = spacedPageHeader(compacts), words.count - header.end >= header.columns.count,
              Self.numbersSideBySide(compacts[header.end...]) >= Self.numberPairsOnAPage else { return nil }
        // A column title again before the first row's numbers: the page's cells are out of order
        // (a workbook flattened cell by cell, 稷山县's `… 实际 指标值 完成值 8755 分值 得分 …`), no
        // rows to cut; glued reading says the table is flattened past reading.
        let firstNumbers = (header.end..<(words.count - 1)).first { Self.isPlainNumber(compacts[$0]) && Self.isPlainNumber(compacts[$0 + 1]) } ?? words.count
        guard !(header.end..<firstNumbers).contains(where: { columnTitle(compacts, at: $0) != nil }) else { return nil }
        var pieces = words[header.end...].map { fold(String($0), display: true).text }
        var cells = Array(compacts[header.end...])
        joiningNumbering(&pieces, &cells)
        joiningBrackets(&pieces, &cells)
        joiningWrappedWords(&pieces, &cells)
        joiningValueParts(&pieces, &cells, header: SpacedHeader(columns: Set(header.columns), line: 0))
        var before = line[..<words[header.start].startIndex]
        while before.last == " " { before = before.dropLast() }
        let titles = line[words[header.start].startIndex..<words[header.end - 1].endIndex]
        return (before.isEmpty ? [] : [before]) + [titles] + pieces.map { Substring($0) }
    }

    /// The fewest numbers standing right after another number that mark a page of self-evaluation rows.
    static let numberPairsOnAPage = 2

    /// How many words are a plain number right after a word that is one (`8 8 8`: two).
    static func numbersSideBySide(_ words: ArraySlice<[Unicode.Scalar]>) -> Int {
        zip(words, words.dropFirst()).filter { isPlainNumber($0) && isPlainNumber($1) }.count
    }

    /// A word that is a number and nothing else (`8`, `132.9`, a score's `8分`).
    static func isPlainNumber(_ word: [Unicode.Scalar]) -> Bool { IndicatorTable.plainNumber(word) != nil }

    /// The first run of column titles one space apart (a title perhaps wrapped over spaces,
    /// `一级 指标`): where it starts and ends among the words, and its columns.
    private func spacedPageHeader(_ compacts: [[Unicode.Scalar]]) -> (start: Int, end: Int, columns: [FormVocabulary.ColumnRole])? {
        var start = 0
        while start < compacts.count {
            var end = start
            var columns: [FormVocabulary.ColumnRole] = []
            while end < compacts.count, let title = columnTitle(compacts, at: end) {
                columns.append(title.role)
                end += title.words
            }
            if columns.count >= Self.spacedPageHeaderTitles { return (start, end, columns) }
            start = max(end, start + 1)
        }
        return nil
    }

    /// The column title starting at word `at`, in one word or wrapped over up to
    /// `wrappedPiecesJoined` words (the longest first), and how many words it takes.
    private func columnTitle(_ compacts: [[Unicode.Scalar]], at: Int) -> (role: FormVocabulary.ColumnRole, words: Int)? {
        var joined: [Unicode.Scalar] = []
        var found: (role: FormVocabulary.ColumnRole, words: Int)?
        for n in 1...min(Self.wrappedPiecesJoined, compacts.count - at) {
            joined += compacts[at + n - 1]
            guard joined.count <= Self.longestTitle else { break }
            if case .column(let role)? = vocabulary.role(ofCell: joined)?.role { found = (role, n) }
        }
        return found
    }
}
