import Foundation

/// `compare`: checks each project against the templates that apply to it (all four
/// level-1 dimensions present; stated weights adding up to the template total) and
/// records a finding for every check that fails.
public struct CompareStage: Stage {
    public static let name = "compare"
    public static let summary = "按模板审核每个项目：四类一级指标是否齐全、权重合计是否正确。Checks each project against its templates."
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
                var check = ProjectCheck(county: document.county, department: project.department.description,
                                         project: project.name, templates: [], checks: 0, passed: 0,
                                         source: project.source)
                for template in templates where template.applies(to: project) {
                    check.templates.append(template.name)
                    for finding in evaluate(project, against: template, county: document.county) {
                        check.checks += 1
                        if let finding {
                            batch.findings.append(finding)
                            report.findings += 1
                        } else {
                            check.passed += 1
                        }
                    }
                }
                checks.append(check)
            }
        }
        batch.projectChecks = checks
        report.rowsIn = checks.count
        report.rowsOut = checks.count
        report.notes.append("\(templates.count) 个模板：\(templates.map(\.name).joined(separator: "、"))")
    }

    /// One entry per check: nil when it passed, the finding when it failed.
    func evaluate(_ project: Project, against template: Template, county: String) -> [Finding?] {
        var results: [Finding?] = []
        let finding = { (severity: Severity, rule: String, message: String) in
            Finding(severity: severity, rule: rule, message: message, county: county,
                    department: project.department.description, project: project.name,
                    source: project.source, stage: Self.name)
        }
        let present = Set(project.indicators.compactMap(\.level1))
        for dimension in template.requiredLevel1 ?? [] {
            results.append(present.contains(dimension) ? nil
                : finding(.warning, "dimension.missing", "缺少一级指标「\(dimension)」（模板：\(template.name)）"))
        }
        if let weights = template.weights, let total = project.weightTotal {
            let tolerance = weights.tolerance ?? 0.01
            results.append(abs(total - weights.total) <= tolerance ? nil
                : finding(.error, "weights.total",
                          "指标权重合计为 \(formatWeight(total))，应为 \(formatWeight(weights.total))（模板：\(template.name)）"))
        }
        return results
    }

    func formatWeight(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
