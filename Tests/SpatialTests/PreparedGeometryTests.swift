import TestSupport
import Testing
import Spatial

@Suite("Prepared geometry")
struct PreparedGeometryTests {
    @Test func preparedAndUnpreparedContainsAgreeOnRandomPoints() throws {
        let context = try GEOSContext()
        // Concave, with a hole.
        let shape = try Geometry(wkt: """
            POLYGON ((0 0, 10 0, 10 10, 6 10, 6 4, 4 4, 4 10, 0 10, 0 0), (1 1, 3 1, 3 3, 1 3, 1 1))
            """, context: context)
        let prepared = try PreparedGeometry(shape)
        var random = SeededGenerator(seed: 7)
        var inside = 0
        for _ in 0..<10_000 {
            let p = try Geometry.point(Coordinate(x: random.uniform(-1, 11), y: random.uniform(-1, 11)), context: context)
            let expected = try shape.contains(p)
            #expect(try prepared.contains(p) == expected)
            #expect(try prepared.covers(p) == shape.covers(p))
            #expect(try prepared.intersects(p) == shape.intersects(p))
            if expected { inside += 1 }
        }
        #expect(inside > 3000 && inside < 9000)
    }

    @Test func containsProperlyExcludesTouchingGeometries() throws {
        let context = try GEOSContext()
        let prepared = try PreparedGeometry(Geometry(wkt: "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))", context: context))
        #expect(try prepared.containsProperly(Geometry(wkt: "POLYGON ((1 1, 2 1, 2 2, 1 1))", context: context)))
        let touching = try Geometry(wkt: "POLYGON ((0 0, 2 0, 2 2, 0 0))", context: context)
        #expect(try prepared.contains(touching))
        #expect(try !prepared.containsProperly(touching))
        #expect(try !prepared.contains(x: 0, y: 2))
        #expect(try prepared.contains(x: 1, y: 2))
    }
}
