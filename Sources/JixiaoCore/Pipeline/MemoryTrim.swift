import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Hands freed heap memory back to the system. Pass 2 allocates a county's documents on one
/// thread and frees parts of them on another; glibc keeps such memory in per-thread arenas,
/// and a national run's resident size crept up by a quarter of a MiB per county without it.
enum MemoryTrim {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    static func releaseFreedMemory() {
        _ = trim?(0)
    }
}
