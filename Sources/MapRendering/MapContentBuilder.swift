import Spatial

/// Assembles a `MapContent`: distances from the capital (geodesic, WGS 84) and the rings around it, computed
/// in the capital's azimuthal-equidistant projection so each vertex is exactly the radius away.
public struct MapContentBuilder {
    public var capital: CapitalMark
    /// Kilometres, any order.
    public var ringRadiiKm: [Double]
    /// Vertices per ring: enough to look round at any zoom a region map is read at, few enough to stay small.
    public var ringSegments = 128

    public init(capital: CapitalMark, ringRadiiKm: [Double]) {
        self.capital = capital
        self.ringRadiiKm = ringRadiiKm
    }

    /// - Throws: `CoordinateError` for a capital or incident outside WGS 84, `ProjectionError` from PROJ.
    public func build(title: String, incidents: [IncidentMark], outlines: [Outline] = []) throws -> MapContent {
        let center = try GeoPoint(latitude: capital.point.latitude, longitude: capital.point.longitude)
        var located: [IncidentMark] = []
        located.reserveCapacity(incidents.count)
        var unlocated: [IncidentMark] = []
        for var incident in incidents {
            guard let p = incident.point else {
                unlocated.append(incident)
                continue
            }
            let point = try GeoPoint(latitude: p.latitude, longitude: p.longitude)
            incident.distanceKm = Geodesic.wgs84.inverse(from: center, to: point).distance / 1000
            located.append(incident)
        }
        let projection = try AzimuthalEquidistantProjection(center: center)
        let rings = try ringRadiiKm.sorted().map { km in
            let points = try projection.ring(radius: km * 1000, segments: ringSegments)
            return RingMark(radiusKm: km, label: RingMark.label(forKilometres: km),
                            points: points.map { MapPoint(latitude: $0.latitude, longitude: $0.longitude) })
        }
        var content = MapContent(title: title, capital: capital, rings: rings, outlines: outlines,
                                 incidents: located, unlocatedCount: unlocated.count)
        content.unlocated = unlocated
        return content
    }
}
