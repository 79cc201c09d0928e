import Foundation

/// Reads a Word 97–2003 document (.doc, told by its contents, not its extension) as
/// [MS-DOC] describes it: libgsf takes the WordDocument and table streams out of the compound
/// file; the piece table (`Clx`) gives the main text's characters (UTF-16, or 8-bit where
/// Word compressed them), and the paragraph properties (`PlcBtePapx`) tell which cell mark
/// (U+0007) ends a table row (`sprmPFTtp`) rather than a cell. Paragraphs become lines and
/// tables grids, as `DOCXReader` makes them, so a form reads the same from either. Field codes,
/// hidden and deleted text (`DOCHiddenText`) are left out; pictures and other anchors are no text.
/// wvWare (libwv), the C library for the format, keeps global state (one document at a time,
/// and jixiao reads two at once) and has not been released since 2014; the few structures
/// needed here are read with every offset checked, so damaged input is an error, never a trap.
struct DOCReader {
    let data: Data
    let file: String

    /// More characters than a form could hold: a damaged count, refused before any work.
    static let maxCharacters = 50_000_000

    func fail(_ reason: String) -> LoadError {
        LoadError(file: file, message: "Word 97-2003 文档无法读取 (\(reason)): expected an intact .doc document; or save it as .docx")
    }

    func extract() throws -> ExtractedText {
        let streams = CompoundFile.streams(in: data, named: [["WordDocument"], ["0Table"], ["1Table"], ["Data"]])
        guard let word = streams[0] else { throw fail("no WordDocument stream in the compound file") }
        let document = LittleEndianBytes(word)
        guard document.u16(0) == 0xA5EC, let nFib = document.u16(2), let flags = document.u16(0x0A) else {
            throw fail("the WordDocument stream does not start with a Word file header")
        }
        guard nFib >= 0x00C0 else { throw fail("Word 6.0/95 format (nFib \(nFib)), older than Word 97") }
        guard flags & 0x0100 == 0, flags & 0x8000 == 0 else { throw fail("the document is encrypted (password-protected)") }
        guard let table = streams[flags & 0x0200 != 0 ? 2 : 1] else { throw fail("its table stream is missing") }
        let fib = try FIB(document, fail: fail)
        let pieces = try Self.pieces(LittleEndianBytes(table), fib: fib, fail: fail)
        let paragraphs = DOCParagraphs(document: document, table: LittleEndianBytes(table),
                                       data: streams[3].map(LittleEndianBytes.init), bins: fib.paragraphBins)
        let hidden = DOCHiddenText(document: document, table: LittleEndianBytes(table), bins: fib.characterBins)
        var flow = FlowDocument()
        var reader = DOCTextFlow()
        var remaining = fib.textCharacters  // the main text's; the pieces go on with footnotes and headers
        for piece in pieces where remaining > 0 {
            let count = min(piece.count, remaining)
            remaining -= count
            for k in 0..<count {
                let fc = piece.compressed ? piece.fc + k : piece.fc + 2 * k
                guard let unit = piece.compressed ? document.u8(fc).map({ Self.windows1252($0) }) : document.u16(fc).map({ UInt16($0) }) else {
                    throw fail("text beyond the end of the WordDocument stream")
                }
                // Marks stay, hidden or not: they carry the tables' structure.
                if !hidden.isEmpty, unit != 0x0D, unit != 0x07, hidden.hides(fc) { continue }
                reader.take(unit, paragraph: unit == 0x07 || unit == 0x0D ? paragraphs.paragraph(at: fc) : (.text, []), into: &flow)
            }
        }
        reader.finish(into: &flow)
        guard !flow.isEmpty else { throw fail("no text in the document") }
        return flow.extracted(format: .doc, details: ["Word 97-2003 (nFib \(nFib))"])
    }

