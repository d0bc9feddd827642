import CGEOS

/// Binary spatial predicates (DE-9IM based, as in GEOS). Each throws if GEOS reports an exception (2).
extension Geometry {
    public func intersects(_ o: Geometry) throws -> Bool {
        try context.callPredicate("GEOSIntersects_r") { GEOSIntersects_r($0, handle, o.handle) }
    }

    /// OGC contains: `o` has no point outside `self` and at least one point in its interior.
    /// A point on the boundary is *not* contained.
    public func contains(_ o: Geometry) throws -> Bool {
        try context.callPredicate("GEOSContains_r") { GEOSContains_r($0, handle, o.handle) }
    }

    public func within(_ o: Geometry) throws -> Bool {
        try context.callPredicate("GEOSWithin_r") { GEOSWithin_r($0, handle, o.handle) }
    }

    /// Like `contains`, but boundary points count: no point of `o` lies outside `self`.
    public func covers(_ o: Geometry) throws -> Bool {
        try context.callPredicate("GEOSCovers_r") { GEOSCovers_r($0, handle, o.handle) }
    }

    public func disjoint(_ o: Geometry) throws -> Bool {
        try context.callPredicate("GEOSDisjoint_r") { GEOSDisjoint_r($0, handle, o.handle) }
    }
}
