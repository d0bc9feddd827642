import CGEOS

/// Constructive operations; each returns a new geometry in the same context.
extension Geometry {
    /// Buffer by `width` coordinate units; `quadrantSegments` segments approximate a quarter circle.
    public func buffer(_ width: Double, quadrantSegments: Int32 = 8) throws -> Geometry {
        try derive("GEOSBuffer_r") { GEOSBuffer_r($0, handle, width, quadrantSegments) }
    }

    public func union(_ o: Geometry) throws -> Geometry {
        try derive("GEOSUnion_r") { GEOSUnion_r($0, handle, o.handle) }
    }

    /// Dissolves all parts of this geometry into one.
    public func unaryUnion() throws -> Geometry {
        try derive("GEOSUnaryUnion_r") { GEOSUnaryUnion_r($0, handle) }
    }

    public func intersection(_ o: Geometry) throws -> Geometry {
        try derive("GEOSIntersection_r") { GEOSIntersection_r($0, handle, o.handle) }
    }

    /// Douglas-Peucker simplification that keeps the topology (no new self-intersections, holes stay holes).
    public func simplify(tolerance: Double) throws -> Geometry {
        try derive("GEOSTopologyPreserveSimplify_r") { GEOSTopologyPreserveSimplify_r($0, handle, tolerance) }
    }
}
