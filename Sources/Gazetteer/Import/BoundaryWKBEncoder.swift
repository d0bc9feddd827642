import GeoJSON

/// Writes a GeoJSON Polygon or MultiPolygon as little-endian ISO WKB (2D), the form GEOS reads and the
/// boundary table stores. Altitudes are dropped: boundaries are planar.
enum BoundaryWKBEncoder {
    /// The WKB, or nil for a geometry that is not polygonal.
    static func wkb(_ geometry: GeoJSON.Geometry) -> [UInt8]? {
        var out: [UInt8] = []
        switch geometry {
        case .polygon(let rings):
            appendPolygon(rings, to: &out)
        case .multiPolygon(let polygons):
            out.append(1)
            append(UInt32(6), to: &out)
            append(UInt32(polygons.count), to: &out)
            for rings in polygons { appendPolygon(rings, to: &out) }
        default:
            return nil
        }
        return out
    }

    private static func appendPolygon(_ rings: [[Position]], to out: inout [UInt8]) {
        out.append(1)
        append(UInt32(3), to: &out)
        append(UInt32(rings.count), to: &out)
        for ring in rings {
            append(UInt32(ring.count), to: &out)
            for position in ring {
                append(position.longitude.bitPattern, to: &out)
                append(position.latitude.bitPattern, to: &out)
            }
        }
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }
}
