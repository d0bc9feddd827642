import Foundation
import Spatial

/// The admin-1 MultiPolygons of the Sahel benchmark file, turned into WKB through our own constructors.
///
/// The Spatial module does not read GeoJSON; the test does, with JSONSerialization.
enum AdminBoundaries {
    static let path = "/work/shared/bench/data/admin1_sahel.geojson"

    static var available: Bool { FileManager.default.fileExists(atPath: path) }

    struct LoadError: Error, CustomStringConvertible {
        let description: String
    }

    /// (name, WKB) for each feature, in file order.
    static func load(context: GEOSContext) throws -> [(name: String, wkb: [UInt8])] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let features = root["features"] as? [[String: Any]] else {
            throw LoadError(description: "not a FeatureCollection")
        }
        return try features.map { feature in
            let properties = feature["properties"] as? [String: Any]
            let name = properties?["name"] as? String ?? "?"
            guard let geometry = feature["geometry"] as? [String: Any],
                  let type = geometry["type"] as? String,
                  let coordinates = geometry["coordinates"] as? [Any] else {
                throw LoadError(description: "feature \(name) has no geometry")
            }
            let polygons: [Any] = type == "MultiPolygon" ? coordinates : [coordinates]
            let parts = try polygons.map { polygon -> Geometry in
                let rings = try ringCoordinates(polygon)
                guard let exterior = rings.first else { throw LoadError(description: "\(name): empty polygon") }
                return try Geometry.polygon(exterior: exterior, holes: Array(rings.dropFirst()), context: context)
            }
            return (name, try Geometry.multiPolygon(parts, context: context).wkb())
        }
    }

    private static func ringCoordinates(_ polygon: Any) throws -> [[Coordinate]] {
        guard let rings = polygon as? [[[Double]]] else { throw LoadError(description: "bad polygon coordinates") }
        return rings.map { ring in ring.map { Coordinate(x: $0[0], y: $0[1]) } }
    }
}
