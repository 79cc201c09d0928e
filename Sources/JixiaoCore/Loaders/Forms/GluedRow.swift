import Foundation

/// A table row whose cells were glued together with no separator, as web pages and
/// document previews flatten tables: `开展修复工程(个)反映防洪…开展情况≥11`. It is cut by
/// what the vocabulary knows: an explanation starts with a word such as 反映, a value has the
/// shape of a value (see `ValueShape`) and stands at the end; one glued run may hold several
/// rows (`…情况2280次大楼安检巡察次数反映…`). Every cut here is a guess and says so.
struct GluedRow {
    let table: IndicatorTable

    var shape: ValueShape { table.shape }
    /// The values a glued row may end with, one per column for them: operator, targets (a
    /// long-term one too), weight (`≥65%30`: ≥65% and 30; `100%100%10`).
    var slots: Int { max(table.tail.filter { $0.role.takesValue || $0.role == .comparison || $0.role == .weight }.count, 1) }
    var vocabulary: FormVocabulary { table.vocabulary }
    /// The table ends with a text column after its values (评(扣)分标准, 备注): a glued row's
    /// text after its values is that column's.
    var endsWithText: Bool {
        guard let last = table.tail.last, last.role == .kept else { return false }
        return table.tail.contains { $0.role.holdsValue }
    }

    /// The rows of a glued run, and whether the table ends in it: a total row (`合计90`, the
    /// weights' sum), a closing 说明 row or a caption (`表2`, before the next table) ends it, and
    /// it, the text after it (审核意见, 注) and what follows the run are no indicators.
    func split(_ row: IndicatorTable.Row) -> (rows: [IndicatorTable.Row], endsTable: Bool) {
        var rows = rows(of: row)
        var endsTable = false
        if let end = rows.firstIndex(where: isTableEnd) {
            rows.removeSubrange(end...)
            endsTable = true
        }
        // The labels stand before the run's first row: the rows after it carry them, as rows on
        // the lines below a label do (so a scoring rule's row there is told by its own words).
        for k in rows.indices.dropFirst() {
            if rows[k].level0Line == rows[k].name.line { rows[k].level0Line = -1 }
            if rows[k].level1Line == rows[k].name.line { rows[k].level1Line = -1 }
            if rows[k].level2Line == rows[k].name.line { rows[k].level2Line = -1 }
        }
        return (rows, endsTable)
    }

    /// A total row (a total label alone or before its number), a closing 说明 row or a caption (`表2`).
    func isTableEnd(_ made: IndicatorTable.Row) -> Bool {
        // A template's placeholder row of dots may stand before it (`……总分100100`).
        let name = Array(made.name.compact.drop { $0 == "…" || $0 == "." || $0 == "·" })
        if vocabulary.totalLabels.contains(where: { label in
            !label.isEmpty && name.starts(with: label) && (name.count == label.count || ValueShape.isDigit(name[label.count]))
        }) {
            return true
        }
        // A kept column's title as the name (`…290%100%说明无注:1、…`: the form's closing `说明 | 无` row run
        // on) ends it, as that title alone on its line under the rows does.
        if case .column(.kept)? = vocabulary.role(ofCell: name)?.role { return true }
        return vocabulary.isCaption(made.cells.reduce(name) { $0 + $1.compact })
    }

