import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A temporary folder (in the system's temporary folder) holding pass 1's results beyond
/// the `FileCache`'s budget, one file each, in the spill format (`SpillByteWriter.swift`). A file is
/// read back once and deleted; the folder is removed when the run ends, however it ends.
final class SpillFolder: @unchecked Sendable {
    /// One file's results on disk.
    struct Entry: Sendable {
        let path: String
        let bytes: Int
    }

    /// The writer's first buffer per row of the work (it grows when a file needs more).
    static let bytesPerRowGuess = 160

    private let parent: String
    private let lock = NSLock()
    private var folder: String?
    private var removed = false
    private(set) var figures = SpillFigures()

    /// - Parameter parent: where the folder is made (default: the system's temporary folder).
    init(parent: String = NSTemporaryDirectory()) { self.parent = parent }

    deinit { remove() }

    /// The folder, made on first use.
    var path: String? {
        lock.lock()
        defer { lock.unlock() }
        return folder
    }

    /// Encodes `work` and writes it to a new file of the folder. Throws `SpillError` when
    /// the folder cannot be made or the file cannot be written whole (a full disk); nothing
    /// is left behind then.
    func write(_ work: SpilledWork, name: Int, rowsHint: Int) throws -> Entry {
        let start = ThreadClock.seconds()
        let encoded = work.encoded(capacity: max(4096, rowsHint * Self.bytesPerRowGuess))
        let path = (try folderPath() as NSString).appendingPathComponent("\(name).spill")
        try encoded.withBytes { try Self.write($0, to: path) }
        let seconds = ThreadClock.seconds() - start
        lock.lock()
        figures.files += 1
        figures.bytes += encoded.count
        figures.writeSeconds += seconds
        lock.unlock()
        return Entry(path: path, bytes: encoded.count)
    }

    /// Reads an entry back and deletes its file.
    func read(_ entry: Entry) throws -> SpilledWork {
        let start = ThreadClock.seconds()
        let bytes = try Self.read(entry.path, expected: entry.bytes)
        unlink(entry.path)
        let work = try SpilledWork.decode(bytes)
        let seconds = ThreadClock.seconds() - start
        lock.lock()
        figures.readSeconds += seconds
        lock.unlock()
        return work
    }

    /// Deletes an entry that will not be read back (its file turned out to be a copy, or
    /// reading it failed); it no longer counts among the files spilled.
    func discard(_ entry: Entry) {
        unlink(entry.path)
        lock.lock()
        figures.files -= 1
        figures.bytes -= entry.bytes
        lock.unlock()
    }

    /// Removes the folder and whatever is left in it.
    func remove() {
        lock.lock()
        let folder = self.folder
        self.folder = nil
        removed = true
        lock.unlock()
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
    }

    private func folderPath() throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let folder { return folder }
        guard !removed else { throw SpillError(message: "the run's spill folder was already removed") }
        let template = (parent as NSString).appendingPathComponent("jixiao-spill-\(getpid())-XXXXXX")
        var chars = Array(template.utf8CString)
        guard let made = chars.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw SpillError(message: "cannot make a spill folder in \(parent): \(String(cString: strerror(errno)))")
        }
        let path = String(cString: made)
        folder = path
        return path
    }

    private static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw SpillError(message: "cannot create \(path): \(String(cString: strerror(errno)))") }
        var failure: String?
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                break
            }
            done += n
        }
        if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(path)
            throw SpillError(message: "cannot write \(bytes.count) bytes to \(path): \(failure)")
        }
    }

    private static func read(_ path: String, expected: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SpillError(message: "cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var failure: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            while count < expected {
                let n = Glibc.read(fd, buffer.baseAddress! + count, expected - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                if n == 0 { break }
                count += n
            }
        }
        if let failure { throw SpillError(message: "cannot read \(path): \(failure)") }
        guard bytes.count == expected else {
            throw SpillError(message: "\(path) holds \(bytes.count) bytes, \(expected) were written")
        }
        return bytes
    }
}
