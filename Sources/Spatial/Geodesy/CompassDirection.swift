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
}
