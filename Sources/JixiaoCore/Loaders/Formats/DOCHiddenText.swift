/// Which of a .doc's characters Word does not show: hidden text (`sprmCFVanish`, a template's
/// fill-in notes) and text deleted with changes tracked (`sprmCFRMarkDel`), as the .docx reader
/// leaves out `w:vanish` and `w:del`. Read from the character bin table (`PlcBteChpx`) and its
/// 512-byte pages (`ChpxFkp`) of character runs.
struct DOCHiddenText {
    /// Runs of the WordDocument stream's bytes [start, end) not shown, sorted by start.
    private var runs: [(start: Int, end: Int)] = []

    static let vanish = 0x083C, deleted = 0x0800

    init(document: LittleEndianBytes, table: LittleEndianBytes, bins: (offset: Int, length: Int)) {
        guard bins.length >= 12, (bins.length - 4) % 8 == 0 else { return }
        let count = (bins.length - 4) / 8
        for bin in 0..<count {
            guard let number = table.u32(bins.offset + 4 * (count + 1) + 4 * bin) else { return }
            let page = (number & 0x3F_FFFF) * 512
            guard let runCount = document.u8(page + 511).map(Int.init) else { continue }
            for run in 0..<runCount {
                // A run's properties: a byte of length, then the list, at twice its offset byte.
                guard let start = document.u32(page + 4 * run), let end = document.u32(page + 4 * (run + 1)),
                      let offset = document.u8(page + 4 * (runCount + 1) + run), offset != 0,
                      let size = document.u8(page + 2 * Int(offset)) else { continue }
                let from = page + 2 * Int(offset) + 1
                var hidden = false
                DOCSprms.walk(document, from: from, to: min(from + Int(size), page + 511)) { sprm, operand in
                    if (sprm == Self.vanish || sprm == Self.deleted) && document.u8(operand) == 1 { hidden = true }
                    return !hidden
                }
                if hidden { runs.append((start, end)) }
            }
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
