import Foundation
import GRDB
import Gazetteer

/// Fixture paths and throwaway databases for the core gazetteer tests.
enum CoreFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// A fresh directory and the path of a database inside it (not yet created).
    static func temporaryDatabasePath() throws -> (path: String, directory: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return (dir.appendingPathComponent("test.sqlite").path, dir)
    }

    /// The GeoNames dump fixture plus two same-rank Farabougou, capitals rebuilt.
    static func sahelStore() throws -> (GazetteerStore, URL) {
        let (path, dir) = try temporaryDatabasePath()
        let store = try GazetteerStore(writingTo: path)
        _ = try store.importGeoNamesDump(Self.path("geonames-sahel.txt"))
        // Coordinates of OCHA P-codes ML040502014 (cercle of Niono) and ML020107053 (Koulikoro region); ids made up.
        let farabougou = [
            ["9000003", "Farabougou", "Farabougou", "", "14.8820056", "-6.14432552599993", "P", "PPL", "ML", "",
             "05", "", "", "", "0", "", "", "Africa/Bamako", "2024-01-01"],
            ["9000004", "Farabougou", "Farabougou", "", "13.4032126", "-7.62977202699994", "P", "PPL", "ML", "",
             "07", "", "", "", "0", "", "", "Africa/Bamako", "2024-01-01"],
        ]
        let extra = dir.appendingPathComponent("farabougou.txt")
        try farabougou.map { $0.joined(separator: "\t") + "\n" }.joined().write(to: extra, atomically: true, encoding: .utf8)
        _ = try store.importGeoNamesDump(extra.path)
        try store.rebuildCapitals()
        return (store, dir)
    }

    /// Every row of every place table, in a stable order: equal strings mean an unchanged database.
    static func fingerprint(_ store: GazetteerStore) throws -> String {
        try store.database.read { db in
            var text = ""
            for sql in [
                "SELECT * FROM place ORDER BY id",
                "SELECT * FROM place_name ORDER BY place_id, normalized",
                "SELECT * FROM place_rtree ORDER BY id",
                "SELECT * FROM capital ORDER BY country",
            ] {
                for row in try Row.fetchAll(db, sql: sql) { text += row.description + "\n" }
            }
            return text
        }
    }

    static func rowCount(_ store: GazetteerStore, _ table: String) throws -> Int {
        try store.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }
}
