import Foundation

/// The words the generic form reader recognises templates by, read from
/// `Data/vocabulary.yaml` (plus the level-1/level-2 labels of `Data/framework.yaml`).
/// A new county template should need words here, never a new code path.
/// A class, immutable once built: every table reader holds it, and as a struct of twenty
/// arrays each of its ~11,000 copies per five files retained every one of them.
public final class FormVocabulary: Sendable {
    /// What a recognised word stands for.
    public enum Role: Sendable, Hashable {
        case title(TitleKind)
        case key(KeyRole)
        case column(ColumnRole)
        /// An indicator label: 0 = above the framework (实施效果指标), 1 = level 1, 2 = level 2.
        case label(level: Int)
        /// The vertical 绩效指标 label of a table.
        case tableLabel
        /// Web-page furniture after a table (文件下载, 上一篇 …).
        case chrome

        /// A title, header key or column title: what starts a form, a header or a table.
        var startsStructure: Bool {
            switch self {
            case .title, .key, .column: return true
            default: return false
            }
        }

        /// A header key or column title: a template may mark it as required (`field_marks`).
        var marksField: Bool {
            switch self {
            case .key, .column: return true
            default: return false
            }
        }
    }

    /// `mention`: a title followed by one of `title_mentions` (`项目支出绩效目标表填报说明`): what
    /// follows is about the form, not a form (no vocabulary file lists titles of this kind).
    public enum TitleKind: String, Sendable, CaseIterable { case project, department, allocation, mention }

    public enum KeyRole: String, Sendable, CaseIterable {
        case project, department, unit, recipient, authority, budget, fiscal, other, goal,
             attribute, period, basicSpending = "basic_spending", projectSpending = "project_spending", ignored
        /// A project table's column holding both its departments and units and its projects
        /// (单位名称、项目名称): each row's text tells which.
        case unitOrProject = "unit_or_project"
        /// A project table's column of unit codes (单位代码) beside the names: it codes the
        /// department or unit named on its row (`505006` + 州民族特殊教育学校).
        case organisationCode = "organisation_code"
        /// A part of the money by source that no record field holds (政府性基金拨款): a form reads
        /// past it, a project table keeps its column.
        case fundPart = "fund_part"

        /// Keys whose value is an amount of money.
        var isAmount: Bool { [.budget, .fiscal, .other, .fundPart, .basicSpending, .projectSpending].contains(self) }
    }

    public enum ColumnRole: String, Sendable, CaseIterable {
        case level0, level1, level2, level3, comparison, value, unit, weight, direction, kept
        /// Another set of targets beside the annual one (中长期指标值, 实际完成值): kept, not used.
        case alternative
        /// A self-evaluation's score (得分), after its weight (分值): kept, not used.
        case score
        /// A column the header names but the vocabulary does not: one target per place.
        case place

        /// Columns holding a target (the record takes the first, keeps the others).
        var holdsValue: Bool { self == .value || self == .place }
        /// Columns a value-shaped cell may stand in.
        var takesValue: Bool { holdsValue || self == .alternative }
        /// The level columns: 一级 (and the level above it), 二级, 三级.
        var isLevel: Bool { self == .level0 || self == .level1 || self == .level2 || self == .level3 }
    }

    /// One recognised word, as matched in folded text.
    struct Entry: Sendable {
        let scalars: [Unicode.Scalar]
        let role: Role
        let word: String
        /// A level-1 label of two characters (`产出`, `成本`) is a word only right before a level-2
        /// label (`产出数量指标` in glued text): elsewhere it is the start of a name (`产出率`,
        /// `成本控制率`).
        var onlyBeforeLevel2 = false
    }

