import Foundation

/// China's county- and prefecture-level divisions (`Data/divisions/`), found in unit names,
/// titles and headers: a form names its county in its content (`820001-井研县马踏镇人民政府`),
/// not in its file name.
///
/// Names are compared after `ChineseFold`, on both sides, so 樂昌市, `平 武县` and 乾县 (whose
/// 乾 OpenCC folds to 干) all match.
public struct Divisions: Sendable {
    public let fold: ChineseFold
    /// Every county-level division, in the order of `counties.tsv`.
    public let counties: [Division]
    /// Every prefecture-level unit, the four municipalities included.
    public let prefectures: [Division]

    /// One folded name the scanner knows: a division name, a province, or a word to skip.
    private struct Entry: Sendable {
        let name: String
        let key: [UInt32]
        var counties: [Division] = []
        var prefecture: Division?
        var province: String?
        /// Matches only right after its prefecture (`needs-prefecture.txt`: 城区, 老城区).
        var needsPrefecture = false
        /// An ordinary word holding a division name (`not-divisions.txt`: 示范县): consumed, never reported.
        var skip = false
    }

    private let entries: [Entry]
    /// Entry indices by the first scalar of their key, longest key first.
    private let byFirstScalar: [UInt32: [Int]]

    /// Reads the divisions. `aliasesFile`, `needsPrefectureFile` and `notDivisionsFile`
    /// default to `aliases.tsv`, `needs-prefecture.txt` and `not-divisions.txt` beside
    /// `countiesFile`, when they exist. A malformed line is an error naming its file and line.
    public init(countiesFile: URL, prefecturesFile: URL, fold: ChineseFold, aliasesFile: URL? = nil,
                needsPrefectureFile: URL? = nil, notDivisionsFile: URL? = nil) throws {
        let folder = countiesFile.deletingLastPathComponent()
        func beside(_ name: String) -> URL? {
            let url = folder.appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: url.path) ? url : nil
        }

        var counties: [Division] = []
        for row in try Self.rows(of: countiesFile, columns: ["code", "province", "prefecture", "county"]) {
            counties.append(Division(code: row.fields[0], province: row.fields[1], prefecture: row.fields[2],
                                     name: row.fields[3], level: .county))
        }
        var prefectures: [Division] = []
        for row in try Self.rows(of: prefecturesFile, columns: ["code", "province", "prefecture"]) {
            prefectures.append(Division(code: row.fields[0], province: row.fields[1], prefecture: row.fields[2],
                                        name: row.fields[2], level: .prefecture))
        }

        var entries: [Entry] = []
        var index: [TextKey: Int] = [:]  // by folded name
        func entry(_ written: String, name: String? = nil) -> Int {
            let key = TextKey(fold.fold(written))
            if let found = index[key] { return found }
            entries.append(Entry(name: name ?? written, key: key.text.unicodeScalars.map(\.value)))
            index[key] = entries.count - 1
            return entries.count - 1
        }
        for county in counties { entries[entry(county.name)].counties.append(county) }
        for prefecture in prefectures {
            entries[entry(prefecture.name)].prefecture = prefecture
            entries[entry(prefecture.province)].province = prefecture.province
        }
        if let file = aliasesFile ?? beside("aliases.tsv") {
            // Short names (石柱县 for 石柱土家族自治县) match as the division they stand for.
            var byCode: [String: Division] = [:]
            for division in counties + prefectures { byCode[division.code] = division }
            for row in try Self.rows(of: file, columns: ["code", "alias"]) {
                guard let division = byCode[row.fields[0]] else {
                    throw PipelineError(file: file.path, line: row.line, message: "no division has the code \(row.fields[0])")
                }
                let found = entry(row.fields[1], name: division.name)
                if division.level == .county { entries[found].counties.append(division) } else { entries[found].prefecture = division }
            }
        }
        if let file = needsPrefectureFile ?? beside("needs-prefecture.txt") {
            for row in try Self.rows(of: file, columns: ["name"]) {
                guard let found = index[TextKey(fold.fold(row.fields[0]))], !entries[found].counties.isEmpty else {
                    throw PipelineError(file: file.path, line: row.line,
                                        message: "'\(row.fields[0])' is not a county-level name of \(countiesFile.lastPathComponent)")
                }
                entries[found].needsPrefecture = true
            }
        }
        if let file = notDivisionsFile ?? beside("not-divisions.txt") {
            for row in try Self.rows(of: file, columns: ["word"]) { entries[entry(row.fields[0])].skip = true }
        }

