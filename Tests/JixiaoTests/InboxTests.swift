import Foundation
import Testing
@testable import JixiaoCore

/// Issue 14, item 14: what a real inbox holds besides forms.
@Suite struct InboxTests {
    @Test func foldersAreReadRecursivelyAndEverythingElseIsListed() throws {
        let inbox = Fixtures.temporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: inbox + "/平武/2023", withIntermediateDirectories: true)
        try fm.copyItem(atPath: Fixtures.pingwu, toPath: inbox + "/平武/2023/000.txt")
        try fm.copyItem(atPath: Fixtures.yuanzhou, toPath: inbox + "/003.txt")
        for name in ["~$预算.xlsx", ".~lock.预算.xlsx#", "Thumbs.db", ".hidden.txt", "平武/desktop.ini"] {
            _ = Fixtures.write("x", named: name, in: inbox)
        }
        #expect(mkfifo(inbox + "/pipe", 0o644) == 0)
        // A GBK file name (预算.txt), as a Windows archive leaves it.
        let gbk: [UInt8] = Array(inbox.utf8) + Array("/".utf8) + [0xD4, 0xA4, 0xCB, 0xE3] + Array(".txt".utf8)
        let created = gbk.withUnsafeBufferPointer { buffer -> Int32 in
            var path = Array(buffer) + [0]
            return path.withUnsafeMutableBufferPointer { creat(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o644) }
        }
        #expect(created >= 0)
        close(created)
        // An output root inside the inbox is never read back as input.
        try fm.createDirectory(atPath: inbox + "/out/2023-11", withIntermediateDirectories: true)
        _ = Fixtures.write("", named: RunLock.fileName, in: inbox + "/out")
        try fm.copyItem(atPath: Fixtures.pingwu, toPath: inbox + "/out/2023-11/000.txt")

        let listing = InputListing([InputFile(path: inbox)])
        #expect(listing.files.map { $0.displayName ?? "" } == ["003.txt", "平武/2023/000.txt"])
        #expect(Set(listing.skipped.map(\.file)) == ["~$预算.xlsx", ".~lock.预算.xlsx#", "Thumbs.db", ".hidden.txt", "平武/desktop.ini", "out"])
        #expect(Set(listing.refused.map(\.file)) == ["pipe", "\\xD4\\xA4\\xCB\\xE3.txt"])
        let gbkError = try #require(listing.refused.first { $0.file.hasPrefix("\\x") })
        #expect(gbkError.message.contains("预算.txt"))

        let file = try PipelineFile.read(path: Fixtures.samplePipeline)
        let result = try Pipeline(file: file).run(inputs: [InputFile(path: inbox)])
        let summary = try OutputWriter.write(result, pipeline: file, period: "2023-12", root: Fixtures.temporaryDirectory())
        #expect(summary.counties.map(\.projects) == [4, 10])
        #expect(summary.files.map(\.file) == ["003.txt", "平武/2023/000.txt"])
        #expect(summary.skippedFiles.count == 6)
        #expect(summary.failures.count == 2 && summary.status == "incomplete")
    }
}
