import Foundation

/// The outcome of one template check on one project: passed, or failed with its finding.
public struct CheckOutcome: Sendable {
    /// The rule checked (`Data/rules.yaml`).
    public var rule: String
    /// nil: the check passed.
    public var finding: Finding?
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
    /// What ends each finding's message (`（模板：通用模板）`), built once per template.
    let templateNote: String

    init(project: Project, template: Template, county: String, stage: String, department: String? = nil,
         templateNote: String? = nil) {
        self.project = project
        self.template = template
        self.county = county
        self.stage = stage
        self.department = department ?? project.department.description
        self.templateNote = templateNote ?? TemplateReview.note(template)
        rows = project.indicators
    }

    static func note(_ template: Template) -> String { "（模板：\(template.name)）" }

    func finding(_ severity: Severity, _ rule: String, _ message: consuming String, at source: SourceRef? = nil) -> Finding {
        // The message is the caller's own: the note is appended in place where it has room.
        message += templateNote
        return Finding(severity: severity, rule: rule, message: message, county: county,
                       department: department, project: project.name,
                       source: source ?? project.source, stage: stage)
    }

    func outcome(_ rule: String, _ failure: Finding?) -> CheckOutcome { CheckOutcome(rule: rule, finding: failure) }

    func evaluate() -> [CheckOutcome] {
        // Every check adds to one list: a list per check, joined after, cost more than the checks.
        var results: [CheckOutcome] = []
        // A sentence check per row, one per required dimension and expected indicator, a few more.
        results.reserveCapacity(rows.count + (template.requiredLevel1?.count ?? 0) + (template.expected?.count ?? 0) + 16)
        dimensions(&results)
        quantitativeOutputs(&results)
        weights(&results)
        satisfactionFloor(&results)
        ratesOverHundred(&results)
        sentences(&results)
        costAgainstBudget(&results)
        duplicates(&results)
        expectedIndicators(&results)
        return results
    }

    /// The project's indicators, read by index: iterating the array would copy every
    /// indicator (all its strings retained) for each check.
    let rows: [Indicator]

    func dimensions(_ results: inout [CheckOutcome]) {
        for dimension in template.requiredLevel1 ?? [] {
            let present = rows.indices.contains { rows[$0].isUnder(dimension) }
            results.append(outcome(RuleID.dimensionMissing, present ? nil
                : finding(.warning, RuleID.dimensionMissing, "缺少一级指标「\(dimension)」")))
        }
    }

    func quantitativeOutputs(_ results: inout [CheckOutcome]) {
        guard let minimum = template.minQuantitativeOutputs else { return }
        // Counted, not filtered: copying indicators into new arrays was most of this check.
        var outputs = 0
        var quantitative = 0
        for i in rows.indices where rows[i].isUnder("产出指标") {
            outputs += 1
            if rows[i].value.isQuantitative { quantitative += 1 }
        }
        guard quantitative < minimum else { return results.append(outcome(RuleID.outputQualitativeOnly, nil)) }
        let message = outputs == 0 ? "没有产出指标，无法衡量产出"
            : "产出指标全部是定性的（\(outputs) 个），至少应有 \(minimum) 个定量指标"
        results.append(outcome(RuleID.outputQualitativeOnly, finding(.warning, RuleID.outputQualitativeOnly, message)))
    }

    func weights(_ results: inout [CheckOutcome]) {
        guard let weights = template.weights, let total = project.weightTotal else { return }
        let tolerance = weights.tolerance ?? 0.01
        results.append(outcome(RuleID.weightsTotal, abs(total - weights.total) <= tolerance ? nil
            : finding(.error, RuleID.weightsTotal, "指标权重合计为 \(formatNumber(total))，应为 \(formatNumber(weights.total))")))
        if let levels = weights.split {
            // `产出指标 40` reads better as `产出 40`.
            func short(_ level: String) -> String { level.endsWithText("指标") ? String(level.dropLast(2)) : level }
            // Summed per level of the split (a few), in indicator order, on the stack: an array
            // for every project cost more to allocate than the sums.
            let described = withUnsafeTemporaryAllocation(of: Double.self, capacity: levels.count) { actual -> [String]? in
                actual.initialize(repeating: 0)
                for i in rows.indices {
                    guard var level1 = rows[i].level1, let weight = rows[i].weight else { continue }
                    if level1.sameText("成本指标"), let target = weights.costCountsAs { level1 = target }
                    if let k = levels.firstIndex(where: { level1.sameText($0.level) }) { actual[k] += weight }
                }
                guard levels.indices.contains(where: { abs(actual[$0] - levels[$0].weight) > tolerance }) else { return nil }
                return levels.indices.map { "\(short(levels[$0].level)) \(formatNumber(actual[$0]))" }
            }
            guard let described else { return results.append(outcome(RuleID.weightsSplit, nil)) }
            let expected = levels.map { "\(short($0.level)) \(formatNumber($0.weight))" }
            results.append(outcome(RuleID.weightsSplit,
                finding(.info, RuleID.weightsSplit, "权重分配为 \(described.joined(separator: "、"))，模板为 \(expected.joined(separator: "、"))")))
        }
    }

