import Foundation

/// 问题反馈: the county's findings ready to send back — grouped by project, the most serious
/// first, each with what is wrong and what to fix in plain Chinese, where it stands in the
/// county's own file, and an empty column for the county's reply; the period at the top and
/// lines to sign at the bottom. Printed on A4 landscape.
package enum FeedbackSheet {
    package static let sheetName = "问题反馈"
    static let headerRow = 4

    /// One numbered item of the sheet.
    package struct Item {
        let number: Int
        let finding: Finding
    }

    package static func spec(_ rules: RuleCatalogue) -> SheetSpec<Item> {
        SheetSpec<Item>([
            Column("序号", width: 5) { .number(Double($0.number), .lineNumber) },
            Column("严重程度", width: 6) { .text($0.finding.severity.rawValue, .severity($0.finding.severity)) },
            Column("问题", width: 14, wrap: true) { .text(rules.title($0.finding.rule)) },
            Column("问题说明", width: 40, wrap: true) { .text($0.finding.message) },
            Column("怎样修改", width: 24, wrap: true) { .text(rules.entry($0.finding.rule).fix) },
            Column("原表位置", width: 18, wrap: true) { .text(place($0.finding.source)) },
            Column("县里答复", width: 22, wrap: true) { _ in .text("", .box) },
        ])
    }

    /// `000_….txt 第 39 行`.
    static func place(_ source: SourceRef?) -> String {
        guard let source else { return "" }
        return source.line > 0 ? "\(source.file) 第 \(source.line) 行" : source.file
    }

    /// Findings by project (department and project; findings about a whole file or department
    /// form their own group), the group with the most serious findings first; each group's
    /// findings as indices into `findings`, most serious first, then by line. Indices are
    /// grouped and sorted, not findings: moving a finding (a dozen strings) costs more.
    static func groups(_ findings: [Finding]) -> [(department: String, project: String?, findings: [Int])] {
        // Keyed by bytes (`TextKey`): String keys would normalise the Chinese names on every lookup.
        var byKey: [TextKey: Int] = [:]
        var members: [[Int]] = []
        for index in findings.indices {
            let finding = (department: findings[index].department ?? "", project: findings[index].project ?? "")
            let key = TextKey("\(finding.department)\u{1F}\(finding.project)")
            if let group = byKey[key] {
                members[group].append(index)
            } else {
                byKey[key] = members.count
                members.append([index])
            }
        }
        // Each group's findings per severity, counted once (negated: more sorts first).
        let ranked = members.indices.map { group in
            (group: group, counts: Severity.allCases.map { severity in -members[group].lazy.filter { findings[$0].severity == severity }.count })
        }.sorted { a, b in
            a.counts != b.counts ? a.counts.lexicographicallyPrecedes(b.counts) : a.group < b.group
        }
        return ranked.map { item in
            let first = findings[members[item.group][0]]
            let sorted = members[item.group].sorted {
                (findings[$0].severity, findings[$0].source?.line ?? 0) < (findings[$1].severity, findings[$1].source?.line ?? 0)
            }
            return (first.department ?? "", first.project, sorted)
        }
    }

    /// One line of the sheet, top to bottom: text across the whole row, the header, a
    /// numbered finding, or an empty line.
    package enum Line {
        case across(String, CellStyle)
        case header
        case item(Item)
        case blank
    }

    /// The sheet's lines from row 0: what the writer and the benchmark's floor both write.
    package static func lines(county: String, findings: [Finding], period: String) -> [Line] {
        let tally = Severity.allCases.compactMap { severity -> String? in
            let count = findings.filter { $0.severity == severity }.count
            return count == 0 ? nil : "\(severity.rawValue) \(count) 条"
        }
        var lines: [Line] = [
            .across("\(county) 项目支出绩效目标 问题反馈", .title),
            .across("期间：\(period)　　共 \(findings.count) 条" + (tally.isEmpty ? "" : "（\(tally.joined(separator: "，"))）"), .boldText),
            .across("请按原表位置逐条核对并修改，在「县里答复」栏写明处理情况（已改正，或不改的理由），签字盖章后报回财政局。"
                    + "错误须改正；警告请核实；提示供参考。", .wrap(.note)),
            .blank,
            .header,
        ]
        assert(lines.count == headerRow + 1)
        if findings.isEmpty {
            lines.append(.across("本期无问题反馈：本县报送的绩效目标表没有发现问题。", .note))
        }
        var number = 0
        for (index, group) in groups(findings).enumerated() {
            let what = group.project.map { "项目「\($0)」" } ?? "不属于某个项目的问题"
            let department = group.department.isEmpty ? "" : "（\(group.department)）"
            lines.append(.across("\(chineseOrdinal(index + 1))、\(what)\(department)", .wrap(.band)))
            for index in group.findings {
                number += 1
                lines.append(.item(Item(number: number, finding: findings[index])))
            }
        }
        lines.append(.blank)
        lines.append(.across("财政局经办人（签字）：____________　　审核人：____________　　日期：______年____月____日", .text))
        lines.append(.across("县（区）答复单位（盖章）：____________　　联系人：____________　　电话：____________　　日期：______年____月____日", .text))
        return lines
    }

    static func write(county: String, findings: [Finding], period: String, rules: RuleCatalogue,
                      workbook: XLSXWorkbook) throws {
        let spec = spec(rules)
        let sheet = try spec.addSheet(sheetName, to: workbook, headerRow: headerRow)
        let across = 0...(spec.columns.count - 1)
        for (row, line) in lines(county: county, findings: findings, period: period).enumerated() {
            switch line {
            case .across(let text, let style): sheet.merge(row: row, columns: across, text, style)
            case .item(let item): spec.write(item, on: sheet, row: row)
            case .header, .blank: break  // the header is written with the sheet
            }
        }
        sheet.printSetup(title: "\(county) 问题反馈")
        sheet.sizeRows(wrapWidth: spec.maximumWidth)
    }

    /// 一, 二, … 九十九 (group numbers as a Chinese letter numbers them); beyond that, digits.
    static func chineseOrdinal(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch n {
        case 1...9: return digits[n]
        case 10...19: return "十" + digits[n - 10]
        case 20...99: return digits[n / 10] + "十" + digits[n % 10]
        default: return String(n)
        }
    }
}
