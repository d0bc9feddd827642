import Analysis
import GeoJSON
import Spatial

/// The ring and region Polygons `sahel analyze` writes after the incidents, with the counts a map styles by.
enum AreaFeatures {
    /// For each capital incidents were measured from, one Polygon per radius: `kind: "ring"`, the capital,
    /// the band (`inner_km` to `radius_km`) and the incidents, killed and injured in it.
    static func rings(_ tally: AreaTally, radii: DistanceRings, segments: Int) throws -> [Feature] {
        var features: [Feature] = []
        for capital in tally.capitals {
            var inner = 0.0
            for (radius, polygon) in try AreaPolygons.rings(around: capital.point, radii: radii, segments: segments) {
                let counts = tally.counts(capital: capital, radiusKm: radius)
                features.append(Feature(geometry: polygon, properties: [
                    "kind": .string("ring"),
                    "capital": .string(capital.name),
                    "capital_lat": .number(capital.point.latitude),
                    "capital_lon": .number(capital.point.longitude),
                    "inner_km": .number(inner),
                    "radius_km": .number(radius),
                    "label": .string("\(Self.kilometres(radius)) km from \(capital.name)"),
                    "incidents": .integer(Int64(counts.incidents)),
                    "killed": .integer(Int64(counts.killed)),
                    "injured": .integer(Int64(counts.injured)),
                ]))
                inner = radius
            }
        }
        return features
    }

    /// The admin-1 regions holding incidents: `kind: "region"`, name, country, code and counts.
    static func regions(_ tally: AreaTally) throws -> [Feature] {
        let context = try GEOSContext()
        return try tally.regionsByName.map { entry in
            Feature(geometry: try AreaPolygons.multiPolygon(wkb: entry.boundary.wkb, context: context), properties: [
                "kind": .string("region"),
                "region": .string(entry.boundary.name),
                "country": .string(entry.boundary.country),
                "code": .string(entry.boundary.code),
                "incidents": .integer(Int64(entry.counts.incidents)),
                "killed": .integer(Int64(entry.counts.killed)),
                "injured": .integer(Int64(entry.counts.injured)),
            ])
        }
    }

    /// "50", or "12.5" for a radius that is not whole.
    private static func kilometres(_ radius: Double) -> String {
        radius == radius.rounded() && abs(radius) < 1e15 ? String(Int(radius)) : String(radius)
    }
}
