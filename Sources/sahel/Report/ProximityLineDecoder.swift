import Incidents
import Analysis
import Foundation
import Spatial

/// Reads the fields a proximity report needs from one line of the `sahel extract` contract: `date`,
/// `killed` and `location.lat`/`location.lon`. Everything else on the line is ignored, so a line from
/// `sahel incidents export --format jsonl` or from another tool that follows the contract reads as well.
///
/// A field that is present but wrong (a date that is no day, `killed` as a string, a latitude of 95) makes the
/// line a problem rather than an unlocated or undated incident: guessing would bias the counts silently.
enum ProximityLineDecoder {
    enum Outcome {
        case observation(ProximityObservation)
        /// What is wrong, naming the field: `location.lat: must be a number, found a string`.
        case problem(String)
    }

    private static let booleanType = type(of: NSNumber(value: true))

    static func decode(_ bytes: ArraySlice<UInt8>) -> Outcome {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return .problem("not valid JSON")
        }
        guard let object = value as? [String: Any] else { return .problem("not a JSON object") }

        var date: CivilDate?
        if let raw = present(object["date"]) {
            guard let text = raw as? String else { return .problem("date: must be a string YYYY-MM-DD or null") }
            do { date = try CivilDate(validating: text) } catch { return .problem("date: \(error.description)") }
        }

        var killed: Int?
        if let raw = present(object["killed"]) {
            guard let number = integer(raw), number >= 0 else {
                return .problem("killed: must be a whole number of at least 0, or null")
            }
            killed = number
        }

        var latitude: Double?, longitude: Double?
        if let raw = present(object["location"]) {
            guard let location = raw as? [String: Any] else { return .problem("location: must be an object or null") }
            guard let lat = number(location["lat"]) else { return .problem("location.lat: must be a number") }
            guard let lon = number(location["lon"]) else { return .problem("location.lon: must be a number") }
            do { _ = try GeoPoint(latitude: lat, longitude: lon) } catch { return .problem("location: \(error)") }
            latitude = lat
            longitude = lon
        }
        return .observation(ProximityObservation(date: date, killed: killed, latitude: latitude, longitude: longitude))
    }

    /// The value, or nil when absent or JSON `null`.
    private static func present(_ raw: Any?) -> Any? {
        guard let raw, !(raw is NSNull) else { return nil }
        return raw
    }

    private static func number(_ raw: Any?) -> Double? {
        guard let raw = present(raw), let number = raw as? NSNumber, type(of: number) != booleanType else { return nil }
        return number.doubleValue
    }

    private static func integer(_ raw: Any) -> Int? {
        guard let value = number(raw), value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }
}
