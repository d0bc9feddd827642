import Testing
@testable import Spatial

@Suite("GEOS errors")
struct GEOSErrorTests {
    let context: GEOSContext

    init() throws {
        context = try GEOSContext()
    }

    @Test func badWKTCarriesGEOSParseMessage() throws {
        let error = try #require(throws: GEOSError.self) { try Geometry(wkt: "POLYGON((0 0, 1 0", context: context) }
        #expect(error.kind == .parse)
        #expect(error.message.hasPrefix("ParseException:"))
        #expect(error.function == "GEOSWKTReader_read_r")
    }

    @Test func unknownWordIsAParseError() throws {
        let error = try #require(throws: GEOSError.self) { try Geometry(wkt: "BLOB(1 2)", context: context) }
        #expect(error.kind == .parse)
        #expect(error.message.contains("BLOB"))
    }

    @Test func badWKBIsAParseError() throws {
        let error = try #require(throws: GEOSError.self) { try Geometry(wkb: [1, 3, 0], context: context) }
        #expect(error.kind == .parse)
        #expect(error.function == "GEOSWKBReader_read_r")
    }

    @Test func unclosedRingCarriesGEOSMessage() throws {
        let ring = [Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 0), Coordinate(x: 1, y: 1), Coordinate(x: 0, y: 1)]
        let error = try #require(throws: GEOSError.self) { try Geometry.polygon(exterior: ring, context: context) }
        #expect(error.kind == .invalidArgument)
        #expect(error.message.hasPrefix("IllegalArgumentException:"))
        #expect(error.message.contains("closed"))
        #expect(error.function == "GEOSGeom_createLinearRing_r")
    }

    @Test func selfIntersectingPolygonReportsValidityReason() throws {
        let bowTie = [(0.0, 0.0), (1, 1), (1, 0), (0, 1), (0, 0)].map { Coordinate(x: $0.0, y: $0.1) }
        let error = try #require(throws: GEOSError.self) { try Geometry.polygon(exterior: bowTie, context: context) }
        #expect(error.kind == .invalidGeometry)
        #expect(error.message == "Self-intersection[0.5 0.5]")
    }

    @Test func nonFinitePointIsAnInvalidCoordinate() throws {
        let error = try #require(throws: GEOSError.self) {
            try Geometry.point(Coordinate(x: .nan, y: 1), context: context)
        }
        #expect(error.kind == .invalidCoordinate)
        #expect(error.message.contains("nan"))
        #expect(throws: GEOSError.self) { try Geometry.point(Coordinate(x: 0, y: .infinity), context: context) }
    }

    @Test func latitudeOutOfRangeIsACoordinateError() throws {
        let error = try #require(throws: CoordinateError.self) { try GeoPoint(latitude: 95, longitude: 0) }
        #expect(error.message == "latitude 95.0 is outside -90...90")
    }

    @Test func nanLatitudeIsACoordinateError() throws {
        let error = try #require(throws: CoordinateError.self) { try GeoPoint(latitude: .nan, longitude: 0) }
        #expect(error.message.contains("not a finite number"))
    }

    @Test func noStaleMessageAfterAnError() throws {
        let first = try #require(throws: GEOSError.self) { try Geometry(wkt: "POINT(", context: context) }
        #expect(first.kind == .parse)
        // A successful call in between...
        let ok = try Geometry(wkt: "POINT(1 2)", context: context)
        #expect(try ok.typeName == "Point")
        // ...and a different failure must carry its own message, not the parse error's.
        let ring = [Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 0), Coordinate(x: 1, y: 1), Coordinate(x: 0, y: 1)]
        let second = try #require(throws: GEOSError.self) { try Geometry.polygon(exterior: ring, context: context) }
        #expect(second.kind == .invalidArgument)
        #expect(second.message != first.message)
        #expect(!second.message.contains("ParseException"))
    }

    @Test func predicatesAcrossErrorsStayClean() throws {
        _ = try? Geometry(wkt: "LINESTRING(0 0", context: context)
        let a = try Geometry(wkt: "POLYGON((0 0, 2 0, 2 2, 0 2, 0 0))", context: context)
        let b = try Geometry(wkt: "POINT(1 1)", context: context)
        #expect(try a.contains(b))
    }

    @Test func kindIsDerivedFromTheExceptionName() {
        #expect(GEOSError.kind(of: "TopologyException: side location conflict") == .topology)
        #expect(GEOSError.kind(of: "IllegalArgumentException: x") == .invalidArgument)
        #expect(GEOSError.kind(of: "ParseException: x") == .parse)
        #expect(GEOSError.kind(of: "UnsupportedOperationException: x") == .other)
    }
}
