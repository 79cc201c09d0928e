import Foundation

/// Layout B: one key–value form per project (`2023年部门项目支出绩效目标表`), as in seed 003
/// (Yuanzhou district). PDF extraction broke labels over lines (`一级指\n\n标`), wrapped
/// level-3 names onto following lines, and left the value on its own line; a blank line
/// between two lines means "same cell, wrapped", no blank line means "next cell".
public enum ProjectFormLoader: LayoutLoader {
    public static let layout = Layout.projectForm


    struct Line {
        let number: Int
        let text: String
        /// A blank line stood right before this one.
        let afterBlank: Bool
    }

    public static func accepts(_ text: String, layouts: NamedLayouts) -> Bool {
        let form = layouts.projectForm
        // Its indicators are numbered (`指标1：`); other templates go to the generic reader.
        guard text.containsText(form.title), TextCleaning.numberedMarker(form.indicator_marker, in: text) != nil else { return false }
        var found = false
        // Its 项目名称 line is plain text: a line of `|`- or tab-separated cells is some other
        // template's table row, for the generic reader.
        TextCleaning.forEachLine(text) { line in
            found = TextCleaning.trimSpaces(line).startsWithText("项目名称")
                && !line.utf8.contains(UInt8(ascii: "|")) && !line.utf8.contains(UInt8(ascii: "\t"))
            return !found
        }
        return found
    }

    public static func load(text: String, file: String, countyOverride: String?, layouts: NamedLayouts) throws -> CountyDocument {
        let form = layouts.projectForm
        var lines: [Line] = []
        var blank = false
        for (index, raw) in TextCleaning.lines(text).enumerated() {
            let trimmed = TextCleaning.trimSpaces(raw)
            if trimmed.isEmpty { blank = true; continue }
            lines.append(Line(number: index + 1, text: trimmed, afterBlank: blank))
            blank = false
        }
        var reader = Reader(file: file, form: form)
        // A unit line anywhere (above the first form, between forms, below the last) states
        // the unit of every form that does not state its own beside 项目资金.
        lines.removeAll { line in
            guard let unit = MoneyUnit.fromUnitLine(line.text) else { return false }
            reader.moneyUnit = reader.moneyUnit ?? unit
            reader.structureLines += 1
            return true
        }
        var formStart: Int?
        for (index, line) in lines.enumerated() where line.text.containsText(form.title) {
            if let start = formStart { reader.readForm(lines[start..<index]) }
            formStart = index
        }
        if let start = formStart { reader.readForm(lines[start..<lines.count]) }
        for line in lines[..<(lines.firstIndex { $0.text.containsText(form.title) } ?? lines.count)] {
            reader.reject(line.number, line.text, "第一张表单标题之前的文字 (text before the first 绩效目标表 title)")
        }
        return reader.finish(countyOverride: countyOverride)
    }

    struct Reader: LayoutReader {
        let file: String
        var projects: [Project] = []
        var departments: [Department] = []
        var moneyUnit: MoneyUnit?
        var rowsRead = 0
        var rowsWritten = 0
        var structureLines = 0
        var rejected: [RejectedRow] = []
        var findings: [Finding] = []

        /// Layout B's words (`Data/layouts.yaml`, `project_form`).
        let form: NamedLayouts.ProjectForm
        /// The header keys by role, in the order the form prints them.
        let keyScalars: [(String, [Unicode.Scalar])]

        init(file: String, form: NamedLayouts.ProjectForm) {
            self.file = file
            self.form = form
            keyScalars = form.orderedKeys.map { ($0.role, Array($0.word.unicodeScalars)) }
        }


        // MARK: One form

