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
