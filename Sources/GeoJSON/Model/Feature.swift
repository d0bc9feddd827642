/// An RFC 7946 Feature. A nil `geometry` is written as `"geometry": null` (an unlocated
/// feature); nil `properties` as `"properties": null`.
public struct Feature: Hashable, Sendable {
    public var id: FeatureID?
    public var geometry: Geometry?
    public var properties: JSONObject?
    /// `[west, south, east, north]` (or with min/max altitude: 6 numbers).
    public var bbox: [Double]?

    public init(id: FeatureID? = nil, geometry: Geometry?, properties: JSONObject? = [:], bbox: [Double]? = nil) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
        self.bbox = bbox
    }
}

extension Feature: Codable {
    /// Decodes and validates a Feature object as `GeoJSONReader` does.
    public init(from decoder: any Decoder) throws {
        self = try GeoJSONDecoding.decodeThroughCodable(decoder, GeoJSONDecoding.feature)
    }

    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }

    var jsonValue: JSONValue {
        var object: JSONObject = ["type": "Feature"]
        switch id {
        case .string(let s): object["id"] = .string(s)
        case .number(let n): object["id"] = .integer(n)
        case nil: break
        }
        if let bbox { object["bbox"] = .array(bbox.map(JSONValue.number)) }
        object["geometry"] = geometry?.jsonValue ?? .null
        object["properties"] = properties.map(JSONValue.object) ?? .null
        return .object(object)
    }
}
