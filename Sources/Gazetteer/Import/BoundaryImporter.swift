import Foundation
import Spatial

extension GazetteerStore {
    /// Imports admin-0 (level 0) and admin-1 (level 1) polygons into `boundary` and `boundary_rtree`.
    ///
    /// - A `.gpkg` file is read as Natural Earth's layout (QGIS's `world_map.gpkg`): layer `countries` is
    ///   level 0 and `states_provinces` level 1; `level` nil imports both.
    /// - A `.geojson`/`.json` FeatureCollection needs `level`; see `BoundaryGeoJSONSource` for properties.
    ///
    /// Codes: level 0 is `iso_a2`; level 1 is `fips` when unique in the import, else `ISO2:normalized-name`
    /// (see `BoundaryCodes`). Rows without a usable `iso_a2` are kept under a code made from their name and
    /// counted as flagged. Invalid polygons are repaired with GEOS `makeValid` (counted as repaired); valid
    /// ones are stored with their WKB as is. Features without a usable polygon are skipped with a reason.
    /// One transaction: all rows or none; importing again updates rows in place (added 0).
    @discardableResult
    public func importBoundaries(_ path: String, level: Int? = nil) throws -> ImportSummary {
        let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        let rows: [BoundarySourceRow]
        switch fileExtension {
        case "gpkg":
            rows = try BoundaryGeoPackageSource.rows(path: path, levels: level.map { [$0] } ?? [0, 1])
        case "geojson", "json":
            guard let level else {
                throw GazetteerError(file: path, message: "a GeoJSON boundary file needs its level (0 countries, 1 admin-1)")
            }
            rows = try BoundaryGeoJSONSource.rows(path: path, level: level)
        default:
            throw GazetteerError(file: path, message: "expected a .gpkg, .geojson or .json boundary file")
        }

        var summary = ImportSummary(kind: "boundaries", file: path)
        summary.read = rows.count
        var notes = NoteCollector()
        var entries: [BoundaryWriter.Entry] = []
        let context = try GEOSContext()
        for (row, assignment) in zip(rows, BoundaryCodes.assign(rows)) {
            guard let wkb = row.wkb else {
                summary.skipped += 1
                notes.add("skipped", "\(row.label): no polygon geometry (null, or not Polygon/MultiPolygon)")
                continue
            }
            switch BoundaryGeometryCheck.check(wkb, context: context) {
            case .unusable(let reason):
                summary.skipped += 1
                notes.add("skipped", "\(row.label): \(reason)")
            case .usable(let stored, let envelope, let repairedReason):
                if let repairedReason {
                    summary.repaired += 1
                    notes.add("repaired with makeValid", "\(row.label) \(assignment.code) (\(repairedReason))")
                }
                if let flag = assignment.flag {
                    summary.flagged += 1
                    notes.add("flagged", "\(row.label): \(flag)")
                }
                let name = row.name ?? row.alternateNames.first ?? "unnamed \(row.label)"
                entries.append(BoundaryWriter.Entry(
                    level: row.level, country: assignment.country, code: assignment.code, name: name,
                    alternateNames: row.alternateNames,
                    source: fileExtension == "gpkg" ? "\(fileName):\(BoundaryGeoPackageSource.layers[row.level] ?? "")" : fileName,
                    wkb: stored, envelope: envelope))
            }
        }
        let written = entries
        let (added, updated) = try database.write { db in
            var added = 0, updated = 0
            for entry in written {
                if try BoundaryWriter.upsert(entry, in: db) { added += 1 } else { updated += 1 }
            }
            return (added, updated)
        }
        summary.added = added
        summary.updated = updated
        summary.notes = notes.lines
        return summary
    }
}
