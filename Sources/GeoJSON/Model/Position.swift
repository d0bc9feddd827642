/// A WGS 84 position: longitude and latitude in degrees, optional altitude in metres.
public struct Position: Hashable, Sendable {
    public var longitude: Double
    public var latitude: Double
    public var altitude: Double?

    public init(longitude: Double, latitude: Double, altitude: Double? = nil) {
        self.longitude = longitude
        self.latitude = latitude
        self.altitude = altitude
    }
}

extension Position: Codable {
    /// Decodes `[longitude, latitude]` or `[longitude, latitude, altitude]`, validated as `GeoJSONReader` does.
    public init(from decoder: any Decoder) throws {
        self = try GeoJSONDecoding.decodeThroughCodable(decoder, GeoJSONDecoding.position)
    }

    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }

    var jsonValue: JSONValue {
        var numbers: [JSONValue] = [.number(longitude), .number(latitude)]
        if let altitude { numbers.append(.number(altitude)) }
        return .array(numbers)
    }
}
