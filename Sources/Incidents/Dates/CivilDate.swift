import Documents

/// A day of the proleptic Gregorian calendar, with the arithmetic date reading needs (days before, weekday)
/// done on a plain day count: no time zone or `Calendar` can shift "hier" across midnight.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// nil for a day that never was (31 February, month 13), so a misread number cannot become a date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= Self.days(inMonth: month, of: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The publication date, already validated by `Documents`.
    public init(_ published: PublishedDate) {
        self.year = published.year
        self.month = published.month
        self.day = published.day
    }

    /// An ISO `YYYY-MM-DD` day; the error says what is wrong (shape, or a day the calendar lacks).
    public init(validating text: String) throws(PublishedDateError) {
        self.init(try PublishedDate(validating: text))
    }

    /// An ISO `YYYY-MM-DD` day, or nil when the text is not a real calendar day.
    public init?(iso text: String) {
        guard let day = try? CivilDate(validating: text) else { return nil }
        self = day
    }

    /// The day `dayNumber` days after 0001-01-01 (negative counts go before it).
    public init(dayNumber: Int) {
        // The mean Gregorian year is 146097 / 400 days: guess the year from that, then settle it exactly.
        var year = Self.floorDivide(dayNumber * 400, 146_097) + 1
        while Self.dayNumber(ofJanuaryFirst: year + 1) <= dayNumber { year += 1 }
        while Self.dayNumber(ofJanuaryFirst: year) > dayNumber { year -= 1 }
        var rest = dayNumber - Self.dayNumber(ofJanuaryFirst: year)
        var month = 1
        while rest >= Self.days(inMonth: month, of: year) {
            rest -= Self.days(inMonth: month, of: year)
            month += 1
        }
        self.year = year
        self.month = month
        self.day = rest + 1
    }

    /// Days since 0001-01-01: differences of these are differences in days.
    public var dayNumber: Int {
        var days = Self.dayNumber(ofJanuaryFirst: year) + day - 1
        for m in 1..<month { days += Self.days(inMonth: m, of: year) }
        return days
    }

    /// 0001-01-01 of the proleptic Gregorian calendar was a Monday.
    public var weekday: Weekday {
        Weekday(rawValue: Self.floorModulo(dayNumber, 7) + 1) ?? .monday
    }

    public func adding(days: Int) -> CivilDate {
        days == 0 ? self : CivilDate(dayNumber: dayNumber + days)
    }

    /// `YYYY-MM-DD`, the form of the output contract.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Every earlier year's 365 days, plus one for each leap year among them.
    private static func dayNumber(ofJanuaryFirst year: Int) -> Int {
        let before = year - 1
        return before * 365 + floorDivide(before, 4) - floorDivide(before, 100) + floorDivide(before, 400)
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    private static func floorModulo(_ a: Int, _ b: Int) -> Int {
        a - floorDivide(a, b) * b
    }
}
