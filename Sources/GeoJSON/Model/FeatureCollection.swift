/// An RFC 7946 FeatureCollection.
public struct FeatureCollection: Hashable, Sendable {
    public var features: [Feature]
    /// `[west, south, east, north]` (or with min/max altitude: 6 numbers).
    public var bbox: [Double]?

    public init(features: [Feature], bbox: [Double]? = nil) {
        self.features = features
        self.bbox = bbox
    }
}

extension FeatureCollection: Codable {
    /// Decodes and validates a FeatureCollection object as `GeoJSONReader` does.
    public init(from decoder: any Decoder) throws {
        self = try GeoJSONDecoding.decodeThroughCodable(decoder, GeoJSONDecoding.featureCollection)
    }

    public func encode(to encoder: any Encoder) throws {
        var object: JSONObject = ["type": "FeatureCollection"]
        if let bbox { object["bbox"] = .array(bbox.map(JSONValue.number)) }
        object["features"] = .array(features.map(\.jsonValue))
        try JSONValue.object(object).encode(to: encoder)
    }
}
