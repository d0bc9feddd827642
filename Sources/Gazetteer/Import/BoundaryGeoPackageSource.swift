/// Reads Natural Earth admin units from a GeoPackage such as QGIS's `world_map.gpkg`:
/// layer `countries` (iso_a2, NAME, ISO_A3) as level 0 and `states_provinces` (iso_a2, name, fips,
/// woe_label, woe_name, gn_name, adm0_a3) as level 1.
enum BoundaryGeoPackageSource {
    static let layers = [0: "countries", 1: "states_provinces"]

    static func rows(path: String, levels: [Int]) throws -> [BoundarySourceRow] {
        let reader = try GeoPackageReader(path: path)
        var rows: [BoundarySourceRow] = []
        for level in levels {
            guard let layer = layers[level] else {
                throw GazetteerError(file: path, message: "level must be 0 (countries) or 1 (states_provinces), got \(level)")
            }
            let attributes = level == 0
                ? ["iso_a2", "name", "iso_a3"]
                : ["iso_a2", "name", "fips", "woe_label", "woe_name", "gn_name", "adm0_a3"]
            for feature in try reader.features(layer: layer, attributes: attributes) {
                var alternates: [String] = []
                // woe_label reads "Tombouctou, ML, Mali": its first part is a name.
                if let label = feature.text("woe_label"), let first = label.split(separator: ",").first {
                    alternates.append(String(first).trimmingCharacters(in: .whitespaces))
                }
                alternates += [feature.text("woe_name"), feature.text("gn_name")].compactMap { $0 }
                let wkb = try feature.blob.map { blob in
                    do {
                        return try GeoPackageGeometry(blob: blob).wkb
                    } catch let error as GazetteerError {
                        throw GazetteerError(file: path, message: "\(layer) fid \(feature.fid): \(error.message)")
                    }
                }
                rows.append(BoundarySourceRow(
                    level: level, isoA2: feature.text("iso_a2"),
                    countryA3: level == 0 ? feature.text("iso_a3") : feature.text("adm0_a3"),
                    name: feature.text("name"), fips: level == 1 ? feature.text("fips") : nil,
                    alternateNames: alternates, key: feature.fid, label: "\(layer) fid \(feature.fid)", wkb: wkb))
            }
        }
        return rows
    }
}
