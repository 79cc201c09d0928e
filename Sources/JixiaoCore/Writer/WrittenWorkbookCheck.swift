import Foundation
import ZIPFoundation

/// Reads a workbook libxlsxwriter has just closed and checks that it is whole: a ZIP whose
/// directory reads, with its workbook, content types and every worksheet part not empty.
/// libxlsxwriter does not notice every failed write of its temporary files (a full disk gave
/// workbooks whose parts were all empty, reported as written); this check does.
enum WrittenWorkbookCheck {
    static func verify(_ path: String) throws {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw WriterError(file: path, message: "the written workbook cannot be read back as a ZIP (disk full?): \(error)")
        }
        var found: Set<String> = []
        for entry in archive {
            let name = entry.path
            let required = name == "[Content_Types].xml" || name == "xl/workbook.xml"
                || (name.hasPrefix("xl/worksheets/sheet") && name.hasSuffix(".xml"))
            guard required else { continue }
            found.insert(name.hasPrefix("xl/worksheets/") ? "sheet" : name)
            if entry.uncompressedSize == 0 {
                throw WriterError(file: path, message: "the written workbook's part \(name) is empty (disk full?)")
            }
        }
        for needed in ["[Content_Types].xml", "xl/workbook.xml", "sheet"] where !found.contains(needed) {
            throw WriterError(file: path, message: "the written workbook lacks \(needed == "sheet" ? "any worksheet" : needed)")
        }
    }
}
