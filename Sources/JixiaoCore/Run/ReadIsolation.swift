import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Fault isolation for reading inputs. A programming error that traps while one file is
/// read must cost only that file. The `run` command supervises a worker process of the
/// same executable; the worker notes in a journal each file it starts and finishes reading
/// (`+path` / `-path`, one `write` each, so the lines survive a crash). When the worker dies
/// of a trap, the supervisor reads which files were in flight: one file is left out of the
/// next attempt (and reported as a failure naming it); several are read next time one at a
/// time, so the culprit is known exactly. Library users (tests, `bench`) run without a journal.
public final class ReadIsolation: @unchecked Sendable {
    /// Environment of a supervised worker: the journal path, the files to leave out (with
    /// why), the files to read alone, and the tests' trap hook.
    public static let journalVariable = "JIXIAO_READ_JOURNAL"
    public static let skipVariable = "JIXIAO_READ_SKIP"
    public static let aloneVariable = "JIXIAO_READ_ALONE"
    /// Tests only: a file whose bytes contain this text traps while it is read.
    public static let trapMarkerVariable = "JIXIAO_TEST_TRAP_MARKER"

    public static let shared = ReadIsolation(environment: ProcessInfo.processInfo.environment)

    private let journal: Int32
    /// Files to leave out, by path, with the reason.
    public let skipped: [String: String]
    private let alone: Set<String>
    private let trapMarker: Data?
    private var gate = pthread_rwlock_t()

    init(environment: [String: String]) {
        journal = environment[Self.journalVariable].map { open($0, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600) } ?? -1
        skipped = environment[Self.skipVariable].flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) } ?? [:]
        alone = Set(environment[Self.aloneVariable].flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? [])
        trapMarker = environment[Self.trapMarkerVariable].flatMap { $0.isEmpty ? nil : Data($0.utf8) }
        pthread_rwlock_init(&gate, nil)
    }

    /// Runs `body` (the read of the file at `path`) with the file noted as in flight.
    public func reading<T>(_ path: String, _ body: () throws -> T) rethrows -> T {
        let exclusive = alone.contains(path)
        if exclusive { pthread_rwlock_wrlock(&gate) } else { pthread_rwlock_rdlock(&gate) }
        defer { pthread_rwlock_unlock(&gate) }
        note("+", path)
        if let trapMarker, let data = FileManager.default.contents(atPath: path), data.range(of: trapMarker) != nil {
            fatalError("test hook: \(Self.trapMarkerVariable) found in \(path)")
        }
        defer { note("-", path) }  // finished, read or refused
        return try body()
    }

    private func note(_ sign: String, _ path: String) {
        guard journal >= 0 else { return }
        let line = Array((sign + path.replacingOccurrences(of: "\n", with: " ") + "\n").utf8)
        _ = line.withUnsafeBytes { write(journal, $0.baseAddress, $0.count) }
    }

    /// The files a journal shows started and not finished.
    public static func inFlight(journal path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var open: [String] = []
        for line in text.split(separator: "\n") {
            let path = String(line.dropFirst())
            if line.hasPrefix("+") {
                open.append(path)
            } else if let index = open.firstIndex(of: path) {
                open.remove(at: index)
            }
        }
        return open
    }
}