    func satisfactionFloor(_ results: inout [CheckOutcome]) {
        guard let floor = template.satisfactionFloor else { return }
        for i in rows.indices where rows[i].isUnder("满意度指标") {
            let indicator = rows[i]
            guard let target = indicator.value.number else {
                results.append(outcome(RuleID.satisfactionNotNumeric, finding(.warning, RuleID.satisfactionNotNumeric,
                    "满意度指标「\(indicator.name)」的目标「\(indicator.valueAsWritten)」不是百分数，无法与下限 \(formatNumber(floor))% 比较",
                    at: indicator.source)))
                continue
            }
            results.append(outcome(RuleID.satisfactionBelowFloor, target >= floor ? nil : finding(.warning, RuleID.satisfactionBelowFloor,
                "满意度指标「\(indicator.name)」目标为 \(formatNumber(target))%，低于下限 \(formatNumber(floor))%", at: indicator.source)))
        }
    }

    /// A rate that cannot exceed 100% (the template's `capped_rates`) with a percentage target
    /// above 100: one outcome per such rate. A ceiling (`≤150%`) states nothing above 100.
    func ratesOverHundred(_ results: inout [CheckOutcome]) {
        guard let rates = template.cappedRates else { return }
        for i in rows.indices {
            let value = rows[i].value
            guard let number = value.number, rates.isPercent(value.unit),
                  ![.atMost, .less, .qualitative].contains(value.comparison) else { continue }
            var names = [rows[i].name]
            if let canonical = rows[i].canonicalName { names.append(canonical) }
            if let subject = value.subject { names.append(subject) }
            guard rates.caps(names) else { continue }
            let highest = max(number, value.upper ?? number)
            guard highest > 100 else {
                results.append(outcome(RuleID.valueRateOver100, nil))
                continue
            }
            let asWritten = rows[i].valueAsWritten
            let written = asWritten.containsText(value.unit ?? "") ? asWritten : asWritten + (value.unit ?? "")
            var message = "「\(rows[i].name)」是比率，不能超过 100%，目标却写作「\(written)」"
            // A sign read as 2 (≥90% → 290%) leaves the value with no sign of its own, in the cell or its column.
            if [nil, .equal].contains(value.comparison), value.upper == nil, !asWritten.containsText("="),
               TextCleaning.trimSpaces(rows[i].comparisonAsWritten).isEmpty, let meant = CappedRates.misreadAtLeast(number) {
                message += "；多半是「≥\(formatNumber(meant))%」的「≥」被识别（OCR）成了「2」，请与县（区）核实原表"
            }
            results.append(outcome(RuleID.valueRateOver100, finding(.warning, RuleID.valueRateOver100, message, at: rows[i].source)))
        }
    }

    func sentences(_ results: inout [CheckOutcome]) {
        guard let limit = template.sentenceLength else { return }
        for i in rows.indices {
            // One pass over the scalars: length, clause punctuation, a closing full stop.
            guard TemplateReview.readsLikeSentence(rows[i].name, limit: limit) else {
                results.append(outcome(RuleID.nameSentence, nil))
                continue
            }
            let name = rows[i].name
            results.append(outcome(RuleID.nameSentence, finding(.info, RuleID.nameSentence,
                "指标名称「\(name)」是一句话（\(name.characterCount) 字），不是可衡量的指标名称", at: rows[i].source)))
        }
    }

