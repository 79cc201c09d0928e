import Foundation

/// The state of one file's read: forms, allocation tables, and the row accounting.
struct FormReader: LayoutReader {
    let file: String
    let rules: ReadingRules
    var projects: [Project] = []
    var departments: [Department] = []
    var moneyUnit: MoneyUnit?
    /// The unit a unit line outside the forms' headers states (`fileUnit`).
    var fileUnit: MoneyUnit?
    /// The title lines of the forms that state no money unit: one finding names them all.
    var unitlessForms: [Int] = []
    var rowsRead = 0
    var rowsWritten = 0
    var structureLines = 0
    var rejected: [RejectedRow] = []
    var findings: [Finding] = []
    var renderings: [Rendering: Int] = [:]
    /// Allocation tables: their total in 万元, the organisations they name, where they stand.
    var allocations: [(total: Double?, text: [String], line: Int)] = []
    /// Header texts that say whose form it is, in order of trust, for the county.
    var ownerTexts: [String] = []
    var contextTexts: [String] = []
    var titleTexts: [String] = []
    /// Text cells standing right before each title, for the title's context.
    var titleContext: [FormCell] = []
    /// Regions with an indicator table: an allocation table is compared with a lone form only.
    var formRegions = 0
    var readingNotes: [String] = []
    /// The named layout (`Data/layouts.yaml`) a table's header matched, if any.
    var namedLayout: Layout?
    /// The text's last line when the text ends without a line break: a copy cut short (published
    /// pages are kept to about 2,000 bytes), whose last cell may be cut inside.
    var cutLine: Int?
    /// The copy cut short ends at a cell's edge (`| 资金到位及时率 | ≧ | 100 |`): its last cell is
    /// whole, the cells its row had after it (a unit) may be cut off.
    var cutAtCellEdge = false
    /// Why the first form read without an indicator table has none, where its text tells (its
    /// targets are sentences, the copy ends before the table): the file's error says it too.
    var whyNoTable: String?
    /// The labels of the file's forms placed on the framework, each once (see `FrameworkPlaces`).
    var frameworkPlaces = FrameworkPlaces()
    /// The unit line a cell's folded text is (`unitLine`), by the text's scalars.
    var unitLines = BytesMemo<MoneyUnit?>()
    /// Organisations' names parsed (`orgName`).
    var orgNames = BytesMemo<OrgName>()
    /// The last indicator table's columns and their reading note (`columnsNote`).
    var lastColumnsNote: (columns: [(role: FormVocabulary.ColumnRole, title: String)], text: String)?

    init(file: String, rules: ReadingRules) {
        self.file = file
        self.rules = rules
    }

    var vocabulary: FormVocabulary { rules.vocabulary }

    /// An organisation's name parsed once per text of a file: a department is named on each of
    /// its forms and rows of its table, and equal names then share their Strings (compared at once).
    mutating func orgName(_ text: String) -> OrgName {
        orgNames.value(text) { [vocabulary] in OrgName(parsing: vocabulary.withoutSignOffMark($0)) }
    }

    /// A target that is the last text of a copy cut short (`基本提`, `≥20`): read, and said to be perhaps incomplete.
    /// `unitCut`: the value is whole (a cell's edge or other cells after it), but it is a bare
    /// number and the row's unit cell, after it, is empty (`unitMayBeCut`): the unit may be cut off.
    static func valueMaybeCut(_ name: String, value: String, in project: Project, source: SourceRef, unitCut: Bool = false) -> Finding {
        Finding(severity: .warning, rule: RuleID.valueMaybeCut,
                message: unitCut ? "复制的文字在指标「\(name)」这一行截断（文件末尾没有换行），指标值「\(value)」后面的计量单位可能被截去"
                    : "复制的文字在指标「\(name)」的指标值「\(value)」处截断（文件末尾没有换行），指标值可能不完整",
                county: "", department: project.department.description, project: project.name, source: source, stage: "load")
    }

    /// Whether the last row of a copy cut short may have lost its unit to the cut: its target a
    /// bare number (`≧ | 100 |` of ≧ 100%), its unit cell empty, the unit's column after the
    /// row's last cell (the cut took the cells after it).
    static func unitMayBeCut(value: String, unit: String, unitAfterValue: Bool) -> Bool {
        unitAfterValue && unit.isEmpty && value.unicodeScalars.last.map { ValueShape.isDigit(TextCleaning.folded($0) ?? $0) } == true
    }

    /// Why the last row of a copy cut short (`cutLine`) is rejected: cut inside its value, or before it.
    static let cutInsideValue = "复制的文字在这一行的指标值里截断，指标值不完整 (the copy ends inside this row's value)"
    static let cutBeforeValue = "复制的文字在这一行的指标值之前截断，没有指标值 (the copy ends in this row, before its value)"
    static let cutBeforeName = "复制的文字在这一行的标签之后截断，没有指标名称和指标值 (the copy ends in this row, after its labels, before its name)"

    /// Why a value standing where no name precedes it is rejected.
    static let valueWithoutName = "指标值前面没有指标名称 (a value with no indicator name before it)"

    static let outsideAnyForm = "不在任何表单之内的数据行：上面没有表头 (data row outside any form, with no table header above it)"
    static let rowWithoutHeader = "表单里的指标行上面没有指标表的表头（一级指标 / 二级指标 / 三级指标 / 指标值），没有读入 (an indicator row of a form with no table header above it: not read)"

    /// Whether a row was rejected because the copy was cut short in it (not for what the form wrote).
    static func rejectedAsCut(_ row: RejectedRow) -> Bool {
        [cutInsideValue, cutBeforeValue, cutBeforeName, cutRow].contains(row.reason)
    }

    /// The finding for an indicator written without a value.
    static func valueMissing(_ name: String, in project: Project, source: SourceRef) -> Finding {
        Finding(severity: .warning, rule: RuleID.valueMissing, message: "指标「\(name)」没有指标值", county: "",
                department: project.department.description, project: project.name, source: source, stage: "load")
    }

    static func hasTable(_ cells: [FormCell]) -> Bool {
        cells.indices.contains { at in
            if case .column(let role)? = cells[at].role { return role == .level1 || role == .level2 || role == .level3 }
            return false
        }
    }

    // MARK: Header keys

    struct Field {
        var role: FormVocabulary.KeyRole
        var key: FormCell
        var values: [FormCell] = []

        var text: String { FormReader.trimmingColons(values.map(\.text).joined(separator: " ")) }
        /// Where the key stands among a form's header cells.
        func keyIndex(in header: ArraySlice<FormCell>) -> Int? {
            header.lastIndex { $0.line == key.line && $0.piece == key.piece && $0.text == key.text }
        }
        /// The first cell after the key: an organisation's name, without what the row goes on to say
        /// (nor a unit statement written after it in its cell: `××局 金额单位:万元`).
        var first: String { FormReader.trimmingColons(FormReader.beforeUnitStatement(values.first?.text ?? "")) }
        /// `first`, and where a blank line means a wrapped cell, the lines it wrapped onto
        /// (`原州区人民政府办公室` / `本级`).
        func first(wrapping wraps: Bool) -> String {
            guard wraps, let head = values.first else { return first }
            var text = FormReader.beforeUnitStatement(head.text)
            var line = head.line
            for cell in values.dropFirst() {
                guard cell.afterBlank, cell.line > line else { break }
                text += cell.text
                line = cell.line
            }
            return FormReader.trimmingColons(text)
        }
    }

    func fields(_ cells: ArraySlice<FormCell>, wraps: Bool = false) -> [Field] {
        var fields: [Field] = []
        // A row of keys with no value between them (`资金总额 | 财政拨款 | 其他资金`) whose values
        // stand in the row below, each under its key: the keys' field indices, and that line.
        // One cell a line (`valueLine` nil), the keys' lines are followed by their values' lines.
        var keyRow: (fields: [Int], valueLine: Int?)?
        for index in cells.indices {
            let cell = cells[index]
            switch cell.role {
            // A list's column title after its serial title (`序号 | 项目名称`, the projects a report
            // covers, numbered): no key of a form.
            case .key(.project)? where index > cells.startIndex && vocabulary.isSerialTitle(cells[index - 1].compact):
                keyRow = nil
                continue
            case .key(let role)?:
                keyRow = nil
                fields.append(Field(role: role, key: cell))
            // A page's links and footer (`【打印本页】`, `网站标识码：…`, after a copy cut inside the
            // form) end the value before them: what follows is the page's, no field's.
            case .chrome? where !fields.isEmpty, nil where !fields.isEmpty && vocabulary.isSiteFooter(cell.compact):
                keyRow = nil
                fields.append(Field(role: .ignored, key: cell))
            case nil:
                guard !fields.isEmpty else { continue }
                // A document's heading the vocabulary lacks, alone on its line (`二、项目内容` under
                // `一、项目名称`): a key of its own, the text under it no value of the key above.
                if Enumeration.isHeadingAlone(cell.compact), index + 1 == cells.endIndex || cells[index + 1].line != cell.line,
                   index == cells.startIndex || cells[index - 1].line != cell.line {
                    keyRow = nil
                    fields.append(Field(role: .ignored, key: cell))
                    continue
                }
                if cell.splitFromGlued, let amounts = Self.gluedAmounts(cell, after: fields) {
                    // One glued run of digits under a row of amount keys: one amount each.
                    for (offset, text) in amounts.texts.enumerated() {
                        var part = cell
                        part.text = text
                        part.compact = Array(text.unicodeScalars)
                        fields[amounts.first + offset].values.append(part)
                    }
                    continue
                }
                if let row = keyRow, let line = row.valueLine, line != cell.line { keyRow = nil }
                if let row = keyRow, row.valueLine == nil, row.fields.allSatisfy({ !fields[$0].values.isEmpty }) { keyRow = nil }
                if keyRow == nil, let row = Self.keyRow(above: cell, in: fields) { keyRow = (row, cell.line) }
                if keyRow == nil, let row = Self.keyLines(above: index, in: cells, fields: fields, budgetColumns: vocabulary.budgetColumns.all) { keyRow = (row, nil) }
                let target = keyRow.map { Self.field(under: cell, of: $0.fields, in: fields) } ?? fields.count - 1
                // A merged cell written again in every column it spans (web tables read by tools
                // that fill spans, workbooks unmerged and filled) is one value, not four.
                if let last = fields[target].values.last, last.line == cell.line, last.piece != cell.piece,
                   last.compact == cell.compact { continue }
                fields[target].values.append(cell)
            case .label? where wraps && cell.afterBlank && fields.last.map({ !$0.values.isEmpty && $0.values.last!.line < cell.line }) == true:
                // A value wrapped onto a line that is a label's word (`提升群众` / `满意度。`).
                fields[fields.count - 1].values.append(cell)
            default: continue
            }
        }
        return fields
    }

