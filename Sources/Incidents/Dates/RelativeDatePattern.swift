/// Dates counted from another day: fixed phrases ("hier", "la semaine dernière", "la veille", "the next day"),
/// counts ("il y a deux jours", "three days later") and nights ("dans la nuit de samedi à dimanche").
struct RelativeDatePattern: Sendable {
    let lexicon: DateLexicon
    let calendar: CalendarDatePattern

    func match(at i: Int, in t: DateTokens) -> DateMatch? {
        phrase(at: i, t) ?? counted(at: i, t) ?? night(at: i, t)
    }

    private func phrase(at i: Int, _ t: DateTokens) -> DateMatch? {
        for phrase in lexicon.phrases {
            guard let end = t.matches(phrase.words, at: i) else { continue }
            if let next = t.form(end), phrase.notBefore.contains(next) { continue }
            var last = end - 1
            // "hier soir", "yesterday morning": the time of day belongs to the day.
            if case .offset(_, 1) = phrase.reading, let next = t.form(end), lexicon.timesOfDay.contains(next) {
                last = end
            }
            return DateMatch(first: i, last: last, reading: phrase.reading)
        }
        return nil
    }

    /// "il y a trois jours", "two weeks ago" (from publication); "deux jours plus tard", "a day earlier" (from
    /// the incident told before, in days only).
    private func counted(at i: Int, _ t: DateTokens) -> DateMatch? {
        if !lexicon.agoBefore.isEmpty, let n = t.matches(lexicon.agoBefore, at: i),
           let amount = count(at: n, t), let unit = t.form(n + 1).flatMap({ lexicon.countedUnits[$0] }) {
            return DateMatch(first: i, last: n + 1,
                             reading: .offset(days: -amount * unit, precision: unit == 1 ? 1 : 2))
        }
        guard let amount = count(at: i, t), let unit = t.form(i + 1).flatMap({ lexicon.countedUnits[$0] }) else {
            return nil
        }
        if !lexicon.agoAfter.isEmpty, let end = t.matches(lexicon.agoAfter, at: i + 2) {
            return DateMatch(first: i, last: end - 1,
                             reading: .offset(days: -amount * unit, precision: unit == 1 ? 1 : 2))
        }
        guard unit == 1 else { return nil }
        for (words, sign) in lexicon.laterWords.map({ ($0, 1) }) + lexicon.earlierWords.map({ ($0, -1) }) {
            if let end = t.matches(words, at: i + 2) {
                return DateMatch(first: i, last: end - 1, reading: .previousIncident(days: sign * amount))
            }
        }
        return nil
    }

    private func count(at i: Int, _ t: DateTokens) -> Int? {
        if let value = t.integer(i, digits: 1...2) { return value }
        guard t.isWord(i), let form = t.form(i) else { return nil }
        return lexicon.numberWords[form]
    }

    /// "nuit de samedi à dimanche", "nuit du 23 au 24 juillet", "night of Saturday to Sunday", "overnight
    /// Saturday into Sunday": the night is coded to the evening it began, the first day, as analysts code it
    /// (the day before the one it ends on).
    private static func dayBefore(_ weekday: Weekday) -> Weekday {
        Weekday(rawValue: weekday.rawValue == 1 ? 7 : weekday.rawValue - 1) ?? weekday
    }

    private func night(at i: Int, _ t: DateTokens) -> DateMatch? {
        guard t.isWord(i), let form = t.form(i), lexicon.nightWords.contains(form) else { return nil }
        var j = i + 1
        if let from = t.form(j), lexicon.nightFromWords.contains(from) { j += 1 }
        // The first day: a weekday and a day number at most ("samedi", "du 23", "du samedi 23").
        var k = j
        while k < j + 4, let word = t.form(k), !lexicon.nightToWords.contains(word) {
            let isDayWord = lexicon.weekdays[word] != nil || lexicon.ordinalSuffixes.contains(word)
                || t.integer(k, digits: 1...2) != nil
            guard isDayWord else { return nil }
            k += 1
        }
        guard k > j, let to = t.form(k), lexicon.nightToWords.contains(to),
              let end = calendar.match(at: k + 1, in: t), end.first == k + 1
        else { return nil }
        switch end.reading {
        case .day(let year, let month, let day, let weekday):
            guard let last = CivilDate(year: year, month: month, day: day) else { return nil }
            let first = last.adding(days: -1)
            return DateMatch(first: i, last: end.last, reading: .day(year: first.year, month: first.month, day: first.day,
                                                                     weekday: weekday.map(Self.dayBefore)))
        case .dayOfMonth(let month, let day, let weekday, let strictlyBefore) where day > 1:
            return DateMatch(first: i, last: end.last, reading: .dayOfMonth(month: month, day: day - 1,
                                                                            weekday: weekday.map(Self.dayBefore),
                                                                            strictlyBefore: strictlyBefore))
        case .weekday(let weekday, let strictlyBefore):
            return DateMatch(first: i, last: end.last, reading: .weekday(Self.dayBefore(weekday), strictlyBefore: strictlyBefore))
        default:
            return nil
        }
    }
}
