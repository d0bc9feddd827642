import Geocoding

/// Groups a report's sentences into incidents (see `IncidentExtractor`).
struct IncidentGrouping {
    let context: ReportContext

    /// Places further apart than this are different incidents when each comes with its own trigger.
    static let samePlaceKm = 25.0
    /// A follow-up sentence may sharpen "near X" to a town this close to X.
    static let refinementKm = 50.0

    /// The incidents, and the mentions left out with the reason.
    func drafts() -> (drafts: [IncidentDraft], dropped: [DroppedMention]) {
        var drafts: [IncidentDraft] = []
        var dropped: [DroppedMention] = []
        for s in context.sentences.indices where context.document.layout.parts[s] != .boilerplate {
            var triggers = context.triggers[s]
            var tollOnly = false
            // People reported killed with no event word ("environ 500 personnes auraient été tuées") are an event
            // too; the figure stands in for the trigger, and the type falls back to violence against civilians.
            if triggers.isEmpty, drafts.last?.sentences.last != s - 1,
               let killed = context.victims[s].first(where: { $0.outcome == .killed && $0.count > 0 }) {
                triggers = [EventTrigger(tokens: 0..<0, start: killed.start, end: killed.end, text: killed.text,
                                         subEventType: EventClassifier.subEventType(ofToll: killed))]
                tollOnly = true
            }
            let reading = context.mentionClass(of: s, triggers: triggers)
            if !triggers.isEmpty {
                switch reading.mentionClass {
                case .generic, .hypothetical:
                    dropped.append(DroppedMention(sentence: s, reason: reading.reason))
                    continue
                case .background:
                    // An older event is an incident of its own when the sentence gives its place and its day.
                    let place = governedPlace(in: s, triggers: triggers) ?? nearestPlace(in: [s], triggers: triggers)
                    guard let place, let date = context.dates[s].first(where: { $0.precision == 1 && $0.date != nil }) else {
                        dropped.append(DroppedMention(sentence: s, reason: reading.reason + "; no place and day of its own"))
                        continue
                    }
                    var draft = IncidentDraft(sentences: [s], triggerSentences: [s])
                    draft.place = place
                    draft.date = date.date
                    draft.datePrecision = 1
                    draft.hasDateInText = true
                    draft.hasVictims = !context.victims[s].isEmpty
                    draft.isBackground = true
                    draft.notes.append("sentence \(s + 1): \(reading.reason), with a place and a day: kept")
                    drafts.append(draft)
                    continue
                case .event:
                    break
                }
                let place = governedPlace(in: s, triggers: triggers)
                let date = context.dates[s].first
                // "Le bilan s'établit finalement à quatre morts", told on Friday of Thursday's attack.
                if place == nil, !drafts.isEmpty, TollRetelling.isRetelling(s, triggers: triggers, context: context) {
                    tollOnly = true
                }
                let adjacent = drafts.last?.sentences.last == s - 1 && drafts.last?.isBackground == false
                // A trigger with no date, no victims and no place of its own may be talk about violence ("le
                // risque d'attaques", "11 attaques en moins d'une semaine"): it joins the incident just before, or
                // opens one that the next sentences must confirm ("Bilan : 10 morts"), else it is dropped.
                guard place != nil || date != nil || !context.victims[s].isEmpty else {
                    if adjacent, var current = drafts.last {
                        current.sentences.append(s)
                        current.triggerSentences.append(s)
                        drafts[drafts.count - 1] = current
                    } else {
                        drafts.append(IncidentDraft(sentences: [s], triggerSentences: [s]))
                    }
                    continue
                }
                if var current = drafts.last, !current.isBackground,
                   !startsNewIncident(current, place: place, date: date, adjacent: adjacent) {
                    current.sentences.append(s)
                    current.triggerSentences.append(s)
                    absorb(s, place: place, into: &current)
                    drafts[drafts.count - 1] = current
                } else {
                    var draft = IncidentDraft(sentences: [s], triggerSentences: [s])
                    draft.isTollOnly = tollOnly
                    absorb(s, place: place, into: &draft)
                    drafts.append(draft)
                }
            } else if var current = drafts.last, !current.isBackground, current.sentences.last == s - 1,
                      reading.mentionClass != .generic, addsToCurrent(s, current) {
                current.sentences.append(s)
                if let refined = refinement(in: s, of: current) { current.place = refined }
                if !context.victims[s].isEmpty { current.hasVictims = true }
                if current.country == nil { current.country = countryNamed(in: s) }
                drafts[drafts.count - 1] = current
            }
        }
        for k in drafts.indices where drafts[k].place == nil {
            drafts[k].fallbackPlace = nearestPlace(in: drafts[k].triggerSentences, triggers: drafts[k].triggerSentences.flatMap { context.triggers[$0] })
        }
        return (Coreference(context: context).merged(drafts), dropped)
    }

    // MARK: - Decisions

    /// A new date, or a new place of its own more than 25 km from the current one.
    private func startsNewIncident(_ current: IncidentDraft, place: Int?, date: DateMention?, adjacent: Bool) -> Bool {
        // A toll told on its own has a reporting day, not the event's: a sentence with a day or place of its own
        // after it tells of another event.
        if current.isTollOnly && (place != nil || date != nil) { return true }
        if let date, let day = date.date, let currentDay = current.date, day != currentDay { return true }
        if let date, case .previousIncident = date.anchor { return true }
        if date != nil && current.date == nil && current.relativeDayOffset == nil && !adjacent { return true }
        if let place, let currentPlace = current.place {
            let a = context.places.places[place], b = context.places.places[currentPlace]
            return Haversine.km(a.latitude, a.longitude, b.latitude, b.longitude) > Self.samePlaceKm
        }
        return false
    }

