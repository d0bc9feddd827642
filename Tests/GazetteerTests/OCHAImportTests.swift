import Foundation
import GRDB
import Testing
@testable import Gazetteer

/// The OCHA Mali file imported over the QGIS Natural Earth boundaries, once, shared by the tests that read it.
enum MaliFixture {
    static let ochaFile = TestData.ochaMali
    static var available: Bool {
        FileManager.default.fileExists(atPath: ochaFile) && FileManager.default.fileExists(atPath: GeoPackageTests.worldMap)
    }

    struct Built: Sendable {
        let store: GazetteerStore
        let boundaries: ImportSummary
        let settlements: ImportSummary
    }

    static let built: Result<Built, GazetteerError> = {
        do {
            let directory = try BoundaryImportTests.temporaryDirectory()
            let path = directory.appendingPathComponent("mali.sqlite").path
            let store = try GazetteerStore(writingTo: path)
            var start = Date()
            let boundaries = try store.importBoundaries(GeoPackageTests.worldMap)
            let boundarySeconds = Date().timeIntervalSince(start)
            start = Date()
            let settlements = try store.importOCHASettlements(ochaFile)
            let settlementSeconds = Date().timeIntervalSince(start)
            // Fold the WAL into the main file so the size is what a user would ship.
            try store.database.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            print("""
                MaliFixture: boundaries \(String(format: "%.2f", boundarySeconds)) s, OCHA \(String(format: "%.2f", settlementSeconds)) s, \
                database \(size / 1024) KiB
                \(settlements)
                """)
            return .success(Built(store: store, boundaries: boundaries, settlements: settlements))
        } catch let error as GazetteerError {
            return .failure(error)
        } catch {
            return .failure(GazetteerError(message: "\(error)"))
        }
    }()

    static func get() throws -> Built { try built.get() }
}

/// Rows and a checksum of the place tables, to prove a failed import changed nothing.
func placeSnapshot(_ store: GazetteerStore) throws -> String {
    try store.database.read { db in
        let places = try String.fetchOne(db, sql: """
            SELECT count(*) || '#' || ifnull(group_concat(id || '|' || source_id || '|' || name || '|' || lat || '|' || lon || '|' || flags, ';'), '')
            FROM (SELECT * FROM place ORDER BY id)
            """) ?? ""
        let names = try String.fetchOne(db, sql: """
            SELECT count(*) || '#' || ifnull(group_concat(place_id || '|' || normalized, ';'), '')
            FROM (SELECT * FROM place_name ORDER BY place_id, normalized)
            """) ?? ""
        return places + "\n" + names
    }
}

@Suite("OCHA settlements import")
struct OCHAImportTests {
    static let header = "longitude,latitude,featureNam,pcode,featureRef,featureAlt,featureA_1,popPlaceCl,popPlace_1,admin0Name,admin0Pcod,admin1Name,admin1Pcod,admin2Name,admin2Pcod,admin3Name,admin3Pcod,date,validOn"

    /// Five rows: a mojibake admin-3 capital and its village at one spot, a row repeated exactly, and a row
    /// without P-code.
    static let small = """
        \(header)
        -11.2111473999999,14.50893347,KabatÃ©,ML010102000,Kabate,,,4,Admin3 Capital,Mali,ML,Kayes,ML01,Kayes,ML0101,Colimbine,ML010102,2015-02-02,2015-04-24
        -11.2111472799999,14.50893335,Kabate,ML010102004,Kabate,,,5,,Mali,ML,Kayes,ML01,Kayes,ML0101,Colimbine,ML010102,2015-02-02,2015-04-24
        -11.48750015,14.54055597,Bangassi,ML010101000,Bangassi,,,4,Admin3 Capital,Mali,ML,Kayes,ML01,Kayes,ML0101,Bangassi,ML010101,2015-02-02,2015-04-24
        -11.48750015,14.54055597,Bangassi,ML010101000,Bangassi,,,4,Admin3 Capital,Mali,ML,Kayes,ML01,Kayes,ML0101,Bangassi,ML010101,2015-02-02,2015-04-24
        -11.3,14.6,Nowhere,,Nowhere,,,5,,Mali,ML,Kayes,ML01,Kayes,ML0101,Bangassi,ML010101,2015-02-02,2015-04-24

        """

