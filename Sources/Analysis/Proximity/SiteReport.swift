import Sites
import Spatial

/// `sahel report sites`: for each of the user's sites and routes, per week or month, the incidents and deaths
/// in each distance band around it (a band runs from the previous ring's radius, exclusive, to its own), and
/// the change in incidents within the outermost ring against the previous period.
///
/// Distances are geodesic to a site, and to the nearest point of a route (`RouteLocator`). Undated and
/// unlocated incidents fall in no period and no band: they are counted apart.
public struct SiteReport: Sendable {
    public struct Row: Sendable, Equatable {
        /// The site's or route's name, and which it is.
        public let place: String
        public let isRoute: Bool
        public let period: String
        /// Per ring, innermost first.
        public let incidents: [Int]
        public let killed: [Int]
        /// Incidents within the outermost ring, and the difference from the previous period (nil for the first).
        public let total: Int
        public let change: Int?
    }

    public let granularity: PeriodGranularity
    public let rings: DistanceRings
    /// Per place (sites in file order, then routes), every period from the first dated incident's to the last's.
    public let rows: [Row]
    public let undated: Int
    public let unlocated: Int

    public init(observations: [ProximityObservation], places: ProtectedPlaces, granularity: PeriodGranularity,
                rings: DistanceRings) throws {
        self.granularity = granularity
        self.rings = rings
        let dated = observations.filter { $0.date != nil }
        undated = observations.count - dated.count
        let located = dated.compactMap { o -> (period: String, killed: Int, point: GeoPoint)? in
            guard let date = o.date, let lat = o.latitude, let lon = o.longitude,
                  let point = try? GeoPoint(latitude: lat, longitude: lon) else { return nil }
            return (granularity.label(of: date), o.killed ?? 0, point)
        }
        unlocated = dated.count - located.count
        let periods = ProximityReport.labels(from: dated.compactMap(\.date).min(), to: dated.compactMap(\.date).max(),
                                             by: granularity)
        let periodIndex = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        let measurer = try places.measurer()
        let siteNames = places.sites?.sites.map(\.name) ?? []
        let routeNames = places.routes?.routes.map(\.name) ?? []
        var rows: [Row] = []
        for (p, name) in (siteNames + routeNames).enumerated() {
            let isRoute = p >= siteNames.count
            var incidents = Array(repeating: Array(repeating: 0, count: rings.radiiKilometres.count), count: periods.count)
            var killed = incidents
            for incident in located {
                let kilometres: Double?
                if isRoute {
                    kilometres = try measurer.measure(incident.point, route: p - siteNames.count)?.kilometres
                } else {
                    kilometres = places.sites?.measure(site: p, to: incident.point).kilometres
                }
                guard let kilometres, let ring = rings.ringIndex(forDistance: kilometres * 1000),
                      let period = periodIndex[incident.period] else { continue }
                incidents[period][ring] += 1
                killed[period][ring] += incident.killed
            }
            var previous: Int?
            for (i, label) in periods.enumerated() {
                let total = incidents[i].reduce(0, +)
                rows.append(Row(place: name, isRoute: isRoute, period: label, incidents: incidents[i], killed: killed[i],
                                total: total, change: previous.map { total - $0 }))
                previous = total
            }
        }
        self.rows = rows
    }

    /// Band names: `≤5 km`-style radii as text, integral ones without decimals.
    public var ringNames: [String] {
        rings.radiiKilometres.map { r in r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r) }
    }
}