    /// Longer than `limit` characters, or with `，`/`；` inside, or ending in `。`. One pass
    /// over the bytes: characters are the bytes that do not continue a UTF-8 sequence.
    static func readsLikeSentence(_ name: String, limit: Int) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            var length = 0
            for (i, byte) in bytes.enumerated() {
                if byte & 0xC0 != 0x80 { length += 1 }
                // ， U+FF0C = EF BC 8C; ； U+FF1B = EF BC 9B
                if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x8C || bytes[i + 2] == 0x9B {
                    return true
                }
            }
            // 。 U+3002 = E3 80 82
            let fullStop = bytes.count >= 3 && bytes[bytes.count - 3] == 0xE3 && bytes[bytes.count - 2] == 0x80
                && bytes[bytes.count - 1] == 0x82
            return length > limit || fullStop
        }
    }

    /// Cost indicators restate the budget (`党政机关网络租赁费 45万元` on a 45 万元 project);
    /// `财政负担成本 = 40000` without a money unit is read as 元 when that matches.
    func costAgainstBudget(_ results: inout [CheckOutcome]) {
        guard template.costMatchesBudget == true, let budget = project.budget else { return }
        var amounts: [(Indicator, Double)] = []
        for i in rows.indices where rows[i].isUnder("成本指标") {
            if let amount = rows[i].value.amountInWan {
                amounts.append((rows[i], amount))
            } else if let number = rows[i].value.number, abs(MoneyUnit.yuan.toWan(number) - budget) < 0.005 {
                amounts.append((rows[i], MoneyUnit.yuan.toWan(number)))
            }
        }
        guard !amounts.isEmpty else { return }
        let sum = roundMoney(amounts.map(\.1).reduce(0, +))
        let first = amounts[0].0.source
        if sum > budget + 0.005 {
            return results.append(outcome(RuleID.costContradictsBudget, finding(.error, RuleID.costContradictsBudget,
                "成本指标合计 \(formatNumber(sum)) 万元，超过项目预算 \(formatNumber(budget)) 万元", at: first)))
        }
        let exact = amounts.filter { [.equal, nil].contains($0.0.value.comparison) }
        if exact.count == amounts.count, abs(sum - budget) > 0.005 {
            return results.append(outcome(RuleID.costContradictsBudget, finding(.warning, RuleID.costContradictsBudget,
                "成本指标合计 \(formatNumber(sum)) 万元，与项目预算 \(formatNumber(budget)) 万元不一致", at: first)))
        }
        results.append(outcome(RuleID.costContradictsBudget, nil))
    }

    func duplicates(_ results: inout [CheckOutcome]) {
        guard template.noDuplicates == true else { return }
        let before = results.count
        // A project has a few indicators: compared pairwise, which costs less than a dictionary
        // per project; a long list gets the dictionary. Names are already cleaned by normalize.
        if rows.count <= 32 {
            for i in rows.indices {
                guard let earlier = rows.indices.prefix(i).first(where: { rows[$0].name.sameText(rows[i].name) }) else { continue }
                results.append(duplicate(i, firstLine: rows[earlier].source.line))
            }
        } else {
            var seen: [TextKey: Int] = [:]  // name → its first line
            seen.reserveCapacity(rows.count)
            for i in rows.indices {
                let key = TextKey(rows[i].name)
                if let earlier = seen[key] { results.append(duplicate(i, firstLine: earlier)) } else { seen[key] = rows[i].source.line }
            }
        }
        if results.count == before { results.append(outcome(RuleID.indicatorDuplicate, nil)) }
    }

    private func duplicate(_ i: Int, firstLine: Int) -> CheckOutcome {
        outcome(RuleID.indicatorDuplicate, finding(.warning, RuleID.indicatorDuplicate,
            "指标「\(rows[i].name)」在本项目中重复出现（第 \(firstLine) 行已有）", at: rows[i].source))
    }

    func expectedIndicators(_ results: inout [CheckOutcome]) {
        for expected in template.expected ?? [] {
            let matches = rows.indices.filter { i in
                if let names = expected.names, let canonical = rows[i].canonicalName, names.contains(where: canonical.sameText) { return true }
                if expected.names == nil {
                    if let level1 = expected.level1, !(rows[i].level1?.sameText(level1) ?? false) { return false }
                    if let level2 = expected.level2, !(rows[i].level2?.sameText(level2) ?? false) { return false }
                    return expected.level1 != nil || expected.level2 != nil
                }
                return false
            }.map { rows[$0] }
            guard !matches.isEmpty else {
                results.append(outcome(RuleID.templateExpectedMissing, finding(.warning, RuleID.templateExpectedMissing,
                    "「\(template.appliesTo)」类项目应有「\(expected.label)」指标，本项目没有")))
                continue
            }
            if let minimum = expected.atLeast, !matches.contains(where: { ($0.value.number ?? -.infinity) >= minimum }) {
                results.append(outcome(RuleID.templateTargetLow, finding(.warning, RuleID.templateTargetLow,
                    "「\(expected.label)」：目标为「\(matches[0].valueAsWritten)」，应不低于 \(formatNumber(minimum))", at: matches[0].source)))
                continue
            }
            results.append(outcome(RuleID.templateExpectedMissing, nil))
        }
    }

}