    static func write(_ text: String, name: String = "ocha.csv") throws -> (store: GazetteerStore, csv: String) {
        let directory = try BoundaryImportTests.temporaryDirectory()
        let csv = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: csv))
        return (try GazetteerStore(writingTo: directory.appendingPathComponent("g.sqlite").path), csv)
    }

    @Test("without boundaries: mojibake repaired, duplicates merged, a row without P-code skipped, all accounted for")
    func smallFile() throws {
        let (store, csv) = try Self.write(Self.small)
        let summary = try store.importOCHASettlements(csv)
        #expect(summary.read == 5)
        #expect(summary.added == 2)
        #expect(summary.merged == 2)
        #expect(summary.skipped == 1)
        #expect(summary.repaired == 1)
        #expect(summary.flagged == 0)
        #expect(summary.isBalanced)
        #expect(summary.notes.contains { $0.hasPrefix("admin-1 check skipped: no boundaries") })
        let kabate = try store.database.read { db in
            try Row.fetchOne(db, sql: "SELECT source_id, flags, feature_rank FROM place WHERE name = 'Kabaté'")
        }
        let row = try #require(kabate)
        #expect(row["source_id"] as String == "ML010102000")
        #expect(row["feature_rank"] as Int == 4)
        let flags = (row["flags"] as String).split(separator: ",").map(String.init)
        #expect(flags.contains("merged-duplicate"))
        #expect(flags.contains("merged-pcode:ML010102004"))
        #expect(flags.contains("mojibake-repaired"))
        let again = try store.importOCHASettlements(csv)
        #expect(again.added == 0)
        #expect(again.updated == 2)
        #expect(again.isBalanced)
    }

    @Test("a row with too few fields fails naming its line, and nothing is written")
    func wrongColumnCount() throws {
        let (store, csv) = try Self.write(Self.small)
        try store.importOCHASettlements(csv)
        let before = try placeSnapshot(store)
        var lines = Self.small.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[3] = "-11.48750015,14.54055597,Bangassi,ML010101000,Bangassi,,,4,Admin3 Capital,Mali,ML,Kayes"
        let bad = try Self.write(lines.joined(separator: "\n"), name: "bad.csv").csv
        let error = try #require(throws: GazetteerError.self) { try store.importOCHASettlements(bad) }
        #expect(error.line == 4)
        #expect(error.file == bad)
        #expect(error.message.contains("admin1Name"))
        #expect(try placeSnapshot(store) == before)
    }

    @Test("a file cut in its last field fails naming the line")
    func truncated() throws {
        var text = Self.small.trimmingCharacters(in: .newlines)
        text.removeLast(4)
        let (store, csv) = try Self.write(text)
        let error = try #require(throws: GazetteerError.self) { try store.importOCHASettlements(csv) }
        #expect(error.line == 6)
        let cutMidRow = try Self.write(String(Self.small.prefix(Self.small.count - 60)))
        let error2 = try #require(throws: GazetteerError.self) { try cutMidRow.store.importOCHASettlements(cutMidRow.csv) }
        #expect(error2.line == 6)
    }

    @Test("Mali, with boundaries: 18,769 rows balanced, Kabaté, Ménaka's sign fixed")
    func maliFile() throws {
        let fixture = try MaliFixture.get()
        let summary = fixture.settlements
        #expect(summary.read == 18_769)
        #expect(summary.isBalanced)
        #expect(summary.merged > 0)
        #expect(summary.repaired > 0)
        let store = fixture.store
        let (kabate, menaka, anderamboukane) = try store.database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM place WHERE name = 'Kabaté'") ?? 0,
             try Double.fetchAll(db, sql: "SELECT lon FROM place WHERE name = 'Menaka'"),
             try Double.fetchAll(db, sql: "SELECT lon FROM place WHERE name = 'Anderamboukane'"))
        }
        #expect(kabate >= 1)
        #expect(menaka.count == 1)
        #expect(menaka.allSatisfy { abs($0 - 2.40) < 0.01 })
        #expect(anderamboukane.count == 2)
        #expect(anderamboukane.allSatisfy { $0 > 2.9 && $0 < 3.1 })
        let koulikoro = try store.database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM place WHERE source = 'ocha' AND admin1 = 'Koulikouro'")
        }
        #expect(koulikoro == 0)
        // The seat of a commune answers to the commune's name: "à Bamba" means Bamba-Poste, seat of Bamba.
        let bamba = try store.lookup("Bamba", options: LookupOptions(country: "ML"))
        #expect(bamba.contains { $0.place.name == "Bamba-Poste" && $0.place.admin2 == "Bourem" && $0.matchedName == "Bamba" })
    }

    @Test("Mali: a bad latitude on line 101 fails, changing nothing; a second import adds nothing")
    func garbledThenAgain() throws {
        let fixture = try MaliFixture.get()
        let store = fixture.store
        let before = try placeSnapshot(store)
        // Split on the LF byte: in a Swift String, CRLF is one Character and would not split on "\n".
        var lines = try [UInt8](Data(contentsOf: URL(fileURLWithPath: MaliFixture.ochaFile)))
            .split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        var fields = lines[100].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        try #require(fields.count == 19)
        fields[1] = "14.5O"
        lines[100] = fields.joined(separator: ",")
        let garbled = try BoundaryImportTests.temporaryDirectory().appendingPathComponent("garbled.csv").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: garbled))
        let error = try #require(throws: GazetteerError.self) { try store.importOCHASettlements(garbled) }
        #expect(error.line == 101)
        #expect(error.message.contains("latitude"))
        #expect(try placeSnapshot(store) == before)

        let again = try store.importOCHASettlements(MaliFixture.ochaFile)
        #expect(again.added == 0)
        #expect(again.isBalanced)
        #expect(again.updated == fixture.settlements.added)
        #expect(try placeSnapshot(store) == before)
    }
}
