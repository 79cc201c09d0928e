import CGsf
import Foundation

/// The streams of an OLE2 compound file (.xls, .doc), taken out with libgsf.
enum CompoundFile {
    /// The largest stream taken out (a real 65,536-row sheet or a long document is well under it).
    static let maxStreamBytes = 256 * 1024 * 1024

    /// The first of `names` the file holds, read whole; nil when libgsf cannot open the file,
    /// it holds none of them, or the stream is empty or past `maxStreamBytes`.
    static func stream(path: String, named names: [String]) -> [UInt8]? {
        gsf_init()
        guard let input = gsf_input_stdio_new(path, nil) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(input)) }
        guard let infile = gsf_infile_msole_new(input, nil) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(infile)) }
        guard let stream = names.lazy.compactMap({ gsf_infile_child_by_name(infile, $0) }).first else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(stream)) }
        let size = gsf_input_size(stream)
        guard size > 0, size <= maxStreamBytes else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(size))
        var offset = 0
        while offset < bytes.count {
            let chunk = min(65_536, bytes.count - offset)
            let read = bytes.withUnsafeMutableBufferPointer { gsf_input_read(stream, chunk, $0.baseAddress! + offset) }
            guard read != nil else { return nil }
            offset += chunk
        }
        return bytes
    }

    /// Whether the compound file's directory names `name` (directory entries hold names in
    /// UTF-16LE): told from the bytes, as `InputFormat.sniff` tells formats.
    static func names(_ name: String, in data: Data) -> Bool {
        var utf16 = Data()
        for unit in name.utf16 { utf16.append(UInt8(unit & 0xFF)); utf16.append(UInt8(unit >> 8)) }
        return data.range(of: utf16) != nil
    }
}
