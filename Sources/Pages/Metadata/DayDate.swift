/// A calendar day, as a page or feed states it (`YYYY-MM-DD`), checked to exist.
public struct DayDate: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let days: Int
        switch month {
        case 2: days = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: days = 30
        default: days = 31
        }
        guard day <= days else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2021-10-07`.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
