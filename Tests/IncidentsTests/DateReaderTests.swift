import Foundation
import Geocoding
import Incidents
import Testing
import TestSupport
import Text

/// Dates as a user checks them, against a report published on Friday 29 July 2022.
@Suite("Date reading")
struct DateReaderTests {
    static let friday = CivilDate(year: 2022, month: 7, day: 29)

    private func read(_ text: String, _ language: DocumentLanguage = .fr, published: CivilDate? = friday)
        -> (dates: [DateMention], warnings: [String]) {
        DateReader(published: published, language: language).dates(in: text, tokens: Tokenizer.tokens(in: text))
    }

    /// The one date of `text`, as `YYYY-MM-DD`, with its precision.
    private func single(_ text: String, _ language: DocumentLanguage = .fr, published: CivilDate? = friday)
        -> (date: String?, precision: Int?) {
        let found = read(text, language, published: published).dates
        guard found.count == 1 else { return (nil, nil) }
        return (found[0].date?.description, found[0].precision)
    }

    @Test("French absolute dates, with and without accents and abbreviated")
    func frenchAbsolute() {
        #expect(single("le 14 février 2018").date == "2018-02-14")
        #expect(single("le 14 fevrier 2018").date == "2018-02-14")
        #expect(single("Le 15 août 2019, des hommes armés").date == "2019-08-15")
        #expect(single("le 15 aout 2019").date == "2019-08-15")
        #expect(single("le 24 decembre 2019").date == "2019-12-24")
        #expect(single("le 3 janv. 2020").date == "2020-01-03")
        #expect(single("le 7 févr. 2021").date == "2021-02-07")
        #expect(single("le 11 sept. 2012").date == "2012-09-11")
        #expect(single("le 1er mars 2021").date == "2021-03-01")
        let span = read("Le 14 février 2018, à Ménaka").dates.first
        #expect(span?.text == "14 février 2018")
        #expect(span?.anchor == .absolute)
    }

    @Test("French days without a year take the publication's, or the year before")
    func frenchWithoutYear() {
        #expect(single("vendredi 22 juillet") == ("2022-07-22", 1))
        #expect(single("le 1er mars") == ("2022-03-01", 1))
        #expect(single("le 3 mai dernier").date == "2022-05-03")
        #expect(single("le 15 août").date == "2021-08-15")
        #expect(read("vendredi 22 juillet").dates.first?.anchor == .publication)
    }

