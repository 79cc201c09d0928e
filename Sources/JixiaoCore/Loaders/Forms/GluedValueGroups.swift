/// Rows glued one after another in a table whose values stand in several columns after the name,
/// as a self-evaluation (自评表) writes them: 分值 | 年度指标值 | 全年实际值 | 得分
/// (`安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10`), or a target and the year's outcome
/// (`…付息及时率100%100%县级储备粮应急保障率100%100%`). Each row is a name and a run of as many
/// values as those columns (one more where a score follows them); a shorter run is part of a name
/// (`5000吨稻谷、500吨成品粮储备到位率100%100%`).
extension GluedRow {
    /// How many values a row's run holds: the columns from the first that takes a number (weight,
    /// target, outcome) to the last; nil where the table has no weight before its target and no
    /// outcome after it (other tables' glued rows are cut as before).
    var valueGroupSize: Int? {
        let numeric = { (role: FormVocabulary.ColumnRole) in role.takesValue || role == .weight }
        guard let first = table.tail.firstIndex(where: { numeric($0.role) }),
              let last = table.tail.lastIndex(where: { numeric($0.role) }) else { return nil }
        let columns = table.tail[first...last]
        guard let target = columns.firstIndex(where: { $0.role.holdsValue }) else { return nil }
        let weightFirst = columns[..<target].contains { $0.role == .weight }
        let outcomeAfter = columns[target...].contains { $0.role == .alternative }
        guard weightFirst || outcomeAfter, columns.allSatisfy({ numeric($0.role) }), columns.count >= 2 else { return nil }
        return columns.count
    }

    /// The rows of a run cut after each run of `size` values (or one more, a score), its text
    /// before them the name, what follows the last such run read as before; nil when no run is so found.
    func valueGroupRows(_ row: IndicatorTable.Row, size: Int) -> [IndicatorTable.Row]? {
        let text = row.name.compact
        var tokens: [(range: Range<Int>, isValue: Bool, isKept: Bool)] = []
        var i = 0, textStart = 0
        var run = 0  // values in the run going on
        // A text column after the values (未完成原因及改进措施): a stock phrase right after a full
        // run (`100%1000件达成预期指标监控系统…`) is that column's, not the next name's opening.
        let textAfterRun = table.tail.lastIndex { $0.role.takesValue || $0.role == .weight }
            .map { last in table.tail[(last + 1)...].contains { $0.role == .kept } } ?? false
        while i < text.count {
            // A qualitative word is a value inside a run not yet full (`10显著提升显著提升10`), not
            // the next name's opening (`…≥90%10及时(按期)完工率`).
            let afterValue = tokens.last?.isValue == true && textStart == i
            let inRun = afterValue && run < size
            if let end = valueAt(text, i, afterValue: inRun) {
                run = afterValue ? run + 1 : 1
                if textStart < i { tokens.append((textStart..<i, false, false)) }
                tokens.append((i..<end, true, false))
                i = end
                textStart = end
            } else if textAfterRun, afterValue, run == size, let end = valueAt(text, i, afterValue: true) {
                tokens.append((i..<end, false, true))
                i = end
                textStart = end
            } else {
                i += 1
            }
        }
        if textStart < text.count { tokens.append((textStart..<text.count, false, false)) }
        // Rows: text, then a run of values of the row's size; shorter runs belong to the text.
        var rows: [IndicatorTable.Row] = []
        var nameStart = 0
        var k = 0
        while k < tokens.count {
            guard tokens[k].isValue else { k += 1; continue }
            var end = k
            while end + 1 < tokens.count, tokens[end + 1].isValue { end += 1 }
            let count = end - k + 1
            if count == size || count == size + 1, tokens[k].range.lowerBound - nameStart >= 2 {
                var values = tokens[k...end].map { Array(text[$0.range]) }
                if weightOpensRun, let split = weightGluedToValue(values[0], next: values.dropFirst().first) {
                    values.replaceSubrange(0...0, with: [split.weight, split.value])
                }
                let kept = end + 1 < tokens.count && tokens[end + 1].isKept ? tokens[end + 1].range : nil
                rows.append(make(row, name: Array(text[nameStart..<tokens[k].range.lowerBound]), explanation: nil, values: values,
                                 lastColumn: kept.map { Array(text[$0]) }))
                nameStart = kept?.upperBound ?? tokens[end].range.upperBound
            }
            k = end + 1
        }
        guard !rows.isEmpty else { return nil }
        if nameStart < text.count {
            // What follows the last full run (a last row whose run the line cut short) is read as before.
            var rest = row
            rest.name = cell(Array(text[nameStart...]), like: row.name)
            rows += self.rows(of: rest)
        }
        return rows
    }

