import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Hands freed heap memory back to the system where glibc's malloc serves the process (the
/// library's users and the tests; the jixiao executable allocates through jemalloc, which
/// returns freed pages on its own as they age). Pass 2 allocates a county's documents on one
/// thread and frees parts of them on another; glibc keeps such memory in per-thread arenas,
/// and a national run's resident size crept up by a quarter of a MiB per county without it.
enum MemoryTrim {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        let process = UnsafeMutableRawPointer(bitPattern: 0)
        // jemalloc's control entry point: glibc's heap is not the one in use.
        guard dlsym(process, "mallctl") == nil, let symbol = dlsym(process, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    static func releaseFreedMemory() {
        _ = trim?(0)
    }
}
