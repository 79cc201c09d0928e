import Foundation

/// A workbook's sheets, and a document's tables and the text between them, are read one after
/// another, so that a form whose table runs on over a sheet or table of its own (a PDF converted
/// to a sheet a page, the indicators in a second table under their header) reads whole. A later
/// part that does not go on with a table, its first five rows holding no indicator label,
/// column title, key or title and its first row of cells no value (a table of funds), is not the form's: its
/// rows read as indicators of a form begun in an earlier part are rejected, each with the
/// reason, and the part said in a warning.
struct PartContinuation {
    /// The formats whose parts are sheets, or tables and paragraphs as their writer made them (a
    /// web page's tables are often one table cut in pieces; a PDF's pages and a text's lines go on
    /// freely).
    static let formats: Set<InputFormat> = [.xlsx, .xls, .ods, .docx, .doc]
    let vocabulary: FormVocabulary

    /// The parts of `input` after its first whose first row does not go on with a table, as
    /// ranges of the extracted text's lines.
    func partsNotContinuing(_ input: ExtractedText) -> [(name: String, lines: ClosedRange<Int>, firstRow: String)] {
        guard Self.formats.contains(input.format), input.parts.count > 1 else { return [] }
        return partsNotContinuing(input, lines: input.text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    private func partsNotContinuing(_ input: ExtractedText, lines: [Substring]) -> [(name: String, lines: ClosedRange<Int>, firstRow: String)] {
        let shape = ValueShape(vocabulary: vocabulary)
        var found: [(name: String, lines: ClosedRange<Int>, firstRow: String)] = []
        for part in input.parts.dropFirst() where part.lineCount > 0 {
            let range = part.firstLine...(part.firstLine + part.lineCount - 1)
            let rows = range.lazy.filter { $0 <= lines.count && !lines[$0 - 1].allSatisfy { $0 == "\t" || $0 == " " } }
            func cells(_ line: Int) -> [[Unicode.Scalar]] {
                lines[line - 1].split(separator: "\t").map { FormCells.compactScalars(String($0)) }.filter { !$0.isEmpty }
            }
            // Judged by its opening rows: a word of the forms' structure in any of its first five (a
            // caption, a year and a unit may stand over the header), or a value in its first row of
            // two or more cells among the first three (a cell the page break cut, its rest alone atop
            // the next page, does not judge it; a table of funds' amounts under its own header is no
            // indicator).
            guard let top = rows.first else { continue }
            let opening = Array(rows.prefix(5))
            let first = opening.prefix(3).first { cells($0).count >= 2 } ?? top
            let firstCells = cells(first)
            let structured = opening.contains { line in
                cells(line).contains { cell in
                    switch vocabulary.role(ofCell: cell)?.role {
                    // A key or a title goes on with the form's header or opens a form of its own.
                    case .label?, .column?, .tableLabel?, .key?, .title?: true
                    default: false
                    }
                }
            }
            let goesOn = structured || (firstCells.count >= 2 && firstCells.contains(where: shape.isValue))
            if !goesOn {
                let shown = lines[first - 1].split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                found.append((part.name, range, shown.joined(separator: " | ")))
            }
        }
        return found
    }

    /// A part as a clerk finds it: a workbook's sheet, a document's table or the text after one.
    static func place(_ name: String, in format: InputFormat) -> String {
        switch format {
        case .xlsx, .xls, .ods: "工作表「\(name)」"
        default: "「\(name)」（\(name.hasPrefix("表") && !name.hasSuffix("后") ? "文档中的表格" : "文档中表格之外的文字")）"
        }
    }

    /// Moves the indicators of `documents` that stand in a part of `input` not continuing a
    /// table, and belong to a form begun in another part, to the rejected rows.
    func rejectRowsOfOtherParts(in documents: inout [CountyDocument], input: ExtractedText, file: String) {
        guard Self.formats.contains(input.format), input.parts.count > 1 else { return }
        let lines = input.text.split(separator: "\n", omittingEmptySubsequences: false)
        let parts = partsNotContinuing(input, lines: lines)
        guard !parts.isEmpty else { return }
        for d in documents.indices {
            for p in documents[d].projects.indices {
                let project = documents[d].projects[p]
                for part in parts where !part.lines.contains(project.source.line) {
                    let outside = project.indicators.filter { part.lines.contains($0.source.line) }
                    guard !outside.isEmpty else { continue }
                    let place = Self.place(part.name, in: input.format)
                    let reason = "\(place)不是指标表的接续（首行「\(part.firstRow)」不是指标、指标层级或表头），其中的行不算作表单「\(project.name)」的指标 (a sheet or table that does not continue the form's table)"
                    for indicator in outside {
                        let text = indicator.source.line <= lines.count ? String(lines[indicator.source.line - 1]) : indicator.name
                        documents[d].rejected.append(RejectedRow(source: SourceRef(file: file, line: indicator.source.line), text: text, reason: reason))
                    }
                    documents[d].projects[p].indicators.removeAll { part.lines.contains($0.source.line) }
                    documents[d].rowsWritten -= outside.count
                    // What was said of those rows as indicators (no value, a label missing) is moot.
                    documents[d].findings.removeAll { $0.project == project.name && $0.source.map { part.lines.contains($0.line) } == true }
                    documents[d].findings.append(Finding(
                        severity: .warning, rule: RuleID.rowsOtherPart,
                        message: "\(place)的 \(outside.count) 行接在表单「\(project.name)」的指标表之后读到，但它的首行「\(part.firstRow)」不是指标表的接续：这些行列入拒收行，没有算作指标",
                        county: documents[d].county, department: project.department.description, project: project.name,
                        source: SourceRef(file: file, line: outside[0].source.line), stage: "load"))
                }
            }
        }
    }
}
