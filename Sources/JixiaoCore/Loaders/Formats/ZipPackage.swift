import Foundation
import ZIPFoundation

/// An Office Open XML package (.xlsx, .docx) opened with ZIPFoundation: entries read with a
/// cap on the bytes unpacked across the whole package (a ZIP bomb is an error, not a
/// crash) and every entry's CRC checked.
struct ZipPackage {
    let data: Data
    let file: String
    let maxUnpackedBytes: Int
    /// What the file should have been, for error messages (`a complete Excel workbook`).
    let expected: String
    /// `.xlsx`, `.docx`.
    let kind: String
    let archive: Archive

    /// Bytes unpacked so far, across every entry: the cap applies to the total.
    private(set) var unpacked = 0

    /// Opens the package; `path` is the file on disk (ZIPFoundation reads the directory from
    /// it: its in-memory archive traps on a directory that points past the end).
    init(data: Data, path: String, file: String, maxUnpackedBytes: Int, kind: String, expected: String) throws {
        self.data = data
        self.file = file
        self.maxUnpackedBytes = maxUnpackedBytes
        self.expected = expected
        self.kind = kind
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw LoadError(file: file, message: "ZIP 压缩包已损坏或不完整 (truncated or damaged \(kind): the ZIP directory cannot be read): expected \(expected)")
        }
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of one entry, or nil when the package does not hold it.
    ///
    /// ZIPFoundation reads the directory and inflates; the compressed bytes are handed to
    /// its inflater here rather than through `Archive.extract`, because that keeps asking
    /// for input past the end of a damaged deflate stream and never returns.
    mutating func read(_ path: String) throws -> Data? {
        guard !path.isEmpty, let entry = archive[path] else { return nil }
        let limit = maxUnpackedBytes
        let budget = limit - unpacked
        let tooLarge = LoadError(file: file, message: "解压后超过 \(limit / 1_048_576) MB 上限 (\(path) unpacks to more than the limit: a ZIP bomb or not a form \(kind == ".docx" ? "document" : "workbook"))")
        let file = self.file
        let expected = self.expected
        let damaged = { (reason: String) in
            LoadError(file: file, message: "压缩包中的 \(path) 已损坏 (damaged entry \(path): \(reason)): expected \(expected)")
        }
        if entry.uncompressedSize > UInt64(max(budget, 0)) { throw tooLarge }
        // The ratio cap: checked on the bytes actually inflated (the directory may lie).
        let ratioCap = Self.ratioCap(entry)
        if entry.uncompressedSize > UInt64(ratioCap) { throw failure(.tooDense, path: path) }
        guard let start = localDataOffset(of: path),
              entry.compressedSize <= UInt64(data.count - start) else {
            throw damaged("its data is not where the ZIP directory says")
        }
        let end = start + Int(entry.compressedSize)
        var bytes = Data()
        var checksum: CRC32
        if entry.isCompressed {
            var position = start
            var overBudget = false
            var overRatio = false
            do {
                checksum = try Data.decompress(size: Int64(entry.compressedSize), bufferSize: 64 * 1024, skipCRC32: false,
                                               provider: { [data] _, size in
                    guard position < end else { throw CocoaError(.fileReadCorruptFile) }
                    let chunk = data.subdata(in: position..<min(position + size, end))
                    position += chunk.count
                    return chunk
                }, consumer: { chunk in
                    if bytes.count + chunk.count > budget {
                        overBudget = true
                        throw CocoaError(.fileReadTooLarge)
                    }
                    if bytes.count + chunk.count > ratioCap {
                        overRatio = true
                        throw CocoaError(.fileReadTooLarge)
                    }
                    bytes.append(chunk)
                })
            } catch {
                if overBudget { throw tooLarge }
                if overRatio { throw failure(.tooDense, path: path) }
                throw damaged("the deflate stream is broken or cut off")
            }
        } else {
            bytes = data.subdata(in: start..<end)
            checksum = bytes.crc32(checksum: 0)
        }
        if checksum != entry.checksum { throw damaged("CRC mismatch") }
        if bytes.count > budget { throw tooLarge }
        unpacked += bytes.count
        return bytes
    }

