import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run at a time per output root: an advisory lock (`flock`) on `ROOT/.jixiao.lock`,
/// held by the process that writes until it exits (the kernel releases it even after
/// SIGKILL). The file names the holder's process id for the message a second run prints.
public final class RunLock: @unchecked Sendable {
    public static let fileName = ".jixiao.lock"

    /// Another run holds the lock and the caller chose not to wait.
    public struct Busy: Error, CustomStringConvertible, Sendable {
        public var root: String
        public var holder: Int32?
        public var description: String {
            "another jixiao run\(holder.map { " (pid \($0))" } ?? "") is writing into \(root); "
                + "try again when it has finished, or pass --wait to wait for it"
        }
    }

    private let descriptor: Int32
    public let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    /// A run that was just killed needs a moment to remove its unfinished folder and let go.
    public static let grace: Duration = .seconds(3)

    /// Takes the lock of `root` (created if missing). Throws `Busy` when another run holds
    /// it past `grace` and `wait` is false; with `wait`, blocks until it is free.
    public static func acquire(root: String, wait: Bool) throws -> RunLock {
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw WriterError(file: root, message: "cannot create output folder: \(error.localizedDescription)")
        }
        let path = (root as NSString).appendingPathComponent(fileName)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WriterError(file: path, message: "cannot open the run lock: \(String(cString: strerror(errno)))")
        }
        let deadline = ContinuousClock.now + grace
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0, errno == EWOULDBLOCK, !wait, ContinuousClock.now < deadline {
            usleep(50_000)
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                let message = String(cString: strerror(errno))
                close(descriptor)
                throw WriterError(file: path, message: "cannot take the run lock: \(message)")
            }
            if !wait {
                let holder = (try? String(contentsOfFile: path, encoding: .utf8)).flatMap {
                    Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
                }
                close(descriptor)
                throw Busy(root: root, holder: holder)
            }
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let message = String(cString: strerror(errno))
                    close(descriptor)
                    throw WriterError(file: path, message: "cannot take the run lock: \(message)")
                }
            }
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return RunLock(descriptor: descriptor, path: path)
    }

    deinit { close(descriptor) }
}
