import GRDB

/// One lookup: finds the places whose names match a query, in stages from strict to loose, and ranks them.
///
/// 1. exact and normalised matches by one equality probe of `place_name.normalized`; only when there are none,
///    prefix matches by an index range scan (`q <= normalized < q + U+10FFFF`, bounded to 200 rows). Queries
///    under three letters get no prefix scan ("ba" would match half of Africa);
/// 2. fuzzy, only when nothing matched exactly or by normalisation (a misspelling): names sharing the query's
///    first two letters and within the length window, read from the covering index, compared by bounded edit
///    distance in Swift.
///
/// Each place appears once, with its best match; explanations are built for the winners only. Statements are
/// GRDB cached statements, prepared once per connection.
struct NameSearch {
    let rawQuery: String
    let query: String
    let options: LookupOptions
    private let scorer: CandidateScorer
    private let country: String?

    /// Rows the range scan reads at most: enough for every real name, a bound for short queries.
    static let rangeRowLimit = 200
    /// Queries shorter than this (in scalars) get no prefix matches.
    static let prefixMinimumLength = 3

    init(_ rawQuery: String, options: LookupOptions) {
        self.rawQuery = rawQuery
        self.query = NameNormalizer.normalize(rawQuery)
        self.options = options
        self.scorer = CandidateScorer(near: options.near)
        self.country = options.country?.uppercased()
    }

    /// A scored match, before it is explained.
    private struct Hit {
        let place: GazetteerPlace
        let name: String
        let match: MatchKind
        let score: Double
        let distanceKm: Double?
    }

    func run(in db: Database) throws -> [PlaceCandidate] {
        guard !query.isEmpty, options.limit > 0 else { return [] }
        var best: [Int64: Hit] = [:]
        var exactCount = 0

        // Scores from the few columns it needs; the full place is decoded only for rows that can still make
        // the top `limit` (a short query's 200 prefix rows mostly cannot).
        func offer(_ row: Row, match: MatchKind) {
            let id: Int64 = row[0]
            let rank = FeatureRank(rawValue: row[11]) ?? .other
            let distance = scorer.distanceKm(latitude: row[13], longitude: row[14])
            let score = scorer.score(match: match, rank: rank, population: row[12], distanceKm: distance)
            if match == .exact || match == .normalized { exactCount += 1 }
            if let existing = best[id], existing.score >= score { return }
            if best.count >= options.limit {
                let threshold = best.values.map(\.score).sorted(by: >)[options.limit - 1]
                if score < threshold { return }
            }
            best[id] = Hit(place: GazetteerPlace(row: row), name: row[16], match: match, score: score, distanceKm: distance)
        }

        // Exact and normalised first: one equality probe of the index answers almost every real name. Prefix
        // rows are read only when nothing matched, as fuzzy ones are: next to a real match they are noise
        // ("Segou" does not need "Ségoufielle"), and reading and ranking up to 200 of them dominated the cost.
        try nameMatches(of: query, prefixes: false, in: db, exactCount: { exactCount }, offer: offer)
        if exactCount == 0 && query.unicodeScalars.count >= Self.prefixMinimumLength {
            try nameMatches(of: query, prefixes: true, in: db, exactCount: { exactCount }, offer: offer)
        }
        // French elision: "d'Ansongo", "l'Azawad" -> also try the name after the apostrophe.
        if exactCount == 0, let elided = Self.elided(rawQuery) {
            try nameMatches(of: NameNormalizer.normalize(elided), prefixes: false, in: db, exactCount: { exactCount },
                            offer: offer)
        }
        if exactCount == 0 && options.allowsFuzzy {
            try fuzzyMatches(in: db, offer: offer)
        }
        let winners = best.values.sorted { a, b in a.score != b.score ? a.score > b.score : a.place.id < b.place.id }
            .prefix(options.limit)
        return winners.map { hit in
            PlaceCandidate(
                place: hit.place, matchedName: hit.name, match: hit.match, score: hit.score, distanceKm: hit.distanceKm,
                reasons: scorer.reasons(for: hit.place, matchedName: hit.name, match: hit.match, query: query,
                                        distanceKm: hit.distanceKm))
        }
    }

    // MARK: - Stages

