import Foundation

/// `compare`: checks each project against the templates that apply to it (the standard
/// template and its category's), finds rows that stand under the wrong project, and
/// compares the same kind of project and the same indicator across counties.
public struct CompareStage: CountyStage {
    public static let name = "compare"
    public static let summary = "按模板审核每个项目并打分，找出放错项目的行，跨县比较同类项目与同一指标。Checks projects against templates and compares counties."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("templates", .path, default: "../Data/templates",
                      "模板文件夹 (one YAML template per file); relative to the pipeline file"),
    ]

    let templates: [Template]
    /// Each template's note at the end of its findings, built once.
    let templateNotes: [String]

    public init(parameters: StageParameters) throws {
        templates = try Template.loadAll(directory: parameters.requiredPath("templates"))
        templateNotes = templates.map(TemplateReview.note)
    }

    public func run(county work: inout CountyWork, report: inout StageReport) throws {
        var checks: [ProjectCheck] = []
        for document in work.documents {
            for project in document.projects {
                let department = project.department.description
                var check = ProjectCheck(county: document.county, department: department,
                                         project: project.name, templates: [], checks: 0, passed: 0,
                                         source: project.source)
                for t in templates.indices where templates[t].applies(to: project) {
                    check.templates.append(templates[t].name)
                    var outcomes = TemplateReview(project: project, template: templates[t], county: document.county,
                                                  stage: Self.name, department: department,
                                                  templateNote: templateNotes[t]).evaluate()
                    check.checks += outcomes.count
                    for i in outcomes.indices {
                        // Taken out, not copied: each finding's strings counted once.
                        if let finding = outcomes[i].finding.take() {
                            work.findings.append(finding)
                            report.findings += 1
                        } else {
                            check.passed += 1
                        }
                    }
                }
                checks.append(check)
            }
            if let weights = templates.first(where: { $0.appliesTo == "all" })?.weights {
                let misplaced = MisplacedRows(target: weights.total, tolerance: weights.tolerance ?? 0.01)
                    .findings(in: document, stage: Self.name)
                work.findings += misplaced
                report.findings += misplaced.count
            }
        }
        work.projectChecks = checks
        work.categoryComparison = CountyComparison.categories(work)
        work.indicatorTargets = CountyComparison.indicators(work)
        report.rowsIn = checks.count
        report.rowsOut = checks.count
        report.notes.append("\(templates.count) 个模板：\(templates.map(\.name).joined(separator: "、"))")
        // Told apart by bytes first (cheap), then as Strings, as they are counted.
        var distinct: [String] = []
        var seen = TextMemo<Void>()
        for row in work.indicatorTargets where seen.lookUp(row.indicator) == nil {
            seen.keep(())
            distinct.append(row.indicator)
        }
        report.notes.append("\(Set(distinct).count) 个指标在两个以上县出现")
    }
}

extension CompareStage: RunStage {
    /// Keeps the targets of canonical indicators found in two or more counties, and puts both
    /// comparisons in category, county and source order (whichever core finished first).
    public func finish(run: inout RunResult, report: inout StageReport) throws {
        var counties: [String: Set<String>] = [:]
        for row in run.indicatorComparison { counties[row.indicator, default: []].insert(row.county) }
        let order = Dictionary(uniqueKeysWithValues: run.countyTotals.enumerated().map { ($1.county, $0) })
        let kept = run.indicatorComparison.filter { counties[$0.indicator]!.count >= 2 }
        // Sorted by indicator, county order, file and line. Strings compare slowly (Unicode
        // order), so each distinct name and file is ranked once and rows sort by numbers.
        let indicatorRank = Self.ranks(of: kept.map(\.indicator))
        let fileRank = Self.ranks(of: kept.map(\.source.file))
        let keys = kept.map { row in
            (indicatorRank[row.indicator]!, order[row.county] ?? 0, fileRank[row.source.file]!, row.source.line)
        }
        run.indicatorComparison = kept.indices.sorted { keys[$0] < keys[$1] }.map { kept[$0] }
        run.categoryComparison.sort { ($0.category, order[$0.county] ?? 0) < ($1.category, order[$1.county] ?? 0) }
    }

    /// Each distinct text's place in String order.
    static func ranks(of texts: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: Set(texts).sorted().enumerated().map { ($1, $0) })
    }
}
