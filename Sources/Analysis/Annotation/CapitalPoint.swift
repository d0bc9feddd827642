import Spatial

/// A capital incidents are measured from: its name, its country when known, and its point.
public struct CapitalPoint: Sendable, Equatable, Hashable {
    public let name: String
    /// ISO 3166-1 alpha-2, nil for a point given by coordinates.
    public let country: String?
    public let point: GeoPoint

    public init(name: String, country: String?, point: GeoPoint) {
        self.name = name
        self.country = country
        self.point = point
    }

    /// Geodesic distance (km) and initial bearing (degrees clockwise from north, 0..<360) from the capital.
    public func measure(to target: GeoPoint) -> (kilometres: Double, bearing: Double) {
        let line = Geodesic.wgs84.inverse(from: point, to: target)
        return (line.distance / 1000, line.initialBearing)
    }

}
