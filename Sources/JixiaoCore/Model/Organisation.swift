import Foundation

/// A budget department (部门), e.g. `201-平武县人民政府办公室`, or a unit under it (单位),
/// e.g. `201001-平武县人民政府机关`. Codes are optional: Layout B forms give names only.
public struct OrgName: Codable, Hashable, Sendable, CustomStringConvertible {
    public var code: String?
    public var name: String

    public init(code: String?, name: String) {
        self.code = code
        self.name = name
    }

    /// Splits `201-平武县人民政府办公室` into code `201` and name; text without a leading
    /// numeric code is all name.
    public init(parsing text: String) {
        let trimmed = TextCleaning.trimSpaces(text)
        // Over scalars, not characters: this runs for every department and unit read, and the
        // dash and digits are single scalars.
        let scalars = trimmed.unicodeScalars
        if let dash = scalars.firstIndex(where: { $0 == "-" || $0 == "－" }), dash != scalars.startIndex,
           scalars[..<dash].allSatisfy({ ("0"..."9").contains($0) }) {
            code = String(scalars[..<dash])
            name = TextCleaning.trimSpaces(trimmed[scalars.index(after: dash)...])
        } else {
            code = nil
            name = trimmed
        }
    }

    /// The form's own spelling: `code-name`, or the name alone.
    public var description: String {
        if let code { return "\(code)-\(name)" }
        return name
    }
}

/// A department as stated in one file, with the total the file states for it (if any).
public struct Department: Codable, Hashable, Sendable {
    public var org: OrgName
    /// The department total printed on the form, in 万元.
    public var statedTotal: Double?
    public var source: SourceRef

    public init(org: OrgName, statedTotal: Double?, source: SourceRef) {
        self.org = org
        self.statedTotal = statedTotal
        self.source = source
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