    /// The words, group after group: entries grouped by their first scalar, each group longest
    /// first (the match at a position is the longest). `trie` numbers them in this order.
    private let entries: [Entry]
    /// The words' scalars as a tree, tree `g` the words of group `g`.
    private let trie: WordTrie
    /// The level-1 labels of two characters (`产出`, `成本`): words only before a level-2 label
    /// inside text, and whole cells (`成本 (必填)`) of their own.
    private let shortLevel1: [Entry]
    /// Level-2 labels as framework.yaml's aliases spell them without 指标 (`社会效益`, `服务对象满意度`):
    /// also what forms name indicators, so the indicator table may read such a cell as a name.
    let level2Aliases: Set<[Unicode.Scalar]>
    /// Level-1 labels spelt as aliases (满意度 for 满意度指标): after a row's level 2, a name.
    let level1Aliases: Set<[Unicode.Scalar]>
    /// Level-1 labels that forms also write as a level 2 (framework.yaml's `level2_as_level1`:
    /// 成本指标 under 产出指标), with their aliases.
    let level1UsedAsLevel2: [[Unicode.Scalar]]
    /// Per group, a bit for each second scalar its words have (by the scalar's value modulo
    /// 64; every bit where a word is one scalar long): most text after a word's first
    /// character is no word, and this says so before any word is compared.
    private let secondScalars: [UInt64]
    /// Per group, whether one of its words is a title: inside a cell's text, where no other
    /// word may start, only a title can (see `FormCells.cut`).
    private let groupHasTitle: [Bool]
    /// By Basic Multilingual Plane scalar: 1 + the index of the group of words starting with
    /// it, 0 when none does. Most positions start no word, and every lookup is asked at every
    /// cut point of every cell: this answers without hashing.
    private let groupOfFirst: [UInt16]
    /// The groups of words starting outside the BMP (none in the shipped vocabulary).
    private let astralGroups: [Unicode.Scalar: Int]
    let explanationStarts: [[Unicode.Scalar]]
    /// Words a last text column's text ends with (`kept_text_endings`: 扣分, 不得分), longest first.
    let keptTextEndings: [[Unicode.Scalar]]
    /// Endings of a place under a township (`village_endings`: 村, 社区), longest first.
    let villageEndings: [[Unicode.Scalar]]
    /// Marks a template writes before a field that must be filled (`field_marks`: `*指标值`); a few,
    /// compared in turn (asked of every cell no word matched, a set's hashing cost more).
    let fieldMarks: [Unicode.Scalar]
    /// A self-evaluation's budget columns (`budget_columns`), and which of them holds the budget,
    /// most preferred first (`budget_column_preference`); as compared (`FormCell.compact`).
    let budgetColumns: (all: [[Unicode.Scalar]], preference: [[Unicode.Scalar]])
    /// Budget keys naming the project's whole period (`whole_period_budget_keys`: 项目总预算), as
    /// compared: a year's budget key with an amount on the same form goes first.
    let wholePeriodBudgetKeys: [[Unicode.Scalar]]
    /// Keys only as a cell of their own (`cell_keys`: `部门 | ××中心`), words of text elsewhere
    /// (`市直部门预算项目支出绩效目标表`).
    let cellKeys: [(scalars: [Unicode.Scalar], role: KeyRole)]
    /// Headings of the whole period's goal (`period_goal_headings`: 中期目标, 实施期目标), as compared.
    let periodGoalHeadings: [[Unicode.Scalar]]
    let qualitativeValues: [[Unicode.Scalar]]
    /// Words after a value's number and unit that compare (`comparison_after`: 95%以上), longest first.
    let comparisonAfterWords: [[Unicode.Scalar]]
    /// A yes-or-no question in a name and its answers (`question_answers`: 是否 → 是, 否).
    let questionAnswers: [(question: [Unicode.Scalar], answers: [[Unicode.Scalar]])]
    /// What a value-type column holds (`value_types`: 定量, 定性), longest first.
    let valueTypes: [[Unicode.Scalar]]
    let comparisonWords: [(word: [Unicode.Scalar], sign: String)]
    /// A bit for each first scalar of `comparisonWords` (by its value modulo 64; every bit when a
    /// word is empty): most places a value may start begin no comparison word, and this says so
    /// before any word is compared.
    private let comparisonFirstScalars: UInt64
    /// Words that, right after a title, make it the subject of a document about the form
    /// (`项目支出绩效目标表填报说明`, `…绩效目标表的通知`) rather than a form's title; longest first.
    let titleMentions: [[Unicode.Scalar]]
    let placeEndings: [[Unicode.Scalar]]
    /// How a target column's title ends (`value_title_endings`: 预期值, 年度计划值, 2022年目标值):
    /// an unknown title so ending, after the indicator's name, is the table's value column.
    let valueTitleEndings: [[Unicode.Scalar]]
    /// What a key may have after it and still be the key (`key_endings`: 主管部门名称,
    /// 实施单位代码), longest first.
    let keyEndings: [[Unicode.Scalar]]
    /// Marks joining two labels in one cell (`label_joints`: 产出指标-数量指标, 产出指标/数量指标).
    let labelJoints: [[Unicode.Scalar]]
    /// Rows that are scoring rules, not targets (`scoring_rows`: 年度预算执行率), folded and
    /// compact; the shortest, and their first scalars, tell most texts apart at once (every
    /// row's name is asked).
    let scoringRows: [[Unicode.Scalar]]
    private let scoringShortest: Int
    private let scoringFirstScalars: ScalarSet
    /// What a form writes in a row it leaves empty (`placeholder_names`: 无, 暂无, /), folded and
    /// compact, and the longest of them.
    let placeholderNames: Set<[Unicode.Scalar]>
    /// What a table's next page opens with (`continued_table_marks`: 续表, 接上表), folded and
    /// compact, and their first scalars (most lines start otherwise).
    private let continuedTableMarks: Set<[Unicode.Scalar]>
    private let continuedTableFirstScalars: ScalarSet
    /// A printed page's number and sheet name (`page_numbers`, `sheet_names`): no row of a table.
    public let printMarks: PrintMarks
    /// Label words that also end indicator names (`name_ending_labels`: 满意度), folded.
    let nameEndingLabels: Set<[Unicode.Scalar]>
    /// Words in a project's name that make its form the summary of its department's projects
    /// (`summary_project_words`: 汇总项目库, 项目汇总), folded.
    let summaryProjectWords: [String]
    /// A tree table's header (`tree_name_columns`: 项目, the one column holding the unit, its projects,
    /// labels and indicators a step deeper each; `tree_amount_columns`: 绩效金额, a project's amount),
    /// as compared (see `TreeTable`).
    let treeNameColumns: [[Unicode.Scalar]]
    let treeAmountColumns: [[Unicode.Scalar]]
    /// The amount columns' titles as written (folded), to search a text for.
    let treeAmountColumnWords: [String]
    /// The first word listed for each key and column role (`项目名称`, `一级指标`): what a form
    /// rewritten into rows (`TreeTable`) writes for it.
    let firstWords: [Role: String]
    /// How a site's footer or a form's sign-off line ends (`page_chrome_endings`: 审核意见, 盖章, 政府主办),
    /// and what only such lines hold anywhere (`page_chrome_inside`: ICP备), folded and compact.
    private let chromeEndings: [[Unicode.Scalar]]
    private let chromeInside: [[Unicode.Scalar]]
    private let chromeInsideFirstScalars: ScalarSet
    private let chromeEndingLastScalars: ScalarSet
    /// The longest a line `page_chrome_inside` is looked for in (`鲁ICP备06032897号`, `鲁公网安备…`).
    static let footerLineLongest = 40
    /// The words a table's caption starts with (`caption_words`: 表, 附表, 附件), folded.
    private let captionWords: [[Unicode.Scalar]]
    private let captionFirstScalars: ScalarSet
    private let placeholderLongest: Int
    /// The longest total label: asked of every indicator's name, most are longer.
    private let totalLongest: Int
    /// The last scalars of `organisationEndings`.
    private let organisationLastScalars: ScalarSet
    /// The characters of the table's vertical labels (`table_labels`: 绩效指标): a merged cell cut
    /// one character a row leaves one at the start of each row.
    let tableLabelCharacters: ScalarSet
    /// How the name of a department or unit ends (`局`, `办公室`), longest first.
    let organisationEndings: [[Unicode.Scalar]]
    /// Units a number may carry (`个`, `万元`, `元/平米`), longest first.
    let valueUnits: [[Unicode.Scalar]]
    /// Characters of magnitude between a number and its unit (`2.5万人次`, `1.2亿元`), or ending it (`50万`).
    let valueMagnitudes: ScalarSet
    /// The direction words (正向指标, 反向 …), longest first.
    let directionValues: [[Unicode.Scalar]]
    /// 合计, 小计 …: a table's total row, which is no department and no project.
    let totalLabels: [[Unicode.Scalar]]
    /// The same labels as written, for finding them inside a cell (`MoneyText.total`).
    let totalLabelTexts: [String]
    /// 序号 …: a table's serial-number column title, opening another table's header under the rows.
    let serialTitles: [[Unicode.Scalar]]
    let fold: ChineseFold

