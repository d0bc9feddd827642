import Foundation
import GRDB
import Spatial

/// Writes boundaries inside an import's transaction, keyed by (level, code) so a re-import updates rows.
enum BoundaryWriter {
    struct Entry {
        var level: Int
        var country: String
        var code: String
        var name: String
        var alternateNames: [String]
        var source: String
        var wkb: [UInt8]
        var envelope: BoundingBox
    }

    /// Inserts or updates one boundary, its R*Tree box and its other names. Returns true when it was new.
    static func upsert(_ entry: Entry, in db: Database) throws -> Bool {
        let existing = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM boundary WHERE level = ? AND code = ?"),
            arguments: [entry.level, entry.code])
        let id: Int64
        if let existing {
            try db.cachedStatement(sql: "UPDATE boundary SET country = ?, name = ?, source = ?, wkb = ? WHERE id = ?")
                .execute(arguments: [entry.country, entry.name, entry.source, Data(entry.wkb), existing])
            try db.cachedStatement(sql: "DELETE FROM boundary_rtree WHERE id = ?").execute(arguments: [existing])
            try db.cachedStatement(sql: "DELETE FROM boundary_name WHERE boundary_id = ?").execute(arguments: [existing])
            id = existing
        } else {
            try db.cachedStatement(sql: "INSERT INTO boundary (level, country, code, name, source, wkb) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [entry.level, entry.country, entry.code, entry.name, entry.source, Data(entry.wkb)])
            id = db.lastInsertedRowID
        }
        try db.cachedStatement(sql: "INSERT INTO boundary_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [id, entry.envelope.minX, entry.envelope.maxX, entry.envelope.minY, entry.envelope.maxY])
        var seen = Set<String>()
        for name in [entry.name] + entry.alternateNames {
            let normalized = NameNormalizer.normalize(name)
            guard !normalized.isEmpty, seen.insert(normalized).inserted else { continue }
            try db.cachedStatement(sql: "INSERT INTO boundary_name (boundary_id, name, normalized) VALUES (?, ?, ?)")
                .execute(arguments: [id, name, normalized])
        }
        return existing == nil
    }
}
