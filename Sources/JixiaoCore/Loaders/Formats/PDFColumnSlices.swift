import Foundation

/// A sheet wider than the paper, printed by a spreadsheet: its left columns on one page, the
/// columns that did not fit on the next, each page holding the same rows at the same heights
/// (a spreadsheet sets a row's height once, whatever columns a page shows). Read page by page,
/// the right columns' rows had become rows of their own after the table (`≥` and the seven
/// counties' targets under 满意度指标, with no name). A page whose lines stand at the heights of
/// the page before's lines, as many of them, most of them with other text (a table going on to
/// the next page has rows at other heights; the same page twice is a copy), is the next columns
/// of that page: its words are placed to the right of that page's, and the two are read as one.
extension PDFText {
    /// `pages` with each column slice joined to the page it goes on from; `pageOf` gives the
    /// first original page of each page left, `joined` how many pages were joined so.
    static func columnSlicesJoined(_ pages: [[Line]]) -> (pages: [[Line]], pageOf: [Int], joined: Int) {
        var result: [[Line]] = []
        var pageOf: [Int] = []
        var joined = 0
        for (index, page) in pages.enumerated() {
            if let last = result.indices.last, goesOnFromColumns(page, of: result[last]) {
                result[last] = appending(page, to: result[last])
                joined += 1
                continue
            }
            result.append(page)
            pageOf.append(index)
        }
        return (result, pageOf, joined)
    }

    private static func goesOnFromColumns(_ slice: [Line], of page: [Line]) -> Bool {
        guard page.count >= 2, page.count == slice.count else { return false }
        let tolerance = 0.25 * lineHeight(of: page)
        guard zip(page, slice).allSatisfy({ abs($0.yMin - $1.yMin) <= tolerance }) else { return false }
        let differing = zip(page, slice).count { join($0.words) != join($1.words) }
        return differing * 2 > page.count
    }

    /// `slice`'s words to the right of `page`'s, two line heights apart, as lines again.
    private static func appending(_ slice: [Line], to page: [Line]) -> [Line] {
        let right = page.flatMap(\.words).map(\.xMax).max() ?? 0
        let left = slice.flatMap(\.words).map(\.xMin).min() ?? 0
        let shift = right - left + 2 * lineHeight(of: page)
        let moved = slice.flatMap(\.words).map { word in
            var word = word
            word.xMin += shift
            word.xMax += shift
            return word
        }
        return lines(of: page.flatMap(\.words) + moved)
    }
}
