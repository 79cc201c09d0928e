import Foundation

/// Everything the generic readers know about forms, loaded once from `Data/`: the form
/// vocabulary, the indicator framework's labels and the character fold.
public struct ReadingRules: Sendable {
    public let vocabulary: FormVocabulary
    public let framework: Framework
    /// China's county- and prefecture-level divisions, for the county a form belongs to.
    public let divisions: Divisions?
    /// The layouts reported by name (`layouts.yaml`): which tables are Layout A.
    public var layouts: NamedLayouts?

    public init(vocabularyPaths: [String], frameworkPath: String, traditionalPath: String,
                divisionsDirectory: String? = nil) throws {
        let fold: ChineseFold
        if FileManager.default.fileExists(atPath: traditionalPath) {
            fold = try ChineseFold(traditionalFile: URL(fileURLWithPath: traditionalPath))
        } else {
            fold = ChineseFold(pairs: [])
        }
        framework = try Framework.load(path: frameworkPath)
        vocabulary = try FormVocabulary(paths: vocabularyPaths, framework: framework, fold: fold)
        if let divisionsDirectory {
            let folder = URL(fileURLWithPath: divisionsDirectory)
            divisions = try Divisions(countiesFile: folder.appendingPathComponent("counties.tsv"),
                                      prefecturesFile: folder.appendingPathComponent("prefectures.tsv"), fold: fold)
        } else {
            divisions = nil
        }
    }

    /// The rules in a `Data/` folder laid out as in this repository: `vocabulary.yaml` and
    /// any additions in `vocabulary/*.yaml` (a province's own templates), `framework.yaml`,
    /// `traditional-chars.tsv` and `divisions/`.
    public init(dataDirectory: String) throws {
        let path = { (name: String) in (dataDirectory as NSString).appendingPathComponent(name) }
        try self.init(vocabularyPaths: Self.vocabularyPaths(in: dataDirectory), frameworkPath: path("framework.yaml"),
                      traditionalPath: path("traditional-chars.tsv"), divisionsDirectory: path("divisions"))
        if FileManager.default.fileExists(atPath: path("layouts.yaml")) {
            layouts = try NamedLayouts(path: path("layouts.yaml"))
        }
    }

    /// A `Data/` folder's vocabulary files: `vocabulary.yaml`, then `vocabulary/*.yaml` by name.
    static func vocabularyPaths(in dataDirectory: String) -> [String] {
        let path = { (name: String) in (dataDirectory as NSString).appendingPathComponent(name) }
        let additions = ((try? FileManager.default.contentsOfDirectory(atPath: path("vocabulary"))) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { path("vocabulary/" + $0) }
        return [path("vocabulary.yaml")] + additions
    }

    /// The `data` folder a stage's parameters name (default `../Data`) when it holds a
    /// `vocabulary.yaml`; nil when it does not and the pipeline left the default (a pipeline
    /// outside this repository: the bundled folder serves); an error when the pipeline named it.
    static func dataFolder(named parameters: StageParameters) throws -> String? {
        if let folder = parameters.path("data"), FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("vocabulary.yaml")) {
            return folder
        }
        if parameters.values["data"] != nil {
            throw PipelineError(file: parameters.file, line: parameters.values["data"]?.line,
                                message: "stage \(parameters.stage): 'data' names \(parameters.path("data") ?? ""), which holds no vocabulary.yaml")
        }
        return nil
    }

    /// The `Data/` folder when nobody names one: `$JIXIAO_DATA`, else the first `Data/`
    /// holding `vocabulary.yaml` above the working directory or the executable.
    public static func defaultDataDirectory() -> String? {
        if let env = ProcessInfo.processInfo.environment["JIXIAO_DATA"], !env.isEmpty { return env }
        let starts = [FileManager.default.currentDirectoryPath,
                      (CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }) ?? ""]
        for start in starts where !start.isEmpty {
            var url = URL(fileURLWithPath: start)
            for _ in 0..<8 {
                let candidate = url.appendingPathComponent("Data")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("vocabulary.yaml").path) {
                    return candidate.path
                }
                url.deleteLastPathComponent()
            }
        }
        return nil
    }

    /// Loaded once per process from the default folder; nil (with the reason) when it is missing.
    public static let bundled: Result<ReadingRules, Error> = {
        guard let directory = defaultDataDirectory() else {
            return .failure(PipelineError(file: "Data/vocabulary.yaml", line: nil,
                message: "表单词汇文件未找到 (vocabulary not found): set JIXIAO_DATA to the Data folder"))
        }
        return Result { try ReadingRules(dataDirectory: directory) }
    }()
}
