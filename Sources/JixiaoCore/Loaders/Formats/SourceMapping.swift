import Foundation

extension CountyDocument {
    /// Points every source reference of the document somewhere else: from a line of the
    /// extracted text to the sheet and row, or page and line, of the original file.
    mutating func mapSources(_ map: (SourceRef) -> SourceRef) {
        for index in departments.indices { departments[index].source = map(departments[index].source) }
        for index in projects.indices {
            projects[index].source = map(projects[index].source)
            for item in projects[index].indicators.indices {
                projects[index].indicators[item].source = map(projects[index].indicators[item].source)
            }
        }
        for index in rejected.indices { rejected[index].source = map(rejected[index].source) }
        for index in findings.indices { findings[index].source = findings[index].source.map(map) }
    }
}
