import Testing
@testable import JixiaoCore

/// One cell a line, each closed by a bar on its last line (`BarClosedCells`): a cell broken over
/// lines is joined back; a caption or a merged label above a cell of its own is not.
@Suite struct BarClosedCellsTests {
    static let vocabulary = try! ReadingRules.bundled.get().vocabulary
    static func joined(_ text: String) -> (text: String, origins: [Int])? {
        BarClosedCells.joined(text) { BarClosedCells.standsAlone($0, in: vocabulary) }
    }

    static let table = """
        关于下达2025年项目资金的通知
        附件
        项目支出绩效目标表
        项目名称 |
        网球公开赛 |
        一级指标 |
        二级指标 |
        三级指标 |
        指标
        值 |
        产出指标 |
        数量指标 |
        打造金安国际网球
        公开赛等系列品牌赛事 |
        300
        台 |
        """

    @Test func aBrokenCellIsJoinedOnItsFirstLine() throws {
        let joined = try #require(Self.joined(Self.table))
        #expect(joined.text.split(separator: "\n").suffix(6) == [
            "三级指标 |", "指标值 |", "产出指标 |", "数量指标 |", "打造金安国际网球公开赛等系列品牌赛事 |", "300台 |",
        ])
        #expect(joined.origins.suffix(3) == [12, 13, 15])
        // The notice above the table is no cell.
        #expect(joined.text.hasPrefix("关于下达2025年项目资金的通知\n附件\n项目支出绩效目标表\n项目名称 |"))
    }

    /// A caption between two tables over a key (`附件2` / `…绩效目标表` / `项目名称 |`), and a merged
    /// label over a column title (`绩效指标` / `一级指标 |`), stay lines of their own.
    @Test func aLineOverACellOfItsOwnStays() {
        let text = Self.table
            .replacingOccurrences(of: "指标\n值 |", with: "指标值 |")
            .replacingOccurrences(of: "打造金安国际网球\n", with: "")
            .replacingOccurrences(of: "300\n台 |", with: "300台 |")
            .replacingOccurrences(of: "一级指标 |", with: "绩效指标\n一级指标 |")
            .replacingOccurrences(of: "数量指标 |", with: "续表\n数量指标 |")
            + "\n附件2\n2025年项目支出绩效目标表\n项目名称 |\n常规赛 |"
        #expect(Self.joined(text) == nil)
    }
}
