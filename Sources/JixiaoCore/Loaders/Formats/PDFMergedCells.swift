import Foundation

/// Merged cells of a PDF's table, printed centred over the rows they span (a project's name
/// and budget beside its four indicators, a level-1 label beside its group): the text
/// exports, workbooks and web tables give such a cell once, in the first row of its span,
/// and the readers carry it down from there; printed, it stands in the middle of the span,
/// and a name wrapped in a narrow cell crosses the rows beside it (`学生资` beside the second
/// indicator, `助补助经费` beside the third). Poppler gives no ruling lines, so the span is
/// told from positions alone:
/// - a row's own text is the text of its cells centred on its line (the median of its
///   cells' centres); a cell whose centre is off that line by more than a quarter of a line,
///   and whose top and bottom are off the row's usual top and bottom (cells aligned to the
///   top or the bottom of a tall row), is printed beside the row, not in it, and the lines of one cell printed beside several
///   rows (a paragraph's line spacing between them) are one cell again;
/// - in a column, the span of a cell starts right under the previous cell's span (or under
///   the column's text above), and ends at the row where the cell's centre is the middle of
///   the span (row boundaries halfway between two rows' own text); the rows it spans above
///   the cell's own are rows of a table (text in two other columns at least: a title or a
///   unit line above the table is none; below a table row, text right of the cell's column in
///   one column is the table going on: an indicator with no value);
/// - a column where some cell printed beside its rows (or over several) fits such a span is a
///   column of merged cells, and so is a column whose spans of several rows start and end where
///   a merged column's to its right do (an upper label alone in its column, centred over the
///   groups of the level-1 column beside it): each of its cells that fits a span moves to the
///   span's first row (its lines joined there). A cell that fits no span stays where it is, and so does every
///   cell of a column with no such evidence (a value alone between two empty cells is no
///   merged cell, and printed in the middle of its row it cannot be told from one).
extension PDFText.PageGrid {
    /// The text of one cell of one row: its lines, and where it stands vertically.
    private struct Piece {
        var row: Int
        var lines: [[PDFText.Word]]
        var top: Double, bottom: Double
        var centre: Double { (top + bottom) / 2 }
    }

    mutating func placeMergedCells(size: Double) {
        guard rows.count > 2 else { return }
        let tolerance = 0.25 * size
        // Each row's cells, with their extent.
        var pieces: [[Int: Piece]] = rows.indices.map { index in
            var byColumn: [Int: Piece] = [:]
            for (column, lines) in rows[index].cells {
                let words = lines.joined()
                guard let top = words.map(\.yMin).min(), let bottom = words.map(\.yMax).max() else { continue }
                byColumn[column] = Piece(row: index, lines: lines, top: top, bottom: bottom)
            }
            return byColumn
        }
        // Each row's own line: the median of its cells' centres (or tops, or bottoms: cells
        // aligned to the top or the bottom of a tall row), and the extent of the cells on it.
        func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        }
        var lineCentre: [Double] = [], lineTop: [Double] = [], lineBottom: [Double] = []
        var bandTop: [Double] = [], bandBottom: [Double] = []
        for index in rows.indices {
            let row = Array(pieces[index].values)
            let centre = median(row.map(\.centre))
            let own = row.filter { abs($0.centre - centre) <= tolerance }
            lineCentre.append(centre)
            lineTop.append(median(row.map(\.top)))
            lineBottom.append(median(row.map(\.bottom)))
            bandTop.append(own.map(\.top).min() ?? centre)
            bandBottom.append(own.map(\.bottom).max() ?? centre)
        }
        let beside = { (piece: Piece) in
            abs(piece.centre - lineCentre[piece.row]) > tolerance && abs(piece.top - lineTop[piece.row]) > tolerance
                && abs(piece.bottom - lineBottom[piece.row]) > tolerance
        }
        // Row boundaries: halfway between one row's own text and the next's; above the first
        // and below the last, the usual half gap.
        let gaps = rows.indices.dropLast().map { bandTop[$0 + 1] - bandBottom[$0] }.filter { $0 > 0 }.sorted()
        let halfGap = gaps.isEmpty ? 0.2 * size : gaps[gaps.count / 2] / 2
        var boundary: [Double] = [bandTop[0] - halfGap]
        for index in rows.indices.dropFirst() { boundary.append((bandBottom[index - 1] + bandTop[index]) / 2) }
        boundary.append(bandBottom[rows.count - 1] + halfGap)

