import ArgumentParser
import Foundation
import JixiaoCore

/// `jixiao xls-records FILE`, not listed in the help: reads one .xls workbook with FreeXL and
/// writes its records to standard output for the process that started it (`XLSReaderProcess`).
struct XLSRecords: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: XLSReaderProcess.command,
        abstract: "Reads one .xls workbook for jixiao's own loaders (internal).",
        shouldDisplay: false
    )

    @Argument(help: "The .xls file.")
    var file: String

    func run() throws {
        let status = XLSReaderProcess.writeRecords(path: file)
        if status != 0 { throw ExitCode(status) }
    }
}
