import Foundation

/// The vocabulary's words a target's value is read with. Comparisons a target writes in words
/// around its number (`comparison_words`, `comparison_after`): before it (`不低于95%` → ≥ 95 %) and after its unit
/// (`95%以上` → ≥ 95 %, `5个工作日以内` → ≤ 5 个工作日). Without them such targets had read as
/// qualitative (no number), or as `= 95` with the unit `%以上`.
public struct ValueWords: Sendable {
    /// Words a text may open with, each with what it says: folded as `ValueParser` folds a value
    /// (`TextCleaning.foldWidth`), longest first, and their first scalars, so most texts (which
    /// open with none of them) are passed by with one set lookup.
    struct Openers<Meaning: Sendable>: Sendable {
        let entries: [(word: String, meaning: Meaning)]
        let firsts: ScalarSet

        init(_ words: [(word: String, meaning: Meaning)]) {
            entries = words.map { (TextCleaning.foldWidth($0.word), $0.meaning) }.filter { !$0.0.isEmpty }
                .sorted { ($0.word.unicodeScalars.count, $0.word) > ($1.word.unicodeScalars.count, $1.word) }
            firsts = ScalarSet(entries.compactMap(\.word.unicodeScalars.first))
        }

        /// The longest word `text` opens with, what it says, and the text after it (spaces trimmed).
        func opening(_ text: String) -> (meaning: Meaning, rest: String)? {
            guard let first = text.firstScalar, firsts.contains(first) else { return nil }
            for entry in entries where text.startsWithText(entry.word) {
                return (entry.meaning, TextCleaning.trimSpaces(String(text.utf8.dropFirst(entry.word.utf8.count))!))
            }
            return nil
        }
    }

    /// Comparisons written before the number (`不低于`).
    let before: Openers<Comparison>
    /// Comparisons written after the unit (`以上`), longest first, and their last scalars: most
    /// units end with none of them, and are not compared word by word.
    let after: [(word: String, sign: Comparison)]
    let afterLast: ScalarSet

    /// Units a value is measured in (`value_units`) and the characters a template writes for a
    /// number still to fill in (`name_placeholders`, the `**` of `(≥**%)`): what `NameUnit`
    /// reads in an indicator's name.
    let units: Set<TextKey>
    let placeholders: ScalarSet
    /// What joins a range's two ends (`range_marks`: `90%-95%`, `3～5个`, `90至95`).
    let rangeMarks: Openers<Void>
    /// Words before a number that state no comparison (`value_openings`: `达到95%`, `控制在5%以内`).
    let openings: Openers<Void>
    /// Words before a count that say per what period it is (`value_periods`: `每年12次` → 12 次/年),
    /// each with the period its unit is divided by.
    let periods: Openers<String>
    /// Units written in words before the number (`value_unit_words`: `百分之九十五` → 95 %),
    /// each with the unit it is.
    let unitWords: Openers<String>
    /// Words telling a time indicator in its level 2 or name (`time_words`: 时效, 时间): its target may
    /// be a date exported as its serial number (`ExcelDateSerial`).
    var timeWords: [String] = []

    public static let none = ValueWords(before: [], after: [])

    /// The bundled Data folder's words (`ReadingRules.defaultDataDirectory`), or none: for the
    /// fuzzers, which read values as a run does.
    public static let bundled: ValueWords = ReadingRules.defaultDataDirectory().flatMap { try? load(dataDirectory: $0) } ?? .none

    init(before: [(word: String, sign: Comparison)], after: [(word: String, sign: Comparison)],
         units: [String] = [], placeholders: [String] = [], rangeMarks: [String] = [], openings: [String] = [],
         periods: [String: [String]] = [:], unitWords: [String: [String]] = [:]) {
        self.before = Openers(before.map { ($0.word, $0.sign) })
        self.after = after
        afterLast = ScalarSet(after.compactMap(\.word.unicodeScalars.last))
        self.rangeMarks = Openers(rangeMarks.map { ($0, ()) })
        self.openings = Openers(openings.map { ($0, ()) })
        self.periods = Openers(periods.flatMap { period, words in words.map { ($0, period) } })
        self.unitWords = Openers(unitWords.flatMap { unit, words in words.map { ($0, unit) } })
        self.units = Set(units.map { TextKey(TextCleaning.foldWidth($0)) })
        self.placeholders = ScalarSet(placeholders.flatMap { TextCleaning.foldWidth($0).unicodeScalars })
    }

