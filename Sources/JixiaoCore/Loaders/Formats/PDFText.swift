import Foundation

/// Reads a PDF's text with Poppler (`pdftotext -bbox-layout`, every word with its box) and
/// rebuilds what the layout loaders read:
/// - a page holding the Layout A table (a line with the column titles 项目名称 … 三级指标)
///   becomes tab-separated rows, each word placed in the column whose title starts at or
///   left of it; pages after it without their own title row keep those columns; pages are
///   separated by a blank line, as in the text exports;
/// - any other page becomes plain lines, words joined by spaces, with a blank line where
///   the vertical gap between two lines is more than half a line (a wrapped cell or an empty
///   paragraph), which is how the Layout B text marks wrapped cells. Pages follow each other
///   with no blank line unless the page starts lower than the others do.
/// Table cells that wrap over several lines are read as separate rows (the loader then
/// places or rejects them); the cell grid itself is not in the text layer.
struct PDFText {
    let path: String
    let file: String

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
        return Self.rebuild(pages: pages.map { Self.lines(of: $0.words) })
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
                guard !text.isEmpty, !pages.isEmpty else { return }
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
    /// (Word's and Writer's automatic Asian/Latin spacing: `45 条` is `45条`), or between
    /// Chinese and the numbering after it (`指标 1：` is `指标1：`). The text layer cannot
    /// tell that spacing from a typed space, so any other space between Chinese and a
    /// following number is kept (`运维 45条`): it is where cells are usually separated.
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
                let autospace = (unitAfterNumber || numberingAfterChinese) && gap < 0.35 * size
                if gap > 0.15 * size && !autospace { text += " " }
            }
            text += word.text
            previous = word
        }
        return text
    }

    nonisolated(unsafe) static let numbering = /^[0-9]+[：:、]/

    /// A number or Latin letter (or a sign such as `%`) that a unit in Chinese may follow.
    static func isLatinEnd(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "%.".contains(character))
    }

    // MARK: Rebuilding the text

    /// A Layout A column-title line: its words include 项目名称 and 三级指标.
    static func isTableHeader(_ line: Line) -> Bool {
        let texts = Set(line.words.map(\.text))
        return texts.contains("项目名称") && texts.contains("三级指标")
    }

    static func rebuild(pages: [[Line]]) -> ExtractedText {
        let isTable = pages.contains { $0.contains(where: isTableHeader) }
        var blocks: [(name: String, lines: [String])] = []
        if isTable {
            var columns: [Double] = []
            for (index, page) in pages.enumerated() {
                let size = em(of: page)
                var lines: [String] = []
                for line in page {
                    if isTableHeader(line) { columns = line.words.map(\.xMin) }
                    if columns.isEmpty {
                        lines.append(join(line.words))
                    } else {
                        lines.append(tableRow(line, columns: columns, em: size))
                    }
                }
                blocks.append(("p\(index + 1)", lines))
            }
            return .joining(format: .pdf, blocks: blocks, details: ["\(pages.count) 页", "按列位置重建表格"],
                            qualifyParts: true)
        }
        // Plain lines: where the pages' text usually starts, to tell a gap at the top.
        let heights = pages.flatMap { $0.map(\.height) }.sorted()
        let typical = heights.isEmpty ? 10 : heights[heights.count / 2]
        let top = pages.compactMap { $0.first?.yMin }.min() ?? 0
        var text: [String] = []
        var parts: [TextPart] = []
        for (index, page) in pages.enumerated() {
            var lines: [String] = []
            var previous: Line?
            for line in page {
                let gap = previous.map { line.yMin - $0.yMax } ?? (text.isEmpty ? 0 : line.yMin - top)
                if gap > 0.5 * typical, !(text.isEmpty && lines.isEmpty) { lines.append("") }
                lines.append(join(line.words))
                previous = line
            }
            parts.append(TextPart(name: "p\(index + 1)", firstLine: text.count + 1, lineCount: lines.count))
            text += lines
        }
        return ExtractedText(format: .pdf, text: text.joined(separator: "\n"),
                             details: ["\(pages.count) 页", "按行读取"], parts: parts, qualifyParts: true)
    }

    /// One table line as tab-separated cells: each word goes to the last column whose title
    /// starts at or left of the word (a little slack for padding). Poppler runs a number
    /// and the unit in the next cell into one word when the cells' padding is narrow
    /// (`1条` for `1` | `条`): such a word is split at the column start first.
    static func tableRow(_ line: Line, columns: [Double], em: Double) -> String {
        var cells = Array(repeating: [Word](), count: columns.count)
        for word in line.words.flatMap({ split($0, at: columns, em: em) }) {
            let column = columns.lastIndex { $0 <= word.xMin + 2 } ?? 0
            cells[column].append(word)
        }
        var texts = cells.map(join)
        while let last = texts.last, last.isEmpty { texts.removeLast() }
        return texts.joined(separator: "\t")
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