    /// The most an entry may unpack to: `InputText.maxCompressionRatio` times its compressed
    /// size, past a floor (a real 50 MB workbook reads; a ZIP bomb does not).
    static func ratioCap(_ entry: Entry) -> Int {
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        return compressed > Int.max / InputText.maxCompressionRatio ? Int.max
            : max(InputText.ratioFloorBytes, compressed * InputText.maxCompressionRatio)
    }

    /// An entry as a stream the XML parser pulls from, with the caps and CRC of `read`: a
    /// large worksheet is inflated as it is parsed, never held unpacked. The caller adds
    /// the stream's `produced` bytes with `count(_:)` once it is read.
    func stream(_ path: String) throws -> InflatingStream? {
        guard !path.isEmpty, let entry = archive[path] else { return nil }
        let budget = maxUnpackedBytes - unpacked
        let ratioCap = Self.ratioCap(entry)
        if entry.uncompressedSize > UInt64(max(budget, 0)) { throw failure(.tooLarge, path: path) }
        if entry.uncompressedSize > UInt64(ratioCap) { throw failure(.tooDense, path: path) }
        guard let start = localDataOffset(of: path), entry.compressedSize <= UInt64(data.count - start) else {
            throw failure(.damaged("its data is not where the ZIP directory says"), path: path)
        }
        return InflatingStream(data: data, range: start..<(start + Int(entry.compressedSize)), compressed: entry.isCompressed,
                               crc: entry.checksum, limit: max(budget, 0), ratioLimit: ratioCap)
    }

    /// Adds a stream's inflated bytes to the package's total.
    mutating func count(_ stream: InflatingStream) { unpacked += stream.produced }

    /// The error for a stream or entry that failed.
    func failure(_ failure: InflatingStream.Failure, path: String) -> LoadError {
        let what = kind == ".docx" ? "document" : "workbook"
        switch failure {
        case .tooLarge:
            return LoadError(file: file, message: "解压后超过 \(maxUnpackedBytes / 1_048_576) MB 上限 (\(path) unpacks to more than the limit: a ZIP bomb or not a form \(what))")
        case .tooDense:
            return LoadError(file: file, message: "解压比超过 \(InputText.maxCompressionRatio):1 (\(path) unpacks to more than \(InputText.maxCompressionRatio) times its compressed size past \(InputText.ratioFloorBytes / 1_048_576) MB: a ZIP bomb, not a form \(what))")
        case .damaged(let reason):
            return LoadError(file: file, message: "压缩包中的 \(path) 已损坏 (damaged entry \(path): \(reason)): expected \(expected)")
        }
    }

    /// Where an entry's data starts: after its local header (signature `PK\x03\x04`, the
    /// name, the extra field). ZIPFoundation keeps that offset to itself.
    func localDataOffset(of path: String) -> Int? {
        let signature = Data([0x50, 0x4B, 0x03, 0x04])
        let name = Data(path.utf8)
        var from = data.startIndex
        while let found = data.range(of: signature, in: from..<data.endIndex) {
            let header = found.lowerBound
            from = found.upperBound
            guard header + 30 <= data.endIndex else { return nil }
            let nameLength = Int(data[header + 26]) | Int(data[header + 27]) << 8
            let extraLength = Int(data[header + 28]) | Int(data[header + 29]) << 8
            let nameStart = header + 30
            guard nameStart + nameLength + extraLength <= data.endIndex,
                  data[nameStart..<(nameStart + nameLength)] == name else { continue }
            return nameStart + nameLength + extraLength - data.startIndex
        }
        return nil
    }

    /// The main part named by the package relationships (`xl/workbook.xml`,
    /// `word/document.xml`), or nil when `_rels/.rels` names none.
    mutating func officeDocumentPath(parse: (Data, String, @escaping XMLEvents.Start) throws -> Void) throws -> String? {
        guard let rels = try read("_rels/.rels") else { return nil }
        var target: String?
        try parse(rels, "_rels/.rels") { name, attributes in
            if name == "Relationship", attributes["Type"]?.hasSuffix("/officeDocument") == true {
                target = attributes["Target"]
            }
        }
        return target.map { Self.resolve($0, relativeTo: "") }
    }

    /// `worksheets/sheet1.xml` next to `xl/workbook.xml` is `xl/worksheets/sheet1.xml`;
    /// `/xl/…` is absolute; `..` steps up.
    static func resolve(_ target: String, relativeTo directory: String) -> String {
        var parts = target.hasPrefix("/") ? [] : directory.split(separator: "/").map(String.init)
        for part in target.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
