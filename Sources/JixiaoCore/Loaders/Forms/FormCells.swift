import Foundation

/// One cell of a form, however the table was flattened: its text, the words the vocabulary
/// recognised in it, and where it stood. A copy retains three references: code that looks at
/// every cell of a file reads them in place by index (`cells[i].line`), not by iterating.
struct FormCell: Sendable {
    /// The text as shown (traditional characters and pinyin annotations folded, spaces kept).
    var text: String
    /// The text folded for matching: no spaces, ASCII punctuation, simplified characters.
    var compact: [Unicode.Scalar]
    var line: Int
    /// What the vocabulary says the cell is, if it is one of its words.
    var role: FormVocabulary.Role?
    /// A bracketed hint written after the word (`(万元)`, `(必填)`).
    var hint: String = ""
    /// The last cell of a line whose cells are one table row (two or more cells on the line).
    var endsRow = false
    /// Cut out of a longer run of glued text by the vocabulary: a guess, said so on the record.
    var splitFromGlued = false
    /// Cut from a line that is one table row run together (`FormCells.hasGluedHeader`): the
    /// line holds no other row.
    var rowOnItsLine = false
    /// Cells cut from one original cell share this number.
    var piece = 0
    /// The column a glued row's cut already placed this cell in.
    var placedIn: FormVocabulary.ColumnRole?
    /// The cell's column in a tab-separated row (from 0; empty cells counted), where the
    /// rendering keeps positions: tables from workbooks, Word, web pages and CSV.
    var gridColumn: Int?
    /// A blank line stood right before this cell's line: in text where a blank line means
    /// "the same cell, wrapped" (see `IndicatorTable.blankLineWraps`), the cell continues the one before.
    var afterBlank = false
    /// Empty cells written right before this cell's line, each a line of its own holding only
    /// a cell edge (`|`, text one cell a line with each cell ending in ` |`): they keep the
    /// places of the columns a row leaves blank (`% |`, `|`, `60 |`: 60 is one column further).
    var emptyCellsBefore: UInt8 = 0
    /// A run of bars (`||||`, merged cells' places written at a row's end) stood on a line of its
    /// own before this cell's line: the row before it ended there.
    var afterBarRun = false
    /// The non-blank lines the cell's text stood on (a label broken over lines joined back).
    var lineCount = 1
    /// A whole body row of a tab-separated project table (see `FormCells.bodyRow`): its cells'
    /// text by grid column, "" where blank. The cell's own text is the row's first cell.
    var gridRow: [String]? = nil

    var isEmpty: Bool { compact.isEmpty }

    /// A title, header key or column title: what starts a form, a header or a table.
    var startsStructure: Bool { role?.startsStructure ?? false }

    /// A level label (产出指标, 数量指标).
    var isLabel: Bool {
        if case .label? = role { return true }
        return false
    }

    /// The column a column title names, and the title.
    var columnTitle: (role: FormVocabulary.ColumnRole, title: String)? {
        if case .column(let role)? = role { return (role, text) }
        return nil
    }
}

/// How a form reached us, told from the text itself (see `FormCells.read`).
enum Rendering: String, Sendable {
    case tabs = "制表符分隔"
    case pipes = "竖线分隔"
    case spaces = "空格分隔"
    case cellPerLine = "每格一行"
    case glued = "单元格粘连"

    /// A file's renderings, the most frequent first; a tie goes to the first by name, the same
    /// in every run (a dictionary's order is not).
    static func ranked(_ counts: [Rendering: Int]) -> [(rendering: Rendering, lines: Int)] {
        counts.map { ($0.key, $0.value) }.sorted { ($0.1, $1.0.rawValue) > ($1.1, $0.0.rawValue) }
    }
}

/// Turns flattened text (tab- or pipe-separated rows, one cell per line, space-separated
/// rows, or cells glued together) into cells in reading order, splitting glued cells at the
/// vocabulary's words.
struct FormCells {
    let vocabulary: FormVocabulary
    /// The word numbering indicators (`指标1：`): from a numbered indicator on, a cell is its
    /// name and value, never cut at the vocabulary's words (`指标1：项目单位满意度 ≥85%`).
    var numbering: [Unicode.Scalar]? = nil

    init(vocabulary: FormVocabulary, numbering: String? = nil) {
        self.vocabulary = vocabulary
        self.numbering = numbering.map { Array(vocabulary.fold.display($0).unicodeScalars.compactMap(Self.compactScalar)) }
    }

    /// Whether a numbered indicator (`指标1:`) starts at `i` of compact scalars.
    func numberedIndicator(_ compact: [Unicode.Scalar], at i: Int) -> Bool {
        guard let numbering else { return false }
        return Self.numberedIndicator(compact, at: i, numbering: numbering)
    }

    /// Whether `numbering` (folded), a number and a colon start at `i` of compact scalars.
    static func numberedIndicator(_ compact: [Unicode.Scalar], at i: Int, numbering: [Unicode.Scalar]) -> Bool {
        guard !numbering.isEmpty, i + numbering.count < compact.count,
              compact[i..<(i + numbering.count)].elementsEqual(numbering) else { return false }
        var j = i + numbering.count
        let digits = j
        while j < compact.count, Self.isDigit(compact[j]) { j += 1 }
        return j > digits && j < compact.count && compact[j] == ":"
    }

    /// The longest line (in bytes) whose cells are kept per text (`BytesMemo`) while a file is read.
    static let formLineKept = 128

    /// A line at least this long holding several of the vocabulary's words is glued text:
    /// it is cut at every word, not only at its start.
    static let gluedLineLength = 100

    /// `displayChanges`: whether display folding changes the text, when already told (as the
    /// text was decoded: `ExtractedText.displayChanges`); else the text is looked at for it.
    func read(_ text: String, displayChanges: Bool? = nil) -> (cells: [FormCell], renderings: [Rendering: Int]) {
        var bytesOf = text
        return bytesOf.withUTF8 { read(text, bytes: $0, displayChanges: displayChanges) }
    }

