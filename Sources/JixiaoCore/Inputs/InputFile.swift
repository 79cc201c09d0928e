import Foundation

/// One input file named by the pipeline or the command line.
public struct InputFile: Codable, Sendable, Hashable {
    public var path: String
    /// The county to file it under, when the content does not say.
    public var county: String?
    /// How reports name the file: its path inside the input folder named (`2023-12/000.txt`);
    /// nil: the file's own name.
    public var displayName: String?

    public init(path: String, county: String? = nil, displayName: String? = nil) {
        self.path = path
        self.county = county
        self.displayName = displayName
    }

    /// How reports and errors name the file.
    var name: String { displayName ?? (path as NSString).lastPathComponent }
}
