/// A date expression as the patterns read it, before the publication date turns it into a day: tokens
/// `first...last` and what they say.
struct DateMatch: Sendable, Equatable {
    enum Reading: Sendable, Equatable {
        /// Day, month and year all written; the day may not exist ("31 février 2018").
        case day(year: Int, month: Int, day: Int, weekday: Weekday?)
        /// Day and month without a year ("vendredi 22 juillet", "le 3 mai dernier"): the latest such day not
        /// after publication, or strictly before it after "dernier".
        case dayOfMonth(month: Int, day: Int, weekday: Weekday?, strictlyBefore: Bool)
        /// A month ("en juillet 2022", "in March"), precision 3; without a year, the latest one not after
        /// publication.
        case month(year: Int?, month: Int)
        /// A weekday alone ("mercredi", "on Tuesday"); "dernier"/"last" excludes the publication day itself.
        case weekday(Weekday, strictlyBefore: Bool)
        /// Days from publication with a precision: "hier" (-1, 1), "la semaine dernière" (-7, 2).
        case offset(days: Int, precision: Int)
        /// "le mois dernier": the month before publication's, precision 3.
        case previousMonth
        /// "ce week-end": its Saturday, precision 2.
        case weekend(strictlyBefore: Bool)
        /// "la veille", "le lendemain", "two days later": counted from the previous incident.
        case previousIncident(days: Int)
    }

    let first: Int
    let last: Int
    let reading: Reading
}
