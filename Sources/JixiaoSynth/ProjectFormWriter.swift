import JixiaoCore
/// Writes projects as Layout B (seed 003): one `2023年部门项目支出绩效目标表` form per
/// project, as text extracted from a PDF. Quirks, as in the sample: labels broken over
/// lines with blank lines between (`一级指\n\n标`, `社会效益\n\n指标`, `实施单\n\n位`),
/// the vertical 绩/效/指/标, a level-2 label on the same line as its first indicator,
/// `指标N：` numbering that is not always reliable, long names wrapped onto the next line
/// with the value on its own line, values carrying sign and unit (`≦5次`, `丢包率<0.3%`,
/// `≤30万元`, `≧90%`, `2023年全年`), and 成本指标 written as a level-2 of 产出指标.
struct ProjectFormWriter {
    let county: SynthCounty
    var rng: SplitMix64
    var quirks = SynthQuirks()

    init(county: SynthCounty, seed: UInt64) {
        self.county = county
        rng = SplitMix64(seed: seed, stream: UInt64(county.index) + 1 + (2 << 40))
    }

    /// The forms of the departments in `range`, one after another.
    mutating func write(departments range: Range<Int>) -> TextBuffer {
        var out = TextBuffer()
        for d in range {
            let department = county.departments[d]
            var unit: SynthUnit?
            for project in department.projects {
                if let start = project.startsUnit { unit = start }
                form(&out, department: department, unit: unit?.name ?? department.name + "本级", project: project)
            }
        }
        out.line()
        return out
    }

    /// A line followed by the blank line PDF extraction puts between cells.
    func cell(_ out: inout TextBuffer, _ text: String) {
        out.line(text)
        out.line()
    }

    mutating func form(_ out: inout TextBuffer, department: SynthDepartment, unit: String, project: SynthProject) {
        quirks.forms += 1
        out.line(" 2023年部门项目支出绩效目标表")
        out.line()
        cell(&out, "（2023年度）")
        let name = Array(project.name)
        if name.count > 18, rng.chance(300) {
            cell(&out, "项目名称 " + String(name[..<16]))
            cell(&out, String(name[16...]))
        } else {
            cell(&out, "项目名称 " + project.name)
        }
        if rng.chance(200) {
            // Seed 003's third form: 实施单位 broken over lines, the unit's name too.
            out.line("主管部门 \(department.name)")
            out.line("实施单")
            out.line()
            cell(&out, "位")
            if unit.hasSuffix("本级") {
                cell(&out, String(unit.dropLast(2)))
                cell(&out, "本级")
            } else {
                cell(&out, unit)
            }
            quirks.brokenLabels += 1
        } else {
            cell(&out, "主管部门 \(department.name) 实施单位 \(unit)")
        }
        cell(&out, "项目属性 \(rng.pick(["新增一次性项目", "新增一次性项目", "延续性项目", "经常性项目"])) 项目期 2023年")
        for line in rng.pick([["项目资金", "（万元）"], ["项目资", "金", "（万元）"], ["项目", "资金", "（万", "元）"]]) {
            cell(&out, line)
        }
        let fiscal = Fen(value: project.budget.value - project.otherFunds.value)
        cell(&out, "年度资金总额： \(project.budget.wanShort)")
        cell(&out, "其中：财政拨款 \(fiscal.wanShort)")
        cell(&out, project.otherFunds.value > 0 ? "其他资金 \(project.otherFunds.wanShort)" : "其他资金")
        for line in rng.pick([["年度总体", "绩效目标"], ["年度总", "体绩效", "目标"], ["年度", "总体", "绩效", "目标"]]) {
            cell(&out, line)
        }
        let width = rng.int(30...36)
        for goal in goalParagraphs(project.goal) {
            for line in TextQuirks.lines(goal, width: width) { cell(&out, line) }
        }
        if rng.chance(850) {
            for ch in ["绩", "效", "指", "标"] { cell(&out, ch) }
        } else {
            cell(&out, "绩效指标")
        }
        if rng.chance(300) {
            out.line("一级指")
            out.line()
            out.line("标")
            cell(&out, "二级指标 三级指标 指标值")
            quirks.brokenLabels += 1
        } else {
            cell(&out, "一级指标 二级指标 三级指标 指标值")
        }
        indicators(&out, project.indicators)
    }

    /// `目标1：… 目标2：…` each start a paragraph.
    func goalParagraphs(_ goal: String) -> [String] {
        guard let range = goal.range(of: "目标2：") else { return [goal] }
        return [String(goal[..<range.lowerBound]), String(goal[range.lowerBound...])]
    }