    /// The file as written: see `Data/vocabulary.yaml` for what each part means. Every part may
    /// be left out (a province's own file adds a few words to some lists).
    struct File: Decodable {
        var titles: [String: [String]]?
        var keys: [String: [String]]?
        var cell_keys: [String: [String]]?
        var columns: [String: [String]]?
        var comparison_words: [String: [String]]?
        var comparison_after: [String: [String]]?
        var question_answers: [String: [String]]?
        var value_types: [String]?
        var table_labels: [String]?
        var level0_labels: [String]?
        var extra_level2_labels: [String]?
        var explanation_starts: [String]?
        var qualitative_values: [String]?
        var title_mentions: [String]?
        var place_endings: [String]?
        var organisation_endings: [String]?
        var value_units: [String]?
        var value_magnitudes: [String]?
        var direction_values: [String]?
        var page_chrome: [String]?
        var page_chrome_endings: [String]?
        var page_chrome_inside: [String]?
        var total_labels: [String]?
        var serial_titles: [String]?
        var value_title_endings: [String]?
        var key_endings: [String]?
        var label_joints: [String]?
        var scoring_rows: [String]?
        var placeholder_names: [String]?
        var continued_table_marks: [String]?
        var name_ending_labels: [String]?
        var caption_words: [String]?
        var kept_text_endings: [String]?
        var village_endings: [String]?
        var field_marks: [String]?
        var budget_columns: [String]?
        var budget_column_preference: [String]?
        var whole_period_budget_keys: [String]?
        var period_goal_headings: [String]?
        var summary_project_words: [String]?
        var tree_name_columns: [String]?
        var tree_amount_columns: [String]?
        var page_numbers: [String]?
        var sheet_names: [String]?

        /// The word lists, for adding files together.
        static var lists: [WritableKeyPath<File, [String]?>] { [
            \.table_labels,
            \.level0_labels,
            \.extra_level2_labels,
            \.explanation_starts,
            \.qualitative_values,
            \.title_mentions,
            \.place_endings,
            \.organisation_endings,
            \.value_units,
            \.value_magnitudes,
            \.direction_values,
            \.page_chrome,
            \.page_chrome_endings,
            \.page_chrome_inside,
            \.total_labels,
            \.serial_titles,
            \.value_title_endings,
            \.key_endings,
            \.label_joints,
            \.scoring_rows,
            \.placeholder_names,
            \.continued_table_marks,
            \.name_ending_labels,
            \.caption_words,
            \.kept_text_endings,
            \.village_endings,
            \.field_marks,
            \.budget_columns,
            \.budget_column_preference,
            \.whole_period_budget_keys,
            \.period_goal_headings,
            \.summary_project_words,
            \.tree_name_columns,
            \.tree_amount_columns,
            \.value_types,
            \.page_numbers,
            \.sheet_names,
        ] }
        static var groups: [WritableKeyPath<File, [String: [String]]?>] { [\.titles, \.keys, \.cell_keys, \.columns, \.comparison_words, \.comparison_after, \.question_answers] }

        /// This file's words with another file's added to every list.
        func adding(_ other: File) -> File {
            var sum = self
            for list in Self.lists { sum[keyPath: list] = (self[keyPath: list] ?? []) + (other[keyPath: list] ?? []) }
            for group in Self.groups {
                sum[keyPath: group] = (self[keyPath: group] ?? [:]).merging(other[keyPath: group] ?? [:], uniquingKeysWith: +)
            }
            return sum
        }
    }

