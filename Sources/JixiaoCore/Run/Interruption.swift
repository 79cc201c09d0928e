import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// SIGTERM and SIGINT stop a run cleanly: the unfinished period folder is removed (the
/// previous one stays as it was) and the process exits with 128 + the signal's number
/// (143 for SIGTERM, 130 for SIGINT), which says "interrupted". A period being published
/// is published whole first.
public enum Interruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var folders: [String: PeriodFolder] = [:]
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let queue = DispatchQueue(label: "jixiao.interruption")

    /// Installs the handlers (once, at the start of a run that writes).
    public static func install() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for signalNumber in [SIGTERM, SIGINT] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { stop(signalNumber) }
            source.resume()
            sources.append(source)
        }
    }

    /// A folder to remove if the run is stopped before it is published.
    public static func track(_ folder: PeriodFolder) {
        lock.lock()
        folders[folder.building] = folder
        lock.unlock()
    }

    /// Publishes under the same lock the stop takes, so a signal never lands mid-swap.
    public static func publish(_ folder: PeriodFolder) throws {
        lock.lock()
        defer { lock.unlock() }
        folders[folder.building] = nil
        try folder.publish()
    }

    public static func untrack(_ folder: PeriodFolder) {
        lock.lock()
        folders[folder.building] = nil
        lock.unlock()
    }

    private static func stop(_ signalNumber: Int32) {
        lock.lock()  // held until exit: nothing is published after this
        for folder in folders.values { folder.discard() }
        let name = signalNumber == SIGTERM ? "SIGTERM" : "SIGINT"
        FileHandle.standardError.write(Data("\ninterrupted (\(name)): the unfinished period folder was removed; the previous one is unchanged\n".utf8))
        _exit(128 + signalNumber)
    }
}