    /// The offsets the reader needs from the File Information Block.
    struct FIB {
        /// Characters of the main document (footnotes, headers and the rest follow them).
        var textCharacters: Int
        var clx: (offset: Int, length: Int)
        var paragraphBins: (offset: Int, length: Int)
        var characterBins: (offset: Int, length: Int)

        init(_ bytes: LittleEndianBytes, fail: (String) -> LoadError) throws {
            // FibBase (32 bytes), then three arrays, each after its count.
            guard let csw = bytes.u16(32) else { throw fail("the file header is cut short") }
            let lwStart = 34 + 2 * csw
            guard let cslw = bytes.u16(lwStart) else { throw fail("the file header is cut short") }
            let fcLcbStart = lwStart + 2 + 4 * cslw + 2
            guard cslw > 3, let ccpText = bytes.u32(lwStart + 2 + 4 * 3), let pairs = bytes.u16(fcLcbStart - 2), pairs > 33
            else { throw fail("the file header lacks the text's length or the piece table") }
            func pair(_ index: Int) throws -> (offset: Int, length: Int) {
                guard let offset = bytes.u32(fcLcbStart + 8 * index), let length = bytes.u32(fcLcbStart + 8 * index + 4) else {
                    throw fail("the file header is cut short")
                }
                return (offset, length)
            }
            guard ccpText <= DOCReader.maxCharacters else { throw fail("\(ccpText) characters of text") }
            textCharacters = ccpText
            characterBins = try pair(12)  // fcPlcfBteChpx
            paragraphBins = try pair(13)  // fcPlcfBtePapx
            clx = try pair(33)  // fcClx
        }
    }

    /// A run of the main text's characters stored together: at byte `fc` of the WordDocument
    /// stream, one byte each (compressed) or two.
    struct Piece {
        var fc: Int
        var count: Int
        var compressed: Bool
    }

    /// The piece table: `Prc` entries (property changes, skipped), then the `Pcdt` with the
    /// character positions and piece descriptors.
    static func pieces(_ table: LittleEndianBytes, fib: FIB, fail: (String) -> LoadError) throws -> [Piece] {
        var at = fib.clx.offset
        let end = fib.clx.offset + fib.clx.length
        while at < end, table.u8(at) == 0x01 {
            guard let size = table.u16(at + 1) else { break }
            at += 3 + size
        }
        guard at < end, table.u8(at) == 0x02, let length = table.u32(at + 1), length >= 16, (length - 4) % 12 == 0 else {
            throw fail("no piece table where the file header points")
        }
        let count = (length - 4) / 12
        let positions = at + 5
        let descriptors = positions + 4 * (count + 1)
        var pieces: [Piece] = []
        pieces.reserveCapacity(count)
        for i in 0..<count {
            guard let start = table.u32(positions + 4 * i), let stop = table.u32(positions + 4 * (i + 1)),
                  let raw = table.u32(descriptors + 8 * i + 2), stop >= start else {
                throw fail("a damaged piece table")
            }
            let compressed = raw & 0x4000_0000 != 0
            let fc = raw & 0x3FFF_FFFF
            pieces.append(Piece(fc: compressed ? fc / 2 : fc, count: stop - start, compressed: compressed))
        }
        return pieces
    }

    /// Windows-1252, which compressed pieces are stored in (bytes 0x80–0x9F differ from Latin-1).
    static func windows1252(_ byte: UInt8) -> UInt16 {
        byte >= 0x80 && byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt16(byte)
    }

    private static let windows1252High: [UInt16] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}

/// Little-endian reads that are nil past the end: a damaged file cannot make the reader trap.
struct LittleEndianBytes {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func u8(_ at: Int) -> UInt8? { at >= 0 && at < bytes.count ? bytes[at] : nil }

    func u16(_ at: Int) -> Int? {
        guard at >= 0, at + 2 <= bytes.count else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    func u32(_ at: Int) -> Int? {
        guard at >= 0, at + 4 <= bytes.count else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }
}
