import Gazetteer
import Incidents
import Spatial

/// Annotates incidents a batch at a time: distance and bearing from the capital, ring, admin-1 region,
/// nearest settlement. Regions are found in one bulk point-in-polygon call per country and batch; the nearest
/// settlement of a point is looked up once (incidents repeat the same gazetteer points). Lookups are cached,
/// so it is not Sendable: run it on the writing side of a job, after extraction has run on all cores.
public final class IncidentAnnotator {
    private let capitals: CapitalDirectory
    private let rings: DistanceRings
    private let regions: AdminRegionIndex?
    private let gazetteer: GazetteerStore?
    private var nearestByPoint: [PointKey: NearestPlace?] = [:]

    /// Points remembered for their nearest settlement before the memo starts over.
    static let nearestMemoLimit = 100_000

    private struct PointKey: Hashable {
        let latitude: Double
        let longitude: Double
        let country: String?
    }

    /// - Parameters:
    ///   - gazetteer: gives the regions and the nearest settlements; without it both stay nil.
    public init(capitals: CapitalDirectory, rings: DistanceRings, gazetteer: GazetteerStore?) {
        self.capitals = capitals
        self.rings = rings
        self.gazetteer = gazetteer
        regions = gazetteer.map(AdminRegionIndex.init(gazetteer:))
    }

    public func annotate(_ incident: Incident) throws -> IncidentAnnotation {
        try annotate([incident])[0]
    }

    /// One annotation per incident, in order.
    public func annotate(_ incidents: [Incident]) throws -> [IncidentAnnotation] {
        var annotations = [IncidentAnnotation](repeating: IncidentAnnotation(), count: incidents.count)
        var pointsByCountry: [String: [(index: Int, point: GeoPoint)]] = [:]
        for (i, incident) in incidents.enumerated() {
            guard let location = incident.location,
                  let point = try? GeoPoint(latitude: location.latitude, longitude: location.longitude) else { continue }
            var annotation = try CapitalMeasure.annotation(of: incident, capitals: capitals) ?? IncidentAnnotation()
            if let kilometres = annotation.distanceKm {
                annotation.ringKm = rings.ringIndex(forDistance: kilometres * 1000).map { rings.radiiKilometres[$0] }
            }
            annotation.nearest = try nearest(to: point, country: incident.country)
            annotations[i] = annotation
            if let country = incident.country { pointsByCountry[country, default: []].append((i, point)) }
        }
        if let regions {
            for (country, located) in pointsByCountry {
                let found = try regions.regions(containing: located.map(\.point), country: country)
                for (entry, region) in zip(located, found) { annotations[entry.index].region = region }
            }
        }
        return annotations
    }

    private func nearest(to point: GeoPoint, country: String?) throws -> NearestPlace? {
        guard let gazetteer else { return nil }
        let key = PointKey(latitude: point.latitude, longitude: point.longitude, country: country)
        if let known = nearestByPoint[key] { return known }
        if nearestByPoint.count >= Self.nearestMemoLimit { nearestByPoint.removeAll(keepingCapacity: true) }
        let found = try gazetteer.nearestPlace(latitude: point.latitude, longitude: point.longitude, country: country)
        nearestByPoint[key] = .some(found)
        return found
    }
}

/// Distance and bearing from the capital only: what `sahel extract` writes beside each incident.
public enum CapitalMeasure {
    /// The incident's capital, distance and bearing; nil when it is unlocated or its capital unknown.
    public static func annotation(of incident: Incident, capitals: CapitalDirectory) throws -> IncidentAnnotation? {
        guard let location = incident.location,
              let point = try? GeoPoint(latitude: location.latitude, longitude: location.longitude),
              let capital = try capitals.capital(forCountry: incident.country) else { return nil }
        let measured = capital.measure(to: point)
        return IncidentAnnotation(capital: capital, distanceKm: measured.kilometres, bearingDeg: measured.bearing)
    }
}
