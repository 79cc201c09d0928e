import Foundation

/// `load`: reads every input with the loader its content matches. A file that cannot be
/// read is reported (file and reason) and the run goes on with the others.
public struct LoadStage: Stage {
    public static let name = "load"
    public static let summary = "读取各县文件（按内容识别版式：A、B 两种样例版式，其余模板按 Data 里的表单词汇读取），逐行记账：写入或拒收。Reads each input with the layout its content matches; other templates by the form vocabulary."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("data", .path, default: "../Data",
                      "表单词汇、指标框架和县名表所在的文件夹 (vocabulary.yaml, vocabulary/*.yaml, framework.yaml, divisions/): the words other templates are read by"),
    ]

    /// The words the generic reader knows templates by.
    let rules: ReadingRules?

    public init(parameters: StageParameters) throws {
        // A pipeline outside this repository that names no folder uses the bundled one.
        if let folder = parameters.path("data"), FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("vocabulary.yaml")) {
            rules = try ReadingRules(dataDirectory: folder)
        } else if parameters.values["data"] != nil {
            throw PipelineError(file: parameters.file, line: parameters.values["data"]?.line,
                                message: "stage load: 'data' names \(parameters.path("data") ?? ""), which holds no vocabulary.yaml")
        } else {
            rules = nil
        }
    }

    public func run(_ batch: inout Batch, report: inout StageReport) throws {
        for input in batch.inputs {
            do {
                let document = try Loaders.load(path: input.path, countyOverride: input.county, rules: rules)
                report.rowsIn += document.rowsRead
                report.rowsOut += document.rowsWritten
                report.rowsRejected += document.rejected.count
                report.findings += document.findings.count
                batch.findings += document.findings
                batch.documents.append(document)
            } catch let error as LoadError {
                batch.failures.append(error)
                report.notes.append(error.description)
            }
        }
    }
}
