import Foundation
import Gazetteer
import Testing

@Suite("Stats")
struct StatsTests {
    @Test func reflectImports() throws {
        let (path, directory) = try CoreFixtures.temporaryDatabasePath()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try GazetteerStore(writingTo: path)
        let empty = try store.stats()
        #expect(empty.places == 0)
        #expect(empty.names == 0)
        #expect(empty.topCountries.isEmpty)

        _ = try store.importGeoNamesDump(CoreFixtures.path("geonames-sahel.txt"))
        var stats = try store.stats()
        #expect(stats.places == 12)
        #expect(stats.placesBySource == ["geonames": 12])
        #expect(stats.topCountries.first == GazetteerStats.CountryCount(country: "ML", places: 9))
        #expect(stats.countries == 4)
        #expect(stats.names > 12)
        #expect(stats.namesByKind["official"] == 12)
        #expect(stats.capitals == 0)
        #expect(stats.flaggedPlaces == 0)
        #expect(stats.boundariesByLevel.isEmpty)
        #expect(stats.databaseBytes > 0)

        try store.rebuildCapitals()
        _ = try store.importAliases(CoreFixtures.path("aliases-sample.tsv"))
        stats = try store.stats()
        #expect(stats.capitals == 3)
        #expect(stats.placesBySource == ["geonames": 12, "aliases": 2])
        #expect(stats.namesByKind["curated"] == 1)  // "Jenne"; the others were already stored spellings
    }

    @Test func encodesAsJSON() throws {
        let (store, directory) = try CoreFixtures.sahelStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = try JSONEncoder().encode(try store.stats())
        let decoded = try JSONDecoder().decode(GazetteerStats.self, from: data)
        #expect(decoded.places == 14)
    }
}
