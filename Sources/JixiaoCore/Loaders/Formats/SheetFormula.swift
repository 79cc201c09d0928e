import Foundation

/// A worksheet formula computed as Excel or WPS would compute it, for the workbooks saved
/// without their formulas' results: files written by a program (openpyxl stores no result;
/// XlsxWriter stores 0 and asks the reader to recalculate on opening), whose
/// `年度资金总额 =SUM(D10:D11)` a clerk sees as 6070 and a reader of stored results as nothing or 0.
///
/// The arithmetic forms' totals are made of: numbers, cell references (`D10`, `$D$10`,
/// `Sheet2!D10`, `'资金 表'!D10`), ranges, `+ - * / ^ %`, `&` joining text, and the functions
/// of `Parser.call`. Anything else (a lookup, a condition, another workbook) is not computed:
/// the caller says so rather than guess. So is a formula of more than `maxNesting` brackets
/// within brackets, or a range of more than `maxRangeCells` cells: a county's file is not trusted
/// to be small.
struct SheetFormula {
    /// A cell's value as a formula sees it.
    enum Value: Equatable {
        case number(Double)
        case text(String)
        case empty
    }

    /// A cell of a sheet: nil for the formula's own sheet.
    struct Reference: Hashable {
        var sheet: String?
        var row: Int
        var column: Int
    }

    /// The value of a referenced cell; nil when it is not known (a formula that cannot be computed,
    /// a sheet not read), which makes the whole formula not computable.
    typealias Lookup = (Reference) -> Value?

    static let maxNesting = 32
    static let maxRangeCells = 100_000

    /// The formula's value, or nil when it cannot be computed. `offset` moves its relative
    /// references (a shared formula written once for a filled range: `D10+D11` at D9 is
    /// `E10+E11` at E9, offset (0, 1)).
    static func evaluate(_ formula: String, offset: (rows: Int, columns: Int) = (0, 0), lookup: @escaping Lookup) -> Value? {
        var parser = Parser(scalars: Array(formula.unicodeScalars), offset: offset, lookup: lookup)
        parser.skipSpaces()
        if parser.peek == "=" { parser.index += 1 }
        guard let values = parser.expression(), values.count == 1, parser.atEnd else { return nil }
        return values[0]
    }

    /// A recursive-descent reader that computes as it reads. Each rule gives the values it
    /// stands for: one, or a range's cells (only a function's argument may be a range).
    private struct Parser {
        let scalars: [Unicode.Scalar]
        let offset: (rows: Int, columns: Int)
        let lookup: Lookup
        var index = 0
        /// Brackets and functions open around the point read.
        var nesting = 0

        init(scalars: [Unicode.Scalar], offset: (rows: Int, columns: Int), lookup: @escaping Lookup) {
            self.scalars = scalars
            self.offset = offset
            self.lookup = lookup
        }

        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
        var atEnd: Bool { mutating get { skipSpaces(); return index == scalars.count } }

        mutating func skipSpaces() {
            while let scalar = peek, scalar == " " || scalar == "\n" || scalar == "\r" { index += 1 }
        }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            skipSpaces()
            guard peek == scalar else { return false }
            index += 1
            return true
        }

        // Excel's precedence, loosest first: `&`, `+ -`, `* /`, `^`, `%`, a sign.

        mutating func expression() -> [Value]? {
            guard var left = additive() else { return nil }
            while take("&") {
                guard let right = additive() else { return nil }
                guard let a = Self.single(left).flatMap(Self.text), let b = Self.single(right).flatMap(Self.text) else { return nil }
                left = [.text(a + b)]
            }
            return left
        }

        mutating func additive() -> [Value]? {
            guard var left = term() else { return nil }
            while true {
                if take("+") { left = Self.combine(left, term(), +) ?? [] }
                else if take("-") { left = Self.combine(left, term(), -) ?? [] }
                else { return left }
                if left.isEmpty { return nil }
            }
        }

