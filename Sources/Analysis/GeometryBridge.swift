import GeoJSON
import Spatial

/// Turns GeoJSON polygons into GEOS geometries (x = longitude, y = latitude).
enum GeometryBridge {
    struct Unsupported: Error, CustomStringConvertible {
        let description: String
    }

    static func polygonal(_ geometry: GeoJSON.Geometry, context: GEOSContext) throws -> Spatial.Geometry {
        switch geometry {
        case .polygon(let rings):
            return try polygon(rings, context: context)
        case .multiPolygon(let polygons):
            let parts = try polygons.map { try polygon($0, context: context) }
            return try Spatial.Geometry.multiPolygon(parts, context: context)
        default:
            throw Unsupported(description: "is a \(geometry.typeName); regions must be Polygons or MultiPolygons")
        }
    }

    private static func polygon(_ rings: [[Position]], context: GEOSContext) throws -> Spatial.Geometry {
        guard let exterior = rings.first else { throw Unsupported(description: "a polygon has no rings") }
        return try Spatial.Geometry.polygon(
            exterior: exterior.map(coordinate),
            holes: rings.dropFirst().map { $0.map(coordinate) },
            context: context
        )
    }

    private static func coordinate(_ p: Position) -> Coordinate { Coordinate(x: p.longitude, y: p.latitude) }
}
