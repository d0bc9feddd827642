/// Dates in digits: "14/02/2018", "14-02-2018", "14.02.2018", "14/02/18" (day first, as in French and British
/// usage) and ISO "2021-10-06". In English a second number above 12 means the American month-first order.
struct NumericDatePattern: Sendable {
    let monthFirstWhenForced: Bool

    func match(at i: Int, in t: DateTokens) -> DateMatch? {
        guard i < t.count, t.tokens[i].kind == .number else { return nil }
        let parts: [String]
        let last: Int
        let separator: String
        if t.tokens[i].text.contains(".") {
            // The tokenizer keeps dots between digits: "14.02.2018" is one token.
            parts = t.tokens[i].text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            last = i
            separator = "."
        } else if let dayMonth = dayAndMonthInParentheses(at: i, in: t) {
            return dayMonth
        } else {
            guard let sep = t.form(i + 1), sep == "/" || sep == "-", t.form(i + 3) == sep,
                  t.touching(i, i + 1), t.touching(i + 1, i + 2), t.touching(i + 2, i + 3), t.touching(i + 3, i + 4),
                  t.tokens[i + 2].kind == .number, t.tokens[i + 4].kind == .number
            else { return nil }
            parts = [t.tokens[i].text, t.tokens[i + 2].text, t.tokens[i + 4].text]
            last = i + 4
            separator = sep
        }
        guard parts.count == 3 else { return nil }
        // A longer chain ("20-22-33-44", "1.2.3.4") is a phone number or a version, not a date.
        if t.touching(last, last + 1), t.form(last + 1) == separator { return nil }
        if i > 0, t.touching(i - 1, i), let before = t.form(i - 1), before == "/" || before == "-" || before == "." {
            return nil
        }
        guard let fields = fields(parts) else { return nil }
        let year = fields.year
        var (month, day) = (fields.month, fields.day)
        if monthFirstWhenForced, month > 12, day <= 12 { swap(&month, &day) }
        guard (1...12).contains(month) else { return nil }
        return DateMatch(first: i, last: last, reading: .day(year: year, month: month, day: day, weekday: nil))
    }

    /// "(24/5)": a day and a month with no year, in parentheses after the event it dates (a fraction or a
    /// score outside parentheses is not a date); the year is the one that puts it on or before publication.
    private func dayAndMonthInParentheses(at i: Int, in t: DateTokens) -> DateMatch? {
        guard i > 0, t.form(i - 1) == "(", t.form(i + 1) == "/", t.form(i + 3) == ")", i + 2 < t.count,
              t.tokens[i + 2].kind == .number, t.touching(i, i + 1), t.touching(i + 1, i + 2),
              let first = DateTokens.integer(t.tokens[i].text, digits: 1...2),
              let second = DateTokens.integer(t.tokens[i + 2].text, digits: 1...2) else { return nil }
        var (day, month) = (first, second)
        if monthFirstWhenForced, month > 12, day <= 12 { swap(&month, &day) }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return DateMatch(first: i, last: i + 2, reading: .dayOfMonth(month: month, day: day, weekday: nil, strictlyBefore: false))
    }

    /// Year, month and day from three runs of digits, in ISO or day-first order; two-digit years are this
    /// century's up to 69, the last one's from 70.
    private func fields(_ parts: [String]) -> (year: Int, month: Int, day: Int)? {
        if let year = DateTokens.integer(parts[0], digits: 4...4),
           let month = DateTokens.integer(parts[1], digits: 1...2), let day = DateTokens.integer(parts[2], digits: 1...2) {
            return (year, month, day)
        }
        guard let day = DateTokens.integer(parts[0], digits: 1...2), let month = DateTokens.integer(parts[1], digits: 1...2)
        else { return nil }
        if let year = DateTokens.integer(parts[2], digits: 4...4) { return (year, month, day) }
        if let short = DateTokens.integer(parts[2], digits: 2...2) { return (short < 70 ? 2000 + short : 1900 + short, month, day) }
        return nil
    }
}
