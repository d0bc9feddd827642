import Incidents

/// The two labels a report groups days by: the month (`2022-07`) and the ISO 8601 week (`2022-W30`), whose
/// year is not always the calendar year (2021-01-03 is in 2020-W53). Day arithmetic, no `Calendar`, so the
/// result does not depend on the machine's locale or time zone.
extension CivilDate {
    /// Months since year 0 (`year * 12 + month - 1`): consecutive months differ by one, across years too.
    public var monthIndex: Int { year * 12 + month - 1 }

    /// `2022-07`.
    public var monthLabel: String { Self.pad(year, 4) + "-" + Self.pad(month, 2) }

    /// Weeks start on Monday; week 1 holds the year's first Thursday.
    public var isoWeek: (year: Int, week: Int) {
        // The Thursday of this day's week decides the week-year; its ordinal day gives the week number.
        let thursday = adding(days: 4 - weekday.rawValue)
        let firstOfYear = CivilDate(year: thursday.year, month: 1, day: 1) ?? thursday
        return (thursday.year, (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1)
    }

    /// `2022-W30`.
    public var weekLabel: String {
        let week = isoWeek
        return Self.pad(week.year, 4) + "-W" + Self.pad(week.week, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