    // MARK: Indicators

    /// The older form's framework: 成本指标 is a level-2 of 产出指标.
    static func labels(_ indicator: SynthIndicator) -> (String, String) {
        indicator.level1 == "成本指标" ? ("产出指标", "成本指标") : (indicator.level1, indicator.level2)
    }

    mutating func indicators(_ out: inout TextBuffer, _ indicators: [SynthIndicator]) {
        // Group by level-1 then level-2, in the order the planner listed them.
        var groups: [(level1: String, parts: [(level2: String, items: [SynthIndicator])])] = []
        for indicator in indicators {
            let (level1, level2) = Self.labels(indicator)
            if let g = groups.firstIndex(where: { $0.level1 == level1 }) {
                if let p = groups[g].parts.firstIndex(where: { $0.level2 == level2 }) {
                    groups[g].parts[p].items.append(indicator)
                } else {
                    groups[g].parts.append((level2, [indicator]))
                }
            } else {
                groups.append((level1, [(level2, [indicator])]))
            }
        }
        let total = indicators.count
        var written = 0
        for group in groups {
            for line in brokenLabel(group.level1, chance: 400) { cell(&out, line) }
            for part in group.parts {
                var prefix = ""
                if rng.chance(450) {
                    prefix = part.level2 + " "
                    quirks.labelsOnItemLine += 1
                } else {
                    let lines = brokenLabel(part.level2, chance: 500)
                    for (index, line) in lines.enumerated() {
                        // Seed 003 sometimes has no blank line between the label and its first item.
                        if index == lines.count - 1, rng.chance(300) { out.line(line) } else { cell(&out, line) }
                    }
                }
                var number = rng.chance(50) ? 2 : 1  // numbering is not reliable
                for item in part.items {
                    written += 1
                    self.item(&out, item, number: number, prefix: prefix, last: written == total)
                    prefix = ""
                    number += 1
                }
            }
        }
    }

    /// `产出指标` as it often comes out of a PDF: `产出指` / `标`, or `社会效益` / `指标`.
    mutating func brokenLabel(_ label: String, chance: Int) -> [String] {
        let chars = Array(label)
        guard chars.count >= 4, rng.chance(chance) else { return [label] }
        quirks.brokenLabels += 1
        var cut = chars.count - (rng.chance(500) ? 1 : 2)
        if rng.chance(500) {
            // Where seed 003 breaks them: 服务对象 / 满意度指标, 可持续 / 影响指标, 社会效益 / 指标.
            for (suffix, length) in [("满意度指标", 5), ("影响指标", 4), ("效益指标", 2)]
            where label.hasSuffix(suffix) && chars.count > length {
                cut = chars.count - length
                break
            }
        }
        return [String(chars[..<cut]), String(chars[cut...])]
    }

    func value(_ indicator: SynthIndicator) -> String {
        let atLeast = county.index % 2 == 0 ? "≧" : "≥"
        let atMost = county.index % 2 == 0 ? "≦" : "≤"
        switch indicator.comparison {
        case .qualitative: return indicator.value
        case .equal: return indicator.value + indicator.unit
        case .atLeast: return indicator.valuePrefix + atLeast + indicator.value + indicator.unit
        case .atMost: return indicator.valuePrefix + atMost + indicator.value + indicator.unit
        case .greater: return indicator.valuePrefix + ">" + indicator.value + indicator.unit
        case .less: return indicator.valuePrefix + "<" + indicator.value + indicator.unit
        }
    }

    mutating func item(_ out: inout TextBuffer, _ indicator: SynthIndicator, number: Int, prefix: String, last: Bool) {
        let marker = rng.chance(50) ? "指标\(number)： " : "指标\(number)："
        let name = Array(indicator.name)
        let value = self.value(indicator)
        if name.count >= 12, rng.chance(250) {
            // Seed 003: `指标3：有理由投诉（拒接电话和服` / blank / `务态度等）` / `≦5次`.
            var cut = rng.int(7...(name.count - 3))
            while cut < name.count - 1, !TextQuirks.canBreak(name, before: cut) { cut += 1 }
            if TextQuirks.canBreak(name, before: cut) {
                cell(&out, prefix + "指标\(number)：" + String(name[..<cut]))
                out.line(String(name[cut...]))
                out.line(value)
                if !last { out.line() }
                quirks.valuesOnOwnLine += 1
                return
            }
        }
        out.line(prefix + marker + indicator.name + " " + value)
        if !last { out.line() }
    }
}
