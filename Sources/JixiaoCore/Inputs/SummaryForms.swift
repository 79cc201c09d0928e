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
        for key in order {
            guard let places = departments[key] else { continue }
            // The largest budget first: a summary is the largest of its department's.
            let ranked = places.sorted { budget(county, $0) > budget(county, $1) }
            var summaries: Set<Place> = []
            for place in ranked {
                let project = county.documents[place.document].projects[place.project]
                let others = places.filter { $0 != place && !summaries.contains($0) }
                let sum = roundMoney(others.reduce(0) { $0 + budget(county, $1) })
                let adds = others.count >= 2 && abs(sum - budget(county, place)) <= tolerance
                let word = words.first { project.name.contains($0) }
                guard adds || word != nil else { continue }
                let document = county.documents[place.document]
                let message: String
                if adds, let word {
                    summaries.insert(place)
                    county.documents[place.document].projects[place.project].kind = .summary
                    message = "项目「\(project.name)」是汇总表（名称写着「\(word)」，预算 \(fmt(budget(county, place))) 万元等于同部门其余 \(others.count) 个项目之和）：只计入各项目，汇总表不重复计入"
                } else if let word {
                    message = "项目「\(project.name)」的名称写着「\(word)」，像是汇总表，但预算 \(fmt(budget(county, place))) 万元不等于同部门其余项目之和（\(fmt(sum)) 万元）：照常计入，请核对是否与各项目重复"
                } else {
                    message = "项目「\(project.name)」的预算 \(fmt(budget(county, place))) 万元正好等于同部门其余 \(others.count) 个项目之和：如果它是这些项目的汇总表，预算计入了两次，请核对"
                }
                county.findings.append(Finding(severity: .warning, rule: RuleID.projectSummary, message: message,
                    county: document.county, department: key, project: project.name, source: project.source, stage: LoadStage.name))
            }
        }
    }

    private static func budget(_ county: CountyWork, _ place: Place) -> Double {
        county.documents[place.document].projects[place.project].budget ?? 0
    }
}
