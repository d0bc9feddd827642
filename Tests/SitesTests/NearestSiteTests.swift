import Foundation
import Sites
import Spatial
import TestSupport
import Testing

@Suite("Nearest site, against geod")
struct NearestSiteTests {
    /// 40 sites and 300 incidents scattered over central Mali and Burkina Faso.
    static func scatter(_ count: Int, seed: UInt64) throws -> [GeoPoint] {
        var random = SeededGenerator(seed: seed)
        return try (0..<count).map { _ in
            try GeoPoint(latitude: random.uniform(11, 17), longitude: random.uniform(-6, 1))
        }
    }

    @Test func theNearestSiteAndItsDistanceAreGeodsOwn() throws {
        let sites = try Self.scatter(40, seed: 7).enumerated().map { Site(name: "site \($0.offset)", point: $0.element) }
        let index = NearestSiteIndex(sites: sites)
        let incidents = try Self.scatter(300, seed: 8)
        let pairs = incidents.flatMap { p in sites.map { ($0.point, p) } }
        let reference = try GeodTool.distances(pairs)
        let azimuths = try GeodTool.azimuths(pairs)
        for (n, p) in incidents.enumerated() {
            let row = reference[(n * sites.count)..<((n + 1) * sites.count)]
            let expected = row.indices.min { reference[$0] < reference[$1] }!
            let found = try #require(index.nearest(to: p))
            #expect(found.site == expected - n * sites.count, "incident \(n)")
            #expect(abs(found.kilometres * 1000 - reference[expected]) < 0.001)
            let azimuth = azimuths[expected] < 0 ? azimuths[expected] + 360 : azimuths[expected]
            #expect(abs(found.bearing - azimuth) < 1e-6)
        }
    }

    @Test func thePhraseSaysHowFarAndWhichWayFromTheSite() throws {
        let mopti = try GeoPoint(latitude: 14.4843, longitude: -4.1827)
        let index = NearestSiteIndex(sites: [Site(name: "Mopti office", kind: "office", point: mopti)])
        // 12.4 km on an azimuth of 45 degrees from the office.
        let p = Geodesic.wgs84.direct(from: mopti, azimuth: 45, distance: 12_400)
        let found = try #require(index.nearest(to: try GeoPoint(latitude: p.latitude, longitude: p.longitude)))
        #expect(found.phrase == "12.4 km NE of Mopti office")
        #expect(index.nearest(to: mopti)?.phrase == "at Mopti office")
    }

    @Test func twoSitesAtOnePlaceGiveTheFirstInTheFile() throws {
        let p = try GeoPoint(latitude: 14.5, longitude: -4.2)
        let index = NearestSiteIndex(sites: [Site(name: "warehouse", point: p), Site(name: "office", point: p)])
        #expect(index.nearest(to: try GeoPoint(latitude: 14.6, longitude: -4.1))?.name == "warehouse")
    }
}
