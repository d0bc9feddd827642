import Foundation
import GRDB
import Testing
@testable import Gazetteer

@Suite("Point location")
struct WhereTests {
    @Test("15.07, -2.22 is in Mopti, Mali")
    func mopti() throws {
        let location = try MaliFixture.get().store.locate(latitude: 15.07, longitude: -2.22)
        #expect(location.country?.code == "ML")
        #expect(location.admin1?.name == "Mopti")
        #expect(location.admin1?.code == "ML04")
        #expect(location.nearest != nil)
    }

    @Test("12.74, -8.07 is in Koulikoro, Mali, within 2 km of Kati")
    func kati() throws {
        let location = try MaliFixture.get().store.locate(latitude: 12.74, longitude: -8.07)
        #expect(location.country?.name == "Mali")
        #expect(location.admin1?.name == "Koulikoro")
        let nearest = try #require(location.nearest)
        #expect(nearest.name == "Kati")
        #expect(nearest.distanceKm < 2)
        print("12.74,-8.07: \(nearest.phrase) (\(nearest.featureRank.label), admin1 \(nearest.admin1 ?? "-"))")
        #expect(nearest.phrase.hasSuffix(" of Kati"))
    }

    @Test("a point at sea has no country; the nearest search still answers within 5 degrees")
    func outside() throws {
        let location = try MaliFixture.get().store.locate(latitude: 0, longitude: -20)
        #expect(location.country == nil)
        #expect(location.admin1 == nil)
        #expect(location.nearest == nil)
    }

    @Test("nearest: exact geodesic choice, bearing from the place to the point, populated places first, country filter")
    func nearestRules() throws {
        let directory = try BoundaryImportTests.temporaryDirectory()
        let store = try GazetteerStore(writingTo: directory.appendingPathComponent("g.sqlite").path)
        try store.database.write { db in
            let places: [(String, String, FeatureRank, Double, Double)] = [
                ("P1", "Town", .populatedPlace, 12.0, -8.0),
                ("P2", "Well", .other, 12.1005, -8.0),
                ("P3", "Border", .populatedPlace, 12.1, -7.85),
            ]
            for (id, name, rank, lat, lon) in places {
                let country = id == "P3" ? "BF" : "ML"
                _ = try PlaceWriter.upsert(PlaceRecord(source: "test", sourceID: id, name: name, country: country,
                                                       featureRank: rank, latitude: lat, longitude: lon), names: [], in: db)
            }
        }
        // 12.1, -8.0: the well is 55 m away but is not a settlement; Border is 16 km east, Town 11 km south.
        let location = try store.locate(latitude: 12.1, longitude: -8.0)
        let nearest = try #require(location.nearest)
        #expect(nearest.name == "Town")
        #expect(abs(nearest.distanceKm - 11.06) < 0.05)
        #expect(nearest.bearingDeg < 1 || nearest.bearingDeg > 359)
        #expect(nearest.phrase == "11.1 km N of Town")
        let east = try #require(try store.locate(latitude: 12.1, longitude: -7.95).nearest)
        #expect(east.name == "Border")
        #expect(east.phrase.hasSuffix("W of Border"))
        let mali = try #require(try store.locate(latitude: 12.1, longitude: -7.95, country: "ML").nearest)
        #expect(mali.name == "Town")
        #expect(throws: GazetteerError.self) { try store.locate(latitude: 91, longitude: 0) }
    }
}
