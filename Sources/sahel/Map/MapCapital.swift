import Gazetteer
import MapRendering

/// The capital of the map: `--capital` (lat,lon, a country code or a place name, as for `sahel annotate`),
/// else the capital of the country most incidents are in (ties: the first code alphabetically), else Bamako.
enum MapCapital {
    /// - Parameter gazetteer: opened only when the capital is given by name or country.
    static func resolve(_ text: String?, incidents: [IncidentMark],
                        gazetteer: @autoclosure () throws -> GazetteerStore) throws -> CapitalMark {
        let request = text ?? mostFrequentCountry(incidents)
        let (point, name) = try CapitalResolution.resolve(request, in: try gazetteer())
        return CapitalMark(name: name, point: MapPoint(latitude: point.latitude, longitude: point.longitude))
    }

    static func mostFrequentCountry(_ incidents: [IncidentMark]) -> String? {
        var counts: [String: Int] = [:]
        for incident in incidents {
            if let country = incident.country, country.count == 2 { counts[country.uppercased(), default: 0] += 1 }
        }
        return counts.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
    }
}
