import Foundation

/// `load`: reads every input with the loader its content matches. A file that cannot be
/// read is reported (file and reason) and the run goes on with the others.
public struct LoadStage: Stage {
    public static let name = "load"
    public static let summary = "读取各县文件（按内容识别版式 A/B），逐行记账：写入或拒收。Reads each input with the layout its content matches."
    public static let parameters: [ParameterSpec] = []

    public init(parameters: StageParameters) throws {}

    public func run(_ batch: inout Batch, report: inout StageReport) throws {
        for input in batch.inputs {
            do {
                let document = try Loaders.load(path: input.path, countyOverride: input.county)
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
