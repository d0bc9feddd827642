import Foundation
import GRDB
import Testing
@testable import Gazetteer

@Suite("Boundary import")
struct BoundaryImportTests {
    static let sahelGeoJSON = TestData.admin1Sahel

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gz-geo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Little-endian WKB of a one-ring polygon.
    static func polygonWKB(_ ring: [(Double, Double)]) -> [UInt8] {
        var out: [UInt8] = [1, 3, 0, 0, 0, 1, 0, 0, 0]
        withUnsafeBytes(of: UInt32(ring.count).littleEndian) { out += $0 }
        for (x, y) in ring {
            withUnsafeBytes(of: x.bitPattern.littleEndian) { out += $0 }
            withUnsafeBytes(of: y.bitPattern.littleEndian) { out += $0 }
        }
        return out
    }

    /// A GeoPackage `countries` layer: a valid square, a bow-tie, a "-99" country and a NULL geometry.
    static func makeGeoPackage(at path: String) throws {
        let header: [UInt8] = [0x47, 0x50, 0, 1, 0xE6, 0x10, 0, 0]
        let square = polygonWKB([(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)])
        let bowTie = polygonWKB([(10, 10), (11, 11), (11, 10), (10, 11), (10, 10)])
        let other = polygonWKB([(2, 2), (3, 2), (3, 3), (2, 3), (2, 2)])
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);
                INSERT INTO gpkg_geometry_columns VALUES ('countries', 'geom', 'MULTIPOLYGON', 4326, 0, 0);
                CREATE TABLE countries (fid INTEGER PRIMARY KEY, geom BLOB, iso_a2 TEXT, NAME TEXT);
                """)
            for (fid, blob, iso, name) in [(1, header + square, "AA", "Alpha"), (2, header + bowTie, "BB", "Bowtie"),
                                           (3, header + other, "-99", "Somewhere Land")] {
                try db.execute(sql: "INSERT INTO countries VALUES (?, ?, ?, ?)", arguments: [fid, Data(blob), iso, name])
            }
            try db.execute(sql: "INSERT INTO countries VALUES (4, NULL, 'CC', 'Nothing')")
        }
    }

    @Test("a hand-made GeoPackage: bow-tie repaired, -99 flagged and coded by name, NULL geometry skipped; idempotent")
    func handMadeGeoPackage() throws {
        let directory = try Self.temporaryDirectory()
        let gpkg = directory.appendingPathComponent("tiny.gpkg").path
        try Self.makeGeoPackage(at: gpkg)
        let store = try GazetteerStore(writingTo: directory.appendingPathComponent("g.sqlite").path)
        let summary = try store.importBoundaries(gpkg, level: 0)
        #expect(summary.read == 4)
        #expect(summary.added == 3)
        #expect(summary.skipped == 1)
        #expect(summary.repaired == 1)
        #expect(summary.flagged == 1)
        #expect(summary.isBalanced)
        let codes = try store.database.read { db in try String.fetchAll(db, sql: "SELECT code FROM boundary ORDER BY code") }
        #expect(codes == ["AA", "BB", "somewhere-land"])
        let boxes = try store.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM boundary_rtree") }
        #expect(boxes == 3)
        let inBowTie = try store.locate(latitude: 10.5, longitude: 10.2)
        #expect(inBowTie.country?.code == "BB")
        let again = try store.importBoundaries(gpkg, level: 0)
        #expect(again.added == 0)
        #expect(again.updated == 3)
        #expect(again.isBalanced)
    }

    @Test("admin1_sahel.geojson (62 features, iso_a2 + name) imports at level 1")
    func sahelGeoJSONLevel1() throws {
        let directory = try Self.temporaryDirectory()
        let store = try GazetteerStore(writingTo: directory.appendingPathComponent("g.sqlite").path)
        let summary = try store.importBoundaries(Self.sahelGeoJSON, level: 1)
        #expect(summary.read == 62)
        #expect(summary.added + summary.skipped == 62)
        #expect(summary.skipped == 0)
        #expect(summary.isBalanced)
        let (rows, mali) = try store.database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM boundary WHERE level = 1") ?? 0,
             try String.fetchAll(db, sql: "SELECT code FROM boundary WHERE country = 'ML' ORDER BY code"))
        }
        #expect(rows == 62)
        #expect(mali.contains("ML:koulikoro"))
        let kati = try store.locate(latitude: 12.74, longitude: -8.07)
        #expect(kati.admin1?.code == "ML:koulikoro")
        #expect(kati.country == nil)
        #expect(throws: GazetteerError.self) { try store.importBoundaries(Self.sahelGeoJSON) }
    }

    @Test("QGIS world_map.gpkg: all 240 countries and 4,556 admin-1 units")
    func worldMap() throws {
        let directory = try Self.temporaryDirectory()
        let path = directory.appendingPathComponent("g.sqlite").path
        let store = try GazetteerStore(writingTo: path)
        let start = Date()
        let summary = try store.importBoundaries(GeoPackageTests.worldMap)
        let seconds = Date().timeIntervalSince(start)
        print("boundaries: \(summary)\n  in \(String(format: "%.2f", seconds)) s")
        #expect(summary.read == 240 + 4556)
        #expect(summary.added == 240 + 4556)
        #expect(summary.isBalanced)
        let (countries, states, mali, koulikoro) = try store.database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM boundary WHERE level = 0") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM boundary WHERE level = 1") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM boundary WHERE level = 1 AND country = 'ML'") ?? 0,
             try String.fetchOne(db, sql: "SELECT name FROM boundary WHERE level = 1 AND code = 'ML07'"))
        }
        #expect(countries == 240)
        #expect(states == 4556)
        #expect(mali == 9)
        #expect(koulikoro == "Koulikoro")
    }
}
