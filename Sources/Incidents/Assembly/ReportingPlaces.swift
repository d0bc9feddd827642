import Gazetteer
import Geocoding
import Text

/// The places of a report that are where the news came from or went, not where the event happened: the
/// dateline ("BAMAKO, 4 oct (AFP) -"), a source's place ("a-t-on appris à Gao", "selon un élu de Tombouctou",
/// "a security source in Dori", "reporting from Bamako"), where the wounded or the survivors were taken
/// ("évacués vers Sévaré", "transférés à l'hôpital de Mopti", "fled to Menaka"), and an official's itinerary
/// ("en visite à Bandiagara"), and a name that qualifies people ("Bissa farmers"). Such a place is never an incident's location; it may still anchor an offset
/// ("à 30 km de Gao"), which the geocoder has already turned into a place of its own.
struct ReportingPlaces {
    /// Per place mention (index into the report's places): why it is not an event place.
    let reasons: [Int: String]

    init(document: TextDocument, places: [PlaceMention], triggers: [EventTrigger]) {
        var reasons: [Int: String] = [:]
        let tokens = document.tokens
        let triggerTokens = Set(triggers.flatMap { Array($0.tokens) })
        for (k, place) in places.enumerated() {
            if document.layout.isInDateline(place.start) {
                reasons[k] = "named in the dateline: where the report was filed"
                continue
            }
            guard let sentence = document.sentence(containing: place.start) else { continue }
            // "Bissa farmers", "Nando villagers": a name before the people it qualifies says who they are, not
            // where the event was (and a people's name read as a place, Bissa as Bissau, is not a place at all).
            let next = Self.firstToken(at: place.end, in: tokens)
            if place.cue == nil, next < tokens.count, tokens[next].kind == .word, tokens[next].start <= place.end + 1,
               VictimLexicon.groups[tokens[next].lowercasedForm] != nil {
                reasons[k] = "\"\(place.surface) \(tokens[next].text)\": it names the people, not where the event was"
                continue
            }
            let sentenceStart = document.sentenceTokens[sentence].lowerBound
            var t = Self.firstToken(at: place.start, in: tokens)
            var seen = 0
            while t > sentenceStart && seen < Self.window {
                t -= 1
                let token = tokens[t]
                if token.kind == .punctuation {
                    if Self.stops.contains(token.text) { break }
                    continue
                }
                if triggerTokens.contains(t) { break }
                let key = NameNormalizer.normalize(token.text)
                if Self.clauseOpeners.contains(key) { break }
                if let reason = Self.cues[key] {
                    reasons[k] = "\"\(token.text) ... \(place.surface)\": \(reason)"
                    break
                }
                seen += 1
            }
        }
        self.reasons = reasons
    }

    func isReportingPlace(_ k: Int) -> Bool { reasons[k] != nil }

    /// How many words before a place a cue governs it.
    static let window = 6

    private static func firstToken(at offset: Int, in tokens: [Token]) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Marks that end a cue's reach: "Selon des sources locales, l'attaque de Boni".
    private static let stops: Set<String> = [",", ";", ":", ".", "!", "?", "(", ")", "\u{00AB}", "\u{00BB}", "\"",
                                             "\u{201C}", "\u{201D}", "\u{2014}", "\u{2013}"]

    /// A new clause between the cue and the place: "said in a statement that gunmen attacked Boni".
    private static let clauseOpeners: Set<String> = ["que", "qu", "qui", "ou", "dont", "that", "who", "which",
                                                     "where", "when", "lorsque", "quand", "after", "apres"]

    private static let source = "a source's place, not the event's"
    private static let destination = "where victims or survivors were taken"
    private static let visit = "an official's itinerary"

    /// Cue words, compared in `NameNormalizer`'s form.
    static let cues: [String: String] = {
        var table: [String: String] = [:]
        for word in ["source", "sources", "selon", "appris", "joint", "jointe", "joints", "jointes", "correspondant",
                     "correspondante", "correspondants", "communique", "declare", "declaration", "porte-parole",
                     "interroge", "interrogee", "contacte", "contactee", "gouverneur", "gouvernorat", "prefet",
                     "maire", "elu", "elus", "haut-commissaire", "publie", "according", "official", "officials",
                     "spokesman", "spokesperson", "spokeswoman", "reporting", "told", "statement", "correspondent",
                     "governor", "mayor", "prefect", "councillor", "quoted", "contacted", "reached", "issued",
                     "speaking"] {
            table[word] = source
        }
        for word in ["evacue", "evacues", "evacuee", "evacuees", "evacuation", "transfere", "transferes", "transferee",
                     "transferees", "transporte", "transportes", "transportee", "transportees", "conduit", "conduits",
                     "conduite", "conduites", "admis", "admises", "hospitalise", "hospitalises", "hopital", "chu",
                     "csref", "clinique", "soigne", "soignes", "fui", "fuient", "fuyant", "refugie", "refugies",
                     "refugiees", "ramene", "ramenes", "achemine", "achemines", "rapatrie", "rapatries",
                     "evacuated", "transferred", "transported", "flown", "airlifted", "hospital", "hospitalised",
                     "hospitalized", "treated", "fled", "fleeing", "rushed", "brought"] {
            table[word] = destination
        }
        for word in ["visite", "rendu", "rendue", "tournee", "etape", "sejour", "escale", "visit", "visited",
                     "visiting", "tour"] {
            table[word] = visit
        }
        return table
    }()
}
