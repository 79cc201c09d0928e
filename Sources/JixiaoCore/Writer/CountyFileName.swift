import Foundation

/// The file name (without extension) of a county's workbook and state file. A county name
/// that is a valid file name is used as it is; otherwise the characters a file system or
/// Excel refuses become `_`, and a fingerprint of the name as written is appended, so two
/// counties never share a file: `甲/乙县` → `甲_乙县-1a2b3c4d`, while `甲_乙县` stays `甲_乙县`.
/// The same county gets the same name every month (the next period finds its state file).
enum CountyFileName {
    /// Room for `.NAME.xlsx.PID.tmp` within the 255 bytes a file name may have.
    static let maximumBytes = 200

    static func make(_ county: String) -> String {
        var changed = false
        var cleaned = String(county.map { character -> Character in
            if "/\\:*?\"<>|".contains(character) || character.isNewline || character.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                changed = true
                return "_"
            }
            return character
        })
        if cleaned.isEmpty || cleaned.hasPrefix(".") {
            cleaned = "county" + cleaned
            changed = true
        }
        if cleaned.utf8.count > maximumBytes {
            var cut = ""
            for character in cleaned {
                if cut.utf8.count + character.utf8.count > maximumBytes - 9 { break }
                cut.append(character)
            }
            cleaned = cut
            changed = true
        }
        return changed ? cleaned + "-" + fingerprint(county) : cleaned
    }

    /// FNV-1a over the UTF-8 bytes: stable across runs and machines (unlike `hashValue`).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
