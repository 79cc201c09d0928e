/// Where a record came from: the input file and the 1-based line in it.
/// Every project, indicator, finding and rejected row carries one, so a clerk can go back
/// to the county's original form.
public struct SourceRef: Codable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
