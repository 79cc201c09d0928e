import CPartBuffer
import Foundation
import Testing

/// The executable's workbook parts grow in `jixiao_part_buffer` (Sources/CPartBuffer): a large
/// part in its own mapping, grown without a copy, its pages given back once read into the ZIP.
@Suite struct PartBufferTests {
    /// Byte `index` of the test pattern (not periodic in pages, so a page moved to the wrong
    /// place shows).
    private func pattern(_ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: index &* 31 &+ index >> 12) }

    private func filled(_ count: Int) -> jixiao_part_buffer {
        var buffer = jixiao_part_buffer()
        var chunk = [UInt8](repeating: 0, count: 10_000)
        var written = 0
        while written < count {
            let length = min(chunk.count, count - written)
            for offset in 0..<length { chunk[offset] = pattern(written + offset) }
            #expect(chunk.withUnsafeBytes { jixiao_part_buffer_append(&buffer, $0.baseAddress, length) } == 0)
            written += length
        }
        return buffer
    }

    /// Which pages of `count` bytes at `start` are resident (`mincore`).
    private func resident(_ start: UnsafeMutableRawPointer, _ count: Int) -> [Bool] {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var flags = [UInt8](repeating: 0, count: (count + page - 1) / page)
        #expect(mincore(start, count, &flags) == 0)
        return flags.map { $0 & 1 == 1 }
    }

    @Test func aLargePartIsMappedAndKeepsEveryByteAsItGrows() {
        let threshold = jixiao_part_buffer_mapping_threshold()
        var small = filled(100_000)
        #expect(small.mapped == 0)
        #expect(small.size == 100_000)
        jixiao_part_buffer_free(&small)

        let count = 3 * threshold + 12_345
        var large = filled(count)
        defer { jixiao_part_buffer_free(&large) }
        #expect(large.mapped == 1)
        #expect(large.size == count)
        #expect(large.capacity == 4 * threshold)
        let bytes = UnsafeBufferPointer(start: large.bytes, count: count)
        #expect(bytes.indices.allSatisfy { bytes[$0] == pattern($0) })
    }

    @Test func pagesReadOutAreGivenBackAndTheRestStays() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let count = 2 * jixiao_part_buffer_mapping_threshold()
        var buffer = filled(count)
        defer { jixiao_part_buffer_free(&buffer) }
        let start = try #require(UnsafeMutableRawPointer(buffer.bytes))
        #expect(resident(start, count).allSatisfy { $0 })

        // Read up to the middle of a page: the whole pages before it go, that page stays.
        let read = 300 * page + page / 2
        jixiao_part_buffer_release(&buffer, read)
        #expect(buffer.released == 300 * page)
        let pages = resident(start, count)
        #expect(pages[..<300].allSatisfy { !$0 })
        #expect(pages[300...].allSatisfy { $0 })
        let bytes = UnsafeBufferPointer(start: buffer.bytes, count: count)
        #expect((300 * page..<count).allSatisfy { bytes[$0] == pattern($0) })

        // Releasing less than before changes nothing.
        jixiao_part_buffer_release(&buffer, page)
        #expect(buffer.released == 300 * page)
    }

    @Test func aSmallPartKeepsItsBytesWhenRead() {
        var buffer = filled(200_000)
        defer { jixiao_part_buffer_free(&buffer) }
        jixiao_part_buffer_release(&buffer, 150_000)
        #expect(buffer.released == 0)
        let bytes = UnsafeBufferPointer(start: buffer.bytes, count: 200_000)
        #expect(bytes.indices.allSatisfy { bytes[$0] == pattern($0) })
    }
}
