import Foundation
import Gazetteer
import Testing

@Suite("GeoNames dump importer")
final class GeoNamesImportTests {
    let store: GazetteerStore
    let directory: URL

    init() throws {
        let (path, directory) = try CoreFixtures.temporaryDatabasePath()
        self.directory = directory
        store = try GazetteerStore(writingTo: path)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    @Test func importsEveryRowWithItsRank() throws {
        let summary = try store.importGeoNamesDump(CoreFixtures.path("geonames-sahel.txt"))
        #expect(summary.read == 12)
        #expect(summary.added == 12)
        #expect(summary.updated == 0)
        #expect(summary.isBalanced)
        #expect(try CoreFixtures.rowCount(store, "place") == 12)
        #expect(try CoreFixtures.rowCount(store, "place_rtree") == 12)

        func rank(_ name: String, _ country: String = "ML") throws -> [FeatureRank] {
            try store.lookup(name, options: LookupOptions(country: country)).filter { $0.match == .exact }
                .map(\.place.featureRank)
        }
        #expect(try rank("Bamako") == [.nationalCapital])
        #expect(try rank("Timbuktu") == [.admin1Capital])
        #expect(try rank("Kati") == [.admin2Capital])
        #expect(try rank("Kati", "CI") == [.populatedPlace])
        #expect(try rank("Boni") == [.admin3Capital, .populatedPlace])

        let kati = try #require(try store.lookup("Kati").first?.place)
        #expect(kati.source == "geonames")
        #expect(kati.sourceID == "2455558")
        #expect(kati.admin1Code == "07")
        #expect(kati.population == 130_254)
        #expect(abs(kati.latitude - 12.74409) < 1e-9 && abs(kati.longitude - -8.07257) < 1e-9)
    }

    @Test func alternateNamesAreSearchable() throws {
        _ = try store.importGeoNamesDump(CoreFixtures.path("geonames-sahel.txt"))
        #expect(try store.lookup("Tombouctou").first?.place.name == "Timbuktu")
        #expect(try store.lookup("Bamaco").first?.place.name == "Bamako")
        #expect(try store.lookup("باماكو").first?.place.name == "Bamako")  // Arabic kept in the region of interest
        #expect(try store.lookup("Djenne").first?.place.name == "Djenné")  // ascii name column
        #expect(try store.lookup("BKO").isEmpty)  // airport codes are dropped
    }

    @Test("a second id or another source's point of one place within 2 km is merged into it, names and rank kept")
    func samePlaceIsMerged() throws {
        func row(_ id: String, _ name: String, _ alternates: String, _ lat: String, _ code: String) -> String {
            [id, name, name, alternates, lat, "-1.56280", "P", code, "BF", "", "03", "", "", "", "0", "", "300",
             "Africa/Ouagadougou", "2024-01-01"].joined(separator: "\t")
        }
        // Two ids 1.8 km apart under spellings GeoNames gives both; a namesake 5.7 km off; a seat at the second.
        let dump = directory.appendingPathComponent("BF-part.txt")
        try [row("1", "Kamboinsé", "Kamboinse,Kamboise", "12.4486", "PPL"),
             row("2", "Kamboincé", "Kamboinse", "12.4646", "PPL"),
             row("3", "Kamboinsé", "", "12.5000", "PPL"),
             row("4", "Kamboinse", "", "12.4650", "PPLA3")].joined(separator: "\n")
            .write(to: dump, atomically: true, encoding: .utf8)
        let summary = try store.importGeoNamesDump(dump.path)
        #expect(summary.added == 2 && summary.merged == 2 && summary.isBalanced, "\(summary)")
        let found = try store.lookup("Kamboinsé", options: LookupOptions(country: "BF")).filter { $0.match == .exact }
        let places = Set(found.map(\.place.id))
        #expect(places.count == 2)
        let first = try #require(found.first { abs($0.place.latitude - 12.4486) < 1e-6 }?.place)
        #expect(first.featureRank == .admin3Capital)   // the seat's rank, kept on the place it describes again
        #expect(try store.lookup("Kamboise").first?.place.id == first.id)  // every alternate kept
        // A second run merges the same rows again and changes nothing.
        let before = try CoreFixtures.fingerprint(store)
        let again = try store.importGeoNamesDump(dump.path)
        #expect(again.added == 0 && again.merged == 2)
        #expect(try CoreFixtures.fingerprint(store) == before)
    }

    @Test func secondRunUpdatesAndChangesNothing() throws {
        _ = try store.importGeoNamesDump(CoreFixtures.path("geonames-sahel.txt"))
        let before = try CoreFixtures.fingerprint(store)
        let again = try store.importGeoNamesDump(CoreFixtures.path("geonames-sahel.txt"))
        #expect(again.added == 0)
        #expect(again.updated == 12)
        #expect(try CoreFixtures.fingerprint(store) == before)
    }

    @Test func truncatedFileFailsWithItsLineAndChangesNothing() throws {
        _ = try store.importGeoNamesDump(CoreFixtures.path("geonames-sahel.txt"))
        let places = try CoreFixtures.rowCount(store, "place")
        let names = try CoreFixtures.rowCount(store, "place_name")
        let before = try CoreFixtures.fingerprint(store)
        let path = CoreFixtures.path("geonames-truncated.txt")
        let error = #expect(throws: GazetteerError.self) { try store.importGeoNamesDump(path) }
        #expect(error?.file == path)
        #expect(error?.line == 5)
        #expect(error?.message.contains("found 7") == true)
        #expect(try CoreFixtures.rowCount(store, "place") == places)
        #expect(try CoreFixtures.rowCount(store, "place_name") == names)
        #expect(try CoreFixtures.fingerprint(store) == before)
    }

    @Test func truncatedFileIntoAnEmptyDatabaseLeavesItEmpty() throws {
        #expect(throws: GazetteerError.self) { try store.importGeoNamesDump(CoreFixtures.path("geonames-truncated.txt")) }
        #expect(try CoreFixtures.rowCount(store, "place") == 0)
        #expect(try CoreFixtures.rowCount(store, "place_name") == 0)
    }

    @Test func badNumberNamesItsColumn() throws {
        let good = try String(contentsOfFile: CoreFixtures.path("geonames-sahel.txt"), encoding: .utf8)
        var lines = good.split(separator: "\n").map(String.init)
        var fields = lines[2].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        fields[4] = "16,77"
        lines[2] = fields.joined(separator: "\t")
        let bad = directory.appendingPathComponent("bad-latitude.txt")
        try (lines.joined(separator: "\n") + "\n").write(to: bad, atomically: true, encoding: .utf8)

        let error = #expect(throws: GazetteerError.self) { try store.importGeoNamesDump(bad.path) }
        #expect(error?.line == 3)
        #expect(error?.message.contains("latitude") == true)
        #expect(error?.description.hasPrefix("\(bad.path):3:") == true)
        #expect(try CoreFixtures.rowCount(store, "place") == 0)
    }

    @Test func onlySettlementsAreImportedAndTheRestIsCounted() throws {
        // Rows in the shape of the Burkina Faso dump: a village, a herders' camp, a stream and a region.
        func row(_ id: Int, _ name: String, _ featureClass: String, _ code: String) -> String {
            [String(id), name, name, "", "13.1", "-1.2", featureClass, code, "BF", "", "49", "", "", "", "0", "", "300",
             "Africa/Ouagadougou", "2012-01-18"].joined(separator: "\t")
        }
        let file = directory.appendingPathComponent("BF-part.txt")
        let rows = [row(1, "Djibasso", "P", "PPL"), row(2, "Kourouma Peulh", "S", "CMP"), row(3, "Sirba", "H", "STMI"),
                    row(4, "Boucle du Mouhoun Region", "A", "ADM1")]
        try (rows.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)

        let summary = try store.importGeoNamesDump(file.path)
        #expect(summary.read == 4)
        #expect(summary.added == 2)
        #expect(summary.skipped == 2)
        #expect(summary.isBalanced)
        #expect(summary.notes.contains { $0.contains("2 rows that are not settlements") && $0.contains("H.STMI 1") && $0.contains("A.ADM1 1") })
        #expect(try store.lookup("Djibasso", options: LookupOptions(country: "BF")).first?.place.featureRank == .populatedPlace)
        #expect(try store.lookup("Kourouma Peulh", options: LookupOptions(country: "BF")).first?.place.featureRank == .other)
        #expect(try store.lookup("Sirba", options: LookupOptions(country: "BF")).isEmpty)
        #expect(try store.lookup("Boucle du Mouhoun Region", options: LookupOptions(country: "BF")).isEmpty)
    }

    @Test func missingFileIsAnError() {
        let error = #expect(throws: GazetteerError.self) { try store.importGeoNamesDump("/nonexistent/ML.txt") }
        #expect(error?.file == "/nonexistent/ML.txt")
    }
}
