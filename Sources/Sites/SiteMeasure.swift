import Spatial

/// How an incident stands to the nearest of the user's sites.
public struct SiteMeasure: Sendable, Equatable {
    /// Index of the site in the sites file's order.
    public let site: Int
    public let name: String
    /// Geodesic distance from the site, kilometres (WGS 84).
    public let kilometres: Double
    /// Initial bearing from the site to the incident, degrees clockwise from north, 0..<360.
    public let bearing: Double

    public init(site: Int, name: String, kilometres: Double, bearing: Double) {
        self.site = site
        self.name = name
        self.kilometres = kilometres
        self.bearing = bearing
    }

    /// "12.4 km NE of Mopti office", as the capital's compass phrase; "at Mopti office" within 100 m.
    public var phrase: String {
        CompassDirection.phrase(kilometres: kilometres, azimuth: bearing, of: name)
    }
}

/// How an incident stands to the nearest of the user's routes.
public struct RouteMeasure: Sendable, Equatable {
    /// Index of the route in the routes file's order.
    public let route: Int
    public let name: String
    /// Geodesic distance to the nearest point of the route, kilometres.
    public let kilometres: Double
    /// Where that point is: kilometres along the route from its first vertex (over its parts in order).
    public let atKilometres: Double

    public init(route: Int, name: String, kilometres: Double, atKilometres: Double) {
        self.route = route
        self.name = name
        self.kilometres = kilometres
        self.atKilometres = atKilometres
    }
}
