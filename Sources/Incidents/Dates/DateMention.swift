/// A date expression found in a report, with the day it names when that can be known from the text and the
/// publication date alone.
public struct DateMention: Sendable, Equatable {
    /// What the day was read against.
    public enum Anchor: Sendable, Equatable {
        /// Day, month and year are all in the text ("le 14 février 2018", "in March 2019").
        case absolute
        /// The publication date is needed: a weekday, "hier", "last week", or a day and month without a year.
        case publication
        /// Counted from the day of the incident told before ("la veille" -1, "le lendemain" +1, "the same
        /// day" 0): only the assembler knows that day, so `date` stays nil until `resolved(previous:)`.
        case previousIncident(dayOffset: Int)
    }

    /// Scalar offsets of the expression in the text (`end` exclusive), as in the output contract.
    public let start: Int
    public let end: Int
    public let text: String
    /// The day, or the first day of the week or month it stands for; nil when the anchor is not known.
    public let date: CivilDate?
    /// ACLED's date precision: 1 the exact day, 2 within a week, 3 within a month.
    public let precision: Int
    public let anchor: Anchor

    public init(start: Int, end: Int, text: String, date: CivilDate?, precision: Int, anchor: Anchor) {
        self.start = start
        self.end = end
        self.text = text
        self.date = date
        self.precision = precision
        self.anchor = anchor
    }

    /// The same mention with its day counted from the previous incident's; others are returned unchanged.
    public func resolved(previous: CivilDate) -> DateMention {
        guard case .previousIncident(let offset) = anchor else { return self }
        return DateMention(start: start, end: end, text: text, date: previous.adding(days: offset),
                           precision: precision, anchor: anchor)
    }
}
