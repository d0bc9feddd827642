import GeoJSON
import Spatial

/// The polygons written beside incidents: distance rings around a capital, admin-1 regions from WKB.
public enum AreaPolygons {
    /// Ring outlines, one per radius (kilometres), computed in the azimuthal-equidistant projection centred
    /// on `center` so every vertex is at its radius, densified by `segments` to stay round on a web map.
    public static func rings(around center: GeoPoint, radii: DistanceRings, segments: Int = 256) throws -> [(radiusKm: Double, polygon: GeoJSON.Geometry)] {
        let projection = try AzimuthalEquidistantProjection(center: center)
        return try radii.radiiKilometres.map { radius in
            let ring = try projection.ring(radius: radius * 1000, segments: segments)
            return (radius, .polygon([ring.map { Position(longitude: $0.longitude, latitude: $0.latitude) }]))
        }
    }

    /// A stored Polygon or MultiPolygon (WKB, x = longitude) as a GeoJSON MultiPolygon.
    public static func multiPolygon(wkb: [UInt8], context: GEOSContext) throws -> GeoJSON.Geometry {
        let rings = try Spatial.Geometry(wkb: wkb, context: context).polygonRings()
        return .multiPolygon(rings.map { polygon in
            polygon.map { ring in ring.map { Position(longitude: $0.x, latitude: $0.y) } }
        })
    }
}
