import CWorkbookDeflate

/// How the jixiao executable compresses its workbooks: libdeflate at level 1, where
/// libxlsxwriter would deflate each part through minizip with zlib at level 6
/// (Sources/CWorkbookDeflate/WorkbookDeflate.c says why and how).
enum WorkbookCompression {
    /// `libdeflate 1.14 level 1 (1,234 workbook parts; …)`, or zlib's default when no part
    /// went through libdeflate (the executable built without it, or nothing written yet).
    static var description: String {
        let parts = jixiao_deflate_parts()
        guard parts > 0 else { return "zlib level 6 (libxlsxwriter's default)" }
        return "\(String(cString: jixiao_deflate_library())) level \(jixiao_deflate_level()) "
            + "(\(parts) workbook parts; libxlsxwriter's default is zlib level 6)"
    }
}