        mutating func term() -> [Value]? {
            guard var left = power() else { return nil }
            while true {
                if take("*") { left = Self.combine(left, power(), *) ?? [] }
                else if take("/") {
                    guard let right = power(), let divisor = Self.single(right).flatMap(Self.number), divisor != 0 else { return nil }
                    left = Self.combine(left, [.number(divisor)], /) ?? []
                } else { return left }
                if left.isEmpty { return nil }
            }
        }

        mutating func power() -> [Value]? {
            guard var left = unary() else { return nil }
            while take("^") {
                left = Self.combine(left, unary(), { Foundation.pow($0, $1) }) ?? []
                if left.isEmpty { return nil }
            }
            return left
        }

        mutating func unary() -> [Value]? {
            if take("-") { return Self.single(unary()).flatMap(Self.number).map { [.number(-$0)] } }
            if take("+") { return unary() }
            guard var values = primary() else { return nil }
            while take("%") {
                guard let number = Self.single(values).flatMap(Self.number) else { return nil }
                values = [.number(number / 100)]
            }
            return values
        }

        mutating func primary() -> [Value]? {
            skipSpaces()
            guard let scalar = peek else { return nil }
            if take("(") {
                nesting += 1
                defer { nesting -= 1 }
                guard nesting <= SheetFormula.maxNesting, let inner = expression(), take(")") else { return nil }
                return inner
            }
            if scalar == "\"" { return string().map { [.text($0)] } }
            if ("0"..."9").contains(scalar) || scalar == "." { return number().map { [.number($0)] } }
            return referenceOrFunction()
        }

        /// `"text"`, a doubled quote standing for one.
        mutating func string() -> String? {
            index += 1
            var text = String.UnicodeScalarView()
            while let scalar = peek {
                index += 1
                if scalar == "\"" {
                    guard peek == "\"" else { return String(text) }
                    index += 1
                }
                text.append(scalar)
            }
            return nil
        }

        mutating func number() -> Double? {
            let start = index
            while let scalar = peek, ("0"..."9").contains(scalar) || scalar == "." { index += 1 }
            if let scalar = peek, scalar == "E" || scalar == "e" {
                index += 1
                if let sign = peek, sign == "+" || sign == "-" { index += 1 }
                while let scalar = peek, ("0"..."9").contains(scalar) { index += 1 }
            }
            return Double(String(String.UnicodeScalarView(scalars[start..<index])))
        }

        /// A word: a function's name before `(`, else a cell or range, with its sheet before `!`.
        mutating func referenceOrFunction() -> [Value]? {
            var sheet: String?
            if peek == "'" {
                index += 1
                var name = String.UnicodeScalarView()
                while let scalar = peek {
                    index += 1
                    if scalar == "'" {
                        guard peek == "'" else { break }
                        index += 1
                    }
                    name.append(scalar)
                }
                guard peek == "!" else { return nil }
                index += 1
                sheet = String(name)
            }
            var word = word()
            if sheet == nil, peek == "!" {
                index += 1
                sheet = word
                word = self.word()
            }
            if sheet == nil, take("(") { return call(word.uppercased()) }
            guard let first = Self.cell(word, offset: offset) else { return nil }
            if peek == ":" {
                index += 1
                guard let last = Self.cell(self.word(), offset: offset),
                      (abs(last.row - first.row) + 1) * (abs(last.column - first.column) + 1) <= SheetFormula.maxRangeCells else { return nil }
                var values: [Value] = []
                for row in min(first.row, last.row)...max(first.row, last.row) {
                    for column in min(first.column, last.column)...max(first.column, last.column) {
                        guard let value = lookup(Reference(sheet: sheet, row: row, column: column)) else { return nil }
                        values.append(value)
                    }
                }
                return values.isEmpty ? nil : values
            }
            return lookup(Reference(sheet: sheet, row: first.row, column: first.column)).map { [$0] }
        }

