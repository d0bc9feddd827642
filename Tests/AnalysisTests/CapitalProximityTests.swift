import Foundation
import GeoJSON
import Spatial
import TestSupport
import Testing
@testable import Analysis

@Suite("Capital proximity and regions")
struct CapitalProximityTests {
    static let admin1 = TestPaths.shared.appendingPathComponent("bench/data/admin1_sahel.geojson")

    @Test func distancesBearingsAndRingsFromBamako() throws {
        let bamako = try GeoPoint(latitude: 12.6392, longitude: -8.0029)
        let proximity = CapitalProximity(capital: bamako, rings: try DistanceRings(kilometres: [50, 100, 200, 300, 500]))
        // Kati, Ségou, Niamey and a row without coordinates.
        let (d, b) = proximity.measure(latitudes: [12.7441, 13.440436, 13.5116, .nan], longitudes: [-8.0726, -6.272323, 2.1254, .nan])
        #expect(abs(d[0] - 13_856) < 1)
        #expect(b[0] > 315 && b[0] < 337.5)   // NW, as 0..<360
        #expect(b[1] > 0 && b[1] < 90)
        #expect(d[2] > 1_000_000)
        #expect(d[3].isNaN)
        #expect(proximity.ringIndices(distances: d) == [0, 3, -1, -1])
    }

    @Test func regionsOfTheSahelAdmin1File() throws {
        let collection = try GeoJSONReader.readFeatureCollection(contentsOf: Self.admin1)
        let regions = try RegionSet(collection: collection, file: "admin1")
        #expect(regions.names.count == 62)
        // Kati, Ouagadougou, Niamey, the Atlantic, and a row without coordinates.
        let found = try CapitalProximity.regionIndices(latitudes: [12.7441, 12.3714, 13.5116, 12.0, .nan],
                                                       longitudes: [-8.0726, -1.5197, 2.1254, -30.0, .nan], in: regions)
        #expect(found.map { $0 >= 0 ? regions.names[Int($0)] : nil } == ["Koulikoro", "Kadiogo", "Niamey", nil, nil])
    }

    @Test func badRegionFilesNameTheFeature() throws {
        func load(_ json: String) throws -> RegionSet {
            try RegionSet(collection: GeoJSONReader.decodeFeatureCollection(from: Data(json.utf8)), file: "r.geojson")
        }
        let square = #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"#
        #expect {
            try load(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"A"},"geometry":\#(square)},{"type":"Feature","properties":{"label":"B"},"geometry":\#(square)}]}"#)
        } throws: { ($0 as? RegionSet.LoadError)?.description.contains("features[1].properties") == true }
        #expect {
            try load(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"A"},"geometry":{"type":"Point","coordinates":[0,0]}}]}"#)
        } throws: { ($0 as? RegionSet.LoadError)?.description.contains("is a Point") == true }
        #expect {
            try load(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}}]}"#)
        } throws: { ($0 as? RegionSet.LoadError)?.description.contains("Self-intersection") == true }
        #expect(throws: RegionSet.LoadError.self) { try load(#"{"type":"FeatureCollection","features":[]}"#) }
    }
}
