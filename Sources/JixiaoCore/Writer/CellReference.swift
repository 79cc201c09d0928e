/// `A1` references for formulas, from 0-based rows and columns: the one place they are made.
enum A1 {
    /// `B3`.
    static func cell(_ row: Int, _ column: Int) -> String {
        var name = ""
        var c = column + 1
        while c > 0 {
            let remainder = (c - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            c = (c - 1) / 26
        }
        return "\(name)\(row + 1)"
    }

    /// `B2:D7` for a block of cells.
    static func range(_ first: (row: Int, column: Int), _ last: (row: Int, column: Int)) -> String {
        "\(cell(first.row, first.column)):\(cell(last.row, last.column))"
    }
}
