import Gazetteer
import Sites
import Spatial

/// Where an incident stands: how far and in which direction from its capital, in which distance ring and
/// admin-1 region, and next to which settlement. Every part is nil when it cannot be known (no location, no
/// capital for the country, beyond the last ring, outside every region).
public struct IncidentAnnotation: Sendable, Equatable {
    public var capital: CapitalPoint?
    /// Geodesic distance from the capital, kilometres.
    public var distanceKm: Double?
    /// Initial bearing from the capital to the incident, degrees clockwise from north, 0..<360.
    public var bearingDeg: Double?
    /// Radius of the smallest ring that reaches the incident, kilometres.
    public var ringKm: Double?
    /// The admin-1 region whose interior holds the incident's point.
    public var region: StoredBoundary?
    /// The settlement nearest to the incident's point.
    public var nearest: NearestPlace?
    /// The nearest of the user's sites and routes (`--sites`, `--routes`).
    public var protected: SiteAnnotation?

    public init(capital: CapitalPoint? = nil, distanceKm: Double? = nil, bearingDeg: Double? = nil,
                ringKm: Double? = nil, region: StoredBoundary? = nil, nearest: NearestPlace? = nil) {
        self.capital = capital
        self.distanceKm = distanceKm
        self.bearingDeg = bearingDeg
        self.ringKm = ringKm
        self.region = region
        self.nearest = nearest
    }

    /// "13.9 km NNW of Bamako": one decimal under 100 km, whole kilometres beyond; "at Bamako" within 100 m.
    public var compassPhrase: String? {
        guard let capital, let distanceKm, let bearingDeg else { return nil }
        return CompassDirection.phrase(kilometres: distanceKm, azimuth: bearingDeg, of: capital.name)
    }
}
