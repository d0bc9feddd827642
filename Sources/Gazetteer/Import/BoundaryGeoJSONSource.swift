import Foundation
import GeoJSON

/// Reads admin units of one level from a GeoJSON FeatureCollection.
///
/// Properties, each looked up as written in lower case, then upper case: `iso_a2`/`ISO_A2` (the country),
/// `name`/`NAME`, for level 1 `fips`/`FIPS` (optional), and, as other names when present, `woe_label`
/// (first part), `woe_name`, `gn_name`. Geometries must be Polygon or MultiPolygon; other features are
/// skipped with a reason, never dropped silently.
enum BoundaryGeoJSONSource {
    static func rows(path: String, level: Int) throws -> [BoundarySourceRow] {
        guard level == 0 || level == 1 else {
            throw GazetteerError(file: path, message: "level must be 0 or 1, got \(level)")
        }
        let collection: FeatureCollection
        do {
            collection = try GeoJSONReader.readFeatureCollection(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw GazetteerError(file: path, message: "cannot read GeoJSON: \(error)")
        }
        return collection.features.enumerated().map { index, feature in
            let properties = feature.properties ?? JSONObject()
            func text(_ key: String) -> String? {
                for candidate in [key, key.uppercased()] {
                    if let value = properties[candidate] {
                        let string: String?
                        switch value {
                        case .string(let s): string = s
                        case .integer(let i): string = String(i)
                        default: string = nil
                        }
                        if let trimmed = string?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty { return trimmed }
                    }
                }
                return nil
            }
            var alternates: [String] = []
            if let label = text("woe_label"), let first = label.split(separator: ",").first {
                alternates.append(String(first).trimmingCharacters(in: .whitespaces))
            }
            alternates += [text("woe_name"), text("gn_name")].compactMap { $0 }
            return BoundarySourceRow(
                level: level, isoA2: text("iso_a2"), countryA3: text(level == 0 ? "iso_a3" : "adm0_a3"),
                name: text("name"), fips: level == 1 ? text("fips") : nil, alternateNames: alternates,
                key: Int64(index + 1), label: "feature \(index + 1)",
                wkb: feature.geometry.flatMap(BoundaryWKBEncoder.wkb))
        }
    }
}
