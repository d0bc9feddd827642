import Foundation
import Gazetteer
import TestSupport

/// The gazetteer the geocoding and incident tests share: the built default database with the OCHA Mali
/// settlements, as `sahel gazetteer import ocha` leaves it (the team's aliases and capital points applied after
/// the import). The default database, as Scripts/bootstrap.sh builds it (and CI runs), has no OCHA settlements:
/// a scratch copy gets them, once per test run. A database that already has them is used as it is.
public enum OCHAGazetteer {
    public static let defaultDatabase = TestPaths.packageRoot.appendingPathComponent("Gazetteer/build/sahel.sqlite").path
    public static let ochaFile = TestPaths.shared.appendingPathComponent("data/ocha-mali-settlements-2015.csv").path

    public static let store: Result<GazetteerStore, Error> = Result {
        let store = try GazetteerStore(readingFrom: defaultDatabase)
        if (try store.stats().placesBySource["ocha"] ?? 0) > 0 { return store }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("sahel-ocha-\(ProcessInfo.processInfo.processIdentifier).sqlite").path
        try? FileManager.default.removeItem(atPath: scratch)
        try FileManager.default.copyItem(atPath: defaultDatabase, toPath: scratch)
        let writable = try GazetteerStore(writingTo: scratch)
        _ = try writable.importOCHASettlements(ochaFile)
        let curated = TestPaths.packageRoot.appendingPathComponent("Gazetteer")
        try writable.applyCuratedTables(aliases: curated.appendingPathComponent("aliases.tsv").path,
                                        capitalPoints: curated.appendingPathComponent("capitals.tsv").path)
        return try GazetteerStore(readingFrom: scratch)
    }
}
