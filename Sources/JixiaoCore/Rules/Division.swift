/// Whether a division name is a county-level unit (县, 区, 县级市, 旗 …) or a prefecture-level
/// one (地级市, 自治州, 盟, 地区, and the four municipalities).
public enum DivisionLevel: String, Sendable, Hashable {
    case county
    case prefecture
}

/// One division of `Data/divisions/counties.tsv` or `prefectures.tsv`. For a prefecture,
/// `name` and `prefecture` are the same.
public struct Division: Hashable, Sendable, CustomStringConvertible {
    /// Six-digit division code (`640402`; `XX0000` for a municipality as a prefecture).
    public let code: String
    public let province: String
    /// The prefecture-level unit above a county; the municipality for its districts
    /// (`重庆市` for 忠县), `省直辖县级行政区划` for a county a province governs directly.
    public let prefecture: String
    public let name: String
    public let level: DivisionLevel

    public init(code: String, province: String, prefecture: String, name: String, level: DivisionLevel) {
        self.code = code
        self.province = province
        self.prefecture = prefecture
        self.name = name
        self.level = level
    }

    public var description: String {
        level == .county ? "\(name) (\(prefecture), \(province), \(code))" : "\(name) (\(province), \(code))"
    }
}

/// A division name found in a text.
public struct DivisionMatch: Hashable, Sendable {
    /// The name as `Data/divisions` writes it: simplified even when the text was traditional,
    /// the full name when the text wrote a short one (石柱土家族自治县 for 石柱县).
    public let name: String
    public let level: DivisionLevel
    /// Every division of that level with that name: one for most, several for 鼓楼区.
    public let candidates: [Division]
    /// Where the name stands, in Unicode scalars of the folded text (`ChineseFold.fold`).
    public let range: Range<Int>
}

/// What a text says about its county.
public enum CountyResolution: Hashable, Sendable {
    /// One county-level division.
    case county(Division)
    /// A prefecture-level unit and no county: a city's own department (龙岩市民族与宗教事务局).
    case cityLevel(String)
    /// A province and no prefecture or county: a province's own department (湖南省财政厅).
    case provinceLevel(String)
    /// A county name several prefectures have, which no province or prefecture in the text
    /// or its context settles; the candidates left.
    case ambiguous(String, [Division])
    /// No division named.
    case none
}
