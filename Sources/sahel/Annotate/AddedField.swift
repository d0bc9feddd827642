import Foundation
import Sites

/// The columns `sahel annotate` adds to each point.
enum AddedField: String, CaseIterable {
    case distance = "dist_km"
    case bearing = "bearing_deg"
    case ring
    case region
    case nearestSite = "nearest_site"
    case siteKm = "site_km"
    case siteBearing = "site_bearing_deg"
    case sitePhrase = "site_phrase"
    case siteAlert = "site_alert"
    case nearestRoute = "nearest_route"
    case routeKm = "route_km"
    case routeAtKm = "route_at_km"

    static let all = AddedField.allCases.map(\.rawValue).joined(separator: ",")
    /// Written unless `--fields` says otherwise.
    static let standard: [AddedField] = [.distance, .bearing, .ring, .region]
    static let sites: [AddedField] = [.nearestSite, .siteKm, .siteBearing, .sitePhrase, .siteAlert]
    static let routes: [AddedField] = [.nearestRoute, .routeKm, .routeAtKm]

    /// One site or route value of a row, for the CSV and JSON writers to spell each their way.
    enum SiteValue {
        case text(String)
        case kilometres(Double)
        case degrees(Double)
        case flag(Bool)
        case none
    }

    /// This field's value in `annotation`, for the site and route fields (`.none` for the others).
    func siteValue(_ annotation: SiteAnnotation?) -> SiteValue {
        guard let annotation else { return .none }
        func value<T>(_ v: T?, _ make: (T) -> SiteValue) -> SiteValue { v.map(make) ?? .none }
        switch self {
        case .nearestSite: return value(annotation.site?.name, SiteValue.text)
        case .siteKm: return value(annotation.site?.kilometres, SiteValue.kilometres)
        case .siteBearing: return value(annotation.site?.bearing, SiteValue.degrees)
        case .sitePhrase: return value(annotation.site?.phrase, SiteValue.text)
        case .siteAlert: return value(annotation.alert, SiteValue.flag)
        case .nearestRoute: return value(annotation.route?.name, SiteValue.text)
        case .routeKm: return value(annotation.route?.kilometres, SiteValue.kilometres)
        case .routeAtKm: return value(annotation.route?.atKilometres, SiteValue.kilometres)
        case .distance, .bearing, .ring, .region: return .none
        }
    }

    /// Parses "dist_km,ring,region", keeping the user's order.
    static func parseList(_ text: String) throws -> [AddedField] {
        var fields: [AddedField] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let field = AddedField(rawValue: name) else {
                throw CommandFailure(status: ExitStatus.usage,
                                     description: "--fields: '\(name)' is not one of \(all)")
            }
            if !fields.contains(field) { fields.append(field) }
        }
        return fields
    }
}
