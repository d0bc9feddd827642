import Gazetteer

/// An indexed name taken for a spelling of the text, inside a unit or radius the text states.
public struct SpellingMatch: Sendable, Equatable {
    /// How the two spellings meet, from the closest.
    public enum Kind: String, Sendable, Comparable {
        /// Same letters once accents, case, hyphens and spaces are set aside.
        case normalised
        /// Same transliteration key (`TransliterationKey`): ou/w, dj/j, y/i, doubled letters, final e.
        case phonetic
        /// One or two letters added, dropped or changed (on the transliteration keys).
        case edit
        /// The name without its qualifier, or with one: "Semembougou" for Semembougou Peulh.
        case qualifier

        public static func < (a: Kind, b: Kind) -> Bool { a.order < b.order }
        private var order: Int {
            switch self {
            case .normalised: 0
            case .phonetic: 1
            case .edit: 2
            case .qualifier: 3
            }
        }
    }

    public let place: Int32
    /// The indexed name matched (normalised).
    public let name: String
    public let kind: Kind
    /// Edits between the transliteration keys (0 for the other kinds).
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
    /// chance match is likelier, so one edit less on each.
    public func spellingMatches(of key: String, among slots: [Int32]) -> [SpellingMatch] {
        let area = Set(slots)
        let query = SpellingQuery(key, crowded: area.count > Self.crowdedArea)
        var best: [Int32: SpellingMatch] = [:]
        for slot in area {
            for name in settlementAreas.names[Int(slot)] {
                guard let match = query.match(name, slot: slot) else { continue }
                if best[slot].map({ match.rank < $0.rank }) ?? true { best[slot] = match }
            }
        }
        return best.values.sorted { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            let ra = places[Int(a.place)].rank.rawValue, rb = places[Int(b.place)].rank.rawValue
            return ra != rb ? ra < rb : a.place < b.place
        }
    }

    /// More settlements than a cercle or a province holds.
    static let crowdedArea = 500

}

/// A spelling of the text, prepared once for comparison with every name of an area.
private struct SpellingQuery {
    let compact: [Unicode.Scalar]
    let compactKey: String
    let phonetic: String
    let phoneticScalars: [Unicode.Scalar]
    let words: Set<Substring>
    let writtenTolerance: Int
    let keyTolerance: Int

    init(_ key: String, crowded: Bool) {
        compactKey = SpellingVariants.compactKey(key)
        compact = Array(compactKey.unicodeScalars)
        phonetic = TransliterationKey.key(key)
        phoneticScalars = Array(phonetic.unicodeScalars)
        words = Set(key.split(separator: " "))
        let written = compact.count >= 8 ? 2 : compact.count >= 5 ? 1 : 0
        let keyed = phoneticScalars.count >= 5 ? 1 : 0
        writtenTolerance = crowded ? max(0, written - 1) : written
        keyTolerance = crowded && phoneticScalars.count < 6 ? 0 : keyed
    }

    func match(_ name: String, slot: Int32) -> SpellingMatch? {
        let otherCompact = SpellingVariants.compactKey(name)
        if otherCompact == compactKey { return SpellingMatch(place: slot, name: name, kind: .normalised, distance: 0) }
        let other = TransliterationKey.key(name)
        if other == phonetic { return SpellingMatch(place: slot, name: name, kind: .phonetic, distance: 0) }
        let byKey = keyTolerance > 0
            ? EditDistance.distance(phoneticScalars, Array(other.unicodeScalars), limit: keyTolerance) : nil
        let byWriting = writtenTolerance > 0
            ? EditDistance.distance(compact, Array(otherCompact.unicodeScalars), limit: writtenTolerance) : nil
        if let d = [byKey, byWriting].compactMap({ $0 }).min() {
            return SpellingMatch(place: slot, name: name, kind: .edit, distance: d)
        }
        // A qualifier dropped or added: every word of the shorter name is a word of the longer, one word apart.
        let nameWords = Set(name.split(separator: " "))
        let (short, long) = nameWords.count < words.count ? (nameWords, words) : (words, nameWords)
        if long.count == short.count + 1, short.isSubset(of: long), short.contains(where: { $0.count >= 4 }) {
            return SpellingMatch(place: slot, name: name, kind: .qualifier, distance: 0)
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
