import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process `XLSReader` reads a workbook in: the `jixiao` executable started afresh with
/// its hidden `xls-records` command, which writes `XLSReader.readInChild`'s records to its
/// standard output. A fresh program, not a fork: a child forked from the loading process
/// inherits the locks other threads held at that moment (libgsf's GLib allocator, taken by a
/// thread telling a .doc from an .xls) and waited on them forever, after which a sound
/// workbook was reported damaged.
public enum XLSReaderProcess {
    /// The hidden command of the `jixiao` executable that reads one workbook.
    public static let command = "xls-records"

    /// Names the executable where it is neither the running program nor beside it.
    static let executableVariable = "JIXIAO_EXECUTABLE"

    /// Set by the `jixiao` executable as it starts: the running program answers `xls-records` itself.
    nonisolated(unsafe) public static var runningProgramReads = false

    /// `jixiao`: the running program, or the one named by `JIXIAO_EXECUTABLE` or beside it
    /// (the tests are built beside it); nil for a program built without it, which then forks
    /// (`XLSReader.isolatedRead`).
    static var executable: String? { runningProgramReads ? "/proc/self/exe" : namedOrBeside }

    private static let namedOrBeside: String? = {
        if let named = ProcessInfo.processInfo.environment[executableVariable], access(named, X_OK) == 0 { return named }
        guard let running = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let beside = (running as NSString).deletingLastPathComponent + "/jixiao"
        return access(beside, X_OK) == 0 ? beside : nil
    }()

    /// Starts `executable xls-records path` writing to `output`; nil (errno set) when it cannot start.
    static func start(_ executable: String, path: String, output: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Only the pipe's write end, as standard output: the pipes of other loads are close-on-exec.
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        // A crash is reported by the parent, naming the file: no Swift backtrace from the reader.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let argv: [UnsafeMutablePointer<CChar>?] = [executable, command, path].map { (text: String) in strdup(text) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard result == 0 else {
            errno = result
            return nil
        }
        return pid
    }

    /// The `xls-records` command: the workbook's records on standard output; exit status 0.
    public static func writeRecords(path: String) -> Int32 {
        // Die of a crash quietly, as the parent expects (it reports the file).
        for crash in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT] { signal(crash, SIG_DFL) }
        let bytes = XLSReader.readInChild(path: path)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(1, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return 2 }
            offset += written
        }
        return 0
    }
}
