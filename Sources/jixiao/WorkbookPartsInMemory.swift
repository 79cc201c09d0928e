import CWorkbookParts

/// Where libxlsxwriter's temporary copy of each workbook part lived in this process: in memory
/// in the jixiao executable (Sources/CWorkbookParts/WorkbookParts.c says why and how), else in
/// libxlsxwriter's temporary files.
enum WorkbookPartsInMemory {
    /// `parts in memory (6,190; largest 3.2 MiB)`, or libxlsxwriter's temporary files when none was.
    static var description: String {
        let parts = jixiao_parts_in_memory()
        guard parts > 0 else { return "parts in libxlsxwriter's temporary files" }
        let largest = Double(jixiao_largest_part_bytes()) / 1_048_576
        return "parts in memory, not temporary files (\(parts); largest \(String(format: "%.1f", largest)) MiB)"
    }
}
