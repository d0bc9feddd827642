import Foundation
import GRDB

/// An admin polygon as stored: its names and its WKB, ready for `PolygonLocator`.
public struct StoredBoundary: Sendable, Equatable {
    public let level: Int
    public let country: String
    public let code: String
    public let name: String
    public let wkb: [UInt8]
}

extension GazetteerStore {
    /// The boundaries of one level whose envelope meets the box (lon/lat degrees), in a stable order
    /// (country, then name). Used to give a batch of points its regions without a GeoJSON file.
    public func boundaries(level: Int, minLongitude: Double, minLatitude: Double,
                           maxLongitude: Double, maxLatitude: Double) throws -> [StoredBoundary] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT b.level, b.country, b.code, b.name, b.wkb FROM boundary b
                    JOIN boundary_rtree r ON r.id = b.id
                    WHERE b.level = ? AND r.max_lon >= ? AND r.min_lon <= ? AND r.max_lat >= ? AND r.min_lat <= ?
                    ORDER BY b.country, b.name, b.code
                    """, arguments: [level, minLongitude, maxLongitude, minLatitude, maxLatitude])
                .map { row in
                    let blob: [UInt8] = (row["wkb"] as Data?).map { [UInt8]($0) } ?? []
                    return StoredBoundary(level: row["level"], country: row["country"], code: row["code"],
                                          name: row["name"], wkb: blob)
                }
            }
        } catch {
            throw GazetteerError(file: path, message: "cannot read boundaries: \(error)")
        }
    }
}

extension GazetteerStore {
    /// The box (lon/lat degrees) around a country's level-0 boundary, nil when the store has none for it.
    public func envelope(ofCountry iso2: String) throws -> (minLongitude: Double, minLatitude: Double,
                                                           maxLongitude: Double, maxLatitude: Double)? {
        do {
            return try database.read { db in
                try Row.fetchOne(db, sql: """
                    SELECT MIN(r.min_lon), MIN(r.min_lat), MAX(r.max_lon), MAX(r.max_lat) FROM boundary b
                    JOIN boundary_rtree r ON r.id = b.id WHERE b.level = 0 AND b.country = ?
                    """, arguments: [iso2.uppercased()])
                .flatMap { row -> (Double, Double, Double, Double)? in
                    guard let a: Double = row[0], let b: Double = row[1], let c: Double = row[2], let d: Double = row[3] else { return nil }
                    return (a, b, c, d)
                }
            }
        } catch {
            throw GazetteerError(file: path, message: "cannot read the boundary of \(iso2): \(error)")
        }
    }
}
