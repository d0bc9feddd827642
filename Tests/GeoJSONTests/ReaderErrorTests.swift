import Foundation
import Testing
import GeoJSON

@Suite("Reader errors carry JSON paths")
struct ReaderErrorTests {
    private static let validPoint = #"{"type":"Feature","geometry":{"type":"Point","coordinates":[-8.0029,12.6392]},"properties":{}}"#

    /// Decodes a collection whose features are `features` (JSON texts) and returns the error.
    private func error(features: String...) -> GeoJSONError? {
        error(collection: #"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#)
    }

    private func error(collection: String) -> GeoJSONError? {
        do {
            _ = try GeoJSONReader.decodeFeatureCollection(from: Data(collection.utf8), file: "test.geojson")
            return nil
        } catch let error as GeoJSONError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    private func feature(geometry: String) -> String {
        #"{"type":"Feature","geometry":\#(geometry),"properties":null}"#
    }

    @Test("an unclosed ring names the ring")
    func unclosedRing() {
        let polygon = feature(geometry: #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#)
        let found = error(features: Self.validPoint, polygon)
        #expect(found?.path == "features[1].geometry.coordinates[0]")
        #expect(found?.message == "linear ring is not closed (first position != last)")
        #expect(found?.file == "test.geojson")
        #expect(found?.description == "test.geojson: features[1].geometry.coordinates[0]: linear ring is not closed (first position != last)")
    }

    @Test("a ring of 3 positions is too short")
    func shortRing() {
        let polygon = feature(geometry: #"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[0,0],[1,1],[0,0]]]]}"#)
        let found = error(features: polygon)
        #expect(found?.path == "features[0].geometry.coordinates[1][0]")
        #expect(found?.message.contains("at least 4") == true)
    }

    @Test("a position with one number")
    func positionWithOneNumber() {
        let found = error(features: feature(geometry: #"{"type":"LineString","coordinates":[[1,2],[3]]}"#))
        #expect(found?.path == "features[0].geometry.coordinates[1]")
        #expect(found?.message.hasPrefix("position has 1 number; 2 or 3 are required") == true)
    }

    @Test("latitude 95 is out of range")
    func latitudeOutOfRange() {
        let found = error(features: Self.validPoint, Self.validPoint, feature(geometry: #"{"type":"Point","coordinates":[-3.0,95]}"#))
        #expect(found?.path == "features[2].geometry.coordinates")
        #expect(found?.message == "latitude 95 is outside -90...90")
    }

    @Test("longitude 181 and non-numbers in positions")
    func badLongitude() {
        #expect(error(features: feature(geometry: #"{"type":"Point","coordinates":[181,0]}"#))?.message == "longitude 181 is outside -180...180")
        #expect(error(features: feature(geometry: #"{"type":"Point","coordinates":["1",0]}"#))?.message == "longitude must be a number, found string")
    }

    @Test("an unknown geometry type")
    func unknownGeometryType() {
        let found = error(features: feature(geometry: #"{"type":"Circle","coordinates":[0,0]}"#))
        #expect(found?.path == "features[0].geometry.type")
        #expect(found?.message == #"unknown geometry type "Circle""#)
    }

    @Test("features that are not an array")
    func featuresNotAnArray() {
        let found = error(collection: #"{"type":"FeatureCollection","features":{"0":{}}}"#)
        #expect(found?.path == "features")
        #expect(found?.message == "expected an array of Feature objects, found object")
        #expect(error(collection: #"{"type":"FeatureCollection"}"#)?.message == #"missing member "features""#)
        #expect(error(collection: #"{"type":"Feature","geometry":null,"properties":{}}"#)?.path == "type")
        #expect(error(collection: "[]")?.path == "$")
    }

    @Test("other rules: line length, properties, ids, bbox, geometry collections")
    func otherRules() {
        #expect(error(features: feature(geometry: #"{"type":"LineString","coordinates":[[0,0]]}"#))?.path == "features[0].geometry.coordinates")
        #expect(error(features: #"{"type":"Feature","geometry":null,"properties":[1]}"#)?.path == "features[0].properties")
        #expect(error(features: #"{"type":"Feature","id":1.5,"geometry":null}"#)?.path == "features[0].id")
        #expect(error(features: #"{"type":"Feature","bbox":[1,2,3],"geometry":null}"#)?.path == "features[0].bbox")
        let nested = feature(geometry: #"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[0,0]},{"type":"Point"}]}"#)
        #expect(error(features: nested)?.path == "features[0].geometry.geometries[1]")
        #expect(error(features: nested)?.message == #"missing member "coordinates""#)
    }

    @Test("invalid JSON names the file, the line and the column")
    func invalidJSON() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("broken.geojson")
        try Data("{\"type\": \"FeatureCollection\",\n \"features\": [\n   {\"type\": \"Feature\" \"geometry\": null}\n]}\n".utf8).write(to: url)
        do {
            _ = try GeoJSONReader.readFeatureCollection(contentsOf: url)
            Issue.record("expected an error")
        } catch let error as GeoJSONError {
            #expect(error.file == url.path)
            #expect(error.path == "$")
            #expect(error.message == "invalid JSON at line 3, column 23: expected ',' or '}' after object member, found '\"'")
            #expect(error.description.hasPrefix("\(url.path): $: invalid JSON at line 3"))
        }
    }

    @Test("malformed JSON details", arguments: [
        ("", "unexpected end of input"),
        ("{\"a\":01}", "leading zeros"),
        ("[1,]", "expected a value"),
        ("\"\u{1}\"", "unescaped control character U+0001"),
        ("\"\\ud800\"", "unpaired surrogate"),
        ("[1e999]", "out of range"),
        ("{} {}", "after the JSON value"),
        (String(repeating: "[", count: 600), "nesting is deeper than 512"),
    ])
    func malformedJSON(text: String, expected: String) {
        let found = error(collection: text)
        #expect(found?.message.contains(expected) == true, "\(String(describing: found))")
    }

    @Test("invalid UTF-8 is an error, not mojibake")
    func invalidUTF8() {
        var bytes = Array(#"{"type":"FeatureCollection","features":[],"name":"Kabat"#.utf8)
        bytes += [0xC3, 0x28, UInt8(ascii: "\""), UInt8(ascii: "}")]
        #expect(throws: GeoJSONError.self) { try GeoJSONReader.decodeFeatureCollection(from: Data(bytes)) }
    }

    @Test("an unreadable file names the file")
    func missingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/admin1.geojson")
        #expect {
            try GeoJSONReader.readFeatureCollection(contentsOf: url)
        } throws: { error in
            guard let error = error as? GeoJSONError else { return false }
            return error.file == url.path && error.path == "$" && error.message == "cannot open file: No such file or directory (errno 2)"
        }
    }

    @Test("a directory is not a file, and says so")
    func directoryInsteadOfFile() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: GeoJSONError(file: directory.url.path, path: "$", message: "cannot read file: Is a directory (errno 21)")) {
            try GeoJSONReader.readFeatureCollection(contentsOf: directory.url)
        }
    }

    @Test("sequence errors give the feature index and the file line")
    func sequenceErrors() {
        let text = "\(Self.validPoint)\n\n\u{1E}\(Self.validPoint)\n{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,91]}}\n"
        #expect(throws: GeoJSONError(file: nil, path: "[2].geometry.coordinates", message: "latitude 91 is outside -90...90")) {
            try GeoJSONReader.decodeFeatureSequence(from: Data(text.utf8))
        }
        #expect(throws: GeoJSONError(file: nil, path: "[1]", message: "invalid JSON at line 2, column 2: expected a string key, found end of input")) {
            try GeoJSONReader.decodeFeatureSequence(from: Data("\(Self.validPoint)\n{\n".utf8))
        }
    }

    @Test("Codable decoding applies the same rules")
    func codableValidates() {
        let ring = Data(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Geometry.self, from: ring) }
    }

    @Test("the Sahel admin-1 boundaries read: 62 MultiPolygons with a name")
    func admin1Sahel() throws {
        let url = URL(fileURLWithPath: "/work/shared/bench/data/admin1_sahel.geojson")
        try #require(FileManager.default.fileExists(atPath: url.path), "missing \(url.path)")
        let collection = try GeoJSONReader.readFeatureCollection(contentsOf: url)
        #expect(collection.features.count == 62)
        #expect(collection.features[0].properties?["name"]?.stringValue != nil)
        #expect(collection.features[0].properties?["name"] == "Balé")
        #expect(collection.features.allSatisfy { if case .multiPolygon? = $0.geometry { true } else { false } })
    }
}
