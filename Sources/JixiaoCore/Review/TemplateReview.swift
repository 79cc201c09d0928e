import Foundation

/// The outcome of one template check on one project: passed, or failed with its finding.
public struct CheckOutcome: Sendable {
    public var rule: String
    public var finding: Finding?
    public var passed: Bool { finding == nil }
}

/// Checks one project against one template. Each rule the template states yields one or
/// more outcomes; the project's score is the share that passed.
struct TemplateReview {
    let project: Project
    let template: Template
    let county: String
    let stage: String
    /// The project's department as the form spells it (`201-…`), built once per project.
    let department: String

    init(project: Project, template: Template, county: String, stage: String, department: String? = nil) {
        self.project = project
        self.template = template
        self.county = county
        self.stage = stage
        self.department = department ?? project.department.description
    }

    func finding(_ severity: Severity, _ rule: String, _ message: String, at source: SourceRef? = nil) -> Finding {
        Finding(severity: severity, rule: rule, message: message + "（模板：\(template.name)）", county: county,
                department: department, project: project.name,
                source: source ?? project.source, stage: stage)
    }

    func outcome(_ rule: String, _ failure: Finding?) -> CheckOutcome { CheckOutcome(rule: rule, finding: failure) }

    func evaluate() -> [CheckOutcome] {
        var results: [CheckOutcome] = []
        results += dimensions()
        results += quantitativeOutputs()
        results += weights()
        results += satisfactionFloor()
        results += sentences()
        results += costAgainstBudget()
        results += duplicates()
        results += expectedIndicators()
        return results
    }

    func dimensions() -> [CheckOutcome] {
        return (template.requiredLevel1 ?? []).map { dimension in
            let present = project.indicators.contains { $0.level1?.sameText(dimension) ?? false }
            return outcome("dimension.missing", present ? nil
                : finding(.warning, "dimension.missing", "缺少一级指标「\(dimension)」"))
        }
    }

    func quantitativeOutputs() -> [CheckOutcome] {
        guard let minimum = template.minQuantitativeOutputs else { return [] }
        let outputs = project.indicators.filter { $0.isUnder("产出指标") }
        let quantitative = outputs.filter(\.value.isQuantitative).count
        guard quantitative < minimum else { return [outcome("output.qualitative-only", nil)] }
        let message = outputs.isEmpty ? "没有产出指标，无法衡量产出"
            : "产出指标全部是定性的（\(outputs.count) 个），至少应有 \(minimum) 个定量指标"
        return [outcome("output.qualitative-only", finding(.warning, "output.qualitative-only", message))]
    }

    func weights() -> [CheckOutcome] {
        guard let weights = template.weights, let total = project.weightTotal else { return [] }
        let tolerance = weights.tolerance ?? 0.01
        var results = [outcome("weights.total", abs(total - weights.total) <= tolerance ? nil
            : finding(.error, "weights.total", "指标权重合计为 \(formatNumber(total))，应为 \(formatNumber(weights.total))"))]
        if let split = weights.split {
            var actual: [String: Double] = [:]
            for indicator in project.indicators {
                guard var level1 = indicator.level1, let weight = indicator.weight else { continue }
                if level1 == "成本指标", let target = weights.costCountsAs { level1 = target }
                actual[level1, default: 0] += weight
            }
            let levels = split.keys.sorted()
            guard levels.contains(where: { abs((actual[$0] ?? 0) - split[$0]!) > tolerance }) else {
                return results + [outcome("weights.split", nil)]
            }
            // `产出指标 40` reads better as `产出 40`.
            func short(_ level: String) -> String { level.endsWithText("指标") ? String(level.dropLast(2)) : level }
            let described = levels.map { "\(short($0)) \(formatNumber(actual[$0] ?? 0))" }
            let expected = levels.map { "\(short($0)) \(formatNumber(split[$0]!))" }
            results.append(outcome("weights.split",
                finding(.info, "weights.split", "权重分配为 \(described.joined(separator: "、"))，模板为 \(expected.joined(separator: "、"))")))
        }
        return results
    }

    func satisfactionFloor() -> [CheckOutcome] {
        guard let floor = template.satisfactionFloor else { return [] }
        return project.indicators.filter { $0.isUnder("满意度指标") }.map { indicator in
            guard let target = indicator.value.number else {
                return outcome("satisfaction.not-numeric", finding(.warning, "satisfaction.not-numeric",
                    "满意度指标「\(indicator.name)」的目标「\(indicator.valueAsWritten)」不是百分数，无法与下限 \(formatNumber(floor))% 比较",
                    at: indicator.source))
            }
            return outcome("satisfaction.below-floor", target >= floor ? nil : finding(.warning, "satisfaction.below-floor",
                "满意度指标「\(indicator.name)」目标为 \(formatNumber(target))%，低于下限 \(formatNumber(floor))%", at: indicator.source))
        }
    }

