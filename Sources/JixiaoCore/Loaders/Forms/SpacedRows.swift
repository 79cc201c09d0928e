/// Text copied from a page whose table cells were joined by one space each (`一级指标 二级指标
/// 三级指标 指标值 分值` / `产出指标 数量指标 新建面积 100亩 20`): a single space is no cell
/// separator in other text (`经济效益 指标`, `居民 满意度` are wraps inside a cell), so the file
/// says which it is by its table header.
extension FormCells {
    /// The first line of the file that is a table's column titles one space apart (perhaps after
    /// the table's label, `绩效指标`), with a row of several space-separated cells on one of the next
    /// three lines and no numbered indicator under it: its columns; nil when there is none.
    func spacedHeader(_ lines: [RawLine]) -> SpacedHeader? {
        // The first such header decides (a file of numbered indicators repeats its header per form).
        var columns: Set<FormVocabulary.ColumnRole> = []
        let header = lines.indices.first { k in
            // A line without a space is told before any look-up (most lines of most files).
            guard !lines[k].isGrid, lines[k].pieceCount == 1, lines[k].firstPiece.utf8.contains(UInt8(ascii: " ")),
                  let compact = lines[k].firstCompact, compact.count >= 8 else { return false }
            var i = 0, titles = 0
            var joints: [Int] = []  // where each word after the first starts
            columns = []
            while i < compact.count, let entry = vocabulary.match(compact, at: i) {
                switch entry.role {
                case .column(let role):
                    titles += 1
                    columns.insert(role)
                // The table's label before the titles (`绩效指标`, `年度绩效目标(90分)`); a project
                // table's keys as titles (`单位名称 项目名称 预算数 …`) are `ProjectTable`'s.
                case .tableLabel where i == 0, .key(.goal) where i == 0: break
                default: return false
                }
                if i > 0 { joints.append(i) }
                i += entry.scalars.count + FormVocabulary.hintLength(compact, from: i + entry.scalars.count).length
            }
            // Every title a cell of its own, a space before each; after three titles, titles the
            // vocabulary has no word for (a target column a place, `笏石街道办 埭头镇`), no digit in them.
            guard titles >= 3, !compact[i...].contains(where: Self.isDigit) else { return false }
            if i < compact.count { joints.append(i) }
            let places = ScalarPlaces(lines[k].firstPiece)
            guard places.count == compact.count, joints.allSatisfy({ places.afterWhitespace($0) }) else { return false }
            // A label broken over lines may stand between (`绩效指标 项目完成` / `指标`).
            return (1...3).contains { holdsSpacedCells(lines, at: k + $0) }
        }
        // Numbered indicators under a header of a name and its value (`指标1：网络故障发生次数 ≦5次`)
        // are written a line each, apart by a space; under a header of more columns after the name
        // (`三级指标 年度 实际 分值 得分 偏差原因…`), the space parts cells as in any spaced table.
        // The header's titles may go on over the next lines (`… 三级指标 年度 指标值` / `实际 完成值` /
        // `分值 得分 偏差原因分析及改进措施`, a page's header cells wrapped): their titles count too.
        guard let header else { return nil }
        var titlesUnder = 0
        for k in (header + 1)...(header + 2) {
            guard let titles = titles(ofLine: lines, at: k) else { break }
            titlesUnder += titles.count
        }
        guard !numbersIndicators(lines, after: header) || wordsAfterName(lines[header]) + titlesUnder >= 3 else { return nil }
        // A second row of titles under the header (`数值 计量单位` under 指标值) names columns too.
        if let lower = titles(ofLine: lines, at: header + 1) { columns.formUnion(lower) }
        return SpacedHeader(columns: columns, line: header)
    }

    /// The column titles of line `k` when it holds titles only (one piece, no grid), in order; else nil.
    private func titles(ofLine lines: [RawLine], at k: Int) -> [FormVocabulary.ColumnRole]? {
        guard k < lines.count, !lines[k].isGrid, lines[k].pieceCount == 1, let compact = lines[k].firstCompact else { return nil }
        var i = 0
        var titles: [FormVocabulary.ColumnRole] = []
        while i < compact.count, let entry = vocabulary.match(compact, at: i), case .column(let role) = entry.role {
            titles.append(role)
            i += entry.scalars.count + FormVocabulary.hintLength(compact, from: i + entry.scalars.count).length
        }
        return i == compact.count && !titles.isEmpty ? titles : nil
    }

