/// What a printed page carries besides its table, as `Data/vocabulary.yaml` writes it: its number
/// in the header or footer (`page_numbers`: `第 1 页，共 3 页`, `Page 1 of 3`, a Chinese
/// LibreOffice's `页1`) and the sheet name a spreadsheet prints atop every page (`sheet_names`:
/// `Sheet1`, a Chinese LibreOffice's `工作表1`). Each is a pattern in which `{n}` stands for a
/// number; text is compared compact (no spaces, full-width as ASCII) and Latin letters in either case.
public struct PrintMarks: Sendable {
    /// One pattern: literal scalars, and nil where a number stands.
    typealias Pattern = [Unicode.Scalar?]

    private let pageNumbers: [Pattern]
    private let sheetNames: [Pattern]
    /// The scalars a page number or a sheet name may start with (most lines start otherwise).
    private let pageNumberFirstScalars: ScalarSet
    private let sheetNameFirstScalars: ScalarSet
    /// What may stand between two page numbers written together (`第1页，共3页`, `第1页/共3页`).
    private static let joints: [Unicode.Scalar] = [",", "、", "/", ";"]

    /// No marks: nothing is a page number or a sheet name.
    public static let none = PrintMarks(pageNumbers: [], sheetNames: [])

    /// `pageNumbers` and `sheetNames` as written in the vocabulary, `{n}` for a number.
    init(pageNumbers: [String], sheetNames: [String]) {
        self.pageNumbers = pageNumbers.map(Self.pattern).filter { !$0.isEmpty }
        self.sheetNames = sheetNames.map(Self.pattern).filter { !$0.isEmpty }
        let digits = (0...9).map { Unicode.Scalar(UInt8(ascii: "0") + UInt8($0)) }
        pageNumberFirstScalars = ScalarSet(self.pageNumbers.flatMap { $0[0].map { [$0] } ?? digits })
        sheetNameFirstScalars = ScalarSet(self.sheetNames.flatMap { $0[0].map { [$0] } ?? digits })
    }

    static func pattern(_ written: String) -> Pattern {
        var pattern: Pattern = []
        var rest = written.unicodeScalars[...]
        while let scalar = rest.first {
            if rest.starts(with: "{n}".unicodeScalars) {
                pattern.append(nil)
                rest = rest.dropFirst(3)
                continue
            }
            if let compact = FormCells.compactScalar(scalar) { pattern.append(lowered(compact)) }
            rest = rest.dropFirst()
        }
        return pattern
    }

    @inline(__always)
    private static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// Whether a line's compact text is a page number, or several written together.
    func isPageNumber<Scalars: BidirectionalCollection>(_ compact: Scalars) -> Bool where Scalars.Element == Unicode.Scalar {
        guard let first = compact.first, pageNumberFirstScalars.contains(Self.lowered(first)) else { return false }
        return arePageNumbers(Array(compact), from: 0)
    }

    /// Whether `text` from `start` is page numbers to its end, joined by `joints` or by nothing.
    private func arePageNumbers(_ text: [Unicode.Scalar], from start: Int) -> Bool {
        pageNumbers.contains { pattern in
            guard var next = Self.match(pattern, in: text, from: start) else { return false }
            if next == text.count { return true }
            while next < text.count, Self.joints.contains(text[next]) { next += 1 }
            return next < text.count && arePageNumbers(text, from: next)
        }
    }

    /// Whether compact text is a sheet's default name, all of it.
    func isSheetName<Scalars: Collection>(_ compact: Scalars) -> Bool where Scalars.Element == Unicode.Scalar {
        guard let first = compact.first, sheetNameFirstScalars.contains(Self.lowered(first)) else { return false }
        let text = Array(compact)
        return sheetNames.contains { Self.match($0, in: text, from: 0) == text.count }
    }

    /// Where `pattern` ends when it matches `text` from `start` (a number: a run of digits), or nil.
    private static func match(_ pattern: Pattern, in text: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        for piece in pattern {
            if let literal = piece {
                guard i < text.count, lowered(text[i]) == literal else { return nil }
                i += 1
            } else {
                let digitsStart = i
                while i < text.count, FormCells.isDigit(text[i]) { i += 1 }
                guard i > digitsStart else { return nil }
            }
        }
        return i
    }
}