    /// The amounts of a glued run of digits (`356.8356.80`) right after keys of amounts with no
    /// value yet (`预算资金总额 财政拨款 其他资金`, on its line or, each row run together on its own
    /// line, the line before), a total first: see `GluedAmounts`.
    static func gluedAmounts(_ cell: FormCell, after fields: [Field]) -> (first: Int, texts: [String])? {
        guard let keyLine = fields.last?.key.line, keyLine <= cell.line else { return nil }
        var first = fields.count
        while first > 0, fields[first - 1].role.isAmount, fields[first - 1].values.isEmpty, fields[first - 1].key.line == keyLine {
            first -= 1
        }
        guard fields.count - first >= 2, fields[first].role == .budget,
              let texts = GluedAmounts.split(cell.compact, into: fields.count - first) else { return nil }
        return (first, texts)
    }

    /// A value's text without a unit statement after it, past a space in its cell
    /// (`剑阁县人力资源和社会保障局 金额单位:万元`: a name, then the line's `金额单位:万元`), or glued
    /// to it (`旺苍县教育局金额单位:万元`).
    static func beforeUnitStatement(_ text: String) -> String {
        guard text.containsText("单位") else { return text }
        let scalars = text.unicodeScalars
        var index = scalars.endIndex
        while let space = scalars[..<index].lastIndex(where: { TextCleaning.isWhitespace($0) }) {
            let rest = scalars[scalars.index(after: space)...]
            if MoneyUnit.fromUnitLine(Substring(rest)) != nil,
               scalars[..<space].contains(where: { !TextCleaning.isWhitespace($0) }) {
                return TextCleaning.trimSpaces(Substring(scalars[..<space]))
            }
            index = space
        }
        // Glued on with no space (text copied with every cell run together): `…教育局金额单位:万元…`,
        // `…人民政府单位:万元` (单位 then a colon: a name may end in 单位, not with a colon after it).
        for statement in ["金额单位", "单位:", "单位："] {
            if let glued = text.range(of: statement), glued.lowerBound > text.startIndex,
               MoneyUnit.detect(in: String(text[glued.upperBound...].prefix(6))) != nil {
                return TextCleaning.trimSpaces(text[..<glued.lowerBound])
            }
        }
        return text
    }

