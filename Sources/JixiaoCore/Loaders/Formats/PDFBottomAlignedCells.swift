import Foundation

/// Cells printed at the bottom of their rows, as Calc prints a sheet (its cells are aligned to
/// the bottom unless told otherwise): a cell whose text wraps over several lines starts above
/// its row's other cells, which all stand on its last line. Read top-down, those first lines
/// had gone on from the row above (`三级指标省级财政专` in a header, `…投入成本控制情况反映防洪水`:
/// the first line of the next row's explanation), and the row's own line kept only the end of
/// the cell. On a page printed so, each wrapped cell whose last line holds the row's other
/// cells, and no other line does, is moved onto that last line, its lines in order; wrapped cells
/// printed at the top (Writer, Word) or beside several rows (merged, centred) are left to
/// `PDFText.rows` and `PDFMergedCells` as before.
extension PDFText {
    /// One wrapped cell: the lines (indices into the page's lines) its text stands on, in a column.
    /// Wrapped cells whose row stands beside their last line, at least this many times those
    /// whose row stands beside another line, make a page bottom-aligned.
    static let bottomAlignedShare = 3

    /// A line that is one number (`6070`, `≥95%`).
    static func isNumber(_ words: [Word]) -> Bool {
        let text = words.map(\.text).joined()
        return text.contains(where: \.isASCIIDigit)
            && text.allSatisfy { isNumberCharacter($0) || "%％-+≥≤><=≧≦".contains($0) }
    }

    private struct Block {
        var column: Int
        var lines: [Int]
    }

