/// What a .doc's paragraph properties say of the paragraph a character ends: in a table,
/// and whether it is a row's end (the table terminating paragraph, `TTP`), which also holds
/// the row's cell edges (`sprmTDefTable`). Read from the paragraph bin table (`PlcBtePapx`)
/// and its 512-byte pages (`PapxFkp`) of paragraph runs, looking in each run's property list
/// (`grpprl`) for `sprmPFInTable`, `sprmPFTtp` and `sprmTDefTable`. A list too long for its
/// page (a row's end with many cells) stands in the Data stream instead (`sprmPHugePapx`).
struct DOCParagraphs {
    enum Kind: Equatable {
        case text, cell, rowEnd
    }

    /// Runs of the WordDocument stream's bytes [start, end) whose paragraphs are in tables,
    /// sorted by start.
    private var runs: [(start: Int, end: Int, kind: Kind, edges: [Int])] = []

    init(document: LittleEndianBytes, table: LittleEndianBytes, data: LittleEndianBytes?, bins: (offset: Int, length: Int)) {
        for run in DOCBinTable.runs(document: document, table: table, bins: bins, entrySize: 13) {
            guard let size = document.u8(run.properties) else { continue }
            // A property list's length in words: a zero byte says the next byte holds it.
            let properties: (from: Int, length: Int)
            if size == 0 {
                guard let words = document.u8(run.properties + 1) else { continue }
                properties = (run.properties + 2, 2 * Int(words))
            } else {
                properties = (run.properties + 1, 2 * Int(size) - 1)
            }
            // The style (two bytes), then the property modifiers, inside the page.
            let (kind, edges) = Self.kind(document, from: properties.from + 2,
                                          to: min(properties.from + properties.length, run.page + 511), data: data)
            if kind != .text { runs.append((run.start, run.end, kind, edges)) }
        }
        runs.sort { $0.start < $1.start }
    }

    /// The kind of the paragraph holding the byte at `fc`, and for a row's end its cells'
    /// edges (in twips from the left margin; one more than the cells), when stated.
    func paragraph(at fc: Int) -> (kind: Kind, edges: [Int]) {
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].start <= fc { low = middle + 1 } else { high = middle }
        }
        guard low > 0, fc < runs[low - 1].end else { return (.text, []) }
        return (runs[low - 1].kind, runs[low - 1].edges)
    }

    static let inTable = 0x2416, tableTerminating = 0x2417, tableDefinition = 0xD608, hugeProperties = 0x6646

    /// What a paragraph's property list says (`DOCSprms`); a list kept in the Data stream is read there.
    static func kind(_ bytes: LittleEndianBytes, from: Int, to: Int, data: LittleEndianBytes?) -> (Kind, [Int]) {
        var kind = Kind.text
        var edges: [Int] = []
        var huge: (Kind, [Int])?
        DOCSprms.walk(bytes, from: from, to: to) { sprm, operand in
            if sprm == hugeProperties, let data, let offset = bytes.u32(operand), let length = data.u16(offset) {
                // The whole list is in the Data stream, after its two-byte length.
                huge = Self.kind(data, from: offset + 2, to: offset + 2 + length, data: nil)
                return false
            }
            if bytes.u8(operand) == 1 {
                if sprm == tableTerminating { kind = .rowEnd }
                if sprm == inTable && kind == .text { kind = .cell }
            }
            if sprm == tableDefinition, let cells = bytes.u8(operand + 2) {
                // The cell count, then each cell's left edge and the last one's right edge (signed).
                edges = (0...Int(cells)).compactMap { bytes.u16(operand + 3 + 2 * $0).map { Int(Int16(truncatingIfNeeded: $0)) } }
            }
            return true
        }
        return huge ?? (kind, edges)
    }
}
