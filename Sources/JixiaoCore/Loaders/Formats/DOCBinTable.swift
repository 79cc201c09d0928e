/// A .doc's bin table of formatted runs (`PlcBtePapx` for paragraphs, `PlcBteChpx` for
/// characters): 512-byte pages of the WordDocument stream, each listing runs of its bytes and,
/// per run, where in the page the run's properties stand (a byte of offset in words; 0: none).
enum DOCBinTable {
    /// Every run with properties: its bytes [start, end) and where its properties start.
    /// `entrySize` is the size of a run's entry after the page's offsets (13 for paragraphs,
    /// which add a height cache; 1 for characters).
    static func runs(document: LittleEndianBytes, table: LittleEndianBytes, bins: (offset: Int, length: Int),
                     entrySize: Int) -> [(start: Int, end: Int, properties: Int, page: Int)] {
        guard bins.length >= 12, (bins.length - 4) % 8 == 0 else { return [] }
        let count = (bins.length - 4) / 8
        var runs: [(start: Int, end: Int, properties: Int, page: Int)] = []
        for bin in 0..<count {
            guard let number = table.u32(bins.offset + 4 * (count + 1) + 4 * bin) else { break }
            let page = (number & 0x3F_FFFF) * 512
            guard let runCount = document.u8(page + 511).map(Int.init) else { continue }
            for run in 0..<runCount {
                guard let start = document.u32(page + 4 * run), let end = document.u32(page + 4 * (run + 1)),
                      let offset = document.u8(page + 4 * (runCount + 1) + entrySize * run), offset != 0 else { continue }
                runs.append((start, end, page + 2 * Int(offset), page))
            }
        }
        return runs
    }
}