    /// A sentence without a trigger belongs to the incident before it when it gives victims or a sharper place.
    private func addsToCurrent(_ s: Int, _ current: IncidentDraft) -> Bool {
        !context.victims[s].isEmpty || refinement(in: s, of: current) != nil
    }

    private func absorb(_ s: Int, place: Int?, into draft: inout IncidentDraft) {
        if draft.place == nil { draft.place = place }
        if draft.country == nil { draft.country = countryNamed(in: s) }
        if !context.victims[s].isEmpty { draft.hasVictims = true }
        guard draft.date == nil && draft.relativeDayOffset == nil, let date = context.dates[s].first else { return }
        if case .previousIncident(let offset) = date.anchor {
            draft.relativeDayOffset = offset
        } else if let day = date.date {
            draft.date = day
            draft.datePrecision = date.precision
        }
        draft.hasDateInText = true
    }

    /// How far (in characters) a place may stand from its trigger and still be governed by its phrase:
    /// "attaque contre le poste de gendarmerie de Boni" after it, "À Djibo, des hommes armés ont attaqué" before.
    static let governedAfter = 80
    static let governedBefore = 60

    /// The place the trigger's phrase governs: the nearest place mention to a trigger within reach, after it
    /// preferred ("attaque à Kati"); not an admin hint, an anchor or a country.
    private func governedPlace(in s: Int, triggers: [EventTrigger]) -> Int? {
        nearest(placeMentionsIn: [s], triggers: triggers) { gap, after in
            after ? gap <= Self.governedAfter : gap <= Self.governedBefore
        }
    }

    /// Words that open a new clause between a place and a trigger after it.
    static let clauseOpeners: Set<String> = ["où", "quand", "lorsque", "lorsqu'", "alors", "tandis", "pendant",
                                             "while", "when", "whereas", "where", "as", "qui", "que", "qu'", "dont"]

    private func crossesClause(from start: Int, to end: Int) -> Bool {
        // Tokens are in text order: find the first at `start` by bisection, then read only the gap.
        var low = 0, high = context.tokens.count
        while low < high {
            let mid = (low + high) / 2
            if context.tokens[mid].start < start { low = mid + 1 } else { high = mid }
        }
        return context.tokens[low...].prefix { $0.end <= end }.contains {
            Self.clauseOpeners.contains($0.text.lowercased())
        }
    }

    /// Else the nearest place of the incident's sentences, at any distance.
    private func nearestPlace(in sentences: [Int], triggers: [EventTrigger]) -> Int? {
        nearest(placeMentionsIn: sentences, triggers: triggers) { _, _ in true }
    }

    private func nearest(placeMentionsIn sentences: [Int], triggers: [EventTrigger],
                         within reach: (_ gap: Int, _ after: Bool) -> Bool) -> Int? {
        var best: (index: Int, cost: Double, aside: Bool)?
        for k in sentences.flatMap({ context.placeMentions[$0] }) {
            let m = context.places.places[k]
            guard m.role == .place, m.feature != "country", !context.reporting.isReportingPlace(k) else { continue }
            for trigger in triggers {
                let after = m.start >= trigger.end
                let gap = after ? m.start - trigger.end : max(0, trigger.start - m.end)
                guard reach(gap, after) else { continue }
                // "ses ressortissants à Bamako au moment où l'armée est assaillie": another clause.
                if !after && crossesClause(from: m.end, to: trigger.start) { continue }
                // Asides ("(Douentza, Mopti)") only when nothing else is near; a place before weighs more.
                let cost = Double(gap) * (after ? 1 : 1.5)
                if let b = best, (b.aside ? 1 : 0, b.cost) <= (m.aside ? 1 : 0, cost) { continue }
                best = (k, cost, m.aside)
            }
        }
        return best?.index
    }

    /// In a follow-up sentence, a town (precision 1) close to an incident placed only near somewhere, or the
    /// first place of an incident that had none.
    private func refinement(in s: Int, of draft: IncidentDraft) -> Int? {
        let towns = context.placeMentions[s].filter {
            let m = context.places.places[$0]
            return m.role == .place && m.feature != "country" && m.precision == 1 && !context.reporting.isReportingPlace($0)
        }
        guard let current = draft.place else { return nil }
        let here = context.places.places[current]
        guard (here.precision ?? 3) >= 2 else { return nil }
        return towns.first { k in
            let m = context.places.places[k]
            return Haversine.km(m.latitude, m.longitude, here.latitude, here.longitude) <= Self.refinementKm
        }
    }

    private func countryNamed(in s: Int) -> String? {
        context.placeMentions[s].map { context.places.places[$0] }.first { $0.feature == "country" }?.country
    }
}

/// Dates said relative to the incident before ("la veille", "le lendemain"), and the publication date for
/// incidents the text does not date (precision 2: the report appeared within the week of the event).
enum DateResolution {
    static func resolve(_ drafts: inout [IncidentDraft], published: CivilDate?) {
        var previous: (date: CivilDate, precision: Int)?
        for k in drafts.indices {
            if drafts[k].date == nil, let offset = drafts[k].relativeDayOffset, let previous {
                drafts[k].date = previous.date.adding(days: offset)
                drafts[k].datePrecision = previous.precision
            }
            if drafts[k].date == nil, let published {
                drafts[k].date = published
                drafts[k].datePrecision = 2
            }
            if let date = drafts[k].date { previous = (date, drafts[k].datePrecision ?? 2) }
        }
    }
}
