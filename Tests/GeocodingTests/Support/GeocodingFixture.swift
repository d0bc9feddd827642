import Foundation
import Gazetteer
import Geocoding
import TestSupport

/// The geocoder the tests share: the built default gazetteer with the OCHA Mali settlements, loaded once.
///
/// The default database, as Scripts/bootstrap.sh builds it (and CI runs), has no OCHA settlements: a scratch
/// copy gets them, once per test run. A database that already has them is used as it is.
enum GeocodingFixture {
    static let defaultDatabase = TestPaths.packageRoot.appendingPathComponent("Gazetteer/build/sahel.sqlite").path
    static let ochaFile = TestPaths.shared.appendingPathComponent("data/ocha-mali-settlements-2015.csv").path

    static let geocoder: Result<Geocoder, Error> = Result {
        let store = try storeWithSettlements()
        return Geocoder(index: try PlaceIndex.load(from: store))
    }

    static func storeWithSettlements() throws -> GazetteerStore {
        let store = try GazetteerStore(readingFrom: defaultDatabase)
        if (try store.stats().placesBySource["ocha"] ?? 0) > 0 { return store }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("sahel-geocoding-\(ProcessInfo.processInfo.processIdentifier).sqlite").path
        try? FileManager.default.removeItem(atPath: scratch)
        try FileManager.default.copyItem(atPath: defaultDatabase, toPath: scratch)
        let writable = try GazetteerStore(writingTo: scratch)
        _ = try writable.importOCHASettlements(ochaFile)
        try writable.applyCuratedTables(aliases: curated("aliases.tsv"), capitalPoints: curated("capitals.tsv"))
        return try GazetteerStore(readingFrom: scratch)
    }

    /// The team's table `Gazetteer/NAME`, applied after an import as `sahel gazetteer import` does.
    private static func curated(_ name: String) -> String {
        TestPaths.packageRoot.appendingPathComponent("Gazetteer/\(name)").path
    }

    static func geocode(_ text: String, language: DocumentLanguage? = nil) throws -> GeocodedDocument {
        try geocoder.get().geocode(text, language: language)
    }
}
