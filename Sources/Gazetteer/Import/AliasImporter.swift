import Foundation
import GRDB
import Spatial

extension GazetteerStore {
    /// Imports the team's curated press spellings (`Gazetteer/aliases.tsv`) in one write transaction.
    ///
    /// The file is tab-separated with the header `name alias country lat lon source`; blank lines and lines
    /// starting with `#` are ignored. For each row the alias (and the usual name) is attached, as a `curated`
    /// spelling, to the best existing place of that country within 25 km of (lat, lon) that already bears the
    /// name or the alias (capitals first, then the nearest). When there is none, a place is added: source
    /// `aliases`, source id `COUNTRY:normalized-name`, populated place, at (lat, lon) — which is why every row
    /// needs coordinates and a `source` saying where they come from.
    ///
    /// Any malformed row aborts the import with its line number; nothing is imported. Run it after the other
    /// imports: re-importing a source replaces that source's names, curated ones included.
    ///
    /// Summary: a row that adds a place is `added`; one that attaches a new spelling to an existing place is
    /// `merged`; one whose spellings were already there (a second run) is `updated`.
    public func importAliases(_ tsvPath: String) throws -> ImportSummary {
        let rows = try AliasImporter.parse(tsvPath)
        return try database.write { db in
            var summary = ImportSummary(kind: "aliases", file: tsvPath)
            var addedHere: [String: [PlaceName]] = [:]
            for row in rows {
                summary.read += 1
                let spellings = [PlaceName(row.name, kind: .curated), PlaceName(row.alias, kind: .curated)]
                if let target = try AliasImporter.target(for: row, in: db) {
                    let inserted = try AliasImporter.attach(spellings, to: target, in: db)
                    if inserted { summary.merged += 1 } else { summary.updated += 1 }
                    // A place this file added earlier, before a source that has it (OCHA, say) was imported,
                    // is now a duplicate: its spellings live on the real place.
                    if try AliasImporter.removeOwnPlace(key: row.sourceID, in: db) {
                        summary.notes.append("\(row.name) (\(row.country)): now attached to place \(target); the alias-only place is removed")
                    }
                    continue
                }
                // No place from another source: the row's own place, holding every alias given for it in this file.
                let key = row.sourceID
                let isRepeat = addedHere[key] != nil
                var names = addedHere[key] ?? []
                names.append(contentsOf: spellings)
                addedHere[key] = names
                let place = PlaceRecord(source: AliasImporter.source, sourceID: key, name: row.name, country: row.country,
                                        featureRank: .populatedPlace, latitude: row.latitude, longitude: row.longitude)
                let result = try PlaceWriter.upsert(place, names: names, in: db)
                if result.inserted {
                    summary.added += 1
                } else if isRepeat {
                    summary.merged += 1
                } else {
                    summary.updated += 1
                }
            }
            return summary
        }
    }
}

/// Reads `aliases.tsv` and finds the place each row is about.
enum AliasImporter {
    static let source = "aliases"
    static let header = ["name", "alias", "country", "lat", "lon", "source"]
    /// How far a row's coordinates may be from the place it names.
    static let matchRadiusKm = 25.0

    struct Entry {
        let line: Int
        let name: String
        let alias: String
        let country: String
        let latitude: Double
        let longitude: Double
        let source: String

        /// `COUNTRY:normalized-name`, the id of a place this file adds.
        var sourceID: String { "\(country):\(NameNormalizer.normalize(name))" }
    }

    /// Every row, validated; the first bad line throws with its number.
    static func parse(_ path: String) throws -> [Entry] {
        let table = try CuratedTable(path: path, header: header)
        return try table.rows.map { row in
            let f = row.fields
            return Entry(line: row.line, name: f[0], alias: f[1], country: try table.country(f[2], in: row),
                         latitude: try table.latitude(f[3], in: row), longitude: try table.longitude(f[4], in: row),
                         source: f[5])
        }
    }

    /// The best place from another source that bears the row's name or alias, in its country, within 25 km.
    static func target(for row: Entry, in db: Database) throws -> Int64? {
        let statement = try db.cachedStatement(sql: """
            SELECT DISTINCT p.id, p.feature_rank, p.lat, p.lon
            FROM place_name n CROSS JOIN place p ON p.id = n.place_id
            WHERE n.normalized IN (?, ?) AND p.country = ? AND p.source != ?
            """)
        let rows = try Row.fetchAll(statement, arguments: [
            NameNormalizer.normalize(row.name), NameNormalizer.normalize(row.alias), row.country, source,
        ])
        var best: (id: Int64, rank: Int, km: Double)?
        for candidate in rows {
            let km = distanceKm(row.latitude, row.longitude, candidate[2], candidate[3])
            guard km <= matchRadiusKm else { continue }
            let current = (id: candidate[0] as Int64, rank: candidate[1] as Int, km: km)
            if let chosen = best, (chosen.rank, chosen.km, chosen.id) <= (current.rank, current.km, current.id) { continue }
            best = current
        }
        return best?.id
    }

    /// Adds the spellings the place does not have yet. Returns whether any was new.
    static func attach(_ spellings: [PlaceName], to placeID: Int64, in db: Database) throws -> Bool {
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO place_name (place_id, name, normalized, kind) VALUES (?, ?, ?, ?)
            """)
        var inserted = false
        for spelling in spellings {
            let normalized = NameNormalizer.normalize(spelling.name)
            guard !normalized.isEmpty else { continue }
            try insert.execute(arguments: [placeID, spelling.name, normalized, spelling.kind.rawValue])
            inserted = inserted || db.changesCount > 0
        }
        return inserted
    }

    /// Deletes the place this importer once added under `key`, if any.
    static func removeOwnPlace(key: String, in db: Database) throws -> Bool {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM place WHERE source = ? AND source_id = ?",
                                          arguments: [source, key]) else { return false }
        try db.execute(sql: "DELETE FROM place_rtree WHERE id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM place WHERE id = ?", arguments: [id])
        return true
    }

    /// Geodesic distance in km (WGS 84), or infinity for coordinates out of range.
    static func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        guard let a = try? GeoPoint(latitude: lat1, longitude: lon1),
              let b = try? GeoPoint(latitude: lat2, longitude: lon2) else { return .infinity }
        return Geodesic.wgs84.inverse(from: a, to: b).distance / 1000
    }
}
