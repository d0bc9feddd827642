import Foundation
import GRDB
import Spatial

/// The boundaries covering a point: R*Tree candidates by envelope, then an exact GEOS test on each.
/// A point exactly on a border is covered by both sides (GEOS `covers`, not `contains`), so it still gets
/// an answer; the first by id wins, as generalised borders make a finer rule meaningless.
enum BoundaryContainment {
    static func boundaries(covering point: GeoPoint, db: Database) throws -> [BoundaryMatch] {
        let candidates = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT b.level, b.country, b.code, b.name, b.wkb
            FROM boundary_rtree r JOIN boundary b ON b.id = r.id
            WHERE r.min_lon <= ?1 AND r.max_lon >= ?1 AND r.min_lat <= ?2 AND r.max_lat >= ?2
            ORDER BY b.level, b.id
            """), arguments: [point.longitude, point.latitude])
        guard !candidates.isEmpty else { return [] }
        // One context per call: a GEOS handle must not outlive or leave the caller's task.
        let context = try GEOSContext()
        let geosPoint = try Geometry.point(point.coordinate, context: context)
        var matches: [BoundaryMatch] = []
        for row in candidates {
            guard let wkb: Data = row["wkb"] else { continue }
            let polygon = try Geometry(wkb: [UInt8](wkb), context: context)
            if try polygon.covers(geosPoint) {
                matches.append(BoundaryMatch(level: row["level"], country: row["country"], code: row["code"], name: row["name"]))
            }
        }
        return matches
    }
}
