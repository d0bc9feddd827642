import Foundation
import Gazetteer
import Geocoding
import TestSupport

/// The geocoder the tests share: the built default gazetteer with the OCHA Mali settlements, loaded once.
///
/// CI imports the OCHA file into the default database before testing; when it has not been imported (a
/// developer's fresh build), a scratch copy gets it, so the tests see the same places either way.
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
        return try GazetteerStore(readingFrom: scratch)
    }

    static func geocode(_ text: String, language: DocumentLanguage? = nil) throws -> GeocodedDocument {
        try geocoder.get().geocode(text, language: language)
    }
}
