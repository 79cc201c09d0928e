import JixiaoCore
/// Decides what one county sends: its style, departments, sub-units, projects, budgets and
/// indicators. Everything comes from the county's own random stream, so counties can be
/// planned and written in any order, in parallel, with the same result.
struct CountyPlanner {
    let size: SynthOptions.Size
    var rng: SplitMix64

    init(seed: UInt64, county index: Int, size: SynthOptions.Size) {
        self.size = size
        rng = SplitMix64(seed: seed, stream: UInt64(index) + 1)
    }

    /// Layout B for every 5th county (the 2nd, 7th, 12th …); of the Layout A counties those
    /// at every 3rd place (the 3rd, 6th, 9th …) write money in 元, the others in 万元. So
    /// any corpus of two counties has both layouts, and of three also a county in 元.
    static func layout(ofCounty index: Int) -> SynthLayout { index % 5 == 1 ? .projectForm : .departmentTable }
    static func moneyUnit(ofCounty index: Int) -> MoneyUnit {
        layout(ofCounty: index) == .departmentTable && index % 3 == 2 ? .yuan : .wanYuan
    }

    mutating func plan(index: Int, name county: String) -> SynthCounty {
        let style = planStyle(index: index)
        var departments: [SynthDepartment] = []
        let kinds = chooseDepartments()
        var code = 100 + rng.int(1...3)
        for kind in kinds {
            departments.append(planDepartment(kind, code: code, county: county, style: style))
            code += rng.int(1...4)
        }
        var result = SynthCounty(index: index, name: county, style: style, departments: departments, fileGroups: [])
        avoidRoundingTie(&result)
        result.fileGroups = splitIntoFiles(departments.count, layout: style.layout)
        return result
    }

    // MARK: Style

    mutating func planStyle(index: Int) -> CountyStyle {
        let layout = Self.layout(ofCounty: index)
        let signs = [("≥", "≤"), (">=", "<="), ("≧", "≦")][rng.weighted([80, 8, 12])]
        let low = rng.int(9...14)
        return CountyStyle(layout: layout, moneyUnit: Self.moneyUnit(ofCounty: index),
                           thousandsSeparators: rng.chance(500),
                           atLeastSign: signs.0, atMostSign: signs.1,
                           wrapWidth: rng.int(6...9), pageRows: low...(low + rng.int(2...6)))
    }

    // MARK: Departments

    mutating func chooseDepartments() -> [DepartmentKind] {
        let all = Vocabulary.departments
        let required = all.filter(\.required).count
        let wanted = min(all.count, max(required, rng.int(size.departments)))
        let optional = rng.sample(all.indices.filter { !all[$0].required }, count: wanted - required)
        return all.indices.filter { all[$0].required || optional.contains($0) }.map { all[$0] }
    }

    mutating func planDepartment(_ kind: DepartmentKind, code: Int, county: String, style: CountyStyle) -> SynthDepartment {
        let name = county + kind.suffix
        let count = rng.int(size.projectsPerDepartment)
        var projects: [SynthProject] = []
        var used = Set<String>()
        var pool = kind.projects
        rng.shuffle(&pool)
        var common = Vocabulary.commonProjects
        rng.shuffle(&common)
        pool += common
        var next = 0
        while projects.count < count {
            let item: String
            if next < pool.count {
                item = pool[next]
                next += 1
            } else {
                // The same work in several towns.
                item = rng.pick(Vocabulary.towns) + rng.pick(pool)
            }
            let projectName = self.projectName(item, county: county, department: name)
            guard used.insert(projectName).inserted else { continue }
            projects.append(planProject(projectName, item: item, kind: kind, style: style))
        }
        // Sub-units (`201003-清河县第一中学`) take over the later projects, as in seed 000.
        if !kind.units.isEmpty, projects.count > 3, rng.chance(450) {
            let units = rng.sample(kind.units, count: rng.int(1...min(3, kind.units.count)))
            let starts = rng.sample(Array(1..<projects.count), count: units.count)
            for (number, (unit, start)) in zip(units, starts).enumerated() {
                let unitCode = "\(code)" + pad(number + 1, 3)
                projects[start].startsUnit = SynthUnit(code: unitCode, name: county + unit)
            }
        }
        return SynthDepartment(code: "\(code)", name: name, projects: projects)
    }

