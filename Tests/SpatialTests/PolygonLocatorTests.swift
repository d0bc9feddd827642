import Foundation
import TestSupport
import Testing
import Spatial

@Suite("PolygonLocator")
struct PolygonLocatorTests {
    /// Concave shapes, a hole with an island in it, two overlapping bars, a MultiPolygon, a sliver,
    /// and a duplicate (which must never win over the original).
    static let madeUpWKT = [
        "POLYGON ((10 10, 40 10, 40 40, 32 40, 32 18, 18 18, 18 40, 10 40, 10 10))",
        "POLYGON ((50 10, 90 10, 90 50, 50 50, 50 10), (60 20, 80 20, 80 40, 60 40, 60 20))",
        "POLYGON ((65 25, 75 25, 75 35, 65 35, 65 25))",
        "POLYGON ((10 60, 50 60, 50 70, 10 70, 10 60))",
        "POLYGON ((25 50, 35 50, 35 90, 25 90, 25 50))",
        "MULTIPOLYGON (((60 60, 95 62, 70 95, 60 60)), ((2 75, 20 80, 8 98, 2 75)))",
        "POLYGON ((40 75, 58 76, 40 75.05, 40 75))",
        "POLYGON ((65 25, 75 25, 75 35, 65 35, 65 25))",
    ]

    func locate(_ locator: PolygonLocator, _ points: [Coordinate]) throws -> [Int32] {
        let xs = points.map(\.x), ys = points.map(\.y)
        var result = [Int32](repeating: -7, count: points.count)
        try xs.withUnsafeBufferPointer { x in
            try ys.withUnsafeBufferPointer { y in
                try result.withUnsafeMutableBufferPointer { try locator.locate(xs: x, ys: y, into: $0) }
            }
        }
        return result
    }

    /// The reference: unprepared `Geometry.contains`, first match in order (envelope check only skips
    /// polygons that cannot contain the point).
    func bruteForce(_ polygons: [Geometry], _ envelopes: [BoundingBox], _ p: Coordinate, context: GEOSContext) throws -> Int32 {
        let point = try Geometry.point(p, context: context)
        for (i, polygon) in polygons.enumerated() where envelopes[i].contains(x: p.x, y: p.y) {
            if try polygon.contains(point) { return Int32(i) }
        }
        return -1
    }

    func preparedReference(_ prepared: [PreparedGeometry], _ p: Coordinate) throws -> Int32 {
        for (i, polygon) in prepared.enumerated() where try polygon.contains(x: p.x, y: p.y) { return Int32(i) }
        return -1
    }

    func randomPoints(_ n: Int, in box: BoundingBox, seed: UInt64, margin: Double) -> [Coordinate] {
        var random = SeededGenerator(seed: seed)
        return (0..<n).map { _ in
            Coordinate(x: random.uniform(box.minX - margin, box.maxX + margin),
                       y: random.uniform(box.minY - margin, box.maxY + margin))
        }
    }

    func vertices(_ polygons: [Geometry]) throws -> [Coordinate] {
        try polygons.flatMap { try $0.polygonRings().flatMap { $0.flatMap { $0 } } }
    }

    func nudged(_ vertices: [Coordinate], by d: Double) -> [Coordinate] {
        vertices.flatMap { v in
            [(d, 0.0), (-d, 0), (0, d), (0, -d), (d, d), (-d, -d)].map { Coordinate(x: v.x + $0.0, y: v.y + $0.1) }
        }
    }

    @Test(arguments: [1, 16, 1_000, 40_000, PolygonLocator.defaultGridCellCount])
    func madeUpPolygonsMatchBruteForce(gridCellCount: Int) throws {
        let context = try GEOSContext()
        let polygons = try Self.madeUpWKT.map { try Geometry(wkt: $0, context: context) }
        let envelopes = try polygons.map { try $0.envelope() }
        let prepared = try polygons.map { try PreparedGeometry($0) }
        let locator = try PolygonLocator(polygonsWKB: polygons.map { try $0.wkb() }, gridCellCount: gridCellCount)
        let box = BoundingBox(minX: 0, minY: 0, maxX: 100, maxY: 100)

        var points = randomPoints(10_000, in: box, seed: 1, margin: 5)
        // Points on integer coordinates sit on many edges and, for round grid sizes, on cell edges.
        points += (0...100).flatMap { x in stride(from: 0, through: 100, by: 5).map { Coordinate(x: Double(x), y: Double($0)) } }
        let located = try locate(locator, points)
        var hits = Set<Int32>()
        for (k, p) in points.enumerated() {
            let expected = try bruteForce(polygons, envelopes, p, context: context)
            #expect(located[k] == expected, "point \(p)")
            #expect(try preparedReference(prepared, p) == expected)
            hits.insert(expected)
        }
        #expect(hits.isSuperset(of: [-1, 0, 1, 2, 3, 4, 5]))
        #expect(!hits.contains(7))  // the duplicate of polygon 2 never wins

        let corners = try vertices(polygons)
        #expect(try locate(locator, corners).allSatisfy { $0 == -1 })
        let near = nudged(corners, by: 1e-6)
        for (k, result) in try locate(locator, near).enumerated() {
            #expect(result == (try bruteForce(polygons, envelopes, near[k], context: context)), "nudged \(near[k])")
        }
    }

