import Foundation

/// One row of the category comparison: one county's projects of one category.
public struct CategoryCountyRow: Codable, Sendable, Hashable {
    public var category: String
    public var county: String
    public var projects: Int
    public var budget: Double
    public var indicators: Int
    /// Share of quantitative indicators, 0–100.
    public var quantitativeShare: Double
    /// Mean template score of the projects, 0–100.
    public var score: Double
}

/// One project's target for a canonical indicator, for side-by-side comparison across counties.
public struct IndicatorTargetRow: Codable, Sendable, Hashable {
    public var indicator: String
    public var county: String
    public var project: String
    public var category: String
    public var comparison: String
    public var number: Double?
    public var unit: String
    public var valueAsWritten: String
    /// 万元 per unit of the target, where the indicator is a quantity and the project's cost
    /// is known (cost indicators in money, else the budget).
    public var unitCost: Double?
    public var source: SourceRef
}

/// Cross-county comparison: per category and county, and per canonical indicator (kept
/// where it stands in two or more counties once the run merges its counties).
enum CountyComparison {
    static func categories(_ batch: Batch) -> [CategoryCountyRow] {
        let scores = Dictionary(batch.projectChecks.map { (ProjectKey($0.county, $0.source), $0.score) },
                                uniquingKeysWith: { a, _ in a })
        // A county may send several files: group its projects first, then add up.
        var groups: [String: [(county: String, project: Project)]] = [:]
        for document in batch.documents {
            for project in document.projects {
                groups["\(project.category ?? CategoryRules.unclassified)\u{0}\(document.county)", default: []]
                    .append((document.county, project))
            }
        }
        // Categories alphabetically; counties in the order their files were read.
        let countyOrder = Dictionary(uniqueKeysWithValues: batch.counties.enumerated().map { ($1, $0) })
        let keys = groups.keys.sorted { a, b in
            let (ca, cb) = (groups[a]![0], groups[b]![0])
            let (categoryA, categoryB) = (ca.project.category ?? "", cb.project.category ?? "")
            return categoryA != categoryB ? categoryA < categoryB : countyOrder[ca.county, default: 0] < countyOrder[cb.county, default: 0]
        }
        return keys.map { key in
            let members = groups[key]!
            let projects = members.map(\.project)
            let indicators = projects.flatMap(\.indicators)
            let projectScores = members.compactMap { scores[ProjectKey($0.county, $0.project.source)] }
            return CategoryCountyRow(
                category: projects[0].category ?? CategoryRules.unclassified, county: members[0].county,
                projects: projects.count,
                budget: roundMoney(projects.compactMap(\.budget).reduce(0, +)),
                indicators: indicators.count,
                quantitativeShare: percent(indicators.filter(\.value.isQuantitative).count, indicators.count),
                score: projectScores.isEmpty ? 0 : (projectScores.reduce(0, +) / Double(projectScores.count) * 10).rounded() / 10)
        }
    }

    struct ProjectKey: Hashable {
        let county: String
        let source: SourceRef
        init(_ county: String, _ source: SourceRef) { self.county = county; self.source = source }
    }

    static func percent(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : (Double(part) / Double(whole) * 1000).rounded() / 10
    }

    static func indicators(_ batch: Batch) -> [IndicatorTargetRow] {
        var rows: [IndicatorTargetRow] = []
        for document in batch.documents {
            for project in document.projects {
                for indicator in project.indicators {
                    guard let canonical = indicator.canonicalName else { continue }
                    rows.append(IndicatorTargetRow(
                        indicator: canonical, county: document.county, project: project.name,
                        category: project.category ?? CategoryRules.unclassified,
                        comparison: indicator.value.comparison?.rawValue ?? "",
                        number: indicator.value.number, unit: indicator.value.unit ?? "",
                        valueAsWritten: [indicator.comparisonAsWritten, indicator.valueAsWritten, indicator.unitAsWritten]
                            .filter { !$0.isEmpty }.joined(separator: " "),
                        unitCost: unitCost(indicator, in: project),
                        source: indicator.source))
                }
            }
        }
        // Which of them stand in two or more counties is decided once every county is in.
        return rows
    }

    /// Cost per unit of a quantity target (万元 per line, per meeting, per case).
    static func unitCost(_ indicator: Indicator, in project: Project) -> Double? {
        guard indicator.level2 == "数量指标", let quantity = indicator.value.number, quantity > 0,
              indicator.value.unit.map({ MoneyUnit(rawValue: $0) == nil && $0 != "%" }) ?? false else { return nil }
        let costs = project.indicators.filter { $0.level1 == "成本指标" }.compactMap(\.value.amountInWan)
        guard let cost = costs.isEmpty ? project.budget : costs.reduce(0, +) else { return nil }
        return roundMoney(cost / quantity)
    }
}
