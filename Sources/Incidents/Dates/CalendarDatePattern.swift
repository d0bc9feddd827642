/// Dates written with month and weekday names: "le 14 février 2018", "1er mars", "6th of October",
/// "October 6, 2021", "vendredi 22 juillet", "juillet 2022", "en juillet", "lundi dernier", "mardi soir".
/// A leading "le", "on" or "en" is not part of the expression: it adds nothing to the date.
struct CalendarDatePattern: Sendable {
    let lexicon: DateLexicon

    func match(at i: Int, in t: DateTokens) -> DateMatch? {
        weekdayLed(at: i, t) ?? dayLed(at: i, t, weekday: nil) ?? monthLed(at: i, t, weekday: nil)
            ?? monthAfterLead(at: i, t)
    }

    /// "vendredi 22 juillet", "Tuesday, March 5, 2019", "ce lundi", "last Tuesday", "lundi soir dernier".
    private func weekdayLed(at i: Int, _ t: DateTokens) -> DateMatch? {
        var j = i
        var strictlyBefore = false
        if let form = t.form(i), lexicon.thisWords.contains(form) || lexicon.lastWords.contains(form) {
            strictlyBefore = lexicon.lastWords.contains(form)
            j += 1
        }
        guard let weekday = weekday(at: j, t) else { return nil }
        let next = t.form(j + 1) == "," ? j + 2 : j + 1
        if let dated = dayLed(at: next, t, weekday: weekday) ?? monthLed(at: next, t, weekday: weekday) {
            return DateMatch(first: i, last: dated.last, reading: dated.reading)
        }
        var last = j
        if let form = t.form(last + 1), lexicon.timesOfDay.contains(form) { last += 1 }
        if let form = t.form(last + 1), lexicon.pastWords.contains(form) {
            strictlyBefore = true
            last += 1
        }
        return DateMatch(first: i, last: last, reading: .weekday(weekday, strictlyBefore: strictlyBefore))
    }

    /// "14 février 2018", "1er mars", "6th of October 2021", "le 3 mai dernier", "32 mars" (read, then refused).
    private func dayLed(at i: Int, _ t: DateTokens, weekday: Weekday?) -> DateMatch? {
        guard let day = day(at: i, t) else { return nil }
        var j = day.last + 1
        if lexicon.monthBeforeDay, t.form(j) == "of" { j += 1 }
        guard let month = month(at: j, t) else { return nil }
        if let year = year(at: month.last + 1, t) {
            return DateMatch(first: i, last: month.last + 1,
                             reading: .day(year: year, month: month.value, day: day.value, weekday: weekday))
        }
        var last = month.last
        var strictlyBefore = false
        if let form = t.form(last + 1), lexicon.pastWords.contains(form), t.isWord(last + 1) {
            strictlyBefore = true
            last += 1
        }
        return DateMatch(first: i, last: last, reading: .dayOfMonth(month: month.value, day: day.value,
                                                                   weekday: weekday, strictlyBefore: strictlyBefore))
    }

    /// "October 6, 2021", "Oct. 6", "March 2019", "juillet 2022". Only English puts a day after the month.
    private func monthLed(at i: Int, _ t: DateTokens, weekday: Weekday?) -> DateMatch? {
        guard let month = month(at: i, t) else { return nil }
        if lexicon.monthBeforeDay, let day = day(at: month.last + 1, t) {
            let yearAt = t.form(day.last + 1) == "," ? day.last + 2 : day.last + 1
            if let year = year(at: yearAt, t) {
                return DateMatch(first: i, last: yearAt,
                                 reading: .day(year: year, month: month.value, day: day.value, weekday: weekday))
            }
            return DateMatch(first: i, last: day.last, reading: .dayOfMonth(month: month.value, day: day.value,
                                                                            weekday: weekday, strictlyBefore: false))
        }
        guard weekday == nil, month.standsAlone, let year = year(at: month.last + 1, t) else { return nil }
        return DateMatch(first: i, last: month.last + 1, reading: .month(year: year, month: month.value))
    }

    /// "en juillet", "in March", "fin juillet", "mi-juillet", "mid-July": a month of the year before publication.
    private func monthAfterLead(at i: Int, _ t: DateTokens) -> DateMatch? {
        if let month = midMonth(at: i, t) {
            if let year = year(at: i + 1, t) {
                return DateMatch(first: i, last: i + 1, reading: .month(year: year, month: month))
            }
            return DateMatch(first: i, last: i, reading: .month(year: nil, month: month))
        }
        guard let lead = t.form(i), lexicon.monthLeads.contains(lead), t.isWord(i),
              let month = month(at: i + 1, t), month.standsAlone
        else { return nil }
        if let year = year(at: month.last + 1, t) {
            return DateMatch(first: i + 1, last: month.last + 1, reading: .month(year: year, month: month.value))
        }
        return DateMatch(first: i + 1, last: month.last, reading: .month(year: nil, month: month.value))
    }

    // MARK: - Parts

    /// A day number ("14", "1er", "6th") or "premier"; `last` is its last token.
    private func day(at i: Int, _ t: DateTokens) -> (value: Int, last: Int)? {
        if let value = t.integer(i, digits: 1...2) {
            if let suffix = t.form(i + 1), lexicon.ordinalSuffixes.contains(suffix), t.touching(i, i + 1) {
                return (value, i + 1)
            }
            return (value, i)
        }
        if !lexicon.monthBeforeDay, t.form(i) == "premier" { return (1, i) }
        return nil
    }

    /// A month name or abbreviation, with the period of "sept." or "Oct." when it touches the word.
    /// `standsAlone` is false for a bare abbreviation, which is a month only beside a day number.
    private func month(at i: Int, _ t: DateTokens) -> (value: Int, last: Int, standsAlone: Bool)? {
        guard t.isWord(i), let form = t.form(i), capitalizedEnough(i, t) else { return nil }
        if let value = lexicon.months[form] { return (value, i, true) }
        guard let value = lexicon.monthAbbreviations[form] else { return nil }
        if t.form(i + 1) == ".", t.touching(i, i + 1) { return (value, i + 1, true) }
        return (value, i, false)
    }

    /// "mi-juillet", "mid-July": one token, the month after the prefix.
    private func midMonth(at i: Int, _ t: DateTokens) -> Int? {
        guard t.isWord(i), let form = t.form(i) else { return nil }
        for prefix in ["mi ", "mid "] where form.hasPrefix(prefix) {
            if let value = lexicon.months[String(form.dropFirst(prefix.count))] { return value }
        }
        return nil
    }

    private func weekday(at i: Int, _ t: DateTokens) -> Weekday? {
        guard t.isWord(i), let form = t.form(i), capitalizedEnough(i, t) else { return nil }
        return lexicon.weekdays[form]
    }

    /// Four digits: the years reports speak of.
    private func year(at i: Int, _ t: DateTokens) -> Int? {
        t.integer(i, digits: 4...4)
    }

    /// English names only count with their capital ("may" and "march" are verbs).
    private func capitalizedEnough(_ i: Int, _ t: DateTokens) -> Bool {
        !lexicon.namesAreCapitalized || t.tokens[i].isCapitalized
    }
}
