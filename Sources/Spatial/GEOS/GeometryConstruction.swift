import CGEOS

extension Geometry {
    /// A point. NaN or infinite coordinates throw `GEOSError` of kind `.invalidCoordinate`.
    public static func point(_ c: Coordinate, context: GEOSContext) throws -> Geometry {
        try checkFinite([c], function: "GEOSGeom_createPointFromXY_r")
        return Geometry(owning: try context.call("GEOSGeom_createPointFromXY_r") {
            GEOSGeom_createPointFromXY_r($0, c.x, c.y)
        }, context: context)
    }

    /// A polygon from closed rings (first coordinate repeated last).
    ///
    /// GEOS rejects unclosed or too-short rings (kind `.invalidArgument`, GEOS's message); a polygon that
    /// GEOS considers invalid (self-intersection, hole outside shell, ...) throws kind `.invalidGeometry`
    /// with `GEOSisValidReason_r`'s text, e.g. `"Self-intersection[0.5 0.5]"`.
    public static func polygon(exterior: [Coordinate], holes: [[Coordinate]] = [],
                               context: GEOSContext) throws -> Geometry {
        var rings: [OpaquePointer] = []
        // Rings not yet handed to GEOSGeom_createPolygon_r are ours to free if anything fails.
        var handedOver = false
        defer {
            if !handedOver { for ring in rings { GEOSGeom_destroy_r(context.handle, ring) } }
        }
        for coordinates in [exterior] + holes {
            rings.append(try linearRing(coordinates, context: context))
        }
        let shell = rings[0]
        var holeRings: [OpaquePointer?] = rings.dropFirst().map { $0 }
        handedOver = true
        let handle = try holeRings.withUnsafeMutableBufferPointer { holesBuffer in
            try context.call("GEOSGeom_createPolygon_r") {
                GEOSGeom_createPolygon_r($0, shell, holesBuffer.baseAddress, UInt32(holesBuffer.count))
            }
        }
        let polygon = Geometry(owning: handle, context: context)
        if try !polygon.isValid {
            throw GEOSError(kind: .invalidGeometry, message: try polygon.validityReason(), function: "GEOSisValid_r")
        }
        return polygon
    }

    /// A MultiPolygon from Polygon parts (MultiPolygon arguments are flattened). The parts are copied,
    /// not consumed, and not re-validated.
    public static func multiPolygon(_ polygons: [Geometry], context: GEOSContext) throws -> Geometry {
        var parts: [OpaquePointer?] = []
        var handedOver = false
        defer {
            if !handedOver { for case let part? in parts { GEOSGeom_destroy_r(context.handle, part) } }
        }
        for polygon in polygons {
            switch try polygon.typeID {
            case Int32(GEOS_POLYGON.rawValue):
                parts.append(try context.call("GEOSGeom_clone_r") { GEOSGeom_clone_r($0, polygon.handle) })
            case Int32(GEOS_MULTIPOLYGON.rawValue):
                for index in 0..<(try polygon.partCount) {
                    let part = try polygon.part(index)
                    parts.append(try context.call("GEOSGeom_clone_r") { GEOSGeom_clone_r($0, part) })
                }
            default:
                throw GEOSError(kind: .invalidArgument,
                                message: "multiPolygon expects Polygon parts, got \(try polygon.typeName)",
                                function: "GEOSGeom_createCollection_r")
            }
        }
        handedOver = true
        let handle = try parts.withUnsafeMutableBufferPointer { buffer in
            try context.call("GEOSGeom_createCollection_r") {
                GEOSGeom_createCollection_r($0, Int32(GEOS_MULTIPOLYGON.rawValue), buffer.baseAddress, UInt32(buffer.count))
            }
        }
        return Geometry(owning: handle, context: context)
    }

    /// A LinearRing owned by the caller; GEOS checks closure and length.
    static func linearRing(_ coordinates: [Coordinate], context: GEOSContext) throws -> OpaquePointer {
        try checkFinite(coordinates, function: "GEOSGeom_createLinearRing_r")
        let sequence = try coordinateSequence(coordinates, context: context)
        // GEOSGeom_createLinearRing_r takes the sequence, whether it succeeds or not.
        return try context.call("GEOSGeom_createLinearRing_r") { GEOSGeom_createLinearRing_r($0, sequence) }
    }

    /// A GEOS coordinate sequence holding a copy of `coordinates`, owned by the caller.
    static func coordinateSequence(_ coordinates: [Coordinate], context: GEOSContext) throws -> OpaquePointer {
        var flat: [Double] = []
        flat.reserveCapacity(coordinates.count * 2)
        for c in coordinates {
            flat.append(c.x)
            flat.append(c.y)
        }
        return try flat.withUnsafeBufferPointer { buffer in
            try context.call("GEOSCoordSeq_copyFromBuffer_r") {
                GEOSCoordSeq_copyFromBuffer_r($0, buffer.baseAddress, UInt32(coordinates.count), 0, 0)
            }
        }
    }

    static func checkFinite(_ coordinates: [Coordinate], function: String) throws {
        for c in coordinates where !(c.x.isFinite && c.y.isFinite) {
            throw GEOSError(kind: .invalidCoordinate,
                            message: "coordinate (\(c.x), \(c.y)) is not finite", function: function)
        }
    }

    /// Number of parts of a collection (1 for a single geometry).
    var partCount: Int {
        get throws {
            let (n, message) = context.withMessages { GEOSGetNumGeometries_r($0, handle) }
            if n < 0 { throw GEOSError(geosMessage: message, function: "GEOSGetNumGeometries_r") }
            return Int(n)
        }
    }

    /// A borrowed pointer to part `index`; valid while `self` lives.
    func part(_ index: Int) throws -> OpaquePointer {
        try context.call("GEOSGetGeometryN_r") { GEOSGetGeometryN_r($0, handle, Int32(index)) }
    }
}
