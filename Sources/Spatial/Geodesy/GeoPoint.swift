/// A WGS 84 position in degrees, validated on construction.
public struct GeoPoint: Hashable, Sendable, CustomStringConvertible {
    public let latitude: Double
    public let longitude: Double

    /// Throws `CoordinateError` for NaN or infinite values, |latitude| > 90 or |longitude| > 180.
    public init(latitude: Double, longitude: Double) throws {
        guard latitude.isFinite else { throw CoordinateError(message: "latitude \(latitude) is not a finite number") }
        guard longitude.isFinite else { throw CoordinateError(message: "longitude \(longitude) is not a finite number") }
        guard (-90.0...90.0).contains(latitude) else {
            throw CoordinateError(message: "latitude \(latitude) is outside -90...90")
        }
        guard (-180.0...180.0).contains(longitude) else {
            throw CoordinateError(message: "longitude \(longitude) is outside -180...180")
        }
        self.latitude = latitude
        self.longitude = longitude
    }

    /// For results of our own computations (geodesic direct, projection inverse), already in range.
    init(unchecked latitude: Double, _ longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Parses `"lat,lon"`, e.g. `"12.6392,-8.0029"` or `"12.6392, -8.0029"` (latitude first).
    ///
    /// Taken as one string because command-line parsers read `-8.0029` as a flag.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw CoordinateError(message: "expected \"latitude,longitude\" such as \"12.6392,-8.0029\", got \"\(text)\"")
        }
        let latText = parts[0].trimmingWhitespace
        let lonText = parts[1].trimmingWhitespace
        guard let latitude = Double(latText) else {
            throw CoordinateError(message: "latitude \"\(latText)\" is not a number (in \"\(text)\")")
        }
        guard let longitude = Double(lonText) else {
            throw CoordinateError(message: "longitude \"\(lonText)\" is not a number (in \"\(text)\")")
        }
        try self.init(latitude: latitude, longitude: longitude)
    }

    /// `"lat,lon"`, the same form `init(parsing:)` reads.
    public var description: String { "\(latitude),\(longitude)" }

    /// The GEOS/GeoJSON axis order: x = longitude, y = latitude.
    public var coordinate: Coordinate { Coordinate(x: longitude, y: latitude) }
}

extension Substring {
    fileprivate var trimmingWhitespace: Substring {
        var s = self
        while let first = s.first, first.isWhitespace { s = s.dropFirst() }
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return s
    }
}
