import Foundation
import Incidents
import PostGISTestSupport
import Store
import Testing

/// De-duplication as an analyst checks it: reports of one attack become one incident with the lowest
/// figures and every source; anything farther, later, unlocated or of another kind stays apart.
@Suite("Incident store: merging reports of one event")
struct IncidentStoreMergeTests {
    @Test("two reports one day and 10 km apart, 12 and 15 killed: one incident, 12 killed, two sources", arguments: StoreKind.allCases)
    func twoReportsOfOneAttack(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        try store.append([StoreFixture.report("afp", date: "2024-03-02", at: StoreFixture.boni, killed: 12, actors: ["JNIM"])],
                         document: ReportDocument(id: "afp", sourceFile: "afp.jsonl:1", published: "2024-03-03"))
        let result = try store.append(
            [StoreFixture.report("rfi", date: "2024-03-03", at: StoreFixture.north(of: StoreFixture.boni, km: 10), killed: 15,
                                 actors: ["JNIM", "FAMa"])],
            document: ReportDocument(id: "rfi"))
        #expect(result == IncidentAppendResult(mergedReports: 1))

        let incidents = try store.incidents()
        try #require(incidents.count == 1)
        let merged = incidents[0]
        #expect(merged.incident.killed == 12)
        #expect(merged.sources == ["afp", "rfi"])
        #expect(merged.incident.incidentID == "afp#1")
        #expect(merged.incident.actors == ["JNIM", "FAMa"])
        #expect(merged.incident.warnings.contains { $0.contains("killed (12, 15)") })
        // The reports keep what each said.
        #expect(try store.reports(ofIncident: "afp#1").map(\.killed) == [12, 15])
        #expect(try store.counts() == IncidentStoreCounts(documents: 2, reports: 2, incidents: 1))
    }

    @Test("a third report 200 km away is a new incident", arguments: StoreKind.allCases)
    func farAwayIsAnotherIncident(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        try StoreFixture.append(store, "afp", date: "2024-03-02", at: StoreFixture.boni, killed: 12)
        try StoreFixture.append(store, "rfi", date: "2024-03-03", at: StoreFixture.north(of: StoreFixture.boni, km: 10), killed: 15)
        let result = try StoreFixture.append(store, "bbc", date: "2024-03-02", at: StoreFixture.north(of: StoreFixture.boni, km: 200), killed: 4)
        #expect(result.newIncidents == 1 && result.mergedReports == 0)
        let incidents = try store.incidents()
        #expect(incidents.count == 2)
        #expect(incidents.map(\.sources).sorted { $0.count > $1.count } == [["afp", "rfi"], ["bbc"]])
    }

    @Test("a report of 0 killed merged with one of 5: 0, because 0 is a number", arguments: StoreKind.allCases)
    func zeroIsTheLowest(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        try StoreFixture.append(store, "a", date: "2024-05-10", at: StoreFixture.boni, killed: 5, injured: nil)
        try StoreFixture.append(store, "b", date: "2024-05-10", at: StoreFixture.boni, killed: 0, injured: 3)
        try StoreFixture.append(store, "c", date: "2024-05-11", at: StoreFixture.boni, killed: nil, injured: nil)
        let incidents = try store.incidents()
        try #require(incidents.count == 1)
        #expect(incidents[0].incident.killed == 0)
        #expect(incidents[0].incident.injured == 3)
        #expect(incidents[0].sources == ["a", "b", "c"])
    }

    @Test("unlocated incidents are never merged by place, undated ones never by date", arguments: StoreKind.allCases)
    func unlocatedAndUndatedStayApart(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        try StoreFixture.append(store, "a", date: "2024-05-10", at: nil, killed: 5)
        try StoreFixture.append(store, "b", date: "2024-05-10", at: nil, killed: 5)
        try StoreFixture.append(store, "c", date: "2024-05-10", at: StoreFixture.boni, killed: 5)
        try StoreFixture.append(store, "d", date: nil, at: StoreFixture.boni, killed: 5)
        try StoreFixture.append(store, "e", date: nil, at: StoreFixture.boni, killed: 5)
        #expect(try store.incidents().count == 5)
        #expect(try store.incidents().allSatisfy { $0.sources.count == 1 })
    }

    @Test("two days apart, or 30 km apart, stays apart", arguments: StoreKind.allCases)
    func justOutsideTheWindow(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        try StoreFixture.append(store, "a", date: "2024-05-10", at: StoreFixture.boni, killed: 5)
        try StoreFixture.append(store, "b", date: "2024-05-12", at: StoreFixture.boni, killed: 5)
        try StoreFixture.append(store, "c", date: "2024-05-10", at: StoreFixture.north(of: StoreFixture.boni, km: 30), killed: 5)
        // Across a month end: 31 May and 1 June are one day apart.
        try StoreFixture.append(store, "d", date: "2024-05-31", at: StoreFixture.boni, killed: 1)
        try StoreFixture.append(store, "e", date: "2024-06-01", at: StoreFixture.boni, killed: 2)
        #expect(try store.incidents().map(\.sources) == [["a"], ["c"], ["b"], ["d", "e"]])
    }