    /// Reads the vocabulary from one or more files, their lists added together: the shipped
    /// `vocabulary.yaml` and a province's own additions in `vocabulary/*.yaml`.
    public init(paths: [String], framework: Framework, fold: ChineseFold) throws {
        var merged: File?
        for path in paths {
            let next = try RuleFile.decode(File.self, path: path)
            merged = merged.map { $0.adding(next) } ?? next
        }
        guard let file = merged else {
            throw PipelineError(file: "vocabulary.yaml", line: nil, message: "no vocabulary file given")
        }
        let path = paths[0]
        self.fold = fold
        var entries: [Entry] = []
        func add(_ words: [String], _ role: Role, onlyBeforeLevel2: Bool = false) {
            for word in words {
                let folded = fold.fold(word)
                guard !folded.isEmpty else { continue }
                entries.append(Entry(scalars: Array(folded.unicodeScalars), role: role, word: folded,
                                     onlyBeforeLevel2: onlyBeforeLevel2))
            }
        }
        for kind in (file.titles ?? [:]).keys where TitleKind(rawValue: kind) == nil || kind == TitleKind.mention.rawValue {
            throw PipelineError(file: path, line: nil, message: "unknown title kind '\(kind)' (expected project, department, allocation)")
        }
        for name in (file.keys ?? [:]).keys.sorted() + (file.cell_keys ?? [:]).keys.sorted() where KeyRole(rawValue: name) == nil {
            throw PipelineError(file: path, line: nil, message: "unknown key role '\(name)' (expected one of \(KeyRole.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        for name in (file.columns ?? [:]).keys where ColumnRole(rawValue: name) == nil || name == ColumnRole.place.rawValue {
            throw PipelineError(file: path, line: nil, message: "unknown column role '\(name)'")
        }
        // In the roles' declared order, never the dictionaries' (which changes from run to run):
        // a word listed under two roles always takes the same one.
        for kind in TitleKind.allCases { add(file.titles?[kind.rawValue] ?? [], .title(kind)) }
        for role in KeyRole.allCases { add(file.keys?[role.rawValue] ?? [], .key(role)) }
        for role in ColumnRole.allCases { add(file.columns?[role.rawValue] ?? [], .column(role)) }
        add(file.table_labels ?? [], .tableLabel)
        add(file.level0_labels ?? [], .label(level: 0))
        for level1 in framework.levels {
            let short = { (alias: String) in alias.count <= 2 || (level1.shortAliases ?? []).contains(alias) }
            add([level1.name] + (level1.aliases ?? []).filter { !short($0) }, .label(level: 1))
            add((level1.aliases ?? []).filter(short), .label(level: 1), onlyBeforeLevel2: true)
            for level2 in level1.level2 { add([level2.name] + (level2.aliases ?? []), .label(level: 2)) }
        }
        // An alias written as a label (`环境效益指标`, `服务对象满意度指标等`) is that label's other spelling, no name.
        level2Aliases = Set(framework.levels.flatMap { $0.level2.flatMap { $0.aliases ?? [] } }
            .filter { !$0.contains("指标") }.map { Array(fold.fold($0).unicodeScalars) })
        level1Aliases = Set(framework.levels.flatMap { $0.aliases ?? [] }.map { Array(fold.fold($0).unicodeScalars) })
        add(file.extra_level2_labels ?? [], .label(level: 2))
        add(file.page_chrome ?? [], .chrome)
        cellKeys = KeyRole.allCases.flatMap { role in
            (file.cell_keys?[role.rawValue] ?? []).map { (Array(fold.fold($0).unicodeScalars), role) }.filter { !$0.0.isEmpty }
        }

        // A word listed twice keeps its first role; labels win over keys of the same spelling.
        var seen = Set<String>()
        var groups: [[Entry]] = []
        var groupOfFirst = [UInt16](repeating: 0, count: 0x10000)
        var astralGroups: [Unicode.Scalar: Int] = [:]
        for entry in entries.sorted(by: { $0.scalars.count > $1.scalars.count }) where seen.insert(entry.word).inserted {
            let first = entry.scalars[0]
            let known = first.value < 0x10000 ? Int(groupOfFirst[Int(first.value)]) - 1 : astralGroups[first] ?? -1
            if known >= 0 { groups[known].append(entry); continue }
            groups.append([entry])
            if first.value < 0x10000 { groupOfFirst[Int(first.value)] = UInt16(groups.count) } else { astralGroups[first] = groups.count - 1 }
        }
        self.entries = groups.flatMap { $0 }
        trie = WordTrie(groups: groups.map { $0.map(\.scalars) })
        shortLevel1 = groups.flatMap { $0.filter(\.onlyBeforeLevel2) }
        secondScalars = groups.map { group in
            group.reduce(0) { mask, entry in entry.scalars.count < 2 ? ~0 : mask | 1 << (entry.scalars[1].value & 63) }
        }
        groupHasTitle = groups.map { group in group.contains { if case .title = $0.role { return true } else { return false } } }
        self.groupOfFirst = groupOfFirst
        self.astralGroups = astralGroups
        let scalars = { (words: [String]?) in (words ?? []).map { Array(fold.fold($0).unicodeScalars) }.filter { !$0.isEmpty } }
        explanationStarts = scalars(file.explanation_starts)
        keptTextEndings = scalars(file.kept_text_endings).sorted { $0.count > $1.count }
        villageEndings = scalars(file.village_endings).sorted { $0.count > $1.count }
        fieldMarks = scalars(file.field_marks).compactMap { $0.count == 1 ? $0[0] : nil }
        let compact = { (words: [String]?) in (words ?? []).map(FormCells.compactScalars).filter { !$0.isEmpty } }
        budgetColumns = (compact(file.budget_columns), compact(file.budget_column_preference))
        wholePeriodBudgetKeys = compact(file.whole_period_budget_keys)
        periodGoalHeadings = compact(file.period_goal_headings)
        qualitativeValues = scalars(file.qualitative_values).sorted { $0.count > $1.count }
        comparisonAfterWords = scalars((file.comparison_after ?? [:]).values.flatMap { $0 }.sorted()).sorted { $0.count > $1.count }
        questionAnswers = (file.question_answers ?? [:]).sorted { $0.key < $1.key }.map { question, answers in
            (Array(fold.fold(question).unicodeScalars), answers.map { Array(fold.fold($0).unicodeScalars) }.sorted { $0.count > $1.count })
        }
        valueTypes = compact(file.value_types).sorted { $0.count > $1.count }
        comparisonWords = (file.comparison_words ?? [:]).flatMap { sign, words in
            words.map { (Array(fold.fold($0).unicodeScalars), sign) }
        }.sorted { $0.word.count > $1.word.count }
        comparisonFirstScalars = comparisonWords.reduce(0) { mask, entry in
            entry.word.first.map { mask | 1 << ($0.value & 63) } ?? ~0
        }
        placeEndings = scalars(file.place_endings).sorted { $0.count > $1.count }
        chromeEndings = compact(file.page_chrome_endings)
        chromeInside = compact(file.page_chrome_inside)
        chromeInsideFirstScalars = ScalarSet(chromeInside.compactMap(\.first))
        chromeEndingLastScalars = ScalarSet(chromeEndings.compactMap(\.last))
        valueTitleEndings = scalars(file.value_title_endings).map { $0.compactMap(FormCells.compactScalar) }.filter { !$0.isEmpty }
        keyEndings = scalars(file.key_endings).map { $0.compactMap(FormCells.compactScalar) }.filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        keyEndingInnerScalars = ScalarSet(keyEndings.flatMap { $0.dropLast() })
        tableLabelCharacters = ScalarSet(scalars(file.table_labels).joined())
        placeholderNames = Set(scalars(file.placeholder_names).map { $0.compactMap(FormCells.compactScalar) }.filter { !$0.isEmpty })
        placeholderLongest = placeholderNames.map(\.count).max() ?? 0
        continuedTableMarks = Set(scalars(file.continued_table_marks).map { $0.compactMap(FormCells.compactScalar) }.filter { !$0.isEmpty })
        continuedTableFirstScalars = ScalarSet(continuedTableMarks.map { $0[0] })
        printMarks = PrintMarks(pageNumbers: file.page_numbers ?? [], sheetNames: file.sheet_names ?? [])
        captionWords = scalars(file.caption_words).map { $0.compactMap(FormCells.compactScalar) }.filter { !$0.isEmpty }
        captionFirstScalars = ScalarSet(captionWords.map { $0[0] })
        nameEndingLabels = Set(scalars(file.name_ending_labels).map { $0.compactMap(FormCells.compactScalar) }.filter { !$0.isEmpty })
        summaryProjectWords = (file.summary_project_words ?? []).map { fold.fold($0) }.filter { !$0.isEmpty }
        var firstWords: [Role: String] = [:]
        for role in KeyRole.allCases { firstWords[.key(role)] = file.keys?[role.rawValue]?.first }
        for role in ColumnRole.allCases { firstWords[.column(role)] = file.columns?[role.rawValue]?.first }
        self.firstWords = firstWords
        treeNameColumns = scalars(file.tree_name_columns).map { $0.compactMap(FormCells.compactScalar) }.filter { !$0.isEmpty }
        treeAmountColumnWords = (file.tree_amount_columns ?? []).map { fold.fold($0) }.filter { !$0.isEmpty }
        treeAmountColumns = scalars(file.tree_amount_columns).map { $0.compactMap(FormCells.compactScalar) }.filter { !$0.isEmpty }
        scoringRows = Array(Set(scalars(file.scoring_rows).map { $0.compactMap(FormCells.compactScalar) }.filter { !$0.isEmpty }))
        scoringShortest = scoringRows.map(\.count).min() ?? Int.max
        scoringFirstScalars = ScalarSet(scoringRows.map { $0[0] })
        labelJoints = scalars(file.label_joints).map { $0.compactMap(FormCells.compactScalar) }.filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        titleMentions = scalars(file.title_mentions).map { $0.compactMap(FormCells.compactScalar) }.filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        organisationEndings = scalars(file.organisation_endings).sorted { $0.count > $1.count }
        organisationLastScalars = ScalarSet(organisationEndings.compactMap(\.last))
        valueUnits = scalars(file.value_units).sorted { $0.count > $1.count }
        valueMagnitudes = ScalarSet((file.value_magnitudes ?? []).flatMap(\.unicodeScalars))
        // The framework's direction words (`directions`), and any a vocabulary file adds.
        level1UsedAsLevel2 = framework.usedAsLevel2Words
        // Longest first, as the other word lists: the first word found at a place is the longest (正向指标, not 正向).
        directionValues = scalars((file.direction_values ?? []) + (framework.directions ?? [:]).values.flatMap { $0 }.sorted())
            .sorted { $0.count > $1.count }
        totalLabels = scalars(file.total_labels)
        totalLongest = totalLabels.map(\.count).max() ?? 0
        totalLabelTexts = (file.total_labels ?? []).filter { !$0.isEmpty }
        serialTitles = scalars(file.serial_titles)
    }

    /// Whether `name` ends the way a department's or unit's name does (`organisation_endings`).
    func endsLikeOrganisation(_ name: String) -> Bool {
        endsLikeOrganisation(compact: ArraySlice(fold.fold(name).unicodeScalars))
    }

    /// `endsLikeOrganisation` of text folded already (`…住房和城乡建设局`).
    func endsLikeOrganisation(compact text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = text.last, organisationLastScalars.contains(last) else { return false }
        return organisationEndings.contains { text.count > $0.count && text.suffix($0.count).elementsEqual($0) }
    }

    /// The value type a compact text ends with (`value_types`: `-定量` ends with 定量), if any.
    func valueTypeEnding(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        valueTypes.first { text.count >= $0.count && text.suffix($0.count).elementsEqual($0) }
    }

    /// Whether compact text ends as a scoring standard's does (`kept_text_endings`: …计3分,未开展不计分),
    /// a word before it: a kept column's text, not an indicator's name.
    func endsAsKeptText(_ compact: [Unicode.Scalar]) -> Bool {
        keptTextEndings.contains { compact.count > $0.count && compact.suffix($0.count).elementsEqual($0) }
    }

    /// Whether compact text is a mark a template writes where a row has nothing: a blank mark
    /// (`placeholder_names`) or a value type alone (`value_types`).
    func isBlankMark(_ compact: [Unicode.Scalar]) -> Bool {
        isPlaceholder(compact) || valueTypes.contains(compact)
    }

    /// Whether a line's compact text is a continued table's mark (`continued_table_marks`: 续表,
    /// `（续表）`, `接上表：`): page furniture between a table's rows.
    func isContinuedTableMark(_ compact: [Unicode.Scalar]) -> Bool {
        var text = compact[...]
        if text.first == "(", text.last == ")" { text = text.dropFirst().dropLast() }
        if let last = text.last, last == ":" || last == "。" { text = text.dropLast() }
        guard let first = text.first, continuedTableFirstScalars.contains(first) else { return false }
        return continuedTableMarks.contains(Array(text))
    }

    /// Whether compact text is one of `placeholder_names` (`无`, `/`), or several run together
    /// (`//`: a name's and its value's `/`, in text with every cell glued).
    func isPlaceholder(_ compact: [Unicode.Scalar]) -> Bool {
        if compact.count <= placeholderLongest && placeholderNames.contains(compact) { return true }
        guard compact.count >= 2, placeholderLongest >= 1, compact.count <= 4 * placeholderLongest,
              placeholderNames.contains(where: { $0.first == compact.first }) else { return false }
        return (1...min(placeholderLongest, compact.count - 1)).contains { length in
            placeholderNames.contains(Array(compact[..<length])) && isPlaceholder(Array(compact[length...]))
        }
    }

    /// Whether some word is longer than `text[start...]` and begins with it (`满意度指` of `满意度指标`),
    /// a key's ending too (`主管部门(单位)名称及` of `主管部门(单位)名称及部门预算编码`).
    func beginsLongerWord(_ text: [Unicode.Scalar], from start: Int = 0) -> Bool {
        guard start < text.count, let group = group(startingWith: text[start]) else { return false }
        let (node, length) = text.withUnsafeBufferPointer { trie.deepest(from: group, in: $0, at: start) }
        // The whole text on the words' tree: a longer word follows only if the tree goes on.
        if length == text.count - start { return trie.hasChildren(node) }
        // Else a key and the start of its ending: the text's last scalar is inside an ending.
        guard let last = text.last, keyEndingInnerScalars.contains(last),
              let key = match(text, at: start), case .key = key.role else { return false }
        let rest = text[(start + key.scalars.count)...]
        return !rest.isEmpty && keyEndings.contains { $0.count > rest.count && $0.starts(with: rest) }
    }

    /// The scalars of `key_endings` but their last ones (`及` of `及编码`): where a key's ending
    /// broken off may end.
    private let keyEndingInnerScalars: ScalarSet

    /// The longest of `key_endings`, in folded scalars.
    var longestKeyEnding: Int { keyEndings.first?.count ?? 0 }

    /// The group of words starting with this folded scalar, if any.
    @inline(__always)
    private func group(startingWith scalar: Unicode.Scalar) -> Int? {
        if scalar.value < 0x10000 {
            let found = Int(groupOfFirst[Int(scalar.value)])
            return found == 0 ? nil : found - 1
        }
        return astralGroups[scalar]
    }

    /// Whether some word starts with this folded scalar.
    func startsWord(_ scalar: Unicode.Scalar) -> Bool {
        group(startingWith: scalar) != nil
    }

    /// The length of the longest of `title_mentions` starting at `index` of folded text (right after a title), if any.
    func titleMention(_ text: [Unicode.Scalar], at index: Int) -> Int? {
        Self.longest(of: titleMentions, in: text, at: index)?.count
    }

    /// Whether some title starts with this folded scalar.
    func startsTitle(_ scalar: Unicode.Scalar) -> Bool {
        group(startingWith: scalar).map { groupHasTitle[$0] } ?? false
    }

    /// The longest word starting at `index` of folded scalars, if any.
    func match(_ text: [Unicode.Scalar], at index: Int) -> Entry? {
        guard index < text.count, let group = group(startingWith: text[index]) else { return nil }
        if index + 1 < text.count, secondScalars[group] & 1 << (text[index + 1].value & 63) == 0 { return nil }
        // Down the words' tree as far as the text follows it, then back up: the longest word first.
        var node: Int? = text.withUnsafeBufferPointer { trie.deepest(from: group, in: $0, at: index).node }
        while let at = node {
            node = trie.parent(of: at)
            guard let word = trie.word(endingAt: at) else { continue }
            let entry = entries[word]
            if entry.onlyBeforeLevel2, !startsLevel2Label(text, at: index + entry.scalars.count) { continue }
            if case .key = entry.role, let ending = keyEnding(text, at: index + entry.scalars.count) {
                return Entry(scalars: entry.scalars + ending, role: entry.role,
                             word: entry.word + String(scalars: ending[...]))
            }
            return entry
        }
        return nil
    }

    /// The longest of `key_endings` starting at `index`, right after a key.
    private func keyEnding(_ text: [Unicode.Scalar], at index: Int) -> [Unicode.Scalar]? {
        Self.longest(of: keyEndings, in: text, at: index)
    }

    /// The length of a mark of `label_joints` at `index` with a label right after it
    /// (`-数量指标` after `产出指标`), or nil.
    func labelJoint(_ text: [Unicode.Scalar], at index: Int) -> Int? {
        guard let joint = Self.longest(of: labelJoints, in: text, at: index),
              case .label? = match(text, at: index + joint.count)?.role else { return nil }
        return joint.count
    }

    /// The first of `words` (a list sorted longest first) that `text` holds at `index`.
    private static func longest(of words: [[Unicode.Scalar]], in text: [Unicode.Scalar], at index: Int) -> [Unicode.Scalar]? {
        words.first { index + $0.count <= text.count && text[index..<(index + $0.count)].elementsEqual($0) }
    }

    /// Whether a level-2 label (`数量指标`, `经济成本指标`) starts at `index`.
    private func startsLevel2Label(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        if case .label(level: 2) = match(text, at: index)?.role { return true }
        return false
    }

    /// The role of a whole cell: a word alone, perhaps with a bracketed hint (`(必填)`,
    /// `(0-20)分`, `(万元)`) and a colon after it.
    func role(ofCell compact: [Unicode.Scalar]) -> (role: Role, hint: String)? {
        if let found = role(ofCell: compact, from: 0) { return found }
        if let key = cellKeys.first(where: { Self.isWord($0.scalars, withHintIn: compact) }) {
            return (.key(key.role), Self.hintLength(compact, from: key.scalars.count).hint)
        }
        if isCaption(compact) { return (.chrome, "") }
        // A field the template marks as required (`*指标值`, `★项目名称`, `指标值*`).
        if let first = compact.first, fieldMarks.contains(first) { return role(ofCell: Array(compact.dropFirst())) }
        if compact.count > 1, let last = compact.last, fieldMarks.contains(last) { return role(ofCell: Array(compact.dropLast())) }
        // A word numbered as a document numbers its parts: `一、产出指标`, `（一）数量指标`.
        let numbering = Enumeration.length(compact)
        if numbering > 0 { return role(ofCell: compact, from: numbering) }
        // A title naming its year (`2021年实际实现值`, `预期2022年实现值`): the title without it.
        if compact.count <= Self.longestTitleWithYear, let year = Self.yearRange(compact) {
            var rest = compact
            rest.removeSubrange(year)
            return rest.isEmpty ? nil : role(ofCell: rest)
        }
        // A site's links in brackets (`【打印本页】【关闭窗口】`, `[关闭窗口]`): its chrome.
        if let first = compact.first, first == "【" || first == "[", let entry = match(compact, at: 1), entry.role == .chrome {
            return (.chrome, "")
        }
        // A key whose first characters were typed twice (`主管主管部门`): the key. Only a key's
        // length is looked at (a long cell of one character repeated would be looked at forever).
        if compact.count >= 4, compact.count <= Self.longestStutteredKey {
            for length in 1...(compact.count / 2) where compact[0] == compact[length] && compact[..<length] == compact[length..<(2 * length)] {
                if let found = role(ofCell: compact, from: length), case .key = found.role { return found }
            }
        }
        return nil
    }

    /// The longest cell looked at for a key typed with its start twice.
    static let longestStutteredKey = 32

    /// The longest cell looked at for a year inside a title.
    static let longestTitleWithYear = 12

    /// Where a year stands in folded text (`2021年`: four digits starting 19 or 20, then 年).
    static func yearRange(_ compact: [Unicode.Scalar]) -> Range<Int>? {
        guard compact.count >= 5, let mark = compact.firstIndex(of: "年"), mark >= 4 else { return nil }
        let digits = compact[(mark - 4)..<mark]
        guard digits.allSatisfy({ ("0"..."9").contains($0) }), digits.first == "1" || digits.first == "2" else { return nil }
        return (mark - 4)..<(mark + 1)
    }

    /// Whether a cell is a line of a site's footer or a form's sign-off (`鲁ICP备06032897号`,
    /// `XX县人民政府主办`, `财政部门初审意见`, `(盖章)`): the table has ended.
    func isFooterOrSignOff(_ compact: [Unicode.Scalar]) -> Bool {
        let end = compact.last == ")" ? compact.count - 1 : compact.count
        if end > 0, chromeEndingLastScalars.contains(compact[end - 1]),
           chromeEndings.contains(where: { end >= $0.count && compact[(end - $0.count)..<end].elementsEqual($0) }) { return true }
        return isSiteFooter(compact)
    }

    /// Whether a cell is a line of a site's footer (`网站标识码：5101000001 蜀ICP备05000000号`:
    /// one of `page_chrome_inside` anywhere in it).
    func isSiteFooter(_ compact: [Unicode.Scalar]) -> Bool {
        // A footer's line is short; a name or a goal holding 公 or 网 is not looked through.
        guard compact.count <= Self.footerLineLongest, compact.contains(where: chromeInsideFirstScalars.contains) else { return false }
        return chromeInside.contains { word in
            compact.indices.contains { at in at + word.count <= compact.count && compact[at..<(at + word.count)].elementsEqual(word) }
        }
    }

    /// A name without the sign-off mark a template prints after it for the seal
    /// (`南京市江宁区农业农村局（盖章）`, `…局(签章)`): a last bracket holding what ends a sign-off
    /// line (`page_chrome_endings`). Other brackets stay (`平武县人民政府（本级）`).
    func withoutSignOffMark(_ text: String) -> String {
        guard let open = signOffMark(in: text), open != text.unicodeScalars.startIndex else { return text }
        return TextCleaning.trimSpaces(String(text.unicodeScalars[..<open]))
    }

    /// Whether a cell is the sign-off mark alone, the seal's place where a name was to be
    /// written (`填报单位:(盖章)`): no value.
    func isSignOffMark(_ text: String) -> Bool {
        signOffMark(in: text) == text.unicodeScalars.startIndex
    }

    /// Where the sign-off mark closing a text opens: its last bracket, holding what ends a sign-off line.
    private func signOffMark(in text: String) -> String.UnicodeScalarView.Index? {
        let scalars = text.unicodeScalars
        guard let last = scalars.last, last == ")" || last == "）",
              let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let inside = FormCells.compactScalars(String(scalars[scalars.index(after: open)..<scalars.index(before: scalars.endIndex)]))
        guard chromeEndings.contains(where: { inside.count >= $0.count && inside.suffix($0.count).elementsEqual($0) }) else { return nil }
        return open
    }

    /// Whether a cell is a table's caption, a `caption_words` word and a number (`表2`, `附表3-1`,
    /// `附件2`, `表十二`) or a colon (`附件:`): what a publication writes between its tables, no row of either.
    func isCaption(_ compact: [Unicode.Scalar]) -> Bool {
        guard compact.count <= 8, let first = compact.first, captionFirstScalars.contains(first) else { return false }
        return captionWords.contains { word in
            guard compact.count > word.count, compact.starts(with: word) else { return false }
            let number = compact[word.count...]
            // `附件:` alone: what a page writes before its attachments' list.
            if number.elementsEqual([":"]) { return true }
            // 表十二, 附件三: a number in Chinese numerals.
            if number.allSatisfy({ "一二三四五六七八九十".unicodeScalars.contains($0) }) { return true }
            return FormCells.isDigit(number[number.startIndex]) && FormCells.isDigit(number[number.endIndex - 1])
                && number.allSatisfy { FormCells.isDigit($0) || $0 == "-" || $0 == "." }
        }
    }

    private func role(ofCell compact: [Unicode.Scalar], from start: Int) -> (role: Role, hint: String)? {
        guard start < compact.count, let entry = match(compact, at: start) ?? shortLevel1.first(where: { word in
            compact.count - start >= word.scalars.count && compact[start..<(start + word.scalars.count)].elementsEqual(word.scalars)
        }) else { return nil }
        let rest = FormVocabulary.hintLength(compact, from: start + entry.scalars.count)
        guard start + entry.scalars.count + rest.length == compact.count else { return nil }
        return (entry.role, rest.hint)
    }

    /// A bracketed hint, a `分` after it and a colon, following a word: their length and
    /// the hint's text (which may name the money unit).
    static func hintLength(_ text: [Unicode.Scalar], from start: Int) -> (length: Int, hint: String) {
        var i = start
        var hint = ""
        if i < text.count, text[i] == "(" {
            if let close = text[i...].firstIndex(of: ")"), close - i <= 16 {
                hint = String(scalars: text[(i + 1)..<close])
                i = close + 1
                if i < text.count, text[i] == "分" { i += 1 }
            } else if text.count - i <= 4, text[(i + 1)...].allSatisfy({ ("A"..."Z").contains($0) || $0 == "/" }) {
                // A column's letter mark the copy lost the bracket's end of (`年初目标值(A`, `实际完成值(B`);
                // not a unit's bracket wrapped onto the next line (`(万` / `元)`).
                hint = String(scalars: text[(i + 1)...])
                i = text.count
            }
        }
        while i < text.count, text[i] == ":" { i += 1 }
        return (i - start, hint)
    }

    /// Whether compact text is a scoring rule's word (`scoring_rows`), perhaps numbered or with
    /// a bracketed hint (`预算执行(10分)`, `一、年度预算执行率`), or the rule's labels and name run
    /// together, each such a word (`预算执行(10分)预算执行率年度预算执行率`, cells glued).
    func isScoringRow(_ compact: [Unicode.Scalar]) -> Bool {
        guard compact.count >= scoringShortest else { return false }
        let start = scoringFirstScalars.contains(compact[0]) ? 0 : Enumeration.length(compact)
        return scoringWords(compact, from: start)
    }

    /// Whether `compact[start...]` is one or more scoring words, each perhaps with its hint.
    private func scoringWords(_ compact: [Unicode.Scalar], from start: Int) -> Bool {
        guard start < compact.count, scoringFirstScalars.contains(compact[start]) else { return false }
        return scoringRows.contains { word in
            guard compact.count - start >= word.count, compact[start..<(start + word.count)].elementsEqual(word) else { return false }
            let end = start + word.count + Self.hintLength(compact, from: start + word.count).length
            return end == compact.count || scoringWords(compact, from: end)
        }
    }

    /// Whether a cell's text is a total row's label (`total_labels`: 合计, 小 计 …).
    func isTotalLabel(_ text: String) -> Bool {
        isTotalLabel(folded: folded(text))
    }

    /// `isTotalLabel` of text folded already (`folded(_:)`).
    func isTotalLabel(folded compact: [Unicode.Scalar]) -> Bool {
        compact.count <= totalLongest && totalLabels.contains { $0 == compact }
    }

    /// Whether a budget key names the project's whole period (`项目总预算(万元)`), its hint aside.
    func namesWholePeriod(_ key: [Unicode.Scalar]) -> Bool {
        wholePeriodBudgetKeys.contains { Self.isWord($0, withHintIn: key) }
    }

    /// Whether a cell heads the whole period's goal (`中期目标(2024年—2026年)`), its hint aside.
    func headsPeriodGoal(_ compact: [Unicode.Scalar]) -> Bool {
        periodGoalHeadings.contains { Self.isWord($0, withHintIn: compact) }
    }

    /// Whether compact text is `word` and perhaps its bracketed hint (`hintLength`) after it.
    static func isWord(_ word: [Unicode.Scalar], withHintIn compact: [Unicode.Scalar]) -> Bool {
        compact.starts(with: word) && word.count + hintLength(compact, from: word.count).length == compact.count
    }

    /// Whether compact text is a total label and perhaps its bracketed hint (`总分(100分)`).
    func isTotalLabelWithHint(_ compact: [Unicode.Scalar]) -> Bool {
        // Asked of every row's name: most begin with no total label's first character.
        guard let first = compact.first, totalLabels.contains(where: { $0.first == first }) else { return false }
        return totalLabels.contains { Self.isWord($0, withHintIn: compact) }
    }

    /// Whether a cell is a serial-number column's title (`serial_titles`: 序号).
    func isSerialTitle(_ compact: [Unicode.Scalar]) -> Bool {
        serialTitles.contains { $0 == compact }
    }

    /// A cell's text folded for display and then for matching: what `isTotalLabel`,
    /// `keyedOrganisation` and `beginsWithChrome` look at (a row's first cell is asked all three).
    func folded(_ text: String) -> [Unicode.Scalar] {
        FormCells.compactScalars(fold.display(text))
    }

    /// The name after a department's or unit's key and its colon (`单位名称：××局` → `××局`), for
    /// a line naming a department on its own; nil for other text, or a key with no colon.
    func keyedOrganisation(_ text: String) -> String? {
        keyedOrganisation(folded: folded(text))
    }

    /// `keyedOrganisation` of text folded already (`folded(_:)`).
    func keyedOrganisation(folded compact: [Unicode.Scalar]) -> String? {
        guard let entry = match(compact, at: 0) else { return nil }
        switch entry.role {
        case .key(.department), .key(.unit): break
        default: return nil
        }
        var rest = entry.scalars.count
        let colon = entry.scalars.last == ":"
        guard colon || (rest < compact.count && compact[rest] == ":") else { return nil }
        while rest < compact.count, compact[rest] == ":" { rest += 1 }
        guard rest < compact.count else { return nil }
        return String(scalars: compact[rest...])
    }

    /// Whether text begins with page furniture or a signature line's word (`page_chrome`:
    /// 填表人：张三, 上一篇：…).
    func beginsWithChrome(_ text: String) -> Bool {
        beginsWithChrome(folded: folded(text))
    }

    /// `beginsWithChrome` of text folded already (`folded(_:)`), or a line of a site's footer or a
    /// form's sign-off (`isFooterOrSignOff`).
    func beginsWithChrome(folded compact: [Unicode.Scalar]) -> Bool {
        if let entry = match(compact, at: 0), entry.role == .chrome { return true }
        return isFooterOrSignOff(compact)
    }

    /// 正向指标 / 反向指标 and their other spellings, as a direction column holds them.
    func isDirection(_ compact: [Unicode.Scalar]) -> Bool {
        directionValues.contains { $0 == compact }  // lengths compared first: most differ
    }

    func isQualitative(_ compact: [Unicode.Scalar]) -> Bool {
        qualitativeValues.contains { $0 == compact }
    }

    /// The comparison sign a value starts with in words (`不低于90%` → `≥`), and its length.
    func comparisonWord(_ text: [Unicode.Scalar], at index: Int) -> (sign: String, length: Int)? {
        // The first scalars compared before the rest: asked at every position a value may start.
        if index < text.count, comparisonFirstScalars & 1 << (text[index].value & 63) == 0 { return nil }
        for (word, sign) in comparisonWords where index + word.count <= text.count && (word.isEmpty || text[index] == word[0])
            && text[index..<(index + word.count)].elementsEqual(word) {
            return (sign, word.count)
        }
        return nil
    }

    /// The length of the longest comparison in words ending at `end` (`大于等于` of a glued
    /// `…正向大于等于11次`), if one does.
    func comparisonWordLength(_ text: [Unicode.Scalar], endingAt end: Int) -> Int? {
        comparisonWords.first { !$0.word.isEmpty && $0.word.count <= end && text[(end - $0.word.count)..<end].elementsEqual($0.word) }?.word.count
    }
}