        mutating func readForm(_ form: ArraySlice<Line>) {
            guard let title = form.first else { return }
            structureLines += 1
            // Everything is searched below the title line (a title line that itself holds
            // 三级指标 or 一级指 must not end the form before it starts: a fuzz crash).
            let body = form.dropFirst()
            let layout = self.form
            let tableHeader = body.firstIndex { $0.text.containsText(layout.table_header) }
            let headerEnd = tableHeader ?? form.endIndex
            // The goal ends where the vertical 绩/效/指/标 label or the 一级指标 header starts.
            let goalEnd = body[body.startIndex..<headerEnd].firstIndex { line in
                layout.goal_ends_line.contains(line.text) || layout.goal_ends_prefix.contains { line.text.hasPrefix($0) }
            } ?? headerEnd
            structureLines += headerEnd - goalEnd + (tableHeader == nil ? 0 : 1)

            let fields = keyValues(body[body.startIndex..<goalEnd])
            guard let nameField = fields["project"], !nameField.value.isEmpty else {
                for line in form {
                    reject(line.number, line.text, "表单缺少「项目名称」，无法确定项目 (form without 项目名称)")
                }
                return
            }
            let departmentName = fields["department"].map { TextCleaning.dewrap($0.value) } ?? ""
            let department = OrgName(parsing: departmentName.isEmpty ? "未注明主管部门" : departmentName)
            let unitName = fields["unit"].map { TextCleaning.dewrap($0.value) }
            if let unitLabel = fields["money"] {
                moneyUnit = MoneyUnit.detect(in: unitLabel.value) ?? moneyUnit
            }
            let unit = moneyUnit ?? .wanYuan
            let budgetText = fields["budget"]?.value ?? ""
            var project = Project(department: department,
                                  unit: unitName.map { OrgName(parsing: $0) },
                                  nameAsWritten: nameField.value,
                                  budget: TextCleaning.number(stripColon(budgetText)).map(unit.toWan),
                                  budgetAsWritten: stripColon(budgetText),
                                  goal: goalText(fields["goal"]?.value ?? ""),
                                  source: source(nameField.line))
            project.name = TextCleaning.cleanName(nameField.value)
            project.fiscalFunds = fields["fiscal"].flatMap { TextCleaning.number(stripColon($0.value)) }.map(unit.toWan)
            project.otherFunds = fields["other"].flatMap { TextCleaning.number(stripColon($0.value)) }.map(unit.toWan)
            project.attribute = fields["attribute"]?.value
            project.period = fields["period"]?.value
            if project.budget == nil {
                findings.append(Finding(severity: .warning, rule: RuleID.budgetMissing,
                    message: "表单的年度资金总额缺失或不是数字：「\(budgetText)」", county: "",
                    department: department.description, project: project.name,
                    source: source(fields["budget"]?.line ?? title.number), stage: "load"))
            }
            if !departments.contains(where: { $0.org == department }) {
                departments.append(Department(org: department, statedTotal: nil, source: source(title.number)))
            }
            if let tableHeader {
                project.indicators = readIndicators(form[(tableHeader + 1)...])
            } else {
                findings.append(Finding(severity: .error, rule: RuleID.indicatorsMissing,
                    message: "表单没有「一级指标 二级指标 三级指标 指标值」表头，未读到绩效指标", county: "",
                    department: department.description, project: project.name,
                    source: source(title.number), stage: "load"))
            }
            projects.append(project)
        }

        func stripColon(_ text: String) -> String {
            let scalars = text.unicodeScalars
            let isColon = { (s: Unicode.Scalar) in s == "：" || s == ":" || s == " " }
            guard let first = scalars.firstIndex(where: { !isColon($0) }),
                  let last = scalars.lastIndex(where: { !isColon($0) }) else { return "" }
            return String(scalars[first...last])
        }

        /// Several goals (`目标1：… 目标2：…`) each start on a line of their own.
        func goalText(_ text: String) -> String {
            var result = text
            var starts: [String.Index] = []
            var from = text.startIndex
            while let marker = TextCleaning.numberedMarker(form.goal_marker, in: text, from: from) {
                if marker.lowerBound != text.startIndex { starts.append(marker.lowerBound) }
                from = marker.upperBound
            }
            for start in starts.reversed() { result.insert("\n", at: start) }
            return result
        }

        /// Joins the header lines (wraps broke keys and values over lines) and cuts the text
        /// at the known keys, remembering the line each key stood on.
        /// The header fields of one form: a handful, so a list beats a dictionary keyed by
        /// Chinese strings (whose hashing normalises every key).
        struct Fields {
            var entries: [(key: String, value: String, line: Int)] = []

            subscript(key: String) -> (value: String, line: Int)? {
                entries.first { $0.key == key }.map { ($0.value, $0.line) }
            }
        }

        func keyValues(_ lines: ArraySlice<Line>) -> Fields {
            var joined: [Unicode.Scalar] = []
            var lineAt: [(offset: Int, line: Int)] = []
            for line in lines {
                lineAt.append((joined.count, line.number))
                joined += line.text.unicodeScalars
                joined.append(" ")
            }
            // Keys may be broken by the spaces we joined with: search a space-free copy.
            var compact: [Unicode.Scalar] = []
            var compactToJoined: [Int] = []
            for (offset, scalar) in joined.enumerated() where !TextCleaning.isWhitespace(scalar) {
                compact.append(scalar)
                compactToJoined.append(offset)
            }
            var found: [(key: String, start: Int, end: Int)] = []
            var searchFrom = 0
            for (key, keyScalars) in self.keyScalars {
                var position = searchFrom
                while position + keyScalars.count <= compact.count {
                    if compact[position] == keyScalars[0],
                       compact[position..<(position + keyScalars.count)].elementsEqual(keyScalars) { break }
                    position += 1
                }
                if position + keyScalars.count <= compact.count {
                    found.append((key, position, position + keyScalars.count))
                    searchFrom = position + keyScalars.count
                }
            }
            var result = Fields()
            for (index, entry) in found.enumerated() {
                let valueStart = entry.end < compactToJoined.count ? compactToJoined[entry.end] : joined.count
                let valueEnd = index + 1 < found.count ? compactToJoined[found[index + 1].start] : joined.count
                let value = valueStart < valueEnd ? String(String.UnicodeScalarView(joined[valueStart..<valueEnd])) : ""
                let keyOffset = compactToJoined[entry.start]
                let line = lineAt.last { $0.offset <= keyOffset }?.line ?? lines.first?.number ?? 0
                result.entries.append((entry.key, TextCleaning.dewrap(value), line))
            }
            return result
        }

