import Foundation
import Testing
import Spatial

@Suite("Azimuthal equidistant projection")
struct AzimuthalEquidistantTests {
    let bamako: GeoPoint

    init() throws {
        bamako = try GeoPoint(latitude: 12.6392, longitude: -8.0029)
    }

    @Test func roundTripBelowAMillimetre() throws {
        let aeqd = try AzimuthalEquidistantProjection(center: bamako)
        for (azimuth, distance) in [(0.0, 0.0), (10, 1_000), (100, 50_000), (200, 250_000), (300, 600_000), (45, 1_000_000), (260, 1_000_000)] {
            let p = Geodesic.wgs84.direct(from: bamako, azimuth: azimuth, distance: distance)
            let xy = try aeqd.forward(p)
            // Equidistant: the projected radius is the geodesic distance.
            #expect(abs((xy.x * xy.x + xy.y * xy.y).squareRoot() - distance) < 0.001)
            let back = try aeqd.inverse(xy)
            #expect(Geodesic.wgs84.inverse(from: p, to: back).distance < 0.001)
        }
    }

    @Test func axisOrderIsEastNorth() throws {
        let aeqd = try AzimuthalEquidistantProjection(center: bamako)
        let north = try aeqd.forward(Geodesic.wgs84.direct(from: bamako, azimuth: 0, distance: 10_000))
        #expect(abs(north.x) < 0.001 && abs(north.y - 10_000) < 0.001)
        let east = try aeqd.forward(Geodesic.wgs84.direct(from: bamako, azimuth: 90, distance: 10_000))
        #expect(abs(east.x - 10_000) < 0.001 && abs(east.y) < 0.001)
    }

    @Test func ringOf100KilometresAroundBamako() throws {
        let aeqd = try AzimuthalEquidistantProjection(center: bamako)
        let ring = try aeqd.ring(radius: 100_000)
        #expect(ring.count == 257)
        #expect(ring.first == ring.last)
        for vertex in ring {
            #expect(abs(Geodesic.wgs84.inverse(from: bamako, to: vertex).distance - 100_000) < 1)
        }
        // Shoelace in lon/lat: positive means counter-clockwise.
        var twiceArea = 0.0
        for k in 1..<ring.count {
            twiceArea += ring[k - 1].longitude * ring[k].latitude - ring[k].longitude * ring[k - 1].latitude
        }
        #expect(twiceArea > 0)
        #expect(throws: ProjectionError.self) { try aeqd.ring(radius: -1) }
        #expect(throws: ProjectionError.self) { try aeqd.ring(radius: 1000, segments: 2) }
    }

    @Test func geometriesRoundTrip() throws {
        let context = try GEOSContext()
        let aeqd = try AzimuthalEquidistantProjection(center: bamako)
        let ring = try aeqd.ring(radius: 50_000, segments: 64)
        let polygon = try Geometry.polygon(exterior: ring.map(\.coordinate), context: context)
        let metres = try aeqd.forward(polygon)
        // A regular 64-gon of circumradius 50 km: area = 1/2 n r^2 sin(2 pi / n).
        let expected = 0.5 * 64 * 50_000.0 * 50_000 * sin(2 * Double.pi / 64)
        #expect(abs(try metres.area() - expected) / expected < 1e-6)
        let back = try aeqd.inverse(metres)
        let a = try polygon.polygonRings()[0][0], b = try back.polygonRings()[0][0]
        #expect(a.count == b.count)
        for (p, q) in zip(a, b) {
            #expect(abs(p.x - q.x) < 1e-9 && abs(p.y - q.y) < 1e-9)
        }
        // A buffer in metres around the centre, back in degrees.
        let disc = try aeqd.inverse(Geometry.point(Coordinate(x: 0, y: 0), context: context).buffer(10_000))
        #expect(try disc.contains(Geometry.point(bamako.coordinate, context: context)))
    }

    @Test func unprojectableInputIsAProjectionError() throws {
        let aeqd = try AzimuthalEquidistantProjection(center: bamako)
        #expect(throws: ProjectionError.self) { try aeqd.inverse(Coordinate(x: .nan, y: 0)) }
        #expect(throws: ProjectionError.self) { try aeqd.inverse(Coordinate(x: 3e7, y: 0)) }
    }
}
