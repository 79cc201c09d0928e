/// A .doc's main text, character by character, into paragraphs and tables (`FlowDocument`):
/// a paragraph mark (U+000D) ends a line, or a paragraph inside a cell; a cell mark (U+0007)
/// ends a cell, or a row where the paragraph is a row's end (`DOCParagraphs`). Field codes
/// (between U+0013 and U+0014) are left out and their results (up to U+0015) kept; a line
/// break (U+000B) is a space, as `DOCXReader` has `w:br`; other controls (pictures, anchors)
/// are no text.
/// A table's rows are kept until it ends: a row of wider (merged) cells has fewer of them,
/// and each cell is placed on the columns the edges of all the table's rows make, spanning
/// those between its own edges, as Word draws it.
struct DOCTextFlow {
    /// The paragraph being read, as UTF-16 (a surrogate pair may span two pieces).
    private var paragraph: [UInt16] = []
    /// The current cell's finished paragraphs, the current row's finished cells.
    private var cell: [String] = []
    private var row: [String] = []
    /// The open table's rows, with their cells' edges when the row end stated them.
    private var rows: [(cells: [String], edges: [Int])] = []
    /// Open fields, innermost last: true while in the field's code.
    private var fields: [Bool] = []
    /// Edges closer than this (in twips, 1/1440 inch: about 1 mm) are one column edge.
    static let edgeTolerance = 60

    mutating func take(_ unit: UInt16, paragraph kind: (kind: DOCParagraphs.Kind, edges: [Int]), into flow: inout FlowDocument) {
        switch unit {
        case 0x13: fields.append(true); return
        case 0x14: if !fields.isEmpty { fields[fields.count - 1] = false }; return
        case 0x15: _ = fields.popLast(); return
        default: break
        }
        // A mark ends its paragraph even inside a field; other characters of a field's code are not shown.
        if fields.contains(true) && unit != 0x0D && unit != 0x07 { return }
        switch unit {
        case 0x0D, 0x0C:
            let text = String(decoding: paragraph, as: UTF16.self)
            paragraph = []
            if kind.kind == .text {
                closeTable(into: &flow)
                flow.addLine(text)
            } else {
                cell.append(text)
            }
        case 0x07:
            let text = String(decoding: paragraph, as: UTF16.self)
            paragraph = []
            if kind.kind == .rowEnd {
                rows.append((row, kind.edges))
                row = []
            } else {
                row.append((cell + [text]).joined(separator: "\n").trimmingCharacters(in: .whitespaces))
            }
            cell = []
        case 0x09: paragraph.append(0x09)
        case 0x0B, 0xA0: paragraph.append(0x20)
        case 0x1E: paragraph.append(0x2D)  // a non-breaking hyphen
        case 0..<0x20: break
        default: paragraph.append(unit)
        }
    }

    mutating func finish(into flow: inout FlowDocument) {
        if !row.isEmpty { rows.append((row, [])) }
        row = []
        if !paragraph.isEmpty || !cell.isEmpty {
            closeTable(into: &flow)
            for text in cell + [String(decoding: paragraph, as: UTF16.self)] { flow.addLine(text) }
            paragraph = []
            cell = []
        }
        closeTable(into: &flow)
    }

    private mutating func closeTable(into flow: inout FlowDocument) {
        if !row.isEmpty { rows.append((row, [])) }
        row = []
        guard !rows.isEmpty else { return }
        // The table's column edges: every row's, those within the tolerance taken as one.
        var columns: [Int] = []
        for edge in rows.flatMap(\.edges).sorted() where columns.last.map({ edge - $0 > Self.edgeTolerance }) ?? true {
            columns.append(edge)
        }
        func column(of edge: Int) -> Int {
            columns.indices.min { abs(columns[$0] - edge) < abs(columns[$1] - edge) } ?? 0
        }
        var layout = TableLayout(name: "表", rowCount: rows.count)
        for (cells, edges) in rows {
            layout.startRow()
            guard edges.count == cells.count + 1, !cells.isEmpty else {
                for text in cells { layout.place(text) }
                continue
            }
            layout.skip(column(of: edges[0]))
            for (i, text) in cells.enumerated() {
                layout.place(text, columns: max(column(of: edges[i + 1]) - column(of: edges[i]), 1))
            }
        }
        flow.addTable(layout.finished())
        rows = []
    }
}
