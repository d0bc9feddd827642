import Gazetteer
import Parallel
import Spatial

extension PlaceIndex {
    /// Loads the settlements of `countries`, their admin-1 regions, the countries the lexicon knows and every
    /// country's capital from a gazetteer.
    ///
    /// Settlements without admin-1 names (GeoNames rows carry only codes) get the name of the region polygon
    /// they fall in, so hints such as "région de Mopti" can be checked against every source alike.
    public static func load(from store: GazetteerStore, countries: [String] = PlaceIndex.defaultRegion) throws -> PlaceIndex {
        var builder = PlaceIndexBuilder(regionCountries: countries.map { $0.uppercased() })
        try store.forEachSpelling(inCountries: builder.regionCountries) { builder.add($0) }
        try builder.locateRegions(store: store)
        try builder.addCountries(store: store)
        return builder.finish()
    }
}

/// Gathers places and names while loading; `finish()` freezes them into a `PlaceIndex`.
struct PlaceIndexBuilder {
    let regionCountries: [String]
    private var drafts: [Draft] = []
    private var draftByID: [Int64: Int] = [:]
    private var names: [(draft: Int, key: String)] = []
    private var regions: [RegionDraft] = []
    private var countries: [(place: IndexedPlace, keys: [String])] = []
    private var demonyms: [String: String] = [:]

    /// A settlement before its region is known.
    private struct Draft {
        let place: GazetteerPlace
        var region: Int?
    }

    private struct RegionDraft {
        let boundary: StoredBoundary
        var names: Set<String>
        var capital: Int?
        /// The most populous settlement inside, when no capital is known (GeoNames cities500 has no ranks).
        var largest: Int?
        /// A point inside the polygon, the last resort.
        var pointOnSurface: (latitude: Double, longitude: Double)?
    }

    init(regionCountries: [String]) {
        self.regionCountries = regionCountries
    }

    /// Names shorter than this, once normalised, are not indexed: two letters match too much prose.
    static let shortestName = 3

