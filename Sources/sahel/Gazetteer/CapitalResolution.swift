import Foundation
import Gazetteer
import Spatial

/// The capital `annotate` measures from: `lat,lon`, a country code (its capital in the gazetteer), or a
/// place name (the gazetteer's best match).
enum CapitalResolution {
    static let bamako = (name: "Bamako", latitude: 12.6392, longitude: -8.0029)

    static func resolve(_ text: String?, gazetteer: String?) throws -> (point: GeoPoint, name: String) {
        try resolve(text, in: try GazetteerLocation.open(gazetteer))
    }

    /// As `resolve(_:gazetteer:)`, in a gazetteer already open (asked for only when `text` names a place).
    static func resolve(_ text: String?, in gazetteer: @autoclosure () throws -> GazetteerStore) throws -> (point: GeoPoint, name: String) {
        guard let text else {
            return (try GeoPoint(latitude: bamako.latitude, longitude: bamako.longitude), bamako.name)
        }
        if text.contains(",") {
            // Coordinates; when invalid, say why rather than searching for a place named "95,1".
            do {
                return (try GeoPoint(parsing: text), text)
            } catch {
                throw CommandFailure(status: ExitStatus.usage, description: "--capital '\(text)': \(error)")
            }
        }
        let store = try gazetteer()
        let place: GazetteerPlace? = try GazetteerQueries.run {
            if text.count == 2, text == text.uppercased(), let capital = try store.capital(ofCountry: text) { return capital }
            var options = LookupOptions()
            options.limit = 1
            return try store.lookup(text, options: options).first?.place
        }
        guard let place else {
            throw CommandFailure(status: ExitStatus.usage, description: "--capital '\(text)': no such place or country in the gazetteer")
        }
        return (try GeoPoint(latitude: place.latitude, longitude: place.longitude), "\(place.name) (\(place.country))")
    }
}
