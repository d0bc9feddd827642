import Spatial

/// Turns a stored boundary (WKB, lon/lat) into an `Outline` small enough to inline in a page: simplified
/// with GEOS's topology-preserving Douglas-Peucker, so a simplified polygon never crosses itself.
///
/// Not `Sendable`: it owns a GEOS context (one per task).
public final class OutlineSimplifier {
    /// Degrees; 0.01 is about 1 km, finer than a region map at country scale can show.
    public let tolerance: Double
    private let context: GEOSContext

    public init(tolerance: Double = 0.01) throws {
        self.tolerance = tolerance
        context = try GEOSContext()
    }

    /// The simplified outline, cut to `clip` when given (a neighbour's overseas parts, or the rest of a
    /// large country, are not worth carrying); nil when nothing polygonal is left inside `clip`.
    /// `near` keeps only the polygons (islands, overseas parts) whose box meets it, each whole: a country's
    /// outline is never cut. nil when nothing is left.
    /// - Throws: `GEOSError` for WKB that is not a Polygon or MultiPolygon.
    public func outline(kind: Outline.Kind, name: String, country: String, wkb: [UInt8],
                        clip: MapExtent? = nil, near: MapExtent? = nil) throws -> Outline? {
        var geometry = try Geometry(wkb: wkb, context: context)
        if let clip {
            let box = try Geometry(wkt: "POLYGON((\(clip.west) \(clip.south), \(clip.east) \(clip.south), "
                + "\(clip.east) \(clip.north), \(clip.west) \(clip.north), \(clip.west) \(clip.south)))", context: context)
            geometry = try geometry.intersection(box)
            // A border running along the box can leave lines or points beside the polygons: nothing to fill.
            guard try !geometry.isEmpty, ["Polygon", "MultiPolygon"].contains(try geometry.typeName) else { return nil }
        }
        let simple = tolerance > 0 ? try geometry.simplify(tolerance: tolerance) : geometry
        guard try !simple.isEmpty else { return nil }
        var polygons = try simple.polygonRings().map { rings in
            rings.map { ring in ring.map { MapPoint(latitude: $0.y, longitude: $0.x) } }
        }
        if let near {
            polygons = polygons.filter { polygon in
                guard let exterior = polygon.first, let first = exterior.first else { return false }
                var box = MapExtent(around: first)
                for p in exterior { box.include(p) }
                return box.south <= near.north && box.north >= near.south && box.west <= near.east && box.east >= near.west
            }
            if polygons.isEmpty { return nil }
        }
        return Outline(kind: kind, name: name, country: country, polygons: polygons)
    }
}