    /// Whether a row's run of values opens with its weight (分值 before the target).
    var weightOpensRun: Bool {
        table.tail.first { $0.role.takesValue || $0.role == .weight }?.role == .weight
    }

    /// A weight glued to the target after it where the run opens with the weight: a percentage
    /// over 100 (`20100%`: 20 and 100%) cut where one cut alone leaves a whole weight of at most 100
    /// and a percentage of at most 100; a number with another unit, which no weight has
    /// (`1020万元`: 10 and 20万元), where one cut alone leaves such a weight and a number, or, of
    /// several, the one whose target the outcome after it repeats (`1020万元20万元`).
    func weightGluedToValue(_ value: [Unicode.Scalar], next: [Unicode.Scalar]?) -> (weight: [Unicode.Scalar], value: [Unicode.Scalar])? {
        guard let unitStart = value.firstIndex(where: { !ValueShape.isDigit($0) && $0 != "." }), unitStart >= 2 else { return nil }
        let digits = Array(value[..<unitStart]), unit = Array(value[unitStart...])
        let percentage = unit == ["%"]
        guard let whole = Double(String(scalars: digits[...])), !percentage || whole > 100, unit != ["分"] else { return nil }
        let cuts = (1..<digits.count).filter { cut in
            let weight = digits[..<cut], rest = digits[cut...]
            guard !weight.contains("."), rest.first != "0" || rest.count == 1 || rest.dropFirst().first == ".",
                  rest.first != ".", let w = Double(String(scalars: weight)), let r = Double(String(scalars: rest)) else { return false }
            return w > 0 && w <= 100 && (!percentage || r <= 100)
        }
        let repeated = cuts.filter { Array(digits[$0...]) + unit == next }
        guard let cut = cuts.count == 1 ? cuts.first : repeated.count == 1 ? repeated.first : nil else { return nil }
        return (Array(digits[..<cut]), Array(digits[cut...]) + unit)
    }

    /// Where an answer starting at `i` ends (`question_answers`): the text before it, back to the
    /// last value, asks the question (是否) and goes on after it, and the answer is followed by the
    /// run's end, a number or a stock phrase (`达成预期指标`); nil otherwise.
    func answerEnd(_ text: [Unicode.Scalar], _ i: Int) -> Int? {
        for (question, answers) in vocabulary.questionAnswers {
            guard let answer = answers.first(where: { i + $0.count <= text.count && text[i..<(i + $0.count)].elementsEqual($0) }) else { continue }
            let end = i + answer.count
            let before = text[..<i].lastIndex(where: { ValueShape.isDigit($0) || $0 == "%" }).map { $0 + 1 } ?? 0
            guard let asked = (before..<max(before, i - question.count)).last(where: { text[$0..<($0 + question.count)].elementsEqual(question) }),
                  asked + question.count < i,
                  end == text.count || ValueShape.isDigit(text[end])
                    || vocabulary.qualitativeValues.contains(where: { $0.count >= 2 && end + $0.count <= text.count && text[end..<(end + $0.count)].elementsEqual($0) })
            else { continue }
            return end
        }
        return nil
    }

    /// Where a value starting at `i` ends: a number with its signs and unit (`10`, `≥266米`,
    /// `100%`), or, right after another value, a qualitative word (`显著提升`).
    private func valueAt(_ text: [Unicode.Scalar], _ i: Int, afterValue: Bool) -> Int? {
        // A digit opens a value where no number runs on into it (`3、`'s digits after `2` do not).
        let opens = ValueShape.isDigit(text[i]) ? i == 0 || !(ValueShape.isDigit(text[i - 1]) || text[i - 1] == ".")
            : ValueShape.isSign(text[i]) || vocabulary.comparisonWord(text, at: i) != nil
        if opens, let end = shape.valueEnd(text, from: i), end > i {
            return end
        }
        // The answer to the question the name asks (`公众知晓度是否明显提高是`: 是), right after it.
        if let end = answerEnd(text, i) { return end }
        guard afterValue else { return nil }
        return vocabulary.qualitativeValues.filter { $0.count >= 2 && i + $0.count <= text.count && text[i..<(i + $0.count)].elementsEqual($0) }
            .map { i + $0.count }.max()
    }
}
