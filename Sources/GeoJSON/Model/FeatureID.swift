/// A feature's `id`: RFC 7946 allows a string or a number; numbers are kept as integers.
public enum FeatureID: Hashable, Sendable {
    case string(String)
    case number(Int64)
}

extension FeatureID: Codable {
    public init(from decoder: any Decoder) throws {
        self = try GeoJSONDecoding.decodeThroughCodable(decoder, GeoJSONDecoding.featureID)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let s): try container.encode(s)
        case .number(let n): try container.encode(n)
        }
    }
}

extension FeatureID: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .number(value) }
}
