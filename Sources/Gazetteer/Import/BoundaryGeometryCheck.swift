import Spatial

/// Checks one boundary's WKB with GEOS: polygonal, not empty, valid. An invalid polygon is repaired with
/// `makeValid`; when that yields a collection (dangling lines next to the polygons), a zero buffer keeps
/// only the areas, so the stored shape answers `covers` like any polygon.
enum BoundaryGeometryCheck {
    enum Outcome {
        /// The WKB to store (the source's own bytes when it was valid), its envelope, and the GEOS reason
        /// when it had to be repaired.
        case usable(wkb: [UInt8], envelope: BoundingBox, repairedReason: String?)
        case unusable(reason: String)
    }

    static func check(_ wkb: [UInt8], context: GEOSContext) -> Outcome {
        do {
            let geometry = try Geometry(wkb: wkb, context: context)
            let type = try geometry.typeName
            guard type == "Polygon" || type == "MultiPolygon" else {
                return .unusable(reason: "geometry is a \(type), not a polygon")
            }
            if try geometry.isEmpty { return .unusable(reason: "geometry is empty") }
            if try geometry.isValid {
                return .usable(wkb: wkb, envelope: try geometry.envelope(), repairedReason: nil)
            }
            let reason = try geometry.validityReason()
            var repaired = try geometry.makeValid()
            let repairedType = try repaired.typeName
            if repairedType != "Polygon" && repairedType != "MultiPolygon" {
                repaired = try repaired.buffer(0)
            }
            if try repaired.isEmpty { return .unusable(reason: "geometry is invalid (\(reason)) and nothing remains once repaired") }
            return .usable(wkb: try repaired.wkb(), envelope: try repaired.envelope(), repairedReason: reason)
        } catch {
            return .unusable(reason: "unreadable geometry: \(error)")
        }
    }
}
