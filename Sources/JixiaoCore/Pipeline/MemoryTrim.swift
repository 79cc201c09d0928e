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

    private typealias Control = @convention(c) (UnsafePointer<CChar>?, UnsafeMutableRawPointer?,
                                                UnsafeMutablePointer<Int>?, UnsafeMutableRawPointer?, Int) -> Int32

    private static let control: Control? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallctl") else { return nil }
        return unsafeBitCast(symbol, to: Control.self)
        #else
        return nil
        #endif
    }()

    /// Hands every freed page back now, whichever allocator serves. jemalloc keeps a thread's
    /// freed pages for about 10 s for that thread's next allocations; at the run's tail the
    /// JSON's thread is done while the summary workbook's thread goes on to its peak, and
    /// what the JSON freed (tens of MiB) stayed resident beside it.
    static func releaseAllFreedMemory() {
        if let control {
            // MALLCTL_ARENAS_ALL: every arena.
            _ = control("arena.4096.purge", nil, nil, nil, 0)
        } else {
            _ = trim?(0)
        }
    }
}
