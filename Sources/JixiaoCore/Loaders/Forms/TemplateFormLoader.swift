import Foundation

/// Reads performance-target forms of any county's template from flattened text, driven by
/// the vocabulary (`Data/vocabulary.yaml`): titles start forms, header keys give the project,
/// department, budget and goal, and the indicator table's columns are found by their titles.
/// Several forms in one file, whole-department forms, allocation tables beside a form and
/// page text around it are told apart by the same words.
public enum TemplateFormLoader {
    public static let layout = Layout.templateForm

    /// A stretch of cells under one title (or before any).
    struct Region {
        var kind: FormVocabulary.TitleKind?
        var title: FormCell?
        var cells: [FormCell]
    }

    /// The file's document (the first of `loadAll`'s, when its forms are several counties').
    public static func load(text: String, file: String, countyOverride: String?, rules: ReadingRules) throws -> CountyDocument {
        try loadAll(text: text, file: file, countyOverride: countyOverride, rules: rules)[0]
    }

    /// The file's documents: one, or one per county when its forms are several counties' (`CountySplit`).
    /// `displayChanges`: whether display folding changes the text, when already told (`ExtractedText`);
    /// `mayBeCut`: a text file's copy, cut short where it ends without a line break (`Loaders.loadAll`).
    public static func loadAll(text: String, file: String, countyOverride: String?, rules: ReadingRules,
                               displayChanges: Bool? = nil, mayBeCut: Bool = true) throws -> [CountyDocument] {
        // A README in English quoting form words would be read into forms of its sentences.
        let script = LatinProse.count(text)
        if script.isProse {
            throw LoadError(file: file, message: "不是表单 (not a form): 文字是拉丁字母写的行文（开头 \(script.proseLetters) 个字母成句，\(script.hanCharacters) 个汉字），其中的表单词汇只是引用 (running Latin-script text such as an English README: the form words in it are quotes, not a form's cells)", notAForm: true)
        }
        var (cells, renderings) = FormCells(vocabulary: rules.vocabulary, numbering: rules.layouts?.projectForm.indicator_marker)
            .read(text, displayChanges: displayChanges)
        var reader = FormReader(file: file, rules: rules)
        reader.renderings = renderings
        reader.fileUnit = FormReader.fileUnit(cells)
        // A copy with no line break at its end is cut short: inside its last cell, or at a cell's
        // edge (`| 资金到位及时率 | ≧ | 100 |`), its last cell whole, the row's cells after it perhaps cut off.
        if mayBeCut, let last = text.utf8.last, last != UInt8(ascii: "\n"), last != UInt8(ascii: "\r") {
            reader.cutLine = text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            reader.cutAtCellEdge = text.utf8.last(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) == UInt8(ascii: "|")
        }
        // Indices, not pairs of cells: this looks at every cell, and cells are costly to copy.
        reader.titleContext = cells.indices.dropFirst().compactMap { at in
            if case .title? = cells[at].role, cells[at - 1].role == nil, cells[at - 1].piece == cells[at].piece { return cells[at - 1] }
            return nil
        }
        let hasText = !cells.isEmpty
        // A document about the form (its 填报说明, a notice sending it) with an example table, no
        // title of a form and no header key: not a form, however like one its example table reads.
        if let subject = cells.first(where: { $0.role == .title(.mention) }), !cells.contains(where: { cell in
            switch cell.role {
            case .title(let kind)?: return kind != .mention
            case .key?: return true
            default: return false
            }
        }) {
            throw LoadError(file: file, message: "不是表单 (not a form): 「\(subject.text.prefix(40))」说的是表单（填报说明、通知一类），文中没有表单标题和表头项目（项目名称、资金总额……），其中的指标表只是示例 (a document about the form, such as its filling-in instructions: no form title or header key; its table is an example)", notAForm: true)
        }
        let regions = Self.regions(&cells, shape: ValueShape(vocabulary: rules.vocabulary))
        var formsFound = 0
        for region in regions where region.kind == .allocation {
            reader.readAllocation(region)
        }
        reader.formRegions = regions.filter { $0.kind != .allocation && $0.kind != .mention && FormReader.hasTable($0.cells) }.count
        for region in regions where region.kind != .allocation {
            if region.kind == .mention, let title = region.title {
                // Text about the form (a workbook's 填报说明 sheet): its example table is no form's rows.
                reader.noteAboutTheForm(title)
                continue
            }
            if reader.readForm(region) { formsFound += 1 } else { reader.rejectRowsOutsideForms(region.cells, title: region.title) }
        }
        guard formsFound > 0 else {
            guard hasText else {
                throw LoadError(file: file, message: "文件里没有任何文字 (the file has no text: a scanned page needs OCR first): expected a performance-target form")
            }
            let words = formWords(regions.flatMap { region in (region.title.map { [$0] } ?? []) + region.cells })
            guard !words.isEmpty else {
                throw LoadError(file: file, message: "不是表单 (not a form): 文中没有任何表单词汇（表单标题、表头项目、指标表列名，见 Data/vocabulary.yaml）(no form title, header key or indicator column title in the text)", notAForm: true)
            }
            throw LoadError(file: file, message: "无法识别的格式 (unknown layout): 没有找到绩效目标表 (no performance-target form found), 只认出「\(words.prefix(5).joined(separator: "」「"))」: expected a title such as 项目支出绩效目标表, header keys such as 项目名称 / 资金总额, and an indicator table headed 一级指标 / 二级指标 / 三级指标 / 指标值 (words listed in Data/vocabulary.yaml)")
        }
        let documents = reader.finish(countyOverride: countyOverride, allText: text)
        if documents.allSatisfy(isBlank) {
            throw LoadError(file: file, message: "不是表单 (not a form): 表单是空白的（模板、样表）：没有项目名称、没有资金总额，指标没有填写数值 (a blank form such as a template: no project name, no amount, no target with a number)", notAForm: true)
        }
        do {
            try documents.forEach(requireRecords)
        } catch var error as LoadError {
            // A form read without its indicator table (a copy cut short) still says what it is,
            // and why it has none where the form tells (the copy ends before the table, targets in sentences).
            error.partial = documents.filter { $0.indicatorCount == 0 }
            if !error.partial.isEmpty, let why = reader.whyNoTable { error.message += "；" + why }
            throw error
        }
        return documents
    }

