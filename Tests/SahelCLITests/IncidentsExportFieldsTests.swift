import Foundation
import GeoJSON
import Testing

/// `--fields`: exactly the fields asked, in contract order, in each format; the point always in GeoJSON and
/// lat/lon always in CSV; unknown names a usage error that lists the valid ones.
@Suite("sahel incidents export --fields")
struct IncidentsExportFieldsTests {
    private func export(_ format: String, _ fields: String, to name: String) throws -> String {
        let (store, dir) = try IncidentsCommandTests().makeStore()
        let output = dir.appendingPathComponent(name).path
        let result = try SahelProcess.run(["incidents", "export", "--store", store, "--format", format,
                                           "--fields", fields, "--output", output, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        return output
    }

    @Test("GeoJSON: the geometry and the listed properties only, read back by our reader and GDAL")
    func geoJSON() throws {
        let output = try export("geojson", "date,incident_id", to: "light.geojson")
        let collection = try GeoJSONReader.readFeatureCollection(contentsOf: URL(fileURLWithPath: output))
        #expect(collection.features.count == 3)
        for feature in collection.features {
            #expect(feature.properties.map { Array($0.keys) } == ["incident_id", "date"])
        }
        let boni = try #require(collection.features.first)
        guard case .point(let position)? = boni.geometry else {
            Issue.record("Boni is not a Point")
            return
        }
        #expect(position.latitude == 15.0258 && position.longitude == -2.2075)
        #expect(boni.properties?["incident_id"] == .string("afp-1#1"))
        #expect(boni.properties?["date"] == .string("2024-03-02"))
        #expect(collection.features.last?.geometry == nil)
        if let summary = try Fixtures.ogrSummary(output) {
            #expect(summary.contains("Feature Count: 3"), "\(summary)")
            #expect(summary.contains("incident_id: String") && summary.contains("date: "), "\(summary)")
            #expect(!summary.contains("evidence_text") && !summary.contains("doc_id"), "\(summary)")
        }

        let lists = try export("geojsonseq", "sources,warnings,actors", to: "lists.geojsonl")
        let features = try GeoJSONReader.readFeatureSequence(contentsOf: URL(fileURLWithPath: lists))
        #expect(features.first?.properties?["sources"] == .array([.string("afp-1"), .string("rfi-7")]))
        #expect(features.first?.properties?["actors"] == .array([.string("JNIM"), .string("Dozos")]))
        #expect(features.last?.properties?["warnings"] == .array([.string("no place for this incident")]))
        #expect(features.dropFirst().first?.properties.map { Array($0.keys) } == ["actors", "sources"])
    }

    @Test("CSV: the listed columns and lat, lon, in contract order")
    func csv() throws {
        let output = try export("csv", "evidence_text,incident_id", to: "light.csv")
        let rows = try CSVText.rows(try String(contentsOfFile: output, encoding: .utf8))
        #expect(rows.first == ["incident_id", "lat", "lon", "evidence_text"])
        #expect(rows.count == 4)
        #expect(rows[1] == ["afp-1#1", "15.0258", "-2.2075",
                            "Des hommes armés ont attaqué Boni, tuant 12 civils, selon \"des sources locales\".\nUn bilan provisoire."])
        #expect(rows[3] == ["bbc-3#2", "", "", "An IED in Niger"])
        if let summary = try Fixtures.ogrSummary(output) {
            #expect(summary.contains("Feature Count: 3"), "\(summary)")
        }
    }

    @Test("JSON lines: the listed members; location and evidence whole when one of their fields is listed")
    func jsonLines() throws {
        let (store, _) = try IncidentsCommandTests().makeStore()
        let plain = try SahelProcess.run(["incidents", "export", "--store", store, "--format", "jsonl",
                                          "--fields", "killed,incident_id", "--quiet"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let lines = plain.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first == #"{"incident_id":"afp-1#1","killed":12}"#)
        #expect(lines.last == #"{"incident_id":"bbc-3#2","killed":null}"#)

        let nested = try SahelProcess.run(["incidents", "export", "--store", store, "--format", "jsonl",
                                           "--fields", "lat,evidence_start", "--quiet"])
        #expect(nested.status == 0, "\(nested.stderr)")
        let objects = try nested.stdout.split(separator: "\n").map { try Fixtures.json(String($0)) }
        #expect(objects.map { Set($0.keys) } == Array(repeating: ["location", "evidence"], count: 3))
        let location = try #require(objects.first?["location"] as? [String: Any])
        #expect(location["name"] as? String == "Boni" && location["lat"] as? Double == 15.0258)
        #expect((objects.first?["evidence"] as? [String: Any])?["text"] as? String != nil)
        #expect(objects.last?["location"] is NSNull)
    }

    @Test("an unknown field is a usage error naming the valid ones; analyze's fields are analyze's")
    func unknownField() throws {
        let (store, _) = try IncidentsCommandTests().makeStore()
        let result = try SahelProcess.run(["incidents", "export", "--store", store, "--format", "geojson",
                                           "--fields", "incident_id,lattitude"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("lattitude") && result.stderr.contains("incident_id, date"), "\(result.stderr)")
        let analyzeOnly = try SahelProcess.run(["incidents", "export", "--store", store, "--format", "csv", "--fields", "ring_km"])
        #expect(analyzeOnly.status == 64)
        let extract = try SahelProcess.run(["extract", "-", "--fields", "date,nope"], stdin: "")
        #expect(extract.status == 64)
    }
}
