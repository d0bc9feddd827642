import Foundation
import Sites
import Spatial
import TestSupport
import Testing

@Suite("Distance to a route, against a dense geod sampling")
struct RouteDistanceTests {
    /// Gao to Ansongo along the Niger, in three long segments (about 95 km), and a short spur off it.
    static func gaoAnsongo() throws -> Route {
        try Route(name: "Gao-Ansongo", parts: [[
            GeoPoint(latitude: 16.2666, longitude: -0.0400),
            GeoPoint(latitude: 15.9800, longitude: 0.2000),
            GeoPoint(latitude: 15.8500, longitude: 0.3300),
            GeoPoint(latitude: 15.6597, longitude: 0.5022),
        ]])
    }

    /// The route sampled every 10 m by geod, each sample with its distance from the route's start.
    static func denseSamples(_ route: Route) throws -> [(point: GeoPoint, along: Double)] {
        var samples: [(GeoPoint, Double)] = []
        var start = 0.0
        for part in route.parts {
            for (a, b) in zip(part, part.dropFirst()) {
                let points = try GeodTool.samples(from: a, to: b, spacing: 10)
                let length = try GeodTool.distances([(a, b)])[0]
                for (k, p) in points.enumerated() {
                    samples.append((p, k == points.count - 1 ? start + length : start + Double(max(0, k - 1)) * 10))
                }
                start += length
            }
        }
        return samples
    }

    /// Points 2 km and 30 km square off the middle of each segment, whose nearest point is inside the segment.
    static func offTheMiddleOfEachSegment(_ route: Route) throws -> [GeoPoint] {
        let part = route.parts[0]
        return try zip(part, part.dropFirst()).flatMap { a, b -> [GeoPoint] in
            let segment = GeodesicSegment(from: a, to: b)
            let middle = segment.point(atDistance: segment.length / 2)
            let heading = Geodesic.wgs84.inverse(from: middle, to: b).initialAzimuth
            return try [2_000.0, 30_000].map { offset in
                let p = Geodesic.wgs84.direct(from: middle, azimuth: heading + 90, distance: offset)
                return try GeoPoint(latitude: p.latitude, longitude: p.longitude)
            }
        }
    }

    @Test func distanceAndKilometrePostAgreeWithTheDenseSamplingToTenMetres() throws {
        let route = try Self.gaoAnsongo()
        let samples = try Self.denseSamples(route)
        let locator = try RouteLocator(index: RouteIndex(routes: [route]))
        var random = SeededGenerator(seed: 18)
        // Near the road, a few km off, and far (an incident 150 km away still gets its distance right).
        let incidents = try (0..<12).map { _ in
            try GeoPoint(latitude: random.uniform(15.3, 16.6), longitude: random.uniform(-0.6, 1.2))
        } + [try GeoPoint(latitude: 15.98, longitude: 0.2), try GeoPoint(latitude: 14.5, longitude: 1.5)]
            + (try Self.offTheMiddleOfEachSegment(route))
        for p in incidents {
            let distances = try GeodTool.distances(samples.map { ($0.point, p) })
            let nearest = distances.indices.min { distances[$0] < distances[$1] }!
            let found = try #require(try locator.nearest(to: p))
            #expect(abs(found.kilometres * 1000 - distances[nearest]) <= 10, "incident \(p): \(found.kilometres) km vs \(distances[nearest] / 1000) km")
            // Ours is the true minimum: never more than the best sample, which lies within 5 m of it along the road.
            #expect(found.kilometres * 1000 <= distances[nearest] + 0.01)
            #expect(abs(found.atKilometres * 1000 - samples[nearest].along) <= 20 || distances[nearest] > 50_000,
                    "incident \(p): at \(found.atKilometres) km vs \(samples[nearest].along / 1000) km")
        }
    }

    @Test func theNearestOfSeveralRoutesIsNamed() throws {
        let kayaDori = try Route(name: "Kaya-Dori", parts: [[
            GeoPoint(latitude: 13.0917, longitude: -1.0844), GeoPoint(latitude: 14.0354, longitude: -0.0345),
        ]])
        let locator = try RouteLocator(index: RouteIndex(routes: [try Self.gaoAnsongo(), kayaDori]))
        let nearDori = try GeoPoint(latitude: 13.9, longitude: -0.3)
        #expect(try locator.nearest(to: nearDori)?.name == "Kaya-Dori")
        let onTheRiver = try GeoPoint(latitude: 16.0, longitude: 0.25)
        #expect(try locator.nearest(to: onTheRiver)?.name == "Gao-Ansongo")
        // Asked for one route, it measures that one even when the other is nearer.
        #expect(try locator.measure(to: nearDori, route: 0)?.name == "Gao-Ansongo")
    }

    @Test func aRoutesLengthIsTheSumOfItsGeodesics() throws {
        let route = try Self.gaoAnsongo()
        let part = route.parts[0]
        let expected = try GeodTool.distances(Array(zip(part, part.dropFirst()))).reduce(0, +)
        #expect(abs(RouteIndex(routes: [route]).lengths[0] - expected) < 0.01)
    }
}
