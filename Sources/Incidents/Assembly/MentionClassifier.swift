import Foundation
import Text

/// What a sentence with an event word says of the event, read as an analyst reads an article.
public enum MentionClass: String, Sendable, Equatable {
    /// The report of an event, new or told again, or an update of its toll or details.
    case event
    /// An older event recalled ("avait fait", "l'an dernier", "en mars 2019", "rappelons que"): kept only with
    /// its own place and day.
    case background
    /// Many events counted together ("11 attaques en une semaine", "des milliers de morts depuis 2012").
    case generic
    /// A threat, a warning or a hypothesis ("risque d'attaques", "could strike", "menace").
    case hypothetical
}

/// Classifies one sentence that holds an event trigger, from its words, its dates and its victim figures.
///
/// Rules of the languages, not of any article: the pluperfect and the markers of a recalled past; a plural
/// event noun counted by a number or a quantifier, a figure of thousands, or a period counted from a year
/// ("depuis 2012", "since the start of the year", "en 72 heures"); modal and future words with no victim
/// figure; an explicit date weeks before the publication.
enum MentionClassifier {
    struct Reading: Equatable {
        let mentionClass: MentionClass
        /// Why, in words a user reads in `--explain`.
        let reason: String
    }

    /// A date this many days before the publication is not the news of the day.
    static let backgroundDays = 21

    /// `words` are those of the sentence's tokens, the first of which is token `tokenOffset` of the report (the
    /// index the triggers count from).
    static func classify(words: FoldedWords, tokenOffset: Int, triggers: [EventTrigger], dates: [DateMention],
                         hasVictims: Bool, published: CivilDate?, language: DocumentLanguage) -> Reading {
        let keys = words.words.map(\.key)
        // "Mercredi, 15 soldats ont été tués dans trois attaques coordonnées": counted events on one day are
        // one event to code; without a day they are a tally.
        let hasDay = dates.contains { $0.precision == 1 }
        // Thousands who march are a crowd, not the victims of many events.
        let demonstrates = triggers.contains {
            $0.subEventType.eventType == .protests || $0.subEventType.eventType == .riots
        }
        if let reason = statistic(keys, words: words, triggers: hasDay ? [] : triggers, tokenOffset: tokenOffset,
                                  demonstrates: demonstrates) {
            return Reading(mentionClass: .generic, reason: reason)
        }
        if !hasVictims, let k = keys.indices.first(where: {
            (hypotheticalWords[language] ?? []).contains(keys[$0]) && !isName(at: $0, words)
        }) {
            return Reading(mentionClass: .hypothetical, reason: "\"\(keys[k])\" and no victim figure: a threat or a hypothesis")
        }
        var triggerWords = Set<Int>()
        for trigger in triggers where !trigger.tokens.isEmpty && trigger.tokens.lowerBound >= tokenOffset {
            let first = words.firstWord(ofToken: trigger.tokens.lowerBound - tokenOffset)
            let end = words.firstWord(ofToken: trigger.tokens.upperBound - tokenOffset)
            if first < end { triggerWords.formUnion(first..<end) }
        }
        if let reason = recalledPast(keys, dates: dates, published: published, language: language,
                                     triggerWords: triggerWords) {
            return Reading(mentionClass: .background, reason: reason)
        }
        return Reading(mentionClass: .event, reason: "an event reported")
    }

    // MARK: - Statistics

    private static func statistic(_ keys: [String], words: FoldedWords, triggers: [EventTrigger],
                                  tokenOffset: Int, demonstrates: Bool) -> String? {
        // "11 attaques", "trois attaques", "plusieurs attaques", "a series of attacks": a plural event noun counted.
        for trigger in triggers where !trigger.tokens.isEmpty && trigger.tokens.lowerBound >= tokenOffset {
            let first = words.firstWord(ofToken: trigger.tokens.lowerBound - tokenOffset)
            let end = words.firstWord(ofToken: trigger.tokens.upperBound - tokenOffset)
            guard first < end, end <= keys.count, eventNouns.contains(keys[end - 1]) else { continue }
            var k = first - 1
            var seen = 0
            while k >= 0 && seen < 4 {
                let key = keys[k]
                if key == "." || key == "," || key == ";" || key == ":" { break }
                if counters.contains(key) || isNumber(key) || cardinals.contains(key) {
                    return "\"\(words[k].surface) ... \(trigger.text)\": events counted, not one event"
                }
                if !fillers.contains(key) { seen += 1 }
                k -= 1
            }
        }
        for (k, key) in keys.enumerated() {
            // "thousands of residents took to the streets": a crowd, when the sentence tells a protest.
            let crowd = demonstrates && ["of", "de", "d"].contains(keys.dropFirst(k + 1).first ?? "")
                && crowdNouns.contains(keys.dropFirst(k + 2).first ?? "")
            if largeCounts.contains(key), !crowd { return "\"\(words[k].surface)\": a count of many events' victims" }
            // "depuis 2012", "since 2015", "depuis le début de l'année", "since the start of the year".
            if key == "depuis" || key == "since" {
                let next = keys.dropFirst(k + 1).prefix(4)
                if let first = next.first, isYear(first) { return "\"\(key) \(first)\": a period, not a day" }
                if next.contains(where: { periodStarts.contains($0) }) { return "\"\(key) ...\": a period, not a day" }
            }
            // "en 72 heures", "in the past week", "en une semaine", "over the past month".
            if key == "en" || key == "in" || key == "over" || key == "within" {
                let next = Array(keys.dropFirst(k + 1).prefix(3))
                if next.count >= 2, isNumber(next[0]) || cardinals.contains(next[0]) || next[0] == "une"
                    || next[0] == "the" || next[0] == "moins",
                   next.dropFirst().prefix(2).contains(where: { periodUnits.contains($0) }) {
                    return "\"\(key) \(next.joined(separator: " "))\": a tally over a period"
                }
            }
        }
        return nil
    }

