import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files a run reads: named files as they are, and every file under a named folder,
/// subfolders included, sorted by path. What an inbox also holds is left out and listed
/// with the reason: Office lock files (`~$预算.xlsx`, `.~lock.预算.xlsx#`), `Thumbs.db` and
/// `desktop.ini`, hidden files and folders, and any folder that is a jixiao output root (it
/// holds `.jixiao.lock`). FIFOs, sockets and devices are refused by type (reading a FIFO
/// would wait for ever), and a file name that is not valid UTF-8 (a GBK name from a Windows
/// archive) is refused with the name shown escaped (`\xD4\xA4`), so a clerk can find it.
public struct InputListing: Sendable {
    public var files: [InputFile] = []
    public var skipped: [SkippedFile] = []
    public var refused: [LoadError] = []

    static let systemFiles: Set<String> = ["thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db"]

    public init(_ inputs: [InputFile]) {
        for input in inputs {
            var info = stat()
            if stat(input.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                var visited: Set<[UInt64]> = []
                walk(folder: input.path, shown: "", county: input.county, visited: &visited)
            } else {
                files.append(input)  // named files are read as named (a missing one is an error later)
            }
        }
    }

    /// Why a file in an input folder is left out, or nil to read it.
    public static func skipReason(_ name: String) -> String? {
        if name.hasPrefix("~$") || (name.hasPrefix(".~lock.") && name.hasSuffix("#")) {
            return "Office 锁文件 (an Office lock file, not a form)"
        }
        if systemFiles.contains(name.lowercased()) { return "系统文件 (a system file)" }
        if name.hasPrefix(".") { return "隐藏文件 (a hidden file)" }
        return nil
    }

    private mutating func walk(folder: String, shown: String, county: String?, visited: inout Set<[UInt64]>) {
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0 else { return }
        guard visited.insert([UInt64(folderInfo.st_dev), UInt64(folderInfo.st_ino)]).inserted else { return }  // a link loop
        if access((folder as NSString).appendingPathComponent(RunLock.fileName), F_OK) == 0 {
            skipped.append(SkippedFile(file: shown.isEmpty ? folder : shown, reason: "jixiao 的输出文件夹 (a jixiao output folder)"))
            return
        }
        guard let directory = opendir(folder) else {
            refused.append(LoadError(file: shown.isEmpty ? folder : shown, message: "无法打开文件夹 (cannot open folder): \(String(cString: strerror(errno)))"))
            return
        }
        var entries: [(name: String?, bytes: [UInt8])] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if bytes == Array(".".utf8) || bytes == Array("..".utf8) { continue }
            entries.append((String(validating: bytes, as: UTF8.self), bytes))
        }
        closedir(directory)
        entries.sort { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        for entry in entries {
            guard let name = entry.name else {
                let escaped = InputListing.escaped(entry.bytes)
                let guess = TextDecoder.gb18030(Data(entry.bytes)).flatMap { $0.cutCharacterBytes == 0 ? $0.text : nil }
                refused.append(LoadError(file: (shown as NSString).appendingPathComponent(escaped),
                    message: "文件名不是 UTF-8 编码\(guess.map { "（按 GBK 读作「\($0)」）" } ?? "")，请改名后再放入收件箱 (the file name is not UTF-8; rename the file)"))
                continue
            }
            let path = (folder as NSString).appendingPathComponent(name)
            let display = shown.isEmpty ? name : (shown as NSString).appendingPathComponent(name)
            if let reason = InputListing.skipReason(name) {
                skipped.append(SkippedFile(file: display, reason: reason))
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                refused.append(LoadError(file: display, message: "无法读取 (cannot stat): \(String(cString: strerror(errno)))"))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(folder: path, shown: display, county: county, visited: &visited)
            case S_IFREG:
                files.append(InputFile(path: path, county: county, displayName: display))
            default:
                refused.append(LoadError(file: display, message: "不是普通文件（管道、套接字或设备），未读取 (not a regular file: FIFO, socket or device)"))
            }
        }
    }

    /// A name that is not UTF-8: printable ASCII as it is, every other byte as `\xNN`
    /// (partly decoding it would show GBK as unrelated characters).
    static func escaped(_ bytes: [UInt8]) -> String {
        bytes.map { (0x20..<0x7F).contains($0) && $0 != UInt8(ascii: "\\") ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }
            .joined()
    }
}

/// A file in an input folder that was left out, with the reason.
public struct SkippedFile: Codable, Sendable, Hashable {
    public var file: String
    public var reason: String
}
