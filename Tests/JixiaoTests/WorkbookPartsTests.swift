import Foundation
import Testing
import ZIPFoundation
@testable import JixiaoCore

/// The jixiao executable keeps libxlsxwriter's workbook parts in memory instead of temporary
/// files (Sources/CWorkbookParts), compresses them with libdeflate (Sources/CWorkbookDeflate) and
/// formats their XML without glibc's printf where it can (Sources/CWorkbookXML); the library,
/// which these tests link, keeps libxlsxwriter's own temporary files, minizip's zlib and glibc's
/// printf. Both must write the same workbooks, each part with the CRC-32 of its bytes.
@Suite("Workbook parts kept in memory")
struct WorkbookPartsTests {
    /// Every part of every county workbook, unpacked, by name (the creation time left out).
    private func parts(of folder: String) throws -> [String: Data] {
        var parts: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".xlsx") && name != "汇总.xlsx" {
            let archive = try Archive(url: URL(fileURLWithPath: folder + "/" + name), accessMode: .read)
            for entry in archive where entry.path != "docProps/core.xml" {
                var data = Data()
                let checksum = try archive.extract(entry) { data.append($0) }
                // ZIPFoundation hands back the CRC-32 of what it unpacked; the archive states its own.
                #expect(checksum == entry.checksum, "\(name): \(entry.path)")
                parts[name + ":" + entry.path] = data
            }
        }
        return parts
    }

    @Test func theExecutablesWorkbooksHoldTheSamePartsAsTheLibrarys() throws {
        let executableRoot = Fixtures.temporaryDirectory()
        let outcome = try Command.run(["run", Fixtures.samplePipeline, "--out", executableRoot, "--period", "2024-01"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let libraryRoot = Fixtures.temporaryDirectory()
        _ = try Fixtures.runPeriod("2024-01", root: libraryRoot)
        let fromExecutable = try parts(of: executableRoot + "/2024-01")
        let fromLibrary = try parts(of: libraryRoot + "/2024-01")
        #expect(fromExecutable.keys.contains("平武县.xlsx:xl/worksheets/sheet1.xml"))
        #expect(fromExecutable.keys.contains("原州区.xlsx:xl/sharedStrings.xml"))
        #expect(fromExecutable.keys.sorted() == fromLibrary.keys.sorted())
        for (name, data) in fromLibrary {
            #expect(fromExecutable[name] == data, "\(name)")
        }
    }
}
