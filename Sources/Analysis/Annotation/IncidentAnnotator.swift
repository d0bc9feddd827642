import Gazetteer
import Incidents
import Spatial

/// Annotates incidents one after another: distance and bearing from the capital, ring, admin-1 region,
/// nearest settlement. Lookups are cached per country, so it is not Sendable: run it on the writing side of a
/// job, after extraction has run on all cores.
public final class IncidentAnnotator {
    private let capitals: CapitalDirectory
    private let rings: DistanceRings
    private let regions: AdminRegionIndex?
    private let gazetteer: GazetteerStore?

    /// - Parameters:
    ///   - gazetteer: gives the regions and the nearest settlements; without it both stay nil.
    public init(capitals: CapitalDirectory, rings: DistanceRings, gazetteer: GazetteerStore?) {
        self.capitals = capitals
        self.rings = rings
        self.gazetteer = gazetteer
        regions = gazetteer.map(AdminRegionIndex.init(gazetteer:))
    }

    public func annotate(_ incident: Incident) throws -> IncidentAnnotation {
        guard let location = incident.location,
              let point = try? GeoPoint(latitude: location.latitude, longitude: location.longitude) else { return IncidentAnnotation() }
        var annotation = try CapitalMeasure.annotation(of: incident, capitals: capitals) ?? IncidentAnnotation()
        if let kilometres = annotation.distanceKm {
            annotation.ringKm = rings.ringIndex(forDistance: kilometres * 1000).map { rings.radiiKilometres[$0] }
        }
        if let country = incident.country {
            annotation.region = try regions?.region(containing: point, country: country)
        }
        annotation.nearest = try gazetteer?.nearestPlace(latitude: point.latitude, longitude: point.longitude,
                                                          country: incident.country)
        return annotation
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
