import Foundation

/// The county a form belongs to, read from its content against the division list: first
/// the texts that say whose form it is (unit, department, recipient), then the title, then
/// allocation tables beside it, then anything in the file. The first text naming a county
/// or a city's own unit decides; the form is never named after its file.
struct CountyFinder {
    let divisions: Divisions?

    struct Answer {
        var name: String
        var level: CountyLevel
    }

    func county(owners: [String], titles: [String], allocations: [String], context: [String],
                allText: String, file: String) -> (Answer, Finding?) {
        guard let divisions else {
            let name = owners.lazy.compactMap(Loaders.county(fromOrganisation:)).first
            return (Answer(name: name ?? CountyLevel.unknownName, level: name == nil ? .unknown : .county), nil)
        }
        let context = context + titles
        var ambiguous: (String, [Division])?
        var province: String?
        for group in [owners, titles, allocations] {
            // A city's department over a county's unit (主管部门 丽江市…局, 实施单位 丽江市古城区…局): the
            // county's form; the city's only when none of the group's texts names a county.
            var city: String?
            for text in group {
                switch divisions.resolve(text, context: context + [allText]) {
                case .county(let division): return (Answer(name: division.name, level: .county), nil)
                case .cityLevel(let name): city = city ?? name
                case .ambiguous(let name, let candidates): ambiguous = ambiguous ?? (name, candidates)
                case .provinceLevel(let name): province = province ?? name
                case .none: continue
                }
            }
            if let city {
                return (Answer(name: city, level: .city), Finding(severity: .info, rule: RuleID.countyCityLevel,
                    message: "表单属于市级单位（\(city)），不属于某个县", county: "", source: SourceRef(file: file, line: 1), stage: "load"))
            }
        }
        if let (name, candidates) = ambiguous {
            return (Answer(name: name, level: .ambiguous), Finding(severity: .warning, rule: RuleID.countyAmbiguous,
                message: "「\(name)」在多个地方都有（\(candidates.map { "\($0.prefecture)\($0.name)" }.joined(separator: "、"))），文件里没有写明省或市；请在流水线里为这个文件写明 county",
                county: "", source: SourceRef(file: file, line: 1), stage: "load"))
        }
        // Anything in the file, when it names exactly one county (a notice signed 忠县财政局).
        let everywhere = Set(divisions.matches(in: allText).filter { $0.level == .county && $0.candidates.count == 1 }.map(\.name))
        if everywhere.count == 1, let name = everywhere.first {
            return (Answer(name: name, level: .county), nil)
        }
        // A province's own department (湖南省财政厅), where nothing names a county or city.
        if let province {
            return (Answer(name: province, level: .province), Finding(severity: .info, rule: RuleID.countyProvinceLevel,
                message: "表单属于省级单位（\(province)），不属于某个县或市", county: "", source: SourceRef(file: file, line: 1), stage: "load"))
        }
        return (Answer(name: CountyLevel.unknownName, level: .unknown), Finding(severity: .warning, rule: RuleID.countyUnknown,
            message: "从表单内容认不出所属的县（单位、标题、附表里都没有县名）；请在流水线里为这个文件写明 county",
            county: "", source: SourceRef(file: file, line: 1), stage: "load"))
    }

    /// The counties the forms' owners name, when they name more than one (a workbook with a
    /// sheet per county, pages of two counties in one PDF), the counted one among them.
    func counties(owners: [String], counted: String, context: [String]) -> [String]? {
        guard let divisions, owners.count > 1 else { return nil }
        var seen = Set<TextKey>()
        var counties: [String] = []
        for text in owners where seen.insert(TextKey(text)).inserted {
            if case .county(let division) = divisions.resolve(text, context: context), !counties.contains(division.name) {
                counties.append(division.name)
            }
        }
        return counties.count > 1 && counties.contains(counted) ? counties : nil
    }

    /// The county a form's own units name (主管部门, then 实施单位), or nil.
    func county(ofUnits units: [String], context: [String]) -> String? {
        guard let divisions else { return nil }
        for text in units where !text.isEmpty {
            if case .county(let division) = divisions.resolve(text, context: context) { return division.name }
        }
        return nil
    }
}

/// What the county of a document is: a county-level division, a city's or a province's own
/// unit, a name several places share, or not found.
public enum CountyLevel: String, Codable, Sendable, CaseIterable {
    case county = "县级"
    case city = "市级单位"
    case province = "省级单位"
    case ambiguous = "同名待定"
    case unknown = "未识别"
    case stated = "流水线指定"

    static let unknownName = "未识别县"
}
