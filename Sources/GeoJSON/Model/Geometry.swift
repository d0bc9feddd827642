/// An RFC 7946 geometry. Rings and lines are arrays of positions; a polygon's first ring is
/// its exterior, the others are holes.
public indirect enum Geometry: Hashable, Sendable {
    case point(Position)
    case multiPoint([Position])
    case lineString([Position])
    case multiLineString([[Position]])
    case polygon([[Position]])
    case multiPolygon([[[Position]]])
    case geometryCollection([Geometry])
}

extension Geometry {
    /// The GeoJSON `type` name ("Point", "MultiPolygon", ...).
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .multiPoint: "MultiPoint"
        case .lineString: "LineString"
        case .multiLineString: "MultiLineString"
        case .polygon: "Polygon"
        case .multiPolygon: "MultiPolygon"
        case .geometryCollection: "GeometryCollection"
        }
    }
}

extension Geometry: Codable {
    /// Decodes and validates a geometry object as `GeoJSONReader` does.
    public init(from decoder: any Decoder) throws {
        self = try GeoJSONDecoding.decodeThroughCodable(decoder, GeoJSONDecoding.geometry)
    }

    /// Encodes with rings oriented per RFC 7946 (exterior counter-clockwise, holes clockwise);
    /// numbers are not rounded here: use `FeatureEncoder` for that.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }

    var jsonValue: JSONValue {
        func line(_ positions: [Position]) -> JSONValue { .array(positions.map(\.jsonValue)) }
        func polygon(_ rings: [[Position]]) -> JSONValue {
            .array(rings.enumerated().map { i, ring in
                line(RingOrientation.needsReversal(ring, exterior: i == 0) ? ring.reversed() : ring)
            })
        }
        let coordinates: JSONValue
        switch self {
        case .point(let p): coordinates = p.jsonValue
        case .multiPoint(let ps), .lineString(let ps): coordinates = line(ps)
        case .multiLineString(let lines): coordinates = .array(lines.map(line))
        case .polygon(let rings): coordinates = polygon(rings)
        case .multiPolygon(let polygons): coordinates = .array(polygons.map(polygon))
        case .geometryCollection(let geometries):
            return ["type": "GeometryCollection", "geometries": .array(geometries.map(\.jsonValue))]
        }
        return ["type": .string(typeName), "coordinates": coordinates]
    }
}
