import Foundation

/// `load`: reads every input with the loader its content matches. A file that cannot be
/// read is reported (file and reason) and the run goes on with the others.
public struct LoadStage: FileStage {
    public static let name = "load"
    public static let summary = "读取各县文件（按内容识别版式：A、B 两种样例版式，其余模板按 Data 里的表单词汇读取），逐行记账：写入或拒收。Reads each input with the layout its content matches; other templates by the form vocabulary."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("data", .path, default: "../Data",
                      "表单词汇、指标框架和县名表所在的文件夹 (vocabulary.yaml, vocabulary/*.yaml, framework.yaml, divisions/): the words other templates are read by"),
        ParameterSpec("max_amount", .number, default: "\(Int(AmountChecks.defaultMaximum))",
                      "金额上限（万元）：更大的预算数、部门合计不可信，不计入合计并报错误 (amounts above this many 万元 are left out, with an error)"),
        ParameterSpec("yuan_suspect_at", .number, default: "\(Int(AmountChecks.defaultYuanSuspectAt))",
                      "按万元读入的金额达到此数（万元）时提示可能是以元为单位 (amounts this large in a 万元 file are flagged as probably 元)"),
        ParameterSpec("max_file_mb", .number, default: "\(LoadStage.defaultMaxFileMB)",
                      "单个输入文件的大小上限（MB）：更大的文件不读取并报错，以免耗尽内存 (larger files are refused with an error, not read)"),
        ParameterSpec("resubmission", .string, default: ResubmissionPolicy.newest.rawValue,
                      choices: ResubmissionPolicy.allCases.map(\.rawValue),
                      "同一项目出现在两个文件时计入哪一份：newest（修改时间较新）、first（先列出）、error（先列出，并报失败）(which file counts when a project is in two files)"),
    ]

    /// The words the generic reader knows templates by.
    let rules: ReadingRules?
    let amounts: AmountChecks
    let resubmission: ResubmissionPolicy
    /// Files larger than this are refused before they are read (memory stays bounded).
    let maxFileBytes: Int
    public static let defaultMaxFileMB = 50

    public init(parameters: StageParameters) throws {
        // A pipeline outside this repository that names no folder uses the bundled one.
        rules = try ReadingRules.dataFolder(named: parameters).map { try ReadingRules(dataDirectory: $0) }
        amounts = AmountChecks(maximum: try parameters.number("max_amount"),
                               yuanSuspectAt: try parameters.number("yuan_suspect_at"))
        // The spec lists the policies as the parameter's choices, so this is one of them.
        resubmission = ResubmissionPolicy(rawValue: try parameters.text("resubmission"))!
        let megabytes = try parameters.number("max_file_mb")
        maxFileBytes = megabytes * 1_048_576 >= Double(Int.max) ? Int.max : Int(megabytes * 1_048_576)
    }

    /// Reads the file; a file that cannot be read is a failure of that file, and the run goes on.
    public func run(file: inout FileWork, report: inout StageReport) throws {
        let input = file.input
        if let reason = ReadIsolation.shared.skipped[input.path] {
            file.failures.append(LoadError(file: input.name, message: reason))
            return
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: input.path))?[.size] as? Int, size > maxFileBytes {
            file.failures.append(LoadError(file: input.name, message: String(format: "文件有 %.1f MB，超过上限 %.1f MB（流水线 load 的参数 max_file_mb），未读取；请拆分后再送，或提高上限 (file larger than max_file_mb: refused, not read)",
                                                                   Double(size) / 1_048_576, Double(maxFileBytes) / 1_048_576)))
            return
        }
        do {
            let loaded = try ReadIsolation.shared.reading(input.path) {
                try Loaders.read(path: input.path, displayName: input.displayName, countyOverride: input.county, rules: rules)
            }
            let modified = (try? FileManager.default.attributesOfItem(atPath: input.path))?[.modificationDate] as? Date
            // Most files are one county's; one of several counties' forms is a document per county.
            for var document in loaded.documents {
                amounts.apply(to: &document)
                document.modified = modified
                report.rowsIn += document.rowsRead
                report.rowsOut += document.rowsWritten
                report.rowsRejected += document.rejected.count
                report.findings += document.findings.count
                file.findings += document.findings
                file.documents.append(document)
            }
            file.fingerprint = ContentFingerprint(file.documents)
        } catch let error as LoadError where error.notAForm {
            // A cover letter or a README beside the forms: listed, not failed.
            file.skipped.append(SkippedFile(file: error.file, reason: error.message))
        } catch let error as LoadError {
            file.failures.append(error)
        }
    }
}

extension LoadStage: CountyStage {
    /// Counts each project of a county's files once (see `Submissions.swift`, `SummaryForms.swift`);
    /// the failures of the `error` policy are the county's.
    public func run(county: inout CountyWork, report: inout StageReport) throws {
        county.failures += Resubmissions.resolve(&county, policy: resubmission)
        // A department's summary form beside its projects: its budget counted once.
        let vocabulary = (rules ?? (try? ReadingRules.bundled.get()))?.vocabulary
        SummaryForms.resolve(&county, words: vocabulary?.summaryProjectWords ?? [])
    }
}

extension LoadStage: RunStage {
    /// How many files were read, could not be read, or were left out.
    public func finish(run: inout RunResult, report: inout StageReport) throws {
        report.notes = ["\(run.filesRead) 个文件已读取，\(run.inputs.count - run.filesRead - run.filesNotForms + run.filesRefused) 个无法读取"
            + (run.skippedFiles.isEmpty ? "" : "，\(run.skippedFiles.count) 个已跳过（锁文件、隐藏文件、不是表单的文件等）")]
    }
}
