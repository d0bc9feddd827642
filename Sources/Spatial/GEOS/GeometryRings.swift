import CGEOS

extension Geometry {
    /// Coordinates of a Polygon or MultiPolygon: polygons -> rings (exterior first) -> coordinates.
    ///
    /// Used to write GeoJSON. Other geometry types throw `.invalidArgument`.
    public func polygonRings() throws -> [[[Coordinate]]] {
        switch try typeID {
        case Int32(GEOS_POLYGON.rawValue):
            return [try Self.rings(ofPolygon: handle, context: context)]
        case Int32(GEOS_MULTIPOLYGON.rawValue):
            return try (0..<partCount).map { try Self.rings(ofPolygon: try part($0), context: context) }
        default:
            throw GEOSError(kind: .invalidArgument,
                            message: "polygonRings needs a Polygon or MultiPolygon, got \(try typeName)",
                            function: "GEOSGeomTypeId_r")
        }
    }

    static func rings(ofPolygon polygon: OpaquePointer, context: GEOSContext) throws -> [[Coordinate]] {
        let (holeCount, message) = context.withMessages { GEOSGetNumInteriorRings_r($0, polygon) }
        if holeCount < 0 { throw GEOSError(geosMessage: message, function: "GEOSGetNumInteriorRings_r") }
        let exterior = try context.call("GEOSGetExteriorRing_r") { GEOSGetExteriorRing_r($0, polygon) }
        var result = [try coordinates(ofCurve: exterior, context: context)]
        for index in 0..<holeCount {
            let hole = try context.call("GEOSGetInteriorRingN_r") { GEOSGetInteriorRingN_r($0, polygon, index) }
            result.append(try coordinates(ofCurve: hole, context: context))
        }
        return result
    }

    /// The x/y coordinates of a LineString or LinearRing (borrowed pointer).
    static func coordinates(ofCurve curve: OpaquePointer, context: GEOSContext) throws -> [Coordinate] {
        let sequence = try context.call("GEOSGeom_getCoordSeq_r") { GEOSGeom_getCoordSeq_r($0, curve) }
        var size: UInt32 = 0
        try context.callStatus("GEOSCoordSeq_getSize_r") { GEOSCoordSeq_getSize_r($0, sequence, &size) }
        var flat = [Double](repeating: 0, count: Int(size) * 2)
        try flat.withUnsafeMutableBufferPointer { buffer in
            try context.callStatus("GEOSCoordSeq_copyToBuffer_r") {
                GEOSCoordSeq_copyToBuffer_r($0, sequence, buffer.baseAddress, 0, 0)
            }
        }
        return (0..<Int(size)).map { Coordinate(x: flat[2 * $0], y: flat[2 * $0 + 1]) }
    }
}
