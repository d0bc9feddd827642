import Foundation
import Incidents
import Store
import Testing

/// End-to-end checks of `sahel report proximity`, running the built binary on the development set of
/// ../shared/data (its coded date, place coordinates and fatalities written as `sahel extract` contract lines).
@Suite("sahel report proximity")
struct ReportCommandTests {
    static let devSet = Fixtures.shared.appendingPathComponent("data/incidents-fr-dev.jsonl")

    /// The development set's 222 coded incidents as contract lines: `date`, `killed`, `country`,
    /// `location: {name, lat, lon}`, and nulls where the contract has fields the set does not code.
    private func contractFile() throws -> (path: String, directory: URL) {
        let dir = try Fixtures.temporaryDirectory()
        let rows = try String(contentsOf: Self.devSet, encoding: .utf8).split(separator: "\n")
        var lines: [String] = []
        for row in rows {
            let coded = try Fixtures.json(String(row))
            let number = try #require(coded["no"] as? Int)
            let line: [String: Any] = [
                "doc_id": "dev-\(number)", "incident_id": "dev-\(number)#1",
                "date": coded["date"] ?? NSNull(), "date_precision": 1,
                "event_type": "Violence against civilians", "sub_event_type": "Attack",
                "killed": coded["killed"] ?? NSNull(), "injured": coded["injured"] ?? NSNull(), "actors": [String](),
                "country": "ML",
                "location": ["name": coded["place"] ?? NSNull(), "lat": coded["lat"] ?? NSNull(), "lon": coded["lon"] ?? NSNull(),
                             "precision": 1],
                "capital": NSNull(), "distance_km": NSNull(), "bearing_deg": NSNull(),
                "evidence": ["start": 0, "end": 0, "text": coded["text"] ?? ""],
            ]
            let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        #expect(lines.count == 222)
        let path = dir.appendingPathComponent("incidents.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return (path, dir)
    }

    private func period(_ label: String, in report: [String: Any]) throws -> [String: Any] {
        let periods = try #require(report["periods"] as? [[String: Any]])
        return try #require(periods.first { $0["period"] as? String == label })
    }

    private func ring(_ name: String, of period: [String: Any]) throws -> (incidents: Int, killed: Int) {
        let rings = try #require(period["rings"] as? [String: Any])
        let ring = try #require(rings[name] as? [String: Any])
        return (try #require(ring["incidents"] as? Int), try #require(ring["killed"] as? Int))
    }

    @Test("the development set by month matches a count made by hand for 2015-04 and 2016-07")
    func developmentSetByMonth() throws {
        let (input, _) = try contractFile()
        let result = try SahelProcess.run(["report", "proximity", "--input", input, "--by", "month",
                                           "--capital", "12.6392,-8.0029", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Fixtures.json(result.stdout)
        #expect(report["by"] as? String == "month")
        #expect((report["periods"] as? [Any])?.count == 24)   // every month of 2015 and 2016 has incidents
        #expect(report["unlocated"] as? Int == 0 && report["undated"] as? Int == 0)

        // Counted by hand from incidents-fr-dev.jsonl: the rows whose date starts with the month, their
        // `killed` summed, and each row's distance from 12.6392,-8.0029 by PROJ's `geod +ellps=WGS84 -I`
        // put in the smallest of 50, 100, 200, 300, 500 km that reaches it.
        // 2015-04: 18 rows, 57 killed. Bamako 0.4 km (2 killed) -> 50; Diafarabé 363.1 (1), Doro 473.9 (4),
        // Léré 476.1 (19), Dogo 476.7 (1) -> 500 (4 rows, 25 killed); the other 13 rows (30 killed) beyond.
        // Median of 18: (Tombouctou 705.5 + Frontière Boulkessi 805.4) / 2 = 755.5 km.
        let april = try period("2015-04", in: report)
        #expect(april["incidents"] as? Int == 18)
        #expect(april["killed"] as? Int == 57)
        #expect(try ring("50", of: april) == (1, 2))
        #expect(try ring("100", of: april) == (0, 0))
        #expect(try ring("300", of: april) == (0, 0))
        #expect(try ring("500", of: april) == (4, 25))
        #expect(try ring("beyond", of: april) == (13, 30))
        #expect(april["min_km"] as? Double == 0.4)
        #expect(april["median_km"] as? Double == 755.5)

        // 2016-07: 13 rows, 63 killed. Nampala 393.7 km (17) and Ouro Modi 410.6 (1) -> 500 (2 rows, 18
        // killed); the other 11 (45 killed) beyond. Median of 13, the 7th: Gao 946.6 km.
        let july = try period("2016-07", in: report)
        #expect(july["incidents"] as? Int == 13)
        #expect(july["killed"] as? Int == 63)
        #expect(try ring("50", of: july) == (0, 0))
        #expect(try ring("500", of: july) == (2, 18))
        #expect(try ring("beyond", of: july) == (11, 45))
        #expect(july["min_km"] as? Double == 393.7)
        #expect(july["median_km"] as? Double == 946.6)

        let trend = try #require(report["trend"] as? [String: Any])
        #expect(trend["from"] as? String == "2015-01" && trend["to"] as? String == "2016-12")
        #expect(trend["incidents"] as? Int == 222)
        let sentence = try #require(trend["sentence"] as? String)
        #expect(sentence.hasPrefix("attacks moved ") && sentence.hasSuffix(", Jan 2015–Dec 2016, 222 incidents"))
    }

    @Test("CSV: one row per period, ring columns named ring_50_incidents ... beyond_killed")
    func csvColumns() throws {
        let (input, dir) = try contractFile()
        let output = dir.appendingPathComponent("proximity.csv").path
        let result = try SahelProcess.run(["report", "proximity", "--input", input, "--by", "week", "--since", "2016-07-01",
                                           "--until", "2016-07-31", "--format", "csv", "--output", output, "--capital", "12.6392,-8.0029"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.hasPrefix("period,incidents,killed,located,ring_50_incidents,ring_50_killed,") == true)
        #expect(lines.first?.hasSuffix("beyond_incidents,beyond_killed,min_km,median_km") == true)
        #expect(lines.dropFirst().first?.hasPrefix("2016-W26,") == true)   // 2016-07-01 is the Friday of week 26
        let incidents = lines.dropFirst().compactMap { Int($0.split(separator: ",")[1]) }.reduce(0, +)
        #expect(incidents == 13)
    }

    @Test("the table lines its columns up and ends with the trend")
    func table() throws {
        let (input, _) = try contractFile()
        let result = try SahelProcess.run(["report", "proximity", "--input", input, "--by", "month", "--since", "2016-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let rows = lines.prefix(13)   // the header and 12 months
        #expect(Set(rows.map(\.count)).count == 1)
        #expect(rows.first?.hasPrefix("period") == true)
        #expect(result.stdout.contains("Trend: attacks moved "))
        #expect(result.stderr.contains("122 incidents in 12 periods"))
    }

    @Test("a bad JSONL line is named and skipped, the run ends 65; --strict stops at it; undated and unlocated are counted apart")
    func badLine() throws {
        let dir = try Fixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("incidents.jsonl").path
        try """
            {"date": "2022-07-22", "killed": 6, "location": {"name": "Kati", "lat": 12.7441, "lon": -8.0726}}
            {"date": "2022-07-27", "killed": null, "location": null, "country": "ML"}
            {"date": "2022-07-27", "killed": "many", "location": null}
            {"date": null, "killed": 3, "location": {"lat": 14.4, "lon": -4.2}}
            not json

            """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try SahelProcess.run(["report", "proximity", "--input", path, "--by", "month", "--format", "json"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("incidents.jsonl:3: killed"))
        #expect(result.stderr.contains("incidents.jsonl:5: not valid JSON"))
        #expect(result.stderr.contains("1 incident without a place, 1 without a date"))
        let report = try Fixtures.json(result.stdout)   // the report is still written
        let july = try period("2022-07", in: report)
        #expect(july["incidents"] as? Int == 2 && july["killed"] as? Int == 6 && july["located"] as? Int == 1)

        let strict = try SahelProcess.run(["report", "proximity", "--input", path, "--by", "month", "--strict"])
        #expect(strict.status == 65)
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderr.contains("incidents.jsonl:3: killed"))
        #expect(!strict.stderr.contains(":5:"))
    }

    @Test("--store reads the merged incidents: two reports of one attack at Kati count once")
    func fromStore() throws {
        let dir = try Fixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("incidents.sqlite").path
        let store = try SQLiteIncidentStore(writingTo: path)
        let kati = IncidentLocation(name: "Kati", latitude: 12.7441, longitude: -8.0726, precision: 1, admin1: "Koulikoro",
                                    admin2: "Kati", gazetteerID: nil)
        for (doc, killed) in [("afp-1", 6), ("rfi-2", 8)] {
            try store.append([
                Incident(documentID: doc, incidentID: "\(doc)#1", date: "2022-07-22", datePrecision: 1,
                         eventType: .explosionsRemoteViolence, subEventType: .suicideBomb, killed: killed, injured: nil,
                         actors: [], country: "ML", location: kati, evidence: Evidence(start: 0, end: 4, text: "Kati")),
            ], document: ReportDocument(id: doc))
        }
        let result = try SahelProcess.run(["report", "proximity", "--store", path, "--by", "week", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Fixtures.json(result.stdout)
        let week = try period("2022-W29", in: report)
        #expect(week["incidents"] as? Int == 1 && week["killed"] as? Int == 6)   // merged: the lowest figure
        #expect(try ring("50", of: week) == (1, 6))
        #expect(week["min_km"] as? Double == 13.9)
        let capital = try #require(report["capital"] as? [String: Any])
        #expect(capital["name"] as? String == "Bamako")
    }

    @Test("missing inputs end 66; no input or two inputs are usage errors")
    func missingInputs() throws {
        let dir = try Fixtures.temporaryDirectory()
        let store = try SahelProcess.run(["report", "proximity", "--store", dir.appendingPathComponent("none.sqlite").path, "--by", "month"])
        #expect(store.status == 66)
        #expect(store.stderr.contains("none.sqlite"))
        let input = try SahelProcess.run(["report", "proximity", "--input", dir.appendingPathComponent("none.jsonl").path, "--by", "week"])
        #expect(input.status == 66)
        let neither = try SahelProcess.run(["report", "proximity", "--by", "month"])
        #expect(neither.status == 64)
        let both = try SahelProcess.run(["report", "proximity", "--by", "month", "--store", "a", "--input", "b"])
        #expect(both.status == 64)
    }
}
