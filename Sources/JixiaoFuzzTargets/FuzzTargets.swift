import Foundation
import JixiaoCore

/// What the fuzzers feed: each target takes arbitrary bytes through one reader. Errors are
/// the expected answer to garbage; a crash, a hang, runaway memory, or a document whose rows
/// do not balance (rows read = rows written + rows rejected) is a finding. Every document
/// also goes through the amount checks and the number formatting the writers use, where
/// non-finite values once trapped. The same functions replay saved inputs in the tests
/// (`Tests/Fuzz/regressions/`).
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Text through both layout loaders (as UTF-8, else as GB18030 when it decodes).
    case layouts
    /// Text and CSV decoding (UTF-8, BOM, GB18030, CRLF) then the layouts.
    case csv
    /// Bytes as an .xlsx workbook (ZIP, XML, shared strings, merged cells, formulas), a Word
    /// document or an .xls, read as a run reads a file.
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
                // Every county's part of a file of several counties' forms.
                for document in (try? Loaders.loadAll(text: text, file: "fuzz.txt")) ?? [] { FuzzTarget.check(document) }
            }
        case .csv:
            if let input = try? InputText.extract(data: data, path: "/nonexistent/fuzz.csv", file: "fuzz.csv") {
                FuzzTarget.check(try? Loaders.load(text: input.text, file: "fuzz.csv"))
            }
        case .xlsx:
            // Only ZIP data reaches the workbook and Word readers; the fuzzer keeps the seeds' magic.
            guard [.xlsx, .ods, .docx, .doc].contains(InputFormat.sniff(data)) else { return }
            let path = NSTemporaryDirectory() + "jixiao-fuzz-\(getpid()).xlsx"
            _ = FileManager.default.createFile(atPath: path, contents: data)
            defer { try? FileManager.default.removeItem(atPath: path) }  // nothing left in /tmp per run
            // As a run reads a file: formulas computed, the cells read only in part told, the parts
            // after a form that are not its rejected.
            if let loaded = try? Loaders.read(path: path, displayName: "fuzz.xlsx") {
                for document in loaded.documents { FuzzTarget.check(document) }
            }
        case .forms:
            guard let text = String(data: data, encoding: .utf8), case .success(let rules) = ReadingRules.bundled,
                  let documents = try? TemplateFormLoader.loadAll(text: text, file: "fuzz.txt", countyOverride: nil, rules: rules)
            else { return }
            // The invariant the run relies on: rows read = rows written + rows rejected, in each county's part.
            for document in documents {
                precondition(document.rowsRead == document.rowsWritten + document.rejected.count, "row accounting broken")
            }
        case .pipeline:
            if let text = String(data: data, encoding: .utf8),
               let file = try? PipelineFile.parse(text, path: NSTemporaryDirectory() + "fuzz.yaml") {
                _ = try? Pipeline(file: file)
            }
        }
    }

    /// The invariants every document keeps; a broken one traps, which the fuzzer reports.
    static func check(_ loaded: CountyDocument?) {
        guard var document = loaded else { return }
        guard document.rowsRead == document.rowsWritten + document.rejected.count else {
            fatalError("row accounting: \(document.rowsRead) read ≠ \(document.rowsWritten) written + \(document.rejected.count) rejected")
        }
        AmountChecks().apply(to: &document)
        for project in document.projects {
            if let budget = project.budget {
                guard budget.isFinite, budget >= 0 else { fatalError("an amount the checks let through: \(budget)") }
                _ = fmt(budget)
                _ = formatNumber(budget)
            }
            for indicator in project.indicators {
                if let weight = TextCleaning.number(indicator.weightAsWritten) { _ = formatNumber(weight) }
                // With the vocabulary's words, as normalize reads them (ranges, comparisons in words).
                let value = ValueParser.parse(comparison: indicator.comparisonAsWritten, value: indicator.valueAsWritten,
                                              unit: indicator.unitAsWritten, words: .bundled)
                if let number = value.number {
                    guard number.isFinite else { fatalError("a non-finite indicator value: \(indicator.valueAsWritten)") }
                    _ = formatNumber(number)
                }
                if let upper = value.upper {
                    guard upper.isFinite, let lower = value.number, upper > lower else { fatalError("a range out of order: \(indicator.valueAsWritten)") }
                }
                _ = NameUnit.find(in: indicator.nameAsWritten, words: .bundled)
            }
        }
        for department in document.departments { if let total = department.statedTotal { _ = formatNumber(total) } }
    }
}