    private func nameMatches(of normalized: String, prefixes: Bool, in db: Database, exactCount: () -> Int,
                             offer: (Row, MatchKind) -> Void) throws {
        let rows: RowCursor
        if prefixes {
            let statement = try db.cachedStatement(sql: country == nil ? Self.rangeSQL : Self.rangeInCountrySQL)
            rows = try Row.fetchCursor(statement, arguments: arguments([normalized, normalized + "\u{10FFFF}"]))
        } else {
            let statement = try db.cachedStatement(sql: country == nil ? Self.exactSQL : Self.exactInCountrySQL)
            rows = try Row.fetchCursor(statement, arguments: arguments([normalized]))
        }
        while let row = try rows.next() {
            let matched: String = row[17]
            if matched != normalized {
                // The index yields exact rows first; prefix rows cannot beat `limit` exact places.
                if exactCount() >= options.limit { break }
                offer(row, .prefix)
            } else {
                let name: String = row[16]
                offer(row, name == rawQuery ? .exact : .normalized)
            }
        }
    }

    private func fuzzyMatches(in db: Database, offer: (Row, MatchKind) -> Void) throws {
        let target = Array(query.unicodeScalars)
        let letters = target.count(where: { $0 != " " })
        let tolerance = EditDistance.tolerance(forLetters: letters)
        guard tolerance > 0 else { return }
        // Names sharing the first two letters: an index range scan on the covering index (normalized, place_id).
        let head = String(String.UnicodeScalarView(target.prefix(2)))
        let scan = try db.cachedStatement(sql: """
            SELECT normalized, place_id FROM place_name INDEXED BY place_name_normalized
            WHERE normalized >= ? AND normalized < ? AND length(normalized) BETWEEN ? AND ?
            """)
        var matches: [(placeID: Int64, normalized: String, distance: Int)] = []
        var distances: [String: Int?] = [:]
        let rows = try Row.fetchCursor(scan, arguments: [head, head + "\u{10FFFF}",
                                                         target.count - tolerance, target.count + tolerance])
        while let row = try rows.next() {
            let normalized: String = row[0]
            let distance: Int?
            if let known = distances[normalized] {
                distance = known
            } else {
                distance = EditDistance.distance(target, Array(normalized.unicodeScalars), limit: tolerance)
                distances[normalized] = distance
            }
            if let distance, distance > 0 { matches.append((row[1], normalized, distance)) }
        }
        let fetch = try db.cachedStatement(sql: country == nil ? Self.oneNameSQL : Self.oneNameInCountrySQL)
        for match in matches {
            if let row = try Row.fetchOne(fetch, arguments: arguments([match.placeID, match.normalized])) {
                offer(row, .fuzzy(distance: match.distance))
            }
        }
    }

    // MARK: - SQL

    /// Place columns 0-15, the matched spelling at 16 and its normalised form at 17. `CROSS JOIN` keeps SQLite
    /// starting from the name index (without statistics it might otherwise scan a country's places first).
    private static func sql(where condition: String, country: Bool, limit: Int? = nil) -> String {
        "SELECT \(GazetteerPlace.columns), n.name, n.normalized "
            + "FROM place_name n CROSS JOIN place p ON p.id = n.place_id WHERE " + condition
            + (country ? " AND p.country = ?" : "") + (limit.map { " LIMIT \($0)" } ?? "")
    }

    private static let exactSQL = sql(where: "n.normalized = ?", country: false)
    private static let exactInCountrySQL = sql(where: "n.normalized = ?", country: true)
    private static let rangeSQL = sql(where: "n.normalized >= ? AND n.normalized < ?", country: false,
                                      limit: rangeRowLimit)
    private static let rangeInCountrySQL = sql(where: "n.normalized >= ? AND n.normalized < ?", country: true,
                                               limit: rangeRowLimit)
    private static let oneNameSQL = sql(where: "n.place_id = ? AND n.normalized = ?", country: false)
    private static let oneNameInCountrySQL = sql(where: "n.place_id = ? AND n.normalized = ?", country: true)

    /// The statement's arguments, with the country filter's appended when there is one.
    private func arguments(_ values: [(any DatabaseValueConvertible)?]) -> StatementArguments {
        guard let country else { return StatementArguments(values) }
        return StatementArguments(values + [country])
    }

    /// The name after a French elided article or preposition (`d'`, `l'`, `D'`, `L'`), if the query has one.
    static func elided(_ raw: String) -> String? {
        let scalars = Array(raw.unicodeScalars)
        guard scalars.count > 2, "dDlL".unicodeScalars.contains(scalars[0]),
              ["'", "\u{2019}", "\u{02BC}"].contains(scalars[1]) else { return nil }
        return String(String.UnicodeScalarView(scalars.dropFirst(2)))
    }
}
