import Testing
import Spatial

@Suite("Geometry")
struct GeometryTests {
    let context: GEOSContext

    init() throws {
        context = try GEOSContext()
    }

    func square(_ x0: Double, _ y0: Double, _ side: Double) throws -> Geometry {
        try Geometry.polygon(exterior: [
            Coordinate(x: x0, y: y0), Coordinate(x: x0 + side, y: y0), Coordinate(x: x0 + side, y: y0 + side),
            Coordinate(x: x0, y: y0 + side), Coordinate(x: x0, y: y0),
        ], context: context)
    }

    @Test func wktRoundTrip() throws {
        let text = "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))"
        let g = try Geometry(wkt: text, context: context)
        #expect(try g.wkt() == text)
        #expect(try g.typeName == "Polygon")
        #expect(try Geometry(wkt: "POINT (1.23456789 2)", context: context).wkt(decimals: 2) == "POINT (1.23 2)")
    }

    @Test func wkbRoundTrip() throws {
        let g = try Geometry(wkt: "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))", context: context)
        let bytes = try g.wkb()
        let back = try Geometry(wkb: bytes, context: context)
        #expect(try back.wkt() == g.wkt())
        #expect(try back.typeName == "MultiPolygon")
        #expect(try back.wkb() == bytes)
    }

    @Test func measures() throws {
        let s = try square(0, 0, 2)
        #expect(try s.area() == 4)
        #expect(try s.length() == 8)
        let p = try Geometry.point(Coordinate(x: 5, y: 2), context: context)
        #expect(try s.distance(to: p) == 3)
        #expect(try s.envelope() == BoundingBox(minX: 0, minY: 0, maxX: 2, maxY: 2))
        #expect(throws: GEOSError.self) { try Geometry(wkt: "POLYGON EMPTY", context: context).envelope() }
    }

    @Test func polygonWithHole() throws {
        let g = try Geometry.polygon(
            exterior: [Coordinate(x: 0, y: 0), Coordinate(x: 4, y: 0), Coordinate(x: 4, y: 4), Coordinate(x: 0, y: 4), Coordinate(x: 0, y: 0)],
            holes: [[Coordinate(x: 1, y: 1), Coordinate(x: 1, y: 2), Coordinate(x: 2, y: 2), Coordinate(x: 2, y: 1), Coordinate(x: 1, y: 1)]],
            context: context)
        #expect(try g.area() == 15)
        #expect(try !g.contains(Geometry.point(Coordinate(x: 1.5, y: 1.5), context: context)))
        #expect(try g.contains(Geometry.point(Coordinate(x: 3, y: 3), context: context)))
    }

    @Test func bufferOfAPointIsAlmostACircle() throws {
        let p = try Geometry.point(Coordinate(x: 0, y: 0), context: context)
        let disc = try p.buffer(1, quadrantSegments: 64)
        #expect(try disc.typeName == "Polygon")
        #expect(abs(try disc.area() - Double.pi) < 0.001)
    }

    @Test func unionOfOverlappingSquares() throws {
        let u = try square(0, 0, 2).union(square(1, 1, 2))
        #expect(try u.area() == 7)
        let both = try Geometry.multiPolygon([square(0, 0, 2), square(1, 1, 2)], context: context)
        #expect(try both.unaryUnion().area() == 7)
        #expect(try !both.isValid)
    }

    @Test func simplifyDropsNearlyCollinearVertices() throws {
        let g = try Geometry(wkt: "POLYGON ((0 0, 5 0.001, 10 0, 10 10, 0 10, 0 0))", context: context)
        let s = try g.simplify(tolerance: 0.01)
        #expect(try s.polygonRings()[0][0].count == 5)
        #expect(try s.isValid)
    }

    @Test func bowTieMadeValidIsTwoTriangles() throws {
        let bowTie = try Geometry(wkt: "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))", context: context)
        #expect(try !bowTie.isValid)
        #expect(try bowTie.validityReason() == "Self-intersection[0.5 0.5]")
        let fixed = try bowTie.makeValid()
        #expect(try fixed.isValid)
        #expect(try fixed.typeName == "MultiPolygon")
        #expect(abs(try fixed.area() - 2 * 0.25) < 1e-12)
        #expect(try fixed.validityReason() == "Valid Geometry")
    }

    @Test func predicates() throws {
        let big = try square(0, 0, 10), small = try square(2, 2, 1)
        let corner = try Geometry.point(Coordinate(x: 0, y: 0), context: context)
        #expect(try big.contains(small))
        #expect(try small.within(big))
        #expect(try big.intersects(small))
        #expect(try !big.contains(corner))  // OGC: the boundary is not contained
        #expect(try big.covers(corner))
        #expect(try !small.intersects(square(20, 20, 1)))
    }

    @Test func polygonRingsOfAMultiPolygon() throws {
        let g = try Geometry(wkt: "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 9 5, 9 9, 5 9, 5 5), (6 6, 7 6, 7 7, 6 6)))", context: context)
        let rings = try g.polygonRings()
        #expect(rings.count == 2)
        #expect(rings[0] == [[Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 0), Coordinate(x: 1, y: 1), Coordinate(x: 0, y: 0)]])
        #expect(rings[1].count == 2)
        #expect(rings[1][1].first == Coordinate(x: 6, y: 6))
        #expect(throws: GEOSError.self) { try Geometry(wkt: "POINT (1 1)", context: context).polygonRings() }
    }

    @Test func multiPolygonRejectsNonPolygons() throws {
        let p = try Geometry.point(Coordinate(x: 0, y: 0), context: context)
        let error = try #require(throws: GEOSError.self) { try Geometry.multiPolygon([p], context: context) }
        #expect(error.kind == .invalidArgument)
    }

    @Test func boundingBox() {
        let box = BoundingBox(minX: 0, minY: 0, maxX: 2, maxY: 1)
        #expect(box.contains(x: 2, y: 1))
        #expect(!box.contains(x: 2.1, y: 1))
        #expect(!box.contains(x: .nan, y: 0))
        #expect(box.intersects(BoundingBox(minX: 2, minY: 1, maxX: 3, maxY: 3)))
        #expect(!box.intersects(BoundingBox(minX: 2.5, minY: 0, maxX: 3, maxY: 3)))
    }
}
