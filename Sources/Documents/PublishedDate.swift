/// A publication date as `YYYY-MM-DD` that is a real day of the (proleptic Gregorian) calendar: February 31
/// would otherwise anchor "mercredi" to a day that never was.
public struct PublishedDate: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The date exactly as given.
    public let text: String
    public let year: Int
    public let month: Int
    public let day: Int

    /// - Throws: `PublishedDateError` saying whether the shape or the day is wrong.
    public init(validating text: String) throws(PublishedDateError) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        else {
            throw PublishedDateError(text: text, message: "\"\(text)\" is not a YYYY-MM-DD date")
        }
        guard year >= 1, (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year) else {
            throw PublishedDateError(text: text, message: "\"\(text)\" is not a real date")
        }
        self.text = text
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String { text }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }
}
