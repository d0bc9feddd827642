import Gazetteer

/// An indexed name taken for a spelling of the text, inside a unit or radius the text states.
public struct SpellingMatch: Sendable, Equatable {
    /// How the two spellings meet, from the closest.
    public enum Kind: String, Sendable {
        /// Same letters once accents, case, hyphens and spaces are set aside.
        case normalised
        /// Same transliteration key (`TransliterationKey`): ou/w, dj/j, y/i, doubled letters, final e.
        case phonetic
        /// One or two letters added, dropped or changed (as written, or on the transliteration keys).
        case edit
        /// The name without its qualifier, or with one: "Semembougou" for Semembougou Peulh.
        case qualifier
    }

    public let place: Int32
    /// The indexed name matched (normalised).
    public let name: String
    public let kind: Kind
    /// The fewest edits, as written or between the transliteration keys (0 for the other kinds).
    public let distance: Int

    /// "phonetic", "edit 2", "qualifier": for explanations and the lookup report.
    public var label: String { kind == .edit ? "edit \(distance)" : kind.rawValue }

    /// Closer kinds first; one edit before a qualifier, two after.
    var rank: Int {
        switch kind {
        case .normalised: 0
        case .phonetic: 1
        case .edit: distance == 1 ? 2 : 4
        case .qualifier: 3
        }
    }
}

extension PlaceIndex {
    /// The places among `slots` with a name close to `key` (normalised), closest first, one match per place.
    /// Edits are counted on the names as written (1 from five letters, 2 from eight) and on the transliteration
    /// keys (1 from five letters): keys are already loose, so two edits on them join unrelated names
    /// ("Guiedougou" and "Dédougou"). In an area of more than `crowdedArea` settlements (a whole region) a
    /// chance match is likelier, so one edit less on each, and only the places of the same transliteration key or
    /// of the index's own near-miss spellings are compared (a qualifier dropped is found in a cercle, not there).
    public func spellingMatches(of key: String, among slots: [Int32]) -> [SpellingMatch] {
        spellingMatches(of: key, inside: slots, countsAfterFilter: false) { _ in true }
    }

    /// The same, among the settlements of `slots` that `admits` keeps (a superset, such as a unit's grid cells,
    /// filtered by the constraint): a crowded area is never filtered whole, only the names looked up in it.
    func spellingMatches(of key: String, inside slots: [Int32], countsAfterFilter: Bool,
                         admits: (Int32) -> Bool) -> [SpellingMatch] {
        // The grid cells around a town hold a few times the settlements of the radius: those are counted after
        // the filter; a unit's own list is the unit.
        let inside = !countsAfterFilter && slots.count > Self.crowdedArea ? nil
            : slots.count <= 4 * Self.crowdedArea ? slots.filter(admits) : nil
        let crowded = (inside?.count ?? slots.count) > Self.crowdedArea
        let query = SpellingQuery(key, crowded: crowded)
        var best: [Int32: SpellingMatch] = [:]
        // A whole region is not scanned: the places of the same key, and of the index's own near-misses.
        let compared = Set(crowded ? lookedUp(key, transliteration: query.forms.transliteration).filter(admits) : inside ?? [])
        for slot in compared {
            for forms in settlementAreas.names[Int(slot)] {
                guard let match = query.match(forms, slot: slot) else { continue }
                if best[slot].map({ match.rank < $0.rank }) ?? true { best[slot] = match }
            }
        }
        return best.values.sorted { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            let ra = places[Int(a.place)].rank.rawValue, rb = places[Int(b.place)].rank.rawValue
            return ra != rb ? ra < rb : a.place < b.place
        }
    }

    /// Beyond this many settlements an area is looked up rather than scanned (a large cercle, a region).
    static let crowdedArea = 250

    /// The settlements a spelling can match without a scan: the same transliteration key, the index's own
    /// near-miss spellings, a name of several words holding this one, this name without one of its words.
    private func lookedUp(_ key: String, transliteration: String) -> [Int32] {
        var found = settlementAreas.settlements(transliteratedAs: transliteration)
        found += variants.matches(key).flatMap { byName[$0.key] ?? [] }
        let words = key.split(separator: " ")
        if words.count == 1 { found += settlementAreas.settlements(withWord: words[0]) }
        if words.count > 1 {
            for skipped in words.indices {
                found += byName[words.enumerated().filter { $0.offset != skipped }.map(\.element).joined(separator: " ")] ?? []
            }
        }
        return found
    }

}

