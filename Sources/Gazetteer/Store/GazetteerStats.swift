import Foundation
import GRDB

/// What a gazetteer database holds, for `sahel gazetteer stats`.
public struct GazetteerStats: Sendable, Codable, Equatable {
    /// A country and how many places it has.
    public struct CountryCount: Sendable, Codable, Equatable {
        public let country: String
        public let places: Int

        public init(country: String, places: Int) {
            self.country = country
            self.places = places
        }
    }

    public let places: Int
    /// Places per source (`geonames`, `ocha`, `aliases`, ...).
    public let placesBySource: [String: Int]
    /// The countries with the most places, most first (at most `topCountryLimit`).
    public let topCountries: [CountryCount]
    public let countries: Int
    /// Stored spellings (official, alternate, ascii, curated).
    public let names: Int
    /// Stored spellings per kind.
    public let namesByKind: [String: Int]
    /// Admin boundaries per level (0 countries, 1 first-level units).
    public let boundariesByLevel: [Int: Int]
    public let capitals: Int
    /// Places with at least one quality flag.
    public let flaggedPlaces: Int
    /// Size of the database file on disk (without its WAL), in bytes.
    public let databaseBytes: Int64

    public static let topCountryLimit = 20
}

extension GazetteerStore {
    /// Counts of what the database holds.
    public func stats() throws -> GazetteerStats {
        let counts = try database.read { db in
            func grouped(_ sql: String) throws -> [(String, Int)] {
                try Row.fetchAll(db, sql: sql).map { ($0[0], $0[1]) }
            }
            let bySource = try grouped("SELECT source, COUNT(*) FROM place GROUP BY source")
            let byCountry = try grouped("""
                SELECT country, COUNT(*) AS n FROM place GROUP BY country ORDER BY n DESC, country
                """)
            let byKind = try grouped("SELECT kind, COUNT(*) FROM place_name GROUP BY kind")
            let byLevel = try Row.fetchAll(db, sql: "SELECT level, COUNT(*) FROM boundary GROUP BY level")
                .map { (row: Row) -> (Int, Int) in (row[0], row[1]) }
            let capitals = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM capital") ?? 0
            let flagged = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM place WHERE flags != ''") ?? 0
            let pages = try Int64.fetchOne(db, sql: "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()") ?? 0
            return (bySource, byCountry, byKind, byLevel, capitals, flagged, pages)
        }
        let (bySource, byCountry, byKind, byLevel, capitals, flagged, pages) = counts
        // The file as the user sees it; the page count covers the case where it cannot be read (odd mounts).
        let size = try? FileManager.default.attributesOfItem(atPath: path)[.size]
        let fileBytes = (size as? Int).map(Int64.init) ?? (size as? UInt64).map(Int64.init) ?? (size as? NSNumber)?.int64Value
        return GazetteerStats(
            places: bySource.reduce(0) { $0 + $1.1 },
            placesBySource: Dictionary(uniqueKeysWithValues: bySource),
            topCountries: byCountry.prefix(GazetteerStats.topCountryLimit).map { .init(country: $0.0, places: $0.1) },
            countries: byCountry.count,
            names: byKind.reduce(0) { $0 + $1.1 },
            namesByKind: Dictionary(uniqueKeysWithValues: byKind),
            boundariesByLevel: Dictionary(uniqueKeysWithValues: byLevel),
            capitals: capitals,
            flaggedPlaces: flagged,
            databaseBytes: fileBytes ?? pages)
    }
}
