/// The page numbers a word processor prints in a form no vocabulary can list: a bare `1`, `1/2`,
/// `(1)`. Told by where they stand instead: the lowest line (or the highest) of every page, short,
/// at the same height on each, its first number the page's place plus the same offset on each and
/// the rest the same (`#/2`). Word's and Writer's footers print so; read as text they had been
/// indicators (`成本指标 / 1/2`), values with no name, and cells cut by a page break left unjoined.
/// A first page without its number (Word's "different first page") still counts when two pages or
/// more after it have theirs; one page alone is never told (a number at its foot may be a value).
extension PDFText {
    struct PageNumbers {
        /// Per page, the height and text of the line that is its number; nil where none is.
        private let numbers: [(yMin: Double, text: String)?]
        /// The longest such a line may be, in compact scalars (`第 12 页 共 30 页` is 9).
        static let longest = 16

        init?(_ pages: [[Line]]) {
            guard pages.count >= 2 else { return nil }
            for edge in [Edge.bottom, .top] {
                let found = pages.map { Self.candidate($0, edge: edge) }
                // Measured from the second page, where every page carries the number.
                guard let second = found[1] else { continue }
                func fits(_ candidate: Candidate?, _ index: Int) -> Bool {
                    guard let candidate else { return false }
                    return candidate.number - index == second.number - 1 && candidate.shape == second.shape
                        && abs(candidate.yMin - second.yMin) <= 2
                }
                // Every page from the second on, and two pages at least.
                guard found.indices.dropFirst().allSatisfy({ fits(found[$0], $0) }),
                      pages.count > 2 || fits(found[0], 0) else { continue }
                numbers = found.enumerated().map { index, candidate in
                    fits(candidate, index) ? candidate.map { ($0.yMin, $0.text) } : nil
                }
                return
            }
            return nil
        }

        /// Whether `line` is page `page`'s number.
        func isIt(_ line: Line, page: Int) -> Bool {
            guard numbers.indices.contains(page), let number = numbers[page] else { return false }
            return abs(line.yMin - number.yMin) < 0.01 && join(line.words) == number.text
        }

        private enum Edge { case top, bottom }

        private struct Candidate {
            var yMin: Double
            var text: String
            /// The first run of digits, read as a number, and the text with it taken out.
            var number: Int
            var shape: [Unicode.Scalar]
        }

        /// The page's lowest or highest line, when it is short and holds a number.
        private static func candidate(_ page: [Line], edge: Edge) -> Candidate? {
            let line = edge == .bottom ? page.max { $0.yMax < $1.yMax } : page.min { $0.yMin < $1.yMin }
            guard let line else { return nil }
            let text = join(line.words)
            let compact = FormCells.compactScalars(text)
            guard compact.count <= longest, let start = compact.firstIndex(where: FormCells.isDigit) else { return nil }
            let end = compact[start...].firstIndex { !FormCells.isDigit($0) } ?? compact.endIndex
            guard end - start <= 4, let number = Int(String(String.UnicodeScalarView(compact[start..<end]))) else { return nil }
            return Candidate(yMin: line.yMin, text: text, number: number, shape: Array(compact[..<start]) + ["#"] + compact[end...])
        }
    }
}
