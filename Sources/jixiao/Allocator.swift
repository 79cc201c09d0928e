import CJemalloc

/// The jixiao executable allocates through jemalloc (Debian's libjemalloc): it links the
/// library, so every malloc in the process goes through it — Swift's, and libxlsxwriter's,
/// which allocates about 4 KiB for each XML attribute it writes. With glibc's malloc the
/// 150-county benchmark took 21.2 s, with jemalloc 16.2 s (README, "Benchmark").
enum Allocator {
    /// `jemalloc 5.3.0-0-g…`; nil when another allocator serves the process (the library
    /// preloaded away, or the executable built without it).
    static var name: String? {
        var version: UnsafePointer<CChar>? = nil
        var size = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &version, &size, nil, 0) == 0, let version else { return nil }
        return "jemalloc " + String(cString: version)
    }
}
