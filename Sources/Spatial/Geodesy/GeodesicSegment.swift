import CPROJ

/// The geodesic between two points, with positions along it: how a route's segment between two vertices is
/// read (the shortest path on the ellipsoid, as `geod` samples it), and how long segments are cut into pieces.
/// Holds a `geod_geodesicline` C struct, initialised once and only read afterwards, so it is `Sendable`.
public struct GeodesicSegment: Sendable {
    public let start: GeoPoint
    public let end: GeoPoint
    /// Metres along the ellipsoid from `start` to `end`.
    public let length: Double
    private let line: geod_geodesicline

    public init(from start: GeoPoint, to end: GeoPoint, on geodesic: Geodesic = .wgs84) {
        self.start = start
        self.end = end
        var line = geod_geodesicline()
        withUnsafePointer(to: geodesic.g) {
            geod_inverseline(&line, $0, start.latitude, start.longitude, end.latitude, end.longitude, 0)
        }
        self.line = line
        // The line's s13 is the distance to its second point: the segment's length.
        length = line.s13
    }

    /// The point `distance` metres from `start` along the segment (clamped to 0...length).
    public func point(atDistance distance: Double) -> GeoPoint {
        let s = min(max(distance, 0), length)
        var lat = Double.nan, lon = Double.nan
        withUnsafePointer(to: line) { geod_position($0, s, &lat, &lon, nil) }
        return GeoPoint(unchecked: lat, lon)
    }

    /// `parts` pieces of equal length covering the segment, in order; `parts` below 1 counts as 1.
    public func split(into parts: Int) -> [GeodesicSegment] {
        let n = max(1, parts)
        if n == 1 { return [self] }
        var points = [start]
        for i in 1..<n { points.append(point(atDistance: length * Double(i) / Double(n))) }
        points.append(end)
        return (0..<n).map { GeodesicSegment(from: points[$0], to: points[$0 + 1]) }
    }
}
