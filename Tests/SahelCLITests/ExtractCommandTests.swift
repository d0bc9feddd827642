import Foundation
import GeoJSON
import Testing

/// End-to-end checks of `sahel extract`, running the built binary on the default gazetteer.
@Suite("sahel extract", .serialized)
struct ExtractCommandTests {
    static let seed = Fixtures.shared.appendingPathComponent("data/seed/mali-2022-07-29.fr.txt").path

    private func lines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try Fixtures.json(String($0)) }
    }

    @Test("the seed article: the Kati attack of 22 July and the 27 July attacks, with the contract's fields")
    func seedArticle() throws {
        let result = try SahelProcess.run(["extract", Self.seed, "--published", "2022-07-29", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let incidents = try lines(result.stdout)
        #expect(incidents.count == 2)
        let keys = ["doc_id", "incident_id", "date", "date_precision", "event_type", "sub_event_type", "killed",
                    "injured", "actors", "country", "location", "capital", "distance_km", "bearing_deg", "evidence"]
        for incident in incidents { #expect(keys.allSatisfy { incident.keys.contains($0) }) }
        let kati = try #require(incidents.first { $0["date"] as? String == "2022-07-22" })
        #expect(kati["killed"] as? Int == 1)
        let location = try #require(kati["location"] as? [String: Any])
        #expect(location["name"] as? String == "Kati")
        #expect(kati["capital"] as? String == "Bamako")
        let distance = try #require(kati["distance_km"] as? Double)
        #expect(distance > 10 && distance < 20)
        let july27 = try #require(incidents.first { $0["date"] as? String == "2022-07-27" })
        #expect(july27["killed"] as? Int == 18)
        #expect(july27["location"] is NSNull)
        #expect(july27["country"] as? String == "ML")
    }

    @Test("two reports of one attack go into the store as one incident with the lowest toll; export reads it back")
    func storeMergesReports() throws {
        let dir = try Fixtures.temporaryDirectory()
        let input = dir.appendingPathComponent("reports.jsonl").path
        try """
            {"id": "a", "published": "2022-07-27", "text": "Mardi, des hommes armés ont attaqué le camp militaire de Boni (cercle de Douentza), tuant 12 soldats."}
            {"id": "b", "published": "2022-07-28", "text": "Mardi, le camp de Boni, dans le cercle de Douentza, a été attaqué par des jihadistes. Bilan : 15 morts."}
            """.write(toFile: input, atomically: true, encoding: .utf8)
        let store = dir.appendingPathComponent("incidents.sqlite").path
        // Boni of the cercle of Douentza: OCHA's settlements know the cercle, GeoNames' cities500 does not.
        let gazetteer = try Fixtures.ochaGazetteer.get()
        let extract = try SahelProcess.run(["extract", input, "--store", store, "--output", dir.appendingPathComponent("out.jsonl").path,
                                            "--quiet", "--gazetteer", gazetteer])
        #expect(extract.status == 0, "\(extract.stderr)")
        let export = try SahelProcess.run(["incidents", "export", "--store", store, "--format", "jsonl", "--quiet"])
        #expect(export.status == 0, "\(export.stderr)")
        let merged = try lines(export.stdout)
        #expect(merged.count == 1)
        #expect(merged.first?["killed"] as? Int == 12)
        #expect((merged.first?["sources"] as? [String])?.sorted() == ["a", "b"])
        let geojson = dir.appendingPathComponent("incidents.geojson").path
        let features = try SahelProcess.run(["extract", input, "--format", "geojson", "--output", geojson, "--quiet",
                                             "--gazetteer", gazetteer])
        #expect(features.status == 0)
        let collection = try GeoJSONReader.readFeatureCollection(contentsOf: URL(fileURLWithPath: geojson))
        #expect(collection.features.count == 2)
    }

    @Test("a bad line is reported with its number and skipped; the run ends 65")
    func badLine() throws {
        let dir = try Fixtures.temporaryDirectory()
        let input = dir.appendingPathComponent("reports.jsonl").path
        try "{\"id\": \"1\", \"text\": \"Attaque à Gao hier, deux morts.\", \"published\": \"2022-02-31\"}\n{\"id\": \"2\", \"text\": \"Attaque à Kidal.\"}\n"
            .write(toFile: input, atomically: true, encoding: .utf8)
        let result = try SahelProcess.run(["extract", input, "--quiet"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("reports.jsonl:1"), "\(result.stderr)")
        #expect(try lines(result.stdout).count == 1)
    }
}
