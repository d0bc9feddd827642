import Foundation
import Testing
import GeoJSON

@Suite("RFC 7946 output")
struct RFC7946OutputTests {
    /// Twice the shoelace signed area; positive for counter-clockwise.
    private func signedArea(_ ring: [Position]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0.longitude * $1.1.latitude - $1.1.longitude * $1.0.latitude }
    }

    private func writeAndRead(_ features: [Feature]) throws -> (text: String, collection: FeatureCollection) {
        let directory = try TemporaryDirectory()
        let url = directory.file("out.geojson")
        let writer = try GeoJSONWriter(destination: .file(url), layout: .featureCollection)
        for feature in features { try writer.write(feature) }
        try writer.finish()
        return (try String(contentsOf: url, encoding: .utf8), try GeoJSONReader.readFeatureCollection(contentsOf: url))
    }

    @Test("no crs member, even when the input had one")
    func noCRS() throws {
        let input = #"""
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},
         "features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-8.0029,12.6392]},"properties":{"name":"Bamako"}}]}
        """#
        let collection = try GeoJSONReader.decodeFeatureCollection(from: Data(input.utf8))
        let (text, _) = try writeAndRead(collection.features + SampleFeatures.everyGeometry.features)
        #expect(!text.contains("crs"))
        #expect(text.hasPrefix(#"{"type":"FeatureCollection","features":["#))
    }

    @Test("coordinates have at most 6 decimals")
    func sixDecimals() throws {
        let p = { (lon: Double, lat: Double) in Position(longitude: lon, latitude: lat, altitude: 1.123456789) }
        let features = [
            Feature(geometry: .point(p(-8.002912345678, 12.639212345678))),
            Feature(geometry: .lineString([p(1.0 / 3.0, 2.0 / 3.0), p(-0.1 + -0.2, 89.99999999)])),
            Feature(geometry: .polygon([[p(0.1234567, 0.7654321), p(1.1111111, 0.2222222), p(1.3333333, 1.4444444), p(0.1234567, 0.7654321)]])),
        ]
        let (text, _) = try writeAndRead(features)
        let coordinates = try Regex(#""coordinates":([-0-9.,\[\]]+)"#)
        let number = try Regex(#"^-?(0|[1-9][0-9]*)(\.[0-9]{1,6})?$"#)
        var checked = 0
        for match in text.matches(of: coordinates) {
            let list = match.output[1].substring ?? ""
            for token in list.split(whereSeparator: { "[],".contains($0) }) {
                #expect(String(token).wholeMatch(of: number) != nil, "\(token) has more than 6 decimals")
                checked += 1
            }
        }
        #expect(checked == 3 + 2 * 3 + 4 * 3)  // point, line, ring: 3 numbers a position
        #expect(text.contains("[-8.002912,12.639212,1.123457]"))
    }

    @Test("a clockwise exterior ring is written counter-clockwise and a counter-clockwise hole clockwise")
    func ringOrientation() throws {
        let clockwiseExterior = SampleFeatures.exterior.reversed() as [Position]
        let counterClockwiseHole = SampleFeatures.hole.reversed() as [Position]
        #expect(signedArea(clockwiseExterior) < 0)
        #expect(signedArea(counterClockwiseHole) > 0)

        let (_, collection) = try writeAndRead([
            Feature(geometry: .polygon([clockwiseExterior, counterClockwiseHole])),
            Feature(geometry: .multiPolygon([[clockwiseExterior, counterClockwiseHole], [SampleFeatures.exterior]])),
        ])
        guard case .polygon(let rings)? = collection.features[0].geometry,
            case .multiPolygon(let polygons)? = collection.features[1].geometry
        else {
            Issue.record("geometries did not read back as a Polygon and a MultiPolygon")
            return
        }
        #expect(signedArea(rings[0]) > 0)
        #expect(signedArea(rings[1]) < 0)
        #expect(rings == [SampleFeatures.exterior, SampleFeatures.hole])
        #expect(polygons == [[SampleFeatures.exterior, SampleFeatures.hole], [SampleFeatures.exterior]])
    }

    @Test("unlocated features have a null geometry; the fast path writes the same bytes as a Feature")
    func fastPathMatchesFeature() {
        let encoder = FeatureEncoder()
        var fast = JSONBytes()
        encoder.beginPointFeature(longitude: -8.0029, latitude: 12.6392, into: &fast)
        FeatureEncoder.appendPropertyKey("name", first: true, into: &fast)
        fast.appendString("Bamako")
        FeatureEncoder.appendPropertyKey("killed", first: false, into: &fast)
        fast.appendInteger(2)
        encoder.endFeature(into: &fast)
        encoder.beginNullGeometryFeature(into: &fast)
        FeatureEncoder.appendPropertyKey("country", first: true, into: &fast)
        fast.appendString("ML")
        encoder.endFeature(into: &fast)

        var slow = JSONBytes()
        encoder.encode(Feature(geometry: .point(Position(longitude: -8.0029, latitude: 12.6392)), properties: ["name": "Bamako", "killed": 2]), into: &slow)
        encoder.encode(Feature(geometry: nil, properties: ["country": "ML"]), into: &slow)
        #expect(String(decoding: fast.bytes, as: UTF8.self) == String(decoding: slow.bytes, as: UTF8.self))
        #expect(String(decoding: fast.bytes, as: UTF8.self).hasSuffix(#"{"type":"Feature","geometry":null,"properties":{"country":"ML"}}"#))
    }

    @Test("the collection bbox is written in the header")
    func bboxInHeader() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("bbox.geojson")
        let writer = try GeoJSONWriter(destination: .file(url), layout: .featureCollection, bbox: [-12.2, 10.15, 4.25, 25.0])
        try writer.finish()
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasPrefix(#"{"type":"FeatureCollection","bbox":[-12.2,10.15,4.25,25],"features":["#))
        #expect(try GeoJSONReader.readFeatureCollection(contentsOf: url) == FeatureCollection(features: [], bbox: [-12.2, 10.15, 4.25, 25]))
    }
}
