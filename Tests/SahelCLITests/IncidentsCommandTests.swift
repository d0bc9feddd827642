import Foundation
import GeoJSON
import Incidents
import Store
import Testing

/// End-to-end checks of `sahel incidents list` and `sahel incidents export` on a store built here through the
/// Incidents library (as `sahel extract --store` will build it): two reports of one attack at Boni, a clash
/// near Djibo, and an unlocated incident in Niger.
@Suite("sahel incidents")
struct IncidentsCommandTests {
    static let contractKeys = ["doc_id", "incident_id", "date", "date_precision", "event_type", "sub_event_type", "killed",
                               "injured", "actors", "country", "location", "capital", "distance_km", "bearing_deg", "evidence"]

    /// A new store in a temporary folder, and the folder.
    func makeStore() throws -> (store: String, directory: URL) {
        let dir = try Fixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("incidents.sqlite").path
        let store = try SQLiteIncidentStore(writingTo: path)
        let boni = IncidentLocation(name: "Boni", latitude: 15.0258, longitude: -2.2075, precision: 1, admin1: "Mopti",
                                    admin2: "Douentza", gazetteerID: 101)
        let nearBoni = IncidentLocation(name: "Boni", latitude: 15.116, longitude: -2.2075, precision: 2, admin1: "Mopti",
                                        admin2: "Douentza", gazetteerID: 101)
        let nearDjibo = IncidentLocation(name: "20 km north of Djibo", latitude: 14.2827, longitude: -1.6306, precision: 2,
                                         admin1: "Sahel", admin2: "Soum", gazetteerID: nil,
                                         anchor: .init(name: "Djibo", latitude: 14.1022, longitude: -1.6306), offsetKm: 20, bearing: 0)
        let quoted = "Des hommes armés ont attaqué Boni, tuant 12 civils, selon \"des sources locales\".\nUn bilan provisoire."
        try store.append([
            Incident(documentID: "afp-1", incidentID: "afp-1#1", date: "2024-03-02", datePrecision: 1,
                     eventType: .violenceAgainstCivilians, subEventType: .attack, killed: 12, injured: 3, actors: ["JNIM"],
                     country: "ML", location: boni, evidence: Evidence(start: 0, end: quoted.unicodeScalars.count, text: quoted)),
        ], document: ReportDocument(id: "afp-1", sourceFile: "feeds/afp.jsonl:1", published: "2024-03-03"))
        try store.append([
            Incident(documentID: "rfi-7", incidentID: "rfi-7#1", date: "2024-03-03", datePrecision: 1,
                     eventType: .battles, subEventType: .armedClash, killed: 15, injured: nil, actors: ["JNIM", "Dozos"],
                     country: "ML", location: nearBoni, evidence: Evidence(start: 10, end: 60, text: "15 morts à Boni")),
        ], document: ReportDocument(id: "rfi-7"))
        try store.append([
            Incident(documentID: "bbc-3", incidentID: "bbc-3#1", date: "2024-04-10", datePrecision: 2,
                     eventType: .battles, subEventType: .armedClash, killed: 0, injured: nil, actors: [],
                     country: "BF", location: nearDjibo, evidence: Evidence(start: 0, end: 30, text: "Clashes north of Djibo")),
            Incident(documentID: "bbc-3", incidentID: "bbc-3#2", date: "2024-05-01", datePrecision: 3,
                     eventType: .explosionsRemoteViolence, subEventType: .remoteExplosiveLandmineIED, killed: nil, injured: 4,
                     actors: [], country: "NE", location: nil, evidence: Evidence(start: 31, end: 70, text: "An IED in Niger"),
                     warnings: ["no place for this incident"]),
        ], document: ReportDocument(id: "bbc-3"))
        return (path, dir)
    }

