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
    static func categories(_ batch: CountyWork) -> [CategoryCountyRow] {
        // The compare stage checks projects in document order: match its checks by position,
        // and by county and source only when a caller built them some other way.
        let positions = batch.documents.reduce(0) { $0 + $1.projects.count }
        var checkIndex = 0
        let aligned = batch.projectChecks.count == positions && batch.documents.allSatisfy { document in
            document.projects.allSatisfy { project in
                defer { checkIndex += 1 }
                let check = batch.projectChecks[checkIndex]
                return check.source.line == project.source.line && check.source.file.sameText(project.source.file)
                    && check.county.sameText(document.county)
            }
        }
        lazy var scores = Dictionary(batch.projectChecks.map { (ProjectKey($0.county, $0.source), $0.score) },
                                     uniquingKeysWith: { a, _ in a })
        var position: [Int] = []  // first flat project position of each document
        var total = 0
        for document in batch.documents { position.append(total); total += document.projects.count }
        // A county may send several files: group its projects (by position) first, then add up.
        struct Group {
            var category: String
            var county: String
            var members: [(document: Int, project: Int)] = []
        }
        var groups: [Group] = []
        var groupIndex = TextMemo<Int>()  // by bytes: cheaper than hashing Strings
        for (d, document) in batch.documents.enumerated() {
            for (p, project) in document.projects.enumerated() {
                let category = project.category ?? CategoryRules.unclassified
                let group = groupIndex.lookUp(category, document.county) ?? {
                    groups.append(Group(category: category, county: document.county))
                    return groupIndex.keep(groups.count - 1)
                }()
                groups[group].members.append((d, p))
            }
        }
        // Categories alphabetically; counties in the order their files were read.
        let countyOrder = Dictionary(batch.counties.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        groups.sort { a, b in
            a.category != b.category ? a.category < b.category : countyOrder[a.county, default: 0] < countyOrder[b.county, default: 0]
        }
        return groups.map { group in
            var budget = 0.0
            var indicators = 0
            var quantitative = 0
            var projectScores: [Double] = []
            for (d, p) in group.members {
                let project = batch.documents[d].projects[p]
                budget += project.countedBudget ?? 0
                indicators += project.indicators.count
                quantitative += project.indicators.reduce(0) { $0 + ($1.value.isQuantitative ? 1 : 0) }
                if aligned {
                    projectScores.append(batch.projectChecks[position[d] + p].score)
                } else if let score = scores[ProjectKey(group.county, project.source)] {
                    projectScores.append(score)
                }
            }
            return CategoryCountyRow(
                category: group.category, county: group.county, projects: group.members.count,
                budget: roundMoney(budget), indicators: indicators,
                quantitativeShare: percent(quantitative, indicators),
                score: projectScores.isEmpty ? 0 : (projectScores.reduce(0, +) / Double(projectScores.count) * 10).rounded() / 10)
        }
    }

    struct ProjectKey: Hashable {
        let county: TextKey
        let file: TextKey
        let line: Int
        init(_ county: String, _ source: SourceRef) { self.county = TextKey(county); file = TextKey(source.file); line = source.line }
    }

    static func percent(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : (Double(part) / Double(whole) * 1000).rounded() / 10
    }

    static func indicators(_ batch: CountyWork) -> [IndicatorTargetRow] {
        var rows: [IndicatorTargetRow] = []
        for document in batch.documents {
            for project in document.projects {
                lazy var cost = projectCost(project)
                for indicator in project.indicators {
                    guard let canonical = indicator.canonicalName else { continue }
                    rows.append(IndicatorTargetRow(
                        indicator: canonical, county: document.county, project: project.name,
                        category: project.category ?? CategoryRules.unclassified,
                        comparison: indicator.value.comparison?.rawValue ?? "",
                        number: indicator.value.number, unit: indicator.value.unit ?? "",
                        valueAsWritten: written(indicator),
                        unitCost: unitCost(indicator, cost: cost),
                        source: indicator.source))
                }
            }
        }
        // Which of them stand in two or more counties is decided once every county is in.
        return rows
    }

    /// Comparison, value and unit as written, the empty ones left out, joined by a space: one
    /// String made, not two arrays and a join per row.
    static func written(_ indicator: Indicator) -> String {
        var text = indicator.comparisonAsWritten
        func add(_ part: String) {
            guard !part.isEmpty else { return }
            if !text.isEmpty { text += " " }
            text += part
        }
        add(indicator.valueAsWritten)
        add(indicator.unitAsWritten)
        return text
    }

    /// Cost per unit of a quantity target (万元 per line, per meeting, per case).
    static func unitCost(_ indicator: Indicator, cost: @autoclosure () -> Double?) -> Double? {
        guard indicator.level2?.sameText("数量指标") ?? false, let quantity = indicator.value.number, quantity > 0,
              indicator.value.unit.map({ MoneyUnit(text: $0) == nil && $0 != "%" }) ?? false,
              let cost = cost() else { return nil }
        return roundMoney(cost / quantity)
    }

    /// What a project costs in 万元: its cost indicators in money, else its budget.
    static func projectCost(_ project: Project) -> Double? {
        let costs = project.indicators.lazy.filter { $0.isUnder("成本指标") }.compactMap(\.value.amountInWan)
        return costs.isEmpty ? project.budget : costs.reduce(0, +)
    }
}