    mutating func add(_ spelling: PlaceSpelling) {
        let index: Int
        if let known = draftByID[spelling.place.id] {
            index = known
        } else {
            index = drafts.count
            drafts.append(Draft(place: spelling.place, region: nil))
            draftByID[spelling.place.id] = index
        }
        let key = spelling.normalized
        guard key.unicodeScalars.count >= Self.shortestName,
              key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return }
        names.append((index, key))
    }

    /// Puts each settlement of the region in its admin-1 polygon and makes one region place per polygon,
    /// located at its capital.
    mutating func locateRegions(store: GazetteerStore) throws {
        let wanted = Set(regionCountries)
        let boundaries = try store.boundaries(level: 1, minLongitude: -180, minLatitude: -90,
                                              maxLongitude: 180, maxLatitude: 90)
            .filter { wanted.contains($0.country) }
        guard !boundaries.isEmpty else { return }
        var boundaryNames: [String: Set<String>] = [:]
        for entry in try store.admin1Names(inCountries: regionCountries) {
            boundaryNames[entry.code, default: []].insert(entry.name)
        }
        regions = boundaries.map { RegionDraft(boundary: $0, names: boundaryNames[$0.code] ?? [$0.name], capital: nil) }

        let locator = try PolygonLocator(polygonsWKB: boundaries.map(\.wkb))
        let inRegion = drafts.indices.filter { wanted.contains(drafts[$0].place.country) }
        let xs = inRegion.map { drafts[$0].place.longitude }
        let ys = inRegion.map { drafts[$0].place.latitude }
        var found = [Int32](repeating: -1, count: inRegion.count)
        try xs.withUnsafeBufferPointer { x in
            try ys.withUnsafeBufferPointer { y in
                try found.withUnsafeMutableBufferPointer { try locator.locate(xs: x, ys: y, into: $0) }
            }
        }
        for (k, draft) in inRegion.enumerated() where found[k] >= 0 {
            let region = Int(found[k])
            // A point across a border (a source's error or a border town) keeps its own country's answer.
            guard regions[region].boundary.country == drafts[draft].place.country else { continue }
            drafts[draft].region = region
            let place = drafts[draft].place
            if (place.population ?? 0) > (regions[region].largest.map { drafts[$0].place.population ?? 0 } ?? 0) {
                regions[region].largest = draft
            }
            guard place.featureRank == .admin1Capital || place.featureRank == .nationalCapital else { continue }
            if let own = place.admin1, place.source == "ocha" { regions[region].names.insert(own) }
            if let current = regions[region].capital {
                let other = drafts[current].place
                if place.featureRank < other.featureRank
                    || (place.featureRank == other.featureRank && (place.population ?? 0) > (other.population ?? 0)) {
                    regions[region].capital = draft
                }
            } else {
                regions[region].capital = draft
            }
        }
        let context = try GEOSContext()
        for r in regions.indices where regions[r].capital == nil && regions[r].largest == nil {
            if let point = try? Geometry(wkb: regions[r].boundary.wkb, context: context).pointOnSurface() {
                regions[r].pointOnSurface = (point.y, point.x)
            }
        }
    }

    /// Countries named in the lexicon or in the region: a point inside each (for a map marker), their names in
    /// French and English, their demonyms.
    mutating func addCountries(store: GazetteerStore) throws {
        let lexicon = Dictionary(CountryLexicon.entries.map { ($0.country, $0) }, uniquingKeysWith: { a, _ in a })
        let wanted = Set(lexicon.keys).union(regionCountries)
        let outlines = try store.boundaries(level: 0, minLongitude: -180, minLatitude: -90,
                                            maxLongitude: 180, maxLatitude: 90)
            .filter { wanted.contains($0.country) }
        let context = try GEOSContext()
        for outline in outlines {
            guard let point = try? Geometry(wkb: outline.wkb, context: context).pointOnSurface() else { continue }
            let entry = lexicon[outline.country]
            let place = IndexedPlace(
                kind: .country, gazetteerID: nil, name: entry?.names.first ?? outline.name, country: outline.country,
                admin1: nil, admin2: nil, rank: .other, population: 0, latitude: point.y, longitude: point.x,
                regionIndex: nil, adminKeys: [], admin2Key: nil)
            let spellings = (entry?.names ?? []) + [outline.name]
            countries.append((place, Array(Set(spellings.map(NameNormalizer.normalize)))))
        }
        for entry in CountryLexicon.entries {
            // Looked up by the word lowercased with its accents; the unaccented spelling is filed too.
            for demonym in entry.demonyms {
                demonyms[PlaceCueLexicon.cueForm(demonym)] = entry.country
                demonyms[NameNormalizer.normalize(demonym)] = entry.country
            }
        }
    }

    func finish() -> PlaceIndex {
        var places: [IndexedPlace] = []
        places.reserveCapacity(drafts.count + regions.count + countries.count)
        // Regions first, so settlements can point at them by index.
        var regionPlace: [Int: Int32] = [:]
        var byName: [String: [Int32]] = [:]
        for (r, region) in regions.enumerated() {
            // Located at its capital (as analysts code a regional report), else its largest town, else inside it.
            let seat = (region.capital ?? region.largest).map { drafts[$0].place }
            guard let point = seat.map({ ($0.latitude, $0.longitude) }) ?? region.pointOnSurface else { continue }
            regionPlace[r] = Int32(places.count)
            let keys = Set(region.names.map(NameNormalizer.normalize))
            for key in keys where key.unicodeScalars.count >= Self.shortestName {
                byName[key, default: []].append(Int32(places.count))
            }
            places.append(IndexedPlace(
                kind: .region, gazetteerID: seat?.id, name: region.boundary.name, country: region.boundary.country,
                admin1: region.boundary.name, admin2: nil, rank: .admin1Capital, population: seat?.population ?? 0,
                latitude: point.0, longitude: point.1, regionIndex: Int32(places.count),
                adminKeys: keys, admin2Key: nil))
        }
        let firstSettlement = places.count
        // Admin names repeat across thousands of settlements: normalise each once.
        var normalizedAdmin: [String: String] = [:]
        func normalized(_ name: String) -> String {
            if let known = normalizedAdmin[name] { return known }
            let key = NameNormalizer.normalize(name)
            normalizedAdmin[name] = key
            return key
        }
        for draft in drafts {
            let place = draft.place
            let region = draft.region.flatMap { regionPlace[$0] }
            var keys = Set([place.admin1, place.admin2, place.admin3].compactMap { $0 }.map(normalized))
            if let region { keys.formUnion(places[Int(region)].adminKeys) }
            places.append(IndexedPlace(
                kind: .settlement, gazetteerID: place.id, name: place.name, country: place.country,
                admin1: place.admin1 ?? region.map { places[Int($0)].name }, admin2: place.admin2,
                rank: place.featureRank, population: place.population ?? 0,
                latitude: place.latitude, longitude: place.longitude, regionIndex: region,
                adminKeys: keys, admin2Key: place.admin2.map(normalized), admin3Key: place.admin3.map(normalized)))
        }
        var variants = SpellingVariants()
        for (draft, key) in names {
            let slot = Int32(firstSettlement + draft)
            // Spellings arrive grouped by place; several of one place often normalise alike.
            if byName[key]?.last != slot { byName[key, default: []].append(slot) }
            variants.add(key)
        }
        // "Tinhabou" for "Tin Habou", "Dounapen" for "Douna-Pen": the press often closes up the words.
        for (draft, key) in names where key.contains(" ") {
            let slot = Int32(firstSettlement + draft)
            let compact = SpellingVariants.compactKey(key)
            if byName[compact]?.contains(slot) != true { byName[compact, default: []].append(slot) }
        }
        var countryPlaces: [String: Int32] = [:]
        for (place, keys) in countries {
            let slot = Int32(places.count)
            countryPlaces[place.country] = slot
            places.append(place)
            for key in keys { byName[key, default: []].append(slot) }
        }
        // Best feature rank first, then population. (`mapValues`: sorting in place while iterating the keys
        // would copy the whole table on every write.)
        let ranks = places.map(\.rank.rawValue), populations = places.map(\.population)
        byName = byName.mapValues { slots in
            slots.count < 2 ? slots : slots.sorted { a, b in
                let i = Int(a), j = Int(b)
                if ranks[i] != ranks[j] { return ranks[i] < ranks[j] }
                if populations[i] != populations[j] { return populations[i] > populations[j] }
                return a < b
            }
        }
        var areas = SettlementAreas(placeCount: places.count)
        for slot in firstSettlement..<(firstSettlement + drafts.count) {
            areas.add(Int32(slot), places[slot])
        }
        // The spelling forms of every name, the costliest part of loading, made on all cores.
        let keys = names.map(\.key)
        let chunks = ParallelChunks(count: keys.count)
        let forms = Parallel.map(chunks.chunkCount) { chunk in chunks.range(chunk).map { NameForms(keys[$0]) } }.joined()
        for ((draft, _), name) in zip(names, forms) { areas.addName(name, of: Int32(firstSettlement + draft)) }
        return PlaceIndex(places: places, byName: byName, demonyms: demonyms, countryPlaces: countryPlaces,
                          variants: variants, regionCountries: regionCountries, settlementAreas: areas)
    }
}
