import Foundation
import Gazetteer
import Geocoding
import Incidents
import TestSupport

/// The extractor the tests share: the built default gazetteer with the OCHA Mali settlements, loaded once.
/// The default database (as bootstrap builds it, and CI runs) lacks them, so a scratch copy gets them.
enum IncidentFixture {
    static let defaultDatabase = TestPaths.packageRoot.appendingPathComponent("Gazetteer/build/sahel.sqlite").path
    static let ochaFile = TestPaths.shared.appendingPathComponent("data/ocha-mali-settlements-2015.csv").path
    static let seed = TestPaths.shared.appendingPathComponent("data/seed/mali-2022-07-29.fr.txt")

    static let extractor: Result<IncidentExtractor, Error> = Result {
        var store = try GazetteerStore(readingFrom: defaultDatabase)
        if (try store.stats().placesBySource["ocha"] ?? 0) == 0 {
            let scratch = FileManager.default.temporaryDirectory
                .appendingPathComponent("sahel-incidents-\(ProcessInfo.processInfo.processIdentifier).sqlite").path
            try? FileManager.default.removeItem(atPath: scratch)
            try FileManager.default.copyItem(atPath: defaultDatabase, toPath: scratch)
            let writable = try GazetteerStore(writingTo: scratch)
            _ = try writable.importOCHASettlements(ochaFile)
            // As `sahel gazetteer import` does after importing places.
            let curated = TestPaths.packageRoot.appendingPathComponent("Gazetteer")
            try writable.applyCuratedTables(aliases: curated.appendingPathComponent("aliases.tsv").path,
                                            capitalPoints: curated.appendingPathComponent("capitals.tsv").path)
            store = try GazetteerStore(readingFrom: scratch)
        }
        return IncidentExtractor(geocoder: Geocoder(index: try PlaceIndex.load(from: store)))
    }

    static func extract(_ text: String, published: String? = "2022-07-29", language: DocumentLanguage? = nil) throws -> [Incident] {
        let date = published.flatMap { text -> CivilDate? in
            let parts = text.split(separator: "-").compactMap { Int($0) }
            return parts.count == 3 ? CivilDate(year: parts[0], month: parts[1], day: parts[2]) : nil
        }
        return try extractor.get().extract(id: "doc", text: text, published: date, language: language).incidents
    }
}
