import Foundation

/// `normalize`: cleans names (wrap spaces, full-width brackets, `指标1：` numbering), gives
/// each level-3 indicator its canonical name from the dictionary (the original is kept), and
/// parses values and weights.
public struct NormalizeStage: Stage {
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
    ]

    let dictionary: NameDictionary
    let clusterer: NameClusterer
    let autoMerge: Double

    public init(parameters: StageParameters) throws {
        dictionary = try NameDictionary.load(path: parameters.requiredPath("names"))
        clusterer = NameClusterer(rules: try ClusteringRules.load(path: parameters.requiredPath("clustering")),
                                  threshold: try parameters.number("suggest_at") ?? 0.6)
        autoMerge = try parameters.number("auto_merge") ?? 1.0
    }

    public func run(_ batch: inout Batch, report: inout StageReport) throws {
        var matched = 0
        for d in batch.documents.indices {
            for p in batch.documents[d].projects.indices {
                var project = batch.documents[d].projects[p]
                project.name = TextCleaning.cleanName(project.nameAsWritten)
                project.goal = TextCleaning.dewrap(project.goal)
                for i in project.indicators.indices {
                    var indicator = project.indicators[i]
                    indicator.name = TextCleaning.cleanName(TextCleaning.stripNumbering(indicator.nameAsWritten))
                    indicator.canonicalName = dictionary.canonical(for: indicator.name)
                    indicator.canonicalSource = indicator.canonicalName == nil ? nil : .dictionary
                    if indicator.canonicalName != nil { matched += 1 }
                    indicator.value = ValueParser.parse(comparison: indicator.comparisonAsWritten,
                                                        value: indicator.valueAsWritten,
                                                        unit: indicator.unitAsWritten)
                    indicator.weight = TextCleaning.number(indicator.weightAsWritten)
                    if !indicator.weightAsWritten.isEmpty, indicator.weight == nil {
                        batch.findings.append(Finding(severity: .warning, rule: "weight.not-a-number",
                            message: "权重「\(indicator.weightAsWritten)」不是数字", county: batch.documents[d].county,
                            department: project.department.description, project: project.name,
                            source: indicator.source, stage: Self.name))
                        report.findings += 1
                    }
                    project.indicators[i] = indicator
                }
                batch.documents[d].projects[p] = project
            }
        }
        report.rowsIn = batch.indicatorCount
        report.rowsOut = batch.indicatorCount
        report.notes.append("\(matched) 个指标名称匹配到标准名称，\(batch.indicatorCount - matched) 个未匹配")
        suggestNames(&batch, report: &report)
    }

    /// Clusters the names the dictionary left unmatched; merges only groups whose confidence
    /// reaches `auto_merge`, the rest stay suggestions.
    func suggestNames(_ batch: inout Batch, report: inout StageReport) {
        var occurrences: [String: [SourceRef]] = [:]
        for document in batch.documents {
            for indicator in document.projects.flatMap(\.indicators) where indicator.canonicalName == nil {
                occurrences[indicator.name, default: []].append(indicator.source)
            }
        }
        var suggestions = clusterer.cluster(occurrences)
        var merged: [String: String] = [:]
        for i in suggestions.indices where suggestions[i].confidence >= autoMerge {
            suggestions[i].applied = true
            for member in suggestions[i].members { merged[member.name] = suggestions[i].canonical }
        }
        if !merged.isEmpty {
            for d in batch.documents.indices {
                for p in batch.documents[d].projects.indices {
                    for i in batch.documents[d].projects[p].indicators.indices {
                        let name = batch.documents[d].projects[p].indicators[i].name
                        if batch.documents[d].projects[p].indicators[i].canonicalName == nil, let canonical = merged[name] {
                            batch.documents[d].projects[p].indicators[i].canonicalName = canonical
                            batch.documents[d].projects[p].indicators[i].canonicalSource = .cluster
                        }
                    }
                }
            }
        }
        batch.nameSuggestions = suggestions
        let applied = suggestions.filter(\.applied).count
        report.notes.append("\(suggestions.count) 组相似名称建议（\(applied) 组置信度 ≥ \(autoMerge) 已合并）")
    }
}
