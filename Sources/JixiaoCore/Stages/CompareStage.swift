import Foundation

/// `compare`: checks each project against the templates that apply to it (the standard
/// template and its category's), finds rows that stand under the wrong project, and
/// compares the same kind of project and the same indicator across counties.
public struct CompareStage: Stage {
    public static let name = "compare"
    public static let summary = "按模板审核每个项目并打分，找出放错项目的行，跨县比较同类项目与同一指标。Checks projects against templates and compares counties."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("templates", .path, default: "../Data/templates",
                      "模板文件夹 (one YAML template per file); relative to the pipeline file"),
    ]

    let templates: [Template]

    public init(parameters: StageParameters) throws {
        templates = try Template.loadAll(directory: parameters.requiredPath("templates"))
    }

    public func run(_ batch: inout Batch, report: inout StageReport) throws {
        var checks: [ProjectCheck] = []
        for document in batch.documents {
            for project in document.projects {
                let department = project.department.description
                var check = ProjectCheck(county: document.county, department: department,
                                         project: project.name, templates: [], checks: 0, passed: 0,
                                         source: project.source)
                for t in templates.indices where templates[t].applies(to: project) {
                    check.templates.append(templates[t].name)
                    let outcomes = TemplateReview(project: project, template: templates[t], county: document.county,
                                                  stage: Self.name, department: department).evaluate()
                    check.checks += outcomes.count
                    for outcome in outcomes {
                        if let finding = outcome.finding {
                            batch.findings.append(finding)
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
                batch.findings += misplaced
                report.findings += misplaced.count
            }
        }
        batch.projectChecks = checks
        batch.categoryComparison = CountyComparison.categories(batch)
        batch.indicatorComparison = CountyComparison.indicators(batch)
        report.rowsIn = checks.count
        report.rowsOut = checks.count
        report.notes.append("\(templates.count) 个模板：\(templates.map(\.name).joined(separator: "、"))")
        report.notes.append("\(Set(batch.indicatorComparison.map(\.indicator)).count) 个指标在两个以上县出现")
    }
}