        // MARK: Indicators

        /// An indicator being read: its name may wrap over several lines before its value.
        struct PendingItem {
            var level1: String
            var level2: String
            var name: String
            var line: Int
        }

        mutating func readIndicators(_ lines: ArraySlice<Line>) -> [Indicator] {
            var indicators: [Indicator] = []
            var level1 = ""
            var level2 = ""
            var labels: [Line] = []
            var pending: PendingItem?

            func emit(_ item: PendingItem, value: String) {
                rowsWritten += 1
                indicators.append(Indicator(level1Label: item.level1, level2Label: item.level2,
                                            nameAsWritten: item.name, valueAsWritten: value,
                                            source: source(item.line)))
            }
            func flushPending() {
                guard let item = pending else { return }
                findings.append(Finding(severity: .warning, rule: RuleID.valueMissing,
                    message: "指标「\(item.name)」没有指标值", county: "", source: source(item.line), stage: "load"))
                emit(item, value: "")
                pending = nil
            }
            func resolveLabels(extra: String, line: Int) {
                if labels.isEmpty && extra.isEmpty { return }
                var text = (labels.map(\.text) + [extra]).joined()
                text.unicodeScalars.removeAll(where: TextCleaning.isWhitespace)
                guard !text.isEmpty else { return }
                var segments: [String] = []
                var rest = Substring(text)
                while let end = TextCleaning.end(of: "指标", in: rest) {
                    segments.append(String(rest[..<end]))
                    rest = rest[end...]
                }
                if !rest.isEmpty {
                    reject(labels.first?.number ?? line, String(rest),
                           "无法识别的指标类别文字 (label text that is not a 一级/二级指标)")
                }
                if segments.count >= 2 {
                    level1 = segments[0]
                    level2 = segments[segments.count - 1]
                } else if let only = segments.first {
                    level2 = only
                }
                labels.removeAll()
            }

            for line in lines {
                if let marker = TextCleaning.numberedMarker(form.indicator_marker, in: line.text) {
                    flushPending()
                    let prefix = String(line.text[..<marker.lowerBound])
                    resolveLabels(extra: prefix, line: line.number)
                    rowsRead += 1  // counted here, written by emit
                    let body = String(line.text[marker.lowerBound...])
                    let bounds = TextCleaning.nameBounds(body)
                    let name = String(body.unicodeScalars[bounds])
                    let numbering = String(body.unicodeScalars[..<bounds.lowerBound])
                    // Cells are separated by a space: the last space-separated part is the value.
                    if let split = name.unicodeScalars.lastIndex(where: TextCleaning.isWhitespace) {
                        let value = TextCleaning.trimSpaces(name[name.unicodeScalars.index(after: split)...])
                        let itemName = numbering + TextCleaning.trimSpaces(name[..<split])
                        emit(PendingItem(level1: level1, level2: level2, name: itemName, line: line.number), value: value)
                    } else {
                        pending = PendingItem(level1: level1, level2: level2, name: numbering + name, line: line.number)
                    }
                } else if var item = pending {
                    let wraps = line.afterBlank && form.blank_line_continues_cell
                    if !wraps || startsLikeValue(line.text) {
                        emit(item, value: line.text)
                        pending = nil
                    } else {
                        item.name += line.text
                        pending = item
                    }
                } else {
                    labels.append(line)
                }
            }
            flushPending()
            for line in labels {
                reject(line.number, line.text, "表单末尾的文字不属于任何指标 (text after the last indicator)")
            }
            return indicators
        }

        func startsLikeValue(_ text: String) -> Bool {
            guard let first = TextCleaning.foldWidth(text).first else { return false }
            return "≤≥<>=".contains(first) || first.isASCIIDigit
        }

        func finish(countyOverride: String?) -> CountyDocument {
            document(layout: layout, countyOverride: countyOverride)
        }
    }
}
