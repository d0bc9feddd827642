import Foundation
import Gazetteer
import Spatial
import Testing

@Suite("Capital reference points")
final class CapitalPointImportTests {
    let store: GazetteerStore
    let directory: URL

    init() throws {
        (store, directory) = try CoreFixtures.sahelStore()
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    private func table(_ rows: String) throws -> String {
        let path = directory.appendingPathComponent("capitals-\(UUID().uuidString).tsv").path
        try ("# a comment\ncountry\tname\tlat\tlon\tsource\n" + rows).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the capital place moves to the reference point, keeps its id and names, is flagged; a second run moves nothing")
    func movesTheCapital() throws {
        let before = try #require(try store.capital(ofCountry: "ML"))
        let path = try table("ML\tBamako\t12.6392\t-8.0029\tcity centre\n")
        let summary = try store.importCapitalPoints(path)
        #expect(summary.read == 1 && summary.updated == 1 && summary.repaired == 1 && summary.isBalanced)
        #expect(summary.notes.first?.contains("moved 4.5 km") == true)
        let after = try #require(try store.capital(ofCountry: "ML"))
        #expect(after.id == before.id)
        #expect(after.latitude == 12.6392 && after.longitude == -8.0029)
        #expect(after.flags.contains("point-curated"))
        #expect(try store.lookup("Bamako").first?.place == after)
        // The R*Tree follows: the nearest place to the new point is Bamako itself.
        #expect(try store.nearestPlace(latitude: 12.6392, longitude: -8.0029)?.name == "Bamako")

        let fingerprint = try CoreFixtures.fingerprint(store)
        let again = try store.importCapitalPoints(path)
        #expect(again.updated == 1 && again.repaired == 0)
        #expect(try CoreFixtures.fingerprint(store) == fingerprint)
    }

    @Test("a row for a country without that capital is skipped with a note; a malformed row stops at its line, changing nothing")
    func skipsAndFails() throws {
        let skipped = try store.importCapitalPoints(try table("ML\tSégou\t13.4\t-6.2\tx\nTD\tN'Djamena\t12.1\t15.0\tx\n"))
        #expect(skipped.read == 2 && skipped.skipped == 2 && skipped.isBalanced)
        #expect(skipped.notes.count == 2)

        let before = try CoreFixtures.fingerprint(store)
        let bad = try table("ML\tBamako\t12.6392\t-8.0029\tok\nML\tBamako\t95\t-8.0\tbad\n")
        let error = #expect(throws: GazetteerError.self) { try store.importCapitalPoints(bad) }
        #expect(error?.file == bad)
        #expect(error?.line == 4)
        #expect(error?.message.contains("lat") == true)
        #expect(try CoreFixtures.fingerprint(store) == before)
    }
}