    /// `placed` (each line's cells: column → words) with bottom-aligned wrapped cells moved
    /// onto their last line. A cell's lines follow each other closely (Calc's boxes overlap
    /// a little), start where the first starts, and each but the last wrapped (`wrapped`)
    /// in its cell: its column, or the columns its text runs across (a merged cell).
    static func bottomAlignedCellsJoined(_ placed: [[Int: [Word]]], columns: [Double], rightEdge: Double, em: Double) -> [[Int: [Word]]] {
        func columnEnd(_ column: Int) -> Double { column + 1 < columns.count ? columns[column + 1] : rightEdge }
        /// `reachingEnd: false` leaves out whether the line above filled its cell (for a line whose row
        /// says it wrapped, below).
        func goesOn(_ words: [Word], from above: [Word], column: Int, reachingEnd: Bool = true) -> Bool {
            guard let first = words.first, let top = above.first, let end = above.last else { return false }
            let size = max(min(first.height, top.height), 1)
            let bottom = above.map(\.yMax).max() ?? end.yMax
            let start = words.map(\.yMin).min() ?? first.yMin
            // A cell merged across columns (a project's name, its goal) ends where the column its
            // text reaches ends.
            let cellEnd = columnEnd(max(column, columns.lastIndex { $0 < end.xMax - 1 } ?? column))
            // Lines of one cell are set in one size (a title above a table's label is no line of it);
            // Latin text in another font has a taller box.
            let sameSize = abs(first.height - top.height) <= 0.15 * max(first.height, top.height)
                || !(words.contains(where: hasChinese) && above.contains(where: hasChinese))
            // A number aligned right reaches its cell's end and never wraps (`6070` over `6070`);
            // a value typed as text is aligned left and may (`>=95` / `%`).
            let alignedRight = isNumber(above) && top.xMin - columns[column] > 0.5 * em
            return start - bottom < 0.15 * size && start - bottom >= -0.15 * size
                && abs(first.xMin - top.xMin) <= 0.2 * size && sameSize && !alignedRight
                && (!reachingEnd || Self.wrapped(above, before: words, cellEnd: cellEnd, em: em))
        }
        // The wrapped cells, column by column: the lines of each run that goes on.
        var blocks: [Block] = []
        var open: [Int: Int] = [:]  // column → index of its block still going on
        for (index, cells) in placed.enumerated() {
            for (column, words) in cells {
                if let at = open[column], let previous = blocks[at].lines.last, previous == index - 1 || placed[(previous + 1)..<index].allSatisfy({ $0[column] == nil }),
                   goesOn(words, from: placed[previous][column]!, column: column) {
                    blocks[at].lines.append(index)
                } else {
                    blocks.append(Block(column: column, lines: [index]))
                    open[column] = blocks.count - 1
                }
            }
        }
        let chained = blocks.filter { $0.lines.count > 1 }
        guard !chained.isEmpty else { return placed }
        // Which (line, column) belong to a wrapped cell: the other cells of a line are its row's own.
        /// Per line, the columns whose wrapped cell ends there.
        func endsByLine(_ blocks: [Block]) -> [Int: Set<Int>] {
            var result: [Int: Set<Int>] = [:]
            for block in blocks { result[block.lines.last!, default: []].insert(block.column) }
            return result
        }
        func cellsInBlocks(_ blocks: [Block]) -> Set<[Int]> {
            var result = Set<[Int]>()
            for block in blocks { for line in block.lines { result.insert([line, block.column]) } }
            return result
        }
        var inWrapped = cellsInBlocks(chained)
        func ownCells(_ line: Int, besides column: Int) -> Int {
            placed[line].keys.count { $0 != column && !inWrapped.contains([line, $0]) }
        }
        func holdsOwnCells(_ line: Int, besides column: Int) -> Bool { ownCells(line, besides: column) > 0 }
        /// Whether the cell of `other` on `line` stands on the line of `column`'s cell there (their
        /// centres within a box's jitter). A merged cell printed at the bottom of its span sets its
        /// lines at its own pitch up from the span's last row, across the rows above: one of them
        /// taken into a row's line a few points off that row's text is not beside it
        /// (`家庭医` / `生签约` / `服务经` / `费`, a project's name over five rows, had been cut in two).
        func alongside(_ line: Int, _ column: Int, _ other: Int) -> Bool {
            guard let a = placed[line][column], let b = placed[line][other] else { return false }
            return abs(Line(words: a).centerY - Line(words: b).centerY) <= 0.15 * max(min(a[0].height, b[0].height), 1)
        }
        /// A row's own cell beside `column`'s on `line`.
        func besideOwnCells(_ line: Int, _ column: Int) -> Bool {
            placed[line].keys.contains { $0 != column && !inWrapped.contains([line, $0]) && alongside(line, column, $0) }
        }
        // Cells printed at the top or in the middle of their rows (Writer, Word) have their row's
        // cells beside a first or middle line and nothing beside the last, told from table rows
        // (two cells of their own at least beside the line: a notice's line cut where a column
        // starts tells nothing), or a cell centred on a line between two of theirs (a value
        // beside a label printed over two lines: Writer's `主管部门` / `及代码`).
        let other = chained.filter { block in
            let between = (block.lines.first!...block.lines.last!).contains { line in
                !block.lines.contains(line) && placed[line].keys.contains { $0 != block.column }
            }
            return between || (placed[block.lines.last!].count == 1
                && block.lines.dropLast().contains { ownCells($0, besides: block.column) >= 2 })
        }
        // Printed at the bottom, a line beside a row's own cells, or where another column's
        // wrapped cell ends, is that row's last: a run of a narrow column that went on past it is
        // the next row's cell (`部门(单` / `位)名称` beside the row's code, then `项目名` / `称`;
        // `秀屿区水利局` beside `位)名称`, then `资金总额`). Cut first beside own cells, then where
        // the runs left end: a run that went on past its row's line (`≤2000元` / `≥1000`, the second
        // the next row's) no longer cuts the next row's wrapped cells where it ended.
        /// `blocks` cut after each line (but their last) that `endsRow` says ends a row; runs of one line are dropped.
        func cut(_ blocks: [Block], after endsRow: (Int, Int) -> Bool) -> [Block] {
            var result: [Block] = []
            for block in blocks {
                var part = Block(column: block.column, lines: [])
                for line in block.lines {
                    part.lines.append(line)
                    if line != block.lines.last!, endsRow(line, block.column) {
                        result.append(part)
                        part.lines = []
                    }
                }
                result.append(part)
            }
            return result.filter { $0.lines.count > 1 }
        }
        var wrapped = cut(chained, after: besideOwnCells)
        inWrapped = cellsInBlocks(wrapped)
        // A line whose other cells all wrap on to the next line is no row's line: a cell of its own
        // there that the next line goes on from, left-aligned, is the first line of that row's cell
        // too, wherever the line broke (`≥1000` / `元/户` beside `经济效益指` / `标`: Calc keeps
        // `元/户` whole, which the estimate in `wrapped` does not know).
        // So is a line that stops short of the next: right of its first cell, the next line has
        // cells in two columns or more where it has none (the row's value and weight, on its own
        // line only), and a cell it wrapped on to the next line was cut beside a cell of its own
        // there. That cell was broken by hand (`产出指标` / `(50分)` beside `项目完工及时` / `率`): the
        // wrapped cell is whole again, and the hand-broken cell's lines too.
        for line in placed.indices.dropLast() {
            var ending = Set(wrapped.filter { $0.lines.first == line && $0.lines.last == line + 1 }.map(\.column))
            var own = placed[line].keys.filter { !inWrapped.contains([line, $0]) }
            let leftmost = placed[line].keys.min() ?? 0
            let short = placed[line + 1].keys.count { $0 > leftmost && placed[line][$0] == nil } >= 2
            // (Its last two lines, when the run went on from the row above: `经济效益指标` /
            // `可持续影响指` / `标`, the first the row above's own.)
            let cutBeside = short ? chained.filter { block in
                block.lines.suffix(2) == [line, line + 1] && !inWrapped.contains([line, block.column])
            }.map { Block(column: $0.column, lines: [line, line + 1]) } : []
            ending.formUnion(cutBeside.map(\.column))
            own.removeAll { column in cutBeside.contains { $0.column == column } }
            guard !ending.isEmpty, !own.isEmpty,
                  placed[line].keys.allSatisfy({ ending.contains($0) || own.contains($0) }) else { continue }
            var joined = false
            for column in own {
                guard let words = placed[line + 1][column], !inWrapped.contains([line + 1, column]),
                      goesOn(words, from: placed[line][column]!, column: column, reachingEnd: false) else { continue }
                wrapped.append(Block(column: column, lines: [line, line + 1]))
                inWrapped.formUnion([[line, column], [line + 1, column]])
                joined = true
            }
            guard joined else { continue }
            for block in cutBeside where !inWrapped.contains([line + 1, block.column]) {
                wrapped.append(block)
                inWrapped.formUnion([[line, block.column], [line + 1, block.column]])
            }
        }
        let ends = endsByLine(wrapped)
        wrapped = cut(wrapped) { line, column in ends[line, default: []].contains { $0 != column && alongside(line, column, $0) } }
        inWrapped = cellsInBlocks(wrapped)
        // The page is printed bottom-aligned when its wrapped cells mostly have their row's
        // other cells beside their last line only; cells centred (Writer) or at the top have
        // them beside a first or middle line, and a merged cell's lines may stand beside any.
        let evidence = wrapped.filter { block in
            holdsOwnCells(block.lines.last!, besides: block.column)
                && !block.lines.dropLast().contains { holdsOwnCells($0, besides: block.column) }
        }
        // One such cell is enough when it keeps to its column (`资金用于生猪产业比` / `例` beside its row's
        // labels and value); one that runs across columns may be a notice above the table.
        let inColumn = evidence.filter { block in
            block.lines.allSatisfy { (placed[$0][block.column]?.last?.xMax ?? .infinity) <= columnEnd(block.column) + 1 }
        }
        guard evidence.count >= 2 || !inColumn.isEmpty, evidence.count >= bottomAlignedShare * other.count else { return placed }
        // On such a page, the row's line is also one where every cell is the last line of a
        // wrapped cell (a header of narrow columns: `一级指` / `标`, `指 标 解` / `释`), and a
        // cell with nothing beside its lines (a title or a notice wrapped in a narrow column)
        // is one cell whatever its alignment.
        let wrappedEnds = endsByLine(wrapped)
        func endsRow(_ line: Int, besides column: Int) -> Bool {
            besideOwnCells(line, column) || wrappedEnds[line, default: []].contains { $0 != column && alongside(line, column, $0) }
        }
        let bottom = wrapped.filter { block in
            let alone = block.lines.allSatisfy { placed[$0].count == 1 }
            return alone || (endsRow(block.lines.last!, besides: block.column)
                && !block.lines.dropLast().contains { endsRow($0, besides: block.column) })
        }
        var result = placed
        for block in bottom {
            let last = block.lines.last!
            // On the row's line: the row's extent is its own cells', not the cell's first lines'.
            let row = placed[last][block.column]!
            let (top, bottom) = (row.map(\.yMin).min()!, row.map(\.yMax).max()!)
            result[last][block.column] = block.lines.dropLast().flatMap { line in
                placed[line][block.column]!.map { Word(xMin: $0.xMin, yMin: top, xMax: $0.xMax, yMax: bottom, text: $0.text) }
            } + row
            for line in block.lines.dropLast() { result[line][block.column] = nil }
        }
        return result
    }
}