    func rows(of row: IndicatorTable.Row) -> [IndicatorTable.Row] {
        let text = row.name.compact
        // A numbered indicator (`指标2:`) inside the run starts a row of its own: a
        // self-evaluation's rows run on (`指标1:租车次数(次)正向大于等于11次88指标2:宣传…`).
        let starts = numberedStarts(text)
        // The numbering alone (`指标1:`, a template's empty slot, a copy cut after it) is a row
        // with no name, not a value.
        if starts.isEmpty, isNumbering(text) { return [row] }
        if !starts.isEmpty {
            return zip([0] + starts, starts + [text.count]).flatMap { start, end in
                var piece = row
                piece.name = cell(Array(text[start..<end]), like: row.name)
                return self.rows(of: piece)
            }
        }
        // Glued text that kept its spaces (a page one space apart): values standing alone between
        // spaces end a row (`实施营造林总面积(亩) 80000 其中:实施新造林总面积(亩) 30000 …`), a bare
        // number too, which glued text cannot tell from a name's.
        if let segments = spacedSegments(row.name), segments.count > 1 || segments.first?.texts.count ?? 0 > 1 {
            return segments.flatMap { spacedRows(row, $0) }
        }
        // A direction column last (指标方向性): each row ends with its direction word after its
        // values (`…≥1500人30正向指标补贴发放人数≥300人次20正向指标`): the run is cut after each.
        if table.tail.last?.role == .direction, case let ends = directionEnds(text), !ends.isEmpty {
            var rows: [IndicatorTable.Row] = []
            var start = 0
            for end in ends {
                var piece = row
                piece.name = cell(Array(text[start..<end.lowerBound]), like: row.name)
                var made = self.rows(of: piece)
                if made.isEmpty { made = [make(row, name: [], explanation: nil, values: [])] }
                var direction = cell(Array(text[end]), like: row.name)
                direction.placedIn = .direction
                made[made.count - 1].cells.append(direction)
                rows += made
                start = end.upperBound
            }
            if start < text.count {
                var rest = row
                rest.name = cell(Array(text[start...]), like: row.name)
                rows += self.rows(of: rest)
            }
            return rows
        }
        if let made = quantityRows(row) { return made }
        if row.name.rowOnItsLine, valueBeforeText, let made = lineRow(row) { return made }
        if row.name.rowOnItsLine, let made = orderedRow(row) { return [made] }
        // A name written again as its explanation (指标解释 copying it, or ending with it:
        // `技术指导服务数量对生产种植企业技术指导服务数量10家`): one row, the name where it repeats.
        // Without a column to keep the explanation in, only a name written twice is cut.
        if let repeated = repeatedName(text) {
            let name = Array(text[..<repeated.name]), explanation = Array(text[repeated.name..<repeated.valuesStart])
            let kept = table.tail.contains { $0.role == .kept }
            if kept || explanation == name {
                return [make(row, name: name, explanation: kept ? explanation : nil, values: repeated.values.map { Array(text[$0]) })]
            }
        }
        // Several value columns after the name (a self-evaluation's 分值 | 年度指标值 | 全年实际值):
        // each row ends after its run of values (`GluedValueGroups`).
        if let size = valueGroupSize, let grouped = valueGroupRows(row, size: size) { return grouped }
        var explanationStarts: [Int] = []
        var i = 2
        while i < text.count {
            if let word = vocabulary.explanationStarts.first(where: { i + $0.count <= text.count && text[i..<(i + $0.count)].elementsEqual($0) }) {
                explanationStarts.append(i)
                i += word.count
            } else {
                i += 1
            }
        }
        // Name, values, the last column's text and the next row (`…5公里10未完成按比例扣分新建产业路长度15公里…`).
        if explanationStarts.isEmpty, endsWithText, let cut = keptTextEnd(text) {
            var rest = row
            rest.name = cell(Array(text[cut.end...]), like: row.name)
            return [make(row, name: Array(text[..<cut.values.lowerBound]), explanation: nil, values: splitValues(Array(text[cut.values])),
                         lastColumn: Array(text[cut.values.upperBound..<cut.end]))] + self.rows(of: rest)
        }
        // Name, values, then the last column's text (`户厕改造验收合格率100%100%20不合格不得分`),
        // where that text holds no value of another row.
        if explanationStarts.isEmpty, endsWithText, let values = shape.firstValue(in: text, from: 2), values.upperBound < text.count {
            let after = Array(text[values.upperBound...])
            if shape.firstMarkedValue(in: after, from: 0) == nil, shape.firstValue(in: after, from: 0) == nil {
                return [make(row, name: Array(text[..<values.lowerBound]), explanation: nil, values: splitValues(Array(text[values])),
                             lastColumn: after)]
            }
        }
        var rows: [IndicatorTable.Row] = []
        var name = Array(text[..<(explanationStarts.first ?? text.count)])
        if explanationStarts.isEmpty {
            // Rows glued one after another with no explanation between them
            // (`…数量≥1个贫困地区建设…≥1个养殖动物成活率≥95%…`): a row ends after each marked value.
            var from = 2
            while let value = shape.firstMarkedValue(in: name, from: from) {
                // A value a clause goes on after (`截至2026年12月底,项目开展率(%)`, a copy cut there
                // too) is the name's: no row starts with a clause's mark.
                if value.upperBound < name.count, MoneyText.clauseMarks.contains(name[value.upperBound]) {
                    from = value.upperBound
                    continue
                }
                from = 2
                // A bare number after a bracketed unit ends a row before it (`…(含续建)1竣工验收合格率100%`),
                // and so does a value after a quantity the name ends with (`饲料库120平米490元/平米围墙…`).
                if let end = quantityInNameRowEnd(name) ?? unmarkedRowEnd(name).flatMap({ ValueShape.isDigit(name[$0.upperBound - 1]) ? $0 : nil }),
                   end.upperBound <= value.lowerBound {
                    rows.append(make(row, name: Array(name[..<end.lowerBound]), explanation: nil, values: splitValues(Array(name[end]))))
                    name = Array(name[end.upperBound...])
                    continue
                }
                rows.append(make(row, name: Array(name[..<value.lowerBound]), explanation: nil, values: splitValues(Array(name[value]))))
                name = Array(name[value.upperBound...])
            }
            while let value = quantityInNameRowEnd(name) ?? unmarkedRowEnd(name) {
                rows.append(make(row, name: Array(name[..<value.lowerBound]), explanation: nil, values: splitValues(Array(name[value]))))
                name = Array(name[value.upperBound...])
            }
        }
        // With no explanation, the values stand at the end of the run.
        var values: [[Unicode.Scalar]] = []
        if explanationStarts.isEmpty {
            let trailing = shape.trailingValues(name, limit: slots)
            values = trailing.values.map { Array(name[$0]) }
            name = Array(name[..<trailing.textEnd])
        }
        // Names glued to a qualitative value and the next name: `成本控制率不超预算水电气…`.
        while let word = shape.qualitativeWord(in: name, minimumLength: 3), word.upperBound < name.count {
            rows.append(make(row, name: Array(name[..<word.lowerBound]), explanation: nil, values: [Array(name[word])]))
            name = Array(name[word.upperBound...])
        }
        if explanationStarts.isEmpty {
            rows.append(make(row, name: name, explanation: nil, values: values))
            return rows
        }
        for (index, start) in explanationStarts.enumerated() {
            let end = index + 1 < explanationStarts.count ? explanationStarts[index + 1] : text.count
            let segment = Array(text[start..<end])
            if index + 1 < explanationStarts.count, let value = shape.firstValue(in: segment, from: 2) {
                rows.append(make(row, name: name, explanation: Array(segment[..<value.lowerBound]),
                                 values: splitValues(Array(segment[value]))))
                name = Array(segment[value.upperBound...])
            } else if index + 1 < explanationStarts.count {
                // No value before the next explanation: a row without a value.
                rows.append(make(row, name: name, explanation: segment, values: []))
                name = []
            } else {
                let trailing = shape.trailingValues(segment, limit: slots)
                // The run ends in a name with no value after the last row's (a copy cut there, or a row
                // left blank: `…质量情况>92%经常性大型设备更新验收合格率`): that row ends at its value, and the
                // name is a row of its own; the value had gone into the explanation with the name.
                if trailing.values.isEmpty, let value = shape.firstMarkedValue(in: segment, from: 2),
                   case let rest = Array(segment[value.upperBound...]), rest.count >= 4, !rest.contains(where: ValueShape.isDigit) {
                    rows.append(make(row, name: name, explanation: Array(segment[..<value.lowerBound]), values: splitValues(Array(segment[value]))))
                    rows.append(make(row, name: rest, explanation: nil, values: []))
                } else {
                    rows.append(make(row, name: name, explanation: Array(segment[..<trailing.textEnd]),
                                     values: trailing.values.map { Array(segment[$0]) }))
                }
            }
        }
        return rows.filter { !$0.name.compact.isEmpty || !$0.cells.isEmpty }
    }

