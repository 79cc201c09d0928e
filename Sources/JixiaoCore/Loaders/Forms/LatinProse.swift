import Foundation

/// Whether a text is a document written in running Latin-script text (a README or notes in
/// English left beside the forms), not a form. Forms are written in Chinese; a document about
/// them quotes the vocabulary's words between its sentences, and since a word after a space
/// starts a cell, every quote would start a title, key or column, and the sentences between
/// them would become indicators (`/`, URLs, file names). Told from the characters alone, in
/// one pass over the bytes of the text's start: never from the file name or extension.
enum LatinProse {
    /// The bytes looked at: a document shows what it is written in from its start.
    static let sampleBytes = 64 * 1024
    /// Running Latin text this many times the Chinese characters is a Latin-script document.
    /// Real forms have at most a fifth as many letters as characters, counting every letter
    /// (URLs, units, pinyin); README-like documents about forms have four to twenty times as many.
    static let ratio = 2
    /// A run of at least this many Latin words (two letters or more) is running text: units
    /// (`Mbps`), codes and short labels are not.
    static let runWords = 3

    struct Count: Equatable {
        /// Letters of Latin words standing in runs of `runWords` or more.
        var proseLetters = 0
        /// Han characters (U+4000–U+9FFF).
        var hanCharacters = 0

        var isProse: Bool { proseLetters > 0 && proseLetters >= ratio * hanCharacters }
    }

    /// The letters of running Latin text and the Han characters in the text's first `sampleBytes`.
    static func count(_ text: String) -> Count {
        var text = text
        return text.withUTF8 { bytes in count(UnsafeBufferPointer(rebasing: bytes.prefix(sampleBytes))) }
    }

    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Count {
        // Plain local counters (no nested function capturing them): this looks at every byte.
        var proseLetters = 0, hanCharacters = 0
        var word = 0
        var runWords = 0, runLetters = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
                word += 1
                continue
            }
            if word >= 2 { runWords += 1; runLetters += word }
            word = 0
            // Spaces, digits, ASCII punctuation and line ends keep a sentence going (it wraps);
            // so do continuation bytes. Any other script's character (its lead byte) ends the
            // run of Latin words.
            guard byte >= 0xC0 else { continue }
            if runWords >= Self.runWords { proseLetters += runLetters }
            runWords = 0
            runLetters = 0
            if byte >= 0xE4 && byte <= 0xE9 {
                hanCharacters += 1
                i += 2  // its two continuation bytes change nothing
                // The Han characters after it (most of a form) leave every count but theirs as it is.
                while i < bytes.count && bytes[i] >= 0xE4 && bytes[i] <= 0xE9 {
                    hanCharacters += 1
                    i += 3
                }
            }
        }
        if word >= 2 { runWords += 1; runLetters += word }
        if runWords >= Self.runWords { proseLetters += runLetters }
        return Count(proseLetters: proseLetters, hanCharacters: hanCharacters)
    }
}