    @Test("GeoJSON: one Feature per incident, read back by our reader and by GDAL with the same count")
    func geoJSON() throws {
        let (store, dir) = try makeStore()
        let output = dir.appendingPathComponent("incidents.geojson").path
        let result = try SahelProcess.run(["incidents", "export", "--store", store, "--format", "geojson", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("3 incidents"))
        let collection = try GeoJSONReader.readFeatureCollection(contentsOf: URL(fileURLWithPath: output))
        #expect(collection.features.count == 3)
        let boni = try #require(collection.features.first)
        guard case .point(let position)? = boni.geometry else {
            Issue.record("Boni is not a Point")
            return
        }
        #expect(position.latitude == 15.0258 && position.longitude == -2.2075)
        let properties = try #require(boni.properties)
        #expect(properties["incident_id"] == .string("afp-1#1"))
        #expect(properties["date"] == .string("2024-03-02"))
        #expect(properties["killed"] == .integer(12))
        #expect(properties["injured"] == .integer(3))
        #expect(properties["event_type"] == .string("Battles"))
        #expect(properties["location_name"] == .string("Boni"))
        #expect(properties["precision"] == .integer(1))
        #expect(properties["admin1"] == .string("Mopti"))
        #expect(properties["sources"] == .array([.string("afp-1"), .string("rfi-7")]))
        #expect(properties["capital"] == .null)
        #expect(properties["lat"] == nil && properties["location"] == nil)
        #expect(Array(properties.keys.prefix(3)) == ["doc_id", "incident_id", "date"])

        let djibo = try #require(collection.features.dropFirst().first?.properties)
        #expect(djibo["anchor_name"] == .string("Djibo"))
        #expect(djibo["offset_km"] == .integer(20) || djibo["offset_km"] == .number(20))
        #expect(djibo["killed"] == .integer(0))
        let niger = try #require(collection.features.last)
        #expect(niger.geometry == nil)
        #expect(niger.properties?["location_name"] == .null)
        #expect(niger.properties?["warnings"] == .array([.string("no place for this incident")]))

        if let summary = try Fixtures.ogrSummary(output) {
            #expect(summary.contains("Feature Count: 3"), "\(summary)")
            #expect(summary.contains("killed: Integer"), "\(summary)")
        }

        let sequence = dir.appendingPathComponent("incidents.geojsonl").path
        let seq = try SahelProcess.run(["incidents", "export", "--store", store, "--format", "geojsonseq", "-o", sequence, "--quiet"])
        #expect(seq.status == 0, "\(seq.stderr)")
        #expect(seq.stderr.isEmpty)
        #expect(try GeoJSONReader.readFeatureSequence(contentsOf: URL(fileURLWithPath: sequence)).count == 3)
        if let summary = try Fixtures.ogrSummary(sequence) {
            #expect(summary.contains("Feature Count: 3"), "\(summary)")
        }
    }

    @Test("JSON lines: each parses and carries the contract's keys, in order, plus sources")
    func jsonLines() throws {
        let (store, _) = try makeStore()
        let result = try SahelProcess.run(["incidents", "export", "--store", store, "--format", "jsonl", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        for line in lines {
            let object = try Fixtures.json(line)
            for key in Self.contractKeys + ["sources"] { #expect(object[key] != nil, "\(key) missing in \(line)") }
            // Each key after the one before it (a located incident's location has a bearing_deg of its own).
            var rest = line[...]
            for key in Self.contractKeys {
                guard let found = rest.range(of: "\"\(key)\":") else {
                    Issue.record("\(key) out of order in \(line)")
                    break
                }
                rest = rest[found.upperBound...]
            }
        }
        let boni = try Fixtures.json(lines[0])
        #expect(boni["killed"] as? Int == 12)
        #expect(boni["actors"] as? [String] == ["JNIM", "Dozos"])
        #expect(boni["sources"] as? [String] == ["afp-1", "rfi-7"])
        #expect(boni["capital"] is NSNull && boni["distance_km"] is NSNull)
        let location = try #require(boni["location"] as? [String: Any])
        #expect(location["lat"] as? Double == 15.0258)
        #expect(location["anchor"] is NSNull)
        #expect(Set(location.keys) == ["name", "lat", "lon", "precision", "admin1", "admin2", "gazetteer_id", "anchor",
                                       "offset_km", "bearing_deg"])
        let evidence = try #require(boni["evidence"] as? [String: Any])
        #expect((evidence["text"] as? String)?.hasPrefix("Des hommes armés") == true)
        #expect(boni["warnings"] != nil)   // the two reports differ on killed

        let djibo = try Fixtures.json(lines[1])
        let anchor = try #require((djibo["location"] as? [String: Any])?["anchor"] as? [String: Any])
        #expect(anchor["name"] as? String == "Djibo")
        #expect(djibo["warnings"] == nil)
        let niger = try Fixtures.json(lines[2])
        #expect(niger["location"] is NSNull)
        #expect(niger["country"] as? String == "NE")
        #expect(niger["killed"] is NSNull && niger["injured"] as? Int == 4)
    }

    @Test("CSV: the header, one row per incident, lat/lon empty when unlocated, quoted text intact")
    func csv() throws {
        let (store, dir) = try makeStore()
        let output = dir.appendingPathComponent("incidents.csv").path
        let result = try SahelProcess.run(["incidents", "export", "--store", store, "--format", "csv", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try CSVText.rows(try String(contentsOfFile: output, encoding: .utf8))
        let header = try #require(rows.first)
        #expect(Array(header.prefix(13)) == ["doc_id", "incident_id", "date", "date_precision", "event_type", "sub_event_type",
                                             "killed", "injured", "actors", "country", "location_name", "lat", "lon"])
        #expect(header.contains("sources") && header.contains("evidence_text"))
        #expect(rows.count == 4)
        for row in rows { #expect(row.count == header.count, "\(row)") }
        func field(_ row: [String], _ name: String) -> String? { header.firstIndex(of: name).map { row[$0] } }
        #expect(field(rows[1], "lat") == "15.0258" && field(rows[1], "lon") == "-2.2075")
        #expect(field(rows[1], "actors") == "JNIM; Dozos")
        #expect(field(rows[1], "sources") == "afp-1; rfi-7")
        #expect(field(rows[1], "evidence_text")?.contains("\"des sources locales\".\nUn bilan") == true)
        #expect(field(rows[2], "killed") == "0")
        #expect(field(rows[3], "lat") == "" && field(rows[3], "lon") == "" && field(rows[3], "killed") == "")
    }

    @Test("list: a table by date with the lowest figures and the sources count; --since narrows it")
    func list() throws {
        let (store, _) = try makeStore()
        let result = try SahelProcess.run(["incidents", "list", "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("date") && lines[0].contains("killed") && lines[0].contains("sources") && lines[0].contains("place"))
        #expect(lines[1].hasPrefix("2024-03-02") && lines[1].contains("Boni (Mopti, ML)"))
        #expect(lines[1].split(separator: " ").contains("12") && lines[1].split(separator: " ").contains("2"))
        #expect(lines[3].contains("(unlocated, NE)"))
        #expect(result.stderr.contains("3 incidents"))

        let since = try SahelProcess.run(["incidents", "list", "--store", store, "--since", "2024-04-01", "--until", "2024-04-30", "-q"])
        #expect(since.status == 0, "\(since.stderr)")
        #expect(since.stdout.split(separator: "\n").count == 2)
        #expect(since.stdout.contains("Djibo"))
        #expect(since.stderr.isEmpty)
    }

    @Test("errors: a missing store exits 66, a file that is not a store 65, a bad date 64, an unwritable output 74")
    func errors() throws {
        let missing = try SahelProcess.run(["incidents", "export", "--store", "/nonexistent/incidents.sqlite", "--format", "jsonl"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/incidents.sqlite"))
        let missingList = try SahelProcess.run(["incidents", "list", "--store", "/nonexistent/incidents.sqlite"])
        #expect(missingList.status == 66)

        let (store, dir) = try makeStore()
        let notAStore = dir.appendingPathComponent("notes.sqlite")
        try String(repeating: "not a database ", count: 20).write(to: notAStore, atomically: true, encoding: .utf8)
        let bad = try SahelProcess.run(["incidents", "list", "--store", notAStore.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains(notAStore.path))

        let badDate = try SahelProcess.run(["incidents", "list", "--store", store, "--since", "2024-02-30"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("--since"))
        let noFormat = try SahelProcess.run(["incidents", "export", "--store", store])
        #expect(noFormat.status == 64)
        let unwritable = try SahelProcess.run(["incidents", "export", "--store", store, "--format", "csv",
                                               "--output", "/nonexistent/dir/out.csv"])
        #expect(unwritable.status == 74)
        #expect(unwritable.stderr.contains("/nonexistent/dir/out.csv"))
    }

    @Test("--help shows examples")
    func help() throws {
        let group = try SahelProcess.run(["incidents", "--help"])
        #expect(group.stdout.contains("Examples:") && group.stdout.contains("list") && group.stdout.contains("export"))
        let export = try SahelProcess.run(["incidents", "export", "--help"])
        #expect(export.stdout.contains("sahel incidents export --store incidents.sqlite --format geojson"))
        let top = try SahelProcess.run(["--help"])
        #expect(top.stdout.contains("incidents"))
    }
}