    /// The table's target column stands before its text columns (`三级指标 | 指标值 | 指标值内容 |
    /// 评(扣分标准)`), not after them (`三级指标 | 指标解释 | 指标值`).
    var valueBeforeText: Bool {
        guard let value = table.tail.firstIndex(where: { $0.role.holdsValue }),
              let text = table.tail.firstIndex(where: { $0.role == .kept }) else { return false }
        return value < text
    }

    /// A row alone on its line, its target column before its text columns (湖南's 项目支出绩效目标表公开:
    /// `学生补助标准17元/人.每天反映学生每天用餐标准按标准发放得10分,每少1元扣1分-定量`): a value type at its
    /// end (`value_types`: 定量, 定性) and a unit before it (`-` for none) are those columns'; the
    /// name ends where its target starts, the text after the target is the text columns'. A
    /// number scored (`得10分`, `扣1分`) is the scoring text's, no target. A row holding nothing but
    /// the type (`-定性`, a group the template left empty) is none. Nil where no target follows a name.
    func lineRow(_ row: IndicatorTable.Row) -> [IndicatorTable.Row]? {
        var text = row.name.compact
        var closing: [FormCell] = []
        if table.tail.contains(where: { $0.role == .comparison }),
           let type = vocabulary.valueTypeEnding(text) {
            text.removeLast(type.count)
            var typeCell = cell(type, like: row.name)
            typeCell.placedIn = .comparison
            closing.append(typeCell)
            if table.tail.contains(where: { $0.role == .unit }) {
                if text.last == "-" || text.last == "—" {
                    text.removeLast()
                } else if let unit = shape.rateEnding(text, at: text.count, from: 1) ?? shape.unitEnding(text, at: text.count, from: 1),
                          !ValueShape.isDigit(text[text.count - unit.count - 1]) {
                    text.removeLast(unit.count)
                    var unitCell = cell(unit, like: row.name)
                    unitCell.placedIn = .unit
                    closing.insert(unitCell, at: 0)
                }
            }
            if text.isEmpty || vocabulary.isPlaceholder(text) { return [] }
        }
        // A row opening with a number is no indicator's (`505006学生伙食费30.00`, a unit's code).
        guard let first = text.first, !ValueShape.isDigit(first) else { return nil }
        let scored = { (range: Range<Int>) in range.lowerBound > 0 && (text[range.lowerBound - 1] == "得" || text[range.lowerBound - 1] == "扣") }
        let number = [shape.firstMarkedValue(in: text, from: 2), shape.firstValue(in: text, from: 2)]
            .compactMap { $0 }.filter { !scored($0) }.min { $0.lowerBound < $1.lowerBound }
        let word = shape.qualitativeWord(in: text, minimumLength: 3)
        guard let run = [number, word].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        // Values side by side (a target and its outcome, `32.1公里2020`) are cut as a glued row's are;
        // a comparison written after the last (`95%以上`) is its.
        var values = vocabulary.comparisonWord(text, at: run.lowerBound) == nil ? splitValues(Array(text[run])) : [Array(text[run])]
        var end = run.upperBound
        if let after = vocabulary.comparisonAfterWords.first(where: {
            end + $0.count <= text.count && text[end..<(end + $0.count)].elementsEqual($0)
        }), !values.isEmpty {
            values[values.count - 1] += after
            end += after.count
        }
        let rest = Array(text[end...])
        var made = make(row, name: Array(text[..<run.lowerBound]), explanation: nil, values: values,
                        lastColumn: rest.isEmpty ? nil : rest)
        made.cells += closing
        return [made]
    }

