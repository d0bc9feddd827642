import CGEOS

extension Geometry {
    /// Planar area in squared coordinate units.
    public func area() throws -> Double {
        var value = 0.0
        try context.callStatus("GEOSArea_r") { GEOSArea_r($0, handle, &value) }
        return value
    }

    /// Planar length (perimeter for polygons) in coordinate units.
    public func length() throws -> Double {
        var value = 0.0
        try context.callStatus("GEOSLength_r") { GEOSLength_r($0, handle, &value) }
        return value
    }

    /// Minimum planar distance between the two geometries.
    public func distance(to other: Geometry) throws -> Double {
        var value = 0.0
        try context.callStatus("GEOSDistance_r") { GEOSDistance_r($0, handle, other.handle, &value) }
        return value
    }

    /// The bounding box. An empty geometry has none and throws `.invalidArgument`.
    public func envelope() throws -> BoundingBox {
        if try isEmpty {
            throw GEOSError(kind: .invalidArgument, message: "an empty geometry has no envelope",
                            function: "GEOSGeom_getExtent_r")
        }
        var box = BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0)
        try context.callStatus("GEOSGeom_getExtent_r") {
            GEOSGeom_getExtent_r($0, handle, &box.minX, &box.minY, &box.maxX, &box.maxY)
        }
        return box
    }
}

extension Geometry {
    /// A point guaranteed to lie on the geometry (inside a polygon, unlike a centroid, which may fall in a
    /// bay or a hole): where a label or a country-level marker can go.
    public func pointOnSurface() throws -> Coordinate {
        let point = try derive("GEOSPointOnSurface_r") { GEOSPointOnSurface_r($0, handle) }
        var x = 0.0, y = 0.0
        try context.callStatus("GEOSGeomGetX_r") { GEOSGeomGetX_r($0, point.handle, &x) }
        try context.callStatus("GEOSGeomGetY_r") { GEOSGeomGetY_r($0, point.handle, &y) }
        return Coordinate(x: x, y: y)
    }
}
