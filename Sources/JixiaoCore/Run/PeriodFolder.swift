import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A period is published whole. A run writes into a folder of its own beside the period
/// (`ROOT/.2023-12.building-PID`) and, when every file is written, swaps it in with one
/// rename; so SIGKILL, SIGTERM, a full disk or a crash mid-run leave last run's folder
/// exactly as it was. Folders left by runs that died are removed by the next run.
public struct PeriodFolder: Sendable {
    /// Where the period is published: `ROOT/2023-12`.
    public let final: String
    /// Where this run writes until it publishes.
    public let building: String

    static let buildingMarker = ".building-"
    static let retiredMarker = ".retired-"
    static let discardedMarker = ".discarded-"

    public init(root: String, period: String) {
        final = (root as NSString).appendingPathComponent(period)
        building = (root as NSString).appendingPathComponent(".\(period)\(Self.buildingMarker)\(getpid())")
    }

    /// Removes what runs that are no longer alive left in `root`: building and retired folders.
    public static func removeLeftovers(in root: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] where name.hasPrefix(".") {
            for marker in [buildingMarker, retiredMarker, discardedMarker] {
                guard let range = name.range(of: marker), let pid = Int32(name[range.upperBound...]) else { continue }
                if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                    try? FileManager.default.removeItem(atPath: (root as NSString).appendingPathComponent(name))
                }
            }
        }
    }

    /// Swaps the finished folder in: atomically where the file system can exchange two
    /// names (`renameat2` with `RENAME_EXCHANGE`), else with two renames; the previous
    /// folder of this period is then removed.
    public func publish() throws {
        let retired = (((final as NSString).deletingLastPathComponent) as NSString)
            .appendingPathComponent(".\((final as NSString).lastPathComponent)\(Self.retiredMarker)\(getpid())")
        if !FileManager.default.fileExists(atPath: final) {
            guard rename(building, final) == 0 else { throw failure("rename") }
            return
        }
        if PeriodFolder.exchange(building, final) {
            // `building` now holds the previous folder.
            guard rename(building, retired) == 0 else { throw failure("rename") }
        } else {
            guard rename(final, retired) == 0 else { throw failure("rename") }
            guard rename(building, final) == 0 else {
                let error = failure("rename")
                _ = rename(retired, final)
                throw error
            }
        }
        try? FileManager.default.removeItem(atPath: retired)
    }

    /// Removes the folder of an unfinished run.
    public func discard() {
        // Renamed away first: a worker still writing a county by path can no longer add a file
        // to it, so the removal is not raced into leaving a half-emptied folder behind.
        let name = (building as NSString).lastPathComponent.replacingOccurrences(of: Self.buildingMarker, with: Self.discardedMarker)
        let discarded = ((building as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        let doomed = rename(building, discarded) == 0 ? discarded : building
        for _ in 0..<3 where FileManager.default.fileExists(atPath: doomed) {
            try? FileManager.default.removeItem(atPath: doomed)
        }
    }

    private func failure(_ call: String) -> WriterError {
        WriterError(file: final, message: "cannot publish the finished period folder (\(call)): \(String(cString: strerror(errno)))")
    }

    /// `renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE)`, looked up at run time (glibc 2.28+).
    static func exchange(_ a: String, _ b: String) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }  // nil: RTLD_DEFAULT on glibc
        let call = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return call(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }
}