    /// A row alone on its line whose columns after the name are all short ones (weight, unit,
    /// operator, target: 重庆's 整体绩效目标表, `指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值`, copied as
    /// `预算执行率10%=100`, `农村公路养护里程10公里=125`, `开展各种文艺活动场次1020`): cut in the header's
    /// order, the name ending where the rest reads as those columns, each optional but the target.
    /// A weight is a number up to 100 (`1020`: 10 and 20, as `102` would be no weight and `020` no
    /// target). Nil where the table has other columns or no cut reads.
    func orderedRow(_ row: IndicatorTable.Row) -> IndicatorTable.Row? {
        let columns = table.tail.map(\.role)
        guard columns.contains(.weight), columns.last == .value,
              columns.allSatisfy({ [.weight, .unit, .comparison, .value].contains($0) }) else { return nil }
        let text = row.name.compact
        // The shortest name after which the rest reads, never inside a number; a cut with a weight
        // first (`开展各种文艺活动场次1020`: 场次 is the name's, 10 the weight, not a unit before 1020).
        for weighed in [true, false] {
            for nameEnd in 2..<max(text.count, 2) where !(ValueShape.isDigit(text[nameEnd - 1]) && ValueShape.isDigit(text[nameEnd])) {
                guard let pieces = cut(text, from: nameEnd, into: columns[...], weighed: weighed) else { continue }
                var made = make(row, name: Array(text[..<nameEnd]), explanation: nil, values: [])
                made.cells = pieces.map { piece in
                    var placed = cell(Array(text[piece.range]), like: row.name)
                    placed.placedIn = piece.role
                    return placed
                }
                return made
            }
        }
        return nil
    }

    /// `text[start...]` read as `columns` in order (each but the target may be left out, the weight
    /// only where not `weighed`), or nil.
    private func cut(_ text: [Unicode.Scalar], from start: Int, into columns: ArraySlice<FormVocabulary.ColumnRole>, weighed: Bool)
        -> [(role: FormVocabulary.ColumnRole, range: Range<Int>)]? {
        guard let role = columns.first else { return start == text.count ? [] : nil }
        let rest = columns.dropFirst()
        var ends: [Int] = []
        switch role {
        case .value:
            // The target is the rest of the row, whole; it never opens with a 0 before more digits (`020`).
            guard rest.isEmpty, start < text.count else { return nil }
            let target = Array(text[start...])
            if target.count > 1, target[0] == "0", ValueShape.isDigit(target[1]) { return nil }
            return shape.isValue(target) ? [(role, start..<text.count)] : nil
        case .weight:
            var end = start
            while end < text.count, ValueShape.isDigit(text[end]) || (text[end] == "." && end > start) {
                end += 1
                if let number = Double(String(scalars: text[start..<end])), number <= 100, text[start] != "0" || end == start + 1 { ends.append(end) }
            }
        case .unit:
            ends = vocabulary.valueUnits.filter { start + $0.count <= text.count && text[start..<(start + $0.count)].elementsEqual($0) }
                .map { start + $0.count }
        case .comparison:
            var end = start
            while end < text.count, ValueShape.isSign(text[end]) { end += 1 }
            if end > start { ends.append(end) }
            if let word = vocabulary.comparisonWord(text, at: start) { ends.append(start + word.length) }
        default:
            return nil
        }
        for end in ends.reversed() {
            if let after = cut(text, from: end, into: rest, weighed: weighed) { return [(role, start..<end)] + after }
        }
        // Every column but the target may be empty.
        return role == .value || (role == .weight && weighed) ? nil : cut(text, from: start, into: rest, weighed: weighed)
    }

    /// A row's text before its values, with no digit in it, that is a name and an explanation
    /// restating it: opening and ending with the same name of four characters or more (the longest
    /// such), or ending with the name's last four characters or more (`已建工程是否存在质量问题` /
    /// `当年已完工项目是否在检查中发现质量问题`, the longest ending that stands earlier): where the name
    /// ends, where the values start, and the values.
    func repeatedName(_ text: [Unicode.Scalar]) -> (name: Int, valuesStart: Int, values: [Range<Int>])? {
        let trailing = shape.trailingValues(text, limit: slots)
        let body = Array(text[..<trailing.textEnd])
        guard body.count >= 8, !body.contains(where: ValueShape.isDigit) else { return nil }
        for length in stride(from: body.count / 2, through: 4, by: -1)
        where body.prefix(length).elementsEqual(body.suffix(length)) {
            return (length, trailing.textEnd, trailing.values)
        }
        for length in stride(from: body.count / 2, through: 4, by: -1) {
            let ending = body.suffix(length)
            // The name's end: where the ending stands first, the explanation after it as long at least.
            if let at = (0...(body.count - 2 * length)).first(where: { body[$0..<($0 + length)].elementsEqual(ending) }), at + length >= 4 {
                return (at + length, trailing.textEnd, trailing.values)
            }
        }
        return nil
    }

