import CGEOS

/// The slow path of `PolygonLocator`: GEOS prepared contains for one point and one polygon.
///
/// One per worker thread: it owns a context and rebuilds geometries from WKB, preparing each
/// polygon only when a point first needs it.
final class ExactPointTester {
    private let context: GEOSContext
    private let polygonsWKB: [[UInt8]]
    private var prepared: [PreparedGeometry?]

    init(polygonsWKB: [[UInt8]]) throws {
        context = try GEOSContext()
        self.polygonsWKB = polygonsWKB
        prepared = Array(repeating: nil, count: polygonsWKB.count)
    }

    /// The prepared polygon `index`, built on first use.
    func preparedPolygon(_ index: Int) throws -> PreparedGeometry {
        if let p = prepared[index] { return p }
        let p = try PreparedGeometry(Geometry(wkb: polygonsWKB[index], context: context))
        prepared[index] = p
        return p
    }

    /// OGC contains of (x, y) by polygon `index`: false on the boundary.
    @inline(__always)
    func contains(_ index: Int, x: Double, y: Double) throws -> Bool {
        try preparedPolygon(index).contains(x: x, y: y)
    }
}