    /// `read` with the text's UTF-8 at hand: a line is told from its bytes (rule line, tabs,
    /// one cell), and made a Substring only for the lines split other than on tabs.
    private func read(_ text: String, bytes: UnsafeBufferPointer<UInt8>, displayChanges: Bool?) -> (cells: [FormCell], renderings: [Rendering: Int]) {
        let lineEnds = TextCleaning.lineEnds(bytes)
        var rawLines: [RawLine] = []
        rawLines.reserveCapacity(lineEnds.count)  // growing it copies every line kept so far
        // Most files need no display folding anywhere: then no cell is looked at for it.
        let folds = displayChanges ?? vocabulary.fold.displayChanges(text)
        var blank = false
        // Lines holding one empty cell each (`|`) since the last line with text, and whether a run
        // of bars (merged cells' places, a row's end) stood among them.
        var emptyCells: UInt8 = 0
        var barRun = false
        // A table's repeated cells: made text, and folded for matching, once each.
        var texts = BytesMemo<String>()
        var folded = BytesMemo<FoldedCell>()
        // A form's lines repeat longer than a table's cells (`项目属性 新增一次性项目 项目期 2023年`,
        // `主管部门 ××局 实施单位 ××局本级` on each of a department's forms): kept up to `formLineKept`.
        var foldedLines = BytesMemo<(text: String, compact: [Unicode.Scalar])>(longest: Self.formLineKept)
        // The cells of the last tab-separated line: the next row of its table has as many.
        var rowWidth: Int?
        let utf8 = text.utf8
        for index in lineEnds.indices {
            let start = index == 0 ? 0 : lineEnds[index - 1] + 1
            let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnds[index]])
            var rawLine: Substring {
                text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: lineEnds[index])]
            }
            // A rule drawn between a table's rows (markdown's `| --- | :---: |`, `+-----+`) is no row.
            if Self.mayBeRuleLine(line), Self.isRuleLine(rawLine) { continue }
            let tabbed = TextCleaning.contains(line, byte: UInt8(ascii: "\t"))
            if !tabbed, let one = Self.oneCell(line) {
                // One cell: no array for its pieces (most lines of text with one cell a line).
                guard !one.isEmpty else { blank = true; emptyCells = 0; continue }
                // Most such lines repeat (labels, units, values): each text made and folded once.
                let folded = foldedLines.value(one) { fold(String(validUTF8: $0), display: folds) }
                // A page number between a table's rows is no row, and no blank line either; nor is
                // a continued table's mark on the next page (`续表`), nor the sheet name a printed
                // sheet's pages are headed with (`工作表1`, `Sheet1`: a PDF's text copied).
                let marks = vocabulary.printMarks
                if marks.isPageNumber(folded.compact) || vocabulary.isContinuedTableMark(folded.compact) || marks.isSheetName(folded.compact) { continue }
                rawLines.append(RawLine(number: index + 1, firstPiece: folded.text, firstCompact: folded.compact, rendering: .spaces,
                                        isGrid: false, pieceCount: 1, firstColumn: 0, afterBlank: blank, emptyCellsBefore: emptyCells,
                                        afterBarRun: barRun))
                blank = false
                emptyCells = 0
                barRun = false
                continue
            }
            var pieces: [String], rendering: Rendering
            // A tab-separated row says which of its cells are not blank as it is cut.
            var filled = (count: 0, first: 0, last: 0)
            if tabbed {
                let row = TextCleaning.row(line, texts: &texts, expected: rowWidth)
                (pieces, rendering, filled) = (row.cells, .tabs, (row.filled, row.first, row.last))
                rowWidth = pieces.count
            } else {
                (pieces, rendering) = Self.split(line: rawLine, texts: &texts)
            }
            if rendering != .tabs {
                if pieces.count == 1, pieces[0].isEmpty { blank = true; continue }
                // Each cell folded once, for display and for matching: joining broken words and
                // cutting at words read the result as it is.
                var compacts: [[Unicode.Scalar]] = []
                compacts.reserveCapacity(pieces.count)
                var kept = 0
                for piece in pieces.indices where !pieces[piece].isEmpty {
                    let folded = fold(pieces[piece], display: folds)
                    pieces[kept] = folded.text
                    compacts.append(folded.compact)
                    kept += 1
                }
                guard kept > 0 else {
                    blank = true
                    // A run of bars (`||||`: merged cells' places at a row's end) ends the row; a bar
                    // alone after it opens the next one, no empty cell.
                    if !Self.isEmptyCellLine(line) { barRun = true }
                    emptyCells = barRun ? 0 : min(emptyCells, .max - 1) + 1
                    continue
                }
                if vocabulary.printMarks.isPageNumber(compacts.joined()) || kept == 1 && vocabulary.isContinuedTableMark(compacts[0]) { continue }
                pieces.removeLast(pieces.count - kept)
                rawLines.append(RawLine(number: index + 1, firstPiece: pieces[0], firstCompact: compacts[0], texts: kept > 1 ? pieces : [],
                                        rendering: rendering, isGrid: false, pieceCount: kept, firstColumn: 0, afterBlank: blank,
                                        compacts: kept > 1 ? compacts : nil, emptyCellsBefore: emptyCells, afterBarRun: barRun))
                blank = false
                emptyCells = 0
                barRun = false
                continue
            }
            // A grid row's cells folded for display; for matching only where looked at (most are read by position).
            // It keeps its cells by column (no second array of the non-blank ones). Folding for
            // display empties no cell (it keeps spaces, and pinyin follows a Han character).
            let (count, first, last) = filled
            if folds {
                for column in pieces.indices where !pieces[column].isEmpty { pieces[column] = vocabulary.fold.display(pieces[column]) }
            }
            guard count > 0 else { blank = true; continue }
            pieces.removeLast(pieces.count - 1 - last)
            rawLines.append(RawLine(number: index + 1, firstPiece: pieces[first], firstCompact: count == 1 ? Self.compactScalars(pieces[first]) : nil,
                                    texts: pieces, rendering: rendering, isGrid: true, pieceCount: count, firstColumn: first,
                                    afterBlank: blank))
            blank = false
            emptyCells = 0
            barRun = false
        }
        // A table whose cells were joined by one space each (`SpacedRows`): every line so cut.
        if let header = spacedHeader(rawLines) { splittingAtSpaces(&rawLines, folds: folds, header: header) }
        joiningBrokenWords(&rawLines)
        // A constant, read in place: a line of a variable array passed on is copied (it retains its texts).
        let lines = consume rawLines
        // A file whose table header lost its separators lost them on every line: each line is then
        // a row cut at every word (the form's keys above the table too: `项目名称××资金总额85.6`).
        let rowsGlued = hasGluedHeader(lines)
        var cells: [FormCell] = []
        var renderings: [Rendering: Int] = [:]
        var pieceNumber = 0
        var cuts = BytesMemo<[FormCell]>(longest: Self.formLineKept)
        // Renderings counted a run of lines at a time (a dictionary update on every line costs).
        var run: (rendering: Rendering, lines: Int)?
        // Inside a tab-separated grid under a project table's header (see `ProjectTable`), a
        // row's cells are whole cells: each stands in its column, and only a whole-cell word
        // (a header repeated on a new page) matters, so they are not cut at words.
        var inGrid = false
        // The grid header's project column: a header repeated on a page names it there.
        var gridProjectColumn: Int?
        // The last header read whole in a grid, with the piece number of its first piece: the
        // same line again (every page repeats it) takes its cells, not a look-up per cell.
        var repeatedHeader: (texts: [String], cells: [FormCell], firstPiece: Int)?
        cells.reserveCapacity(lines.count * 2)
        // The line before, and where its cells start (a header's upper half, see `continuesProjectHeader`).
        var previousLine = (number: 0, start: 0)
        // Lines read in place (a copy of a line retains its texts).
        for k in lines.indices {
            var lineStart = cells.count
            let whole = inGrid && lines[k].isGrid && lines[k].pieceCount > 1
            pieceNumber += 1
            if whole, var row = bodyRow(of: lines, at: k, projectColumn: gridProjectColumn, folded: &folded) {
                row.piece = pieceNumber
                cells.append(consume row)
                run = Self.counting(lines[k].rendering, run: run, into: &renderings)
                continue
            }
            pieceNumber -= 1
            let firstPiece = pieceNumber + 1
            let repeated = whole && repeatedHeader.map { $0.texts == lines[k].texts } == true
            if repeated, let header = repeatedHeader {
                // Appended at once and set in place: a cell taken out, changed and put back is copied twice.
                cells.append(contentsOf: header.cells)
                for at in lineStart..<cells.count {
                    let index = cells[at].piece - header.firstPiece
                    cells[at].line = lines[k].number
                    cells[at].piece = pieceNumber + 1 + index
                    cells[at].afterBlank = index == 0 && lines[k].afterBlank
                    cells[at].lineCount = lines[k].lineCount
                }
                pieceNumber += lines[k].pieceCount
            } else {
                readCells(of: lines, at: k, whole: whole, rowsGlued: rowsGlued, pieceNumber: &pieceNumber, into: &cells, cuts: &cuts)
            }
            guard cells.count > lineStart else { continue }
            // Cells looked at by index, here and below: iterating would copy each (see `FormCell`).
            let glued = !whole && (lineStart..<cells.count).contains { cells[$0].splitFromGlued }
            let rendering = glued ? Rendering.glued : (lines[k].pieceCount > 1 ? lines[k].rendering : .cellPerLine)
            run = Self.counting(rendering, run: run, into: &renderings)
            if lines[k].pieceCount > 1 { cells[cells.count - 1].endsRow = true }
            // A project table's header over two lines: its project columns' titles on the first,
            // the indicator columns' under a spanning 绩效指标 on the second. One header line then.
            let headerStart = lineStart
            if k > 0, previousLine.number == lines[k - 1].number,
               Self.continuesProjectHeader(cells[previousLine.start..<headerStart], with: cells[headerStart...]) {
                for at in previousLine.start..<headerStart {
                    cells[at].line = lines[k].number
                    cells[at].endsRow = false
                }
                lineStart = previousLine.start
                if !lines[k].isGrid {
                    cells.replaceSubrange(lineStart..., with: Self.headerInColumnOrder(cells[lineStart..<headerStart], over: cells[headerStart...]))
                }
            }
            previousLine = (lines[k].number, lineStart)
            if !lines[k].isGrid {
                inGrid = false
            } else if lines[k].pieceCount > 1, !inGrid || (lineStart..<cells.count).contains(where: { cells[$0].startsStructure }) {
                // A header (the grid's own, repeated, or another table's) decides what follows.
                inGrid = ProjectTable.isHeader(cells[lineStart...])
                gridProjectColumn = inGrid ? (lineStart..<cells.count).first { cells[$0].role == .key(.project) }.flatMap { cells[$0].gridColumn } : nil
                if inGrid, whole, !repeated, lineStart == headerStart { repeatedHeader = (lines[k].texts, Array(cells[lineStart...]), firstPiece) }
            }
        }
        if let counted = run { renderings[counted.rendering, default: 0] += counted.lines }
        return (cells, renderings)
    }

    /// Whether `next` (a line's cells) is the lower half of a project table's header whose upper
    /// half is `above`: the line above names the project column (or the organisation's and the
    /// budget's, `ProjectTable.Rows`; and the goal, unit columns) but no indicator column, this
    /// one names the level columns but no project; in a grid their columns meet only under the
    /// spanning label (绩效指标), or the lower half's amount titles under the upper half's
    /// spanning key (按收入性质分 over 一般公共预算 …).
    static func continuesProjectHeader(_ above: ArraySlice<FormCell>, with next: ArraySlice<FormCell>) -> Bool {
        // Glued text joins only a glued header (then `GluedProjectRow` cuts its rows).
        guard above.count >= 2, next.count >= 2, above.contains(where: \.splitFromGlued) == next.contains(where: \.splitFromGlued) else { return false }
        var owners = ProjectTable.Rows.Keys()
        var keys: [Int] = []
        for at in above.indices {
            switch above[at].role {
            // A key with its colon (`项目名称：`) has its value beside it: a form's key line, no title.
            case .key? where above[at].compact.last == ":": return false
            case .key?:
                owners.add(above[at].role)
                keys.append(at)
            case .tableLabel?: continue
            case .column(let role)? where !role.isLevel && !role.holdsValue: continue
            case nil where RowAlignment.isUnnamedTitle(above[at].compact): continue
            default: return false
            }
        }
        // A line of one key and the text after it (`项目名称 麻风病防治`) is the key and its value.
        if keys.count == 1, keys[0] + 1 < above.endIndex, above[keys[0] + 1].role == nil { return false }
        guard owners.rows != nil else { return false }
        var level = false
        for at in next.indices {
            switch next[at].role {
            case .column(let role)?: level = level || role.isLevel
            case .key(.project)?, .key(.unitOrProject)?: return false
            default: continue
            }
        }
        guard level else { return false }
        // A spanning title (a table label, a key read past: 按收入性质分) stands over the titles under it.
        let spans = { (role: FormVocabulary.Role?) in role == .tableLabel || role == .key(.ignored) }
        let taken = Set(above.indices.compactMap { spans(above[$0].role) ? nil : above[$0].gridColumn })
        return !next.indices.contains { next[$0].gridColumn.map(taken.contains) == true }
    }

    /// A header of two lines (`continuesProjectHeader`) with no column places, as one line in
    /// column order: the lower line's keys (一般公共预算 … 项目支出) where the upper line's first
    /// spanning key stands (按收入性质分, 按支出性质分: no columns of their own), its column titles
    /// (一级指标 …) right after the label spanning them (部门整体支出年度绩效目标, 绩效指标), else
    /// at the end: a title after that label on the upper line (备注) is the table's last.
    static func headerInColumnOrder(_ above: ArraySlice<FormCell>, over next: ArraySlice<FormCell>) -> [FormCell] {
        let keys = next.filter { if case .key? = $0.role { return true } else { return false } }
        let titles = next.filter { if case .key? = $0.role { return false } else { return true } }
        var out: [FormCell] = []
        out.reserveCapacity(above.count + next.count)
        var keysPlaced = keys.isEmpty, titlesPlaced = false
        for at in above.indices {
            if above[at].role == .key(.ignored), !keys.isEmpty {
                if !keysPlaced { out += keys }
                keysPlaced = true
                continue
            }
            out.append(above[at])
            if above[at].role == .tableLabel, !titlesPlaced {
                if !keysPlaced { out += keys }
                keysPlaced = true
                out += titles
                titlesPlaced = true
            }
        }
        if !keysPlaced { out += keys }
        if !titlesPlaced { out += titles }
        return out
    }

    /// A line's cells, piece by piece: whole cells in a grid, else cut at the vocabulary's words.
    /// `cuts` keeps the cells each short piece was cut into: a piece's cells are the same
    /// wherever its text stands (a label, unit or value repeated on many lines), but for their line.
    /// The line is `lines[k]`, read in place: a line passed on is copied (a copy retains its texts).
    /// `rowsGlued`: the line is a row whose cells were run together (see `hasGluedHeader`).
    func readCells(of lines: [RawLine], at k: Int, whole: Bool, rowsGlued: Bool = false, pieceNumber: inout Int, into cells: inout [FormCell],
                   cuts: inout BytesMemo<[FormCell]>) {
        let columns = lines[k].columns
        let pieces = lines[k].pieces
        let number = lines[k].number, afterBlank = lines[k].afterBlank, lineCount = lines[k].lineCount
        for index in 0..<lines[k].pieceCount {
            let piece = pieces?[index] ?? lines[k].firstPiece
            pieceNumber += 1
            let pieceStart = cells.count
            if whole {
                if let cell = wholeCell(piece, line: number) { cells.append(cell) }
            } else if rowsGlued {
                cut(piece, compact: lines[k].compact(ofPiece: index), line: number, rowGlued: true, into: &cells)
            } else if piece.utf8.count <= cuts.longest {
                let compact = lines[k].compact(ofPiece: index)
                // Appended at once, their line set below with the rest.
                cells.append(contentsOf: cuts.value(piece) { raw in
                    var made: [FormCell] = []
                    cut(raw, compact: compact, line: number, into: &made)
                    return made
                })
            } else {
                cut(piece, compact: lines[k].compact(ofPiece: index), line: number, into: &cells)
            }
            for at in pieceStart..<cells.count {
                cells[at].line = number
                cells[at].piece = pieceNumber
                cells[at].gridColumn = columns?[index]
                cells[at].afterBlank = index == 0 && afterBlank
                cells[at].emptyCellsBefore = index == 0 && at == pieceStart ? lines[k].emptyCellsBefore : 0
                cells[at].afterBarRun = index == 0 && at == pieceStart && lines[k].afterBarRun
                cells[at].lineCount = lineCount
            }
        }
    }

    /// One more line of `rendering`: renderings are counted a run of lines at a time.
    static func counting(_ rendering: Rendering, run: (rendering: Rendering, lines: Int)?,
                         into renderings: inout [Rendering: Int]) -> (rendering: Rendering, lines: Int) {
        if let counted = run, counted.rendering == rendering { return (rendering, counted.lines + 1) }
        if let counted = run { renderings[counted.rendering, default: 0] += counted.lines }
        return (rendering, 1)
    }

    /// A body row of a grid under a project table's header, kept as its text by column
    /// (`FormCell.gridRow`): `ProjectTable` reads it by position, so its cells need no
    /// vocabulary. Only what decides structure is looked up: the row's first cell and the cell
    /// under the header's project title (a repeated header, a new title or table). Nil when
    /// either is a title, header key or column title: the line is then read cell by cell.
    /// `folded` keeps each distinct cell's folding (a grid's first cells repeat: 产出指标, 数量指标 …).
    /// The line is `lines[k]`, read in place (see `readCells`).
    func bodyRow(of lines: [RawLine], at k: Int, projectColumn: Int?, folded: inout BytesMemo<FoldedCell>) -> FormCell? {
        guard let row = lines[k].grid else { return nil }
        let fold = { (text: String) in FoldedCell(compact: Self.compactScalars(text), vocabulary: vocabulary) }
        let first = folded.value(lines[k].firstPiece, fold)
        guard !first.compact.isEmpty, !first.startsStructure else { return nil }
        // The project title's column, when it holds text and is not the row's first cell.
        if let projectColumn, projectColumn != lines[k].firstColumn, projectColumn < row.count, !row[projectColumn].isEmpty,
           folded.value(row[projectColumn], fold).startsStructure { return nil }
        return FormCell(text: lines[k].firstPiece, compact: first.compact, line: lines[k].number, endsRow: true,
                        gridColumn: lines[k].firstColumn, afterBlank: lines[k].afterBlank, lineCount: lines[k].lineCount, gridRow: row)
    }

    /// Body rows (`bodyRow`) back as whole cells, one per column, each with its role: for a
    /// grid read other than as the project table whose header it followed.
    func expandingRows(_ cells: [FormCell]) -> [FormCell] {
        var out: [FormCell] = []
        out.reserveCapacity(cells.count)
        for at in cells.indices {
            guard let row = cells[at].gridRow else { out.append(cells[at]); continue }
            let start = out.count
            for (column, text) in row.enumerated() where !text.isEmpty {
                guard var cell = wholeCell(text, line: cells[at].line) else { continue }
                cell.piece = cells[at].piece
                cell.gridColumn = column
                cell.lineCount = cells[at].lineCount
                cell.afterBlank = out.count == start && cells[at].afterBlank
                out.append(cell)
            }
            if out.count > start { out[out.count - 1].endsRow = true }
        }
        return out
    }

    /// A cell's text folded for matching, and whether it is, whole, a word that starts
    /// structure (see `FormCell.startsStructure`).
    struct FoldedCell {
        var compact: [Unicode.Scalar]
        var startsStructure: Bool

        init(compact: [Unicode.Scalar], vocabulary: FormVocabulary) {
            self.compact = compact
            startsStructure = vocabulary.role(ofCell: compact)?.role.startsStructure ?? false
        }
    }

    /// Text folded for matching, as `compactScalar` folds each scalar.
    static func compactScalars(_ text: String) -> [Unicode.Scalar] {
        // From the bytes: room for as many scalars as the text holds, reserved once. Reserved,
        // not `init(unsafeUninitializedCapacity:)`, which allocates through the standard
        // library's unspecialised path (a runtime metadata look-up, ~570 instructions an array).
        if let folded = text.utf8.withContiguousStorageIfAvailable({ bytes -> [Unicode.Scalar] in
            var compact: [Unicode.Scalar] = []
            compact.reserveCapacity(UTF8Scalars.count(bytes))
            var i = 0
            while i < bytes.count {
                // What `compactScalar` keeps as it is (printable ASCII; U+3001 to U+FE4F, Han
                // characters and CJK punctuation: three bytes led by E3 to EF) taken without decoding
                // the scalar in general: nearly every scalar of a form.
                let b0 = bytes[i]
                if b0 > 0x20 && b0 < 0x7F {
                    compact.append(Unicode.Scalar(b0))
                    i += 1
                    continue
                }
                if b0 >= 0xE3 && b0 <= 0xEF {
                    let value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    if value > 0x3000 && value < 0xFE50 {
                        compact.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                        i += 3
                        continue
                    }
                }
                var scalars = UTF8Scalars(bytes, from: i)
                if let scalar = scalars.next(), let folded = compactScalar(scalar) { compact.append(folded) }
                i = scalars.offset
            }
            return compact
        }) { return folded }
        var compact: [Unicode.Scalar] = []
        compact.reserveCapacity(text.utf8.count / 3 + 1)
        for scalar in text.unicodeScalars {
            if let folded = compactScalar(scalar) { compact.append(folded) }
        }
        return compact
    }

    /// A line of the text split into its cells, before the vocabulary cuts them.
    struct RawLine {
        var number: Int
        /// The first non-blank cell, folded for display (`ChineseFold.display`).
        var firstPiece: String
        /// `firstPiece` folded for matching (`compactScalar`), folded once when the line is read;
        /// nil for a grid row of several cells, whose cells are folded where looked at.
        var firstCompact: [Unicode.Scalar]?
        /// The cells' text, folded for display: a tab-separated row's by column, "" where blank,
        /// up to its last cell; another line's non-blank cells when it has two or more (a line
        /// of one cell has only `firstPiece`: most lines of text with one cell a line).
        var texts: [String] = []
        var rendering: Rendering
        /// A tab-separated row: `texts` by column.
        var isGrid: Bool
        /// How many non-blank cells the line has.
        var pieceCount: Int
        /// A tab-separated row's first non-blank column (0 for other lines).
        var firstColumn: Int
        /// A blank line stood right before this one.
        var afterBlank = false
        /// The lines joined into this one (`一级指` / `标`).
        var lineCount = 1
        /// Each of the non-blank cells folded for matching, for a line of several cells that is
        /// not a grid row.
        var compacts: [[Unicode.Scalar]]? = nil
        /// Lines of one empty cell (`|`) right before this one (`FormCell.emptyCellsBefore`), and
        /// whether a run of bars stood before it since the last line with text (`FormCell.afterBarRun`).
        var emptyCellsBefore: UInt8 = 0
        var afterBarRun = false

        // The accessors below are inlined: read as `lines[k].columns`, a call would copy the
        // line first (a copy retains its texts).

        /// A tab-separated row's non-blank columns, in order (nil for other lines): built when
        /// asked, as `pieces` (grid body rows never ask).
        @inline(__always) var columns: [Int]? { isGrid ? texts.indices.filter { !texts[$0].isEmpty } : nil }
        /// The non-blank cells, in order, when the line has several (an array built for a
        /// tab-separated row: grid body rows never ask, see `bodyRow`); nil for one cell.
        @inline(__always) var pieces: [String]? { isGrid ? (pieceCount > 1 ? texts.filter { !$0.isEmpty } : nil) : (texts.isEmpty ? nil : texts) }
        /// A tab-separated row's cells by column, "" where blank.
        @inline(__always) var grid: [String]? { isGrid ? texts : nil }
        /// A non-blank cell folded for matching, where the line keeps it.
        @inline(__always) func compact(ofPiece index: Int) -> [Unicode.Scalar]? { index == 0 ? firstCompact : compacts?[index] }
    }

    /// A cell's text folded for display (`ChineseFold.display`) and for matching
    /// (`compactScalar`): the text every later step reads, folded once.
    /// `display` false: the file needs no display folding (`ChineseFold.displayChanges`).
    func fold(_ text: String, display folds: Bool) -> (text: String, compact: [Unicode.Scalar]) {
        let display = folds ? vocabulary.fold.display(text) : text
        return (display, Self.compactScalars(display))
    }

    /// Labels a PDF broke over lines (`一级指` / `标`, `绩` / `效` / `指` / `标`) joined back:
    /// short one-cell lines that together, and not the first alone, make one of the
    /// vocabulary's words.
    func joiningBrokenWords(_ lines: inout [RawLine]) {
        /// A one-cell line's folded text, when at most `limit` scalars long. Long lines are never
        /// part of a broken word (their text is not looked at: a compact text is never longer
        /// than its scalars).
        func short(_ i: Int, _ limit: Int) -> [Unicode.Scalar]? {
            guard lines[i].pieceCount == 1, let compact = lines[i].firstCompact, compact.count <= limit else { return nil }
            let piece = lines[i].firstPiece.utf8
            guard piece.count <= 40 || (piece.count <= 160 && lines[i].firstPiece.unicodeScalars.count <= 40) else { return nil }
            return compact
        }
        // Every form breaks its labels the same way (`绩` / `效` / `指` / `标`): the role of each
        // part, and of each part joined to those before, looked up once.
        var roles = BytesMemo<FormVocabulary.Role?>()
        // The broken words first (few files have any): the lines are moved only when there are.
        // `lastPart`: the word's last part, taken off the start of the row after its lines (a label
        // written down its merged cell a character a line, its last character opening the spaced
        // row beside it: `产` / `出` / `指` / `标 数量指标 维护电影放映设备数量 ≥5套`).
        var joins: [(lines: ClosedRange<Int>, lastPart: (text: String, compact: [Unicode.Scalar])?)] = []
        // Rows of spaced cells whose last cell a wrap broke (`满意度指标 服务对象` / `满意度指标`): the
        // lines after it joined to that cell, the row keeping its other cells.
        var rowEnds: [ClosedRange<Int>] = []
        // The parts joined so far, in one buffer for the whole file.
        var joined: [Unicode.Scalar] = []
        joined.reserveCapacity(64)
        // Lines with a blank line before and after and none between, where blank lines part the
        // cells (a page converted paragraph by paragraph, a cell's `<br>` a line break): one cell
        // broken over lines (`指标` / `值`), whatever its first line alone is.
        func isBlock(_ range: ClosedRange<Int>) -> Bool {
            lines[range.lowerBound].afterBlank && (range.upperBound + 1 == lines.count || lines[range.upperBound + 1].afterBlank)
                && !lines[(range.lowerBound + 1)...range.upperBound].contains(where: \.afterBlank)
        }
        /// The last line of a word broken over lines from the last cell of a spaced row at `i`
        /// (its first part not a word alone, or a word alone of the kind the whole is), or nil.
        func brokenRowEnd(at i: Int) -> Int? {
            // The line after told first: under most spaced rows stands another, no short line.
            guard !lines[i].isGrid, lines[i].pieceCount > 1, i + 1 < lines.count, short(i + 1, 6) != nil,
                  lines[i + 1].number - lines[i].number <= 2, let compacts = lines[i].compacts,
                  compacts.count == lines[i].texts.count, let last = compacts.last, last.count <= 16,
                  let start = last.first, vocabulary.startsWord(start) else { return nil }
            let alone = role(ofCell: last, memo: &roles)
            guard alone != nil || vocabulary.beginsLongerWord(last) else { return nil }
            joined.removeAll(keepingCapacity: true)
            joined += last
            var end: Int?
            var j = i + 1
            while j < lines.count, j - i <= 5, lines[j].number - lines[j - 1].number <= 2, let next = short(j, 6) {
                joined += next
                if let found = role(ofCell: joined, memo: &roles) {
                    if alone == nil || found == alone { end = j }
                    if !vocabulary.beginsLongerWord(joined) { break }
                }
                j += 1
            }
            return end
        }
        var i = 0
        while i < lines.count {
            if let end = brokenRowEnd(at: i) {
                rowEnds.append(i...end)
                i = end + 1
                continue
            }
            // A label broken over lines: its first part may be long (`社会公众或服务对象` / `满意度指标`),
            // and begins one of the vocabulary's words (told by its first character without a lookup).
            guard lines[i].pieceCount == 1, let start = lines[i].firstCompact?.first,
                  vocabulary.startsWord(start), let line = short(i, 16) else { i += 1; continue }
            // The broken word's first part: the whole line, or what follows words glued before it
            // (`满意度指标服务对象` / `满意度指标`, `绩效指标一级` / `指标`).
            // (A part glued after other words is looked for only where a short line follows to end it.)
            guard let (first, alone) = brokenWordStart(line, gluedPart: i + 1 < lines.count && short(i + 1, 6) != nil, memo: &roles)
            else { i += 1; continue }
            // A word alone (`满意度`) is joined only into a longer word of the same kind (`满意度` / `指标`),
            // or a hint after it (`一级指标` / `(必填)`).
            joined.removeAll(keepingCapacity: true)
            joined += first
            var end: Int?
            var j = i + 1
            // The last part may be a word itself (`服务对象` / `满意度指标`). The longest word made
            // is taken (`产` / `出` / `指` / `标`: 产出指标, not its short form 产出).
            while j < lines.count, j - i <= 5, lines[j].number - lines[j - 1].number <= 2 {
                // A row's first word of a character or two, a space after it, ends the word where it
                // makes one: it is taken off the row, which may begin the next broken word.
                if !lines[j].isGrid, lines[j].pieceCount == 1, let head = Self.leadingWord(lines[j].firstPiece) {
                    let piece = Self.compactScalars(head)
                    if let found = role(ofCell: joined + piece, memo: &roles), alone == nil || found == alone {
                        joins.append((i...(j - 1), (head, piece)))
                        let rest = Self.rest(lines[j].firstPiece, after: head)
                        lines[j].firstPiece = rest
                        lines[j].firstCompact = Self.compactScalars(rest)
                        end = j
                    }
                    break
                }
                // After a key, its ending may be longer (`主管部门(单位)名称` / `及部门预算编码`).
                let isKey = if case .key? = alone { true } else { false }
                guard let next = short(j, isKey ? max(6, vocabulary.longestKeyEnding) : 6) else { break }
                joined += next
                if let found = role(ofCell: joined, memo: &roles) {
                    if alone == nil || found == alone || isBlock(i...j) { end = j }
                    if !vocabulary.beginsLongerWord(joined) { break }
                }
                j += 1
            }
            guard let end else { i += 1; continue }
            if joins.last?.lines.upperBound == end - 1, joins.last?.lastPart != nil {
                i = end  // the row the last part was taken off
                continue
            }
            joins.append((i...end, nil))
            i = end + 1
        }
        for range in rowEnds {
            let row = range.lowerBound, last = lines[row].texts.count - 1
            for j in (row + 1)...range.upperBound {
                lines[row].texts[last] += lines[j].firstPiece
                lines[row].compacts![last] += lines[j].firstCompact!
                lines[j].pieceCount = 0
            }
            lines[row].lineCount += range.count - 1
        }
        // The lines joined to a row's end go once the broken words' lines have moved.
        defer { if !rowEnds.isEmpty { lines.removeAll { $0.pieceCount == 0 } } }
        guard !joins.isEmpty else { return }
        // The lines kept move down in place over the parts joined. Moved, not copied: a copy of
        // a line retains its texts (an array's own `swapAt` copies), and the lines left behind
        // would release them again.
        var kept = 0
        var next = 0
        func keepLines(upTo end: Int) {
            lines.withUnsafeMutableBufferPointer { buffer in
                while next < end {
                    buffer.swapAt(kept, next)
                    kept += 1
                    next += 1
                }
            }
        }
        for (join, lastPart) in joins {
            keepLines(upTo: join.lowerBound)
            // A tab-separated line's one cell stays in its column.
            let first = lines[join.lowerBound]
            var text = lines[join].map(\.firstPiece).joined()
            var compact = lines[join].flatMap { $0.firstCompact! }
            if let lastPart {
                text += lastPart.text
                compact += lastPart.compact
            }
            lines[kept] = RawLine(number: first.number, firstPiece: text, firstCompact: compact,
                                  texts: first.isGrid ? Array(repeating: "", count: first.firstColumn) + [text] : [],
                                  rendering: first.rendering, isGrid: first.isGrid, pieceCount: 1, firstColumn: first.firstColumn,
                                  afterBlank: first.afterBlank, lineCount: join.count, emptyCellsBefore: first.emptyCellsBefore,
                                  afterBarRun: first.afterBarRun)
            kept += 1
            next = join.upperBound + 1
        }
        keepLines(upTo: lines.count)
        lines.removeLast(lines.count - kept)
    }

    /// A line's first word when it is a character or two with a space after it and text after
    /// that (`标 数量指标 …`), else nil (`rest(_:after:)` gives the text after it).
    static func leadingWord(_ text: String) -> String? {
        // Told on its first bytes, as most lines have no such word: a Han character first (a lead
        // byte E4…E9), an ASCII space or tab within its first seven bytes (two Han characters are six).
        let sawSpace = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let lead = bytes.first, (0xE4...0xE9).contains(lead) else { return false }
            return bytes.prefix(7).dropFirst().contains { $0 == 0x20 || $0 == 0x09 }
        } ?? true
        guard sawSpace else { return nil }
        let scalars = text.unicodeScalars
        guard let space = scalars.prefix(3).firstIndex(where: { TextCleaning.isWhitespace($0) }),
              (1...2).contains(scalars.distance(from: scalars.startIndex, to: space)),
              scalars[space...].contains(where: { !TextCleaning.isWhitespace($0) }) else { return nil }
        return String(scalars[..<space])
    }

    /// The text after a line's leading word (`leadingWord`).
    static func rest(_ text: String, after word: String) -> String {
        TextCleaning.trimSpaces(String(text.unicodeScalars.dropFirst(word.unicodeScalars.count)))
    }

    /// Where a word broken over lines may start in a one-cell line: the whole line when it is a
    /// word or begins one, else the part after the vocabulary's words glued before it, when that
    /// part begins a longer word (`满意度指标` + `服务对象`, the first half of `服务对象满意度指标`).
    /// The part is returned with its role alone, if it has one.
    private func brokenWordStart(_ line: [Unicode.Scalar], gluedPart: Bool, memo: inout BytesMemo<FormVocabulary.Role?>)
        -> (part: [Unicode.Scalar], role: FormVocabulary.Role?)? {
        if let alone = role(ofCell: line, memo: &memo) { return (line, alone) }
        if vocabulary.beginsLongerWord(line) { return (line, nil) }
        guard gluedPart else { return nil }
        var at = 0
        while let word = vocabulary.match(line, at: at), at + word.scalars.count < line.count {
            at += word.scalars.count
            // Told by the part's first character before the words' tree is walked.
            if vocabulary.startsWord(line[at]), vocabulary.beginsLongerWord(line, from: at) {
                let part = Array(line[at...])
                return (part, role(ofCell: part, memo: &memo))
            }
        }
        return nil
    }

    /// The role of a whole cell (`FormVocabulary.role(ofCell:)`), kept in `memo` by the folded scalars' bytes.
    private func role(ofCell compact: [Unicode.Scalar], memo: inout BytesMemo<FormVocabulary.Role?>) -> FormVocabulary.Role? {
        compact.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: UInt8.self) { memo.value($0) { _ in vocabulary.role(ofCell: compact)?.role } }
        }
    }

    /// A line drawn, not written: every cell (between `|`, `+` or tabs) blank or a run of at least
    /// three rule characters (`-`, `=`, `_`, `─`, `━`, `—`, with `:` marking alignment), and at
    /// least one such run. A lone `—` (a cell meaning "none") is text.
    static func isRuleLine(_ line: Substring) -> Bool {
        guard Self.mayBeRuleLine(line.utf8) else { return false }
        var runs = 0
        var run = 0
        var ruleOnly = true
        func endCell() -> Bool {
            if run > 0 {
                guard run >= 3 else { return false }
                runs += 1
            }
            run = 0
            return true
        }
        for scalar in line.unicodeScalars {
            switch scalar {
            case "-", "=", "_", "─", "━", "—", "－", "＝": run += 1
            case ":", "：": continue
            case "|", "+", "┼", "\t": if !endCell() { return false }
            default:
                if TextCleaning.isWhitespace(scalar) { continue }
                ruleOnly = false
            }
            if !ruleOnly { return false }
        }
        return endCell() && runs > 0
    }

    /// A line that is one empty cell of text one cell a line with cell edges: `|` alone.
    static func isEmptyCellLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let (first, last) = TextCleaning.trimmedBounds(line, from: 0, to: line.count)
        return last - first == 1 && line[first] == UInt8(ascii: "|")
    }

    /// Whether a line may be a rule line (`isRuleLine`), told by its first byte that is no
    /// space or cell edge: most lines start with text.
    static func mayBeRuleLine<Bytes: Collection>(_ line: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard let first = line.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != UInt8(ascii: "|") && $0 != UInt8(ascii: "+") }) else { return false }
        return first == UInt8(ascii: "-") || first == UInt8(ascii: "=") || first == UInt8(ascii: "_") || first == UInt8(ascii: ":")
            || first == 0xE2 || first == 0xEF || first == 0xE3
    }

    /// The bytes (valid UTF-8) of a line without tabs as one cell, trimmed, when it is one: no `|`
    /// and no run of spaces (told without splitting: most lines of one-cell-a-line text). Nil
    /// when `split` is needed.
    static func oneCell(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard !TextCleaning.contains(line, byte: UInt8(ascii: "|")) else { return nil }
        let (first, last) = TextCleaning.trimmedBounds(line, from: 0, to: line.count)
        let trimmed = UnsafeBufferPointer(rebasing: line[first..<last])
        return Self.spacedOnce(trimmed) ? trimmed : nil
    }

    /// The cells of one line: split on tabs, on `|`, or on runs of two or more spaces (a line
    /// that is one cell is `oneCell`'s, asked first).
    static func split(line: Substring, texts: inout BytesMemo<String>) -> ([String], Rendering) {
        // A tab-separated line is split and its cells trimmed on its bytes (`TextCleaning.cells`),
        // a table's repeated cells made text once.
        if TextCleaning.contains(line, byte: UInt8(ascii: "\t")) {
            return (line.utf8.withContiguousStorageIfAvailable { TextCleaning.cells($0, texts: &texts) } ?? TextCleaning.cells(line), .tabs)
        }
        if TextCleaning.contains(line, byte: UInt8(ascii: "|")) {
            return (TextCleaning.split(line, on: UInt8(ascii: "|")).map { TextCleaning.trimSpaces($0) }, .pipes)
        }
        let trimmed = TextCleaning.trimSpaces(line)
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        var spaces = 0
        // A label spread over its cell with one ideographic space between its characters (`项　目　名　称`,
        // as Word justifies it): those spaces are inside the cell, not between cells.
        var ideographic = 0, lastIsLoneHan = false
        for scalar in trimmed.unicodeScalars {
            if TextCleaning.isSpace(scalar) {
                spaces += scalar == "\u{3000}" ? 2 : 1
                if scalar == "\u{3000}" { ideographic += 1 }
                continue
            }
            let spread = spaces == 2 && ideographic == 1 && lastIsLoneHan && ChineseFold.isHan(scalar.value)
            if spaces >= 2, !current.isEmpty, !spread {
                pieces.append(String(current))
                current = String.UnicodeScalarView()
            } else if spaces == 1 || spread {
                current.append(" ")
            }
            // The character just written stands alone between spaces (`目` of `项　目　名`).
            lastIsLoneHan = ChineseFold.isHan(scalar.value) && (current.isEmpty || current.last == " ")
            spaces = 0
            ideographic = 0
            current.append(scalar)
        }
        if !current.isEmpty { pieces.append(String(current)) }
        return (pieces, .spaces)
    }

    /// Whether text (valid UTF-8) has no space other than single ASCII spaces: it is one cell as
    /// it stands (the common line of text with one cell a line). On the bytes: a space is ASCII,
    /// or a two- or three-byte sequence `spaceWidth` knows.
    static func spacedOnce(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lastWasSpace = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            // Only these bytes begin a space; a Han character (three bytes) is passed over whole.
            if byte == 0x20 || byte == 0x09 || byte == 0xC2 || (0xE1...0xE3).contains(byte),
               let width = TextCleaning.spaceWidth(bytes, startingAt: i, before: bytes.count) {
                if byte != UInt8(ascii: " ") || lastWasSpace { return false }
                lastWasSpace = true
                i += width
                continue
            }
            lastWasSpace = false
            i += byte >= 0xE0 ? (byte >= 0xF0 ? 4 : 3) : 1  // a continuation byte starts no space
        }
        return true
    }

    /// A grid cell as it stands: its text, and its role when the whole cell is a word.
    /// `text` is folded for display and trimmed (a piece of `RawLine`).
    func wholeCell(_ text: String, line: Int) -> FormCell? {
        let compact = Self.compactScalars(text)
        guard !compact.isEmpty else { return nil }
        let found = vocabulary.role(ofCell: compact)
        return FormCell(text: text, compact: compact, line: line, role: found?.role, hint: found?.hint ?? "")
    }

    /// One cell's text cut at the vocabulary's words, its cells appended to `cells`. `raw` is
    /// folded for display (a piece of `RawLine`), `compact` its folding for matching if known.
    /// A word is a cut point at the start of the text, right after another word, after a number
    /// or colon (`资金总额222.45基本支出`), after a space, and anywhere in a long glued line or a
    /// row whose cells were run together (`rowGlued`: each of its cells is then a glued one).
    func cut(_ raw: String, compact known: [Unicode.Scalar]? = nil, line: Int, rowGlued: Bool = false, into cells: inout [FormCell]) {
        let compact = known ?? Self.compactScalars(raw)
        guard !compact.isEmpty else { return }
        // Whole cell a word (with a hint): the common case.
        if let (role, hint) = vocabulary.role(ofCell: compact) {
            cells.append(FormCell(text: raw, compact: compact, line: line, role: role, hint: hint))
            return
        }
        // A label followed only by a qualitative target (`经济效益良好`, a target naming its
        // benefit): one cell, the target, not a label and a value.
        if !rowGlued, let entry = vocabulary.match(compact, at: 0), case .label = entry.role, entry.scalars.count < compact.count,
           vocabulary.isQualitative(Array(compact[entry.scalars.count...])) {
            cells.append(FormCell(text: raw, compact: compact, line: line))
            return
        }
        let glued = rowGlued || (compact.count >= Self.gluedLineLength && wordCount(compact) >= 3)
        // Text without whitespace (most cells) has no word after a space to look for.
        let spaced = TextCleaning.containsWhitespace(raw)
        // Where each folded scalar stands in the text, made only when a space may decide a cut
        // point or a cut is made (most cells are not cut).
        var places: ScalarPlaces?
        func placesOf() -> ScalarPlaces {
            if let places { return places }
            let made = ScalarPlaces(raw)
            places = made
            return made
        }
        var cuts: [(start: Int, end: Int, role: FormVocabulary.Role?, hint: String)] = []
        var textStart = 0
        var i = 0
        var lastWordEnd = -1
        var lastWasColumn = false
        var lastKeyEnd = -1  // where the last key (longer than two characters) ended
        let numberingStart = numbering?.first
        // A sentence (`各单位均应填报绩效目标表。`, `一级指标包括产出指标、效益指标……。`) names words, it
        // is not made of them: only the words opening it each followed by a space, or a key by a
        // colon (`年度目标：到年底，……。`, `效益指标 经济效益指标 增加就业机会，提高收入。`), are cut off.
        if !glued, Self.isSentence(compact) {
            while i < compact.count, let entry = vocabulary.match(compact, at: i) {
                if case .title = entry.role { break }
                let hint = FormVocabulary.hintLength(compact, from: i + entry.scalars.count)
                let end = i + entry.scalars.count + hint.length
                let keyColon: Bool = { if case .key = entry.role { return compact[end - 1] == ":" } else { return false } }()
                guard end < compact.count, keyColon || (spaced && placesOf().afterWhitespace(end)) else { break }
                cuts.append((i, end, entry.role, hint.hint))
                i = end
                textStart = end
            }
            i = compact.count
        }
        var lastWasLabel = false
        while i < compact.count {
            // A mark joining two labels (`产出指标-数量指标`): passed over, the second label cut off.
            if lastWasLabel, i == lastWordEnd, let joint = vocabulary.labelJoint(compact, at: i) {
                i += joint
                textStart = i
                lastWordEnd = i
                continue
            }
            // Only a word's or the numbering's first character can start a cut (told without a lookup).
            guard vocabulary.startsWord(compact[i]) || compact[i] == numberingStart else { i += 1; continue }
            // A word counts at the start, after another word, after a number or colon, after a
            // space (`主管部门 原州区人民政府 实施单位 …`), and anywhere in a glued line; elsewhere
            // only a title does, so nothing else is looked up there.
            let allowed = i == 0 || i == lastWordEnd || glued
                || compact[i - 1] == ":" || compact[i - 1] == "%" || Self.isDigit(compact[i - 1])
                || (spaced && placesOf().afterWhitespace(i))
            // After a key's value that ends as an organisation's name does, a key longer than two
            // characters starts the next field (`主管部门××住建局项目执行单位××所`, a row glued).
            let afterOrganisation = !allowed && lastKeyEnd >= 0 && lastWordEnd == lastKeyEnd && i - lastKeyEnd >= 2
                && vocabulary.endsLikeOrganisation(compact: compact[lastKeyEnd..<i])
            guard allowed || afterOrganisation || vocabulary.startsTitle(compact[i]) else { i += 1; continue }
            if allowed, !glued, numberedIndicator(compact, at: i) {
                // A numbered indicator: the rest of the cell is its name and value.
                if textStart < i { cuts.append((textStart, i, nil, "")) }
                textStart = i
                break
            }
            // Titles stand anywhere in a cell: `2022年省级第七批水利专项资金绩效目标表`; a title
            // followed by a mention (`填报说明`, `的通知`) opens a text about the form, no form.
            let found = vocabulary.match(compact, at: i)
            if let entry = found, case .title = entry.role,
               let mention = vocabulary.titleMention(compact, at: i + entry.scalars.count) {
                if textStart < i { cuts.append((textStart, i, nil, "")) }
                let end = i + entry.scalars.count + mention
                cuts.append((i, end, .title(.mention), ""))
                lastWasColumn = false
                i = end
                textStart = end
                lastWordEnd = end
                continue
            }
            // A key across a space, where another key starts right after the space and what stands
            // before it is no word, is that other key (`项目名称 高标准农田建设项目 主管部门`: not
            // 项目主管部门 after 高标准农田建设); a word wrapped over a space (`一级 指标`, `服务对象
            // 满意度指标`, `项目执行 单位`) stays whole.
            if let entry = found, case .key = entry.role, spaced, i > 0, !placesOf().afterWhitespace(i),
               let space = (i + 1..<(i + entry.scalars.count)).first(where: { placesOf().afterWhitespace($0) }),
               let after = vocabulary.match(compact, at: space), case .key = after.role, after.scalars.count >= 3,
               vocabulary.role(ofCell: Array(compact[i..<space])) == nil {
                i += 1
                continue
            }
            // A label word that also ends names (`name_ending_labels`), ending the cell after text
            // and a space (`居民 满意度`), ends the name: labels head names, they do not follow them.
            if let entry = found, case .label = entry.role, !glued, textStart < i, i > 0, i != lastWordEnd,
               vocabulary.nameEndingLabels.contains(entry.scalars),
               compact[i - 1] != ":", compact[i - 1] != "%", !Self.isDigit(compact[i - 1]),
               i + entry.scalars.count + FormVocabulary.hintLength(compact, from: i + entry.scalars.count).length == compact.count {
                i += 1
                continue
            }
            if let entry = found,
               allowed || { if case .title = entry.role { return true } else { return false } }()
                || (afterOrganisation && entry.scalars.count > 2 && { if case .key = entry.role { return true } else { return false } }()),
               // A row glued on its line starts a cell at the line's start (`区域新罗区、永定区…`).
               shortWordAllowed(entry, adjacent: i == lastWordEnd || (rowGlued && i == 0), afterColumn: lastWasColumn, glued: glued,
                                beforeColumn: { (i == 0 || i == lastWordEnd) && columnStarts(compact, at: i + entry.scalars.count) },
                                runsIntoName: {
                                    let end = i + entry.scalars.count
                                    guard end < compact.count, ChineseFold.isHan(compact[end].value) else { return false }
                                    return vocabulary.match(compact, at: end) == nil && !(spaced && placesOf().afterWhitespace(end))
                                })
                || (glued && standsBetweenFields(entry, in: compact, at: i, lastWordEnd: lastWordEnd, lastKeyEnd: lastKeyEnd)) {
                if textStart < i { cuts.append((textStart, i, nil, "")) }
                let hint = FormVocabulary.hintLength(compact, from: i + entry.scalars.count)
                var end = i + entry.scalars.count + hint.length
                // A field's required mark after its title (`一级指标*二级指标*`, glued) is the title's.
                if entry.role.marksField { while end < compact.count, vocabulary.fieldMarks.contains(compact[end]) { end += 1 } }
                cuts.append((i, end, entry.role, hint.hint))
                if case .column = entry.role { lastWasColumn = true } else { lastWasColumn = false }
                if case .label = entry.role { lastWasLabel = true } else { lastWasLabel = false }
                if case .key = entry.role, entry.scalars.count > 2 { lastKeyEnd = end }
                i = end
                textStart = end
                lastWordEnd = end
                continue
            }
            i += 1
        }
        // The piece is trimmed already: a cut spanning it all is its text, from its first scalar
        // kept for matching (a zero-width character before it is left out).
        let startsKept = raw.unicodeScalars.first.map { Self.compactScalar($0) != nil } ?? true
        guard !cuts.isEmpty else {
            // Not cut: the cell as it stands.
            var cell = FormCell(text: startsKept ? raw : placesOf().text(of: raw, from: 0, to: compact.count),
                                compact: compact, line: line, splitFromGlued: rowGlued)
            cell.rowOnItsLine = rowGlued
            cells.append(cell)
            return
        }
        if textStart < compact.count { cuts.append((textStart, compact.count, nil, "")) }
        let wasCut = cuts.count > 1
        let positions = placesOf()
        for cut in cuts {
            let whole = cut.start == 0 && cut.end == compact.count
            let piece = whole ? compact : Array(compact[cut.start..<cut.end])
            // Punctuation between words is no cell; a line of its own (`。` wrapped) is.
            if cut.role == nil, wasCut, piece.allSatisfy({ $0 == ":" || $0 == "," || $0 == "。" || $0 == "、" }),
               !(piece == ["。"] && cut.end == compact.count && compact.count <= 8) { continue }
            let text = whole && startsKept ? raw : positions.text(of: raw, from: cut.start, to: cut.end)
            var cell = FormCell(text: text, compact: piece, line: line, role: cut.role, hint: cut.hint)
            cell.splitFromGlued = (wasCut || rowGlued) && glued
            cell.rowOnItsLine = rowGlued
            cells.append(cell)
        }
    }

    /// Folded text that reads as a sentence: it ends as one (`。` `!` `?`) and has a clause
    /// before (`,` `、` `;` or another `。`), at least ten characters long; or it introduces what
    /// follows, a colon after a full stop (`…效果类指标。指标如下:`).
    static func isSentence(_ compact: [Unicode.Scalar]) -> Bool {
        guard compact.count >= 10, let last = compact.last else { return false }
        if last == ":" { return compact.dropLast().contains("。") }
        guard last == "。" || last == "!" || last == "?" else { return false }
        return compact.dropLast().contains { $0 == "," || $0 == "、" || $0 == ";" || $0 == "。" }
    }

    /// Where each folded scalar of a cell (`compactScalar`) starts in the cell's UTF-8, and
    /// whether whitespace stood right before it: what cutting needs of the text as shown.
    struct ScalarPlaces {
        /// Per folded scalar: its UTF-8 offset times two, plus one when whitespace stands right before it.
        private var places: [Int] = []

        init(_ text: String) {
            // Reserved, not `init(unsafeUninitializedCapacity:)` (see `compactScalars`).
            if let made = text.utf8.withContiguousStorageIfAvailable({ bytes -> [Int] in
                var made: [Int] = []
                made.reserveCapacity(UTF8Scalars.count(bytes))
                var start = 0
                var afterWhitespace = false
                while start < bytes.count {
                    // Printable ASCII and U+3001 to U+FEFE (three bytes led by E3 to EF) are kept for
                    // matching and are no whitespace, told without decoding (as `compactScalars`).
                    let b0 = bytes[start]
                    if b0 > 0x20 && b0 < 0x7F {
                        made.append(start << 1 | (afterWhitespace ? 1 : 0))
                        afterWhitespace = false
                        start += 1
                        continue
                    }
                    if b0 >= 0xE3 && b0 <= 0xEF {
                        let value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[start + 1] & 0x3F) << 6 | UInt32(bytes[start + 2] & 0x3F)
                        if value > 0x3000 && value < 0xFEFF {
                            made.append(start << 1 | (afterWhitespace ? 1 : 0))
                            afterWhitespace = false
                            start += 3
                            continue
                        }
                    }
                    var scalars = UTF8Scalars(bytes, from: start)
                    guard let scalar = scalars.next() else { break }
                    if FormCells.compactScalar(scalar) != nil { made.append(start << 1 | (afterWhitespace ? 1 : 0)) }
                    afterWhitespace = TextCleaning.isWhitespace(scalar)
                    start = scalars.offset
                }
                return made
            }) { places = made; return }
            var offset = 0
            var afterWhitespace = false
            for scalar in text.unicodeScalars {
                if FormCells.compactScalar(scalar) != nil { places.append(offset << 1 | (afterWhitespace ? 1 : 0)) }
                afterWhitespace = TextCleaning.isWhitespace(scalar)
                offset += UTF8.width(scalar)
            }
        }

        func afterWhitespace(_ i: Int) -> Bool { places[i] & 1 == 1 }
        /// How many folded scalars the text has.
        var count: Int { places.count }

        /// The text from folded scalar `from` up to folded scalar `to` (the end when past the
        /// last), without the spaces around it: the text's own bytes, sliced at once.
        func text(of text: String, from: Int, to: Int) -> String {
            var bytesOf = text
            return bytesOf.withUTF8 { bytes in
                let (first, last) = TextCleaning.trimmedBounds(bytes, from: places[from] >> 1, to: to < places.count ? places[to] >> 1 : bytes.count)
                return first == last ? "" : String(validUTF8: UnsafeBufferPointer(rebasing: bytes[first..<last]))
            }
        }
    }

    /// Two-character column titles (`单位`, `分值`, `备注`) and keys (`区域`) are ordinary
    /// words too: inside text they count only next to another column title.
    /// A column title of two characters (`数值`, `单位`) is one beside another title: after one
    /// (`指标值数值计量单位`) or opening a cell right before one (`数值计量单位`, a header's second
    /// row run together on its line). `beforeColumn` is asked only then.
    /// `runsIntoName`: the word runs on into text no word starts, with no space or mark between
    /// (`数量达标率`, `质量符合国家标准`): in a cell of its own, a name that begins as a short label does.
    func shortWordAllowed(_ entry: FormVocabulary.Entry, adjacent: Bool, afterColumn: Bool, glued: Bool,
                          beforeColumn: () -> Bool = { false }, runsIntoName: () -> Bool = { false }) -> Bool {
        // `产出` matched only before a level-2 label (`产出数量指标`): a label wherever it stands.
        if entry.onlyBeforeLevel2 { return true }
        switch entry.scalars.count {
        case ...2:
            switch entry.role {
            case .column: return (adjacent && afterColumn) || beforeColumn()
            // A note's mark with its colon (`注:`) opens the notes under a table even glued to
            // its last cell (`…100%说明无注:1、其他资金…`): names do not hold one.
            case .chrome where entry.scalars.last == ":": return true
            case .label: return adjacent || (!glued && !runsIntoName())
            case .key, .chrome: return adjacent || !glued
            default: return true
            }
        case 3:
            // `满意度` and `产出` are labels alone in a cell, ordinary words inside glued text.
            if case .label = entry.role { return adjacent || (!glued && !runsIntoName()) }
            return true
        default:
            return true
        }
    }

    /// A two-character key inside glued text (`…项目名称宗教管理经费补助区域新罗区、永定区资金情况…`)
    /// is a key where the header's structure has a place for it: right after the value of
    /// the key before it (the last word cut, with a value of two characters or more between)
    /// and followed by a value of its own up to the next key. Inside a name or a sentence
    /// (`城区域名`, `…区域协调发展…` with no key after it) it stays text, in any rendering.
    func standsBetweenFields(_ entry: FormVocabulary.Entry, in compact: [Unicode.Scalar], at i: Int,
                             lastWordEnd: Int, lastKeyEnd: Int) -> Bool {
        guard case .key = entry.role, entry.scalars.count <= 2,
              lastKeyEnd >= 0, lastWordEnd == lastKeyEnd, i - lastKeyEnd >= 2 else { return false }
        // The next word of the vocabulary after this one: a key, after a value of at least one character.
        var j = i + entry.scalars.count + 1
        while j < compact.count {
            if let next = vocabulary.match(compact, at: j), next.scalars.count > 2 {
                if case .key = next.role { return true }
                return false
            }
            j += 1
        }
        return false
    }

    /// Whether a column title starts at `i`.
    func columnStarts(_ compact: [Unicode.Scalar], at i: Int) -> Bool {
        guard i < compact.count, let entry = vocabulary.match(compact, at: i), case .column = entry.role else { return false }
        return true
    }

    /// Whether a line is a table's column titles run together (`一级指标二级指标三级指标指标值分值`,
    /// perhaps after the table's label, `绩效指标` or `绩效目标`): a copy whose rows lost the
    /// separators between their cells.
    func hasGluedHeader(_ lines: [RawLine]) -> Bool {
        lines.indices.contains { k in
            // One line as written (words broken over lines and joined back, `一级指` / `标`, are no glued row).
            // Column titles have no digits: most lines (`指标1:…`, amounts) are told so before any look-up.
            guard !lines[k].isGrid, lines[k].pieceCount == 1, lines[k].lineCount == 1, let compact = lines[k].firstCompact,
                  compact.count >= 8, !compact[..<8].contains(where: Self.isDigit) else { return false }
            var i = 0, titles = 0
            var joints: [Int] = []  // where each word after the first starts
            while titles < 3, let entry = vocabulary.match(compact, at: i) {
                switch entry.role {
                case .column: titles += 1
                case .tableLabel where titles == 0, .key where titles == 0: break  // the table's label (绩效指标, 绩效目标)
                default: return false
                }
                if i > 0 { joints.append(i) }
                i += entry.scalars.count + FormVocabulary.hintLength(compact, from: i + entry.scalars.count).length
            }
            // Nothing between the titles: titles apart by spaces are a row split by spaces (a space
            // inside a title, `一级 指标`, `绩 效 指 标`, is a wrap).
            guard titles == 3 else { return false }
            let places = ScalarPlaces(lines[k].firstPiece)
            // The table's first row holds cells run together too (a second header row may stand between).
            return !joints.contains { places.afterWhitespace($0) } && (holdsCells(lines, at: k + 1) || holdsCells(lines, at: k + 2))
        }
    }

    /// Whether line `k` holds more than one cell run together: a word with more after it
    /// (`产出指标数量指标…`, `数值计量单位`) or a name with a number after it (`新建面积100亩20`,
    /// `501-苍溪县卫生健康局65.00`). A header glued above a table of one cell a line (`产出指标`,
    /// `≥100亩` …) is no sign for its rows.
    func holdsCells(_ lines: [RawLine], at k: Int) -> Bool {
        guard k < lines.count, !lines[k].isGrid, lines[k].pieceCount == 1, let compact = lines[k].firstCompact else { return false }
        if let word = vocabulary.match(compact, at: 0) {
            return word.scalars.count + FormVocabulary.hintLength(compact, from: word.scalars.count).length < compact.count
        }
        guard let han = compact.firstIndex(where: { ChineseFold.isHan($0.value) }) else { return false }
        return compact[han...].contains(where: Self.isDigit)
    }

    func wordCount(_ compact: [Unicode.Scalar]) -> Int {
        var count = 0
        var i = 0
        while i < compact.count {
            if let entry = vocabulary.match(compact, at: i), entry.scalars.count > 2 {
                switch entry.role {
                // Level labels run together count too (`…100%质量指标储备粮…率100%时效指标…`): a
                // long line of them is a table's rows glued, as a page break leaves them.
                case .title, .key, .column, .label: count += 1
                default: break
                }
                i += entry.scalars.count
            } else {
                i += 1
            }
        }
        return count
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    /// One scalar of already folded display text as matching wants it: no spaces or
    /// zero-width characters, full-width ASCII as ASCII, ≧ ≦ (⩾ ⩽) as ≥ ≤, ═ as =.
    static func compactScalar(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        // Most scalars are Han characters or printable ASCII, which stay as they are.
        if (0x3001..<0xFE50).contains(s.value) || (0x21...0x7E).contains(s.value) { return s }
        switch s.value {
        case 0xFE64: return "<"
        case 0xFE65: return ">"
        case 0xFE66: return "="
        case 0xFE50..<0xFEFF: return s
        case 0x200B...0x200D, 0x2060, 0xFEFF: return nil
        case 0xFF01...0xFF5E: return Unicode.Scalar(s.value - 0xFEE0)
        case 0x2267, 0x2A7E: return "≥"
        case 0x2266, 0x2A7D: return "≤"
        case 0x2550: return "="
        default: return TextCleaning.isWhitespace(s) ? nil : s
        }
    }
}
