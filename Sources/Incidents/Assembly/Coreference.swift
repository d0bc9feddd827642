import Geocoding

/// Mentions of one event across an article's headline, lead and body are one incident.
///
/// Two drafts tell the same event when nothing they say disagrees: their places are within 25 km of each other
/// (or one has none), their days are the same (or one has none), and they are not two events of a round-up
/// that each give their own place and day. A draft with neither place nor day joins the event told just before
/// it, or, at the head of the article, the first event after it; so does the headline, which only retells the
/// lead.
struct Coreference {
    let context: ReportContext

    func merged(_ drafts: [IncidentDraft]) -> [IncidentDraft] {
        var kept: [IncidentDraft] = []
        var pending: [IncidentDraft] = []
        for draft in drafts {
            // A toll told on its own ("Dimanche, un élu faisait état de neuf morts") is news of the event before,
            // whatever day the figure was given.
            if draft.isTollOnly, draft.place == nil, !kept.isEmpty {
                // The day said there is when the figure was given ("a déclaré lundi"), not the event's.
                var toll = draft
                toll.date = nil
                toll.relativeDayOffset = nil
                kept[kept.count - 1].absorb(toll, reason: "sentence \((draft.sentences.min() ?? 0) + 1): a toll with no event word or place of its own, of the event before")
                continue
            }
            let target = kept.indices.last { compatible(kept[$0], draft) && closeEnough(kept[$0], draft) }
                ?? kept.indices.first { sameEvent(kept[$0], draft) }
            if let target {
                kept[target].absorb(draft, reason: reason(draft, into: kept[target]))
            } else if kept.isEmpty && isVague(draft) {
                // The headline and a lead sentence with neither place nor day wait for the first event after them.
                pending.append(draft)
            } else {
                kept.append(draft)
            }
        }
        for draft in pending {
            if let target = kept.indices.first(where: { compatible(kept[$0], draft) }) {
                kept[target].absorb(draft, reason: reason(draft, into: kept[target]))
            } else {
                kept.insert(draft, at: 0)
            }
        }
        return kept.sorted { ($0.sentences.min() ?? 0) < ($1.sentences.min() ?? 0) }
    }

    // MARK: - Decisions

    /// Neither a place finer than a country nor a day of its own.
    private func isVague(_ draft: IncidentDraft) -> Bool {
        draft.place == nil && draft.date == nil && draft.relativeDayOffset == nil
    }

    /// Nothing disagrees: places within `IncidentGrouping.samePlaceKm` or one missing, same day or one missing,
    /// the same country when both are known.
    private func compatible(_ a: IncidentDraft, _ b: IncidentDraft) -> Bool {
        if a.isBackground != b.isBackground && !(sameDay(a, b) == true && samePlace(a, b) == true) { return false }
        if sameDay(a, b) == false { return false }
        if samePlace(a, b) == false { return false }
        if let ca = country(a), let cb = country(b), ca != cb { return false }
        return true
    }

    /// A draft that gives its own place and day joins another only when both agree (a round-up's events each
    /// have theirs); a vaguer one joins the event before it.
    private func closeEnough(_ kept: IncidentDraft, _ draft: IncidentDraft) -> Bool {
        let hasOwn = draft.place != nil && (draft.date != nil || draft.relativeDayOffset != nil)
        guard hasOwn else { return true }
        return samePlace(kept, draft) == true && sameDay(kept, draft) != false
    }

    /// The same place and the same day, both stated.
    private func sameEvent(_ a: IncidentDraft, _ b: IncidentDraft) -> Bool {
        samePlace(a, b) == true && sameDay(a, b) == true
    }

    /// nil when either has no place.
    private func samePlace(_ a: IncidentDraft, _ b: IncidentDraft) -> Bool? {
        // Only the place the event words govern: the nearest name of a sentence is weak evidence.
        guard let pa = a.place, let pb = b.place else { return nil }
        let ma = context.places.places[pa], mb = context.places.places[pb]
        return Haversine.km(ma.latitude, ma.longitude, mb.latitude, mb.longitude) <= IncidentGrouping.samePlaceKm
    }

    /// nil when either has no day.
    private func sameDay(_ a: IncidentDraft, _ b: IncidentDraft) -> Bool? {
        if let da = a.date, let db = b.date { return da == db }
        if let oa = a.relativeDayOffset, let ob = b.relativeDayOffset { return oa == ob }
        // "la veille", "le lendemain": another day than the event told before.
        if let offset = b.relativeDayOffset, a.date != nil { return offset == 0 }
        if let offset = a.relativeDayOffset, b.date != nil { return offset == 0 }
        return nil
    }

    private func country(_ draft: IncidentDraft) -> String? {
        draft.place.map { context.places.places[$0].country } ?? draft.country
    }

    private func reason(_ draft: IncidentDraft, into kept: IncidentDraft) -> String {
        let part = draft.sentences.first.map { context.document.layout.parts[$0] } ?? .body
        let what = part == .title ? "the headline" : part == .lead ? "the lead" : "the body"
        let first = (draft.sentences.min() ?? 0) + 1
        if samePlace(kept, draft) == true && sameDay(kept, draft) == true {
            return "sentence \(first) (\(what)): same place and day, the same event told again"
        }
        return "sentence \(first) (\(what)): no place or day that disagrees, the same event"
    }
}
