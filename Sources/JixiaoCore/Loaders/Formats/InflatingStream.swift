import Foundation
import CZlib

/// A ZIP entry inflated as the XML parser reads it, so a large worksheet is never held
/// unpacked in memory: the parser pulls a chunk, this inflates the next compressed bytes
/// into it. The caps of a ZIP bomb (total size, compression ratio) and the CRC are checked
/// as the bytes come; a broken stream, a cap passed or a wrong CRC ends the read with
/// `failure` set.
final class InflatingStream: InputStream {
    private let data: Data
    private var position: Int
    private let end: Int
    private let compressed: Bool
    private let expectedCRC: UInt32
    private let limit: Int
    private let ratioLimit: Int
    private var zstream = z_stream()
    private var initialised = false
    private var finished = false
    private var crc: uLong = 0
    private(set) var produced = 0
    /// Why reading stopped early, for the reader's error message.
    private(set) var failure: Failure?

    enum Failure: Error {
        case tooLarge, tooDense, damaged(String)
    }

    /// - Parameters:
    ///   - range: where the entry's (compressed) data stands in `data`.
    ///   - limit: bytes it may unpack to; `ratioLimit`: the ratio cap in bytes.
    init(data: Data, range: Range<Int>, compressed: Bool, crc: UInt32, limit: Int, ratioLimit: Int) {
        self.data = data
        position = range.lowerBound
        end = range.upperBound
        self.compressed = compressed
        expectedCRC = crc
        self.limit = limit
        self.ratioLimit = ratioLimit
        super.init(data: Data())
    }

    deinit {
        if initialised { inflateEnd(&zstream) }
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { !finished && failure == nil }
    override var streamStatus: Stream.Status { finished || failure != nil ? .atEnd : .open }
    override var streamError: Error? { failure }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        guard failure == nil else { return -1 }
        guard !finished, length > 0 else { return 0 }
        let count: Int
        if compressed {
            count = inflateChunk(into: buffer, length: length)
        } else {
            count = min(length, end - position)
            data.withUnsafeBytes { raw in
                buffer.update(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + position, count: count)
            }
            position += count
            if position == end { finished = true }
        }
        guard count >= 0 else { return -1 }
        produced += count
        if produced > limit { return stop(.tooLarge) }
        if produced > ratioLimit { return stop(.tooDense) }
        crc = crc32(crc, buffer, uInt(count))
        if finished, UInt32(truncatingIfNeeded: crc) != expectedCRC { return stop(.damaged("CRC mismatch")) }
        return count
    }

    private func stop(_ reason: Failure) -> Int {
        failure = reason
        return -1
    }

    private func inflateChunk(into buffer: UnsafeMutablePointer<UInt8>, length: Int) -> Int {
        if !initialised {
            guard inflateInit2_(&zstream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                return stop(.damaged("zlib could not start"))
            }
            initialised = true
        }
        return data.withUnsafeBytes { raw -> Int in
            let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            // Input left from the last call: pointed at again (the bytes' address may differ).
            zstream.next_in = UnsafeMutablePointer(mutating: base + (position - Int(zstream.avail_in)))
            zstream.next_out = buffer
            zstream.avail_out = uInt(min(length, Int(UInt32.max)))
            while zstream.avail_out > 0 {
                if zstream.avail_in == 0 {
                    let chunk = min(64 * 1024, end - position)
                    zstream.next_in = UnsafeMutablePointer(mutating: base + position)
                    zstream.avail_in = uInt(chunk)
                    position += chunk
                }
                let before = zstream.avail_in
                let result = inflate(&zstream, Z_NO_FLUSH)
                if result == Z_STREAM_END {
                    finished = true
                    break
                }
                if result != Z_OK && result != Z_BUF_ERROR {
                    return stop(.damaged("the deflate stream is broken"))
                }
                if zstream.avail_in == 0 && position >= end && zstream.avail_out > 0 {
                    return stop(.damaged("the deflate stream is cut off"))
                }
                if result == Z_BUF_ERROR && before == zstream.avail_in && zstream.avail_in > 0 {
                    return stop(.damaged("the deflate stream is broken"))
                }
            }
            return length - Int(zstream.avail_out)
        }
    }
}
