import Foundation

/// A date as a spreadsheet stores it, its serial number (days counted from 1899-12-30, as Excel and
/// WPS count them since 1900-03-01): a date cell exported as a number shows it (`44,561` is
/// 2021-12-31).
enum ExcelDateSerial {
    /// The serial number of the first day of `year`.
    static func firstDay(of year: Int) -> Int {
        let days = Calendar.utc.dateComponents([.day], from: origin, to: Calendar.utc.date(from: DateComponents(year: year, month: 1, day: 1))!)
        return days.day!
    }

    /// The date a serial number stands for, `2021-12-31`.
    static func date(_ serial: Int) -> String {
        let date = Calendar.utc.date(byAdding: .day, value: serial, to: origin)!
        let parts = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// The whole number a text writes, thousands separated or not (`44,561`), else nil.
    static func wholeNumber(_ text: String) -> Int? {
        let digits = text.filter { $0 != "," }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    private static let origin = Calendar.utc.date(from: DateComponents(year: 1899, month: 12, day: 30))!
}

extension Calendar {
    /// The Gregorian calendar in UTC: dates counted in whole days, whatever the machine's zone.
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
