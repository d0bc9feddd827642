import GRDB

/// Writes places inside an import's transaction.
enum PlaceWriter {
    /// Whether the row of this (source, source id) is already stored.
    static func exists(_ place: PlaceRecord, in db: Database) throws -> Bool {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM place WHERE source = ? AND source_id = ?"),
                           arguments: [place.source, place.sourceID]) != nil
    }

    /// Inserts the place, or updates the row with the same (source, source id) so that importing a file twice
    /// changes nothing. Its names are replaced by `names` (the official name is always among them) and its
    /// R*Tree entry is kept in step.
    /// - Returns: the row id, and whether it was new.
    static func upsert(_ place: PlaceRecord, names: [PlaceName], in db: Database) throws -> (id: Int64, inserted: Bool) {
        // Cached statements: bulk imports call this hundreds of thousands of times (cities500: 235k places).
        let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM place WHERE source = ? AND source_id = ?"),
                                          arguments: [place.source, place.sourceID])
        let arguments: StatementArguments = [
            place.name, place.country, place.admin1Code, place.admin1, place.admin2Code, place.admin2,
            place.admin3Code, place.admin3, place.featureRank.rawValue, place.population,
            place.latitude, place.longitude, place.flags.joined(separator: ","),
        ]
        let id: Int64
        if let existing {
            try db.cachedStatement(sql: """
                UPDATE place SET name = ?, country = ?, admin1_code = ?, admin1 = ?, admin2_code = ?, admin2 = ?,
                    admin3_code = ?, admin3 = ?, feature_rank = ?, population = ?, lat = ?, lon = ?, flags = ?
                WHERE id = ?
                """).execute(arguments: arguments + [existing])
            try db.cachedStatement(sql: "DELETE FROM place_name WHERE place_id = ?").execute(arguments: [existing])
            try db.cachedStatement(sql: "DELETE FROM place_rtree WHERE id = ?").execute(arguments: [existing])
            id = existing
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO place (source, source_id, name, country, admin1_code, admin1, admin2_code, admin2,
                    admin3_code, admin3, feature_rank, population, lat, lon, flags)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [place.source, place.sourceID] + arguments)
            id = db.lastInsertedRowID
        }
        try db.cachedStatement(sql: "INSERT INTO place_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [id, place.longitude, place.longitude, place.latitude, place.latitude])
        var seen = Set<String>()
        for entry in [PlaceName(place.name, kind: .official)] + names {
            let normalized = NameNormalizer.normalize(entry.name)
            guard !normalized.isEmpty, seen.insert(normalized).inserted else { continue }
            try db.cachedStatement(sql: "INSERT INTO place_name (place_id, name, normalized, kind) VALUES (?, ?, ?, ?)")
                .execute(arguments: [id, entry.name, normalized, entry.kind.rawValue])
        }
        return (id, existing == nil)
    }
}