    @Test("a clash and an attack on civilians at one place and day merge; a protest and an attack do not", arguments: StoreKind.allCases)
    func eventTypeCompatibility(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        try StoreFixture.append(store, "attack", date: "2024-07-01", at: StoreFixture.boni, killed: 20,
                                type: .violenceAgainstCivilians, subType: .attack)
        try StoreFixture.append(store, "clash", date: "2024-07-01", at: StoreFixture.boni, killed: 25,
                                type: .battles, subType: .armedClash)
        try StoreFixture.append(store, "protest", date: "2024-07-01", at: StoreFixture.boni, killed: nil,
                                type: .protests, subType: .peacefulProtest)
        try StoreFixture.append(store, "abduction", date: "2024-07-01", at: StoreFixture.boni, killed: nil,
                                type: .violenceAgainstCivilians, subType: .abductionForcedDisappearance)
        let incidents = try store.incidents()
        #expect(incidents.count == 2)
        let attack = try #require(incidents.first { $0.sources.contains("attack") })
        // A battle outranks violence against civilians in the codebook.
        #expect(attack.incident.eventType == .battles)
        #expect(attack.incident.subEventType == .armedClash)
        #expect(attack.incident.killed == 20)
        // The abduction is violence against civilians too, so it joins the same incident.
        #expect(attack.sources == ["attack", "clash", "abduction"])
        #expect(DuplicateRule.compatible((.battles, .armedClash), (.violenceAgainstCivilians, .attack)))
        #expect(!DuplicateRule.compatible((.battles, .governmentRegainsTerritory), (.violenceAgainstCivilians, .attack)))
        #expect(!DuplicateRule.compatible((.explosionsRemoteViolence, .remoteExplosiveLandmineIED), (.battles, .armedClash)))
    }

    @Test("two incidents of one article are never merged with each other", arguments: StoreKind.allCases)
    func oneArticlesIncidentsStayApart(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        let reports = [
            StoreFixture.report("a", number: 1, date: "2024-05-10", at: StoreFixture.boni, killed: 5),
            StoreFixture.report("a", number: 2, date: "2024-05-10", at: StoreFixture.north(of: StoreFixture.boni, km: 5), killed: 2),
        ]
        #expect(try store.append(reports, document: ReportDocument(id: "a")).newIncidents == 2)
        // A later report joins the nearer of the two.
        try StoreFixture.append(store, "b", date: "2024-05-10", at: StoreFixture.north(of: StoreFixture.boni, km: 4), killed: 3)
        let incidents = try store.incidents()
        #expect(incidents.count == 2)
        #expect(incidents.first { $0.incident.incidentID == "a#2" }?.sources == ["a", "b"])
    }

    @Test("the most precise date and place are kept, the first report's id and evidence", arguments: StoreKind.allCases)
    func precisionWins(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        var vague = StoreFixture.report("weekly", date: "2024-05-11", at: StoreFixture.boni, killed: 9)
        vague.datePrecision = 2
        vague.location?.precision = 3
        vague.location?.name = "Mopti"
        try store.append([vague], document: ReportDocument(id: "weekly"))
        var precise = StoreFixture.report("daily", date: "2024-05-10", at: StoreFixture.north(of: StoreFixture.boni, km: 8), killed: 11)
        precise.location?.name = "Boni"
        try store.append([precise], document: ReportDocument(id: "daily"))
        let merged = try #require(try store.incidents().first).incident
        #expect(merged.date == "2024-05-10" && merged.datePrecision == 1)
        #expect(merged.location?.name == "Boni" && merged.location?.precision == 1)
        #expect(merged.incidentID == "weekly#1")
        #expect(merged.evidence == vague.evidence)
        #expect(merged.killed == 9)
    }
}

/// Reports and stores for the store tests.
enum StoreFixture {
    /// Boni, Mopti region, Mali.
    static let boni = (latitude: 15.0258, longitude: -2.2075)

    /// A new, empty store of `kind`: a file in a new temporary folder, or a new database on the test server.
    static func newStore(_ kind: StoreKind) throws -> any IncidentStore {
        switch kind {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sahel-store-\(UUID().uuidString)")
            return try SQLiteIncidentStore(writingTo: dir.appendingPathComponent("incidents.sqlite").path)
        case .postgis:
            return try IncidentStores.writing(try PostGISTestServer.newDatabase())
        }
    }

    /// The point `km` kilometres due north (a degree of latitude is about 110.6 km here).
    static func north(of point: (latitude: Double, longitude: Double), km: Double) -> (latitude: Double, longitude: Double) {
        (point.latitude + km / 110.65, point.longitude)
    }

    static func report(_ document: String, number: Int = 1, date: String?, at point: (latitude: Double, longitude: Double)?,
                       killed: Int?, injured: Int? = nil, actors: [String] = [], type: EventType = .violenceAgainstCivilians,
                       subType: SubEventType = .attack) -> Incident {
        let location = point.map {
            IncidentLocation(name: "Place \(document)", latitude: $0.latitude, longitude: $0.longitude, precision: 1,
                             admin1: "Mopti", admin2: "Douentza", gazetteerID: 42)
        }
        let text = "Report \(document) #\(number): \(killed.map(String.init) ?? "unknown") killed."
        return Incident(documentID: document, incidentID: "\(document)#\(number)", date: date, datePrecision: date == nil ? nil : 1,
                        eventType: type, subEventType: subType, killed: killed, injured: injured, actors: actors,
                        country: "ML", location: location, evidence: Evidence(start: 0, end: text.unicodeScalars.count, text: text))
    }

    /// Appends a document holding one report.
    @discardableResult
    static func append(_ store: any IncidentStore, _ document: String, date: String?, at point: (latitude: Double, longitude: Double)?,
                       killed: Int?, injured: Int? = nil, type: EventType = .violenceAgainstCivilians,
                       subType: SubEventType = .attack) throws -> IncidentAppendResult {
        try store.append([report(document, date: date, at: point, killed: killed, injured: injured, type: type, subType: subType)],
                         document: ReportDocument(id: document))
    }
}

/// The stores the contract tests run against: both, when the PostGIS test server is configured or required
/// (see `PostGISTestServer`).
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgis

    static var allCases: [StoreKind] { PostGISTestServer.runsTests ? [.sqlite, .postgis] : [.sqlite] }

    var testDescription: String { rawValue }
}
