import Foundation
import Incidents
import Store
import Testing

/// Appending as a pipeline re-runs it: the same document twice changes nothing, a corrected document replaces
/// its old reports, and a failed append leaves the store as it was.
@Suite("Incident store: appending documents")
struct IncidentStoreAppendTests {
    @Test("re-appending a document changes nothing", arguments: StoreKind.allCases)
    func reappendingIsIdempotent(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        try StoreFixture.append(store, "afp", date: "2024-03-02", at: StoreFixture.boni, killed: 12)
        try StoreFixture.append(store, "rfi", date: "2024-03-03", at: StoreFixture.north(of: StoreFixture.boni, km: 10), killed: 15)
        let before = try store.incidents()
        let counts = try store.counts()

        let again = try StoreFixture.append(store, "rfi", date: "2024-03-03", at: StoreFixture.north(of: StoreFixture.boni, km: 10), killed: 15)
        #expect(again.unchanged)
        try StoreFixture.append(store, "afp", date: "2024-03-02", at: StoreFixture.boni, killed: 12)
        #expect(try store.incidents() == before)
        #expect(try store.counts() == counts)
        #expect(counts == IncidentStoreCounts(documents: 2, reports: 2, incidents: 1))
    }

    @Test("a corrected document replaces its earlier reports", arguments: StoreKind.allCases)
    func reappendingReplaces(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        try StoreFixture.append(store, "afp", date: "2024-03-02", at: StoreFixture.boni, killed: 12)
        try StoreFixture.append(store, "rfi", date: "2024-03-03", at: StoreFixture.boni, killed: 15)
        // AFP corrects its toll upwards: the lowest is now RFI's.
        let corrected = try StoreFixture.append(store, "afp", date: "2024-03-02", at: StoreFixture.boni, killed: 20)
        #expect(corrected.replacedDocument && !corrected.unchanged && corrected.mergedReports == 1)
        var incidents = try store.incidents()
        #expect(incidents.count == 1)
        #expect(incidents.first?.incident.killed == 15)
        // AFP first added, so its id and evidence stay the incident's.
        #expect(incidents.first?.incident.incidentID == "afp#1")
        #expect(incidents.first?.sources == ["afp", "rfi"])

        // RFI now says the attack was elsewhere, far away: two incidents, each with its own source.
        try StoreFixture.append(store, "rfi", date: "2024-03-03", at: StoreFixture.north(of: StoreFixture.boni, km: 300), killed: 15)
        incidents = try store.incidents()
        #expect(incidents.map(\.sources) == [["afp"], ["rfi"]])
        #expect(incidents.map(\.incident.killed) == [20, 15])

        // A document with no incidents any more takes its reports out.
        try store.append([], document: ReportDocument(id: "rfi"))
        #expect(try store.counts() == IncidentStoreCounts(documents: 2, reports: 1, incidents: 1))
    }

    @Test("a failure mid-append (a negative count the database refuses) leaves the store unchanged", arguments: StoreKind.allCases)
    func failedAppendRollsBack(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        try StoreFixture.append(store, "afp", date: "2024-03-02", at: StoreFixture.boni, killed: 12)
        try StoreFixture.append(store, "rfi", date: "2024-03-03", at: StoreFixture.boni, killed: 15)
        let before = try store.incidents()
        let counts = try store.counts()

        // The first report merges, a new one is stored, then the third breaks a CHECK constraint.
        let reports = [
            StoreFixture.report("bbc", number: 1, date: "2024-03-02", at: StoreFixture.boni, killed: 3),
            StoreFixture.report("bbc", number: 2, date: "2024-01-01", at: StoreFixture.north(of: StoreFixture.boni, km: 100), killed: 1),
            StoreFixture.report("bbc", number: 3, date: "2024-01-05", at: nil, killed: -4),
        ]
        let error = try #require(throws: IncidentStoreError.self) {
            try store.append(reports, document: ReportDocument(id: "bbc"))
        }
        #expect(error.incidentID == "bbc#3")
        #expect(error.description.contains(store.name))
        #expect(try store.incidents() == before)
        #expect(try store.counts() == counts)

        // Replacing a document fails the same way: its old reports are back.
        let broken = [StoreFixture.report("rfi", number: 1, date: "2024-03-03", at: StoreFixture.boni, killed: 15),
                      StoreFixture.report("rfi", number: 1, date: "2024-03-04", at: StoreFixture.boni, killed: 2)]
        #expect(throws: IncidentStoreError.self) { try store.append(broken, document: ReportDocument(id: "rfi")) }
        #expect(try store.incidents() == before)
        #expect(try store.counts() == counts)
    }

    @Test("incidents of another document, or out-of-range coordinates, are refused before anything is written", arguments: StoreKind.allCases)
    func invalidInput(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        let foreign = StoreFixture.report("afp", date: "2024-03-02", at: StoreFixture.boni, killed: 1)
        let wrongDocument = try #require(throws: IncidentStoreError.self) {
            try store.append([foreign], document: ReportDocument(id: "rfi"))
        }
        #expect(wrongDocument.description.contains("belongs to document afp"))
        let offTheMap = StoreFixture.report("afp", date: "2024-03-02", at: (latitude: 95, longitude: -2), killed: 1)
        let coordinates = try #require(throws: IncidentStoreError.self) {
            try store.append([offTheMap], document: ReportDocument(id: "afp"))
        }
        #expect(coordinates.description.contains("latitude 95"))
        #expect(try store.counts() == IncidentStoreCounts(documents: 0, reports: 0, incidents: 0))
    }

    @Test("opening: a missing file or a database that is not a store is named in the error")
    func openingErrors() throws {
        let missing = try #require(throws: IncidentStoreError.self) {
            try SQLiteIncidentStore(readingFrom: "/nonexistent/incidents.sqlite")
        }
        #expect(missing.description.contains("/nonexistent/incidents.sqlite"))

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sahel-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let text = dir.appendingPathComponent("notes.sqlite")
        try "not a database at all, just some text that is long enough to be read as a header".write(to: text, atomically: true, encoding: .utf8)
        let notSQLite = try #require(throws: IncidentStoreError.self) { try SQLiteIncidentStore(readingFrom: text.path) }
        #expect(notSQLite.description.contains(text.path))

        // A written store reads back, with the document as appended.
        let path = dir.appendingPathComponent("incidents.sqlite").path
        let writer = try SQLiteIncidentStore(writingTo: path)
        try writer.append([StoreFixture.report("afp", date: "2024-03-02", at: StoreFixture.boni, killed: 12)],
                          document: ReportDocument(id: "afp", sourceFile: "feeds/afp.jsonl:3", published: "2024-03-03"))
        let reader = try SQLiteIncidentStore(readingFrom: path)
        #expect(try reader.incidents().map(\.sources) == [["afp"]])
    }
}
