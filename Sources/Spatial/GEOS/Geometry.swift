import CGEOS

/// An owned GEOS geometry. It is freed exactly once, in `deinit`, and keeps its context alive.
///
/// Not `Sendable`: a geometry belongs to the thread or task that owns its `GEOSContext`.
/// To move geometries between threads, pass WKB (`wkb()`) and rebuild them in the other context.
public final class Geometry {
    let handle: OpaquePointer
    public let context: GEOSContext

    /// Takes ownership of a geometry created in `context`.
    init(owning handle: OpaquePointer, context: GEOSContext) {
        self.handle = handle
        self.context = context
    }

    deinit {
        GEOSGeom_destroy_r(context.handle, handle)
    }

    /// GEOS's type name: `"Point"`, `"Polygon"`, `"MultiPolygon"`, ...
    public var typeName: String {
        get throws {
            let name = try context.call("GEOSGeomType_r") { GEOSGeomType_r($0, handle) }
            return context.takeString(name)
        }
    }

    /// True for a geometry with no points (e.g. `POLYGON EMPTY`).
    public var isEmpty: Bool {
        get throws {
            try context.callPredicate("GEOSisEmpty_r") { GEOSisEmpty_r($0, handle) }
        }
    }

    /// GEOS's numeric type id (GEOS_POINT = 0 ... GEOS_GEOMETRYCOLLECTION = 7).
    var typeID: Int32 {
        get throws {
            let (id, message) = context.withMessages { GEOSGeomTypeId_r($0, handle) }
            if id < 0 { throw GEOSError(geosMessage: message, function: "GEOSGeomTypeId_r") }
            return id
        }
    }

    /// A deep copy in the same context.
    public func clone() throws -> Geometry {
        let copy = try context.call("GEOSGeom_clone_r") { GEOSGeom_clone_r($0, handle) }
        return Geometry(owning: copy, context: context)
    }

    /// Wraps a GEOS call that returns a new geometry owned by the caller.
    func derive(_ function: String, _ body: (GEOSContextHandle_t) -> OpaquePointer?) throws -> Geometry {
        Geometry(owning: try context.call(function, body), context: context)
    }
}