    /// Where the last column's text after a row's values ends when the next row follows it: after
    /// a word such text ends with (`kept_text_endings`: 扣分, 不得分), before a name with no digit
    /// or sentence mark that ends with its own values. The first name and the text have no digit
    /// either (a number inside a name is no value; text with numbers is left whole).
    func keptTextEnd(_ text: [Unicode.Scalar]) -> (values: Range<Int>, end: Int)? {
        guard !vocabulary.keptTextEndings.isEmpty, let values = shape.firstValue(in: text, from: 2),
              !text[..<values.lowerBound].contains(where: ValueShape.isDigit) else { return nil }
        var i = values.upperBound
        while i < text.count, !ValueShape.isDigit(text[i]) {
            guard let word = vocabulary.keptTextEndings.first(where: { i + $0.count <= text.count && text[i..<(i + $0.count)].elementsEqual($0) }) else {
                i += 1
                continue
            }
            let rest = Array(text[(i + word.count)...])
            if let next = shape.firstValue(in: rest, from: 2),
               !rest[..<next.lowerBound].contains(where: { ValueShape.isDigit($0) || Self.sentenceMarks.contains($0) }) {
                return (values, i + word.count)
            }
            i += word.count
        }
        return nil
    }

    /// Marks inside a sentence of text, never inside an indicator's name.
    static let sentenceMarks = MoneyText.clauseMarks.union([":", "："])

    /// A number and its unit ending one row of a glued run and the next row's name after it
    /// (`改造排水管网长度8公里新建检查井数量120座`), or a bare number after the name's bracketed unit
    /// (`实施营造林总面积(亩)80000其中:…`): after a name of three or more characters with no
    /// digit, and before a name of three or more with no digit that ends with its own value. A
    /// number inside a name (`饲料库120平米490元/平米`, `新建2个停车场面积500平方米`) has no such
    /// names around it (`quantityInNameRowEnd` reads the first).
    func unmarkedRowEnd(_ text: [Unicode.Scalar]) -> Range<Int>? {
        guard let value = shape.firstValue(in: text, from: 3), value.upperBound < text.count,
              !text[..<value.lowerBound].contains(where: ValueShape.isDigit),
              // A bare number ends a row only after a name's bracketed unit (`建设项目个数(含续建)1竣工…`,
              // `实施营造林总面积(亩)80000其中…`): inside a name it stands among characters.
              !ValueShape.isDigit(text[value.upperBound - 1]) || text[value.lowerBound - 1] == ")" else { return nil }
        let rest = Array(text[value.upperBound...])
        guard let next = shape.firstValue(in: rest, from: 3), !rest[..<next.lowerBound].contains(where: ValueShape.isDigit),
              next.upperBound == rest.count || shape.trailingValues(rest, limit: 1).values.count == 1 else { return nil }
        return value
    }

    /// A value right after a quantity the name ends with, where the table has one value column
    /// (`饲料库120平米490元/平米围墙300米…`): two values side by side, each with its unit, the first
    /// no share (`95%100%` is a target and its outcome); the first is the name's, the second ends
    /// the row before the next name.
    func quantityInNameRowEnd(_ text: [Unicode.Scalar]) -> Range<Int>? {
        guard slots == 1, let run = shape.firstValue(in: text, from: 2), run.upperBound + 2 <= text.count,
              ValueShape.isDigit(text[run.lowerBound]), !text[..<run.lowerBound].contains(where: ValueShape.isDigit),
              let middle = shape.valueEnd(text, from: run.lowerBound), middle < run.upperBound,
              shape.valueEnd(text, from: middle) == run.upperBound,
              !ValueShape.isDigit(text[middle - 1]), text[middle - 1] != "%", !ValueShape.isDigit(text[run.upperBound - 1]),
              !text[run.upperBound..<(run.upperBound + 2)].contains(where: ValueShape.isDigit) else { return nil }
        return middle..<run.upperBound
    }

    /// The form's `indicator_marker` (`指标`), folded.
    var numberingMarker: [Unicode.Scalar] {
        table.numbering.map { FormCells.compactScalars(vocabulary.fold.display($0)) } ?? []
    }

    /// Where numbered indicators (`指标2:`, the form's `indicator_marker` and a number) start in
    /// a run, past its first scalar.
    func numberedStarts(_ text: [Unicode.Scalar]) -> [Int] {
        let marker = numberingMarker
        guard let first = marker.first else { return [] }
        return (1..<max(text.count, 1)).filter { text[$0] == first && FormCells.numberedIndicator(text, at: $0, numbering: marker) }
    }

    /// Whether the text is a numbering and nothing more (`指标1:`).
    func isNumbering(_ text: [Unicode.Scalar]) -> Bool {
        let marker = numberingMarker
        return !marker.isEmpty && text.starts(with: marker) && text.count > marker.count + 1 && text.last == ":"
            && text[marker.count..<(text.count - 1)].allSatisfy(ValueShape.isDigit)
    }

