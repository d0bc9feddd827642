import GeoJSON

/// Features that exercise every part of the model.
enum SampleFeatures {
    static func p(_ longitude: Double, _ latitude: Double, _ altitude: Double? = nil) -> Position {
        Position(longitude: longitude, latitude: latitude, altitude: altitude)
    }

    /// Counter-clockwise square around Ségou, as RFC 7946 wants exterior rings.
    static let exterior = [p(-6.5, 13.0), p(-6.0, 13.0), p(-6.0, 13.5), p(-6.5, 13.5), p(-6.5, 13.0)]
    /// Clockwise hole inside `exterior`.
    static let hole = [p(-6.4, 13.1), p(-6.4, 13.4), p(-6.1, 13.4), p(-6.1, 13.1), p(-6.4, 13.1)]

    /// Properties of every JSONValue kind, in a deliberate (non-alphabetical) order.
    static let richProperties: JSONObject = [
        "name": "Ségou",
        "region": "Tombouctou",
        "note": "line 1\nline 2\ttab \u{1}\u{1F} \"quoted\" back\\slash / 🌍",
        "killed": 12,
        "big": .integer(Int64.max),
        "small": .integer(Int64.min),
        "distance_km": 236.25,
        "integral_double": 3.0,
        "tiny": 1e-9,
        "huge": 1e21,
        "negative": -0.5,
        "located": true,
        "verified": false,
        "injured": nil,
        "actors": ["JNIM", 2, nil, ["nested"]],
        "location": ["name": "Diafarabé", "precision": 1, "anchor": ["lat": 14.16, "lon": -5.0]],
        "empty_object": .object([:]),
        "empty_array": [],
    ]

    static let everyGeometry = FeatureCollection(
        features: [
            Feature(id: 1, geometry: .point(p(-8.0029, 12.6392)), properties: richProperties),
            Feature(id: "ml-2", geometry: .multiPoint([p(-3.0074, 16.7735), p(0.0, 0.0)]), properties: ["name": "Tombouctou"]),
            Feature(geometry: .lineString([p(-4.0, 14.5, 270.5), p(-3.5, 15.0, 300.0)]), properties: ["kind": "road"]),
            Feature(geometry: .multiLineString([[p(1.0, 2.0), p(3.0, 4.0)], [p(-180.0, -90.0), p(180.0, 90.0)]])),
            Feature(id: 4, geometry: .polygon([exterior, hole]), properties: ["name": "Ségou"], bbox: [-6.5, 13.0, -6.0, 13.5]),
            Feature(geometry: .multiPolygon([[exterior], [[p(2.0, 13.0), p(2.5, 13.0), p(2.5, 13.5), p(2.0, 13.0)]]])),
            Feature(geometry: .geometryCollection([.point(p(2.1125, 13.5116)), .lineString([p(2.0, 13.0), p(2.2, 13.2)])])),
            Feature(id: .number(Int64.min), geometry: nil, properties: nil),
            Feature(id: "", geometry: nil, properties: [:]),
        ],
        bbox: [-180.0, -90.0, 180.0, 90.0]
    )
}