    func sentences() -> [CheckOutcome] {
        guard let limit = template.sentenceLength else { return [] }
        return project.indicators.map { indicator in
            // One pass over the scalars: length, clause punctuation, a closing full stop.
            var length = 0
            var clause = false
            var last: Unicode.Scalar = " "
            for scalar in indicator.name.unicodeScalars {
                length += 1
                if scalar == "，" || scalar == "；" { clause = true }
                last = scalar
            }
            let isSentence = length > limit || clause || last == "。"
            return outcome("name.sentence", isSentence ? finding(.info, "name.sentence",
                "指标名称「\(indicator.name)」是一句话（\(indicator.name.count) 字），不是可衡量的指标名称", at: indicator.source) : nil)
        }
    }

    /// Cost indicators restate the budget (`党政机关网络租赁费 45万元` on a 45 万元 project);
    /// `财政负担成本 = 40000` without a money unit is read as 元 when that matches.
    func costAgainstBudget() -> [CheckOutcome] {
        guard template.costMatchesBudget == true, let budget = project.budget else { return [] }
        let costs = project.indicators.filter { $0.isUnder("成本指标") }
        var amounts: [(Indicator, Double)] = []
        for cost in costs {
            if let amount = cost.value.amountInWan {
                amounts.append((cost, amount))
            } else if let number = cost.value.number, abs(MoneyUnit.yuan.toWan(number) - budget) < 0.005 {
                amounts.append((cost, MoneyUnit.yuan.toWan(number)))
            }
        }
        guard !amounts.isEmpty else { return [] }
        let sum = roundMoney(amounts.map(\.1).reduce(0, +))
        let first = amounts[0].0.source
        if sum > budget + 0.005 {
            return [outcome("cost.contradicts-budget", finding(.error, "cost.contradicts-budget",
                "成本指标合计 \(formatNumber(sum)) 万元，超过项目预算 \(formatNumber(budget)) 万元", at: first))]
        }
        let exact = amounts.filter { [.equal, nil].contains($0.0.value.comparison) }
        if exact.count == amounts.count, abs(sum - budget) > 0.005 {
            return [outcome("cost.contradicts-budget", finding(.warning, "cost.contradicts-budget",
                "成本指标合计 \(formatNumber(sum)) 万元，与项目预算 \(formatNumber(budget)) 万元不一致", at: first))]
        }
        return [outcome("cost.contradicts-budget", nil)]
    }

    func duplicates() -> [CheckOutcome] {
        guard template.noDuplicates == true else { return [] }
        var seen: [TextKey: Int] = [:]  // name (already cleaned by normalize) → its first line
        var results: [CheckOutcome] = []
        for indicator in project.indicators {
            let key = TextKey(indicator.name)
            if let earlier = seen[key] {
                results.append(outcome("indicator.duplicate", finding(.warning, "indicator.duplicate",
                    "指标「\(indicator.name)」在本项目中重复出现（第 \(earlier) 行已有）", at: indicator.source)))
            } else {
                seen[key] = indicator.source.line
            }
        }
        return results.isEmpty ? [outcome("indicator.duplicate", nil)] : results
    }

    func expectedIndicators() -> [CheckOutcome] {
        (template.expected ?? []).map { expected in
            let matches = project.indicators.filter { indicator in
                if let names = expected.names, let canonical = indicator.canonicalName, names.contains(canonical) { return true }
                if expected.names == nil {
                    if let level1 = expected.level1, indicator.level1 != level1 { return false }
                    if let level2 = expected.level2, indicator.level2 != level2 { return false }
                    return expected.level1 != nil || expected.level2 != nil
                }
                return false
            }
            guard !matches.isEmpty else {
                return outcome("template.expected-missing", finding(.warning, "template.expected-missing",
                    "「\(template.appliesTo)」类项目应有「\(expected.label)」指标，本项目没有"))
            }
            if let minimum = expected.atLeast, !matches.contains(where: { ($0.value.number ?? -.infinity) >= minimum }) {
                return outcome("template.target-low", finding(.warning, "template.target-low",
                    "「\(expected.label)」：目标为「\(matches[0].valueAsWritten)」，应不低于 \(formatNumber(minimum))", at: matches[0].source))
            }
            return outcome("template.expected-missing", nil)
        }
    }

}
