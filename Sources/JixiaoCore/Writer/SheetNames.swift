/// Sheet names Excel accepts: at most 31 characters, none of `[]:*?/\`, no leading or
/// trailing apostrophe, unique regardless of case.
package struct SheetNames {
    private var used: Set<String> = []

    package init() {}

    static func sanitize(_ name: String) -> String {
        var cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 })
        cleaned = cleaned.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        if cleaned.isEmpty { cleaned = "Sheet" }
        return String(cleaned.prefix(31))
    }

    package mutating func claim(_ wanted: String) -> String {
        let base = SheetNames.sanitize(wanted)
        var candidate = base
        var counter = 2
        while used.contains(candidate.lowercased()) {
            let suffix = "(\(counter))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            counter += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }
}

import Foundation