    /// A form left blank (a template as a document site shares it): no project named (the name
    /// taken from the title), no amount, and no indicator holding a number in its target or its
    /// name, only the template's placeholders (`**人`, `……`). A county's form has at least its
    /// name or its money, or numbers in its rows (a row whose cells could not be parted).
    static func isBlank(_ document: CountyDocument) -> Bool {
        // A form whose rows were all refused, or that has none, is a failed file, not a blank one.
        // A number in a bracket after a name is a score, not a target written into it (an
        // evaluation's scoring table, 评价指标 | 分值 | 评分标准, has labels such as `资金落实(8分)`),
        // and a numeral in words inside a name is none either (`教育部等三部委`).
        // A file that says it is about a template (`参考模板`, form.instructions) with no target in
        // any row is one however it names its example project (`困难群众救助项目`).
        let aboutTemplate = document.findings.contains { $0.rule == RuleID.formInstructions }
        // A row refused because the copy ends in it is no failure of the form's.
        return document.indicatorCount > 0 && document.rejected.allSatisfy(FormReader.rejectedAsCut) && document.projects.allSatisfy { project in
            project.budget == nil
                && (document.findings.contains { $0.rule == RuleID.projectNameMissing && $0.project == project.name }
                    || aboutTemplate && project.indicators.allSatisfy { $0.valueAsWritten.isEmpty })
                && project.indicators.allSatisfy {
                    !$0.valueAsWritten.contains(where: \.isNumber)
                        && !TextCleaning.unbracketed($0.nameAsWritten).unicodeScalars.contains { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
                }
        }
    }

    /// The form words of the vocabulary the text holds (titles, header keys, indicator
    /// column titles and labels), each once, in order: none means the file is no form.
    static func formWords(_ cells: [FormCell]) -> [String] {
        var words: [String] = []
        for cell in cells {
            switch cell.role {
            case .title?, .key?, .column?, .label?, .tableLabel?:
                if !words.contains(cell.text) { words.append(cell.text) }
            case .chrome?, nil:
                continue
            }
        }
        return words
    }

    /// A form recognised but yielding no indicator, or mostly rejected, is a failed file, for
    /// every layout: a run that says it read a file must have read it.
    static func requireRecords(_ document: CountyDocument) throws {
        if document.indicatorCount == 0 {
            throw LoadError(file: document.file, message: "认出了表单，但没有读到任何绩效指标 (a form was recognised but no indicator could be read): expected an indicator table headed 一级指标 / 二级指标 / 三级指标 / 指标值 under the form's title")
        }
        if document.rejected.count * 2 > document.rowsRead {
            throw LoadError(file: document.file, message: "拒收了 \(document.rejected.count) / \(document.rowsRead) 行，超过一半 (more than half of the rows rejected), first: \(document.rejected[0].source) \(document.rejected[0].reason)")
        }
    }

    /// Moves `cells[range]` onto the end of `region`, a blank cell left in each place: those
    /// places are cut away once all regions are found, and a cell copied (its texts and arrays
    /// retained) and then released there cost several times a move.
    private static func moveCells(_ range: Range<Int>, of cells: inout [FormCell], to region: inout [FormCell]) {
        region.reserveCapacity(region.count + range.count)
        for at in range {
            var cell = FormCell(text: "", compact: [], line: 0)
            swap(&cell, &cells[at])
            region.append(cell)
        }
    }

    /// Cuts the cells at titles. Text before the first title is a region of its own, read as
    /// a form only when it has a table and no title follows. The last region takes the array
    /// itself (`cells` is left empty): most files are one form, and copying every cell costs.
    static func regions(_ cells: inout [FormCell], shape: ValueShape) -> [Region] {
        var regions: [Region] = []
        // Each region's cells moved at once, from its title to the next (cells are costly to copy).
        var start = 0
        var region = Region(kind: nil, title: nil, cells: [])
        for at in cells.indices {
            guard case .title(let kind)? = cells[at].role else { continue }
            let title = cells[at]
            // The words before a title in its cell (`2023年部门` of `2023年部门项目支出绩效目标表`)
            // belong to the title, not to the table above it; in glued text, where they open the
            // title's line (each row glued on its own line), not a run of the page's every cell.
            let last = at > start ? cells[at - 1] : region.cells.last
            let opensLine = at == 1 || (at >= 2 && at - 2 >= start - 1 && cells[at - 2].line != title.line)
            let before = last.map { (!title.splitFromGlued || opensLine) && $0.role == nil && $0.piece == title.piece } ?? false
            if at > start {
                moveCells(start..<(before ? at - 1 : at), of: &cells, to: &region.cells)
            } else if before {
                region.cells.removeLast()
            }
            regions.append(region)
            region = Region(kind: kind, title: title, cells: before ? [last!] : [])
            start = at + 1
        }
        cells.replaceSubrange(..<start, with: region.cells)
        region.cells = cells
        cells = []
        regions.append(region)
        regions = regions.flatMap(splittingAtUntitledForms)
        if regions.count > 1, !regions[1...].contains(where: { $0.kind != .allocation && $0.kind != .mention && FormReader.hasTable($0.cells) }) {
            regions[0].kind = .project  // no titled form: the text itself may be one
        }
        return continuingPages(regions, shape: shape)
    }

    /// A form under another's table with no title of its own (a page of a department's forms under
    /// one title, each opening `207101××法院 | 单位:万元` / `项目名称 | …`): a project key after a
    /// level column starts the next form, with the unit line right above it. Its rows had been
    /// no form's, lost, and its unit line an indicator of the form above.
    static func splittingAtUntitledForms(_ region: Region) -> [Region] {
        guard region.kind == .project || region.kind == nil else { return [region] }
        var starts: [Int] = []
        var afterTable = false
        for at in region.cells.indices {
            switch region.cells[at].role {
            case .column(let role)? where role == .level1 || role == .level2 || role == .level3:
                afterTable = true
            case .key(.project)? where afterTable:
                // A key among column titles (项目名称 of a department table's header, repeated on
                // each page) is a header's, no form's.
                let line = region.cells[at].line
                var start = at
                while start > 0, region.cells[start - 1].line == line { start -= 1 }
                let lineEnd = region.cells[at...].firstIndex { $0.line != line } ?? region.cells.endIndex
                if region.cells[start..<lineEnd].contains(where: { if case .column? = $0.role { true } else { false } }) { continue }
                // A form's key has its value after it, and more keys follow before a table: a
                // header's titles follow one another (`项目名称` / `预算数` / `年度目标`).
                guard at + 1 < region.cells.count, region.cells[at + 1].role == nil,
                      region.cells[(at + 2)...].prefix(12).prefix(while: { if case .column? = $0.role { false } else { true } })
                        .contains(where: { if case .key? = $0.role { true } else { false } }) else { continue }
                afterTable = false
                // The line above, when it states the money unit, opens the form.
                if start > 0 {
                    let above = region.cells[start - 1].line
                    var first = start
                    while first > 0, region.cells[first - 1].line == above { first -= 1 }
                    if region.cells[first..<start].contains(where: { FormReader.unitLine($0.compact) != nil }) { start = first }
                }
                starts.append(start)
            default:
                continue
            }
        }
        guard !starts.isEmpty else { return [region] }
        var parts: [Region] = []
        var from = 0
        for start in starts {
            parts.append(Region(kind: parts.isEmpty ? region.kind : .project, title: parts.isEmpty ? region.title : nil,
                                cells: Array(region.cells[from..<start])))
            from = start
        }
        parts.append(Region(kind: .project, title: nil, cells: Array(region.cells[from...])))
        return parts
    }

    /// A printed form exported page by page repeats its title and table header on each page:
    /// a titled stretch whose table has no header key above it continues the form before it
    /// (its repeated title is dropped, its repeated header is read as one). So does a stretch under
    /// a title said again alone (a page's running title), with no table header of its own and rows
    /// before any header key: its rows had been no form's, lost. A form whose keys follow such rows
    /// (no title of its own) is split off again after the joining.
    static func continuingPages(_ regions: [Region], shape: ValueShape) -> [Region] {
        var joined: [Region] = []
        // The regions that took a running title's stretch: only there can a form's keys now stand
        // after a table (every other region was split at its untitled forms already).
        var tookRunningTitle = IndexSet()
        for region in regions {
            if let last = joined.last, last.kind == .project, region.kind == .project, region.title != nil,
               FormReader.hasTable(last.cells), FormReader.hasTable(region.cells), !startsWithHeaderKeys(region.cells) {
                joined[joined.count - 1].cells += region.cells
                continue
            }
            if let last = joined.last, let kind = last.kind, kind == .project || kind == .department,
               region.kind == .project || region.kind == .department, FormReader.hasTable(last.cells),
               let rows = runningTitleRows(region, shape: shape) {
                joined[joined.count - 1].cells += rows
                tookRunningTitle.insert(joined.count - 1)
                continue
            }
            joined.append(region)
        }
        guard !tookRunningTitle.isEmpty else { return joined }
        return joined.indices.flatMap { tookRunningTitle.contains($0) ? splittingAtUntitledForms(joined[$0]) : [joined[$0]] }
    }

    /// The cells under a title said again alone (a page's running title), read as if the title had
    /// never stood there; nil when the stretch is a form of its own (a table header, or a header key
    /// before any row). Rows before the first key tell a running title: a level label, or a target
    /// among other cells (a form's own lines before its keys, a year or the unit alone, hold
    /// neither). A key opens its line, or follows the title on its line (a glued form's header);
    /// `项目预算` glued inside a row's text opens no form.
    static func runningTitleRows(_ region: Region, shape: ValueShape) -> [FormCell]? {
        guard let title = region.title, !FormReader.hasTable(region.cells) else { return nil }
        // The words before the title in its cell (`2023年`) go with it.
        let words = region.cells.first.map { $0.line == title.line && $0.piece == title.piece && $0.role == nil } ?? false
        let body = region.cells[(words ? 1 : 0)...]
        let key = body.indices.first { at in
            guard case .key? = body[at].role else { return false }
            return at == body.startIndex || body[at - 1].line != body[at].line || body[at].line == title.line
        }
        let rows = body[..<(key ?? body.endIndex)]
        guard !rows.isEmpty, key == nil || rows.contains(where: \.isLabel)
                || rows.count >= 2 && rows.contains(where: { shape.isValue($0.compact) }) else { return nil }
        // What stood before the title's line (a blank line, empty cells one cell a line) stands
        // before the next line's cell: one cell a line, it tells where a cell starts.
        var after = Array(body)
        let lead = words ? region.cells[0] : title
        if after[0].line != title.line {
            after[0].afterBlank = after[0].afterBlank || lead.afterBlank
            after[0].afterBarRun = after[0].afterBarRun || lead.afterBarRun
            after[0].emptyCellsBefore = UInt8(min(Int(lead.emptyCellsBefore) + Int(after[0].emptyCellsBefore), Int(UInt8.max)))
        }
        return after
    }

    /// Whether a header key (项目名称, 主管部门 …) stands before the indicator table's first level
    /// column. A column word before the keys is no table's header (`单位(盖章):`, the signing
    /// line under a second form's title, is `单位` the unit column's word).
    static func startsWithHeaderKeys(_ cells: [FormCell]) -> Bool {
        for at in cells.indices {
            switch cells[at].role {
            case .key?: return true
            case .column(let role)? where role == .level1 || role == .level2 || role == .level3: return false
            default: continue
            }
        }
        return false
    }
}

extension TemplateFormLoader {
    /// The cells as the vocabulary sees them, one line each (`行 12 [二级指标] 数量指标`),
    /// for `jixiao inspect --cells`: why a file read as it did.
    public static func explain(text: String, rules: ReadingRules) -> [String] {
        let reading = FormCells(vocabulary: rules.vocabulary, numbering: rules.layouts?.projectForm.indicator_marker)
        let (read, renderings) = reading.read(text)
        let cells = reading.expandingRows(read)  // every cell shown, grid rows too
        var lines = ["排版：" + Rendering.ranked(renderings).map { "\($0.rendering.rawValue) \($0.lines) 行" }.joined(separator: "，")]
        for cell in cells {
            var tag: String
            switch cell.role {
            case .title(let kind)?: tag = "标题:\(kind.rawValue)"
            case .key(let role)?: tag = "键:\(role.rawValue)"
            case .column(let role)?: tag = "列:\(role.rawValue)"
            case .label(let level)?: tag = "\(["上层", "一级", "二级"][min(level, 2)])标签"
            case .tableLabel?: tag = "表标签"
            case .chrome?: tag = "网页栏目"
            case nil: tag = "文字"
            }
            if !cell.hint.isEmpty { tag += " (\(cell.hint))" }
            if cell.splitFromGlued { tag += " 拆自粘连" }
            lines.append("行 \(cell.line)\(cell.endsRow ? "↵" : "") [\(tag)] \(cell.text)")
        }
        return lines
    }
}
