/// Something a format reader could read only in part, told as a finding of the file's forms
/// rather than failing the file: a formula whose result the workbook did not store and jixiao
/// could not compute. `line` is a line of the extracted text, mapped to the file's own place
/// (sheet and row) as the records' lines are.
public struct ReadingProblem: Sendable, Equatable {
    public var line: Int
    public var severity: Severity
    public var rule: String
    public var message: String
}
