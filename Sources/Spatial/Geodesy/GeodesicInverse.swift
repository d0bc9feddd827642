/// The solution of the inverse geodesic problem between two points.
public struct GeodesicInverse: Sendable, Equatable {
    /// Length of the shortest path on the ellipsoid, metres.
    public let distance: Double
    /// Direction of travel when leaving the first point, degrees clockwise from north, -180...180.
    public let initialAzimuth: Double
    /// Direction of travel when arriving at the second point, degrees clockwise from north, -180...180.
    public let finalAzimuth: Double

    public init(distance: Double, initialAzimuth: Double, finalAzimuth: Double) {
        self.distance = distance
        self.initialAzimuth = initialAzimuth
        self.finalAzimuth = finalAzimuth
    }
}
