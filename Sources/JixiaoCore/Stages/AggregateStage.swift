import Foundation

/// `aggregate`: adds budgets up per county and department in 万元 and checks them against
/// the totals the forms state (the department total row of Layout A; 年度资金总额 against
/// 财政拨款 + 其他资金 in Layout B).
public struct AggregateStage: CountyStage {
    public static let name = "aggregate"
    public static let summary = "按县、部门汇总预算（万元），与表上合计核对。Adds budgets up per county and department and checks stated totals."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("tolerance", .number, default: "\(defaultTolerance)",
                      "合计允许误差（万元）: difference in 万元 still counted as equal"),
    ]

    let tolerance: Double
    /// How far a stated total may stand from its sum, in 万元, unless the pipeline says otherwise.
    static let defaultTolerance = 0.005

    public init(parameters: StageParameters) throws {
        tolerance = try parameters.number("tolerance")
    }

    public func run(county work: inout CountyWork, report: inout StageReport) throws {
        var totals: [DepartmentTotal] = []
        for document in work.documents {
            for department in document.departments {
                let projects = document.projects.filter { $0.department == department.org }
                let key = department.org.description
                let budget = roundMoney(projects.compactMap(\.countedBudget).reduce(0, +))
                let indicators = projects.reduce(0) { $0 + $1.indicators.count }
                let unbudgeted = projects.reduce(0) { $0 + ($1.kind == .project && $1.countedBudget == nil ? 1 : 0) }
                // A whole department's form is no project (the county's line counts it apart).
                let projectCount = projects.reduce(0) { $0 + ($1.kind == .project ? 1 : 0) }
                if let index = totals.firstIndex(where: { $0.county == document.county && $0.department == key }) {
                    // The same department in two files of one county: add up, keep the stated total once.
                    totals[index].projects += projectCount
                    totals[index].indicators += indicators
                    totals[index].budget = roundMoney(totals[index].budget + budget)
                    totals[index].projectsWithoutBudget = (totals[index].projectsWithoutBudget ?? 0) + unbudgeted
                } else {
                    totals.append(DepartmentTotal(county: document.county, department: key, projects: projectCount,
                                                  indicators: indicators, budget: budget, statedTotal: department.statedTotal,
                                                  projectsWithoutBudget: unbudgeted))
                }
                if let stated = department.statedTotal, abs(stated - budget) > tolerance {
                    work.findings.append(Finding(severity: .error, rule: RuleID.totalMismatch,
                        message: "部门合计 \(fmt(stated)) 万元与各项目预算之和 \(fmt(budget)) 万元不符（差 \(fmt(budget - stated)) 万元）",
                        county: document.county, department: key, source: department.source, stage: Self.name))
                    report.findings += 1
                }
            }
            for project in document.projects {
                guard let budget = project.budget, project.fiscalFunds != nil || project.otherFunds != nil else { continue }
                let parts = (project.fiscalFunds ?? 0) + (project.otherFunds ?? 0)
                if abs(parts - budget) > tolerance {
                    work.findings.append(Finding(severity: .error, rule: RuleID.totalFundsMismatch,
                        message: "年度资金总额 \(fmt(budget)) 万元不等于财政拨款与其他资金之和 \(fmt(parts)) 万元",
                        county: document.county, department: project.department.description, project: project.name,
                        source: project.source, stage: Self.name))
                    report.findings += 1
                }
            }
        }
        work.departmentTotals = totals
        report.rowsIn = work.allProjects.count
        report.rowsOut = totals.count
        for county in work.counties {
            let sum = roundMoney(totals.filter { $0.county == county }.map(\.budget).reduce(0, +))
            report.notes.append("\(county): \(fmt(sum)) 万元")
        }
    }
}