        mutating func word() -> String {
            let start = index
            while let scalar = peek, !" ()+-*/^%&,:!\"'=<>;".unicodeScalars.contains(scalar) { index += 1 }
            return String(String.UnicodeScalarView(scalars[start..<index]))
        }

        /// A function applied to its arguments, ranges spread out.
        mutating func call(_ name: String) -> [Value]? {
            nesting += 1
            defer { nesting -= 1 }
            guard nesting <= SheetFormula.maxNesting else { return nil }
            var arguments: [[Value]] = []
            if !take(")") {
                repeat {
                    guard let argument = expression() else { return nil }
                    arguments.append(argument)
                } while take(",")
                guard take(")") else { return nil }
            }
            // A range's text and blank cells are left out, as Excel's SUM leaves them.
            let numbers = arguments.flatMap { $0.compactMap { if case .number(let n) = $0 { n } else { nil } } }
            func rounded(_ rule: FloatingPointRoundingRule) -> [Value]? {
                guard arguments.count == 2, let value = Self.single(arguments[0]).flatMap(Self.number),
                      let digits = Self.single(arguments[1]).flatMap(Self.number) else { return nil }
                let scale = Foundation.pow(10, digits.rounded(.towardZero))
                return [.number((value * scale).rounded(rule) / scale)]
            }
            switch name {
            case "SUM": return [.number(numbers.reduce(0, +))]
            case "PRODUCT": return [.number(numbers.reduce(1, *))]
            case "AVERAGE": return numbers.isEmpty ? nil : [.number(numbers.reduce(0, +) / Double(numbers.count))]
            case "MIN": return [.number(numbers.min() ?? 0)]
            case "MAX": return [.number(numbers.max() ?? 0)]
            case "ROUND": return rounded(.toNearestOrAwayFromZero)
            case "ROUNDUP": return rounded(.awayFromZero)
            case "ROUNDDOWN": return rounded(.towardZero)
            case "ABS": return arguments.count == 1 ? Self.single(arguments[0]).flatMap(Self.number).map { [.number(abs($0))] } : nil
            case "INT": return arguments.count == 1 ? Self.single(arguments[0]).flatMap(Self.number).map { [.number($0.rounded(.down))] } : nil
            default: return nil
            }
        }

        /// `D10`, `$D$10`: its row and column with `offset` added where not fixed by `$`.
        static func cell(_ word: String, offset: (rows: Int, columns: Int)) -> (row: Int, column: Int)? {
            guard let place = SheetGrid.parseReference(word) else { return nil }
            let scalars = Array(word.unicodeScalars)
            let columnFixed = scalars.first == "$"
            let rowFixed = scalars.dropFirst().contains("$")
            let row = place.row + (rowFixed ? 0 : offset.rows)
            let column = place.column + (columnFixed ? 0 : offset.columns)
            guard row >= 1, column >= 1 else { return nil }
            return (row, column)
        }

        static func single(_ values: [Value]?) -> Value? {
            guard let values, values.count == 1 else { return nil }
            return values[0]
        }

        /// A value in arithmetic: a blank cell is 0, text only when it is a number written as text.
        static func number(_ value: Value) -> Double? {
            switch value {
            case .number(let number): return number
            case .empty: return 0
            case .text(let text): return Double(text.trimmingCharacters(in: .whitespaces))
            }
        }

        /// A value joined with `&`: a number as Excel's General format writes it.
        static func text(_ value: Value) -> String? {
            switch value {
            case .number(let number): return SheetGrid.general(number)
            case .empty: return ""
            case .text(let text): return text
            }
        }

        static func combine(_ left: [Value], _ right: [Value]?, _ operation: (Double, Double) -> Double) -> [Value]? {
            guard let a = single(left).flatMap(number), let b = single(right).flatMap(number) else { return nil }
            let result = operation(a, b)
            return result.isFinite ? [.number(result)] : nil
        }
    }
}