    @Test("a weekday that disagrees with its date is warned about and the date kept")
    func weekdayMismatch() {
        let result = read("vendredi 23 juillet")
        #expect(result.dates.first?.date?.description == "2022-07-23")
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("vendredi 23 juillet") == true)
    }

    @Test("month and year: the first of the month, precision 3; a bare year is no date")
    func months() {
        #expect(single("en juillet 2022") == ("2022-07-01", 3))
        #expect(read("en juillet 2022").dates.first?.text == "juillet 2022")
        #expect(single("in March 2019", .en) == ("2019-03-01", 3))
        #expect(single("en mars") == ("2022-03-01", 3))
        #expect(single("en décembre") == ("2021-12-01", 3))
        #expect(read("en 2012, des insurrections").dates.isEmpty)
        #expect(read("In 2019, the army").dates.isEmpty)
    }

    @Test("dates in digits: slashes, hyphens, dots, ISO")
    func numeric() {
        #expect(single("14/02/2018") == ("2018-02-14", 1))
        #expect(single("14-02-2018").date == "2018-02-14")
        #expect(single("14.02.2018").date == "2018-02-14")
        #expect(single("14/02/18").date == "2018-02-14")
        #expect(single("2021-10-06", .en).date == "2021-10-06")
        #expect(read("1.000.000 de francs").dates.isEmpty)
        #expect(read("20-22-33-44").dates.isEmpty)
    }

    @Test("English absolute dates")
    func englishAbsolute() {
        #expect(single("On 6 October 2021, gunmen attacked", .en).date == "2021-10-06")
        #expect(read("On 6 October 2021, gunmen attacked", .en).dates.first?.text == "6 October 2021")
        #expect(single("October 6, 2021", .en).date == "2021-10-06")
        #expect(single("6 Oct 2021", .en).date == "2021-10-06")
        #expect(single("the 6th of October 2021", .en).date == "2021-10-06")
        #expect(single("on Tuesday 5 March", .en) == ("2022-03-05", 1))
        // 5 March 2022 was a Saturday.
        #expect(read("on Tuesday 5 March", .en).warnings.count == 1)
        #expect(single("Tuesday, March 5, 2019", .en).date == "2019-03-05")
        #expect(read("Tuesday, March 5, 2019", .en).warnings.isEmpty)
        #expect(read("they may march on the capital", .en).dates.isEmpty)
    }

    @Test("weekdays: the latest such day, the publication day itself included")
    func weekdays() {
        #expect(single("Mercredi, au moins 15 soldats") == ("2022-07-27", 1))
        #expect(single("ce lundi").date == "2022-07-25")
        #expect(single("lundi dernier").date == "2022-07-25")
        #expect(single("vendredi").date == "2022-07-29")
        #expect(single("vendredi dernier").date == "2022-07-22")
        #expect(single("mardi soir").date == "2022-07-26")
        #expect(read("mardi soir").dates.first?.text == "mardi soir")
        #expect(single("lundi matin").date == "2022-07-25")
        #expect(single("on Tuesday", .en).date == "2022-07-26")
        #expect(read("on Tuesday", .en).dates.first?.text == "Tuesday")
        #expect(single("Tuesday", .en).date == "2022-07-26")
        #expect(single("last Friday", .en).date == "2022-07-22")
        #expect(single("Sunday night", .en).date == "2022-07-24")
    }

    @Test("days counted from publication")
    func fromPublication() {
        #expect(single("hier") == ("2022-07-28", 1))
        #expect(single("avant-hier") == ("2022-07-27", 1))
        #expect(single("aujourd'hui").date == "2022-07-29")
        #expect(single("ce matin").date == "2022-07-29")
        #expect(single("hier soir").date == "2022-07-28")
        #expect(single("yesterday", .en) == ("2022-07-28", 1))
        #expect(single("the day before yesterday", .en).date == "2022-07-27")
        #expect(single("today", .en).date == "2022-07-29")
        #expect(single("this morning", .en).date == "2022-07-29")
        #expect(single("il y a trois jours").date == "2022-07-26")
        #expect(single("two days ago", .en).date == "2022-07-27")
    }

    @Test("weeks, months and weekends are coarser")
    func coarser() {
        #expect(single("la semaine dernière") == ("2022-07-22", 2))
        #expect(single("last week", .en) == ("2022-07-22", 2))
        #expect(single("le mois dernier") == ("2022-06-01", 3))
        #expect(single("last month", .en) == ("2022-06-01", 3))
        #expect(single("ce week-end") == ("2022-07-23", 2))
        #expect(single("this weekend", .en) == ("2022-07-23", 2))
        #expect(single("le mois dernier", published: CivilDate(year: 2022, month: 1, day: 10)).date == "2021-12-01")
        #expect(read("en moins d'une semaine").dates.isEmpty)
    }

    @Test("a night is coded to the evening it began")
    func nights() {
        #expect(single("dans la nuit de samedi à dimanche") == ("2022-07-23", 1))
        #expect(read("dans la nuit de samedi à dimanche").dates.first?.text == "nuit de samedi à dimanche")
        #expect(single("dans la nuit du 23 au 24 juillet").date == "2022-07-23")
        #expect(single("on the night of Saturday to Sunday", .en).date == "2022-07-23")
    }

    @Test("days counted from the previous incident are left for the assembler")
    func previousIncident() {
        let eve = read("la veille").dates
        #expect(eve.count == 1)
        #expect(eve.first?.anchor == .previousIncident(dayOffset: -1))
        #expect(eve.first?.date == nil)
        #expect(read("le lendemain").dates.first?.anchor == .previousIncident(dayOffset: 1))
        #expect(read("le même jour").dates.first?.anchor == .previousIncident(dayOffset: 0))
        #expect(read("the next day", .en).dates.first?.anchor == .previousIncident(dayOffset: 1))
        #expect(read("the following day", .en).dates.first?.anchor == .previousIncident(dayOffset: 1))
        #expect(read("the same day", .en).dates.first?.anchor == .previousIncident(dayOffset: 0))
        #expect(read("deux jours plus tard").dates.first?.anchor == .previousIncident(dayOffset: 2))
        #expect(read("à la veille des élections").dates.isEmpty)
        let resolved = eve.first.flatMap { mention in
            CivilDate(year: 2022, month: 3, day: 1).map { mention.resolved(previous: $0) }
        }
        #expect(resolved?.date?.description == "2022-02-28")
    }

    @Test("impossible dates are ignored with a warning naming them")
    func impossible() {
        for text in ["31 février 2018", "30/02/2018", "32 mars"] {
            let result = read("le \(text), des hommes armés")
            #expect(result.dates.isEmpty, "\(text)")
            #expect(result.warnings.count == 1, "\(text)")
            #expect(result.warnings.first?.contains(text) == true, "\(text)")
        }
    }

    @Test("numbers that are not dates")
    func notDates() {
        #expect(read("15 soldats ont été tués à 2 km du camp").dates.isEmpty)
        #expect(read("15 soldats ont été tués").warnings.isEmpty)
        #expect(read("sept soldats").dates.isEmpty)
        #expect(read("15 soldiers were killed 2 km away", .en).dates.isEmpty)
    }

    @Test("leap years")
    func leapYears() {
        #expect(single("le 29 février 2020").date == "2020-02-29")
        let result = read("le 29 février 2021")
        #expect(result.dates.isEmpty)
        #expect(result.warnings.first?.contains("29 février 2021") == true)
        // Without a year: the latest 29 February before publication.
        #expect(single("le 29 février").date == "2020-02-29")
    }

    @Test("a day without a year at the turn of the year is last year's")
    func yearBoundary() {
        let published = CivilDate(year: 2022, month: 1, day: 3)
        #expect(single("mardi 28 décembre", published: published).date == "2021-12-28")
        #expect(read("mardi 28 décembre", published: published).warnings.isEmpty)
        #expect(single("vendredi", published: published).date == "2021-12-31")
    }

    @Test("without a publication date, relative dates keep their anchor and no day")
    func withoutPublication() {
        let mercredi = read("Mercredi", published: nil).dates.first
        #expect(mercredi?.date == nil)
        #expect(mercredi?.anchor == .publication)
        #expect(read("hier", published: nil).dates.first?.anchor == .publication)
        #expect(read("vendredi 22 juillet", published: nil).dates.first?.date == nil)
        #expect(single("le 14 février 2018", published: nil).date == "2018-02-14")
    }

    @Test("the seed article: its dates, with offsets that point at the text")
    func seedArticle() throws {
        let url = TestPaths.shared.appendingPathComponent("data/seed/mali-2022-07-29.fr.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let (dates, warnings) = read(text)
        #expect(warnings.isEmpty)
        let scalars = Array(text.unicodeScalars)
        for mention in dates {
            let slice = String(String.UnicodeScalarView(scalars[mention.start..<mention.end]))
            #expect(slice == mention.text)
        }
        let found = dates.map { "\($0.text)=\($0.date?.description ?? "nil")" }
        #expect(found.contains("vendredi 29 juillet 2022=2022-07-29"))
        #expect(found.contains("Mercredi=2022-07-27"))
        #expect(found.contains("vendredi 22 juillet=2022-07-22"))
        // "en 2012" and "2020 et 2021" are years alone; "en moins d'une semaine" is no date.
        #expect(!dates.contains { $0.text.contains("2012") || $0.text.contains("semaine") })
    }
}
