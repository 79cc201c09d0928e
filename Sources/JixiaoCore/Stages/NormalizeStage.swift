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
    ]

    let dictionary: NameDictionary

    public init(parameters: StageParameters) throws {
        dictionary = try NameDictionary.load(path: parameters.requiredPath("names"))
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
    }
}
