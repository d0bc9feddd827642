import CGEOS

/// OGC validity, as GEOS checks it.
extension Geometry {
    public var isValid: Bool {
        get throws {
            try context.callPredicate("GEOSisValid_r") { GEOSisValid_r($0, handle) }
        }
    }

    /// `"Valid Geometry"` or the reason and location, e.g. `"Self-intersection[0.5 0.5]"`.
    public func validityReason() throws -> String {
        let reason = try context.call("GEOSisValidReason_r") { GEOSisValidReason_r($0, handle) }
        return context.takeString(reason)
    }

    /// A valid geometry covering the same points (a bow-tie becomes a MultiPolygon of two triangles).
    public func makeValid() throws -> Geometry {
        try derive("GEOSMakeValid_r") { GEOSMakeValid_r($0, handle) }
    }
}
