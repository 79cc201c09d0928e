import Foundation

/// Level labels printed on the last row of their groups. A label merged over its group's rows is
/// given once: a workbook, a web table or a text export has it on the group's first row and the
/// rows below carry it; Calc prints a merged cell at the bottom of its rows (its cells sit at the
/// bottom unless told otherwise), so on its PDF the label stands on the group's last row and the
/// rows above it have none (`数量指标` / `质量指标` / `时效指标 产出指标(50分)`).
extension IndicatorTable {
    /// The rows with their labels taken from below when the table's labels stand at the end of
    /// their groups: its first row has no label at the outermost level the table writes (nothing
    /// above to carry, as a table whose labels start their groups never has), and its last row has
    /// one of its own there. Calc prints every merged cell of a table so, so each row then belongs
    /// to the nearest label at or below it, at each level, as a row of the usual table belongs to
    /// the nearest at or above it; a label ending its group ends its inner levels' groups too (a
    /// `实施效果指标` ending its group leaves the rows above it none of the `过程管理指标` group's
    /// labels). A level 1 so taken that its level 2 belongs elsewhere (`contradicts`, by
    /// `Data/framework.yaml`) is left blank for the level 2 to place the row: two labels on one
    /// row (`产出指标` ending its group beside the next row's own `成本指标`) leave the later one as
    /// the row's. Nil when the table's labels start their groups.
    static func labelsFromGroupEnds(_ rows: [Row], contradicts: (_ level1: String, _ level2: String) -> Bool) -> [Row]? {
        guard let first = rows.first, let last = rows.last, rows.count > 1,
              // Which label is a row's own is told by lines: rows glued on one line tell nothing.
              Set(rows.map(\.name.line)).count == rows.count else { return nil }
        let writesLevel0 = rows.contains(where: \.writesLevel0)
        let writesLevel1 = rows.contains(where: \.writesLevel1), writesLevel2 = rows.contains(where: \.writesLevel2)
        // Whether every level 2 taken must belong to the level 1 taken with it.
        var mustAgree = false
        if writesLevel0 {
            guard first.level0.isEmpty, last.writesLevel0 else { return nil }
        } else if first.level1.isEmpty, first.level2.isEmpty, last.writesLevel1 || last.writesLevel2 {
            // No label at all on the first row, one of its own on the last (a last group may leave
            // its level 1 out).
        } else {
            // A first row with a level 2 of its own (09's 数量指标, a group of one) tells as much only
            // where each level 1 ends a level-2 group too (groups end together at the bottom; Writer
            // centres a label over its group, beside no level 2's end) and every row's level 2 then
            // belongs to the level 1 it takes.
            let endsTogether = !writesLevel2 || rows.allSatisfy { !$0.writesLevel1 || $0.writesLevel2 }
            guard first.level1.isEmpty, last.writesLevel1, endsTogether else { return nil }
            mustAgree = true
        }
        var result = rows
        var level0: (text: String, line: Int)?, level1: (text: String, line: Int)?, level2: (text: String, line: Int)?
        // Whether a group below has told this row's level 1 (a label of its own, or a level 0
        // ending its group): until then a row keeps the level 1 it carried.
        var level1Told = false
        for index in rows.indices.reversed() {
            let row = rows[index]
            if row.writesLevel0 { level0 = (row.level0, row.level0Line); level1 = nil; level2 = nil; level1Told = true }
            if row.writesLevel1 { level1 = (row.level1, row.level1Line); level2 = nil; level1Told = true }
            if row.writesLevel2 { level2 = (row.level2, row.level2Line) }
            if writesLevel0 { result[index].level0 = level0?.text ?? ""; result[index].level0Line = level0?.line ?? -1 }
            if writesLevel1, level1Told { result[index].level1 = level1?.text ?? ""; result[index].level1Line = level1?.line ?? -1 }
            // A level 2 ends its group inside its level 1's: none below in it, none.
            if writesLevel2 { result[index].level2 = level2?.text ?? ""; result[index].level2Line = level2?.line ?? -1 }
            if result[index].level1Line != row.name.line, contradicts(result[index].level1, result[index].level2) {
                if mustAgree { return nil }
                result[index].level1 = ""
                result[index].level1Line = -1
            }
        }
        return result
    }
}
