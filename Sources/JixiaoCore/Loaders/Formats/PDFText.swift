import Foundation

/// Reads a PDF's text with Poppler (`pdftotext -bbox-layout`, every word with its box) and
/// turns each page into a grid from the words' positions alone (it knows no layout):
/// - words on one visual line (same vertical band) are a line; the columns of a page start
///   where white lines up down the page (`columnStarts`); each word goes to the last column
///   starting at or left of it; lines join into one row where a cell wraps (`grid`);
/// - a document none of whose pages has two columns (running text) becomes plain lines, words
///   joined by spaces, with a blank line where the vertical gap between two lines is more
///   than half a line (a wrapped cell or an empty paragraph), which is how the text exports
///   mark wrapped cells; such pages follow each other with no blank line unless the page
///   starts lower than the others do.
/// Pages of a grid are separated by a blank line, as sheets are. Poppler gives no ruling
/// lines, so merged cells are not known: a merged cell's text stands in the row where it is
/// printed (for a vertically centred label, the middle of its rows).
struct PDFText {
    let path: String
    let file: String
    /// The words page furniture is told by (page numbers, sheet names, a line the forms have
    /// no use for: see `RunningHead`); none without it.
    let vocabulary: FormVocabulary?

    struct Word: Sendable {
        var xMin: Double, yMin: Double, xMax: Double, yMax: Double
        var text: String
        var height: Double { yMax - yMin }
        var centerY: Double { (yMin + yMax) / 2 }
    }

    struct Line: Sendable {
        var words: [Word]
        var yMin: Double { words.map(\.yMin).min() ?? 0 }
        var yMax: Double { words.map(\.yMax).max() ?? 0 }
        var height: Double { yMax - yMin }
        var centerY: Double { (yMin + yMax) / 2 }
    }

    struct Page: Sendable {
        var width: Double
        var height: Double
        var words: [Word] = []
    }

    func extract() throws -> ExtractedText {
        let pages = try Self.parse(try runPdftotext(), file: file)
        let wordCount = pages.reduce(0) { $0 + $1.words.count }
        guard wordCount > 0 else {
            throw LoadError(file: file, message: "PDF 中没有文字层（\(pages.count) 页，可能是扫描件）(a PDF with no text: scanned pages need OCR first): expected a PDF with selectable text")
        }
        return Self.rebuild(pages: pages.map { Self.lines(of: $0.words) }, vocabulary: vocabulary)
    }

    // MARK: Running pdftotext

