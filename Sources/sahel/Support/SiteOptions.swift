import ArgumentParser
import Sites

/// `--sites`, `--routes` and `--alert-km`, shared by `sahel analyze`, `annotate` and `map`: the places the
/// user protects, each incident measured against them.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The user's sites: a CSV (name,lat,lon[,kind]) or a GeoJSON of Points with a name; each incident gets nearest_site, site_km, site_bearing_deg (from the site) and site_phrase (\"12.4 km NE of Mopti office\").",
        valueName: "file"))
    var sites: String?

    @Option(help: ArgumentHelp(
        "The user's routes: a GeoJSON of LineStrings or MultiLineStrings with a name; each incident gets nearest_route, route_km and route_at_km (kilometres along the route from its first vertex).",
        valueName: "file"))
    var routes: String?

    @Option(name: .customLong("alert-km"), help: ArgumentHelp(
        "With --sites: mark incidents within this many km of a site (site_alert: true).", valueName: "km"))
    var alertKm: Double?

    func validate() throws {
        if let alertKm {
            guard sites != nil else { throw ValidationError("--alert-km needs --sites") }
            guard alertKm.isFinite, alertKm > 0, alertKm <= 20_000 else {
                throw ValidationError("--alert-km must be a distance in km within 0 (excluded) and 20000, got \(alertKm)")
            }
        }
    }

    var isEmpty: Bool { sites == nil && routes == nil }

    /// The sites and routes read (errors exit 65 naming file, line or feature, and field); nil without either.
    func places() throws -> ProtectedPlaces? {
        if isEmpty { return nil }
        do {
            return ProtectedPlaces(sites: try sites.map { try SiteFile.read($0) },
                                   routes: try routes.map { try RouteFile.read($0) }, alertKilometres: alertKm)
        } catch let error as SiteFileError {
            throw error.kind == .unreadable ? CommandFailure.missingInput(error.description) : CommandFailure.badData(error.description)
        }
    }

    /// The incident fields these options add to the default output.
    var incidentFields: [IncidentField] {
        var fields: [IncidentField] = []
        if sites != nil { fields += IncidentField.sites.filter { $0 != .siteAlert || alertKm != nil } }
        if routes != nil { fields += IncidentField.routes }
        return fields
    }
}
