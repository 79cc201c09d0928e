import CGsf
import Foundation

/// The streams of an OLE2 compound file (.xls, .doc), taken out with libgsf.
enum CompoundFile {
    /// The largest stream taken out (a real 65,536-row sheet or a long document is well under it).
    static let maxStreamBytes = 256 * 1024 * 1024

    /// For each list of names, the first stream the compound file holds of them, read whole;
    /// nil where it holds none, or the stream is empty or past `maxStreamBytes`, and all nil
    /// when libgsf cannot open the file. libgsf reads the bytes in memory: no file is opened
    /// (opened from its path, files stayed open: 78 after 80 reads of whole and damaged ones).
    static func streams(in data: Data, named groups: [[String]]) -> [[UInt8]?] {
        _ = libgsfReady
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [[UInt8]?] in
            let none = [[UInt8]?](repeating: nil, count: groups.count)
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress,
                  let input = gsf_input_memory_new(base, gsf_off_t(raw.count), 0) else { return none }
            defer { g_object_unref(UnsafeMutableRawPointer(input)) }
            guard let infile = gsf_infile_msole_new(input, nil) else { return none }
            defer { g_object_unref(UnsafeMutableRawPointer(infile)) }
            return groups.map { names -> [UInt8]? in
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
        }
    }

    /// libgsf set up once (a static's initialiser runs once, whichever thread asks first):
    /// `gsf_init` registers its types and is no call for two threads at once — files are read two
    /// at a time, tests many, and a race there had made every later .doc and .xls of the process
    /// unreadable (`no WordDocument stream`). And quiet: libgsf reports a damaged compound file's
    /// bad block numbers on standard error (glib's CRITICAL messages, one per block) and then
    /// fails the read, which the readers turn into an error naming the file: the messages would
    /// only bury the run's own output.
    private static let libgsfReady: Void = {
        gsf_init()
        for domain in ["libgsf", "libgsf:msole"] {
            g_log_set_handler(domain, GLogLevelFlags(rawValue: G_LOG_LEVEL_CRITICAL.rawValue | G_LOG_LEVEL_WARNING.rawValue),
                              { _, _, _, _ in }, nil)
        }
    }()

    /// Whether the compound file's directory names `name` (directory entries hold names in
    /// UTF-16LE): told from the bytes, as `InputFormat.sniff` tells formats.
    static func names(_ name: String, in data: Data) -> Bool {
        var utf16 = Data()
        for unit in name.utf16 { utf16.append(UInt8(unit & 0xFF)); utf16.append(UInt8(unit >> 8)) }
        return data.range(of: utf16) != nil
    }
}
