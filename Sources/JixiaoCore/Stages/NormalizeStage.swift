import Foundation

/// `normalize`: cleans names (wrap spaces, full-width brackets, `指标1：` numbering), gives
/// each level-3 indicator its canonical name from the dictionary (the original is kept), and
/// parses values and weights.
public struct NormalizeStage: FileStage {
    public static let name = "normalize"
    public static let summary = "清理名称（换行空格、全角括号、指标编号），按词典给出标准指标名，解析指标值与权重。Cleans names, maps them to canonical names, parses values."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("names", .path, default: "../Data/indicator-names.yaml",
                      "标准指标名称词典 (canonical name → variants); relative to the pipeline file"),
        ParameterSpec("clustering", .path, default: "../Data/name-clustering.yaml",
                      "聚类规则 (filler words, equivalent spellings, same ending) for names the dictionary does not cover"),
        ParameterSpec("suggest_at", .number, default: "0.6",
                      "相似度不低于此值的名称列为建议 (bigram similarity 0–1 at which similar names are suggested)"),
        ParameterSpec("auto_merge", .number, default: "1.0",
                      "置信度不低于此值的建议自动合并；低于此值只作建议，绝不悄悄合并 (confidence at which a group is merged)"),
        ParameterSpec("data", .path, default: "../Data",
                      "表单词汇所在的文件夹：指标值里用文字写的比较（不低于95%、95%以上）按 vocabulary.yaml 的 comparison_words 和 comparison_after 读，名称括号里的单位按 value_units 和 name_placeholders 读 (the vocabulary's comparisons in words and units)"),
        ParameterSpec("date_serial_years", .number, default: "2000",
                      "时效指标（vocabulary.yaml 的 time_words）的指标值是这一年起 50 年内某天的 Excel 日期序号（2000 年起：36526–54788）时，提示日期成了数字 (value.date-serial: the first year whose dates' serial numbers are told)"),
    ]

    let dictionary: NameDictionary
    let clusterer: NameClusterer
    let autoMerge: Double
    /// Comparisons written in words around a target's number (`不低于95%`, `95%以上`), and the
    /// units a name may state for it (`受益人数(人)`).
    let valueWords: ValueWords
    /// The serial numbers of the dates a time indicator's number is told as (`value.date-serial`).
    let dateSerials: ClosedRange<Int>

    public init(parameters: StageParameters) throws {
        dictionary = try NameDictionary.load(path: parameters.requiredPath("names"))
        clusterer = NameClusterer(rules: try ClusteringRules.load(path: parameters.requiredPath("clustering")),
                                  threshold: try parameters.number("suggest_at"))
        autoMerge = try parameters.number("auto_merge")
        let fromYear = try parameters.number("date_serial_years")
        guard (1900...9900).contains(fromYear) else {
            throw PipelineError(file: parameters.file, line: parameters.raw("date_serial_years")?.line,
                                message: "stage normalize: parameter 'date_serial_years' is a year from 1900 to 9900, got \(formatNumber(fromYear))")
        }
        dateSerials = ExcelDateSerial.firstDay(of: Int(fromYear))...(ExcelDateSerial.firstDay(of: Int(fromYear) + 50) - 1)
        // The folder load reads (a pipeline outside this repository that names none: the bundled
        // one); only its value words, not the whole reading rules load builds.
        if let folder = try ReadingRules.dataFolder(named: parameters) ?? ReadingRules.defaultDataDirectory() {
            valueWords = try ValueWords.load(dataDirectory: folder)
        } else {
            valueWords = .none
        }
    }

    /// Cleans the file's documents: names, values, weights, the dictionary's canonical names.
    /// Its rows are counted per county, once resubmissions are settled (`apply`).
    public func run(file: inout FileWork, report: inout StageReport) throws {
        for d in file.documents.indices {
            file.findings += clean(&file.documents[d])
        }
    }

    /// Names, values and weights of one document cleaned and parsed, dictionary applied.
    func clean(_ document: inout CountyDocument) -> [Finding] {
        var findings: [Finding] = []
        // Names repeat across a county's projects: clean and look each up once. The memos are
        // looked up by bytes (see `TextMemo`): a Dictionary's hashing cost more than the rest.
        // A unit the name states is rare: kept aside, by index, so the entry copied for every
        // indicator holds no third reference to count.
        var names = TextMemo<(name: String, canonical: String?, unit: Int?)>()
        var nameUnits: [NameUnit] = []
        // So do values (`≥95%`) and weights (`10`): parse each spelling once; the indicators
        // then share the parsed value's strings too.
        var values = TextMemo<ParsedValue>()
        var weights = TextMemo<Double?>()
        for p in document.projects.indices {
            document.projects[p].name = TextCleaning.cleanName(document.projects[p].nameAsWritten)
            document.projects[p].goal = TextCleaning.dewrap(document.projects[p].goal)
            // Take the indicators out so they are changed in place, not copied.
            var indicators: [Indicator] = []
            swap(&indicators, &document.projects[p].indicators)
            for i in indicators.indices {
                let written = indicators[i].nameAsWritten
                let known = names.lookUp(written) ?? {
                    let name = TextCleaning.cleanName(TextCleaning.stripNumbering(written))
                    let unit = NameUnit.find(in: name, words: valueWords).map { found -> Int in
                        nameUnits.append(found)
                        return nameUnits.count - 1
                    }
                    return names.keep((name, dictionary.canonical(for: name), unit))
                }()
                indicators[i].name = known.name
                indicators[i].canonicalName = known.canonical
                indicators[i].canonicalSource = known.canonical == nil ? nil : .dictionary
                let value = (comparison: indicators[i].comparisonAsWritten, value: indicators[i].valueAsWritten,
                             unit: indicators[i].unitAsWritten)
                indicators[i].value = values.lookUp(value.comparison, value.value, value.unit)
                    ?? values.keep(ValueParser.parse(comparison: value.comparison, value: value.value, unit: value.unit, words: valueWords))
                if let unit = known.unit, indicators[i].value.number != nil, indicators[i].value.unit == nil {
                    let stated = nameUnits[unit]
                    indicators[i].value.unit = stated.unit
                    // The name's sign stands where the value wrote none of its own (`85`, not `=85`).
                    if let sign = stated.comparison, value.comparison.isEmpty, indicators[i].value.comparison == .equal,
                       !value.value.containsText("=") {
                        indicators[i].value.comparison = sign
                    }
                }
                if let date = exportedDate(indicators[i]) {
                    findings.append(Finding(severity: .warning, rule: RuleID.valueDateSerial,
                        message: "时效指标「\(indicators[i].name)」的指标值「\(indicators[i].valueAsWritten)」多半是日期 \(date) 的 Excel 序号（日期单元格导出成了数字）",
                        county: document.county, department: document.projects[p].department.description,
                        project: document.projects[p].name, source: indicators[i].source, stage: Self.name))
                }
                let weight = indicators[i].weightAsWritten
                indicators[i].weight = weights.lookUp(weight) ?? weights.keep(TextCleaning.weight(weight))
                if !indicators[i].weightAsWritten.isEmpty, indicators[i].weight == nil {
                    findings.append(Finding(severity: .warning, rule: RuleID.weightNotANumber,
                        message: "权重「\(indicators[i].weightAsWritten)」不是数字", county: document.county,
                        department: document.projects[p].department.description, project: document.projects[p].name,
                        source: indicators[i].source, stage: Self.name))
                }
            }
            swap(&indicators, &document.projects[p].indicators)
        }
        return findings
    }
}

