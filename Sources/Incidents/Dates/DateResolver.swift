/// Turns what a date expression says into a day, using the publication date for what the text leaves out.
///
/// Weekdays and days without a year are the latest such day on or before publication: reports tell what
/// happened, and "vendredi" in a report published on a Friday is usually that very day. "Dernier" and "last"
/// exclude publication day itself ("lundi dernier" published on a Monday is a week earlier).
struct DateResolver: Sendable {
    struct Outcome: Equatable {
        var date: CivilDate?
        var precision: Int
        var anchor: DateMention.Anchor
    }

    let published: CivilDate?

    /// The outcome (nil when the expression names no real day) and what a reader should be told about it.
    func resolve(_ reading: DateMatch.Reading, text: String) -> (outcome: Outcome?, warning: String?) {
        switch reading {
        case let .day(year, month, day, weekday):
            guard let date = CivilDate(year: year, month: month, day: day) else {
                return (nil, Self.notReal(text))
            }
            return (Outcome(date: date, precision: 1, anchor: .absolute), Self.weekdayMismatch(text, date, weekday))

        case let .dayOfMonth(month, day, weekday, strictlyBefore):
            // 29 February exists in leap years only; 30 February in none.
            guard (1...12).contains(month), day >= 1, day <= CivilDate.days(inMonth: month, of: 2000) else {
                return (nil, Self.notReal(text))
            }
            guard let published else { return (Outcome(date: nil, precision: 1, anchor: .publication), nil) }
            // Eight years back reach a leap year even across 1900 or 2100, which skip one.
            for year in stride(from: published.year, through: published.year - 8, by: -1) {
                guard let date = CivilDate(year: year, month: month, day: day),
                      date < published || (date == published && !strictlyBefore)
                else { continue }
                return (Outcome(date: date, precision: 1, anchor: .publication),
                        Self.weekdayMismatch(text, date, weekday))
            }
            return (nil, Self.notReal(text))

        case let .month(year?, month):
            let date = CivilDate(year: year, month: month, day: 1)
            return (date.map { Outcome(date: $0, precision: 3, anchor: .absolute) }, nil)

        case let .month(nil, month):
            guard let published else { return (Outcome(date: nil, precision: 3, anchor: .publication), nil) }
            let year = month <= published.month ? published.year : published.year - 1
            return (CivilDate(year: year, month: month, day: 1).map {
                Outcome(date: $0, precision: 3, anchor: .publication)
            }, nil)

        case let .weekday(weekday, strictlyBefore):
            return (fromPublication(precision: 1) { published in
                var back = Self.daysBack(from: published.weekday, to: weekday)
                if back == 0 && strictlyBefore { back = 7 }
                return published.adding(days: -back)
            }, nil)

        case let .offset(days, precision):
            return (fromPublication(precision: precision) { $0.adding(days: days) }, nil)

        case .previousMonth:
            return (fromPublication(precision: 3) { published in
                let year = published.month == 1 ? published.year - 1 : published.year
                let month = published.month == 1 ? 12 : published.month - 1
                return CivilDate(year: year, month: month, day: 1) ?? published
            }, nil)

        case let .weekend(strictlyBefore):
            return (fromPublication(precision: 2) { published in
                var back = Self.daysBack(from: published.weekday, to: .saturday)
                // "Le week-end dernier" read on the weekend itself is the one before.
                if strictlyBefore && back <= 1 { back += 7 }
                return published.adding(days: -back)
            }, nil)

        case let .previousIncident(days):
            return (Outcome(date: nil, precision: 1, anchor: .previousIncident(dayOffset: days)), nil)
        }
    }

    /// A day counted from publication, or no day (but the anchor) when the publication date is unknown.
    private func fromPublication(precision: Int, _ day: (CivilDate) -> CivilDate) -> Outcome {
        Outcome(date: published.map(day), precision: precision, anchor: .publication)
    }

    /// Days from the latest `weekday` on or before a day that is `from`: 0 ... 6.
    private static func daysBack(from: Weekday, to weekday: Weekday) -> Int {
        (from.rawValue - weekday.rawValue + 7) % 7
    }

    private static func notReal(_ text: String) -> String {
        "date \"\(text)\" is not a real day; ignored"
    }

    private static func weekdayMismatch(_ text: String, _ date: CivilDate, _ weekday: Weekday?) -> String? {
        guard let weekday, date.weekday != weekday else { return nil }
        return "date \"\(text)\": \(date) is a \(date.weekday), not a \(weekday); the day is kept"
    }
}
