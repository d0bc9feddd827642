import Foundation
import GRDB

extension GazetteerStore {
    /// Moves each country's capital to the team's reference point (`Gazetteer/capitals.tsv`), in one transaction.
    ///
    /// Distances "from Bamako" should be measured from the city centre analysts use, and a source's point for
    /// a capital can sit kilometres away from it (GeoNames puts Bamako 4.5 km south-east of the centre, across
    /// the river). The place keeps its names and ids; its point moves, flagged `point-curated`, so geocoding
    /// "Bamako" and measuring from Bamako agree.
    ///
    /// The file is tab-separated with the header `country name lat lon source`. Run it after `rebuildCapitals()`.
    /// A row whose country has no capital in this gazetteer, or another one than the row names, is skipped with
    /// a note: a database of one source (OCHA's settlements alone, say) has capitals of its own or none. A
    /// malformed row stops the import at its line, and nothing changes.
    public func importCapitalPoints(_ tsvPath: String) throws -> ImportSummary {
        let table = try CuratedTable(path: tsvPath, header: CapitalPointImporter.header)
        return try database.write { db in
            var summary = ImportSummary(kind: "capitals", file: tsvPath)
            for row in table.rows {
                summary.read += 1
                let f = row.fields
                let country = try table.country(f[0], in: row)
                let latitude = try table.latitude(f[2], in: row)
                let longitude = try table.longitude(f[3], in: row)
                guard let capital = try Row.fetchOne(db, sql: """
                    SELECT p.id, p.name, p.lat, p.lon, p.flags FROM capital c JOIN place p ON p.id = c.place_id
                    WHERE c.country = ?
                    """, arguments: [country]) else {
                    summary.skipped += 1
                    summary.notes.append("line \(row.line): \(f[1]) (\(country)) skipped: no capital of \(country) in this gazetteer")
                    continue
                }
                let id: Int64 = capital[0]
                let name: String = capital[1]
                guard NameNormalizer.normalize(name) == NameNormalizer.normalize(f[1]) else {
                    summary.skipped += 1
                    summary.notes.append("line \(row.line): \(f[1]) (\(country)) skipped: this gazetteer's capital of \(country) is \(name)")
                    continue
                }
                let moved = AliasImporter.distanceKm(capital[2], capital[3], latitude, longitude)
                guard moved > 0 else {
                    summary.updated += 1
                    continue
                }
                var flags = (capital[4] as String).split(separator: ",").map(String.init)
                if !flags.contains(CapitalPointImporter.flag) { flags.append(CapitalPointImporter.flag) }
                try db.execute(sql: "UPDATE place SET lat = ?, lon = ?, flags = ? WHERE id = ?",
                               arguments: [latitude, longitude, flags.joined(separator: ","), id])
                try db.execute(sql: "UPDATE place_rtree SET min_lon = ?, max_lon = ?, min_lat = ?, max_lat = ? WHERE id = ?",
                               arguments: [longitude, longitude, latitude, latitude, id])
                summary.repaired += 1
                summary.updated += 1
                let from = String(format: "%.5f,%.5f", capital[2] as Double, capital[3] as Double)
                summary.notes.append("\(name) (\(country)): moved \(String(format: "%.1f", moved)) km from \(from) to the reference point \(f[2]),\(f[3])")
            }
            return summary
        }
    }
}

enum CapitalPointImporter {
    static let header = ["country", "name", "lat", "lon", "source"]
    static let flag = "point-curated"
}