    /// - Throws: a sign key that is not one of `≥ ≤ > < =`, naming the vocabulary file.
    init(before: [String: [String]], after: [String: [String]], units: [String] = [], placeholders: [String] = [],
         rangeMarks: [String] = [], openings: [String] = [], periods: [String: [String]] = [:],
         unitWords: [String: [String]] = [:], file: String) throws {
        func table(_ words: [String: [String]], _ key: String) throws -> [(word: String, sign: Comparison)] {
            try words.flatMap { sign, words -> [(word: String, sign: Comparison)] in
                guard let comparison = Comparison(rawValue: sign), comparison != .qualitative else {
                    throw PipelineError(file: file, line: nil,
                                        message: "\(key): '\(sign)' is no comparison (expected ≥, ≤, >, < or =)")
                }
                return words.map { (TextCleaning.foldWidth($0), comparison) }.filter { !$0.0.isEmpty }
            }.sorted { ($0.word.unicodeScalars.count, $0.word) > ($1.word.unicodeScalars.count, $1.word) }
        }
        self.init(before: try table(before, "comparison_words"), after: try table(after, "comparison_after"),
                  units: units, placeholders: placeholders, rangeMarks: rangeMarks, openings: openings, periods: periods,
                  unitWords: unitWords)
    }

    /// The words of a `Data/` folder's vocabulary files (`ReadingRules.vocabularyPaths`), their
    /// lists added together as the reader adds them.
    static func load(dataDirectory: String) throws -> ValueWords {
        struct Words: Decodable {
            var comparison_words: [String: [String]]?
            var comparison_after: [String: [String]]?
            var value_units: [String]?
            var name_placeholders: [String]?
            var range_marks: [String]?
            var value_openings: [String]?
            var value_periods: [String: [String]]?
            var value_unit_words: [String: [String]]?
            var time_words: [String]?
        }
        var before: [String: [String]] = [:]
        var after: [String: [String]] = [:]
        var units: [String] = []
        var placeholders: [String] = []
        var rangeMarks: [String] = []
        var openings: [String] = []
        var periods: [String: [String]] = [:]
        var unitWords: [String: [String]] = [:]
        var timeWords: [String] = []
        let paths = ReadingRules.vocabularyPaths(in: dataDirectory)
        for path in paths {
            let words = try RuleFile.decode(Words.self, path: path)
            before.merge(words.comparison_words ?? [:], uniquingKeysWith: +)
            after.merge(words.comparison_after ?? [:], uniquingKeysWith: +)
            units += words.value_units ?? []
            placeholders += words.name_placeholders ?? []
            rangeMarks += words.range_marks ?? []
            openings += words.value_openings ?? []
            periods.merge(words.value_periods ?? [:], uniquingKeysWith: +)
            unitWords.merge(words.value_unit_words ?? [:], uniquingKeysWith: +)
            timeWords += words.time_words ?? []
        }
        var loaded = try ValueWords(before: before, after: after, units: units, placeholders: placeholders,
                              rangeMarks: rangeMarks, openings: openings, periods: periods, unitWords: unitWords,
                              file: paths[0])
        loaded.timeWords = timeWords
        return loaded
    }

    /// The period a count is per and the value after its word (`每年12次` → 年, `12次`), or nil.
    func period(_ text: String) -> (period: String, rest: String)? {
        periods.opening(text).map { ($0.meaning, $0.rest) }
    }

    /// The unit a value names in words before its number and the number after it
    /// (`百分之九十五` → %, `九十五`), or nil.
    func unitWord(_ text: String) -> (unit: String, rest: String)? {
        unitWords.opening(text).map { ($0.meaning, $0.rest) }
    }

    /// The value after a word that states no comparison (`达到95%` → `95%`), or nil.
    func afterOpening(_ text: String) -> String? {
        openings.opening(text)?.rest
    }

    /// The comparison a value opens with in words, and the value after it (`不低于95%` → ≥, `95%`).
    func opening(_ text: String) -> (sign: Comparison, rest: String)? {
        before.opening(text).map { ($0.meaning, $0.rest) }
    }

    /// The comparison a unit ends with in words, and the unit before it (`%以上` → ≥, `%`).
    func closing(_ unit: String) -> (sign: Comparison, unit: String?)? {
        guard let last = unit.lastScalar, afterLast.contains(last) else { return nil }
        for entry in after where unit.endsWithText(entry.word) {
            let rest = TextCleaning.trimSpaces(String(unit.utf8.dropLast(entry.word.utf8.count))!)
            return (entry.sign, rest.isEmpty ? nil : rest)
        }
        return nil
    }

    /// The text after a range's first number split at its mark (`%-95%` → `%` and `95%`), or
    /// nil when no mark of `range_marks` follows the first unit.
    func rangeParts(_ unit: String) -> (first: String, second: String)? {
        let scalars = Array(unit.unicodeScalars)
        for start in scalars.indices {
            // The first unit has no digits: the mark is the first thing that is not a unit.
            if ("0"..."9").contains(scalars[start]) { return nil }
            guard rangeMarks.firsts.contains(scalars[start]),
                  let mark = rangeMarks.opening(String(String.UnicodeScalarView(scalars[start...]))) else { continue }
            return (TextCleaning.trimSpaces(String(String.UnicodeScalarView(scalars[..<start]))), mark.rest)
        }
        return nil
    }

    /// A comparison column holding a word (`不低于`) rather than a sign.
    func sign(_ text: String) -> Comparison? {
        before.entries.first { $0.word.sameText(text) }?.meaning
    }
}