    /// What the spaced header says of the cells under it: which columns it has, and its line.
    struct SpacedHeader {
        let columns: Set<FormVocabulary.ColumnRole>
        let line: Int
    }

    /// How many space-separated words a header line holds after its indicator-name title (0 when none).
    private func wordsAfterName(_ line: RawLine) -> Int {
        let words = line.firstPiece.split(separator: " ")
        guard let name = words.lastIndex(where: { word in
            if case .column(.level3)? = vocabulary.role(ofCell: fold(String(word), display: true).compact)?.role { return true }
            return false
        }) else { return 0 }
        return words.distance(from: name, to: words.endIndex) - 1
    }

    /// Whether the rows under a header number their indicators (`指标1：网络故障发生次数 ≦5次`,
    /// Layout B): such a form writes a name and its value on one line apart by a space, each row
    /// of its table on lines of its own.
    private func numbersIndicators(_ lines: [RawLine], after k: Int) -> Bool {
        ((k + 1)..<min(k + 1 + Self.rowsLookedAtUnderHeader, lines.count)).contains { row in
            guard let compact = lines[row].firstCompact, let first = numbering?.first else { return false }
            return compact.indices.contains { compact[$0] == first && numberedIndicator(compact, at: $0) }
        }
    }

    /// How many lines under a header are looked at for numbered indicators.
    static let rowsLookedAtUnderHeader = 4

    /// Whether line `k` is one piece of three or more words one space apart.
    private func holdsSpacedCells(_ lines: [RawLine], at k: Int) -> Bool {
        guard k < lines.count, !lines[k].isGrid, lines[k].pieceCount == 1 else { return false }
        return lines[k].firstPiece.utf8.lazy.filter { $0 == UInt8(ascii: " ") }.count >= 2
    }

    /// Each one-piece line of text cut at its spaces, a cell each (see `spacedHeader`).
    func splittingAtSpaces(_ lines: inout [RawLine], folds: Bool, header: SpacedHeader) {
        for k in lines.indices where !lines[k].isGrid && lines[k].pieceCount == 1 {
            let words = lines[k].firstPiece.split(separator: " ")
            // Letters spaced out (`项 目 支 出 绩 效 目 标 表`) are one cell; numbers one digit long
            // are cells (`7 7`: a weight and a score under a row that wrapped).
            guard words.count > 1, words.contains(where: { $0.unicodeScalars.count > 1 })
                    || words.allSatisfy({ $0.unicodeScalars.allSatisfy(Self.isDigit) }) else { continue }
            var pieces: [String] = []
            var compacts: [[Unicode.Scalar]] = []
            for word in words {
                let folded = fold(String(word), display: folds)
                guard !folded.compact.isEmpty else { continue }
                pieces.append(folded.text)
                compacts.append(folded.compact)
            }
            joiningNumbering(&pieces, &compacts)
            joiningBrackets(&pieces, &compacts)
            joiningWrappedWords(&pieces, &compacts)
            joiningValueParts(&pieces, &compacts, header: header)
            joiningNameEndings(&pieces, &compacts)
            guard pieces.count > 1 else { continue }
            lines[k].firstPiece = pieces[0]
            lines[k].firstCompact = compacts[0]
            lines[k].texts = pieces
            lines[k].compacts = compacts
            lines[k].pieceCount = pieces.count
        }
        joiningTitlesWrappedUnderHeader(&lines, at: header.line)
        joiningLabelsBrokenAfterCells(&lines)
    }

