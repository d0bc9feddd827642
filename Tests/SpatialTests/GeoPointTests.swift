import Testing
import Spatial

@Suite("GeoPoint")
struct GeoPointTests {
    @Test func parsesLatLon() throws {
        let p = try GeoPoint(parsing: "12.6392,-8.0029")
        #expect(p.latitude == 12.6392)
        #expect(p.longitude == -8.0029)
        #expect(try GeoPoint(parsing: " 12.6392 ,  -8.0029 ") == p)
        #expect(p.description == "12.6392,-8.0029")
        #expect(try GeoPoint(parsing: p.description) == p)
        #expect(p.coordinate == Coordinate(x: -8.0029, y: 12.6392))
    }

    @Test(arguments: ["", "12.6", "12.6,-8,3", "abc,-8", "12.6,", "12.6;-8"])
    func rejectsMalformedText(_ text: String) throws {
        let error = try #require(throws: CoordinateError.self) { try GeoPoint(parsing: text) }
        #expect(error.message.contains("\"") || error.message.contains("number"))
    }

    @Test func rejectsOutOfRange() throws {
        #expect(try #require(throws: CoordinateError.self) { try GeoPoint(parsing: "95,0") }.message
                    == "latitude 95.0 is outside -90...90")
        #expect(try #require(throws: CoordinateError.self) { try GeoPoint(latitude: 0, longitude: -181) }.message
                    == "longitude -181.0 is outside -180...180")
        #expect(throws: CoordinateError.self) { try GeoPoint(latitude: 0, longitude: .infinity) }
        #expect(throws: CoordinateError.self) { try GeoPoint(parsing: "nan,0") }
        #expect(try GeoPoint(latitude: -90, longitude: 180).latitude == -90)
    }
}
