import Foundation
import Testing
@testable import JixiaoCore
import JixiaoSynth

/// `ValidUTF8` accepts exactly what the standard library's validation accepts: a text file's
/// encoding is told by it (not UTF-8: tried as GB18030), so one byte sequence judged otherwise
/// would read a file differently.
@Suite struct ValidUTF8Tests {
    func agrees(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { ValidUTF8.isValid($0) } == (String(validating: bytes, as: UTF8.self) != nil)
    }

    /// Every lead byte with every second byte, then a continuation byte, ASCII or nothing.
    @Test func everyPairOfBytesIsJudgedAsTheStandardLibraryJudgesIt() {
        var disagreements: [[UInt8]] = []
        for lead in 0...255 {
            for second in 0...255 {
                for rest: [UInt8] in [[], [0x80], [0xBF, 0xBF], [0x41], [0x80, 0x41, 0x80]] {
                    let bytes = [UInt8(lead), UInt8(second)] + rest
                    if !agrees(bytes) { disagreements.append(bytes) }
                }
            }
        }
        #expect(disagreements.isEmpty)
    }

    /// Random runs of the bytes that decide validity (the bounds of each range in table 3-7).
    @Test func randomRunsAreJudgedAsTheStandardLibraryJudgesThem() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                              0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        var random = SplitMix64(seed: 16)
        var disagreements: [[UInt8]] = []
        for _ in 0..<100_000 {
            let bytes = (0..<random.int(0...9)).map { _ in random.int(0...1) == 0 ? edges[random.int(0...(edges.count - 1))] : UInt8(random.int(0...255)) }
            if !agrees(bytes) { disagreements.append(bytes) }
        }
        #expect(disagreements.isEmpty)
    }

    /// Two three-byte characters are judged from one load of eight bytes: runs of three-byte
    /// sequences with every lead (E0 and ED among them, whose second byte is narrower) and
    /// second bytes at the range bounds, broken ones, and other characters between, at every
    /// offset and length around the eight.
    @Test func runsOfThreeByteSequencesAreJudgedAsTheStandardLibraryJudgesThem() {
        let seconds: [UInt8] = [0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0]
        let pieces: [[UInt8]] = (0xE0...0xEF).flatMap { lead in seconds.map { [UInt8(lead), $0, 0x80] } }
            + [[0xE5, 0xB9, 0xB3], [0xE5, 0xB9], [0xE5, 0x41, 0x80], [0x41], [0x09], [0xC2, 0xA0], [0xF0, 0xA0, 0x80, 0x8B], [0x80], [0xFF]]
        var random = SplitMix64(seed: 16)
        var disagreements: [[UInt8]] = []
        var valid = 0
        for round in 0..<50_000 {
            // Mostly the common characters, so that long runs are valid and reach their ends.
            let bytes = (0..<random.int(0...12)).flatMap { _ in
                round % 2 == 0 && random.int(0...3) > 0 ? [0xE5, 0xB9, 0xB3] : pieces[random.int(0...(pieces.count - 1))]
            }
            if !agrees(bytes) { disagreements.append(bytes) }
            if String(validating: bytes, as: UTF8.self) != nil { valid += 1 }
        }
        #expect(disagreements.isEmpty)
        #expect(valid > 5000)
    }

    /// Bytes cut from valid text are trusted only when cut at whole characters; cut inside one,
    /// they are repaired as `String(decoding:)` repairs them.
    @Test func textCutFromValidUTF8IsTheTextItsBytesSay() {
        let text = "平武县 ≥95% 𠀋Mbps（邮电费）"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { all in
            for from in 0...bytes.count {
                for to in from...bytes.count {
                    let cut = UnsafeBufferPointer(rebasing: all[from..<to])
                    let made = String(validUTF8: cut)
                    #expect(made == String(decoding: cut, as: UTF8.self))
                    #expect(made.utf8.count == (ValidUTF8.isWhole(cut) ? to - from : made.utf8.count))
                }
            }
        }
        #expect(TextDecoder.utf8(Data(text.utf8))?.text == text)
        #expect(TextDecoder.utf8(Data([0xE5, 0xB9])) == nil)
    }
}