        let columns = Set(rows.flatMap(\.cells.keys)).sorted()
        var moves: [(column: Int, block: [Piece], to: Int)] = []
        // Columns shown to hold merged cells, with where their spans start and end (after);
        // columns whose cells fit spans of several rows with nothing to show they are merged.
        var merged: [(column: Int, bounds: Set<Int>)] = []
        var unproven: [(column: Int, found: [(block: [Piece], to: Int)], spans: [ClosedRange<Int>])] = []
        // Where the spans of merged columns further left start and end: a span nests inside
        // them (a project's name never spans its unit's row above, `501-苍溪县卫生健康局 | | 65.00`).
        var nesting = Set<Int>()
        for column in columns {
            // The column's cells, the lines of one cell printed beside several rows joined: two
            // pieces of neighbouring rows a paragraph's line spacing apart, one of them beside its
            // row, or both closer than the two rows' own text in the other columns is (rows
            // packed tight stay rows).
            func gapOfOthers(above row: Int) -> Double {
                let bottom = pieces[row].lazy.filter { $0.key != column && !beside($0.value) }.map(\.value.bottom).max()
                let top = pieces[row + 1].lazy.filter { $0.key != column && !beside($0.value) }.map(\.value.top).min()
                guard let bottom, let top else { return -.infinity }
                return top - bottom
            }
            var blocks: [[Piece]] = []
            for index in rows.indices {
                guard let piece = pieces[index][column] else { continue }
                if let previous = blocks.last?.last, previous.row == index - 1,
                   case let gap = piece.top - previous.bottom, gap >= -0.05 * size, gap < 0.15 * size,
                   beside(previous) || beside(piece) || gap < gapOfOthers(above: previous.row) - 0.1 * size {
                    blocks[blocks.count - 1].append(piece)
                } else {
                    blocks.append([piece])
                }
            }
            // A column whose merged cells are printed at the top of their span (Word's tables):
            // every cell whose lines stand in several rows has its first line at the top of its
            // first row. Its cells
            // are where they start; only their lines are joined.
            let wrapped = blocks.filter { $0.count > 1 }
            if !wrapped.isEmpty, wrapped.allSatisfy({ abs($0[0].top - lineTop[$0[0].row]) <= tolerance }) {
                moves += blocks.filter { $0.count > 1 }.map { (column, $0, $0[0].row) }
                continue
            }
            // Each cell's span, from the top down.
            var start = 0
            var found: [(block: [Piece], to: Int)] = []
            var spans: [ClosedRange<Int>] = []
            var evidence = false
            for (number, block) in blocks.enumerated() {
                let first = block[0].row, last = block[block.count - 1].row
                var limit = number + 1 < blocks.count ? blocks[number + 1][0].row - 1 : rows.count - 1
                if let outer = nesting.filter({ $0 <= first }).max(), outer > start { start = outer }
                if let outer = nesting.filter({ $0 > last }).min() { limit = min(limit, outer - 1) }
                let top = block.map(\.top).min()!, bottom = block.map(\.bottom).max()!
                let centre = (top + bottom) / 2
                var end: Int?
                // The rows it spans beside its own are rows of a table, each with text in two
                // other columns at least (a title or a unit line is no row a cell spans).
                let tableRow = { (row: Int) in pieces[row].keys.lazy.filter { $0 != column }.prefix(2).count == 2 }
                // Below a row of the table, a row with text right of this column only (an
                // indicator with no value, a label with no indicator) goes on with the table.
                let tableGoesOn = { (row: Int) in
                    let others = pieces[row].keys.filter { $0 != column }
                    return others.count >= 2 || (row > 0 && tableRow(row - 1) && !others.isEmpty && others.allSatisfy { $0 > column })
                }
                // A cell at its span's start has a span too (the next cell's starts below it).
                if start == first || (start < first && (start..<first).allSatisfy(tableRow)) {
                    var best = tolerance
                    var candidate = last
                    while candidate <= limit {
                        let middle = (boundary[start] + boundary[candidate + 1]) / 2
                        if middle - centre > tolerance { break }  // longer spans only go further down
                        if abs(centre - middle) < best { best = abs(centre - middle); end = candidate }
                        candidate += 1
                        if candidate <= limit, !tableGoesOn(candidate) { break }
                    }
                }
                // A cell printed at the bottom of its span (lines over several rows, the last at
                // its last row's foot), or at the top (at its span's start).
                if end == nil, block.count > 1, start < first ? (start..<first).allSatisfy(tableRow)
                    && abs(bottom - bandBottom[last]) <= tolerance : start == first {
                    end = last
                }
                if let end {
                    found.append((block, start))
                    spans.append(start...end)
                    if block.count > 1 || block.contains(where: beside) { evidence = true }
                    start = end + 1
                } else {
                    start = last + 1
                }
            }
            if evidence {
                moves += found.map { (column, $0.block, $0.to) }
                merged.append((column, Set(spans.flatMap { [$0.lowerBound, $0.upperBound + 1] })))
            } else if spans.contains(where: { $0.count > 1 }) {
                unproven.append((column, found, spans))
            }
            if spans.contains(where: { $0.count > 1 }) {
                for span in spans { nesting.formUnion([span.lowerBound, span.upperBound + 1]) }
            }
        }
        // A column with no such evidence of its own (one label centred over its group, its lines
        // in one row: `实施效果指标` over 产出指标's and 效益指标's groups) whose cells fit spans that
        // start and end where a merged column's to its right do is merged over them too.
        for (column, found, spans) in unproven {
            let multi = spans.filter { $0.count > 1 }
            if merged.contains(where: { right in
                right.column > column && multi.allSatisfy { right.bounds.contains($0.lowerBound) && right.bounds.contains($0.upperBound + 1) }
            }) {
                moves += found.map { (column, $0.block, $0.to) }
            }
        }
        guard !moves.isEmpty else { return }
        for (column, block, to) in moves {
            for piece in block {
                rows[piece.row].cells[column] = nil
                rows[piece.row].last[column] = nil
                pieces[piece.row][column] = nil
            }
            let lines = block.flatMap(\.lines)
            rows[to].cells[column] = lines
            rows[to].last[column] = lines.last
        }
        rows.removeAll { $0.cells.isEmpty }
    }
}
