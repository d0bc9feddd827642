import Geocoding
import Text

/// The words dates are written with in one language, in `DateTokens` form (no accents, lowercase).
/// Abbreviated months count only next to a day number or before a period: "sept" alone is French for seven,
/// "Jan" an English first name.
struct DateLexicon: Sendable {
    let months: [String: Int]
    let monthAbbreviations: [String: Int]
    let weekdays: [String: Weekday]
    /// English capitalises months and weekdays; a lowercase "may" or "march" is a verb.
    let namesAreCapitalized: Bool
    /// Before a weekday and part of it: "ce lundi", "this Monday"; "last" makes it strictly before publication.
    let thisWords: Set<String>
    let lastWords: Set<String>
    /// After a weekday or a day and month: "lundi dernier", "le 3 mai dernier".
    let pastWords: Set<String>
    /// After a weekday or "hier": "mardi soir", "yesterday morning".
    let timesOfDay: Set<String>
    /// After a day number: "1er", "6th".
    let ordinalSuffixes: Set<String>
    /// Before a month without year, and not part of the expression: "en juillet", "in March", "fin juillet".
    let monthLeads: Set<String>
    /// "nuit de samedi à dimanche", "night of Saturday to Sunday": the words that open the night, join its
    /// first day, and lead to the day it ends on (the day of record).
    let nightWords: Set<String>
    let nightFromWords: Set<String>
    let nightToWords: Set<String>
    /// English writes "October 6, 2021"; French never puts the month before the day.
    let monthBeforeDay: Bool
    let numberWords: [String: Int]
    /// Units of "il y a deux jours", "three weeks ago", in days.
    let countedUnits: [String: Int]
    /// Around a count of days: before it for publication ("il y a"), after it for publication ("ago"), and
    /// after it for the incident told before ("plus tard", "later"; "plus tôt", "earlier").
    let agoBefore: [String]
    let agoAfter: [String]
    let laterWords: [[String]]
    let earlierWords: [[String]]
    let phrases: [DatePhrase]

    static func forLanguage(_ language: DocumentLanguage) -> DateLexicon {
        switch language {
        case .fr: french
        case .en: english
        }
    }