    /// Rows each a name and a count glued one after another, where the table has one value column
    /// (`七氟丙烷式灭火装置及药剂10套烟感、温感控制设备160个声光报警…施工材料1批`): the run is three or
    /// more such pairs and nothing else, each name of four characters or more, each count a number
    /// and a unit of `value_units` (no money, no share, no year), the last ending the run. A name
    /// holding a count (`建设3个村级服务站`) seldom makes three pairs of it; nil for any other run.
    func quantityRows(_ row: IndicatorTable.Row) -> [IndicatorTable.Row]? {
        let text = row.name.compact
        guard slots == 1, text.count >= 15 else { return nil }
        var rows: [IndicatorTable.Row] = []
        var nameStart = 0
        var i = 4
        while i < text.count {
            guard ValueShape.isDigit(text[i]), !ValueShape.isDigit(text[i - 1]), text[i - 1] != "." else { i += 1; continue }
            var end = i
            while end < text.count, ValueShape.isDigit(text[end]) || (text[end] == "." && end + 1 < text.count && ValueShape.isDigit(text[end + 1])) {
                end += 1
            }
            guard let unit = shape.unitLength(text, at: end), case let units = text[end..<(end + unit)],
                  !units.contains("元"), !units.contains("%"), !units.contains("‰"), !units.contains("年"),
                  end + unit == text.count || ChineseFold.isHan(text[end + unit].value) else { i = end; continue }
            rows.append(make(row, name: Array(text[nameStart..<i]), explanation: nil, values: [Array(text[i..<(end + unit)])]))
            nameStart = end + unit
            i = nameStart + 4
        }
        return nameStart == text.count && rows.count >= 3 ? rows : nil
    }

    /// Where the vocabulary's direction words (`正向指标`) stand right after a value in a glued run.
    func directionEnds(_ text: [Unicode.Scalar]) -> [Range<Int>] {
        var ends: [Range<Int>] = []
        var i = 2
        while i < text.count {
            // The longest word standing here (the vocabulary lists the longest first).
            if let word = vocabulary.directionValues.first(where: { i + $0.count <= text.count && text[i..<(i + $0.count)].elementsEqual($0) }),
               !shape.trailingValues(Array(text[(ends.last?.upperBound ?? 0)..<i]), limit: 1).values.isEmpty {
                ends.append(i..<(i + word.count))
                i += word.count
            } else {
                i += 1
            }
        }
        return ends
    }

    /// A glued run that kept its spaces, cut into rows: each its text tokens (between spaces) and
    /// the values standing alone after them (opening with a digit or sign: `80000`, `≥95% 10`);
    /// text after the last values is a segment of its own. Nil when the run has no space, or where
    /// rows do not end with their values (`…≥ 1500 人 30 正向指标` keeps its own cuts).
    func spacedSegments(_ name: FormCell) -> [(texts: [Range<Int>], values: [Range<Int>])]? {
        guard valuesEndRows, TextCleaning.containsWhitespace(name.text) else { return nil }
        let text = name.compact
        let places = FormCells.ScalarPlaces(name.text)
        guard places.count == text.count else { return nil }  // a cell whose text was made from its folding
        let starts = [0] + (1..<max(text.count, 1)).filter { places.afterWhitespace($0) }
        guard starts.count > 1 else { return nil }
        var segments: [(texts: [Range<Int>], values: [Range<Int>])] = []
        var texts: [Range<Int>] = [], values: [Range<Int>] = []
        // With no unit column, a unit a space after a bare number is the number's (`2000 次汇总…`:
        // 2000次, then the next name).
        let unitColumn = table.tail.contains { $0.role == .unit }
        for (index, var start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : text.count
            if !unitColumn, let last = values.last, ValueShape.isBareNumber(text[last]),
               let unit = shape.unitLength(text, at: start), start + unit < end {
                values[values.count - 1] = last.lowerBound..<(start + unit)
                start += unit
            }
            let token = Array(text[start..<end])
            let isValue = (token.first.map { ValueShape.isDigit($0) || ValueShape.isSign($0) } ?? false)
                && shape.valueEnd(token, from: 0) == token.count
            if isValue, !texts.isEmpty {
                values.append(start..<end)
            } else {
                if !values.isEmpty {
                    segments.append((texts, values))
                    texts = []
                    values = []
                }
                texts.append(start..<end)
            }
        }
        if !texts.isEmpty || !values.isEmpty { segments.append((texts, values)) }
        return segments
    }

