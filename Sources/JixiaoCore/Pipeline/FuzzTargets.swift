import Foundation

/// What the fuzzers feed: each target takes arbitrary bytes through one reader. Errors are
/// the expected answer to garbage; only a crash, a hang or runaway memory is a finding.
/// The same functions replay saved inputs in the tests (`Tests/Fuzz/regressions/`).
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Text through both layout loaders (as UTF-8, else as GB18030 when it decodes).
    case layouts
    /// Text and CSV decoding (UTF-8, BOM, GB18030, CRLF) then the layouts.
    case csv
    /// Bytes as an .xlsx workbook (ZIP, XML, shared strings, merged cells) then the layouts.
    case xlsx
    /// A pipeline file through the YAML reader and the stage registry.
    case pipeline
    /// Text straight into the vocabulary-driven form reader (every rendering), checking that
    /// every row it counts is written or rejected.
    case forms

    public func run(_ data: Data) {
        switch self {
        case .layouts:
            if let text = String(data: data, encoding: .utf8) {
                _ = try? Loaders.load(text: text, file: "fuzz.txt")
            }
        case .csv:
            if let input = try? InputText.extract(data: data, path: "/nonexistent/fuzz.csv", file: "fuzz.csv") {
                _ = try? Loaders.load(text: input.text, file: "fuzz.csv")
            }
        case .xlsx:
            // Only ZIP data reaches the workbook and Word readers; the fuzzer keeps the seeds' magic.
            guard [.xlsx, .docx].contains(InputFormat.sniff(data)) else { return }
            let path = NSTemporaryDirectory() + "jixiao-fuzz-\(getpid()).xlsx"
            FileManager.default.createFile(atPath: path, contents: data)
            if let input = try? InputText.extract(data: data, path: path, file: "fuzz.xlsx") {
                _ = try? Loaders.load(text: input.text, file: "fuzz.xlsx")
            }
        case .forms:
            guard let text = String(data: data, encoding: .utf8), case .success(let rules) = ReadingRules.bundled,
                  let document = try? TemplateFormLoader.load(text: text, file: "fuzz.txt", countyOverride: nil, rules: rules)
            else { return }
            // The invariant the run relies on: rows read = rows written + rows rejected.
            precondition(document.rowsRead == document.rowsWritten + document.rejected.count, "row accounting broken")
        case .pipeline:
            if let text = String(data: data, encoding: .utf8),
               let file = try? PipelineFile.parse(text, path: NSTemporaryDirectory() + "fuzz.yaml") {
                _ = try? Pipeline(file: file)
            }
        }
    }
}
