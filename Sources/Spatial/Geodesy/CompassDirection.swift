import Foundation

/// Names of the 16 points of the compass.
public enum CompassDirection {
    static let names = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
                        "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]

    /// The nearest of the 16 points for an azimuth in degrees clockwise from north (any range,
    /// e.g. -10 is "N", 315 is "NW"). Each name covers 22.5°, centred on its direction; a
    /// non-finite azimuth gives "?".
    public static func name(forAzimuth degrees: Double) -> String {
        guard degrees.isFinite else { return "?" }
        var normalized = degrees.truncatingRemainder(dividingBy: 360)
        if normalized < 0 { normalized += 360 }
        let sector = Int((normalized + 11.25) / 22.5) % 16
        return names[sector]
    }

    /// "13.9 km NNW of Bamako": where a point lies from a named place, the distance with one decimal under
    /// 100 km and in whole kilometres beyond; "at Bamako" within 100 m, where a direction would be noise.
    /// `azimuth` is the bearing from the place to the point.
    public static func phrase(kilometres: Double, azimuth: Double, of name: String) -> String {
        if kilometres < 0.1 { return "at \(name)" }
        let distance = kilometres < 100 ? String(format: "%.1f", kilometres) : String(Int(kilometres.rounded()))
        return "\(distance) km \(Self.name(forAzimuth: azimuth)) of \(name)"
    }
}
