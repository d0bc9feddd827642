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

    /// `initialAzimuth` as a bearing, degrees clockwise from north in 0..<360.
    public var initialBearing: Double { Self.bearing(azimuth: initialAzimuth) }

    /// An azimuth in -180...180 as a bearing in 0..<360.
    @inlinable
    public static func bearing(azimuth: Double) -> Double {
        azimuth < 0 ? azimuth + 360 : azimuth
    }
}
