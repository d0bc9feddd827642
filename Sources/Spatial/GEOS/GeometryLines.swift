import CGEOS

extension Geometry {
    /// A LineString of at least two coordinates; NaN or infinite coordinates throw `.invalidCoordinate`.
    public static func lineString(_ coordinates: [Coordinate], context: GEOSContext) throws -> Geometry {
        try checkFinite(coordinates, function: "GEOSGeom_createLineString_r")
        guard coordinates.count >= 2 else {
            throw GEOSError(kind: .invalidArgument, message: "a LineString needs at least 2 points, got \(coordinates.count)",
                            function: "GEOSGeom_createLineString_r")
        }
        let sequence = try coordinateSequence(coordinates, context: context)
        // GEOSGeom_createLineString_r takes the sequence, whether it succeeds or not.
        return Geometry(owning: try context.call("GEOSGeom_createLineString_r") {
            GEOSGeom_createLineString_r($0, sequence)
        }, context: context)
    }

    /// OGC simplicity: a line is simple when it does not cross or touch itself (except a closed ring at its ends).
    public var isSimple: Bool {
        get throws {
            try context.callPredicate("GEOSisSimple_r") { GEOSisSimple_r($0, handle) }
        }
    }

    /// The distance along this line (in its units) of the line's point nearest to `point` (GEOS "project").
    public func distanceAlong(toNearest point: Geometry) throws -> Double {
        let (value, message) = context.withMessages { GEOSProject_r($0, handle, point.handle) }
        guard value >= 0 else { throw GEOSError(geosMessage: message, function: "GEOSProject_r") }
        return value
    }
}
