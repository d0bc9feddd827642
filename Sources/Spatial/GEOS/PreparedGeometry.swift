import CGEOS

/// A geometry with GEOS's indexes built for repeated predicates against many other geometries.
///
/// Keeps its `Geometry` (and so its context) alive. Not `Sendable`, like the geometry.
public final class PreparedGeometry {
    public let geometry: Geometry
    let handle: OpaquePointer

    public init(_ geometry: Geometry) throws {
        self.geometry = geometry
        handle = try geometry.context.call("GEOSPrepare_r") { GEOSPrepare_r($0, geometry.handle) }
    }

    deinit {
        GEOSPreparedGeom_destroy_r(geometry.context.handle, handle)
    }

    private var context: GEOSContext { geometry.context }

    /// OGC contains (boundary points are not contained).
    public func contains(_ g: Geometry) throws -> Bool {
        try context.callPredicate("GEOSPreparedContains_r") { GEOSPreparedContains_r($0, handle, g.handle) }
    }

    /// `g` lies entirely in the interior, touching no boundary.
    public func containsProperly(_ g: Geometry) throws -> Bool {
        try context.callPredicate("GEOSPreparedContainsProperly_r") {
            GEOSPreparedContainsProperly_r($0, handle, g.handle)
        }
    }

    public func intersects(_ g: Geometry) throws -> Bool {
        try context.callPredicate("GEOSPreparedIntersects_r") { GEOSPreparedIntersects_r($0, handle, g.handle) }
    }

    public func covers(_ g: Geometry) throws -> Bool {
        try context.callPredicate("GEOSPreparedCovers_r") { GEOSPreparedCovers_r($0, handle, g.handle) }
    }

    /// Contains for a bare x/y without wrapping it in a `Geometry` (one GEOS point, freed at once).
    public func contains(x: Double, y: Double) throws -> Bool {
        let point = try context.call("GEOSGeom_createPointFromXY_r") { GEOSGeom_createPointFromXY_r($0, x, y) }
        defer { GEOSGeom_destroy_r(context.handle, point) }
        return try context.callPredicate("GEOSPreparedContains_r") { GEOSPreparedContains_r($0, handle, point) }
    }
}