    /// One segment of a spaced run as rows. Two or more pieces of text before its values: where a
    /// kept column (指标解释) stands before the values, the last is the explanation; where the values
    /// fall short of the value and weight columns, the last is the target, one the vocabulary does
    /// not know (`重大动物疫情发生情况 无区域性重大疫情 30`). Else the segment is cut as glued text.
    func spacedRows(_ row: IndicatorTable.Row, _ segment: (texts: [Range<Int>], values: [Range<Int>])) -> [IndicatorTable.Row] {
        let text = row.name.compact
        guard let first = segment.texts.first, let lastText = segment.texts.last else { return [] }
        let end = segment.values.last?.upperBound ?? lastText.upperBound
        let valueColumns = table.tail.filter { $0.role.takesValue || $0.role == .weight }.count
        let keptBefore = table.tail.prefix { !$0.role.takesValue }.contains { $0.role == .kept }
        // Only bare numbers after the text (weights): the target is text (`无区域性重大疫情 30`), not `居民 满意度 ≥85%`.
        let onlyWeights = segment.values.allSatisfy { ValueShape.isBareNumber(text[$0]) }
        if segment.texts.count > 1, !segment.values.isEmpty, keptBefore || (segment.values.count < valueColumns && onlyWeights) {
            let name = Array(text[first.lowerBound..<lastText.lowerBound])
            let values = segment.values.map { Array(text[$0]) }
            return [keptBefore ? make(row, name: name, explanation: Array(text[lastText]), values: values)
                               : make(row, name: name, explanation: nil, values: [Array(text[lastText])] + values)]
        }
        var piece = row
        piece.name = cell(Array(text[first.lowerBound..<end]), like: row.name)
        return rows(of: piece)
    }

    /// Whether every column from the table's first value column on takes a value or a weight.
    var valuesEndRows: Bool {
        guard let first = table.tail.firstIndex(where: { $0.role.takesValue }) else { return false }
        return table.tail[first...].allSatisfy { $0.role.takesValue || $0.role == .weight }
    }

    /// Several values glued in a row (`≥100%100%`), one per place or operator column.
    func splitValues(_ text: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        let trailing = shape.trailingValues(text, limit: slots)
        var values = trailing.values.map { Array(text[$0]) }
        if trailing.textEnd > 0 { values.insert(Array(text[..<trailing.textEnd]), at: 0) }
        return values
    }

    /// A row of `name`, an explanation kept before the values, the values, and the text of a
    /// last column after them (`lastColumn`, see `endsWithText`).
    func make(_ row: IndicatorTable.Row, name: [Unicode.Scalar], explanation: [Unicode.Scalar]?,
              values: [[Unicode.Scalar]], lastColumn: [Unicode.Scalar]? = nil) -> IndicatorTable.Row {
        var out = row
        var name = name
        // A direction word ending the name before its values (`租车次数(次)正向` | `大于等于11次`):
        // the direction column's, glued.
        var direction: FormCell?
        if !values.isEmpty, let word = vocabulary.directionValues.filter({ $0.count + 2 <= name.count && name.suffix($0.count).elementsEqual($0) })
            .max(by: { $0.count < $1.count }) {
            name.removeLast(word.count)
            direction = cell(word, like: row.name)
            if table.tail.contains(where: { $0.role == .direction }) { direction?.placedIn = .direction }
        }
        out.name = cell(name, like: row.name)
        out.cells = direction.map { [$0] } ?? []
        out.guessed.append("粘连的单元格按词汇和指标值的样子拆开")
        if let explanation, !explanation.isEmpty {
            if table.tail.contains(where: { $0.role == .kept }) {
                var kept = cell(explanation, like: row.name)
                kept.placedIn = .kept
                out.cells.append(kept)
            } else {
                out.name = cell(name + explanation, like: row.name)  // no column to keep it in
            }
        }
        var values = values
        // Digits glued across place columns: `2312222` over seven places is 2, 3, 1, 2, 2, 2, 2.
        let places = table.placeCount
        if places > 1, values.count < places + (table.tail.contains { $0.role == .comparison } ? 1 : 0),
           let last = values.last {
            let digits = last.filter { ValueShape.isDigit($0) }
            let signs = last.prefix { ValueShape.isSign($0) }
            if digits.count == places - (values.count - 1), signs.count + digits.count == last.count {
                values.removeLast()
                if !signs.isEmpty, table.tail.contains(where: { $0.role == .comparison }) { values.append(Array(signs)) }
                for (index, digit) in digits.enumerated() {
                    values.append((index == 0 && !table.tail.contains { $0.role == .comparison } ? Array(signs) : []) + [digit])
                }
                out.guessed.append("粘连的数字按地区列数逐位拆开")
            }
        }
        // A target and its result glued and alike (`…变质比例00`: 0 and 0; `等于100100%`: 等于100%
        // and 100%), where the result's column follows the target's and no other value but bare
        // numbers (a weight, a score) was found: the text, or its number, twice over is both.
        if let target = table.tail.firstIndex(where: { $0.role.holdsValue }), target + 1 < table.tail.count,
           table.tail[target + 1].role == .alternative, let first = values.first,
           values.dropFirst().allSatisfy({ $0.allSatisfy(ValueShape.isDigit) }),
           let split = doubledTarget(first, numberToo: values.count > 1) {
            values.replaceSubrange(0...0, with: [split.target, split.result])
            out.guessed.append("粘连的目标值和完成值相同，拆成两格")
        }
        // A self-evaluation's weight and score glued and alike (`2020`: 分值 20, 得分 20), where the
        // score's column follows the weight's and the run left it no value: the text twice over is both.
        if let weight = table.tail.firstIndex(where: { $0.role == .weight }), weight + 1 < table.tail.count,
           table.tail[weight + 1].role == .score, values.count > 1, values.count <= slots,
           let last = values.last, last.allSatisfy(ValueShape.isDigit), let half = Self.doubledHalf(last),
           let points = Int(String(scalars: half)), points <= 100 {
            values[values.count - 1] = half
            values.append(half)
            out.guessed.append("粘连的分值和得分相同，拆成两格")
        }
        // With an operator column, a full set of values starts with the operator
        // (`是/否否否`: 是/否, then one per place); else a sign before the first value is it.
        let hasComparison = table.tail.contains { $0.role == .comparison }
        let weights = table.tail.filter { $0.role == .weight }.count
        if hasComparison, values.count == table.valueSlots + weights, values.count > 1 + weights,
           !values[0].contains(where: ValueShape.isDigit) {
            var comparison = cell(values.removeFirst(), like: row.name)
            comparison.placedIn = .comparison
            out.cells.append(comparison)
        } else if hasComparison, let first = values.first {
            let signs = first.prefix { ValueShape.isSign($0) }
            if !signs.isEmpty, signs.count < first.count {
                values[0] = Array(first[signs.count...])
                values.insert(Array(signs), at: 0)
            }
        }
        // A unit column beside the target: the unit glued to the target is that column's (`≥200次`: ≥200, 次).
        if let unitColumn = table.tail.firstIndex(where: { $0.role == .unit }), unitColumn > 0, table.tail[unitColumn - 1].role.holdsValue,
           !values.contains(where: shape.isUnit), let at = values.firstIndex(where: { unitSplit($0) != nil }), let split = unitSplit(values[at]) {
            values[at] = split.number
            values.insert(split.unit, at: at + 1)
        }
        // A unit column before the target (`单位 | 指标值`): the unit glued to the end of the name is
        // that column's (`猪肉产量稳定率%≥95%`: 猪肉产量稳定率, %, ≥95%).
        if let unitColumn = table.tail.firstIndex(where: { $0.role == .unit }), unitColumn + 1 < table.tail.count,
           table.tail[unitColumn + 1].role.holdsValue, !values.contains(where: shape.isUnit),
           let unit = shape.unitEnding(out.name.compact, at: out.name.compact.count, from: 2) {
            let name = Array(out.name.compact.dropLast(unit.count))
            out.name = cell(name, like: row.name)
            var unitCell = cell(unit, like: row.name)
            unitCell.placedIn = .unit
            out.cells.append(unitCell)
        }
        out.cells += values.map { cell($0, like: row.name) }
        if let lastColumn {
            var kept = cell(lastColumn, like: row.name)
            kept.placedIn = .kept
            out.cells.append(kept)
        }
        return out
    }