    /// Whether a field's text holds an amount: a digit, or a numeral written in Chinese (`壹佰万元`).
    static func holdsAmount(_ text: String) -> Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) || ("０"..."９").contains($0) } || MoneyText.parse(text) != nil
    }

    /// Whether a key stands last on its row with text that is no amount below it: the title of
    /// a column (`预算金额` over `人员经费 | 保障在职人员工资福利 | 3200.5`), not a field.
    static func headsColumn(_ field: Field) -> Bool {
        guard let value = field.values.first else { return false }
        // Glued text runs the column's first row on after the title (`预算金额人员经费…3200.5`, or on
        // the next line when each row is run together on its own): a budget's value opens with its amount.
        if value.splitFromGlued { return !(value.compact.first.map(ValueShape.isDigit) ?? false) }
        guard value.line > field.key.line else { return false }
        return MoneyText.parse(value.text) == nil
    }

    /// The fields of a row of keys alone (two or more keys on the last key's line, none with a
    /// value yet) when `cell`, a value, starts a later line: the row below holds their values.
    static func keyRow(above cell: FormCell, in fields: [Field]) -> [Int]? {
        guard let last = fields.indices.last, fields[last].key.line < cell.line else { return nil }
        let line = fields[last].key.line
        var row: [Int] = []
        for index in fields.indices.reversed() where fields[index].key.line == line {
            guard fields[index].values.isEmpty else { return nil }
            row.insert(index, at: 0)
        }
        // Without grid columns to place them, the values follow the keys that have their own.
        if !row.allSatisfy({ fields[$0].key.gridColumn != nil }) { row = withoutHeadings(row, in: fields) }
        return row.count >= 2 ? row : nil
    }

    /// A key row without the keys that head the others (`总体目标` over `实施期目标 | 年度目标`, a
    /// merged cell beside or above its sub-keys): a first key whose role a later key has too.
    static func withoutHeadings(_ row: [Int], in fields: [Field]) -> [Int] {
        var row = row[...]
        while row.count > 1, row.dropFirst().contains(where: { fields[$0].role == fields[row.first!].role }) { row = row.dropFirst() }
        return Array(row)
    }

    /// The fields of keys one a line with no value yet (`项目名称` / `主管部门` / `实施单位`), but
    /// for a heading (`withoutHeadings`), when exactly as many lines of one value each follow
    /// them before the next key, each value of its key's kind (a number opening it under 资金总额,
    /// none under 项目名称): a row of keys above its row of values, flattened one cell a line. A
    /// budget table's column title (`budgetColumns`: 年初预算数, 分值) is no key's value: keys left
    /// empty (`主管部门` / `实施单位`) are no row over the titles below them.
    static func keyLines(above index: Int, in cells: ArraySlice<FormCell>, fields: [Field], budgetColumns: [[Unicode.Scalar]]) -> [Int]? {
        // Asked for every value of a header: nearly always its key has one already.
        guard fields.count >= 2, fields[fields.count - 1].values.isEmpty, fields[fields.count - 2].values.isEmpty,
              fields[fields.count - 1].key.line != fields[fields.count - 2].key.line else { return nil }
        var run: [Int] = []
        for field in fields.indices.reversed() {
            guard fields[field].values.isEmpty, run.first.map({ fields[field].key.line < fields[$0].key.line }) ?? true else { break }
            run.insert(field, at: 0)
        }
        let row = withoutHeadings(run, in: fields)  // keys on lines of their own, in order
        guard row.count >= 2 else { return nil }
        var values = index
        var line = fields[row[row.count - 1]].key.line
        while values < cells.endIndex, cells[values].role == nil {
            guard cells[values].line > line, values - index < row.count else { return nil }
            line = cells[values].line
            values += 1
        }
        guard values - index == row.count else { return nil }
        for (field, value) in zip(row, index..<values) where fields[field].role != .ignored {
            guard (cells[value].text.first?.isASCIIDigit == true) == fields[field].role.isAmount,
                  !budgetColumns.contains(cells[value].compact) else { return nil }
        }
        return row
    }

    /// The key of a key row that `cell` stands under: the last key at or left of its grid
    /// column, or without grid columns, the key in its place (the second value under the second key).
    static func field(under cell: FormCell, of row: [Int], in fields: [Field]) -> Int {
        if let column = cell.gridColumn, row.allSatisfy({ fields[$0].key.gridColumn != nil }) {
            return row.last { (fields[$0].key.gridColumn ?? 0) <= column } ?? row[0]
        }
        return row.first { fields[$0].values.isEmpty } ?? row[row.count - 1]
    }

    /// The money unit a form's header states: in a hint after a label (`资金情况(万元)`), a unit
    /// line (`单位:万元`, `金额单位:元`), or a bracketed unit on a line of its own (`(万元)`).
    /// The text without the ASCII colons and spaces around it (what Foundation's
    /// `trimmingCharacters(in: ": ")` does, without its bridging: this runs for every field).
    static func trimmingColons(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let trimmed = { (s: Unicode.Scalar) in s == ":" || s == " " }
        guard let first = scalars.first, let last = scalars.last, trimmed(first) || trimmed(last) else { return text }
        guard let start = scalars.firstIndex(where: { !trimmed($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !trimmed($0) })!
        return String(scalars[start...end])
    }

    /// The unit a unit line (`金额单位：元`, `（单位：万元）`) states wherever it stands in the
    /// file — above the first form, between forms, below the last table: the unit of every
    /// form that states none of its own. Unit lines naming different units state none.
    static func fileUnit(_ cells: [FormCell]) -> MoneyUnit? {
        var found: MoneyUnit?
        var start = 0
        while start < cells.count {
            var end = start + 1
            var length = cells[start].compact.count
            while end < cells.count, cells[end].line == cells[start].line {
                length += cells[end].compact.count
                end += 1
            }
            // A unit line is short and says 单位; only those become text.
            if length <= 24, cells[start].gridRow == nil,
               cells[start..<end].contains(where: { $0.compact.contains("单") }) {
                let line = String(scalars: cells[start..<end].flatMap(\.compact))
                if let unit = MoneyUnit.fromUnitLine(line) {
                    if found != nil, found != unit { return nil }
                    found = unit
                }
            }
            start = end
        }
        return found
    }

    /// Whether a cell holds `words` as the reader compares text: spaces, width and
    /// traditional characters aside (`项 目 支 出 绩 效 目 标 表` holds 项目支出绩效目标表).
    static func holds(_ cell: FormCell, _ words: String) -> Bool {
        cell.text.containsText(words) || String(scalars: cell.compact).containsText(String(scalars: FormCells.compactScalars(words)))
    }

    /// A unit a key states for its amounts (`资金情况(万元)` under a page's `单位:元`) before any
    /// unit line: it stands nearer the amounts.
    mutating func statedUnit(in cells: ArraySlice<FormCell>) -> MoneyUnit? {
        keyUnit(in: cells) ?? lineUnit(in: cells)
    }

    /// The unit a key's hint states (`资金情况(万元)`), if any.
    func keyUnit(in cells: ArraySlice<FormCell>) -> MoneyUnit? {
        for i in cells.indices where !cells[i].hint.isEmpty {
            if case .key? = cells[i].role, let named = MoneyUnit.detect(in: cells[i].hint) { return named }
        }
        return nil
    }

    /// The unit a hint or a unit line states (`单位:元`, `(万元)`), if any.
    mutating func lineUnit(in cells: ArraySlice<FormCell>) -> MoneyUnit? {
        // By index: a closure taking each cell would copy it (see `FormCell`).
        for i in cells.indices {
            if !cells[i].hint.isEmpty, let named = MoneyUnit.detect(in: cells[i].hint) { return named }
            // A unit in brackets standing as a word of a row of spaced cells (`(万元) 全年预算数(A) …`,
            // `投入目标 (万元) 资金来源 …`: a row label's second line wrapped beside the columns' titles).
            if cells[i].compact.contains("("), cells[i].compact.last != ")" || cells[i].compact.first != "(",
               let unit = Self.bracketedUnitWord(cells[i].text) { return unit }
            // Only a cell with 单 or in brackets can be a unit line: the others are not made into text.
            guard cells[i].compact.contains("单") || cells[i].compact.first == "(" else { continue }
            // Each form repeats its unit line (`（万元）`, `金额单位：万元`): told once per text.
            let unit = cells[i].compact.withUnsafeBytes { raw in
                raw.withMemoryRebound(to: UInt8.self) { unitLines.value($0) { _ in Self.unitLine(cells[i].compact) } }
            }
            if let unit { return unit }
        }
        return nil
    }

    /// The unit a bracketed word of a spaced cell states (`(万元)` in `投入目标 (万元) 资金来源`), else nil.
    static func bracketedUnitWord(_ text: String) -> MoneyUnit? {
        guard text.unicodeScalars.contains(where: TextCleaning.isWhitespace) else { return nil }
        for word in text.unicodeScalars.split(whereSeparator: TextCleaning.isWhitespace) {
            guard let first = word.first, first == "(" || first == "（", word.count <= 6 else { continue }
            if let unit = unitLine(FormCells.compactScalars(String(String.UnicodeScalarView(word)))) { return unit }
        }
        return nil
    }

    /// The money unit a cell's folded text states when it is a unit line (`单位:万元`, `(万元)`).
    static func unitLine(_ compact: [Unicode.Scalar]) -> MoneyUnit? {
        let text = String(scalars: compact)
        // Brackets told on the scalars first: the String's own look (by characters) is slow.
        let bracketed = compact.first == "(" && compact.last == ")"
        // A bracket its copy left open (`(万元`, the `)` lost where the cell wrapped) states it too.
        let leftOpen = compact.first == "(" && !compact.contains(")") && compact.count <= 3
        let isUnitLine = text.containsText("单位:") || (bracketed && text.hasPrefix("(") && text.hasSuffix(")") && text.count <= 5) || leftOpen
        return isUnitLine ? MoneyUnit.detect(in: text) : nil
    }

    /// Short text cells wrapped over lines (`（万` / `元）`) joined back into one, where a blank
    /// line means a wrapped cell.
    static func joiningWraps(_ cells: ArraySlice<FormCell>) -> [FormCell] {
        var out: [FormCell] = []
        for cell in cells {
            if cell.role == nil, cell.afterBlank, cell.compact.count <= 3, var last = out.last, last.role == nil,
               last.compact.count <= 3, cell.line > last.line {
                last.text += cell.text
                last.compact += cell.compact
                out[out.count - 1] = last
            } else {
                out.append(cell)
            }
        }
        return out
    }

    /// Text about the form inside a form's file (a workbook's 填报说明 sheet), said once: its
    /// example table is not read.
    mutating func noteAboutTheForm(_ title: FormCell) {
        findings.append(Finding(severity: .info, rule: RuleID.formInstructions,
            message: "从「\(title.text.prefix(40))」起是说明表单的文字（填报说明、通知一类），其中的示例表不读入", county: "",
            source: source(title.line), stage: "load"))
    }

    /// A cell that ended the indicator table (a key word, a note, page furniture, a heading, another
    /// table's header) with rows of the table after it, before any other table's header, title or
    /// page furniture: the table went on past it, and those rows are rejected, said so, never lost
    /// without a word. The table goes on where level labels stand after it (page furniture and
    /// notes hold none). After a key, its own line (a header's key written in a row) and the lines
    /// up to the last label's group are rejected; after the others, the rows read as the table
    /// reads its rows.
    mutating func rejectRowsAfter(_ stop: FormCell, table: IndicatorTable, in cells: [FormCell], from bodyStart: Int) {
        guard let at = cells[bodyStart...].firstIndex(where: { $0.line == stop.line && $0.piece == stop.piece && $0.text == stop.text }) else { return }
        let afterLine = cells[at...].firstIndex { $0.line != stop.line } ?? cells.count
        let end = cells[afterLine...].firstIndex { cell in
            switch cell.role {
            case .title?, .chrome?, .column?, .tableLabel?: true
            default: false
            }
        } ?? cells.count
        let isKey = if case .key? = stop.role { true } else { false }
        let reason = "指标表在「\(stop.text)」处中断，其后的指标行没有读入 (the indicator table was cut by \(isKey ? "the key " : "")「\(stop.text)」: the rows after it were not read)"
        guard isKey else {
            // Read on to the next cell that ends the table, and past it while labels still follow.
            var from = afterLine
            while from < end, cells[from..<end].contains(where: \.isLabel) {
                let (rows, _, _, next) = table.rows(cells, from: from, upTo: end)
                for row in rows {
                    reject(row.name.line, row.text, reason)
                }
                guard let next, let at = cells[from..<end].firstIndex(where: { $0.line == next.line && $0.piece == next.piece }) else { break }
                from = cells[at...].firstIndex { $0.line != next.line } ?? end
            }
            return
        }
        guard let lastLabel = cells[at..<end].lastIndex(where: \.isLabel) else { return }
        let last = cells[(lastLabel + 1)..<end].firstIndex { if case .key? = $0.role { true } else { false } } ?? end
        var line = at
        while line < last {
            let next = cells[line..<last].firstIndex { $0.line != cells[line].line } ?? last
            reject(cells[line].line, cells[line..<next].map(\.text).joined(separator: " "), reason)
            line = next
        }
    }

    /// The rows of a stretch no form was read from (above the first title, or under a title
    /// with neither a table nor a project): an indicator row there belongs to no form, and is
    /// rejected so that it is not lost, in whatever rendering (a row a line, one cell a line:
    /// each line of it; a title said again inside a table had lost the rows after it).
    mutating func rejectRowsOutsideForms(_ cells: [FormCell], title: FormCell? = nil, reason: String = outsideAnyForm) {
        // The stretch's lines: a line holding a header word (title, key, column title, table label,
        // page furniture) is none of the rows, nor is the title's line (`2023年` before it).
        var lines: [(range: Range<Int>, hasLabel: Bool, hasValue: Bool, isRow: Bool)] = []
        let shape = ValueShape(vocabulary: vocabulary)
        var start = 0
        while start < cells.count {
            let line = cells[start].line
            let end = cells[start...].firstIndex { $0.line != line } ?? cells.count
            defer { start = end }
            var hasLabel = false, hasValue = false, isHeader = line == title?.line
            for cell in cells[start..<end] {
                switch cell.role {
                case .label(let level)?: hasLabel = hasLabel || level > 0
                case .some: isHeader = true
                case nil: hasValue = hasValue || shape.isValue(cell.compact)
                }
            }
            let pieces = cells[start].gridRow.map { $0.filter { !$0.isEmpty }.count } ?? Set(cells[start..<end].map(\.piece)).count
            // A line of one cell (one cell a line) is a row's part; a long glued run cut at the
            // vocabulary's words (one piece, a paragraph) is prose quoting the labels.
            let isProse = pieces == 1 && cells[start].splitFromGlued
                && cells[start..<end].reduce(0) { $0 + $1.text.utf8.count } >= FormCells.gluedLineLength
            let isRow = !isHeader && !isProse
            lines.append((start..<end, hasLabel, hasValue, isRow))
        }
        // Indicator rows, where the stretch has a level label (产出指标, 数量指标): from the first
        // line with a label or a target to the last, one rejected row a line. Prose and notes
        // around them are no rows.
        guard lines.contains(where: { $0.hasLabel && $0.isRow }),
              let first = lines.firstIndex(where: { ($0.hasLabel || $0.hasValue) && $0.isRow }),
              let last = lines.lastIndex(where: { ($0.hasLabel || $0.hasValue) && $0.isRow }) else { return }
        for line in lines[first...last] where line.isRow {
            let texts = cells[line.range.lowerBound].gridRow.map { $0.filter { !$0.isEmpty } } ?? cells[line.range].map(\.text)
            reject(cells[line.range.lowerBound].line, texts.joined(separator: "\t"), reason)
        }
    }

    // MARK: One form

    /// Whether a cell writes zero (`0`, `0.00`, `0.00%`).
    static func isZero(_ text: String) -> Bool {
        isZero(compact: FormCells.compactScalars(text))
    }

    /// `isZero` of a cell's folded text (asked of every row's name: no string is made).
    static func isZero(compact: [Unicode.Scalar]) -> Bool {
        var number = compact[...]
        if number.last == "%" { number = number.dropLast() }
        return number.first == "0" && number.allSatisfy { $0 == "0" || $0 == "." }
    }

    /// A name that is only the layout's indicator marker and its number (`指标2:`, `指标1:/ /`),
    /// perhaps with a placeholder: a self-evaluation template's slot nobody filled.
    func isUnfilledSlot(_ name: FormCell) -> Bool {
        // Told by its length first: most names are longer than a marker, a number and a placeholder.
        guard name.compact.count <= 8, let marker = rules.layouts?.projectForm.indicator_marker,
              let found = TextCleaning.numberedMarker(marker, in: name.text), found.lowerBound == name.text.startIndex else { return false }
        let rest = FormCells.compactScalars(String(name.text[found.upperBound...]))
        return rest.isEmpty || vocabulary.isPlaceholder(rest)
    }

    /// Where a table with no header starts: a level-1 label, then a level-2 label and a cell of
    /// text, all on one line (a row), after the form's project key.
    static func headerlessTableStart(_ cells: [FormCell]) -> Int? {
        guard let key = cells.firstIndex(where: { $0.role == .key(.project) }) else { return nil }
        return cells.indices.dropFirst(key + 1).dropLast(2).first { at in
            cells[at].role == .label(level: 1) && cells[at + 1].role == .label(level: 2) && cells[at + 2].role == nil
                && cells[at + 1].line == cells[at].line && cells[at + 2].line == cells[at].line
        }
    }

    static let impliedHeaderTitles = ["一级指标", "二级指标", "三级指标", "指标值"]

    /// The columns of a table whose header is missing: the template's four.
    static func impliedHeader(line: Int) -> [FormCell] {
        let roles: [FormVocabulary.ColumnRole] = [.level1, .level2, .level3, .value]
        return zip(impliedHeaderTitles, roles).map { title, role in
            FormCell(text: title, compact: FormCells.compactScalars(title), line: line, role: .column(role))
        }
    }

    /// The first indicator-table column title (a level column) of a form's cells.
    static func tableStart(_ cells: [FormCell]) -> Int? {
        cells.indices.first { at in
            if case .column(let role)? = cells[at].role { return role.isLevel }
            return false
        }
    }

    /// What numbers a title rather than naming anything (`2024年`, `表13`, `附件2：`).
    static let titleNumbering = Set("0123456789０１２３４５６７８９年度表附件第号()（）:：-—、.".unicodeScalars)

    /// Reads a form; false when the region holds no form (a title mentioned in a notice).
    mutating func readForm(_ region: TemplateFormLoader.Region) -> Bool {
        let cells = region.cells
        let tableStart = Self.tableStart(cells)
        // A form whose indicator table has no header (glued text where the header was an image,
        // `…15万元产出指标数量指标邀请…≥3个`): its first row's level 1 and level 2 labels, run
        // together with the row, open the table, read as the template's columns.
        if tableStart == nil, let first = Self.headerlessTableStart(cells) {
            var headed = region
            headed.cells = Array(cells[..<first]) + Self.impliedHeader(line: cells[first].line) + Array(cells[first...])
            guard readForm(headed) else { return false }
            readingNotes.append("指标表（行 \(cells[first].line)）没有表头，按「\(Self.impliedHeaderTitles.joined(separator: " / "))」读")
            return true
        }
        // Grid rows kept whole for a project table (`FormCells.bodyRow`) are cells again when
        // the form's table is another.
        if let tableStart, cells.indices.contains(where: { cells[$0].gridRow != nil }),
           case let headerLine = cells[tableStart].line,
           case let lineStart = cells[..<tableStart].lastIndex(where: { $0.line != headerLine }).map({ $0 + 1 }) ?? 0,
           case let lineEnd = cells[tableStart...].firstIndex(where: { $0.line != headerLine }) ?? cells.count,
           !ProjectTable.isHeader(cells[lineStart..<lineEnd]) {
            var expanded = region
            expanded.cells = FormCells(vocabulary: vocabulary, numbering: rules.layouts?.projectForm.indicator_marker).expandingRows(cells)
            return readForm(expanded)
        }
        // Column titles and the vertical label just before the first level column belong to the header.
        var headerStart = tableStart ?? cells.count
        while headerStart > 0 {
            let previous = cells[headerStart - 1]
            if case .column? = previous.role { headerStart -= 1; continue }
            if previous.role == .tableLabel { headerStart -= 1; continue }
            break
        }
        // A serial title before them on their line (`序号 | 一级指标 …`) is the table's too, no field's value.
        let titlesStart = headerStart
        while headerStart > 0, headerStart < cells.count, cells[headerStart - 1].line == cells[titlesStart].line,
              cells[headerStart - 1].role == nil, vocabulary.isSerialTitle(cells[headerStart - 1].compact) {
            headerStart -= 1
        }
        // A department's table of projects in rows that kept no column places (split by spaces
        // or `|`, blank cells dropped): its rows placed under the header by what they hold.
        if let tableStart, !cells.contains(where: { $0.gridColumn != nil }),
           let placed = RowAlignment.placing(cells, headerLine: cells[tableStart].line, vocabulary: vocabulary) {
            var aligned = region
            aligned.cells = placed.cells
            guard readForm(aligned) else { return false }
            readingNotes.append("部门项目表（行 \(placed.headerLine)）" + (placed.oneCellALine ? "每格一行，按各格内容分行并对齐到表头的列"
                : placed.cutGlued ? "的各格粘在一起，按词汇和数值的样子拆开并对齐到表头的列，请核对"
                : "的行没有保留空单元格（空格或竖线分隔），各格按内容对齐到表头的列"))
            return true
        }
        // A department's table of projects: its header row names the project column too.
        if let tableStart, cells[tableStart].gridColumn != nil {
            let headerLine = cells[tableStart].line
            let rowStart = cells[..<tableStart].lastIndex { $0.line != headerLine }.map { $0 + 1 } ?? 0
            let before = fields(cells[..<rowStart])
            let owner = (before.first { $0.role == .department || $0.role == .unit })?.first ?? ""
            // The budget column's own title says it best (`预算金额（万元）`), then a unit line above.
            let budgetTitle = cells[rowStart...].prefix { $0.line == headerLine }.first { $0.role == .key(.budget) }
            let unit = budgetTitle.flatMap { MoneyUnit.detect(in: $0.hint) } ?? statedUnit(in: cells[..<rowStart]) ?? fileUnit
            ownerTexts += before.filter { $0.role == .department || $0.role == .unit || $0.role == .recipient }.map(\.first)
            if let title = region.title { titleTexts.append(title.text) }
            if readProjectTable(cells[rowStart...], headerLine: headerLine,
                                department: orgName(owner.isEmpty ? "未注明主管部门" : owner),
                                money: unit ?? .wanYuan, titleLine: region.title?.line ?? headerLine) {
                // The title and the lines above the header (money unit, owner) are the table's structure.
                structureLines += Set(cells[..<rowStart].map(\.line) + (region.title.map { [$0.line] } ?? [])).count
                ownerTexts += departments.map(\.org.name)
                if unit == nil { unitlessForms.append(region.title?.line ?? headerLine) }
                moneyUnit = moneyUnit ?? unit
                return true
            }
        }
        // Text where a blank line means a wrapped cell: turned on for the forms whose title
        // `Data/layouts.yaml` names with `blank_line_continues_cell`, when they come one cell a line
        // and some of the form's lines follow others with no blank line between.
        let wraps = rules.layouts.map { layouts in
            layouts.projectForm.blank_line_continues_cell && region.title.map { Self.holds($0, layouts.projectForm.title) } == true
        } == true && !cells.indices.contains { cells[$0].gridColumn != nil }
            && Self.linesFollowWithoutBlank(cells, vocabulary: vocabulary)
        let fields = fields(cells[..<headerStart], wraps: wraps)
        // The first field of a role with a value, looked up by index: a closure taking each
        // field would copy it (a field holds cells).
        let field = { (role: FormVocabulary.KeyRole) -> Field? in
            fields.indices.first { fields[$0].role == role && !fields[$0].values.isEmpty }.map { fields[$0] }
        }
        let projectField = field(.project)
        let isDepartmentForm = region.kind == .department
        // A department's form names the department and its money; its targets may stand in
        // sentences, no table (`质量指标:教学秩序良好…`): still a form, read for what it has.
        guard tableStart != nil || projectField != nil || (isDepartmentForm && field(.department) != nil && field(.budget) != nil)
        else { return false }

        let titleLine = region.title?.line ?? cells.first?.line ?? 1
        structureLines += 1

        // Whose form: the unit, department and recipient keys; authorities only as context.
        for role in [FormVocabulary.KeyRole.recipient, .department, .unit] {
            ownerTexts += fields.indices.filter { fields[$0].role == role }.map { fields[$0].text }.filter { !$0.isEmpty }
        }
        contextTexts += fields.indices.filter { fields[$0].role == .authority }.map { fields[$0].text }
        // The title as written: the words before the template's title in its cell often name the
        // issuer (`鄂州市2022年市直部门预算…`) or the project (`2020年忠烈祠免费开放经费…绩效自评表`).
        let titleBefore = region.title.flatMap { title in titleContext.last { $0.piece == title.piece }?.text } ?? ""
        if let title = region.title { titleTexts.append(titleBefore + title.text) }

        // Money: the unit in the budget's key or value, else in the form's header, else none.
        // A budget key heading a column of a table beside the form (任务名称 | 主要内容 | 预算金额,
        // task rows under it) has text below it, not an amount: the budget is another key's.
        // A budget key's value with no amount at all, where a later budget key has one, is a
        // key's remnant the vocabulary cut off (`项目预算` | `经费(万元)`, then `年度预算` | `25`).
        let budgetFields = fields.indices.filter {
            fields[$0].role == .budget && !fields[$0].values.isEmpty && !Self.headsColumn(fields[$0])
        }
        // A year's budget goes before the project's whole period's (`项目总预算` 75 | `项目当年预算` 25).
        let withAmounts = budgetFields.filter { Self.holdsAmount(fields[$0].text) }
        let budgetField = (withAmounts.first { !vocabulary.namesWholePeriod(fields[$0].key.compact) } ?? withAmounts.first
            ?? budgetFields.first).map { fields[$0] } ?? field(.budget)
        // The budget's text joined once: it is read several times below.
        var budgetText = budgetField?.text ?? ""
        var budget = budgetField.flatMap { _ in MoneyText.parse(budgetText, countUnits: vocabulary.valueUnits) }
        var amountsGluedToExecution = false
        var budgetColumn: Int?  // the column of a self-evaluation's budget table the budget was taken from
        if let field = budgetField, let columns = budgetUnderColumnTitles(field, after: cells[..<headerStart]) {
            // A self-evaluation's budget row under its columns' titles: the year's budget as adjusted.
            budget = (columns.amount, budget?.unit)
            budgetColumn = columns.column
            if columns.amount != columns.first.amount {
                findings.append(Finding(severity: .info, rule: RuleID.budgetAdjusted,
                    message: "资金总额取「\(columns.title)」下的 \(fmt(columns.amount))（「\(columns.first.title)」下是 \(fmt(columns.first.amount))）", county: "",
                    source: source(field.key.line), stage: "load"))
            }
        } else if let field = budgetField, let inRow = budgetInTitlesRow(field, in: cells[..<headerStart]) {
            // The key one of a row of amount titles, the total's amounts under them: the key's own.
            budget = (inRow.amount, budget?.unit)
            findings.append(Finding(severity: .info, rule: RuleID.budgetAdjusted,
                message: "资金总额取「\(field.key.text)」一栏的合计 \(fmt(inRow.amount))（「\(inRow.row)」）", county: "",
                source: source(field.key.line), stage: "load"))
        } else if let field = budgetField, let total = MoneyText.total(in: budgetText, labels: vocabulary.totalLabelTexts) {
            // A cost breakdown: its 合计 is the budget.
            budget = (total.amount, budget?.unit)
            if total.guessed {
                findings.append(Finding(severity: .info, rule: RuleID.cellSplitGuess,
                    message: total.byRate
                        ? "预算合计与执行数、执行率粘连「\(budgetText)」：按执行率拆开，取预算数 \(fmt(total.amount))"
                        : "预算合计与后面的数字粘连，取其中等于各项金额之和的部分：\(fmt(total.amount))", county: "",
                    source: source(field.key.line), stage: "load"))
            }
        } else if budget == nil, let field = budgetField, let amount = AmountsBeforeRate.budget(in: budgetText) {
            // A self-evaluation's amounts glued up to their execution rate: the split the rate fits.
            budget = (amount, nil)
            amountsGluedToExecution = true
            findings.append(Finding(severity: .info, rule: RuleID.cellSplitGuess,
                message: "资金总额与执行数、执行率粘连「\(budgetText)」：按执行率拆开，取预算数 \(fmt(amount))", county: "",
                source: source(field.key.line), stage: "load"))
        } else if budget == nil, !Self.holdsAmount(budgetText),
                  let keyField = fields.first(where: { $0.role == .budget && !Self.headsColumn($0) }),
                  let keyIndex = keyField.keyIndex(in: cells[..<headerStart]),
                  let total = AmountsUnderKeyRows.total(afterKeyAt: keyIndex, in: cells[..<headerStart]) {
            // Amounts in a row under rows of keys, their empty cells dropped: the total, first.
            budget = (total.amount, nil)
            budgetText = total.text
            findings.append(Finding(severity: .info, rule: RuleID.cellSplitGuess,
                message: "资金总额取表头下面一行的第一个金额 \(fmt(total.amount))（其后各项金额之和等于它）", county: "",
                source: source(keyField.key.line), stage: "load"))
        } else if let field = budgetField, let parts = MoneyText.parts(in: budgetText) {
            // Only the parts, no total: their sum, said (the first part had been taken).
            let sum = parts.reduce(0, +)
            budget = (sum, budget?.unit)
            findings.append(Finding(severity: .warning, rule: RuleID.budgetSumOfParts,
                message: "资金总额只写了各项金额「\(budgetText)」，没有合计：取各项之和 \(fmt(sum))", county: "",
                source: source(field.key.line), stage: "load"))
        }
        // The form's other amounts (its funds) are in the unit the form states, else in the one
        // the budget's cell writes (`50万`); the budget's own unit stands for the budget alone.
        var stated = budgetField.flatMap { MoneyUnit.detect(in: $0.key.hint) }
        if stated == nil {
            // The key's unit before a unit line (`statedUnit`), each looked for once; a page's unit
            // line saying otherwise (`单位:元` over `资金情况(万元)`) is said.
            let named = keyUnit(in: cells[..<headerStart]), line = lineUnit(in: cells[..<headerStart])
            if let named, let line, line != named {
                findings.append(Finding(severity: .warning, rule: RuleID.moneyUnitsDiffer,
                    message: "表单两处写的金额单位不同：金额一栏写明\(named.rawValue)，表头写「单位：\(line.rawValue)」；按\(named.rawValue)读取", county: "",
                    source: source(titleLine), stage: "load"))
            }
            stated = named ?? line
        }
        if stated == nil, wraps { stated = statedUnit(in: ArraySlice(Self.joiningWraps(cells[..<headerStart]))) }
        if stated == nil { stated = fileUnit }
        let unit = stated ?? budget?.unit
        if unit == nil { unitlessForms.append(titleLine) }
        if let field = budgetField, let stated, let signed = budget, stated != .yuan, signed.unit == .yuan,
           MoneyText.yuanBySign(budgetText) {
            // `￥6070.00` where the form says 万元: read as the sign says, never silently.
            findings.append(Finding(severity: .warning, rule: RuleID.moneySignDiffers,
                message: "资金总额「\(budgetText)」带人民币符号，按元读作 \(fmt(MoneyUnit.yuan.toWan(signed.amount))) 万元，而表单写明金额单位为\(stated.rawValue)",
                county: "", source: source(field.key.line), stage: "load"))
        }
        moneyUnit = moneyUnit ?? unit
        let money = unit ?? .wanYuan
        let amount = { (role: FormVocabulary.KeyRole) -> Double? in
            field(role).flatMap { MoneyText.wan($0.text, unit: money) }
        }

        // The seal's place left where a name was to be written (`填报单位:(盖章)`) names nobody.
        let named = { [vocabulary] (field: Field?, wraps: Bool) -> String? in
            field.map { $0.first(wrapping: wraps) }.flatMap { vocabulary.isSignOffMark($0) ? nil : $0 }
        }
        let departmentName = named(field(.department), false) ?? named(field(.recipient), false) ?? named(field(.unit), false) ?? ""
        let department = orgName(departmentName.isEmpty ? "未注明主管部门" : TextCleaning.dewrap(departmentName))
        let name: String
        // A department's form is named for the department (none named: by its title, as a project's).
        if isDepartmentForm, !departmentName.isEmpty {
            name = "\(department.name) 部门整体支出"
        } else {
            // A form with no name of its own goes by its title, with the words before it when they
            // say more than a year, a table's number or a word of the template's (`2020年忠烈祠免费开放
            // 经费…绩效自评表`; not `表13`, `2023年部门`, `部门预算`).
            name = projectField.map { TextCleaning.dewrap($0.text) } ?? region.title.map { title in
                let saysMore = titleBefore.unicodeScalars.filter { !Self.titleNumbering.contains($0) && !TextCleaning.isWhitespace($0) }.count >= 5
                return (saysMore ? titleBefore : "") + title.text
            } ?? "未注明项目名称"
            if projectField == nil {
                findings.append(Finding(severity: .warning, rule: RuleID.projectNameMissing,
                    message: "表单没有写项目名称，按标题记为「\(name)」", county: "", department: department.description,
                    project: name, source: source(titleLine), stage: "load"))
            }
        }
        let unitName = named(field(.unit), wraps)
        var project = Project(department: department, unit: unitName.map { orgName($0) },
                              nameAsWritten: name, budget: budget.map { ($0.unit ?? money).toWan($0.amount) },
                              budgetAsWritten: budgetText,
                              goal: goalText(fields.indices.lazy.filter { fields[$0].role == .goal }.map { fields[$0].text }.first { !$0.isEmpty } ?? "", wraps: wraps),
                              source: source(projectField?.key.line ?? titleLine))
        project.name = TextCleaning.cleanName(name)
        project.kind = isDepartmentForm ? .departmentWhole : .project
        // The funds' rows are read as the budget's was: in its column of a self-evaluation's budget
        // table, or, glued alike with no rate (`本年财政拨款2020`), as the amount written twice, said;
        // else as read (the totals' check flags a mismatch).
        for (role, fund) in [(FormVocabulary.KeyRole.fiscal, \Project.fiscalFunds), (.other, \Project.otherFunds)] {
            project[keyPath: fund] = amount(role)
            guard let field = field(role) else { continue }
            if let column = budgetColumn, let inColumn = self.amount(of: field, inColumn: column, in: cells[..<headerStart]) {
                project[keyPath: fund] = money.toWan(inColumn)
            } else if amountsGluedToExecution, let once = AmountsBeforeRate.amountWrittenTwice(in: field.text) {
                project[keyPath: fund] = money.toWan(once)
                findings.append(Finding(severity: .info, rule: RuleID.cellSplitGuess,
                    message: "\(field.key.text)「\(field.text)」是预算数与执行数粘连：取预算数 \(fmt(money.toWan(once)))", county: "",
                    source: source(field.key.line), stage: "load"))
            }
        }
        project.attribute = field(.attribute)?.text
        project.period = field(.period)?.text
        if isDepartmentForm {
            project.basicSpending = amount(.basicSpending)
            project.projectSpending = amount(.projectSpending)
        }
        // Digits that make no amount (glued to the columns beside them) say the funds' cells are so glued too.
        let unreadableAmount = project.budget == nil
            && (budgetText.unicodeScalars.first.map { ("0"..."9").contains(TextCleaning.folded($0) ?? $0) } ?? false)
        // A total of 0 over funds that are not 0 is a total left unfilled (a self-evaluation's row
        // of zeros for 年度资金总额 over 本年财政拨款 202.64), not a project of no money.
        let zeroOverFunds = project.budget == 0 && (project.fiscalFunds ?? 0) > 0
        if project.budget == nil || zeroOverFunds {
            if !unreadableAmount, let fiscal = project.fiscalFunds, let key = field(.fiscal)?.key {
                // No total, but its parts on the form itself: 其中：财政拨款 and 其他资金.
                let total = roundMoney(fiscal + (project.otherFunds ?? 0))
                project.budget = total
                findings.append(Finding(severity: .warning, rule: RuleID.budgetFromFunds,
                    message: "表单的资金总额\(zeroOverFunds ? "写作 0" : "缺失")（「\(budgetText)」），取财政拨款\(project.otherFunds == nil ? "" : "与其他资金之和") \(fmt(total)) 万元", county: "",
                    department: department.description, project: project.name, source: source(key.line), stage: "load"))
            } else if !unreadableAmount, let allocation = allocations.last(where: { $0.total != nil }), let total = allocation.total {
                project.budget = total
                findings.append(Finding(severity: .warning, rule: RuleID.budgetFromAllocation,
                    message: "表单的资金总额为空，取自旁边资金安排表的合计 \(fmt(total)) 万元", county: "",
                    department: department.description, project: project.name, source: source(allocation.line), stage: "load"))
            } else {
                findings.append(Finding(severity: .warning, rule: RuleID.budgetMissing,
                    message: "表单的资金总额缺失或不是数字：「\(budgetText)」", county: "",
                    department: department.description, project: project.name,
                    source: source(budgetField?.key.line ?? titleLine), stage: "load"))
            }
        } else if formRegions == 1, let budget = project.budget, let allocation = allocations.last(where: { $0.total != nil }),
                  let total = allocation.total, abs(total - budget) > 0.005 {
            findings.append(Finding(severity: .info, rule: RuleID.allocationDiffers,
                message: "资金安排表合计 \(fmt(total)) 万元与表单资金总额 \(fmt(budget)) 万元不同（可能是另一笔资金）", county: "",
                department: department.description, project: project.name, source: source(allocation.line), stage: "load"))
        }
        if !departments.contains(where: { $0.org == department }) {
            departments.append(Department(org: department, statedTotal: nil, source: source(titleLine)))
        }

        if tableStart != nil {
            project.indicators = readTable(cells, from: titlesStart, project: project, wraps: wraps)
            // Layout B of `Data/layouts.yaml`: its title, one cell a line, numbered indicators.
            if namedLayout == nil, let form = rules.layouts?.projectForm, wraps || !cells.indices.contains(where: { cells[$0].gridColumn != nil }),
               region.title.map({ Self.holds($0, form.title) }) == true,
               project.indicators.contains(where: { $0.nameAsWritten.hasPrefix(form.indicator_marker) }) {
                namedLayout = form.layout
            }
        } else {
            // Why, where the text tells: labels with no table header (the targets written as
            // sentences under them), or a copy cut short before the table.
            let firstLabel = cells.first { $0.isLabel }
            let why = firstLabel.map { "指标写成了文字（行 \($0.line)「\($0.text)」起），没有指标值一栏" }
                ?? (cutLine != nil && cells.last?.line == cutLine ? "复制的文字在指标表之前截断 (the copy ends before the indicator table)" : nil)
            whyNoTable = whyNoTable ?? why
            // The labelled rows themselves (targets written as sentences under the labels) are
            // rejected, not lost.
            if firstLabel != nil {
                rejectRowsOutsideForms(cells, title: region.title, reason: Self.rowWithoutHeader)
            }
            findings.append(Finding(severity: .error, rule: RuleID.indicatorsMissing,
                message: "表单没有指标表（一级指标 / 二级指标 / 三级指标 / 指标值），未读到绩效指标" + (why.map { "；" + $0 } ?? ""), county: "",
                department: department.description, project: project.name, source: source(titleLine), stage: "load"))
        }
        if project.indicators.isEmpty {
            rowsRead += 1
            rowsWritten += 1
        }
        projects.append(project)
        return true
    }

    /// A goal as written: wrapped lines joined where a blank line means a wrapped cell, and
    /// numbered goals (`目标1：… 目标2：…`, the `goal_marker` of `Data/layouts.yaml`) one a line.
    func goalText(_ text: String, wraps: Bool) -> String {
        guard !text.isEmpty else { return text }
        var result = wraps ? TextCleaning.dewrap(text) : text
        guard let marker = rules.layouts?.projectForm.goal_marker else { return result }
        var starts: [String.Index] = []
        var from = result.startIndex
        while let found = TextCleaning.numberedMarker(marker, in: result, from: from) {
            if found.lowerBound != result.startIndex { starts.append(found.lowerBound) }
            from = found.upperBound
        }
        guard !starts.isEmpty else { return result }
        for start in starts.reversed() {
            // A space the goals were joined with gives way to the line break.
            var at = start
            while at > result.startIndex, let before = result.unicodeScalars[..<at].last, TextCleaning.isWhitespace(before) {
                at = result.unicodeScalars.index(before: at)
            }
            result.replaceSubrange(at..<start, with: "\n")
        }
        return result
    }

    // MARK: The indicator table

    /// A row that is a scoring rule (`scoring_rows`: 年度预算执行率), not a target: its name is
    /// such a word, and it stands under no label of the framework written on its line and under
    /// no level above the framework (过程管理指标's 预算执行率 is a target).
    func isScoringRule(_ row: IndicatorTable.Row) -> Bool {
        guard row.level0.isEmpty, vocabulary.isScoringRow(row.name.compact) else { return false }
        let line = row.name.line
        let own = [row.level1Line == line ? row.level1 : "", row.level2Line == line ? row.level2 : ""].filter { !$0.isEmpty }
        return !own.contains { text in
            if case .label? = vocabulary.role(ofCell: vocabulary.folded(text))?.role { return true }
            return false
        }
    }

    /// An indicator table's columns as its reading note says them (`一级指标→一级，…`): the forms of
    /// a file share one header, and the note made for the last is said again.
    mutating func columnsNote(_ columns: [(role: FormVocabulary.ColumnRole, title: String)]) -> String {
        if let last = lastColumnsNote, last.columns.elementsEqual(columns, by: { $0.role == $1.role && $0.title == $1.title }) {
            return last.text
        }
        let text = columns.map { "\($0.title)→\(Self.columnLabel($0.role))" }.joined(separator: "，")
        lastColumnsNote = (columns, text)
        return text
    }

    /// Where the labels start that a copy cut short ends in after the table's last row
    /// (`时效指标 |` / `指标`, `成本指标 | 指标1:`): a row whose name and target were cut off, of
    /// which no row was read. Nil where the copy is whole or its last cell is in a row.
    func labelsCutOff(_ cells: [FormCell], after rows: [IndicatorTable.Row], table: IndicatorTable) -> Int? {
        guard let cutLine, let last = cells.last, last.line == cutLine else { return nil }
        // The numbering's word, or the word and a number, with nothing after it (`指标`, `指标1:`).
        let numbering = table.numbering ?? ""
        func isNumberingStub(_ cell: FormCell) -> Bool {
            guard !numbering.isEmpty else { return false }
            if numbering.hasPrefix(cell.text) { return true }
            guard cell.text.hasPrefix(numbering) else { return false }
            return cell.text.dropFirst(numbering.count).allSatisfy { $0.isNumber || ":：.、".contains($0) }
        }
        var start = cells.endIndex
        while start > 0, cells[start - 1].isLabel || isNumberingStub(cells[start - 1]) { start -= 1 }
        guard start < cells.endIndex, cells[start...].contains(where: \.isLabel) else { return nil }
        let lastRead = rows.last.map { row in row.cells.reduce(row.name.piece) { max($0, $1.piece) } } ?? -1
        return cells[start].piece > lastRead ? start : nil
    }

    mutating func readTable(_ cells: [FormCell], from headerStart: Int, project: Project, wraps: Bool = false) -> [Indicator] {
        var (table, bodyStart, columns) = IndicatorTable.header(cells, from: headerStart, vocabulary: vocabulary)
        // The lines of the table's header (its vertical label, its column titles) are structure.
        var headerLines = Set<Int>()
        for cell in cells[headerStart..<bodyStart] where headerLines.insert(cell.line).inserted {
            structureLines += cell.lineCount
        }
        table.blankLineWraps = wraps
        table.numbering = rules.layouts?.projectForm.indicator_marker
        table.isLevel1UsedAsLevel2 = { [framework = rules.framework] in framework.isUsedAsLevel2($0.text, compact: $0.compact) }
        table.isSpanningLevel1 = { [framework = rules.framework] in framework.spannedLevel1s($0.text) != nil }
        readingNotes.append("表单「\(project.name)」（行 \(project.source.line)）指标表的列：" + columnsNote(columns))
        var (read, orphans, leading, endedAt) = table.rows(cells, from: bodyStart)
        if let stop = endedAt { rejectRowsAfter(stop, table: table, in: cells, from: bodyStart) }
        if endedAt == nil, let cut = labelsCutOff(cells, after: read, table: table) {
            reject(cells[cut].line, cells[cut...].map(\.text).joined(separator: " "), Self.cutBeforeName)
        }
        // Numbers alone, no name (`90.00 | 90.00` under a self-evaluation's header: the scores
        // added up, their label left in the header): no indicator, nor a group's row. Told by the
        // name's first character first: a name seldom opens with a digit.
        let numbersAlone = { (row: IndicatorTable.Row) in
            guard let first = row.name.compact.first, ("0"..."9").contains(first) else { return false }
            return Self.isScore(row.name.text) && row.cells.allSatisfy { Self.isScore($0.text) }
        }
        let alone = read.filter(numbersAlone)
        for row in alone {
            reject(row.name.line, row.text,
                   "这一行只有数字，没有指标名称（多半是分值、得分的合计）(numbers alone, no indicator name)")
        }
        if !alone.isEmpty { read.removeAll(where: numbersAlone) }
        let framework = rules.framework
        let fromEnds = IndicatorTable.labelsFromGroupEnds(read) { level1, level2 in
            guard let owner = frameworkPlaces.owner(ofLevel2: level2, in: framework),
                  case let stated = frameworkPlaces.level1s(standingFor: level1, in: framework), !stated.isEmpty else { return false }
            return !stated.contains(owner)
        }
        if fromEnds != nil {
            readingNotes.append("表单「\(project.name)」指标表的一级、二级指标写在各组的最后一行（合并单元格靠下打印，如 Calc 打印的 PDF），各行归入其下方最近的标签")
        }
        let rows = fromEnds ?? read
        for orphan in orphans {
            // A placeholder alone (`无` under a level 2 left empty, one cell a line) holds nothing.
            if vocabulary.isPlaceholder(orphan.compact) { structureLines += orphan.lineCount; continue }
            reject(orphan.line, orphan.text, Self.valueWithoutName)
        }
        // A whole table on one line with no row holding a target (a PDF or a document preview
        // flattened, its cells out of order): what was cut from it are no indicators, and are
        // rejected rather than written as names with no targets.
        if rows.count >= Self.fewestFlattenedRows, rows.allSatisfy({ $0.name.line == rows[0].name.line }),
           rows.allSatisfy({ row in table.assign(row.cells).allSatisfy { !$0.role.holdsValue || $0.text.isEmpty } }) {
            for row in rows {
                reject(row.name.line, row.text,
                       "整张表拍平在一行里（PDF 或文档预览），各格的次序已乱，读不出指标和指标值 (a table flattened onto one line, its cells out of order)")
            }
            return []
        }
        var indicators: [Indicator] = []
        // Where the indicators are numbered (`指标1：`), text after the last of them with neither
        // a number nor a value (a note under the table) is no indicator.
        let isNumbered = rows.map { table.numberedStart($0.name) }
        let lastNumbered = isNumbered.lastIndex(of: true)
        let notes = lastNumbered.map { last in
            isNumbered[..<last].allSatisfy { $0 } ? rows.indices.filter { $0 > last && rows[$0].cells.isEmpty } : []
        } ?? []
        // Whether a carried level 1 keeps its row, per label pair: rows come in runs under one pair.
        var carried: (level1: String, level2: String, keeps: Bool)?
        /// The level 1 written on the nearest row below `index` that has its own: printed by Calc, a
        /// label merged over its group stands on the group's last row (cells sit at the bottom).
        func level1Below(_ index: Int) -> String? {
            rows[(index + 1)...].first(where: \.writesLevel1)?.level1
        }
        for (index, row) in rows.enumerated() {
            if notes.contains(index) {
                reject(row.name.line, row.name.text, "编号指标之后的文字没有编号也没有指标值，不属于任何指标 (text after the numbered indicators that is no indicator)")
                continue
            }
            guard !row.name.compact.isEmpty else {
                reject(row.cells.first?.line ?? row.name.line, row.cells.map(\.text).joined(separator: " "),
                       "指标名称缺失 (an indicator row without a name)")
                continue
            }
            // One character alone with nothing after it, ending the table (`截`, `时`): a copy cut off
            // inside a name (published copies stop at about 2,000 bytes), no indicator. A placeholder
            // (`-`, a list's bullet before the page's footer) is none: it is structure, below.
            if index == rows.count - 1, row.name.compact.count == 1, row.cells.isEmpty, !table.shape.isValue(row.name.compact),
               !vocabulary.isPlaceholder(row.name.compact) {
                reject(row.name.line, row.name.text, "表格在这里截断，最后一格只有一个字，不是完整的指标 (the copy ends inside a name)")
                continue
            }
            // A numbered slot the copy ends on (`成本指标 | 指标1:`): its name and target were cut off,
            // not left unfilled.
            if index == rows.count - 1, row.cells.isEmpty, let cutLine, let last = cells.last, last.line == cutLine,
               row.name.line == cutLine, row.name.piece == last.piece, isUnfilledSlot(row.name) {
                reject(row.name.line, ([row.level2] + [row.name.text]).filter { !$0.isEmpty }.joined(separator: " "), Self.cutBeforeName)
                continue
            }
            let placed = table.assign(row.cells)
            let cell = { (role: FormVocabulary.ColumnRole) in placed.first { $0.role == role }?.text ?? "" }
            // A level 2 with no indicator under it (`生态效益指标 | 无`), or a template's numbered slot
            // left unfilled (`指标2:` | `……`): structure, no indicator named 无 or 指标2.
            let blank = { [vocabulary] (text: String) in text.isEmpty || vocabulary.isPlaceholder(FormCells.compactScalars(text)) }
            // So is a level 2 filled with zeros (重庆's `经济成本指标 | 0 | 0.00% | 0 | 反映…`): a name
            // that is 0, and no target or weight but 0, whatever its explanation says.
            if vocabulary.isPlaceholder(row.name.compact) && placed.allSatisfy({ blank($0.text) })
                || isUnfilledSlot(row.name) && placed.allSatisfy({ !$0.role.holdsValue || blank($0.text) })
                || Self.isZero(compact: row.name.compact) && placed.allSatisfy({ !$0.role.holdsValue && $0.role != .weight || blank($0.text) || Self.isZero($0.text) }) {
                structureLines += row.name.lineCount
                continue
            }
            // A level 2 with no indicator, only its scoring standard (`经济效益指标 | 未达指标值酌情扣分`):
            // the text of a kept column, standing where the name would, names no indicator.
            if placed.allSatisfy({ $0.text.isEmpty }), row.level2Line == row.name.line, table.tail.contains(where: { $0.role == .kept }),
               vocabulary.endsAsKeptText(row.name.compact) {
                structureLines += row.name.lineCount
                continue
            }
            // The table's total row (`合计 | 100`, `合  计 | 90`, its weights added up: a total label with
            // numbers only and no label of its own): structure, no indicator named 合计. A
            // self-evaluation's (`总分(100分) | 100 | 自评等级 | 优`) goes on to its grade.
            // Its first cell written is a number; with none written, it is the label alone.
            if row.level1Line != row.name.line, row.level2Line != row.name.line, vocabulary.isTotalLabelWithHint(row.name.compact),
               placed.first(where: { !$0.text.isEmpty }).map({ Self.isScore($0.text) }) ?? vocabulary.isTotalLabel(folded: row.name.compact) {
                structureLines += row.name.lineCount
                continue
            }
            // A whole department's targets count its budget execution among them (预算执行率 is one).
            if project.kind != .departmentWhole, isScoringRule(row) {
                // Set apart, said in the findings with what it gives: no indicator, no weight.
                structureLines += row.name.lineCount
                let given = [cell(.comparison) + (placed.first { $0.role.holdsValue }?.text ?? ""), cell(.weight).isEmpty ? "" : "\(cell(.weight)) 分"]
                    .filter { !$0.isEmpty }
                findings.append(Finding(severity: .info, rule: RuleID.scoringRow,
                    message: "「\([row.level1, row.level2, row.name.text].filter { !$0.isEmpty }.joined(separator: " / "))」" +
                        (given.isEmpty ? "" : "（\(given.joined(separator: "，"))）") + "是评分规则，不是绩效目标：未计入指标和权重",
                    county: "", department: project.department.description, project: project.name,
                    source: source(row.name.line), stage: "load"))
                continue
            }
            // A target alone where a name stands, nothing after it (`≥95%` under a row whose name
            // was taken for a label): a value with no name, not an indicator named `≥95%`.
            if row.cells.isEmpty, table.shape.isValue(row.name.compact), !table.numberedStart(row.name) {
                reject(row.name.line, row.name.text, Self.valueWithoutName)
                continue
            }
            let values = placed.filter { $0.role.holdsValue }
            var others = placed.filter { !$0.role.holdsValue && $0.role != .comparison && $0.role != .unit
                && $0.role != .weight && $0.role != .direction }.map { "\($0.title)=\($0.text)" }
            if values.count > 1 {
                others += values.map { "\($0.title)=\($0.text)" }
                if Set(values.map(\.text)).count > 1 {
                    findings.append(Finding(severity: .info, rule: RuleID.valuePerPlace,
                        message: "指标「\(row.name.text)」按地区分列的目标值不同，记录取第一列「\(values[0].title)」：\(values.map { "\($0.title) \($0.text)" }.joined(separator: "，"))",
                        county: "", department: project.department.description, project: project.name,
                        source: source(row.name.line), stage: "load"))
                }
            }
            others = zip(table.head, row.headCells).map { "\($0.0.title)=\($0.1.text)" } + others
            // The row's cells left of the table (序号), as the department tables keep theirs.
            others = (leading[row.name.line] ?? []).map { cell in
                "\(cell.gridColumn.flatMap { table.leadingTitles[$0] } ?? table.serialTitle ?? "第\((cell.gridColumn ?? 0) + 1)列")=\(cell.text)"
            } + others
            if !row.level0.isEmpty { others.insert("一级(上层)=\(row.level0)", at: 0) }
            // A value cut off after its sign (`>`) is no value: the sign is kept as the operator.
            var value = values.first?.text ?? ""
            // The year's target left blank beside the period's (a one-year project filling only the
            // 中期 set): the period's target is the target; the other columns still show where it stood.
            if value.isEmpty, let period = table.periodTargetTitle,
               let written = placed.first(where: { $0.role == .alternative && $0.title == period })?.text { value = written }
            // Two operator columns (指标性质 and 指标方向, both the operator's titles in some
            // templates): a direction word in one is the direction, the other's sign the operator.
            let operators = placed.filter { $0.role == .comparison && !$0.text.isEmpty }.map(\.text)
            let isDirection = { [vocabulary] (text: String) in vocabulary.isDirection(FormCells.compactScalars(text)) }
            var comparison = operators.count > 1 ? operators.first { !isDirection($0) } ?? operators[0] : cell(.comparison)
            // A template's code for the sign before it (云南's 指标性质 `004 >=`, `005 <=`): the sign.
            comparison = Self.withoutCode(comparison)
            var direction = cell(.direction)
            if operators.count > 1, direction.isEmpty, let stated = operators.first(where: isDirection) { direction = stated }
            if !value.isEmpty, value.unicodeScalars.allSatisfy({ ValueShape.isSign($0) || TextCleaning.isWhitespace($0) }) {
                if comparison.isEmpty { comparison = value }
                value = ""
            }
            // A template left unfilled writes only the unit where the target goes (`公里`, `≧ %`):
            // no target; its sign and unit are kept as the operator and unit.
            var unit = cell(.unit)
            if !value.isEmpty, let (sign, unitWritten) = Self.unitAlone(value, shape: table.shape) {
                if comparison.isEmpty { comparison = sign }
                if unit.isEmpty { unit = unitWritten }
                value = ""
            }
            Self.takeDirection(from: &comparison, into: &direction, vocabulary: vocabulary)
            // The table's last row whose value is the last text of a copy cut short, no cell edge
            // after it: the last cell, or its end where the value was cut from it (glued, the end of
            // the copy's last run: `…质量情况>92`, of `>92%`; a numbered name and its value, `指标1：… 45`).
            var valueEndsCopy = false, endsCopy = false
            if index == rows.count - 1, let cutLine, let last = cells.last, last.line == cutLine, (row.cells.last ?? row.name).line == last.line {
                endsCopy = true
                // At a cell's edge the value is whole.
                if !cutAtCellEdge, let valueCell = values.first, placed.last?.text == valueCell.text {
                    valueEndsCopy = last.text.hasSuffix(valueCell.text)
                }
            }
            // Where the value looks cut (`验收合格率 1` where the rows before write units, `定性 | 减`): no target.
            if valueEndsCopy, Self.looksCut(value, after: indicators) {
                reject(row.name.line, row.text,
                       Self.cutInsideValue)
                continue
            }
            // The same row with no target at all, the copy ending in its name or sign (`7度以上抗震设防`,
            // `≧`; glued text's last piece, cut from the copy's last run): the row was cut before its
            // value, no indicator left without one.
            if index == rows.count - 1, value.isEmpty, let cutLine, let last = cells.last, last.line == cutLine,
               let rowLast = row.cells.last ?? Optional(row.name), rowLast.line == last.line,
               rowLast.text == last.text || (rowLast.splitFromGlued && last.text.hasSuffix(rowLast.text)) {
                reject(row.name.line, row.text,
                       Self.cutBeforeValue)
                continue
            }
            // A level 1 carried down onto a row whose own level 2 belongs to another level 1
            // (`Data/framework.yaml`) is the reader's guess, and a wrong one (a label printed in
            // the middle of its group had left the group's first rows under the one above): left
            // blank, the level 2 places the row, as in a department's table. One cell a line, the
            // row's own level 2 stands on a line of its own, after the level 1's.
            var level1 = row.level1
            if row.level1Line != row.name.line, row.level2Line == row.name.line || row.level2Line > row.level1Line {
                let keeps: Bool
                if let carried, carried.level1.sameText(level1), carried.level2.sameText(row.level2) {
                    keeps = carried.keeps
                } else {
                    let owner = frameworkPlaces.owner(ofLevel2: row.level2, in: framework)
                    keeps = owner.map { frameworkPlaces.level1s(standingFor: level1, in: framework).contains($0) } ?? true
                    carried = (level1, row.level2, keeps)
                }
                if !keeps { level1 = "" }
            }
            // A row with no level 1 (none written above it, or a carried one its level 2 does not
            // belong to, blanked above) under a group whose label stands below it: the label below
            // when the level 2 belongs to it (`数量指标` / `质量指标` above `产出指标(50分)` printed on
            // its group's last row).
            if level1.isEmpty, row.level2Line == row.name.line, let label = level1Below(index),
               frameworkPlaces.level2(row.level2, belongsTo: label, in: framework) {
                level1 = label
            }
            // So does a row carrying the level 2 of the row above, which took that label: one group
            // (`新建检查井数量` under `数量指标` merged over two rows, beside `产出指标` centred over five).
            if level1.isEmpty, !row.level2.isEmpty, row.level2Line != row.name.line, let above = indicators.last,
               above.level2Label.sameText(row.level2), let label = level1Below(index), above.level1Label.sameText(label) {
                level1 = label
            }
            // A level 1 printed in the middle of its group (centred over its rows, as Writer prints
            // a merged cell) stands on a row after the group's first, and a level 1 written anew
            // starts a group with no level 2: the row keeps the level 2 of the row above when that
            // row stands under the same level 1 and its level 2 belongs to it (`数量指标` merged over
            // both rows, `产出指标` over three had left the second row without one).
            var level2 = row.level2
            if level2.isEmpty, row.level1Line == row.name.line, !level1.isEmpty, let above = indicators.last,
               above.level1Label.sameText(level1), !above.level2Label.isEmpty,
               frameworkPlaces.level2(above.level2Label, belongsTo: level1, in: framework) {
                level2 = above.level2Label
            }
            var indicator = Indicator(level1Label: level1.isEmpty ? row.level0 : level1,
                                      level2Label: level2, nameAsWritten: row.name.text,
                                      comparisonAsWritten: comparison, valueAsWritten: value,
                                      unitAsWritten: unit, weightAsWritten: cell(.weight),
                                      directionAsWritten: direction, source: source(row.name.line))
            indicator.otherColumns = others.joined(separator: "；")
            if !row.guessed.isEmpty {
                findings.append(Finding(severity: .info, rule: RuleID.cellSplitGuess,
                    message: "「\(row.name.text)」：\(Array(Set(row.guessed)).sorted().joined(separator: "；"))，请核对",
                    county: "", department: project.department.description, project: project.name,
                    source: source(row.name.line), stage: "load"))
            }
            if indicator.valueAsWritten.isEmpty {
                findings.append(Self.valueMissing(row.name.text, in: project, source: source(row.name.line)))
            } else if valueEndsCopy {
                findings.append(Self.valueMaybeCut(row.name.text, value: indicator.valueAsWritten, in: project, source: source(row.name.line)))
            } else if endsCopy, let lastRole = placed.last?.role, let lastAt = table.tail.lastIndex(where: { $0.role == lastRole }),
                      Self.unitMayBeCut(value: indicator.valueAsWritten, unit: unit,
                                        unitAfterValue: table.tail.indices.contains { $0 > lastAt && table.tail[$0].role == .unit }) {
                findings.append(Self.valueMaybeCut(row.name.text, value: indicator.valueAsWritten, in: project, source: source(row.name.line), unitCut: true))
            }
            if row.level1.isEmpty && row.level0.isEmpty && row.level2.isEmpty {
                findings.append(Finding(severity: .info, rule: RuleID.labelMissing,
                    message: "指标「\(row.name.text)」没有一级、二级指标（合并单元格丢失），由名称和指标值归类", county: "",
                    department: project.department.description, project: project.name,
                    source: source(row.name.line), stage: "load"))
            }
            rowsRead += 1
            rowsWritten += 1
            indicators.append(indicator)
        }
        return indicators
    }

    /// Whether some of a form's lines follow others with no blank line between, up to the page's
    /// furniture after its last level label (`扫一扫…` / `[下载] [打印]`, a caption, the next title):
    /// where blank lines stand between every two of its lines they are separators, never a cell's wrap.
    static func linesFollowWithoutBlank(_ cells: [FormCell], vocabulary: FormVocabulary) -> Bool {
        // Indices, not cells: a cell passed to a closure is copied (its texts retained). Only the
        // cells after the last label are looked up as furniture (a look-up costs).
        let lastLabel = cells.indices.last { cells[$0].isLabel } ?? 0
        let end = cells.indices[lastLabel...].first { at in
            switch cells[at].role {
            case .chrome?, .title?: true
            default: vocabulary.beginsWithChrome(folded: cells[at].compact)
            }
        } ?? cells.count
        return cells[..<end].indices.dropFirst().contains { cells[$0].line != cells[$0 - 1].line && !cells[$0].afterBlank }
    }

    /// The most UTF-8 bytes a target that is only a unit and a sign holds (`≧ 元/平方米`).
    static let unitAloneLongest = 20

    /// A target cell holding a unit and perhaps a sign but no number (`万亩`, `≧ %`): its sign and unit.
    static func unitAlone(_ value: String, shape: ValueShape) -> (sign: String, unit: String)? {
        // A unit is short, and most targets hold a digit: no unit alone.
        guard value.utf8.count <= Self.unitAloneLongest, !value.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let signs = value.unicodeScalars.prefix { ValueShape.isSign($0) || TextCleaning.isWhitespace($0) }
        let rest = FormCells.compactScalars(String(value.unicodeScalars.dropFirst(signs.count)))
        guard !rest.isEmpty, shape.isUnit(rest) || rest == ["%"] else { return nil }
        return (String(String.UnicodeScalarView(signs)).trimmingCharacters(in: .whitespaces), String(String.UnicodeScalarView(rest)))
    }

    /// Whether a value ending a copy cut short looks cut: one Han character (`减` of 减少), a date
    /// cut after a number (`2021年9` of 2021年9月), or a bare number where most targets above it
    /// write a unit or words (`1` of 100%).
    static func looksCut(_ value: String, after above: [Indicator]) -> Bool {
        let scalars = value.unicodeScalars.filter { !TextCleaning.isWhitespace($0) }
        if scalars.count == 1, let only = scalars.first, ChineseFold.isHan(only.value) { return true }
        // A date cut after its month's or day's number (`2021年9` of `2021年9月`).
        if let last = scalars.last, ValueShape.isDigit(last), let before = scalars.last(where: { !ValueShape.isDigit($0) }),
           before == "年" || before == "月" {
            return true
        }
        guard !scalars.isEmpty, scalars.allSatisfy({ ValueShape.isDigit($0) || $0 == "." || ValueShape.isSign($0) }) else { return false }
        let written = above.filter { !$0.unitAsWritten.isEmpty || $0.valueAsWritten.unicodeScalars.contains { !ValueShape.isDigit($0) && $0 != "." && !ValueShape.isSign($0) } }
        return !above.isEmpty && written.count * 2 > above.count
    }

    /// The fewest rows of a table on one line that, none with a target, say it was flattened.
    static let fewestFlattenedRows = 4

    /// Whether a cell is a number, a percentage or a score (`99.55分`).
    static func isScore(_ text: String) -> Bool {
        let digits = TextCleaning.foldWidth(text).filter { !$0.isWhitespace && $0 != "%" }
        return DecimalNumber.parse(digits.hasSuffix("分") ? String(digits.dropLast()) : digits) != nil
    }

    /// A comparison without the code a template writes before it (`004 >=` → `>=`): digits and a
    /// space, then no digit.
    static func withoutCode(_ comparison: String) -> String {
        let scalars = comparison.unicodeScalars
        guard let first = scalars.first, ("0"..."9").contains(first),
              let space = scalars.firstIndex(where: TextCleaning.isWhitespace),
              scalars[..<space].allSatisfy({ ("0"..."9").contains($0) }),
              case let rest = TextCleaning.trimSpaces(String(scalars[space...])), !rest.isEmpty,
              !rest.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return comparison }
        return rest
    }

    /// A column titled as the operator that holds 正向/反向 (`指标方向` means either in real
    /// templates) is the direction: its text moves there when no direction column says otherwise.
    static func takeDirection(from comparison: inout String, into direction: inout String, vocabulary: FormVocabulary) {
        guard direction.isEmpty, !comparison.isEmpty, vocabulary.isDirection(FormCells.compactScalars(comparison)) else { return }
        direction = comparison
        comparison = ""
    }

    static func columnLabel(_ role: FormVocabulary.ColumnRole) -> String {
        switch role {
        case .level0: return "上层类别"
        case .level1: return "一级指标"
        case .level2: return "二级指标"
        case .level3: return "三级指标"
        case .comparison: return "比较符"
        case .value: return "指标值"
        case .unit: return "计量单位"
        case .weight: return "权重"
        case .direction: return "方向"
        case .kept: return "保留列"
        case .place: return "分地区目标值"
        case .alternative: return "另一组目标值"
        case .score: return "得分"
        }
    }

    // MARK: The document

    /// The file's document; a file whose forms name two or more counties, one per county
    /// (`CountySplit`), the file's own county first.
    func finish(countyOverride: String?, allText: String) -> [CountyDocument] {
        var unitFindings: [Finding] = []
        if let first = unitlessForms.first {
            // One finding for the file, not one per form: the clerk asks the county once.
            let forms = unitlessForms.count == 1 ? "表单" : "\(unitlessForms.count) 张表单（从这一张起）"
            unitFindings.append(Finding(severity: .warning, rule: RuleID.moneyUnitMissing,
                message: "\(forms)没有写明金额单位，按万元处理", county: "", source: source(first), stage: "load"))
        }
        var document = self.document(layout: namedLayout ?? TemplateFormLoader.layout, countyOverride: countyOverride,
                                     extraFindings: unitFindings)
        document.rendering = Rendering.ranked(renderings).first?.rendering.rawValue
        document.readingNotes = readingNotes + allocations.filter { $0.total != nil }.map { "资金安排表（行 \($0.line)）合计：\($0.total.map { fmt($0) + " 万元" } ?? "未读出")" }
        // A named layout's forms name their county in their departments (`原州区人民政府`), as
        // the seed layouts always have; the division list where they do not.
        if countyOverride == nil, namedLayout == nil || document.countyLevel == .unknown {
            let finder = CountyFinder(divisions: rules.divisions)
            let (county, finding) = finder.county(
                owners: ownerTexts, titles: titleTexts, allocations: allocations.flatMap(\.text),
                context: contextTexts, allText: allText, file: file)
            document.county = county.name
            document.countyLevel = county.level
            if let finding { document.findings.append(finding) }
            document.findings = document.findings.map { var f = $0; f.county = document.county; return f }
            let context = contextTexts + titleTexts + [allText]
            if county.level == .county, let counties = finder.counties(owners: ownerTexts, counted: county.name, context: context) {
                return split(document, counties: counties, finder: finder, context: context)
            }
        }
        return [document]
    }

    /// A file of several counties' forms as one document per county, said (`county.split`);
    /// when its rows cannot be parted form by form, one document, said too (`county.mixed`).
    func split(_ document: CountyDocument, counties: [String], finder: CountyFinder, context: [String]) -> [CountyDocument] {
        let names = "\(counties.count) 个县（\(counties.joined(separator: "、"))）"
        let projectCounties = document.projects.map { project in
            finder.county(ofUnits: [project.department.name, project.unit?.name ?? ""], context: context)
        }
        guard var parts = CountySplit.split(document, projectCounties: projectCounties) else {
            var document = document
            document.findings.append(Finding(severity: .warning, rule: RuleID.countyMixed,
                message: "文件里的表单分属 \(names)，全部按\(document.county)汇总；请每个县的表单单独报送，或在流水线里为这个文件写明 county",
                county: document.county, source: SourceRef(file: file, line: 1), stage: "load"))
            return [document]
        }
        parts[0].findings.append(Finding(severity: .info, rule: RuleID.countySplit,
            message: "文件里的表单分属 \(names)，已按各自的县汇总：\(parts.map { "\($0.county) \($0.projects.count) 个项目" }.joined(separator: "，"))",
            county: document.county, source: SourceRef(file: file, line: 1), stage: "load"))
        return parts
    }
}

/// Where labels stand on the framework (`Framework.level1s(standingFor:)`, `Framework.level2(for:)`),
/// each label looked up once per file by its bytes: every form of a file writes the same few
/// labels, and the framework is searched label by label, alias by alias.
struct FrameworkPlaces {
    private var owners = BytesMemo<String?>()
    private var standing = BytesMemo<[String]>()

    /// The level 1 a level-2 label belongs to.
    mutating func owner(ofLevel2 label: String, in framework: Framework) -> String? {
        owners.value(label) { framework.level2(for: $0)?.level1 }
    }

    /// `Framework.level1s(standingFor:)`: 效果指标 stands for 效益指标 and 满意度指标.
    mutating func level1s(standingFor label: String, in framework: Framework) -> [String] {
        standing.value(label) { framework.level1s(standingFor: $0) }
    }

    /// `Framework.level2(_:belongsTo:)`.
    mutating func level2(_ level2: String, belongsTo level1: String, in framework: Framework) -> Bool {
        guard let owner = owner(ofLevel2: level2, in: framework) else { return false }
        return level1s(standingFor: level1, in: framework).contains(owner)
    }
}
