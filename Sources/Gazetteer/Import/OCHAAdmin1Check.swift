import Foundation
import GRDB
import Spatial

/// Checks each row against its own admin-1 polygon, using the level-1 boundaries already in the database.
///
/// 1. The row's `admin1Name` is matched to a boundary of its country (`OCHAAdmin1Matcher`); a misspelling
///    ("Koulikouro") is rewritten to the boundary's spelling and counted as a repair.
/// 2. A point inside that polygon, or within `toleranceKm` of it (Natural Earth boundaries are generalised,
///    so settlements near a border fall a little outside), passes.
/// 3. Otherwise, if the point with its longitude's sign flipped passes, and the flipped longitude is closer
///    to the row's neighbours (`OCHASiblingLongitudes`) than the given one, the sign was wrong (a frequent
///    typing error: Ménaka at -2.40 instead of +2.40): it is fixed and flagged `longitude-sign-fixed`.
/// 4. Otherwise the point is kept as given and flagged `outside-admin1`.
///
/// Distances to a polygon are planar, in degrees, converted with the smallest size of a degree at that
/// latitude (111.32 km × cos φ), so a point is only called outside when it is surely more than the
/// tolerance away.
struct OCHAAdmin1Check {
    static let toleranceKm = 2.0

    private struct Boundary {
        let code: String
        let name: String
        let names: [String]
        let wkb: [UInt8]
    }

    /// What the check did, for the summary.
    struct Counts {
        var namesRepaired = 0
        var signFixed = 0
        var outside = 0
        var unmatched = 0
        var checked = 0
    }

    static func run(rows: inout [OCHARow], db: Database, notes: inout NoteCollector) throws -> Counts {
        var counts = Counts()
        let countries = Set(rows.lazy.filter { $0.skipReason == nil }.map(\.country)).sorted()
        let context = try GEOSContext()
        let siblings = OCHASiblingLongitudes(rows)
        for country in countries {
            let boundaries = try loadBoundaries(country: country, db: db)
            guard !boundaries.isEmpty else {
                notes.add("admin-1 check skipped: no boundaries", "no level-1 boundaries for \(country) in the database (import them first)")
                continue
            }
            let matcher = OCHAAdmin1Matcher(names: boundaries.map(\.names))
            var matches: [String: OCHAAdmin1Matcher.Match?] = [:]
            var prepared: [Int: PreparedGeometry] = [:]
            for i in rows.indices where rows[i].skipReason == nil && rows[i].country == country {
                let admin1 = rows[i].admin1 ?? ""
                let match: OCHAAdmin1Matcher.Match?
                if let known = matches[admin1] {
                    match = known
                } else {
                    match = matcher.match(admin1)
                    matches[admin1] = match
                    if let match, let spelling = match.repairedSpelling {
                        notes.add("admin-1 name repaired", "'\(admin1)' -> '\(spelling)' (edit distance \(match.distance), boundary \(boundaries[match.boundaryIndex].code))")
                    } else if match == nil {
                        notes.add("admin-1 name matches no boundary (rows flagged admin1-unmatched)", "'\(admin1)' in \(country)")
                    }
                }
                guard let match else {
                    rows[i].flags.append("admin1-unmatched")
                    counts.unmatched += 1
                    continue
                }
                if let spelling = match.repairedSpelling {
                    rows[i].admin1 = spelling
                    rows[i].repaired = true
                    rows[i].flags.append("admin1-name-repaired")
                    counts.namesRepaired += 1
                }
                let polygon: PreparedGeometry
                if let cached = prepared[match.boundaryIndex] {
                    polygon = cached
                } else {
                    polygon = try PreparedGeometry(Geometry(wkb: boundaries[match.boundaryIndex].wkb, context: context))
                    prepared[match.boundaryIndex] = polygon
                }
                counts.checked += 1
                let (x, y) = (rows[i].longitude, rows[i].latitude)
                if try passes(x: x, y: y, polygon: polygon, context: context) { continue }
                let boundaryName = boundaries[match.boundaryIndex].name
                let neighbours = siblings.median(excluding: rows[i])
                let flipIsCloser = neighbours.map { abs(-x - $0) < abs(x - $0) } ?? true
                if x != 0, flipIsCloser, try passes(x: -x, y: y, polygon: polygon, context: context) {
                    rows[i].longitude = -x
                    rows[i].repaired = true
                    rows[i].flags.append("longitude-sign-fixed")
                    counts.signFixed += 1
                    notes.add("longitude sign fixed", "line \(rows[i].line) \(rows[i].pcode) \(rows[i].name): \(x) -> \(-x) (now inside \(boundaryName))")
                } else {
                    rows[i].flags.append("outside-admin1")
                    counts.outside += 1
                    notes.add("outside own admin-1 (flagged, kept)", "line \(rows[i].line) \(rows[i].pcode) \(rows[i].name) (\(y), \(x)) not in \(boundaryName)")
                }
            }
        }
        return counts
    }

    private static func passes(x: Double, y: Double, polygon: PreparedGeometry, context: GEOSContext) throws -> Bool {
        if try polygon.contains(x: x, y: y) { return true }
        let point = try Geometry.point(Coordinate(x: x, y: y), context: context)
        let degrees = try polygon.geometry.distance(to: point)
        let kmPerDegree = 111.32 * max(cos(y * .pi / 180), 0.01)
        return degrees * kmPerDegree <= toleranceKm
    }

    private static func loadBoundaries(country: String, db: Database) throws -> [Boundary] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT b.id, b.code, b.name, b.wkb, group_concat(n.name, char(31)) AS other_names
            FROM boundary b LEFT JOIN boundary_name n ON n.boundary_id = b.id
            WHERE b.level = 1 AND b.country = ?
            GROUP BY b.id ORDER BY b.id
            """, arguments: [country])
        return rows.compactMap { row in
            guard let code: String = row["code"], let name: String = row["name"], let wkb: Data = row["wkb"] else { return nil }
            let others = (row["other_names"] as String?)?.split(separator: "\u{1F}").map(String.init) ?? []
            return Boundary(code: code, name: name, names: [name] + others.filter { $0 != name }, wkb: [UInt8](wkb))
        }
    }
}
