/// One field of the incident contract (DESIGN.md) as the flat formats name it (`name`): a CSV column, a GeoJSON
/// property (`lat`/`lon` being the geometry there), a member of the JSON line or of its `location` /
/// `evidence` objects. In contract order, which is the order they are written in; `url` and `title` are the
/// report's (a web page's or feed item's, written when it has them), `compass` on are `sahel analyze`'s, `nearest_site` on its `--sites` and `--routes`'. The
/// raw value is the position, so a set of fields is a bit mask.
enum IncidentField: Int, CaseIterable, Sendable {
    case docID, incidentID, date, datePrecision, eventType, subEventType, killed, injured, actors, country
    case locationName, lat, lon, precision, admin1, admin2, gazetteerID, anchorName, anchorLat, anchorLon, offsetKm
    case offsetBearingDeg, capital, distanceKm, bearingDeg, evidenceStart, evidenceEnd, evidenceText, sources, warnings
    case url, title
    case compass, ringKm, region, nearestPlace, nearestKm, nearestPhrase
    case nearestSite, siteKm, siteBearingDeg, sitePhrase, siteAlert, nearestRoute, routeKm, routeAtKm

    /// The name in the outputs and in `--fields`.
    var name: String { Self.names[rawValue] }

    init?(name: String) {
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: index)
    }

    private static let names = [
        "doc_id", "incident_id", "date", "date_precision", "event_type", "sub_event_type", "killed", "injured", "actors",
        "country", "location_name", "lat", "lon", "precision", "admin1", "admin2", "gazetteer_id", "anchor_name",
        "anchor_lat", "anchor_lon", "offset_km", "offset_bearing_deg", "capital", "distance_km", "bearing_deg",
        "evidence_start", "evidence_end", "evidence_text", "sources", "warnings", "url", "title",
        "compass", "ring_km", "region", "nearest_place", "nearest_km", "nearest_phrase",
        "nearest_site", "site_km", "site_bearing_deg", "site_phrase", "site_alert", "nearest_route", "route_km",
        "route_at_km",
    ]

    /// The fields the JSON line nests in `location`.
    static let location: [IncidentField] = [
        .locationName, .lat, .lon, .precision, .admin1, .admin2, .gazetteerID, .anchorName, .anchorLat, .anchorLon,
        .offsetKm, .offsetBearingDeg,
    ]
    /// The fields the JSON line nests in `evidence`.
    static let evidence: [IncidentField] = [.evidenceStart, .evidenceEnd, .evidenceText]
    /// The report's own, from `sahel extract` and `sahel analyze` (the store does not keep them).
    static let document: [IncidentField] = [.url, .title]
    /// What `sahel analyze` adds after the contract's fields.
    static let surroundings: [IncidentField] = [.compass, .ringKm, .region, .nearestPlace, .nearestKm, .nearestPhrase]
    /// What `--sites` adds (with `site_alert` only under `--alert-km`), and `--routes`.
    static let sites: [IncidentField] = [.nearestSite, .siteKm, .siteBearingDeg, .sitePhrase, .siteAlert]
    static let routes: [IncidentField] = [.nearestRoute, .routeKm, .routeAtKm]
}
