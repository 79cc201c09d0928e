/// What pass 2 needs of a file that pass 1 could not keep in memory: its cleaned documents
/// and the file stages' findings (the rest of its `FileWork` stays in memory, and what was
/// counted in pass 1 is not counted again).
struct SpilledWork: Equatable {
    var documents: [CountyDocument]
    var findings: [Finding]

    /// Marks the start of a spilled result (and its format's version).
    private static let magic: [UInt8] = Array("jixiao-spill-2\n".utf8)

    /// The spill form of this work (see `SpillByteWriter.swift` for the format).
    func encoded(capacity: Int = 1 << 16) -> SpillByteWriter {
        let out = SpillByteWriter(capacity: capacity)
        for byte in Self.magic { out.byte(byte) }
        out.array(documents, out.document)
        out.array(findings, out.finding)
        return out
    }

    /// The work as `encoded()` wrote it; throws `SpillError` on any other bytes.
    static func decode(_ bytes: [UInt8]) throws -> SpilledWork {
        try SpillByteReader.read(bytes) { reader in
            for byte in magic where try reader.byte() != byte {
                throw SpillError(message: "not a spilled result of this version")
            }
            return SpilledWork(documents: try reader.array { try $0.document() },
                               findings: try reader.array { try $0.finding() })
        }
    }
}