    /// A target and its result written alike and glued: the text twice (`00`, `9595`), or, with
    /// `numberToo` (the run's weight or score stood after it, so its digits are the two values'
    /// alone), its number twice between its comparison and unit (`大于等于11次`: 大于等于1次 and 1次).
    func doubledTarget(_ value: [Unicode.Scalar], numberToo: Bool) -> (target: [Unicode.Scalar], result: [Unicode.Scalar])? {
        if let half = Self.doubledHalf(value), shape.isValue(half) { return (half, half) }
        guard numberToo, let number = numberRange(value), let half = Self.doubledHalf(Array(value[number])), half.last != "." else { return nil }
        let unit = Array(value[number.upperBound...])
        return (Array(value[..<number.lowerBound]) + half + unit, half + unit)
    }

    /// The first half of a text that is the same text twice (`00`, `9595`), else nil.
    static func doubledHalf(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard text.count >= 2, text.count % 2 == 0 else { return nil }
        let half = text.count / 2
        return text[..<half].elementsEqual(text[half...]) ? Array(text[..<half]) : nil
    }

    /// A value that is a number and a unit (`≥200次`, `≤0.9‰`, `1.2万元`): the two apart.
    func unitSplit(_ value: [Unicode.Scalar]) -> (number: [Unicode.Scalar], unit: [Unicode.Scalar])? {
        guard let number = numberRange(value), number.upperBound < value.count else { return nil }
        return (Array(value[..<number.upperBound]), Array(value[number.upperBound...]))
    }

    /// Where a value's number stands (`大于等于11次`: 11), after its comparison and signs, where
    /// what follows it is a unit of the vocabulary or nothing; nil otherwise.
    func numberRange(_ value: [Unicode.Scalar]) -> Range<Int>? {
        var i = vocabulary.comparisonWord(value, at: 0)?.length ?? 0
        while i < value.count, ValueShape.isSign(value[i]) { i += 1 }
        let digits = i
        while i < value.count, ValueShape.isDigit(value[i]) || (value[i] == "." && i > digits) { i += 1 }
        guard i > digits, i == value.count || shape.unitLength(value, at: i) == value.count - i else { return nil }
        return digits..<i
    }

    func cell(_ scalars: [Unicode.Scalar], like model: FormCell) -> FormCell {
        var cell = model
        cell.compact = scalars
        cell.text = String(scalars: scalars)
        cell.role = nil
        return cell
    }
}