    @Test func overlapGoesToTheFirstPolygon() throws {
        let context = try GEOSContext()
        let wkb = try Self.madeUpWKT.map { try Geometry(wkt: $0, context: context).wkb() }
        let locator = try PolygonLocator(polygonsWKB: wkb)
        let result = try locate(locator, [
            Coordinate(x: 30, y: 65), Coordinate(x: 30, y: 80), Coordinate(x: 70, y: 30),
            Coordinate(x: 62, y: 30), Coordinate(x: 25, y: 30), Coordinate(x: 14, y: 30),
        ])
        #expect(result == [3, 4, 2, -1, -1, 0])
    }

    @Test func adminBoundariesMatchBruteForce() throws {
        try #require(AdminBoundaries.available)
        let context = try GEOSContext()
        let regions = try AdminBoundaries.load(context: context)
        #expect(regions.count == 62)
        let polygons = try regions.map { try Geometry(wkb: $0.wkb, context: context) }
        let envelopes = try polygons.map { try $0.envelope() }
        let prepared = try polygons.map { try PreparedGeometry($0) }
        let locator = try PolygonLocator(polygonsWKB: regions.map(\.wkb))
        let total = envelopes.dropFirst().reduce(envelopes[0]) { $0.union($1) }

        let points = randomPoints(10_000, in: total, seed: 2, margin: 0.5)
        let located = try locate(locator, points)
        var inside = 0
        for (k, p) in points.enumerated() {
            let expected = try bruteForce(polygons, envelopes, p, context: context)
            #expect(located[k] == expected, "point \(p)")
            #expect(try preparedReference(prepared, p) == expected)
            if expected >= 0 { inside += 1 }
        }
        #expect(inside > 3_000)

        let corners = try vertices(polygons)
        let cornerResults = try locate(locator, corners)
        for (k, result) in cornerResults.enumerated() {
            #expect(result == (try bruteForce(polygons, envelopes, corners[k], context: context)), "vertex \(corners[k])")
        }
        // A vertex is on its own polygon's boundary; only where neighbouring borders overlap can it be inside another.
        let insideOther = cornerResults.filter { $0 >= 0 }.count
        #expect(Double(insideOther) < 0.01 * Double(corners.count), "\(insideOther) of \(corners.count) vertices inside another region")
        let near = nudged(corners, by: 1e-6)
        for (k, result) in try locate(locator, near).enumerated() {
            #expect(result == (try bruteForce(polygons, envelopes, near[k], context: context)), "nudged \(near[k])")
        }
    }

    @Test func nanAndFarPointsAreOutside() throws {
        let context = try GEOSContext()
        let locator = try PolygonLocator(polygonsWKB: [try Geometry(wkt: Self.madeUpWKT[0], context: context).wkb()])
        let result = try locate(locator, [
            Coordinate(x: .nan, y: 20), Coordinate(x: 12, y: .nan), Coordinate(x: .infinity, y: 0),
            Coordinate(x: 1e300, y: -1e300), Coordinate(x: 12, y: 12),
        ])
        #expect(result == [-1, -1, -1, -1, 0])
    }

    @Test func emptyInputsAndEmptyPolygons() throws {
        let context = try GEOSContext()
        let none = try PolygonLocator(polygonsWKB: [])
        #expect(try locate(none, [Coordinate(x: 1, y: 1)]) == [-1])
        #expect(try locate(none, []) == [])
        let withEmpty = try PolygonLocator(polygonsWKB: [
            try Geometry(wkt: "POLYGON EMPTY", context: context).wkb(),
            try Geometry(wkt: "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", context: context).wkb(),
        ])
        #expect(try locate(withEmpty, [Coordinate(x: 0.5, y: 0.5), Coordinate(x: 1, y: 0.5)]) == [1, -1])
    }

    @Test func badInputNamesThePolygon() throws {
        let context = try GEOSContext()
        let good = try Geometry(wkt: Self.madeUpWKT[0], context: context).wkb()
        let parse = try #require(throws: GEOSError.self) { try PolygonLocator(polygonsWKB: [good, [0, 1, 2]]) }
        #expect(parse.kind == .parse)
        #expect(parse.message.hasPrefix("polygon 1: ParseException"))
        let line = try Geometry(wkt: "LINESTRING (0 0, 1 1)", context: context).wkb()
        let type = try #require(throws: GEOSError.self) { try PolygonLocator(polygonsWKB: [line]) }
        #expect(type.kind == .invalidArgument)
        #expect(type.message.hasPrefix("polygon 0:"))
    }

    @Test func mismatchedBuffersThrow() throws {
        let locator = try PolygonLocator(polygonsWKB: [])
        let xs = [1.0, 2], ys = [1.0]
        var out = [Int32](repeating: 0, count: 2)
        let error = try #require(throws: GEOSError.self) {
            try xs.withUnsafeBufferPointer { x in
                try ys.withUnsafeBufferPointer { y in
                    try out.withUnsafeMutableBufferPointer { try locator.locate(xs: x, ys: y, into: $0) }
                }
            }
        }
        #expect(error.kind == .invalidArgument)
    }

    @Test func locatorIsSendableAcrossTasks() async throws {
        let context = try GEOSContext()
        let wkb = try Self.madeUpWKT.map { try Geometry(wkt: $0, context: context).wkb() }
        let locator = try PolygonLocator(polygonsWKB: wkb)
        let results = try await withThrowingTaskGroup(of: [Int32].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var out = [Int32](repeating: 0, count: 2)
                    try [12.0, 70].withUnsafeBufferPointer { x in
                        try [12.0, 30].withUnsafeBufferPointer { y in
                            try out.withUnsafeMutableBufferPointer { try locator.locate(xs: x, ys: y, into: $0) }
                        }
                    }
                    return out
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == [0, 2] })
    }
}