    static let french = DateLexicon(
        months: ["janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
                 "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12],
        monthAbbreviations: ["janv": 1, "jan": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "sep": 9,
                             "oct": 10, "nov": 11, "dec": 12],
        weekdays: ["lundi": .monday, "mardi": .tuesday, "mercredi": .wednesday, "jeudi": .thursday,
                   "vendredi": .friday, "samedi": .saturday, "dimanche": .sunday],
        namesAreCapitalized: false,
        thisWords: ["ce"],
        lastWords: [],
        pastWords: ["dernier", "derniere", "passe", "passee"],
        timesOfDay: ["matin", "soir", "apres midi", "midi"],
        ordinalSuffixes: ["er", "re"],
        monthLeads: ["en", "debut", "fin", "courant"],
        nightWords: ["nuit"],
        nightFromWords: ["de", "du"],
        nightToWords: ["a", "au"],
        monthBeforeDay: false,
        numberWords: ["un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                      "huit": 8, "neuf": 9, "dix": 10],
        countedUnits: ["jour": 1, "jours": 1, "semaine": 7, "semaines": 7],
        agoBefore: ["il", "y", "a"],
        agoAfter: [],
        laterWords: [["plus", "tard"]],
        earlierWords: [["plus", "tot"], ["auparavant"]],
        phrases: [
            DatePhrase(["avant hier"], .offset(days: -2, precision: 1)),
            DatePhrase(["hier"], .offset(days: -1, precision: 1)),
            DatePhrase(["aujourdhui"], .offset(days: 0, precision: 1)),
            DatePhrase(["ce", "matin"], .offset(days: 0, precision: 1)),
            DatePhrase(["ce", "soir"], .offset(days: 0, precision: 1)),
            DatePhrase(["cet", "apres midi"], .offset(days: 0, precision: 1)),
            DatePhrase(["la", "nuit", "derniere"], .offset(days: -1, precision: 1)),
            DatePhrase(["la", "semaine", "derniere"], .offset(days: -7, precision: 2)),
            DatePhrase(["la", "semaine", "passee"], .offset(days: -7, precision: 2)),
            DatePhrase(["cette", "semaine"], .offset(days: 0, precision: 2)),
            DatePhrase(["le", "mois", "dernier"], .previousMonth),
            DatePhrase(["le", "mois", "passe"], .previousMonth),
            DatePhrase(["le", "week end", "dernier"], .weekend(strictlyBefore: true)),
            DatePhrase(["le", "weekend", "dernier"], .weekend(strictlyBefore: true)),
            DatePhrase(["ce", "week end"], .weekend(strictlyBefore: false)),
            DatePhrase(["ce", "weekend"], .weekend(strictlyBefore: false)),
            DatePhrase(["le", "week end"], .weekend(strictlyBefore: false)),
            DatePhrase(["le", "weekend"], .weekend(strictlyBefore: false)),
            // "à la veille des élections" is the eve of an occasion, not of the incident told before.
            DatePhrase(["la", "veille"], .previousIncident(days: -1), notBefore: ["de", "du", "des", "d"]),
            DatePhrase(["le", "lendemain"], .previousIncident(days: 1)),
            DatePhrase(["le", "surlendemain"], .previousIncident(days: 2)),
            DatePhrase(["le", "meme", "jour"], .previousIncident(days: 0)),
            DatePhrase(["ce", "meme", "jour"], .previousIncident(days: 0)),
            DatePhrase(["le", "jour", "meme"], .previousIncident(days: 0)),
            DatePhrase(["la", "meme", "journee"], .previousIncident(days: 0)),
        ]
    )

    static let english = DateLexicon(
        months: ["january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
                 "september": 9, "october": 10, "november": 11, "december": 12],
        monthAbbreviations: ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                             "sept": 9, "oct": 10, "nov": 11, "dec": 12],
        weekdays: ["monday": .monday, "tuesday": .tuesday, "wednesday": .wednesday, "thursday": .thursday,
                   "friday": .friday, "saturday": .saturday, "sunday": .sunday],
        namesAreCapitalized: true,
        thisWords: ["this"],
        lastWords: ["last"],
        pastWords: [],
        timesOfDay: ["morning", "afternoon", "evening", "night"],
        ordinalSuffixes: ["st", "nd", "rd", "th"],
        monthLeads: ["in", "early", "late", "during"],
        nightWords: ["night", "overnight"],
        nightFromWords: ["of", "from"],
        nightToWords: ["to", "into"],
        monthBeforeDay: true,
        numberWords: ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                      "eight": 8, "nine": 9, "ten": 10],
        countedUnits: ["day": 1, "days": 1, "week": 7, "weeks": 7],
        agoBefore: [],
        agoAfter: ["ago"],
        laterWords: [["later"]],
        earlierWords: [["earlier"]],
        phrases: [
            DatePhrase(["the", "day", "before", "yesterday"], .offset(days: -2, precision: 1)),
            DatePhrase(["yesterday"], .offset(days: -1, precision: 1)),
            DatePhrase(["today"], .offset(days: 0, precision: 1)),
            DatePhrase(["this", "morning"], .offset(days: 0, precision: 1)),
            DatePhrase(["this", "afternoon"], .offset(days: 0, precision: 1)),
            DatePhrase(["this", "evening"], .offset(days: 0, precision: 1)),
            DatePhrase(["tonight"], .offset(days: 0, precision: 1)),
            DatePhrase(["last", "night"], .offset(days: -1, precision: 1)),
            DatePhrase(["last", "week"], .offset(days: -7, precision: 2)),
            DatePhrase(["this", "week"], .offset(days: 0, precision: 2)),
            DatePhrase(["last", "month"], .previousMonth),
            DatePhrase(["last", "weekend"], .weekend(strictlyBefore: true)),
            DatePhrase(["last", "week end"], .weekend(strictlyBefore: true)),
            DatePhrase(["this", "weekend"], .weekend(strictlyBefore: false)),
            DatePhrase(["the", "weekend"], .weekend(strictlyBefore: false)),
            DatePhrase(["the", "day", "before"], .previousIncident(days: -1)),
            DatePhrase(["the", "previous", "day"], .previousIncident(days: -1)),
            DatePhrase(["the", "next", "day"], .previousIncident(days: 1)),
            DatePhrase(["the", "following", "day"], .previousIncident(days: 1)),
            DatePhrase(["the", "next", "morning"], .previousIncident(days: 1)),
            DatePhrase(["the", "following", "morning"], .previousIncident(days: 1)),
            DatePhrase(["the", "day", "after"], .previousIncident(days: 1)),
            DatePhrase(["the", "same", "day"], .previousIncident(days: 0)),
            DatePhrase(["that", "same", "day"], .previousIncident(days: 0)),
            DatePhrase(["later", "that", "day"], .previousIncident(days: 0)),
        ]
    )
}