    /// Plural nouns of events (not of weapons: "trois roquettes" is one shelling).
    private static let eventNouns: Set<String> = [
        "attaques", "attentats", "embuscades", "incidents", "affrontements", "accrochages", "raids", "assauts",
        "enlevements", "violences", "combats", "frappes", "operations", "tueries", "massacres", "attacks", "ambushes",
        "raids", "clashes", "assaults", "kidnappings", "abductions", "strikes", "killings", "massacres", "bombings",
        "explosions", "fights", "incursions",
    ]

    private static func isNumber(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "." || $0 == "," }
    }

    private static func isYear(_ key: String) -> Bool {
        key.count == 4 && isNumber(key) && (key.hasPrefix("19") || key.hasPrefix("20"))
    }

    /// Number words from two up, French and English ("un", "one" count a single event).
    static let cardinals: Set<String> = [
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
        "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "cent", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "twenty", "thirty", "forty", "fifty", "hundred", "dizaine", "douzaine", "quinzaine", "vingtaine",
        "trentaine", "centaine", "dozen",
    ]

    /// Words that count events: "plusieurs attaques", "a spate of attacks", "la multiplication des attaques".
    static let counters: Set<String> = [
        "plusieurs", "nombreuses", "nombreux", "multiples", "serie", "vague", "multiplication", "recrudescence",
        "dizaines", "centaines", "differentes", "divers", "diverses", "several", "numerous", "many", "multiple",
        "series", "spate", "wave", "string", "dozens", "hundreds", "various", "scores",
    ]

    /// Words skipped between a counter and its noun: "11 nouvelles attaques", "trois autres attaques".
    private static let fillers: Set<String> = ["de", "d", "des", "nouvelles", "nouveaux", "autres", "other", "new",
                                               "of", "a", "an", "the", "les", "recent", "recentes", "violentes",
                                               "armed", "armees", "jihadistes", "jihadist", "terroristes", "terrorist"]

    /// "des milliers de morts", "thousands killed", "des centaines de milliers de déplacés".
    private static let largeCounts: Set<String> = ["milliers", "thousands", "millions", "million"]

    private static let periodStarts: Set<String> = ["debut", "start", "beginning", "janvier", "january", "l'annee",
                                                    "annee", "year"]
    private static let periodUnits: Set<String> = ["heures", "jours", "semaine", "semaines", "mois", "hours", "days",
                                                   "week", "weeks", "month", "months", "year", "annee"]

    // MARK: - Hypotheses

    private static let hypotheticalWords: [DocumentLanguage: Set<String>] = [
        .fr: ["pourrait", "pourraient", "risque", "risquent", "menace", "menacent", "menaces", "eventuelle",
              "eventuelles", "eventuel", "eventuels", "potentielle", "potentielles", "potentiel", "potentiels",
              "alerte", "vigilance", "prudence", "craint", "craignent", "redoute", "redoutent", "prevenir",
              "possible", "possibles"],
        .en: ["could", "might", "may", "would", "will", "warned", "warns", "warning", "threat", "threats",
              "threatened", "threatens", "possible", "potential", "risk", "alert", "advisory", "feared", "fears"],
    ]

    /// People who gather: "des milliers de manifestants", "thousands of residents".
    private static let crowdNouns: Set<String> = [
        "people", "residents", "demonstrators", "protesters", "protestors", "students", "citizens", "supporters",
        "women", "youths", "inhabitants", "villagers", "personnes", "manifestants", "habitants", "jeunes", "femmes",
        "citoyens", "partisans", "eleves", "etudiants", "villageois",
    ]

    /// "On 16 May 2019": English capitalises the month, and the modal only at a sentence's start, where a
    /// number after it still makes it the month ("May 3").
    private static func isName(at k: Int, _ words: FoldedWords) -> Bool {
        guard let first = words[k].surface.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first) else {
            return false
        }
        guard k == 0 else { return true }
        return k + 1 < words.count && isNumber(words[k + 1].key)
    }

    // MARK: - Recalled past

    /// Participles that state a toll: "avait fait 30 morts", "had left 12 dead".
    private static let tollVerbs: Set<String> = ["fait", "cause", "coute", "tue", "tues", "tuee", "tuees", "made",
                                                 "caused", "left", "claimed", "killed", "ete", "been"]

    private static func recalledPast(_ keys: [String], dates: [DateMention], published: CivilDate?,
                                     language: DocumentLanguage, triggerWords: Set<Int>) -> String? {
        // "La veille, une mine avait explosé": the pluperfect of a day told against the event before is narrative.
        let toldAgainstEvent = dates.contains { if case .previousIncident = $0.anchor { true } else { false } }
        for (k, key) in keys.enumerated() {
            // The pluperfect: "avait fait", "avaient été tués", "had killed", "had been attacked".
            if !toldAgainstEvent, pluperfect[language]?.contains(key) == true, k + 1 < keys.count,
               !isReportedSpeech(keys, before: k) {
                let next = keys[k + 1] == "deja" || keys[k + 1] == "already" || keys[k + 1] == "ete"
                    || keys[k + 1] == "been" ? k + 2 : k + 1
                if next < keys.count, isParticiple(keys[next], language),
                   tollVerbs.contains(keys[next]) || triggerWords.contains(next) {
                    return "\"\(key) \(keys[next])\": the pluperfect of a recalled event"
                }
            }
            if recallMarkers.contains(key) { return "\"\(key)\": an earlier event recalled" }
            if k + 2 < keys.count, lastYear.contains([keys[k], keys[k + 1], keys[k + 2]].joined(separator: " ")) {
                return "\"\(keys[k...(k + 2)].joined(separator: " "))\": an earlier event recalled"
            }
            if k + 1 < keys.count, lastYear.contains(keys[k] + " " + keys[k + 1]) {
                return "\"\(keys[k]) \(keys[k + 1])\": an earlier event recalled"
            }
        }
        if let published {
            // A month or a week long before publication ("en juillet 2020"); an exact day is a chronicle's own
            // date and is read as the event's.
            for date in dates where date.precision > 1 {
                guard case .absolute = date.anchor, let day = date.date else { continue }
                let lastDay = day.adding(days: date.precision == 3 ? 30 : 6)
                if published.dayNumber - lastDay.dayNumber > backgroundDays {
                    return "\"\(date.text)\": \(published.dayNumber - day.dayNumber) days before publication"
                }
            }
        }
        return nil
    }

    /// "an official said the attack had killed seven", "il a précisé que l'attaque avait fait sept morts": after
    /// a reporting verb in the past, the pluperfect is the tense of reported speech, not of an older event.
    /// The verb may stand further back when "that"/"que" opens the reported clause: "the army said in a
    /// statement read on Monday that a strike in the area on Sunday had killed eight".
    private static func isReportedSpeech(_ keys: [String], before k: Int) -> Bool {
        keys[0..<k].indices.contains { i in
            guard reportingVerbs.contains(keys[i]) else { return false }
            // French says it with the auxiliary: "a précisé", "ont indiqué".
            let past = keys[i].hasSuffix("ed") || keys[i] == "said" || keys[i] == "told"
                || (i > 0 && ["a", "ont", "avait", "avaient"].contains(keys[i - 1]))
            return past && (k - i <= 10 || keys[(i + 1)..<k].contains { ["that", "que", "qu"].contains($0) })
        }
    }

    static let reportingVerbs: Set<String> = [
        "said", "told", "reported", "stated", "added", "confirmed", "indicated", "announced", "claimed", "explained",
        "dit", "declare", "indique", "affirme", "precise", "explique", "confirme", "annonce", "ajoute", "rapporte",
        "assure", "souligne", "raconte",
    ]

    private static let pluperfect: [DocumentLanguage: Set<String>] = [
        .fr: ["avait", "avaient"],
        .en: ["had"],
    ]

    private static func isParticiple(_ key: String, _ language: DocumentLanguage) -> Bool {
        switch language {
        case .fr:
            return ["e", "es", "i", "is", "u", "us", "t", "ts"].contains { key.hasSuffix($0) } && key.count > 2
        case .en:
            return key.hasSuffix("ed") || ["killed", "been", "left", "made", "taken", "struck", "hit", "shot", "seen",
                                            "fought"].contains(key)
        }
    }

    private static let recallMarkers: Set<String> = ["rappelons", "rappel", "precedente", "precedent",
                                                     "previously", "previous", "auparavant"]

    private static let lastYear: Set<String> = ["l'an dernier", "l an dernier", "l'annee derniere", "l annee derniere",
                                                "l'an passe", "l an passe", "l'annee passee", "last year",
                                                "an dernier", "annee derniere", "an passe", "annee passee",
                                                "last month", "le mois dernier", "mois dernier", "l'annee precedente"]
}
