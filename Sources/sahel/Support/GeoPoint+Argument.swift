import ArgumentParser
import Spatial

/// Parses a `lat,lon` argument, keeping the reason it is wrong ("latitude 95.0 is outside -90...90").
func parseGeoPoint(_ text: String) throws -> GeoPoint {
    do {
        return try GeoPoint(parsing: text)
    } catch {
        throw ValidationError("'\(text)': \(error) (write coordinates as lat,lon, e.g. 12.6392,-8.0029)")
    }
}