/// A spelling of the text, prepared once for comparison with every name of an area.
private struct SpellingQuery {
    let forms: NameForms
    let compactScalars: [Unicode.Scalar]
    let keyScalars: [Unicode.Scalar]
    let words: Set<Substring>
    let writtenTolerance: Int
    let keyTolerance: Int

    init(_ key: String, crowded: Bool) {
        forms = NameForms(key)
        compactScalars = Array(forms.compact.unicodeScalars)
        keyScalars = Array(forms.transliteration.unicodeScalars)
        words = Set(key.split(separator: " "))
        let written = compactScalars.count >= 8 ? 2 : compactScalars.count >= 5 ? 1 : 0
        let keyed = keyScalars.count >= 5 ? 1 : 0
        writtenTolerance = crowded ? max(0, written - 1) : written
        keyTolerance = crowded && keyScalars.count < 6 ? 0 : keyed
    }

    func match(_ other: NameForms, slot: Int32) -> SpellingMatch? {
        if other.compact == forms.compact { return SpellingMatch(place: slot, name: other.name, kind: .normalised, distance: 0) }
        if other.transliteration == forms.transliteration {
            return SpellingMatch(place: slot, name: other.name, kind: .phonetic, distance: 0)
        }
        // Lengths first: most names of an area are too long or too short to be within the edits allowed.
        var best: Int?
        if keyTolerance > 0, abs(Int(other.transliterationLength) - keyScalars.count) <= keyTolerance {
            best = EditDistance.distance(keyScalars, Array(other.transliteration.unicodeScalars), limit: keyTolerance)
        }
        if writtenTolerance > 0, abs(Int(other.compactLength) - compactScalars.count) <= writtenTolerance,
           let d = EditDistance.distance(compactScalars, Array(other.compact.unicodeScalars), limit: writtenTolerance) {
            best = min(best ?? d, d)
        }
        if let d = best { return SpellingMatch(place: slot, name: other.name, kind: .edit, distance: d) }
        // A qualifier dropped or added: every word of the shorter name is a word of the longer, one word apart.
        guard other.name.contains(" ") || words.count > 1 else { return nil }
        let nameWords = Set(other.name.split(separator: " "))
        let (short, long) = nameWords.count < words.count ? (nameWords, words) : (words, nameWords)
        if long.count == short.count + 1, short.isSubset(of: long), short.contains(where: { $0.count >= 4 }) {
            return SpellingMatch(place: slot, name: other.name, kind: .qualifier, distance: 0)
        }
        return nil
    }
}

/// Where a spelling report looks: inside an admin unit (by the gazetteer's admin names and region polygons), or
/// within a radius of a point.
public enum SpellingArea: Sendable {
    case unit(String)
    case around(latitude: Double, longitude: Double, km: Double)
}

extension PlaceIndex {
    /// The settlements inside `area` whose names are spellings of `name`, closest kind first, with the place:
    /// what `sahel gazetteer lookup NAME --within UNIT` shows, and what the geocoder tries inside a constraint.
    public func spellingReport(of name: String, in area: SpellingArea) -> [(match: SpellingMatch, place: IndexedPlace)] {
        let slots: [Int32]
        switch area {
        case .unit(let unit):
            slots = settlementAreas.settlements(inUnit: NameNormalizer.normalize(unit))
        case .around(let latitude, let longitude, let km):
            slots = settlementAreas.settlements(around: latitude, longitude, km: km).filter {
                Haversine.km(places[Int($0)].latitude, places[Int($0)].longitude, latitude, longitude) <= km
            }
        }
        return spellingMatches(of: NameNormalizer.normalize(name), among: slots).map { ($0, places[Int($0.place)]) }
    }

    /// Whether the gazetteer files any settlement of the region under this admin unit's name.
    public func knowsUnit(_ unit: String) -> Bool {
        settlementAreas.knowsUnit(NameNormalizer.normalize(unit))
    }
}
