import Foundation

/// `classify`: places every indicator on the canonical framework (成本指标 written under 产出
/// included), marks direction (stated, or inferred from the comparison) and flags labels
/// the framework does not know.
public struct ClassifyStage: CountyStage {
    public static let name = "classify"
    public static let summary = "把一级/二级指标归入标准指标体系，推断指标方向。Places indicators on the canonical framework and infers direction."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("framework", .path, default: "../Data/framework.yaml",
                      "指标体系文件 (levels and their aliases); relative to the pipeline file"),
        ParameterSpec("categories", .path, default: "../Data/categories.yaml",
                      "项目分类规则 (category → keywords in the project name or goal)"),
        ParameterSpec("economic_classes", .path, default: "../Data/economic-classes.yaml",
                      "支出经济分类 (code → keywords in the project name)"),
    ]

    let framework: Framework
    let categories: CategoryRules
    let economicClasses: EconomicClassRules

    public init(parameters: StageParameters) throws {
        framework = try Framework.load(path: parameters.requiredPath("framework"))
        categories = try CategoryRules.load(path: parameters.requiredPath("categories"))
        economicClasses = try EconomicClassRules.load(path: parameters.requiredPath("economic_classes"))
    }

    /// What a project's name alone decides: the category its name's keywords give (the goal's
    /// are looked at only without one) and the economic class.
    typealias NameClasses = (category: (name: String, keyword: String)?, economicClass: (code: String, name: String)?)

    /// Category and economic class of a project; unclassified projects are listed, not dropped.
    /// - Parameter names: what each project name decided, found once per county and name.
    func classifyProject(_ project: inout Project, county: String, names: inout TextMemo<NameClasses>,
                         findings: inout [Finding], report: inout StageReport) {
        let byName = names.lookUp(project.name) ?? names.keep((categories.category(forName: project.name),
            economicClasses.economicClass(forProjectNamed: project.name).map { ($0.code, $0.name) }))
        if let match = byName.category ?? categories.category(forGoal: project.goal) {
            project.category = match.name
        } else {
            project.category = CategoryRules.unclassified
            findings.append(Finding(severity: .info, rule: RuleID.categoryNone,
                message: "项目名称和年度目标没有命中任何分类规则，归入「未分类」", county: county,
                department: project.department.description, project: project.name,
                source: project.source, stage: Self.name))
            report.findings += 1
        }
        project.economicClass = byName.economicClass
    }

    public func run(county work: inout CountyWork, report: inout StageReport) throws {
        // A county repeats the same few label pairs thousands of times: place each pair once
        // (looked up by bytes: a Dictionary's hashing cost more than the placing it saved), and
        // read the placement by its index, not copied per row.
        var placements: [Framework.Placement] = []
        var placed = TextMemo<Int>()  // label pair → its index in `placements`
        var lastDirection: (written: String, stated: Direction?)?  // directions as written come in runs
        var projectNames = TextMemo<NameClasses>()  // project names repeat across departments
        for d in work.documents.indices {
            let county = work.documents[d].county
            for p in work.documents[d].projects.indices {
                classifyProject(&work.documents[d].projects[p], county: county, names: &projectNames,
                                findings: &work.findings, report: &report)
                // Take the indicators out so they are changed in place, not copied.
                var indicators: [Indicator] = []
                swap(&indicators, &work.documents[d].projects[p].indicators)
                let project = work.documents[d].projects[p]
                lazy var department = project.department.description
                for i in indicators.indices {
                    let labels = (level1: indicators[i].level1Label, level2: indicators[i].level2Label)
                    if labels.level1.isEmpty, labels.level2.isEmpty {
                        // No label at all (merged cells lost; the reader said so, `label.missing`):
                        // placed by its name and value, or said to be unplaced.
                        if let byName = framework.place(unlabelledName: indicators[i].nameAsWritten, unit: indicators[i].value.unit) {
                            indicators[i].level1 = byName.level1
                            indicators[i].level2 = byName.level2
                        } else {
                            indicators[i].level1 = nil
                            indicators[i].level2 = nil
                            work.findings.append(Finding(severity: .warning, rule: RuleID.labelLevel2Missing,
                                message: "指标「\(indicators[i].nameAsWritten)」没有一级、二级指标，名称和指标值也看不出归属，未归类",
                                county: county, department: department, project: project.name,
                                source: indicators[i].source, stage: Self.name))
                            report.findings += 1
                        }
                    } else {
                        let placement = placed.lookUp(labels.level1, labels.level2) ?? {
                            placements.append(framework.place(level1: labels.level1, level2: labels.level2))
                            return placed.keep(placements.count - 1)
                        }()
                        indicators[i].level1 = placements[placement].level1
                        indicators[i].level2 = placements[placement].level2
                        var placedByName = ""
                        // A level 1 written with no level 2 under it: the level 2 its name and value say.
                        if indicators[i].level2 == nil, let level1 = indicators[i].level1,
                           let byName = framework.place(unlabelledName: indicators[i].nameAsWritten, unit: indicators[i].value.unit, within: level1) {
                            indicators[i].level2 = byName.level2
                            placedByName = "，按名称和指标值归入「\(byName.level2)」"
                        }
                        if let problem = placements[placement].problem {
                            work.findings.append(Finding(severity: .warning, rule: problem.rule,
                                message: "指标「\(indicators[i].nameAsWritten)」：\(problem.message)\(placedByName)",
                                county: county, department: department, project: project.name,
                                source: indicators[i].source, stage: Self.name))
                            report.findings += 1
                        }
                    }
                    if let stated = classifyDirection(&indicators[i], last: &lastDirection), let comparison = indicators[i].value.comparison,
                       comparison != .between, stated != Direction.implied(by: comparison) {
                        work.findings.append(Finding(severity: .warning, rule: RuleID.directionContradicts,
                            message: "指标方向为「\(stated.rawValue)」，但指标性质「\(comparison.rawValue)」意味着「\(Direction.implied(by: comparison).rawValue)」",
                            county: county, department: department, project: project.name,
                            source: indicators[i].source, stage: Self.name))
                        report.findings += 1
                    }
                }
                swap(&indicators, &work.documents[d].projects[p].indicators)
            }
        }
        report.rowsIn = work.indicatorCount
        report.rowsOut = work.indicatorCount
    }

    /// Sets the indicator's direction; returns the one the form states, if it states one.
    @discardableResult
    func classifyDirection(_ indicator: inout Indicator, last: inout (written: String, stated: Direction?)?) -> Direction? {
        let written = indicator.directionAsWritten
        let stated: Direction?
        if let last, last.written.sameText(written) {
            stated = last.stated
        } else {
            stated = framework.direction(stated: written)
            last = (written, stated)
        }
        if let stated {
            indicator.direction = stated
            indicator.directionInferred = false
            return stated
        }
        indicator.direction = Direction.implied(by: indicator.value.comparison ?? .qualitative)
        indicator.directionInferred = true
        return nil
    }
}


extension Direction {
    /// `≤`/`<` targets are lower-is-better; everything else higher-is-better (a range states
    /// neither, and contradicts no stated direction).
    static func implied(by comparison: Comparison) -> Direction {
        switch comparison {
        case .atMost, .less: return .negative
        default: return .positive
        }
    }
}