    mutating func projectName(_ item: String, county: String, department: String) -> String {
        var name: String
        switch rng.weighted([30, 25, 35, 10]) {
        case 0: name = department + item
        case 1: name = county + item
        case 2: name = item
        default: name = "2023年" + item
        }
        if !item.contains("（"), rng.chance(200) { name += rng.pick(Vocabulary.economicSuffixes) }
        return name
    }

    // MARK: Projects

    mutating func planProject(_ name: String, item: String, kind: DepartmentKind, style: CountyStyle) -> SynthProject {
        let budget = planBudget(style: style)
        var other = Fen.zero
        if style.layout == .projectForm, budget.value >= 2_000_000, rng.chance(150) {
            // Some money from other sources: 年度资金总额 = 财政拨款 + 其他资金.
            other = Fen(value: Int64(rng.int(1...Int(budget.value / 2_000_000))) * 1_000_000)
        }
        var subject = item.split(separator: "（").first.map(String.init) ?? item
        for suffix in ["工作经费", "经费", "工作"] where subject.hasSuffix(suffix) && subject.count > suffix.count + 1 {
            subject.removeLast(suffix.count)
            break
        }
        var project = SynthProject(name: name, budget: budget, otherFunds: other,
                                   goal: goal(subject: subject, budget: budget, layout: style.layout),
                                   startsUnit: nil, indicators: [])
        project.indicators = planIndicators(kind: kind, budget: budget, style: style)
        return project
    }

    /// Budgets from 0.3 to 500 万元, most between 1 and 100; 万元 counties write whole
    /// hundreds of 元 (two decimals in 万元), 元 counties sometimes 元 and 分 too, Layout B
    /// mostly whole 万元.
    mutating func planBudget(style: CountyStyle) -> Fen {
        let buckets: [ClosedRange<Int>] = [30...100, 100...500, 500...2_000, 2_000...10_000, 10_000...50_000]
        var hundreds = rng.int(buckets[rng.weighted([15, 30, 30, 18, 7])])  // in 100 元
        if hundreds >= 100, rng.chance(600) { hundreds = hundreds / 100 * 100 }
        else if hundreds >= 100, rng.chance(500) { hundreds = hundreds / 10 * 10 }
        if style.layout == .projectForm {
            hundreds = hundreds >= 100 ? (rng.chance(850) ? hundreds / 100 * 100 : hundreds / 50 * 50) : 50
        }
        var fen = Int64(hundreds) * 10_000
        if style.moneyUnit == .yuan, rng.chance(350) {
            fen += Int64(rng.int(0...9_999))  // 元 and 分: `8,827,620.53`
        }
        return Fen(value: max(fen, 100))
    }

    mutating func goal(subject: String, budget: Fen, layout: SynthLayout) -> String {
        let basis = rng.pick(Vocabulary.goalBases)
        let purpose = rng.pick(Vocabulary.goalPurposes)
        let aim = rng.pick(Vocabulary.goalAims)
        switch layout {
        case .departmentTable:
            return "\(basis)，为完成2023年度\(subject)工作，预计投入\(budget.wanShort)万元经费，以\(purpose)，\(aim)。"
        case .projectForm:
            if rng.chance(400) {
                return "目标1：\(basis)，做好\(subject)工作，\(purpose)。目标2：加强资金管理，\(aim)。"
            }
            return "目标：做好\(subject)工作，\(purpose)，\(aim)。"
        }
    }

    // MARK: Indicators