    /// Where Poppler's `pdftotext` is: on `PATH`, or the Debian location.
    static func pdftotextPath() -> String? {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":").map { "\($0)/pdftotext" } + ["/usr/bin/pdftotext"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let timeoutSeconds = 120

    func runPdftotext() throws -> Data {
        guard let tool = Self.pdftotextPath() else {
            throw LoadError(file: file, message: "读取 PDF 需要 Poppler 的 pdftotext，但未安装 (pdftotext not found: install poppler-utils)")
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("jixiao-pdf-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("words.html")
        let errors = directory.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-bbox-layout", "-enc", "UTF-8", "-q", path, output.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorHandle = try? FileHandle(forWritingTo: errors)
        process.standardError = errorHandle ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw LoadError(file: file, message: "无法运行 pdftotext (cannot run \(tool): \(error.localizedDescription))")
        }
        // A PDF that keeps pdftotext busy for minutes is given up, not waited for.
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(Self.timeoutSeconds), execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        try? errorHandle?.close()
        let message = (try? String(contentsOf: errors, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output) else {
            let reason: String
            switch process.terminationStatus {
            case _ where process.terminationReason == .uncaughtSignal:
                reason = "pdftotext 被终止（超过 \(Self.timeoutSeconds) 秒或崩溃）(pdftotext timed out or crashed: a damaged PDF?)"
            case 1: reason = "PDF 无法打开或已损坏 (damaged or truncated PDF)"
            case 3: reason = "PDF 禁止提取文字或设有密码 (text extraction not permitted / password-protected PDF)"
            default: reason = "pdftotext 失败，退出码 \(process.terminationStatus)"
            }
            throw LoadError(file: file, message: reason + (message.isEmpty ? "" : " [\(message.prefix(300))]")
                            + ": expected an intact PDF with selectable text")
        }
        return data
    }

    // MARK: Words and lines

    /// The pages and their words from pdftotext's XHTML.
    static func parse(_ xhtml: Data, file: String) throws -> [Page] {
        var pages: [Page] = []
        var word: Word?
        do {
            try XMLEvents.walk(xhtml, start: { name, attributes in
                let number = { (key: String) in attributes[key].flatMap(Double.init) ?? 0 }
                switch name {
                case "page": pages.append(Page(width: number("width"), height: number("height")))
                case "word":
                    word = Word(xMin: number("xMin"), yMin: number("yMin"), xMax: number("xMax"),
                                yMax: number("yMax"), text: "")
                default: break
                }
            }, end: { name in
                guard name == "word", let finished = word else { return }
                word = nil
                let text = finished.text.trimmingCharacters(in: .whitespacesAndNewlines)
                // A box that is not a finite number (a hostile file) places nothing.
                guard !text.isEmpty, !pages.isEmpty,
                      [finished.xMin, finished.yMin, finished.xMax, finished.yMax].allSatisfy(\.isFinite),
                      finished.xMax >= finished.xMin, finished.yMax >= finished.yMin else { return }
                var kept = finished
                kept.text = text
                pages[pages.count - 1].words.append(kept)
            }, text: { text in
                word?.text += text
            })
        } catch let error as XMLEvents.Malformed {
            throw LoadError(file: file, message: "无法解析 pdftotext 的输出 (unreadable pdftotext output, line \(error.line): \(error.reason))")
        }
        return pages
    }

    /// Words grouped into visual lines: same vertical band, left to right.
    static func lines(of words: [Word]) -> [Line] {
        var lines: [Line] = []
        for word in words.sorted(by: { ($0.centerY, $0.xMin) < ($1.centerY, $1.xMin) }) {
            if let last = lines.last,
               abs(word.centerY - last.centerY) <= 0.4 * min(max(word.height, 1), max(last.height, 1)) {
                lines[lines.count - 1].words.append(word)
            } else {
                lines.append(Line(words: [word]))
            }
        }
        return lines.map { Line(words: $0.words.sorted { $0.xMin < $1.xMin }) }
    }

    /// Words of one cell or one line joined: a gap wider than a narrow space is a space,
    /// except the small gap typesetters put between a number and the Chinese after it
    /// (Word's and Writer's automatic Asian/Latin spacing: `45 条` is `45条`), between
    /// Chinese and the numbering after it (`指标 1：` is `指标1：`), or between the ordinal
    /// prefix 第 and its number (`第 1项` is `第1项`: no cell ends in 第). Between Chinese and
    /// a number or Latin letter after it, where cells are usually separated (`运维 45条`), only
    /// Writer's automatic spacing, narrower than any typed space, is none (`2024年 12月` is
    /// `2024年12月`: 0.154 of the line's height in every Writer PDF measured, typed spaces and cells
    /// one space apart 0.198 and more).
    static func join(_ words: [Word]) -> String {
        var text = ""
        var previous: Word?
        for word in words {
            if let previous {
                let gap = word.xMin - previous.xMax
                let size = max(min(word.height, previous.height), 1)
                let unitAfterNumber = previous.text.last.map(isLatinEnd) == true
                    && word.text.first.map(TextCleaning.isCJK) == true
                let numberingAfterChinese = previous.text.last.map(TextCleaning.isCJK) == true
                    && word.text.firstMatch(of: numbering) != nil
                let ordinal = previous.text.last == ordinalPrefix && word.text.first.map { isNumberCharacter($0, separator: false) } == true
                let latinAfterChinese = previous.text.last.map(TextCleaning.isCJK) == true
                    && word.text.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true
                let autospace = ((unitAfterNumber || numberingAfterChinese || ordinal) && gap < 0.35 * size)
                    || (latinAfterChinese && gap < 0.18 * size)
                // A word left of the one before it starts the next line of a wrapped cell joined
                // into one (`PDFBottomAlignedCells`): a space between Latin words, none in Chinese.
                let wrapsBack = word.xMin < previous.xMin
                if wrapsBack {
                    if let last = previous.text.last, let first = word.text.first,
                       !(TextCleaning.isCJK(last) || TextCleaning.isCJK(first)) { text += " " }
                } else if gap > 0.15 * size && !autospace { text += " " }
            }
            text += word.text
            previous = word
        }
        return text
    }

    /// A digit (ASCII or full-width), or with `separator` a comma or point between them.
    static func isNumberCharacter(_ character: Character, separator: Bool = true) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        if ("0"..."9").contains(scalar) || (0xFF10...0xFF19).contains(scalar.value) { return true }
        return separator && [",", ".", "\u{FF0C}", "\u{FF0E}"].contains(scalar)
    }

    static func hasChinese(_ word: Word) -> Bool {
        word.text.contains(where: TextCleaning.isCJK)
    }

    nonisolated(unsafe) static let numbering = /^[0-9]+[：:、]/
    /// The ordinal prefix (第 1 项, 第 3 季度): bound to the number after it.
    static let ordinalPrefix: Character = "第"

    /// A number or Latin letter (or a sign such as `%`) that a unit in Chinese may follow.
    static func isLatinEnd(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "%.".contains(character))
    }

    // MARK: Rebuilding the text

    /// A run of words on one line close enough to be one piece of text (a gap of at most
    /// `segmentGap` line heights: a space, not the padding between two cells).
    struct Segment: Sendable {
        var words: [Word]
        var xMin: Double { words.first?.xMin ?? 0 }
        var xMax: Double { words.last?.xMax ?? 0 }
    }

    static let segmentGap = 0.3

    static let maxGridWords = 5_000

    static func segments(of line: Line) -> [Segment] {
        var result: [Segment] = []
        for word in line.words {
            if let last = result.last?.words.last,
               word.xMin - last.xMax <= segmentGap * max(min(word.height, last.height), 1) {
                result[result.count - 1].words.append(word)
            } else {
                result.append(Segment(words: [word]))
            }
        }
        return result
    }

    /// Where the columns of a page start, found from its words alone. Every left edge of a
    /// word is a candidate; one is a column start when
    /// - just left of it the page is white: among the lines of two pieces or more around the
    ///   lines where words start there (a line above and below: a table's header and its
    ///   rows), at most one in four has a word running across it (a heading or a merged cell
    ///   may: `854万(…)` merged over the columns of a key row between `项目主管部门`'s value
    ///   and the title `指标权重` starting at one place), and no more than one in four of the
    ///   lines starting there has a word running across that ends where theirs end (numbers
    ///   right-aligned in one column: `10000` over `50` is no column starting at `50`), and
    /// - on some line the word starting there follows white wider than a space (a column's
    ///   title, or a cell after a shorter one), or it opens the text of two lines or more
    ///   (a column whose cells to the left are empty): text that only ever continues after a
    ///   space (a name wrapped into runs of one width, words that line up in running text)
    ///   starts no column.
    /// The page's leftmost text always starts a column. A page of more than `maxGridWords`
    /// words (no form's page comes near) is one column, so the search stays quick.
    static func columnStarts(of lines: [Line]) -> [Double] {
        let words = lines.flatMap(\.words)
        guard let left = words.map(\.xMin).min() else { return [] }
        guard words.count <= maxGridWords else { return [left] }
        let heights = words.map(\.height).sorted()
        let size = max(heights[heights.count / 2], 1)
        let tolerance = 1.0
        let pieceCounts = lines.map { segments(of: $0).count }
        // Candidates: left edges of words, clustered.
        var clusters: [[Double]] = []
        for edge in words.map(\.xMin).sorted() {
            if let last = clusters.last?.last, edge - last <= tolerance {
                clusters[clusters.count - 1].append(edge)
            } else {
                clusters.append([edge])
            }
        }
        var starts: [Double] = [left]
        for cluster in clusters {
            let x = cluster[0]
            guard x > left + tolerance else { continue }
            let probe = x - tolerance
            // Where words start here, and what precedes each on its line.
            var starting: [Int] = []
            var preceding: [Word?] = []
            var ends: [Double] = []  // where the words starting here end
            for (number, line) in lines.enumerated() {
                guard let index = line.words.firstIndex(where: { abs($0.xMin - x) <= tolerance }) else { continue }
                starting.append(number)
                preceding.append(index > 0 ? line.words[index - 1] : nil)
                ends.append(line.words[index].xMax)
            }
            guard let top = starting.map({ lines[$0].yMin }).min(),
                  let bottom = starting.map({ lines[$0].yMax }).max() else { continue }
            // White wider than a space before it on some line, or a line's text starting here.
            let wideGap = preceding.contains { word in word.map { x - $0.xMax > segmentGap * size } ?? false }
            let opensLine = preceding.contains { $0 == nil }
            guard wideGap || (opensLine && starting.count >= 2) else { continue }
            var around = 0, crossings = 0, aligned = 0
            for (number, line) in lines.enumerated()
            where pieceCounts[number] > 1 && line.centerY >= top - 1.5 * size && line.centerY <= bottom + 1.5 * size {
                around += 1
                guard let across = line.words.first(where: { $0.xMin < probe && $0.xMax > probe + tolerance }) else { continue }
                crossings += 1
                if ends.contains(where: { abs($0 - across.xMax) <= tolerance }) { aligned += 1 }
            }
            guard crossings * 4 <= max(around, starting.count), aligned * 4 <= starting.count else { continue }
            starts.append(x)
        }
        return merged(starts, lines: lines)
    }

    /// Two neighbouring columns that never hold text side by side (words overlapping by a
    /// third of a line vertically) are one column: a title over numbers aligned to the right,
    /// or a cell's text that starts at another place on every line (a column is what
    /// separates text printed side by side).
    static func merged(_ starts: [Double], lines: [Line]) -> [Double] {
        guard starts.count > 2 else { return starts }
        let words = lines.flatMap(\.words).sorted { $0.yMin < $1.yMin }
        let columns = words.map { word in starts.lastIndex { $0 <= word.xMin + 1 } ?? 0 }
        var beside = Set<[Int]>()
        for first in words.indices {
            let a = words[first]
            for second in words.indices[(first + 1)...] {
                let b = words[second]
                if b.yMin >= a.yMax { break }
                let overlap = min(a.yMax, b.yMax) - max(a.yMin, b.yMin)
                if columns[first] != columns[second], overlap > min(a.height, b.height) / 3 {
                    beside.insert([min(columns[first], columns[second]), max(columns[first], columns[second])])
                }
            }
        }
        // A merged column starts at its first start, unless only one line starts there and two
        // lines or more start at a later one with text, not numbers (a title over numbers aligned
        // right is the column's start; a notice's line above the table, split where a gap falls,
        // starts no column of the table).
        let support = starts.map { start in
            let starting = lines.compactMap { line in line.words.first { abs($0.xMin - start) <= 1 } }
            return starting.allSatisfy { isNumber([$0]) } ? 0 : starting.count
        }
        var groups: [[Int]] = [[0]]
        for index in 1..<starts.count {
            if groups[groups.count - 1].contains(where: { beside.contains([$0, index]) }) {
                groups.append([index])
            } else {
                groups[groups.count - 1].append(index)
            }
        }
        return groups.map { group in
            starts[group.dropFirst().first { support[group[0]] < 2 && support[$0] >= 2 } ?? group[0]]
        }
    }

    /// A row of a page's grid: its cells (column → the words of each of its lines there),
    /// its bottom, the last line of each cell (column → words), and the last line added
    /// when it was one cell of text.
    struct Row: Sendable {
        var cells: [Int: [[Word]]] = [:]
        var yMax: Double
        var last: [Int: [Word]] = [:]
        var lastParagraph: [Word]?

        /// `extending: false` for a line that only overlaps the row: its bottom is not the row's.
        mutating func add(_ column: Int, _ words: [Word], extending: Bool = true) {
            cells[column, default: []].append(words)
            last[column] = words
            if extending { yMax = max(yMax, words.map(\.yMax).max() ?? yMax) }
        }
    }

    /// A page's grid: its rows, and where its columns start and its text ends.
    struct PageGrid: Sendable {
        var rows: [Row]
        var columns: [Double]
        var rightEdge: Double

        func columnEnd(_ column: Int) -> Double { column + 1 < columns.count ? columns[column + 1] : rightEdge }

        /// Whether line `index` of a cell ends a number that the next line goes on with, cut
        /// where the column ended (`1,570,000.0` / `0` in a narrow column): its digits reached
        /// the column's end, and the next line's first digit would not have fitted after them.
        func brokenNumber(_ lines: [[Word]], at index: Int, column: Int) -> Bool {
            guard index + 1 < lines.count, let last = lines[index].last, let next = lines[index + 1].first,
                  let end = last.text.last, let start = next.text.first,
                  PDFText.isNumberCharacter(end), PDFText.isNumberCharacter(start, separator: false) else { return false }
            let digit = (next.xMax - next.xMin) / Double(max(next.text.count, 1))
            return last.xMax + 2 * digit > columnEnd(column)
        }

        func sheet(name: String) -> SheetGrid {
            var grid = SheetGrid(name: name)
            for (rowIndex, row) in rows.enumerated() {
                for (column, parts) in row.cells {
                    grid.set(row: rowIndex + 1, column: column + 1,
                             joinLines(parts.map(join), brokenAfter: parts.indices.map { brokenNumber(parts, at: $0, column: column) }))
                }
            }
            return grid
        }
    }

    /// A page's lines as rows of cells. Each piece of text goes to the last column that
    /// starts at or left of it; a word boundary (or a gap inside a word, see `split`) that
    /// falls on a column start separates two cells. A line joins the row above it when
    /// - it overlaps it by more than a quarter of a line (a cell centred on a wrapped
    ///   neighbour: `≥1个` beside the two lines of `贫困地区建设少数民族聚居村养殖场`), or
    /// - it follows it closely and continues, left-aligned, a cell whose last line filled
    ///   its column (a wrapped cell), starting no other cell where the row has text.
    /// The lines of a cell are joined as `joinLines` says.
    static func grid(of lines: [Line], columns: [Double], em: Double, name: String) -> SheetGrid {
        rows(of: lines, columns: columns, em: em).sheet(name: name)
    }

    static func rows(of lines: [Line], columns: [Double], em: Double) -> PageGrid {
        let rightEdge = lines.flatMap(\.words).map(\.xMax).max() ?? 0
        guard !lines.isEmpty, !columns.isEmpty else { return PageGrid(rows: [], columns: columns, rightEdge: rightEdge) }
        let pageLeft = lines.flatMap(\.words).map(\.xMin).min() ?? 0, pageRight = rightEdge
        // The usual height of a word of Chinese only: a word of Chinese set larger (a title)
        // has wider characters, which are no gap where a column starts (`2024年 度`).
        let chineseHeights = lines.flatMap(\.words).filter { word in word.text.allSatisfy(TextCleaning.isCJK) }.map(\.height).sorted()
        let chineseHeight = chineseHeights.isEmpty ? 0 : chineseHeights[chineseHeights.count / 2]
        func emOf(_ word: Word) -> Double {
            guard chineseHeight > 0, word.height > 1.1 * chineseHeight, word.text.allSatisfy(TextCleaning.isCJK) else { return em }
            return em * word.height / chineseHeight
        }
        // Each line's cells: column → words.
        let printed: [[Int: [Word]]] = lines.map { line in
            var cells: [Int: [Word]] = [:]
            for piece in segments(of: line) {
                var column = columns.lastIndex { $0 <= piece.xMin + 2 } ?? 0
                for word in piece.words {
                    for part in split(word, at: columns, em: emOf(word)) {
                        // Inside a piece, only a word that begins at a column start begins a
                        // cell (`95 %` in two tight cells); running text crossing columns stays.
                        if let start = columns.lastIndex(where: { abs($0 - part.xMin) <= 1.5 }), start > column {
                            column = start
                        }
                        cells[column, default: []].append(part)
                    }
                }
            }
            return cells
        }
        // Cells printed at the bottom of their rows (Calc) first put on their row's line.
        let placed = bottomAlignedCellsJoined(printed, columns: columns, rightEdge: rightEdge, em: em)
        func columnEnd(_ column: Int) -> Double { column + 1 < columns.count ? columns[column + 1] : rightEdge }
        /// A cell's line that goes on from the line above it in the same cell: right below
        /// it, starting where it starts, and the line above filled the column (it wrapped).
        func wrapsOn(_ words: [Word], below above: [Word]?, column: Int, size: Double) -> Bool {
            guard let above, let first = words.first, let top = above.first, let end = above.last else { return false }
            let bottom = above.map(\.yMax).max() ?? end.yMax
            let start = words.map(\.yMin).min() ?? first.yMin
            // Latin text set in another font than the Chinese above it has a taller box (`(%)`
            // under `…项目开展率`, `(biāo)` under `績效指標` seemed to overlap the line above).
            let mixed = words.contains(where: Self.hasChinese) != above.contains(where: Self.hasChinese)
            // So do the lines of a number cut where a narrow column ends (`1,570,000.0` / `0`): its
            // rest, left-aligned under it, ends short of the column (a number of the next row,
            // aligned right as sheets print numbers, ends at it).
            let brokenNumber = end.text.last.map { Self.isNumberCharacter($0) } == true
                && first.text.first.map { Self.isNumberCharacter($0, separator: false) } == true
                && (words.last?.xMax ?? 0) < columnEnd(column) - 2 * (first.xMax - first.xMin) / Double(max(first.text.count, 1))
            let overlap = mixed || brokenNumber ? 0.15 * size : 0
            // Left-aligned text that reached the column's end (a number aligned right always
            // reaches it, and never wraps).
            // Lines of one paragraph never overlap: rows packed tighter than a line are rows.
            return start - bottom < 0.15 * size && start - bottom >= -overlap && abs(first.xMin - top.xMin) <= 0.2 * size
                && top.xMin - columns[column] <= 0.5 * em && end.xMax >= columnEnd(column) - 1.5 * em
        }
        /// Its last line, narrower than the line it goes on from.
        func narrower(_ words: [Word], than above: [Word]) -> Bool {
            guard let left = words.first?.xMin, let right = words.last?.xMax,
                  let aboveLeft = above.first?.xMin, let aboveRight = above.last?.xMax else { return false }
            return right - left < aboveRight - aboveLeft - 0.5 * em
        }
        var rows: [Row] = []
        /// A column where the row and the two above it each hold one line of their own (values,
        /// not a label merged over a group, whose rows between its lines hold none): a line
        /// beside the next row's text there is that row's cell (`有效保障` then `≥90%` in a table's
        /// last column, whose end only its widest text tells).
        func everyRowsOwn(_ column: Int, upTo target: Int) -> Bool {
            target >= 2 && (target - 2...target).allSatisfy { rows[$0].cells[column]?.count == 1 }
        }
        for (index, line) in lines.enumerated() {
            var cells = placed[index]
            if cells.isEmpty { continue }  // its text moved down to its row's line
            let size = max(line.height, 1)
            // A cell that ends a wrapped cell of one of the last two rows, printed beside the
            // next row's text (a label centred over several rows), goes back to that cell.
            if cells.count > 1 || rows.count > 1 {
                for (column, words) in cells {
                    guard let target = rows.indices.suffix(2).last(where: { rows[$0].last[column] != nil }),
                          target == rows.count - 1 || rows[rows.count - 1].last[column] == nil,
                          !everyRowsOwn(column, upTo: target),
                          let above = rows[target].last[column], narrower(words, than: above),
                          wrapsOn(words, below: above, column: column, size: size) else { continue }
                    rows[target].add(column, words)
                    cells[column] = nil
                }
                if cells.isEmpty { continue }
            }
            // The rest of the line.
            let top = cells.values.joined().map(\.yMin).min() ?? line.yMin
            if let row = rows.last {
                let overlaps = top < row.yMax - 0.25 * size
                // Wrapped: some cell goes on from the row's, the others are cells the row lacks
                // (a value centred beside a label printed over three lines).
                let wraps = cells.contains { wrapsOn($1, below: row.last[$0], column: $0, size: size) }
                    && cells.allSatisfy { column, words in
                        row.last[column] == nil || wrapsOn(words, below: row.last[column], column: column, size: size)
                    }
                // A cell the row already has goes on only right below its last line (a line
                // of the same cell); lower down, it is the next row's cell. Higher up, over
                // its last line by more than boxes overlap (or Latin text's taller box), it is
                // the next row's too: a cell's lines never overlap (`政拨款45万元` over `年度目标:…`,
                // two key rows packed tighter than a line in a narrow column).
                let continues = cells.allSatisfy { column, words in
                    guard let above = row.last[column] else { return true }
                    let bottom = above.map(\.yMax).max() ?? 0
                    let mixed = words.contains(where: Self.hasChinese) != above.contains(where: Self.hasChinese)
                    let start = words.map(\.yMin).min() ?? top
                    return top - bottom < 0.15 * size && (mixed || start - bottom >= -0.15 * size)
                }
                // A cell broken by hand over three lines or more, centred with its row (Writer): its
                // last line stands below the row's other cells, which are centred between its first
                // and last lines (`项目支` / `出` / `名称` beside `乡村振兴产业发展`).
                if cells.count == 1, let (column, words) = cells.first, let above = row.last[column],
                   let lines = row.cells[column], let first = lines.first?.first, let start = words.first,
                   abs(start.xMin - first.xMin) <= 0.2 * size {
                    let centres = row.cells.filter { $0.key != column }.map { Line(words: Array($0.value.joined())).centerY }.sorted()
                    // The cell's extent: from its first line's top to this line's foot.
                    let cellCentre = (Line(words: Array(lines.joined())).yMin + Line(words: words).yMax) / 2
                    if lines.count >= 2, !centres.isEmpty, abs(Line(words: words).yMin - Line(words: above).yMax) < 0.15 * size,
                       abs(centres[centres.count / 2] - cellCentre) <= 0.1 * size {
                        rows[rows.count - 1].add(column, words, extending: false)
                        continue
                    }
                }
                // A paragraph that filled the page's width going on (a long title, wrapped).
                var paragraph: Int?
                if cells.count == 1, let above = row.lastParagraph, let words = cells.values.first,
                   let aboveLeft = above.first?.xMin, let aboveRight = above.last?.xMax {
                    let gap = top - (above.map(\.yMax).max() ?? 0)
                    if gap >= 0, gap < 0.15 * size, aboveRight - aboveLeft >= 0.9 * (pageRight - pageLeft), !words.isEmpty {
                        paragraph = row.last.first { $0.value.first?.xMin == aboveLeft }?.key
                    }
                }
                if let column = paragraph, let words = cells.values.first {
                    // Into the paragraph's own cell, wherever its last line starts.
                    rows[rows.count - 1].add(column, words)
                    rows[rows.count - 1].lastParagraph = words
                    continue
                }
                if (overlaps || wraps) && continues {
                    // One cell's line printed beside a row of the table (a merged cell centred over
                    // several rows, wrapped) does not make the row reach down to the next row's text.
                    let beside = !wraps && cells.count == 1 && row.cells.count > 1
                    for (column, words) in cells.sorted(by: { $0.key < $1.key }) {
                        rows[rows.count - 1].add(column, words, extending: !beside)
                    }
                    rows[rows.count - 1].lastParagraph = cells.count == 1 ? cells.values.first : nil
                    continue
                }
            }
            var next = Row(yMax: top)
            for (column, words) in cells.sorted(by: { $0.key < $1.key }) { next.add(column, words) }
            next.lastParagraph = cells.count == 1 ? cells.values.first : nil
            if !next.cells.isEmpty { rows.append(next) }
        }
        return PageGrid(rows: rows, columns: columns, rightEdge: rightEdge)
    }

    /// A cell cut by a page break: the next page's first row is one line whose every cell
    /// goes on, left-aligned, from a cell of this page's last row whose line was full (the
    /// next character would not have fitted). It joins that row (`资金` at the foot of one page, `总额:` at the top of
    /// the next); returns false when it does not.
    static func joinAcrossPageBreak(_ previous: inout PageGrid, _ next: inout PageGrid, em: Double) -> Bool {
        guard let last = previous.rows.last, let first = next.rows.first, !first.cells.isEmpty,
              first.cells.values.allSatisfy({ $0.count == 1 }) else { return false }
        var moves: [(Int, [Word])] = []
        for (_, lines) in first.cells {
            let words = lines[0]
            guard let start = words.first?.xMin, let right = words.last?.xMax,
                  let (column, above) = last.last.first(where: { abs(($0.value.first?.xMin ?? .infinity) - start) <= 1 }),
                  let top = above.first, let end = above.last,
                  top.xMin - previous.columns[column] <= 0.5 * em,
                  // The first character of the next page's line would not have fitted.
                  let firstCharacter = words.first.map({ ($0.xMax - $0.xMin) / Double(max($0.text.count, 1)) }),
                  end.xMax + firstCharacter > previous.columnEnd(column) - 0.5 * em,
                  right > start else { return false }
            moves.append((column, words))
        }
        for (column, words) in moves { previous.rows[previous.rows.count - 1].add(column, words) }
        next.rows.removeFirst()
        return true
    }

    /// The lines of one cell as one text: a line wrapped inside Chinese text goes on with
    /// no space (`指標` + `(biāo)值` is `指標(biāo)值`), as it was typed, and so does one broken
    /// after a hyphen or slash or before a closing sign (`2024-11-` / `30`, `>=95` / `%`);
    /// between two Latin words or numbers the wrap was a space.
    static func joinLines(_ lines: [String], brokenAfter: [Bool] = []) -> String {
        var text = ""
        for (index, line) in lines.enumerated() where !line.isEmpty {
            if let last = text.last, let first = line.first, !(index > 0 && brokenAfter.indices.contains(index - 1) && brokenAfter[index - 1]),
               !(TextCleaning.isCJK(last) || TextCleaning.isCJK(first)), !"-/".contains(last), !closingSigns.contains(first) {
                text += " "
            }
            text += line
        }
        return text
    }

    /// The page header printed at the top of every page: a spreadsheet's sheet name (Calc's
    /// default header, `Sheet1`) or a word processor's header (`澧县2021年部门预算公开`, `附件3`), the
    /// same one cell at the same height on each of two or more pages, above the rest. Where a
    /// table runs on over a page break, it had been read as one of its rows (`成本指标 / … / Sheet1`),
    /// or cut the table there (`附件3`, a caption). A word with a letter and no Chinese is such a
    /// head, and so is a default sheet name (`sheet_names`: a Chinese LibreOffice's `工作表1`); other
    /// Chinese only when the forms have no use for it: a title set larger than the text stays (a
    /// PDF of one form a page repeats each form's title there; a title said again is read as such),
    /// kept in the text but not in the page's grid (`kept`), and so does a key or a
    /// money unit (`单位：万元`), and a number (a value atop each page), no head at all.
    struct RunningHead {
        var text: String
        var yMin: Double
        /// A title: left in the text, but set aside while the page's grid is made (see `rebuild`).
        var kept = false

        init?(_ pages: [[Line]], vocabulary: FormVocabulary?) {
            guard pages.count >= 2 else { return nil }
            let tops = pages.map { $0.min { $0.yMin < $1.yMin } }
            guard let first = tops[0], segments(of: first).count == 1 else { return nil }
            (text, yMin) = (join(first.words), first.yMin)
            guard tops.allSatisfy({ $0.map(isIt) ?? false }) else { return nil }
            let compact = FormCells.compactScalars(text)
            if first.words.count == 1, !text.unicodeScalars.contains(where: TextCleaning.isCJK),
               text.unicodeScalars.contains(where: \.properties.isAlphabetic) { return }
            guard let vocabulary, text.unicodeScalars.contains(where: TextCleaning.isCJK) else { return nil }
            if vocabulary.printMarks.isSheetName(compact) { return }
            let role = vocabulary.role(ofCell: FormCells.compactScalars(vocabulary.fold.fold(text)))?.role
            // A title set no larger than the text is a header's (Word's header style is the body's
            // size, or smaller); a form's own title, repeated atop each page, is set larger.
            if case .title? = role {
                kept = first.height > 1.05 * lineHeight(of: pages.flatMap { $0 })
                return
            }
            guard role == nil || role == .chrome, MoneyUnit.detect(in: text) == nil else { return nil }
        }

        /// Whether a line is the head: its text, at its height.
        func isIt(_ line: Line) -> Bool {
            abs(line.yMin - yMin) <= 2 && join(line.words) == text
        }
    }

    static func rebuild(pages printed: [[Line]], vocabulary: FormVocabulary?) -> ExtractedText {
        let marks = vocabulary?.printMarks ?? .none
        // A page's number in its header or footer (`Page 1`, `第 1 页`, `页1`; a bare `1` or `1/2`
        // told by its place, `PageNumbers`) is no row, and no column starts in it (Calc's footer cut
        // into `Pa` and `ge 1` had become an indicator); nor is the header every page repeats (`RunningHead`).
        let head = RunningHead(printed, vocabulary: vocabulary)
        let folios = PageNumbers(printed)
        func furniture(_ line: Line, page: Int) -> Bool {
            marks.isPageNumber(FormCells.compactScalars(join(line.words))) || folios?.isIt(line, page: page) == true
                || (head.map { !$0.kept && $0.isIt(line) } ?? false)
        }
        // A title atop every page (a word processor's header, `RunningHead.kept`) is set aside while
        // the page's columns are found and a cell the page break cut is joined, then put back atop
        // its page: it had made the page's columns its own and stood between the two parts of the cell.
        let titled = printed.map { lines in head.flatMap { head in head.kept ? lines.first(where: head.isIt) : nil } }
        let numbered = printed.enumerated().map { page, lines in
            lines.filter { line in !furniture(line, page: page) && !(head.map { $0.kept && $0.isIt(line) } ?? false) }
        }
        // A sheet printed in column slices (its right columns on the next page) is one page again.
        let slices = columnSlicesJoined(numbered)
        let pages = slices.pages
        var starts = pages.map(columnStarts)
        // A table running on from the page before, or on to the next page, keeps that page's
        // columns where this page's words start at them (its rows on this page are too few to
        // show them on their own).
        let own = starts
        for index in starts.indices {
            let edges = pages[index].flatMap(\.words).map(\.xMin)
            for neighbour in [index - 1, index + 1] where own.indices.contains(neighbour) && own[neighbour].count > 1 {
                let inherited = own[neighbour].filter { start in
                    edges.contains { abs($0 - start) <= 1 } && !starts[index].contains { abs($0 - start) <= 1.5 }
                }
                if !inherited.isEmpty { starts[index] = (starts[index] + inherited).sorted() }
            }
        }
        if starts.contains(where: { $0.count > 1 }) {
            var blocks: [(name: String, lines: [String])] = []
            var cells = 0
            var grids = pages.indices.map { rows(of: pages[$0], columns: starts[$0], em: em(of: pages[$0])) }
            for index in grids.indices { grids[index].placeMergedCells(size: lineHeight(of: pages[index])) }
            var joined = 0
            for index in grids.indices.dropFirst() {
                var previous = grids[index - 1], next = grids[index]
                if joinAcrossPageBreak(&previous, &next, em: em(of: pages[index - 1])) {
                    grids[index - 1] = previous
                    grids[index] = next
                    joined += 1
                }
            }
            for index in grids.indices {
                guard let title = titled[slices.pageOf[index]], let left = title.words.first?.xMin else { continue }
                var row = Row(yMax: title.yMax)
                row.add(starts[index].lastIndex { $0 <= left + 0.5 } ?? 0, title.words)
                grids[index].rows.insert(row, at: 0)
            }
            for (index, grid) in grids.enumerated() {
                cells = max(cells, starts[index].count)
                let name = "p\(slices.pageOf[index] + 1)"
                blocks.append((name, grid.sheet(name: name).lines()))
            }
            return .joining(format: .pdf, blocks: blocks,
                            details: ["\(printed.count) 页", "按文字位置分行分列（最多 \(cells) 列）"]
                                + (joined == 0 ? [] : ["跨页单元格 \(joined) 处"])
                                + (slices.joined == 0 ? [] : ["超宽表格分页打印的列接回 \(slices.joined) 页"]), qualifyParts: true)
        }
        // Plain lines, titles atop the pages kept: where the pages' text usually starts, to tell a gap at the top.
        let plain = titled.contains { $0 != nil } ? columnSlicesJoined(printed.enumerated().map { page, lines in
            lines.filter { !furniture($0, page: page) } }) : slices
        let heights = plain.pages.flatMap { $0.map(\.height) }.sorted()
        let typical = heights.isEmpty ? 10 : heights[heights.count / 2]
        let top = plain.pages.compactMap { $0.first?.yMin }.min() ?? 0
        var text: [String] = []
        var parts: [TextPart] = []
        for (index, page) in plain.pages.enumerated() {
            var lines: [String] = []
            var previous: Line?
            for line in page {
                let gap = previous.map { line.yMin - $0.yMax } ?? (text.isEmpty ? 0 : line.yMin - top)
                if gap > 0.5 * typical, !(text.isEmpty && lines.isEmpty) { lines.append("") }
                lines.append(join(line.words))
                previous = line
            }
            parts.append(TextPart(name: "p\(plain.pageOf[index] + 1)", firstLine: text.count + 1, lineCount: lines.count))
            text += lines
        }
        return ExtractedText(format: .pdf, text: text.joined(separator: "\n"),
                             details: ["\(printed.count) 页", "按行读取"], parts: parts, qualifyParts: true)
    }

    /// The usual height of a line of text on a page (its words' median height).
    static func lineHeight(of lines: [Line]) -> Double {
        let heights = lines.flatMap(\.words).map(\.height).sorted()
        return heights.isEmpty ? 10 : max(heights[heights.count / 2], 1)
    }

    /// The size of the text (1 em): the advance of a Chinese character, taken from words
    /// made only of Chinese characters (their width over their length).
    static func em(of lines: [Line]) -> Double {
        let widths = lines.flatMap(\.words).compactMap { word -> Double? in
            let characters = Array(word.text)
            guard characters.count >= 2, characters.allSatisfy(TextCleaning.isCJK) else { return nil }
            return (word.xMax - word.xMin) / Double(characters.count)
        }.sorted()
        if !widths.isEmpty { return widths[widths.count / 2] }
        let heights = lines.flatMap(\.words).map(\.height).sorted()
        return heights.isEmpty ? 10 : heights[heights.count / 2] * 0.77
    }

    /// The usual advance of a character in em: Chinese 1, digits and most Latin about 0.55,
    /// dots and commas about 0.28 (Arial-like metrics; only used to place a split).
    static func advance(_ character: Character) -> Double {
        if TextCleaning.isCJK(character) { return 1 }
        if ".,:;'!|il".contains(character) { return 0.28 }
        return 0.55
    }

    /// Two characters of one run of text: both Chinese, or both Latin letters.
    static func sameRun(_ left: Character, _ right: Character) -> Bool {
        (TextCleaning.isCJK(left) && TextCleaning.isCJK(right))
            || (left.isASCII && left.isLetter && right.isASCII && right.isLetter)
    }

    /// Splits a word that runs over a column start where it shows a gap there: the split
    /// whose right part, laid out with usual advances from the word's end, starts nearest
    /// the column start, leaving a gap of at least 0.1 em after the left part. Text that
    /// simply overflows into an empty cell has no such gap and stays whole.
    static func split(_ word: Word, at columns: [Double], em: Double) -> [Word] {
        let characters = Array(word.text)
        guard characters.count >= 2,
              let start = columns.first(where: { $0 > word.xMin + 2 && $0 < word.xMax - 0.3 * em }) else {
            return [word]
        }
        let advances = characters.map { advance($0) * em }
        var best: (index: Int, distance: Double, leftEnd: Double, rightStart: Double)?
        for index in 1..<characters.count {
            // Digits' advances differ from font to font (`2024` looked like `2` and a gap and
            // `024` at the usual 0.55 em): a number is never cut between two of its digits, nor at
            // its point or a separator (`9.48` cut into `9.` and `48` had read as the budget 48).
            let (before, after) = (characters[index - 1], characters[index])
            if isNumberCharacter(before) && isNumberCharacter(after)
                && (isNumberCharacter(before, separator: false) || isNumberCharacter(after, separator: false)) { continue }
            // Nor inside a run of Chinese or of Latin letters: the estimate's error grows with the
            // run (a long title in a merged cell read 安徽省2023年以工代 | 赈…, Calc's header Sh | eet1),
            // and text of two cells close enough to be one word changes script where it meets.
            if sameRun(characters[index - 1], characters[index]) { continue }
            // Nor after a comparison sign: `>=10000亩`, `≥90%` are one value (two tables of other
            // widths on one page put the lower table's column starts through the upper's values).
            if let sign = characters[index - 1].unicodeScalars.first, characters[index - 1].unicodeScalars.count == 1,
               ValueShape.isSign(TextCleaning.folded(sign) ?? sign) { continue }
            // Nor before a closing sign, which goes with what it closes (`≥90%` under an upper
            // table's column start had lost its `%`; a value and its unit in two cells are two words).
            if closingSigns.contains(characters[index]) { continue }
            let leftEnd = word.xMin + advances[..<index].reduce(0, +)
            let rightStart = word.xMax - advances[index...].reduce(0, +)
            guard rightStart >= start - 0.35 * em, leftEnd <= start + 0.1 * em,
                  rightStart - leftEnd >= 0.1 * em else { continue }
            let distance = abs(rightStart - start)
            if best == nil || distance < best!.distance { best = (index, distance, leftEnd, rightStart) }
        }
        guard let best else { return [word] }
        var left = word
        left.text = String(characters[..<best.index])
        left.xMax = min(best.leftEnd, start - 0.5)
        var right = word
        right.text = String(characters[best.index...])
        right.xMin = max(best.rightStart, start)
        return [left] + split(right, at: columns, em: em)
    }
}
