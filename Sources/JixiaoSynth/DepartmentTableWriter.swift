import JixiaoCore
/// Writes departments as Layout A (seed 000): the title, the money-unit line, then one
/// tab-separated 12-column table in which every printed page repeats the header and the
/// department's total row. Quirks, at rates close to the sample's: projects split by a page
/// break, wrapped project names (spaces, half-width brackets), rows shifted one column left
/// (level-1 in column 1, a run of whole projects) or right (an extra leading cell, no
/// direction), sub-unit rows, missing directions, qualitative rows.
struct DepartmentTableWriter {
    static let header = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标",
                         "指标性质", "指标值", "度量单位", "权重", "指标方向性"]

    let county: SynthCounty
    var rng: SplitMix64
    var quirks = SynthQuirks()

    init(county: SynthCounty, seed: UInt64) {
        self.county = county
        rng = SplitMix64(seed: seed, stream: UInt64(county.index) + 1 + (1 << 40))
    }

    var style: CountyStyle { county.style }

    func money(_ amount: Fen) -> String {
        style.moneyUnit == .yuan ? amount.yuan(separators: style.thousandsSeparators) : amount.wan2
    }

    /// One file holding the departments in `range`.
    mutating func write(departments range: Range<Int>) -> TextBuffer {
        var out = TextBuffer()
        out.line()
        out.line()
        out.line(rng.chance(300) ? "\(county.name)2023年部门预算项目支出绩效目标申报表" : "部门预算项目支出绩效目标申报表")
        out.line()
        out.line("金额单位：\(style.moneyUnit.rawValue)")
        out.line()
        out.row(Self.header)

        var pageLimit = rng.int(style.pageRows)
        var onPage = 0
        var leftRun = 0
        for d in range {
            let department = county.departments[d]
            let departmentRow = ["\(department.code)-\(department.name)", "", money(department.total)]
                + Array(repeating: "", count: 9)
            if onPage >= pageLimit {
                newPage(&out, &onPage, &pageLimit)
            }
            out.row(departmentRow)
            onPage += 1
            for project in department.projects {
                if leftRun > 0 { leftRun -= 1 } else if rng.chance(25) { leftRun = rng.chance(400) ? 2 : 1 }
                let shiftLeft = leftRun > 0
                for (k, indicator) in project.indicators.enumerated() {
                    if onPage >= pageLimit {
                        newPage(&out, &onPage, &pageLimit)
                        out.row(departmentRow)
                        onPage += 1
                        if k > 0 { quirks.projectsSplitByPage += 1 }
                    }
                    if k == 0 {
                        out.row(projectCells(project) + indicatorCells(indicator))
                    } else if shiftLeft {
                        // Seed 000 lines 44–50: level-1 in column 1, the rest one column early.
                        let cells = indicatorCells(indicator)
                        out.row([cells[0], "", "", ""] + cells[1...] + [""])
                        quirks.shiftedLeft += 1
                    } else if rng.chance(5) {
                        // Seed 000 line 39: one extra leading cell, and no direction.
                        out.row(["", "", "", "", ""] + indicatorCells(indicator).dropLast())
                        quirks.shiftedRight += 1
                        if !indicator.direction.isEmpty { quirks.missingDirection += 1 }
                    } else {
                        out.row(["", "", "", ""] + indicatorCells(indicator))
                    }
                    onPage += 1
                }
            }
        }
        return out
    }

    mutating func newPage(_ out: inout TextBuffer, _ onPage: inout Int, _ pageLimit: inout Int) {
        out.line()
        out.row(Self.header)
        onPage = 0
        pageLimit = rng.int(style.pageRows)
        quirks.pageBreaks += 1
    }

    mutating func projectCells(_ project: SynthProject) -> [String] {
        var name = project.name
        if name.count > style.wrapWidth + 2, rng.chance(300) {
            if rng.chance(500) { name = TextQuirks.halfWidthBrackets(name) }
            name = TextQuirks.wrapCell(name, width: style.wrapWidth)
            quirks.wrappedProjectNames += 1
        }
        var unit = ""
        if let start = project.startsUnit {
            unit = "\(start.code)-\(start.name)"
            quirks.subUnits += 1
        }
        return [unit, name, money(project.budget), project.goal]
    }

    mutating func indicatorCells(_ indicator: SynthIndicator) -> [String] {
        var name = indicator.name
        if name.count >= 10, rng.chance(30) {
            let chars = Array(name)
            let position = rng.int(2...(chars.count - 2))
            if TextQuirks.canBreak(chars, before: position) {
                name = TextQuirks.wrapOnce(name, at: position)
                quirks.wrappedIndicatorNames += 1
            }
        }
        let sign: String
        switch indicator.comparison {
        case .atLeast: sign = style.atLeastSign
        case .atMost: sign = style.atMostSign
        case .equal: sign = "="
        case .greater: sign = ">"
        case .less: sign = "<"
        case .qualitative: sign = "定性"; quirks.qualitative += 1
        }
        if indicator.direction.isEmpty { quirks.missingDirection += 1 }
        return [indicator.level1, indicator.level2, name, sign, indicator.value, indicator.unit,
                indicator.weight.map { "\($0)" } ?? "", indicator.direction]
    }
}