    mutating func planIndicators(kind: DepartmentKind, budget: Fen, style: CountyStyle) -> [SynthIndicator] {
        var rows: [(String, String, IndicatorTemplate)] = []
        var names = Set<String>()
        func take(_ level1: String, _ level2: String, _ template: IndicatorTemplate) {
            guard names.insert(template.name).inserted else { return }
            rows.append((level1, level2, template))
        }
        let quantityCount = 1 + (rng.chance(550) ? 1 : 0) + (rng.chance(200) ? 1 : 0)
        var own = kind.quantities
        rng.shuffle(&own)
        var common = Vocabulary.quantities
        rng.shuffle(&common)
        for _ in 0..<quantityCount {
            let template = !own.isEmpty && rng.chance(650) ? own.removeFirst() : common.removeFirst()
            take("产出指标", "数量指标", template)
        }
        var qualities = Vocabulary.qualities
        rng.shuffle(&qualities)
        for template in qualities.prefix(1 + (rng.chance(300) ? 1 : 0)) { take("产出指标", "质量指标", template) }
        if rng.chance(850) { take("产出指标", "时效指标", rng.pick(Vocabulary.timeliness)) }
        if rng.chance(350) { take("成本指标", "经济成本指标", rng.pick(Vocabulary.costs)) }
        let social = !kind.benefits.isEmpty && rng.chance(500) ? rng.pick(kind.benefits) : rng.pick(Vocabulary.socialBenefits)
        take("效益指标", "社会效益指标", social)
        if rng.chance(150) { take("效益指标", "社会效益指标", rng.pick(Vocabulary.socialBenefits)) }
        if rng.chance(300) {
            switch rng.weighted([25, 15, 60]) {
            case 0: take("效益指标", "经济效益指标", rng.pick(Vocabulary.economicBenefits))
            case 1: take("效益指标", rng.chance(200) ? "环境效益指标" : "生态效益指标", rng.pick(Vocabulary.ecologicalBenefits))
            default: take("效益指标", "可持续影响指标", rng.pick(Vocabulary.lastingBenefits))
            }
        }
        let servedName = !kind.served.isEmpty && rng.chance(400) ? rng.pick(kind.served) : rng.pick(Vocabulary.satisfaction)
        let served = rng.chance(60) ? IndicatorTemplate.grade(servedName, ["优良中差"])
            : IndicatorTemplate.rate(servedName, .atLeast, Vocabulary.satisfactionTargets)
        take("满意度指标", rng.chance(150) ? "社会公众或服务对象满意度指标" : "服务对象满意度指标", served)

        var indicators = rows.map { indicator($0.0, $0.1, $0.2, budget: budget, style: style) }
        assignWeights(&indicators)
        assignDirections(&indicators)
        if style.layout == .departmentTable, rng.chance(400) {
            // Seed 000 lists a project's rows in no particular order.
            rng.shuffle(&indicators)
        }
        return indicators
    }

    mutating func indicator(_ level1: String, _ level2: String, _ template: IndicatorTemplate,
                            budget: Fen, style: CountyStyle) -> SynthIndicator {
        var comparison = template.comparison
        var unit = template.unit
        let value: String
        switch template.values {
        case .range(let range):
            var number = rng.int(range)
            if number >= 1_000 { number = number / 100 * 100 } else if number >= 100, rng.chance(600) { number = number / 10 * 10 }
            value = "\(number)"
        case .numbers(let numbers):
            value = rng.pick(numbers)
        case .grades(let grades):
            value = rng.pick(grades)
        case .budget:
            (value, unit, comparison) = costValue(budget, comparison: comparison, style: style)
        }
        return SynthIndicator(level1: level1, level2: level2, name: template.name, comparison: comparison,
                              value: value, unit: unit, valuePrefix: template.valuePrefix,
                              weight: nil, direction: "", restatesBudget: template.values.isBudget)
    }

