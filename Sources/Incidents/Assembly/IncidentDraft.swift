import Geocoding

/// An incident being assembled: the sentences it spans and what was read in them.
struct IncidentDraft {
    var sentences: [Int]
    /// Sentences with a trigger (the others only add victims or sharpen the place).
    var triggerSentences: [Int]
    /// The place mention the trigger's phrase governs, as an index into the report's places.
    var place: Int?
    /// Else the nearest place of its sentences (a weaker link, not enough to make commentary an event).
    var fallbackPlace: Int?
    var country: String?
    var date: CivilDate?
    var datePrecision: Int?
    /// A date said relative to the incident before ("la veille", "le lendemain"), resolved after grouping.
    var relativeDayOffset: Int?
    var hasDateInText = false

    /// Dates, victims or a place finer than a country: an event, not commentary.
    var hasSubstance: Bool { hasDateInText || hasVictims || place != nil }
    var hasVictims = false
    /// An older event recalled, kept for its own place and day.
    var isBackground = false
    /// Opened by a victim figure alone, with no event word.
    var isTollOnly = false
    /// What was decided while assembling it, for `--explain`.
    var notes: [String] = []

    /// Takes in another mention of the same event: its sentences, and what this one lacks.
    mutating func absorb(_ other: IncidentDraft, reason: String) {
        sentences = Array(Set(sentences + other.sentences)).sorted()
        triggerSentences = Array(Set(triggerSentences + other.triggerSentences)).sorted()
        if place == nil { place = other.place }
        if fallbackPlace == nil { fallbackPlace = other.fallbackPlace }
        if country == nil { country = other.country }
        if date == nil || (datePrecision ?? 3) > (other.datePrecision ?? 3) && other.date != nil {
            if other.date != nil {
                date = other.date
                datePrecision = other.datePrecision
            }
        }
        if date == nil && relativeDayOffset == nil { relativeDayOffset = other.relativeDayOffset }
        hasDateInText = hasDateInText || other.hasDateInText
        hasVictims = hasVictims || other.hasVictims
        isBackground = isBackground && other.isBackground
        isTollOnly = isTollOnly && other.isTollOnly
        notes.append("merged " + reason)
        notes += other.notes
    }

    func incident(documentID: String, number: Int, context: ReportContext) -> Incident {
        let triggers = triggerSentences.flatMap { context.triggers[$0] }
        let toll = sentences.lazy.flatMap { context.victims[$0] }.first { $0.outcome == .killed && $0.count > 0 }
        let classified = EventClassifier.classify(triggers: triggers, tokens: context.tokens, words: context.foldedWords,
                                                  language: context.language)
            ?? toll.map { EventClassifier.subEventType(ofToll: $0) }.map { ($0.eventType, $0) }
        let victims = TollReading.count(sentences: sentences, context: context)
        var actors: [String] = []
        for actor in sentences.flatMap({ context.actors[$0] }) where !actors.contains(actor.name) {
            actors.append(actor.name)
        }
        // The evidence: the first sentence with an event word outside the headline, the one an analyst quotes.
        let parts = context.document.layout.parts
        let first = triggerSentences.first { parts[$0] != .title } ?? sentences.min() ?? 0
        let last = sentences.filter { $0 >= first }.prefix { $0 <= first + 2 }.max() ?? first
        let span = context.sentences[first].lowerBound..<context.sentences[last].upperBound
        // The governed place, else the nearest in the sentences; a country named there means no finer place is
        // known (location null, country set); with no place at all, the document's focus, at precision 3: the
        // incident's own place was not named, or not known ("le village de Sirakorola" is not in every gazetteer).
        var chosen = place ?? fallbackPlace
        var fromFocus = false
        if chosen == nil && country == nil, let focus = context.eventFocus,
           context.places.places[focus].feature != "country" {
            chosen = focus
            fromFocus = true
        }
        let mention = chosen.map { context.places.places[$0] }
        let location = mention.map { m in
            IncidentLocation(
                name: m.name, latitude: m.latitude, longitude: m.longitude, precision: fromFocus ? 3 : m.precision ?? 3,
                admin1: m.admin1, admin2: m.admin2, gazetteerID: m.gazetteerID,
                anchor: m.relative?.anchors.first.map { .init(name: $0.name, latitude: $0.latitude, longitude: $0.longitude) },
                offsetKm: m.relative?.offsetKm, bearing: m.relative?.bearing)
        }
        return Incident(
            documentID: documentID, incidentID: "\(documentID)#\(number)", date: date?.description,
            datePrecision: date == nil ? nil : datePrecision, eventType: classified?.0 ?? .violenceAgainstCivilians,
            subEventType: classified?.1 ?? .attack, killed: victims.killed, injured: victims.injured,
            killedByGroup: victims.killedByGroup, actors: actors, country: mention?.country ?? country ?? context.places.focus.country,
            location: location, evidence: Evidence(start: span.lowerBound, end: span.upperBound, text: context.text(span)),
            warnings: victims.warnings)
    }
}
