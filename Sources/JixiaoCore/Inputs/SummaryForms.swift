import Foundation

/// A department's summary form beside the forms it sums (a town's 汇总项目库 with its 229.66 万元
/// next to each of its projects): counted with them, its budget would count twice. A project is
/// its department's summary when its name holds one of `summary_project_words` (Data/vocabulary.yaml)
/// and its budget is the sum of two or more other projects of its department in the county's
/// files: it stays in the workbook as 汇总表, its budget not counted again. Either sign alone is
/// only a warning: a name may say 汇总 of a project that is one, and round budgets may add up.
enum SummaryForms {
    /// How far apart a summary's budget and its projects' sum may be, in 万元.
    static let tolerance = 0.005

    /// A project of the county's documents.
    struct Place: Hashable { var document: Int; var project: Int }

    static func resolve(_ county: inout CountyWork, words: [String]) {
        // The county's projects with a budget, by department, in input order.
        var departments: [String: [Place]] = [:]
        var order: [String] = []
        for (d, document) in county.documents.enumerated() where document.duplicateOf == nil && document.county == county.county {
            for (p, project) in document.projects.enumerated() where project.kind == .project && project.budget != nil {
                let key = project.department.description
                if departments[key] == nil { order.append(key) }
                departments[key, default: []].append(Place(document: d, project: p))
            }
        }
        // Most names hold none of the words' first characters: told without a search.
        let firsts = Set(words.compactMap(\.unicodeScalars.first))
        for key in order {
            guard let places = departments[key] else { continue }
            let budgets = places.map { county.documents[$0.document].projects[$0.project].budget ?? 0 }
            // The others' sum is the department's total less the project (and any summary found).
            var total = budgets.reduce(0, +), counted = places.count
            // The largest budget first: a summary is the largest of its department's.
            for k in budgets.indices.sorted(by: { budgets[$0] > budgets[$1] }) {
                let place = places[k]
                let project = county.documents[place.document].projects[place.project]
                let sum = roundMoney(total - budgets[k])
                let adds = counted - 1 >= 2 && abs(sum - budgets[k]) <= tolerance
                let word = project.name.unicodeScalars.contains(where: firsts.contains) ? words.first(where: project.name.containsText) : nil
                guard adds || word != nil else { continue }
                let message: String
                if adds, let word {
                    county.documents[place.document].projects[place.project].kind = .summary
                    message = "项目「\(project.name)」是汇总表（名称写着「\(word)」，预算 \(fmt(budgets[k])) 万元等于同部门其余 \(counted - 1) 个项目之和）：只计入各项目，汇总表不重复计入"
                    total -= budgets[k]
                    counted -= 1
                } else if let word {
                    message = "项目「\(project.name)」的名称写着「\(word)」，像是汇总表，但预算 \(fmt(budgets[k])) 万元不等于同部门其余项目之和（\(fmt(sum)) 万元）：照常计入，请核对是否与各项目重复"
                } else {
                    message = "项目「\(project.name)」的预算 \(fmt(budgets[k])) 万元正好等于同部门其余 \(counted - 1) 个项目之和：如果它是这些项目的汇总表，预算计入了两次，请核对"
                }
                county.findings.append(Finding(severity: .warning, rule: RuleID.projectSummary, message: message,
                    county: county.documents[place.document].county, department: key, project: project.name,
                    source: project.source, stage: LoadStage.name))
            }
        }
    }
}
