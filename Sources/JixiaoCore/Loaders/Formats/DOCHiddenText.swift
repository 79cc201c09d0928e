/// Which of a .doc's characters Word does not show: hidden text (`sprmCFVanish`, a template's
/// fill-in notes) and text deleted with changes tracked (`sprmCFRMarkDel`), as the .docx reader
/// leaves out `w:vanish` and `w:del`. Read from the character bin table (`PlcBteChpx`) and its
/// 512-byte pages (`ChpxFkp`) of character runs (`DOCBinTable`).
struct DOCHiddenText {
    /// Runs of the WordDocument stream's bytes [start, end) not shown, sorted by start.
    private var runs: [(start: Int, end: Int)] = []

    static let vanish = 0x083C, deleted = 0x0800

    init(document: LittleEndianBytes, table: LittleEndianBytes, bins: (offset: Int, length: Int)) {
        for run in DOCBinTable.runs(document: document, table: table, bins: bins, entrySize: 1) {
            // A byte of length, then the property modifiers, inside the page.
            guard let size = document.u8(run.properties) else { continue }
            var hidden = false
            DOCSprms.walk(document, from: run.properties + 1, to: min(run.properties + 1 + Int(size), run.page + 511)) { sprm, operand in
                if (sprm == Self.vanish || sprm == Self.deleted) && document.u8(operand) == 1 { hidden = true }
                return !hidden
            }
            if hidden { runs.append((run.start, run.end)) }
        }
        runs.sort { $0.start < $1.start }
    }

    var isEmpty: Bool { runs.isEmpty }

    /// Whether the character whose bytes start at `fc` is not shown.
    func hides(_ fc: Int) -> Bool {
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].start <= fc { low = middle + 1 } else { high = middle }
        }
        return low > 0 && fc < runs[low - 1].end
    }
}
