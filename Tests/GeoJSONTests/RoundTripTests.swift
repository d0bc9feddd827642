import Foundation
import Testing
import GeoJSON

@Suite("Round trip: write then read back")
struct RoundTripTests {
    @Test("a FeatureCollection with every geometry type and value kind reads back equal")
    func featureCollectionRoundTrip() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("every.geojson")
        let writer = try GeoJSONWriter(destination: .file(url), layout: .featureCollection, bbox: SampleFeatures.everyGeometry.bbox)
        for feature in SampleFeatures.everyGeometry.features { try writer.write(feature) }
        try writer.finish()
        #expect(writer.featureCount == SampleFeatures.everyGeometry.features.count)

        let readBack = try GeoJSONReader.readFeatureCollection(contentsOf: url)
        #expect(readBack == SampleFeatures.everyGeometry)
        // Key order is the writer's, which is the caller's.
        #expect(readBack.features[0].properties?.keys == SampleFeatures.richProperties.keys)
    }

    @Test("integer ids and integer properties stay integers")
    func integersStayIntegers() throws {
        var out = JSONBytes()
        FeatureEncoder().encode(SampleFeatures.everyGeometry.features[0], into: &out)
        let text = String(decoding: out.bytes, as: UTF8.self)
        #expect(text.contains(#""id":1,"#))
        #expect(text.contains(#""killed":12,"#))
        #expect(text.contains(#""big":9223372036854775807,"#))
        #expect(text.contains(#""integral_double":3.0,"#))

        let collection = try GeoJSONReader.decodeFeatureCollection(from: Data(#"{"type":"FeatureCollection","features":[\#(text)]}"#.utf8))
        #expect(collection.features[0].id == .number(1))
        #expect(collection.features[0].properties?["killed"] == .integer(12))
        #expect(collection.features[0].properties?["integral_double"] == .number(3.0))
    }

    @Test("the sequence layout reads back equal, one feature per line")
    func sequenceRoundTrip() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("every.geojsonl")
        let writer = try GeoJSONWriter(destination: .file(url), layout: .sequence)
        for feature in SampleFeatures.everyGeometry.features { try writer.write(feature) }
        try writer.finish()

        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.split(separator: "\n").count == SampleFeatures.everyGeometry.features.count)
        #expect(text.hasSuffix("}\n"))
        #expect(try GeoJSONReader.readFeatureSequence(contentsOf: url) == SampleFeatures.everyGeometry.features)
    }

    @Test("coordinates read back rounded to 6 decimals")
    func coordinatesAreRounded() throws {
        let original = Position(longitude: -8.002912345678, latitude: 12.639249999999, altitude: 301.1234567)
        var out = JSONBytes()
        FeatureEncoder().encode(Feature(geometry: .point(original)), into: &out)
        let collection = try GeoJSONReader.decodeFeatureCollection(from: Data(#"{"type":"FeatureCollection","features":[\#(String(decoding: out.bytes, as: UTF8.self))]}"#.utf8))
        let rounded = { (v: Double) in (v * 1e6).rounded() / 1e6 }
        #expect(collection.features[0].geometry == .point(Position(longitude: rounded(original.longitude), latitude: rounded(original.latitude), altitude: rounded(301.1234567))))
    }

    @Test("Codable through JSONEncoder and JSONDecoder keeps the model")
    func codableRoundTrip() throws {
        let data = try JSONEncoder().encode(SampleFeatures.everyGeometry)
        let decoded = try JSONDecoder().decode(FeatureCollection.self, from: data)
        #expect(decoded.features.count == SampleFeatures.everyGeometry.features.count)
        #expect(decoded.features.map(\.geometry) == SampleFeatures.everyGeometry.features.map(\.geometry))
        #expect(decoded.features.map(\.id) == SampleFeatures.everyGeometry.features.map(\.id))
    }
}
