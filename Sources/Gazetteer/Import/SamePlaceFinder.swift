import Foundation
import GRDB

/// Finds the place already in the gazetteer that a new row describes again: another source's point of the same
/// settlement (an OCHA village and the GeoNames row for it, a cities500 town and a country dump's second id for
/// it), within `radiusMetres`, in the same country, under the same name once normalised or the same
/// transliteration key ("Ouro Modi" and "Wouro Mody"). Two points of one place would split its incidents and
/// make every mention of it look ambiguous.
enum SamePlaceFinder {
    static let radiusMetres = 2_000.0

    /// The nearest such place, if any (its row id and feature rank).
    static func find(_ place: PlaceRecord, names: [PlaceName], in db: Database) throws -> (id: Int64, rank: Int)? {
        let keys = Set(([place.name] + names.map(\.name)).map(NameNormalizer.normalize).filter { !$0.isEmpty })
        let phonetic = TransliterationKey.key(NameNormalizer.normalize(place.name))
        let halfLat = radiusMetres / 110_574
        let halfLon = radiusMetres / (111_320 * max(cos(place.latitude * .pi / 180), 0.01))
        // (CROSS JOIN keeps SQLite from walking the country's places and probing the R*Tree for each.)
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT p.id, p.name, p.feature_rank, p.lat, p.lon FROM place_rtree r CROSS JOIN place p ON p.id = r.id
            WHERE r.min_lon >= ? AND r.max_lon <= ? AND r.min_lat >= ? AND r.max_lat <= ?
              AND p.country = ? AND NOT (p.source = ? AND p.source_id = ?)
            """), arguments: [place.longitude - halfLon, place.longitude + halfLon, place.latitude - halfLat,
                              place.latitude + halfLat, place.country, place.source, place.sourceID])
        var best: (id: Int64, rank: Int, metres: Double)?
        for row in rows {
            let id: Int64 = row["id"]
            let metres = EquirectangularDistance.metres(place.latitude, place.longitude, row["lat"], row["lon"])
            guard metres <= radiusMetres, best.map({ metres < $0.metres }) ?? true else { continue }
            let name: String = row["name"]
            var same = TransliterationKey.key(NameNormalizer.normalize(name)) == phonetic
            if !same {
                let spellings = try String.fetchAll(db.cachedStatement(sql: "SELECT normalized FROM place_name WHERE place_id = ?"),
                                                    arguments: [id])
                same = spellings.contains { keys.contains($0) }
            }
            if same { best = (id, row["feature_rank"], metres) }
        }
        return best.map { ($0.id, $0.rank) }
    }

    /// Folds the new row into the place found: its spellings become alternate names, and its rank is kept when
    /// better (a PPLA2 seat over OCHA's "village"); the place keeps its own point, source and admin names.
    static func merge(_ place: PlaceRecord, names: [PlaceName], into id: Int64, rank: Int, in db: Database) throws {
        for entry in [PlaceName(place.name, kind: .alternate)] + names {
            let normalized = NameNormalizer.normalize(entry.name)
            guard !normalized.isEmpty else { continue }
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO place_name (place_id, name, normalized, kind) VALUES (?, ?, ?, ?)")
                .execute(arguments: [id, entry.name, normalized, PlaceName.Kind.alternate.rawValue])
        }
        if place.featureRank.rawValue < rank {
            try db.cachedStatement(sql: "UPDATE place SET feature_rank = ? WHERE id = ?")
                .execute(arguments: [place.featureRank.rawValue, id])
        }
        if let population = place.population, population > 0 {
            try db.cachedStatement(sql: "UPDATE place SET population = ? WHERE id = ? AND (population IS NULL OR population = 0)")
                .execute(arguments: [population, id])
        }
    }
}
