import Foundation
import Gazetteer
import Testing

@Suite("Alias importer")
final class AliasImportTests {
    let store: GazetteerStore
    let directory: URL

    init() throws {
        (store, directory) = try CoreFixtures.sahelStore()
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    @Test func attachesToExistingPlacesAndAddsMissingOnes() throws {
        let timbuktu = try #require(try store.lookup("Timbuktu").first?.place)
        let summary = try store.importAliases(CoreFixtures.path("aliases-sample.tsv"))
        #expect(summary.read == 4)
        #expect(summary.added == 2)  // Sévaré and Diafarabé are not in the GeoNames fixture
        #expect(summary.merged == 1)  // "Jenne" is a new spelling of GeoNames' Djenné
        #expect(summary.updated == 1)  // Timbuktu already had both spellings
        #expect(summary.isBalanced)

        #expect(try store.lookup("Tombouctou").first?.place == timbuktu)
        #expect(try store.lookup("Timbuktu").first?.place == timbuktu)

        let sevare = try #require(try store.lookup("Sevare").first)
        #expect(sevare.place.name == "Sévaré")
        #expect(sevare.place.source == "aliases")
        #expect(sevare.place.sourceID == "ML:sevare")
        #expect(sevare.place.featureRank == .populatedPlace)
        #expect(abs(sevare.place.latitude - 14.52457497) < 1e-9)

        let jenne = try #require(try store.lookup("Jenne").first)
        #expect(jenne.place.name == "Djenné")
        #expect(jenne.place.source == "geonames")
        #expect(jenne.match == .exact)
    }

    @Test func secondRunAddsNothing() throws {
        _ = try store.importAliases(CoreFixtures.path("aliases-sample.tsv"))
        let before = try CoreFixtures.fingerprint(store)
        let again = try store.importAliases(CoreFixtures.path("aliases-sample.tsv"))
        #expect(again.added == 0)
        #expect(again.updated == 4)
        #expect(try CoreFixtures.fingerprint(store) == before)
    }

    @Test func malformedRowFailsWithItsLineAndImportsNothing() throws {
        let before = try CoreFixtures.fingerprint(store)
        let path = CoreFixtures.path("aliases-malformed.tsv")
        let error = #expect(throws: GazetteerError.self) { try store.importAliases(path) }
        #expect(error?.file == path)
        #expect(error?.line == 4)
        #expect(error?.message.contains("lat") == true)
        #expect(try CoreFixtures.fingerprint(store) == before)
    }

    @Test func rowsNeedEveryColumn() throws {
        let missing = directory.appendingPathComponent("missing.tsv")
        try "name\talias\tcountry\tlat\tlon\tsource\nBoni\tBoni\tML\t15.07\t-2.22\t\n"
            .write(to: missing, atomically: true, encoding: .utf8)
        let error = #expect(throws: GazetteerError.self) { try store.importAliases(missing.path) }
        #expect(error?.line == 2)
        #expect(error?.message.contains("source") == true)

        let header = directory.appendingPathComponent("header.tsv")
        try "place\tspelling\nBoni\tBoni\n".write(to: header, atomically: true, encoding: .utf8)
        #expect(throws: GazetteerError.self) { try store.importAliases(header.path) }
    }

    /// The team's own file imports cleanly and gives every required press spelling a place.
    @Test func theCuratedFileImports() throws {
        let path = TestData.aliases
        let summary = try store.importAliases(path)
        #expect(summary.read >= 30)
        #expect(summary.isBalanced)
        for name in ["Sevare", "Aguelhoc", "Ntillit", "Ke-Macina", "Menaka", "Diafarabe", "Anderamboukane", "Tessit",
                     "Hombori", "Mondoro", "Dioura", "Nampala", "Arbinda", "Tillabery", "Ouallam", "Bosso"] {
            #expect(try !store.lookup(name).isEmpty, "\(name)")
        }
        // The alias row for Boni lands on the admin-3 capital of the fixture, not on the village.
        let boni = try #require(try store.lookup("Boni", options: LookupOptions(country: "ML")).first)
        #expect(boni.place.sourceID == "9000001")
    }
}