extension NormalizeStage {
    /// The date a time indicator's target stands for when it is a date cell exported as its serial
    /// number (`44,561`, its unit column the same number or none): `2021-12-31`; else nil.
    func exportedDate(_ indicator: Indicator) -> String? {
        guard let number = indicator.value.number, number == number.rounded(), number >= Double(dateSerials.lowerBound),
              number <= Double(dateSerials.upperBound), indicator.value.comparison != .qualitative,
              indicator.value.unit.map({ ExcelDateSerial.wholeNumber($0) == Int(number) }) ?? true,
              valueWords.timeWords.contains(where: { indicator.level2Label.containsText($0) || indicator.nameAsWritten.containsText($0) })
        else { return nil }
        return ExcelDateSerial.date(Int(number))
    }
}

/// Similar names are clustered across every file of the run before any canonical name is final.
extension NormalizeStage: GatherStage {
    public var nothingGathered: [String: NameOccurrences] { [:] }

    /// The names of the file's cleaned documents the dictionary did not cover, with where they stand.
    public func gather(from file: FileWork) -> [String: NameOccurrences] {
        var occurrences: [String: NameOccurrences] = [:]
        for document in file.documents {
            // Each name's places in the document, in row order; the names found by their bytes
            // (see `TextMemo`), each given its place in `names` and `places` when first met.
            var index = TextMemo<Int>()
            var names: [String] = []
            var places: [NameOccurrences] = []
            for project in document.projects {
                for indicator in project.indicators where indicator.canonicalName == nil {
                    let at = index.lookUp(indicator.name) ?? {
                        names.append(indicator.name)
                        places.append(NameOccurrences())
                        return index.keep(names.count - 1)
                    }()
                    places[at].add(indicator.source)
                }
            }
            for at in names.indices { occurrences[names[at], default: NameOccurrences()].add(places[at]) }
        }
        return occurrences
    }

    public func merge(_ part: [String: NameOccurrences], into whole: inout [String: NameOccurrences]) {
        for (name, seen) in part { whole[name, default: NameOccurrences()].add(seen) }
    }

    /// Clusters the names no dictionary entry covers; groups whose confidence reaches
    /// `auto_merge` are merged (name → canonical), the rest stay suggestions.
    public func decide(_ occurrences: [String: NameOccurrences], run: inout RunResult,
                       report: inout StageReport) -> [String: String] {
        var suggestions = clusterer.cluster(occurrences)
        var merges: [String: String] = [:]
        for i in suggestions.indices where suggestions[i].confidence >= autoMerge {
            suggestions[i].applied = true
            for member in suggestions[i].members { merges[member.name] = suggestions[i].canonical }
        }
        run.nameSuggestions = suggestions
        report.notes.append("\(suggestions.count) 组相似名称建议（\(suggestions.filter(\.applied).count) 组已合并）")
        return merges
    }

    /// Gives the names the run's clusters merged their canonical name.
    public func apply(_ merges: [String: String], to county: inout CountyWork, report: inout StageReport) throws {
        report.rowsIn += county.indicatorCount
        report.rowsOut += county.indicatorCount
        guard !merges.isEmpty else { return }
        for d in county.documents.indices {
            for p in county.documents[d].projects.indices {
                for i in county.documents[d].projects[p].indicators.indices {
                    let name = county.documents[d].projects[p].indicators[i].name
                    if county.documents[d].projects[p].indicators[i].canonicalName == nil, let canonical = merges[name] {
                        county.documents[d].projects[p].indicators[i].canonicalName = canonical
                        county.documents[d].projects[p].indicators[i].canonicalSource = .cluster
                    }
                }
            }
        }
    }
}
