import CZipLevel

/// The deflate level the jixiao executable zips workbooks at: 4, where libxlsxwriter would
/// use zlib's default 6 (Sources/CZipLevel/ZipLevel.c says why and how).
enum WorkbookCompression {
    /// `deflate level 4 (1,234 workbook parts)`, or zlib's default when no part went through
    /// jixiao's level (the executable built without it, or nothing written yet).
    static var description: String {
        let parts = jixiao_zip_parts()
        guard parts > 0 else { return "deflate level 6 (zlib's default)" }
        return "deflate level \(jixiao_zip_level()) (\(parts) workbook parts; zlib's default is 6)"
    }
}
