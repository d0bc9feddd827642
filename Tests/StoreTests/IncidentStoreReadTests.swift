import Foundation
import Incidents
import Store
import Testing
import TestSupport

/// Reading a store back: by date, a page at a time, and fast enough for big stores.
@Suite("Incident store: reading")
struct IncidentStoreReadTests {
    @Test("incidents come by date then id, undated last; --since/--until bound them and leave the undated out", arguments: StoreKind.allCases)
    func orderAndRange(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        let far = StoreFixture.north(of: StoreFixture.boni, km: 100)
        try StoreFixture.append(store, "c", date: "2024-02-10", at: StoreFixture.boni, killed: 1)
        try StoreFixture.append(store, "z", date: nil, at: nil, killed: 1)
        try StoreFixture.append(store, "b", date: "2024-01-05", at: StoreFixture.boni, killed: 1)
        try StoreFixture.append(store, "a", date: "2024-02-10", at: far, killed: 1)
        try StoreFixture.append(store, "d", date: "2024-03-01", at: nil, killed: 1)
        #expect(try store.incidents().map(\.incident.incidentID) == ["b#1", "a#1", "c#1", "d#1", "z#1"])
        #expect(try store.incidents(since: "2024-02-10").map(\.incident.incidentID) == ["a#1", "c#1", "d#1"])
        #expect(try store.incidents(until: "2024-02-10").map(\.incident.incidentID) == ["b#1", "a#1", "c#1"])
        #expect(try store.incidents(since: "2024-01-06", until: "2024-02-29").map(\.incident.incidentID) == ["a#1", "c#1"])
    }

    @Test("pages follow one another without gaps or repeats", arguments: StoreKind.allCases)
    func paging(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        for day in 1...7 {
            try StoreFixture.append(store, "doc\(day)", date: "2024-04-0\(day % 3 + 1)", at: StoreFixture.north(of: StoreFixture.boni, km: Double(day) * 60),
                                    killed: day)
        }
        var pages: [[String]] = []
        try store.forEachPage(pageSize: 3) { pages.append($0.map(\.incident.incidentID)) }
        #expect(pages.map(\.count) == [3, 3, 1])
        #expect(pages.flatMap { $0 } == (try store.incidents()).map(\.incident.incidentID))
        #expect(Set(pages.flatMap { $0 }).count == 7)
    }

    @Test("10,000 reports of 5,000 events: every pair found through the index, and appends stay fast", arguments: StoreKind.allCases)
    func manyIncidents(kind: StoreKind) throws {
        let store = try StoreFixture.newStore(kind)
        // Events on a grid 0.6° (≈ 65 km) apart, on days 3 apart; each reported twice, 5 km and a day apart,
        // in two series of documents: the answer is 5,000 incidents of two sources each.
        var events: [(date: String, nextDay: String, point: (latitude: Double, longitude: Double))] = []
        for slot in 0..<20 {
            for row in 0..<15 {
                for column in 0..<17 where events.count < 5_000 {
                    let day = 1 + slot * 3
                    events.append((Self.date(dayOfYear: day), Self.date(dayOfYear: day + 1),
                                   (latitude: 10 + Double(row) * 0.6, longitude: -12 + Double(column) * 0.6)))
                }
            }
        }
        let clock = ContinuousClock()
        let started = clock.now
        for series in ["first", "second"] {
            for batch in 0..<50 {
                let id = "\(series)-\(batch)"
                let reports = (0..<100).map { n in
                    let event = events[batch * 100 + n]
                    return series == "first"
                        ? StoreFixture.report(id, number: n + 1, date: event.date, at: event.point, killed: 10)
                        : StoreFixture.report(id, number: n + 1, date: event.nextDay, at: StoreFixture.north(of: event.point, km: 5), killed: 7)
                }
                try store.append(reports, document: ReportDocument(id: id))
            }
        }
        let elapsed = clock.now - started
        #expect(try store.counts() == IncidentStoreCounts(documents: 100, reports: 10_000, incidents: 5_000))
        #expect(elapsed < .seconds(60), "appending 10,000 reports took \(elapsed)")
        var pairs = 0
        try store.forEachPage(pageSize: 700) { page in
            pairs += page.filter { $0.sources.count == 2 && $0.incident.killed == 7 }.count
        }
        #expect(pairs == 5_000)

        let probe = StoreFixture.report("probe", date: "2023-01-02", at: (latitude: 10.3, longitude: -11.7), killed: 1)
        let probeStart = clock.now
        try store.append([probe], document: ReportDocument(id: "probe"))
        #expect(clock.now - probeStart < .milliseconds(200))
    }

    /// `2023-MM-DD` for a day of the year 2023 (1 = 1 January).
    private static func date(dayOfYear: Int) -> String {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var day = dayOfYear, month = 0
        while day > lengths[month] {
            day -= lengths[month]
            month += 1
        }
        return String(format: "2023-%02d-%02d", month + 1, day)
    }
}
