import Foundation

/// Finds rows that stand under one project but belong to another: moving the row makes
/// both projects' weights add up to the template total, and its wording shares more with
/// the other project's name. Seed 000's 外事 report row under 综合管理 is the real case.
struct MisplacedRows {
    let target: Double
    let tolerance: Double

    /// One finding per over-weight project: the row with the strongest evidence (longest
    /// run of words shared with the other project's name and not with its own).
    func findings(in document: CountyDocument, stage: String) -> [Finding] {
        var results: [Finding] = []
        let projects = document.projects
        // Each total once: the search below looks at every other project for every row.
        let totals = projects.map(\.weightTotal)
        lazy var shiftedLines = Set(document.findings.filter { RuleID.shiftedRow.contains($0.rule) }
            .compactMap { $0.source?.line })
        // The projects with a total, in order of it: those a row's weight would bring to the target
        // are found by a search (`fitting`), not by looking at every project for every row.
        lazy var byTotal = totals.indices.filter { totals[$0] != nil }.sorted { totals[$0]! < totals[$1]! }
        for (index, project) in projects.enumerated() {
            guard let total = totals[index], total > target + tolerance else { continue }
            var best: (row: Indicator, other: Project, words: [String], score: Int)?
            for row in project.indicators {
                guard let weight = row.weight, abs(total - weight - target) <= tolerance else { continue }
                for otherIndex in fitting(byTotal, totals: totals, weight: weight) where otherIndex != index
                    && projects[otherIndex].department == project.department {
                    let other = projects[otherIndex]
                    let words = sharedWords(row.name, with: other.name, notIn: project.name)
                    let score = words.map(\.count).max() ?? 0
                    if score >= 2, score > best?.score ?? 0 { best = (row, other, words, score) }
                }
            }
            guard let best else { continue }
            let shifted = shiftedLines.contains(best.row.source.line) ? "；该行在原表中还错位了一列" : ""
            results.append(Finding(severity: .warning, rule: RuleID.rowMisplaced,
                message: "第 \(best.row.source.line) 行「\(best.row.name)」写在「\(project.name)」下，使其权重合计为 \(formatNumber(total))；"
                    + "移到「\(best.other.name)」后两个项目的权重合计都是 \(formatNumber(target))，且指标内容提到「\(best.words.joined(separator: "、"))」\(shifted)。"
                    + "这一行很可能属于「\(best.other.name)」。",
                county: document.county, department: project.department.description, project: project.name,
                source: best.row.source, stage: stage))
        }
        return results
    }

    /// The indices, in document order, of the projects whose total `weight` brings within the
    /// tolerance of the target. `total + weight - target` never falls as the total grows, so
    /// they stand together in `byTotal` (indices in order of their totals): a binary search
    /// finds the first.
    func fitting(_ byTotal: [Int], totals: [Double?], weight: Double) -> [Int] {
        func gap(_ k: Int) -> Double { totals[byTotal[k]]! + weight - target }
        var low = 0
        var high = byTotal.count
        while low < high {
            let middle = (low + high) / 2
            if gap(middle) < -tolerance { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        while low < byTotal.count, abs(gap(low)) <= tolerance {
            found.append(byTotal[low])
            low += 1
        }
        return found.sorted()
    }

    /// The longest runs (two characters or more) the row shares with the other project's
    /// name but not with its own: the evidence a clerk can check (`外事工作`).
    func sharedWords(_ row: String, with other: String, notIn own: String) -> [String] {
        let chars = Array(NameDictionary.key(row))
        var found: [String] = []
        var start = 0
        while start < chars.count - 1 {
            var length = 0
            while start + length < chars.count, other.contains(String(chars[start...(start + length)])) { length += 1 }
            if length >= 2 {
                let word = String(chars[start..<(start + length)])
                if !own.contains(word), !found.contains(where: { $0.contains(word) }) { found.append(word) }
                start += length
            } else {
                start += 1
            }
        }
        return found
    }

}
