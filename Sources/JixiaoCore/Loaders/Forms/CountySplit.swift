import Foundation

/// A file whose forms belong to two or more counties (a workbook with a sheet per county,
/// two counties' forms in one PDF) read as one document per county, so each county's money
/// is added up under its own name. A form's county is the one its own units name (主管部门,
/// 实施单位); a form whose units name none stays with the file's county.
enum CountySplit {
    /// The document's projects moved to one document per county, the file's own county first;
    /// nil when they are all one county's, or when the rows are not counted form by form
    /// (a department's project table), where moving a project could not move its rows exactly.
    static func split(_ document: CountyDocument, projectCounties: [String?]) -> [CountyDocument]? {
        precondition(projectCounties.count == document.projects.count)
        // A form counts one row per indicator, or one for a form without any (`FormReader`).
        let formRows = document.projects.map { max(1, $0.indicators.count) }
        guard document.rowsWritten == formRows.reduce(0, +) else { return nil }
        var counties: [String] = []
        for county in projectCounties.compactMap({ $0 }) where county != document.county && !counties.contains(county) {
            counties.append(county)
        }
        guard !counties.isEmpty else { return nil }

        var main = document
        main.projects = []
        main.departments = []
        main.rowsRead -= document.rowsWritten
        main.rowsWritten = 0
        var parts = counties.map { county -> CountyDocument in
            var part = CountyDocument(file: document.file, layout: document.layout, county: county, moneyUnit: document.moneyUnit)
            part.moneyUnitStated = document.moneyUnitStated
            part.countyLevel = .county
            part.rendering = document.rendering
            return part
        }
        func take(_ index: Int, into part: inout CountyDocument) {
            let project = document.projects[index]
            part.projects.append(project)
            part.rowsRead += formRows[index]
            part.rowsWritten += formRows[index]
            for department in document.departments where department.org == project.department && !part.departments.contains(department) {
                part.departments.append(department)
            }
        }
        for index in document.projects.indices {
            if let county = projectCounties[index], let at = counties.firstIndex(of: county) {
                take(index, into: &parts[at])
            } else {
                take(index, into: &main)
            }
        }
        // A department no project names (a stated total alone) stays with the file's county.
        for department in document.departments where !(([main] + parts).contains { $0.departments.contains(department) }) {
            main.departments.append(department)
        }
        // A finding about a project goes with it; the file's own stay with the file's county.
        main.findings = []
        for var finding in document.findings {
            let owner = parts.firstIndex { part in
                part.projects.contains { ($0.name == finding.project || $0.nameAsWritten == finding.project)
                    && $0.department.description == finding.department }
            }
            if let owner {
                finding.county = parts[owner].county
                parts[owner].findings.append(finding)
            } else {
                main.findings.append(finding)
            }
        }
        return [main] + parts
    }
}