    /// Column titles wrapped in their cells onto the line under the header (`… 年度 实际 分值 得分 …`
    /// / `指标值 完成值`): the header's words the vocabulary has no title for take, in order, the words
    /// of the line under it, when each pair is a title (`年度指标值`, `实际完成值`); the line under goes.
    private func joiningTitlesWrappedUnderHeader(_ lines: inout [RawLine], at k: Int) {
        guard k + 1 < lines.count, !lines[k + 1].isGrid, let upper = lines[k].compacts,
              let lower = lines[k + 1].compacts ?? lines[k + 1].firstCompact.map({ [$0] }) else { return }
        let lowerTexts = lines[k + 1].pieceCount > 1 ? lines[k + 1].texts : [lines[k + 1].firstPiece]
        let untitled = upper.indices.filter { vocabulary.role(ofCell: upper[$0]) == nil }
        guard !lower.isEmpty, lower.count <= untitled.count, zip(untitled, lower).allSatisfy({ column, under in
            if case .column? = vocabulary.role(ofCell: upper[column] + under)?.role { return true }
            return false
        }) else { return }
        for (n, column) in untitled.prefix(lower.count).enumerated() {
            lines[k].texts[column] += lowerTexts[n]
            lines[k].compacts![column] += lower[n]
        }
        lines[k].firstPiece = lines[k].texts[0]
        lines[k].firstCompact = lines[k].compacts![0]
        lines[k].lineCount += lines[k + 1].lineCount
        lines.remove(at: k + 1)
    }

    /// A label or column title broken over lines after the cells of its row (`绩效指标 项目完成` /
    /// `指标`, `年度绩效指标完成情况 一级` / `指标`): the line's last cell and the next line, one short
    /// cell, that together are a label, or a column title of the kind the last cell alone is, joined.
    private func joiningLabelsBrokenAfterCells(_ lines: inout [RawLine]) {
        var k = 0
        while k + 1 < lines.count {
            defer { k += 1 }
            guard !lines[k].isGrid, lines[k].pieceCount > 1, let last = lines[k].compacts?.last,
                  !lines[k + 1].isGrid, lines[k + 1].pieceCount == 1, let next = lines[k + 1].firstCompact, next.count <= 4,
                  let joined = vocabulary.role(ofCell: last + next)?.role else { continue }
            let alone = vocabulary.role(ofCell: last)?.role
            switch joined {
            // A label whose first part is the same label alone (`项目完成` / `指标`, a short alias) too.
            case .label where alone == nil || alone == joined: break
            case .column where alone == nil || alone == joined: break
            default: continue
            }
            lines[k].texts[lines[k].texts.count - 1] += lines[k + 1].firstPiece
            lines[k].compacts![lines[k].compacts!.count - 1] += next
            lines[k].lineCount += lines[k + 1].lineCount
            lines.remove(at: k + 1)
        }
    }

    /// Words a cell wrapped over spaces joined back (`主管 部门`, `资金 总额 (万元)`, `绩 效 指 标`,
    /// `产出指标 (50分)`, `主管部门 及代码`, a total row's `合 计`): neighbouring pieces that together are
    /// one of the vocabulary's words, perhaps with a bracketed hint, the longest run first.
    func joiningWrappedWords(_ pieces: inout [String], _ compacts: inout [[Unicode.Scalar]]) {
        var i = 0
        while i + 1 < pieces.count {
            var joined = false
            for j in stride(from: min(i + Self.wrappedPiecesJoined, pieces.count) - 1, to: i, by: -1) {
                let compact = Array(compacts[i...j].joined())
                guard vocabulary.role(ofCell: compact) != nil || vocabulary.isTotalLabel(folded: compact) else { continue }
                pieces[i] = pieces[i...j].joined(separator: " ")
                compacts[i] = compact
                pieces.removeSubrange((i + 1)...j)
                compacts.removeSubrange((i + 1)...j)
                joined = true
                break
            }
            if !joined { i += 1 }
        }
    }