    /// A cost indicator restates the budget (`党政机关网络租赁费 45万元`, `财政负担成本 = 40000`).
    func costValue(_ budget: Fen, comparison: SynthComparison, style: CountyStyle) -> (String, String, SynthComparison) {
        if style.moneyUnit == .yuan {
            let exact = budget.value % 100 == 0
            return ("\((budget.value + 99) / 100)", "元", exact ? comparison : .atMost)
        }
        return (budget.wanShort, "万元", comparison)
    }

    /// Weights add up to 90 (产出 50 with cost, 效益 30, 满意度 10); some projects to 100,
    /// a few are off by one indicator's worth, as real forms are.
    mutating func assignWeights(_ indicators: inout [SynthIndicator]) {
        let pattern = rng.weighted([85, 10, 5])
        let output = pattern == 1 ? 60 : 50
        let groups: [(Set<String>, Int)] = [(["产出指标", "成本指标"], output), (["效益指标"], 30), (["满意度指标"], 10)]
        for (levels, total) in groups {
            let members = indicators.indices.filter { levels.contains(indicators[$0].level1) }
            guard !members.isEmpty else { continue }
            var weights = Array(repeating: total / members.count, count: members.count)
            for i in 0..<(total % members.count) { weights[i] += 1 }
            if members.count > 1, rng.chance(300) {
                let from = rng.int(0...(members.count - 1)), to = rng.int(0...(members.count - 1))
                if from != to, weights[from] > 5 { weights[from] -= 5; weights[to] += 5 }
            }
            for (index, member) in members.enumerated() { indicators[member].weight = weights[index] }
        }
        if pattern == 2, !indicators.isEmpty {
            let index = rng.int(0...(indicators.count - 1))
            indicators[index].weight = (indicators[index].weight ?? 0) + rng.pick([-5, 5, 10])
        }
    }

    /// 反向指标 for ≤ and <, else 正向指标; some projects leave the column empty (seed 000's
    /// 人才补贴), a few rows say the opposite of their sign.
    mutating func assignDirections(_ indicators: inout [SynthIndicator]) {
        let missing = rng.chance(60)
        for index in indicators.indices {
            if missing { indicators[index].direction = ""; continue }
            var reverse = indicators[index].comparison == .atMost || indicators[index].comparison == .less
            if rng.chance(15) { reverse.toggle() }
            indicators[index].direction = reverse ? "反向指标" : "正向指标"
        }
    }

    // MARK: County totals and files

    /// The ground truth rounds a county's total to whole 元 (4 decimals of 万元); a total
    /// ending in exactly 50 分 would round differently depending on the floating-point
    /// path, so one project is moved by 1 分.
    mutating func avoidRoundingTie(_ county: inout SynthCounty) {
        guard county.budget.value % 100 == 50, let d = county.departments.indices.last,
              let p = county.departments[d].projects.indices.last else { return }
        var project = county.departments[d].projects[p]
        project.budget.value += 1
        for i in project.indicators.indices where project.indicators[i].restatesBudget {
            let (value, unit, comparison) = costValue(project.budget, comparison: project.indicators[i].comparison, style: county.style)
            project.indicators[i].value = value
            project.indicators[i].unit = unit
            project.indicators[i].comparison = comparison
        }
        county.departments[d].projects[p] = project
    }

    /// Layout A counties send 1–3 files, Layout B counties 2–4, each a run of departments.
    mutating func splitIntoFiles(_ departments: Int, layout: SynthLayout) -> [Range<Int>] {
        let wanted = layout == .departmentTable ? rng.int(1...3) : rng.int(2...4)
        let files = max(1, min(wanted, departments))
        let cuts = rng.sample(Array(1..<max(2, departments)), count: files - 1)
        var groups: [Range<Int>] = []
        var start = 0
        for cut in cuts + [departments] where cut > start {
            groups.append(start..<cut)
            start = cut
        }
        return groups
    }
}

func pad(_ number: Int, _ width: Int) -> String {
    let text = "\(number)"
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}

extension IndicatorTemplate.Values {
    var isBudget: Bool { if case .budget = self { return true } else { return false } }
}
