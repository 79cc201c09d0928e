import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A temporary folder (in the system's temporary folder) holding pass 1's results beyond
/// the `FileCache`'s budget, in the spill format (`SpillByteWriter.swift`): one file for the
/// run, each result a range of it, written once and read back once. One file, not one per
/// result: ext4 makes a file by stepping over the ones deleted lately, and a national run
/// made and deleted 6,218. The folder is removed when the run ends, however it ends.
final class SpillFolder: @unchecked Sendable {
    /// One result on disk: where it starts in the spill file and its length.
    struct Entry: Sendable {
        let offset: Int
        let bytes: Int
    }

    /// The writer's first buffer per row of the work (it grows when a file needs more).
    static let bytesPerRowGuess = 160

    private let parent: String
    private let lock = NSLock()
    private var folder: String?
    /// The spill file, open for writing and reading while the folder lives (-1: not yet).
    private var file: Int32 = -1
    /// Where the next result goes: ranges are taken under the lock, written outside it.
    private var end = 0
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

    /// Encodes `work` and writes it to the spill file. Throws `SpillError` when the folder or
    /// its file cannot be made or the result cannot be written whole (a full disk).
    func write(_ work: SpilledWork, rowsHint: Int) throws -> Entry {
        let start = ThreadClock.seconds()
        let encoded = work.encoded(capacity: max(4096, rowsHint * Self.bytesPerRowGuess))
        let (file, offset) = try reserve(encoded.count)
        try encoded.withBytes { try Self.write($0, to: file, at: offset) }
        let seconds = ThreadClock.seconds() - start
        lock.lock()
        figures.files += 1
        figures.bytes += encoded.count
        figures.writeSeconds += seconds
        lock.unlock()
        return Entry(offset: offset, bytes: encoded.count)
    }

    /// Reads an entry back.
    func read(_ entry: Entry) throws -> SpilledWork {
        let start = ThreadClock.seconds()
        let bytes = try Self.read(entry, from: openFile())
        let work = try SpilledWork.decode(bytes)
        let seconds = ThreadClock.seconds() - start
        lock.lock()
        figures.readSeconds += seconds
        lock.unlock()
        return work
    }

    /// An entry that will not be read back (its file turned out to be a copy, or reading it
    /// failed) no longer counts among the files spilled; its bytes stay until the run ends.
    func discard(_ entry: Entry) {
        lock.lock()
        figures.files -= 1
        figures.bytes -= entry.bytes
        lock.unlock()
    }

    /// Removes the folder and whatever is left in it.
    func remove() {
        lock.lock()
        let folder = self.folder
        if file >= 0 { close(file) }
        file = -1
        self.folder = nil
        removed = true
        lock.unlock()
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// The spill file, made with its folder on first use, and `bytes` of it from its end on.
    private func reserve(_ bytes: Int) throws -> (file: Int32, offset: Int) {
        lock.lock()
        defer { lock.unlock() }
        if file < 0 {
            let path = (try folderPath() as NSString).appendingPathComponent("results.spill")
            file = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard file >= 0 else { throw SpillError(message: "cannot create \(path): \(String(cString: strerror(errno)))") }
        }
        let offset = end
        end += bytes
        return (file, offset)
    }

    private func openFile() throws -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        guard file >= 0 else { throw SpillError(message: "the run's spill file is gone") }
        return file
    }

    /// The folder, made on first use (under the lock).
    private func folderPath() throws -> String {
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

    private static func write(_ bytes: UnsafeRawBufferPointer, to file: Int32, at offset: Int) throws {
        var done = 0
        while done < bytes.count {
            let n = pwrite(file, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw SpillError(message: "cannot write \(bytes.count) bytes to the spill file: \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }

    private static func read(_ entry: Entry, from file: Int32) throws -> [UInt8] {
        var failure: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: entry.bytes) { buffer, count in
            while count < entry.bytes {
                let n = pread(file, buffer.baseAddress! + count, entry.bytes - count, off_t(entry.offset + count))
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                if n == 0 { break }
                count += n
            }
        }
        if let failure { throw SpillError(message: "cannot read the spill file: \(failure)") }
        guard bytes.count == entry.bytes else {
            throw SpillError(message: "the spill file holds \(bytes.count) bytes at \(entry.offset), \(entry.bytes) were written")
        }
        return bytes
    }
}