    /// A bracket opened in a piece and closed in a later one (`开发数量( ≥**个 )`) holds one cell:
    /// the pieces up to the closing bracket, at most `bracketPiecesJoined`, are joined.
    func joiningBrackets(_ pieces: inout [String], _ compacts: inout [[Unicode.Scalar]]) {
        func depth(_ compact: [Unicode.Scalar]) -> Int { compact.reduce(0) { $0 + ($1 == "(" ? 1 : $1 == ")" ? -1 : 0) } }
        var i = 0
        while i + 1 < pieces.count {
            var open = depth(compacts[i])
            guard open > 0, let close = (i + 1..<min(i + 1 + Self.bracketPiecesJoined, pieces.count)).first(where: { j in
                open += depth(compacts[j])
                return open <= 0
            }) else { i += 1; continue }
            pieces[i] = pieces[i...close].joined(separator: " ")
            compacts[i] = Array(compacts[i...close].joined())
            pieces.removeSubrange((i + 1)...close)
            compacts.removeSubrange((i + 1)...close)
            i += 1
        }
    }

    /// The most pieces after a bracket's opening that its closing is looked for in.
    static let bracketPiecesJoined = 3

    /// The most pieces one wrapped word is joined from (`绩 效 指 标`).
    static let wrappedPiecesJoined = 4

    /// A piece that only numbers what follows (`指标1：`, `1、`, `(一)`) joined to the next piece:
    /// the number opens its cell (`指标1： 网络政务回应限期`).
    func joiningNumbering(_ pieces: inout [String], _ compacts: inout [[Unicode.Scalar]]) {
        var i = 0
        while i + 1 < pieces.count {
            let compact = compacts[i]
            let numbers = Enumeration.length(compact) == compact.count
                || (numberedIndicator(compact + [" "], at: 0) && compact.last == ":")
            if numbers {
                pieces[i] += " " + pieces[i + 1]
                compacts[i] += compacts[i + 1]
                pieces.remove(at: i + 1)
                compacts.remove(at: i + 1)
            } else {
                i += 1
            }
        }
    }

    /// A label word that also ends names (`name_ending_labels`: 满意度) after a piece of text and
    /// before a target (`居民 满意度 ≥85% 10`) ends that name, wrapped in its cell: labels head names,
    /// they do not follow them (as `cut` reads `居民 满意度` within one cell).
    func joiningNameEndings(_ pieces: inout [String], _ compacts: inout [[Unicode.Scalar]]) {
        let shape = ValueShape(vocabulary: vocabulary)
        var i = 1
        while i + 1 < pieces.count {
            guard vocabulary.nameEndingLabels.contains(compacts[i]), shape.isValue(compacts[i + 1]),
                  vocabulary.role(ofCell: compacts[i - 1]) == nil, !shape.isValue(compacts[i - 1]) else { i += 1; continue }
            pieces[i - 1] += " " + pieces[i]
            compacts[i - 1] += compacts[i]
            pieces.remove(at: i)
            compacts.remove(at: i)
        }
    }

    /// A target written with spaces inside (`≥ 12 公里`, `≥ 90 %`) is one cell where the header has
    /// no column for its parts: an operator alone joins the number after it (no operator column),
    /// a unit alone the number before it (no unit column).
    func joiningValueParts(_ pieces: inout [String], _ compacts: inout [[Unicode.Scalar]], header: SpacedHeader) {
        var i = 0
        while i + 1 < pieces.count {
            let operatorAlone = !header.columns.contains(.comparison) && !compacts[i].isEmpty
                && (compacts[i].allSatisfy(ValueShape.isSign) || vocabulary.comparisonWord(compacts[i], at: 0)?.length == compacts[i].count)
                && compacts[i + 1].first.map(ValueShape.isDigit) == true
            let unitAfter = !header.columns.contains(.unit) && compacts[i].last.map(ValueShape.isDigit) == true
                && vocabulary.valueUnits.contains(compacts[i + 1])
            guard operatorAlone || unitAfter else { i += 1; continue }
            // An operator stands against its number as in one cell (`≥200次`); a unit keeps its space.
            pieces[i] += (operatorAlone ? "" : " ") + pieces[i + 1]
            compacts[i] += compacts[i + 1]
            pieces.remove(at: i + 1)
            compacts.remove(at: i + 1)
            if !operatorAlone { i += 1 }
        }
    }
}