        var byFirstScalar: [UInt32: [Int]] = [:]
        for (position, entry) in entries.enumerated() where !entry.key.isEmpty {
            byFirstScalar[entry.key[0], default: []].append(position)
        }
        for (first, list) in byFirstScalar {
            byFirstScalar[first] = list.sorted { entries[$0].key.count > entries[$1].key.count }
        }
        self.fold = fold
        self.counties = counties
        self.prefectures = prefectures
        self.entries = entries
        self.byFirstScalar = byFirstScalar
    }

    /// Every county- and prefecture-level name in the folded text, left to right, the longest
    /// name at each place, not overlapping: `固原市原州区自然资源局` gives 固原市 and 原州区.
    public func matches(in text: String) -> [DivisionMatch] {
        scan(text).compactMap { token in
            let entry = entries[token.entry]
            if !entry.counties.isEmpty {
                return DivisionMatch(name: entry.name, level: .county, candidates: entry.counties, range: token.range)
            }
            if let prefecture = entry.prefecture {
                return DivisionMatch(name: entry.name, level: .prefecture, candidates: [prefecture], range: token.range)
            }
            return nil  // a province: it settles names, it is not a match of its own
        }
    }

    /// The county `text` names. A county-level name wins over a prefecture-level one; a
    /// prefecture right before a county (`福州市鼓楼区`) picks that county; a name several
    /// prefectures have is settled by a prefecture or province named in `text`, else in
    /// `context` (the title, the header, the notice around the form), else it is ambiguous.
    /// Of several counties named, the first one that is settled. With no county, a prefecture
    /// names a city's unit; with neither, a province names a province's.
    public func resolve(_ text: String, context: [String] = []) -> CountyResolution {
        let tokens = scan(text)
        let named = Named(tokens.map { entries[$0.entry] })
        var contextNamed: Named?
        var firstAmbiguous: (name: String, candidates: [Division])?
        for (position, token) in tokens.enumerated() {
            let entry = entries[token.entry]
            guard !entry.counties.isEmpty else { continue }
            var candidates = entry.counties
            if position > 0, tokens[position - 1].range.upperBound == token.range.lowerBound,
               let before = entries[tokens[position - 1].entry].prefecture {
                candidates = Named.narrowed(candidates) { $0.prefecture == before.name }
            }
            candidates = named.settle(candidates)
            if candidates.count > 1 {
                if contextNamed == nil {
                    contextNamed = Named(context.flatMap { scan($0) }.map { entries[$0.entry] })
                }
                candidates = contextNamed!.settle(candidates)
            }
            if candidates.count == 1 { return .county(candidates[0]) }
            if firstAmbiguous == nil { firstAmbiguous = (entry.name, candidates) }
        }
        if let firstAmbiguous { return .ambiguous(firstAmbiguous.name, firstAmbiguous.candidates) }
        if let city = tokens.lazy.compactMap({ self.entries[$0.entry].prefecture }).first { return .cityLevel(city.name) }
        if let province = tokens.lazy.compactMap({ self.entries[$0.entry].province }).first { return .provinceLevel(province) }
        return .none
    }

    /// The provinces and prefectures a text names, which settle a county name several
    /// prefectures have.
    private struct Named {
        var prefectures: Set<String> = []
        var provinces: Set<String> = []

        init(_ entries: [Entry]) {
            for entry in entries {
                if let prefecture = entry.prefecture {
                    prefectures.insert(prefecture.name)
                    provinces.insert(prefecture.province)
                }
                if let province = entry.province { provinces.insert(province) }
            }
        }

        func settle(_ candidates: [Division]) -> [Division] {
            let byPrefecture = Self.narrowed(candidates) { prefectures.contains($0.prefecture) }
            return Self.narrowed(byPrefecture) { provinces.contains($0.province) }
        }

        /// The candidates that pass, or all of them when none does: a name elsewhere in the
        /// text that fits no candidate says nothing about this one.
        static func narrowed(_ candidates: [Division], by test: (Division) -> Bool) -> [Division] {
            let kept = candidates.filter(test)
            return kept.isEmpty ? candidates : kept
        }
    }

    private struct Token {
        let entry: Int
        let range: Range<Int>
    }

    /// Leftmost-longest scan of the folded text over every known name; words to skip are
    /// consumed and dropped, names that need their prefecture are taken only right after it.
    private func scan(_ text: String) -> [Token] {
        let scalars = fold.fold(text).unicodeScalars.map(\.value)
        var tokens: [Token] = []
        var found: [Token] = []  // tokens and skipped words: what stands right before a name
        var i = 0
        while i < scalars.count {
            var taken: Token?
            for position in byFirstScalar[scalars[i]] ?? [] {
                let entry = entries[position]
                let end = i + entry.key.count
                guard end <= scalars.count, scalars[i..<end].elementsEqual(entry.key) else { continue }
                if entry.needsPrefecture {
                    guard let last = found.last, last.range.upperBound == i,
                          let before = entries[last.entry].prefecture,
                          entry.counties.contains(where: { $0.prefecture == before.name }) else { continue }
                }
                taken = Token(entry: position, range: i..<end)
                break
            }
            guard let token = taken else {
                i += 1
                continue
            }
            found.append(token)
            if !entries[token.entry].skip { tokens.append(token) }
            i = token.range.upperBound
        }
        return tokens
    }

    /// The rows of a tab-separated data file with the given columns; `#` lines and blank
    /// lines are skipped. A six-digit `code` column is checked.
    private static func rows(of file: URL, columns: [String]) throws -> [(line: Int, fields: [String])] {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw PipelineError(file: file.path, line: nil, message: "cannot read division data: \(error.localizedDescription)")
        }
        var rows: [(line: Int, fields: [String])] = []
        var lineNumber = 0
        // Split on bytes: splitting a String by Character walks grapheme clusters, which
        // was most of the load time.
        for bytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = bytes.last == 0x0D ? bytes.dropLast() : bytes
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || bytes.first == 0x23 { continue }  // blank, `#`
            let fields = bytes.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == columns.count, !fields.contains(where: \.isEmpty) else {
                throw PipelineError(file: file.path, line: lineNumber,
                                    message: "expected \(columns.count) tab-separated fields (\(columns.joined(separator: ", "))), found '\(String(decoding: bytes, as: UTF8.self))'")
            }
            if columns[0] == "code", fields[0].utf8.count != 6 || !fields[0].utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
                throw PipelineError(file: file.path, line: lineNumber, message: "code '\(fields[0])' is not six digits")
            }
            rows.append((lineNumber, fields))
        }
        return rows
    }
}
