import JixiaoCore
/// A file's bytes built in memory (UTF-8, `\n` line ends) and written once.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 20) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// One line: the text and a line end.
    mutating func line(_ text: String = "") {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x0A)
    }

    /// One tab-separated row.
    mutating func row(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(0x09) }
            bytes.append(contentsOf: cell.utf8)
        }
        bytes.append(0x0A)
    }

    /// FNV-1a over the bytes: the hex tag in a file's name, like the samples' `000_6941c6c000b569c3`.
    var fingerprint: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
