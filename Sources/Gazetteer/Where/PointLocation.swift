/// Where a point is: the country and admin-1 polygons that contain it, and the nearest settlement.
public struct PointLocation: Sendable, Equatable {
    /// The level-0 boundary covering the point, nil at sea or outside every imported country.
    public let country: BoundaryMatch?
    /// The level-1 boundary covering the point (preferring one of `country`), nil when none does.
    public let admin1: BoundaryMatch?
    /// The nearest settlement, nil when the store has no place within the search radius.
    public let nearest: NearestPlace?

    public init(country: BoundaryMatch?, admin1: BoundaryMatch?, nearest: NearestPlace?) {
        self.country = country
        self.admin1 = admin1
        self.nearest = nearest
    }
}
