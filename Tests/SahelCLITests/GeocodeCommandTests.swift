import Foundation
import GeoJSON
import Testing

/// End-to-end checks of `sahel geocode`, running the built binary on the default gazetteer.
@Suite("sahel geocode", .serialized)
struct GeocodeCommandTests {
    static let seed = Fixtures.shared.appendingPathComponent("data/seed/mali-2022-07-29.fr.txt").path

    private func lines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try Fixtures.json(String($0)) }
    }

    private func places(_ document: [String: Any]) -> [[String: Any]] {
        document["places"] as? [[String: Any]] ?? []
    }

    @Test("the seed article: Kati and Bamako located, offsets pointing at their names, focus in Mali")
    func seedArticle() throws {
        let result = try SahelProcess.run(["geocode", Self.seed, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try lines(result.stdout).first)
        #expect(document["doc_id"] as? String == "mali-2022-07-29.fr.txt")
        #expect(document["lang"] as? String == "fr")
        let text = Array(try String(contentsOfFile: Self.seed, encoding: .utf8).unicodeScalars)
        let found = places(document)
        let kati = try #require(found.first { $0["surface"] as? String == "Kati" })
        #expect(abs((kati["lat"] as? Double ?? 0) - 12.74) < 0.02)
        #expect(abs((kati["lon"] as? Double ?? 0) + 8.07) < 0.02)
        #expect(kati["country"] as? String == "ML")
        #expect(found.contains { $0["surface"] as? String == "Bamako" })
        for place in found {
            let start = try #require(place["start"] as? Int), end = try #require(place["end"] as? Int)
            #expect(String(String.UnicodeScalarView(text[start..<end])) == place["surface"] as? String)
        }
        #expect(!found.contains { ($0["surface"] as? String)?.lowercased().hasPrefix("améric") == true })
        let focus = try #require(document["focus"] as? [String: Any])
        #expect(focus["country"] as? String == "ML")
    }

    @Test("JSONL in, JSONL out in input order; a bad line is named by its number, skipped, and the run ends 65")
    func jsonLinesWithBadLine() throws {
        let dir = try Fixtures.temporaryDirectory()
        let input = dir.appendingPathComponent("reports.jsonl").path
        var body = ""
        for n in 0..<2500 {
            body += #"{"id": "r\#(n)", "text": "Attaque à Boni (cercle de Douentza) le jour \#(n)."}"# + "\n"
            if n == 1 { body += "{not json\n" }
        }
        try body.write(toFile: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("places.jsonl").path
        // The cercle of Douentza is in OCHA's settlements, not in GeoNames' cities500.
        let result = try SahelProcess.run(["geocode", input, "--output", output, "--quiet",
                                           "--gazetteer", try Fixtures.ochaGazetteer.get()])
        #expect(result.status == 65)
        #expect(result.stderr.contains("reports.jsonl:3"), "\(result.stderr)")
        let documents = try lines(try String(contentsOfFile: output, encoding: .utf8))
        #expect(documents.count == 2500)
        #expect(documents.map { $0["doc_id"] as? String ?? "" } == (0..<2500).map { "r\($0)" })
        #expect(documents.allSatisfy { places($0).first?["admin2"] as? String == "Douentza" })
    }

    @Test("--strict stops at the first bad line and leaves no output file")
    func strict() throws {
        let dir = try Fixtures.temporaryDirectory()
        let input = dir.appendingPathComponent("reports.jsonl").path
        try "{\"text\": \"Attaque à Gao.\"}\n{\"id\": 2}\n".write(toFile: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("places.jsonl").path
        let result = try SahelProcess.run(["geocode", input, "--output", output, "--strict"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("reports.jsonl:2"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["reports.jsonl"])
    }

    @Test("invalid UTF-8 is repaired with a warning naming the file; the places around it are still found")
    func invalidUTF8() throws {
        let dir = try Fixtures.temporaryDirectory()
        let input = dir.appendingPathComponent("broken.txt")
        var bytes = Array("Attaque à Gao ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(" puis à Kidal.".utf8)
        try Data(bytes).write(to: input)
        let result = try SahelProcess.run(["geocode", input.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("broken.txt"))
        #expect(result.stderr.contains("UTF-8"))
        let names = places(try #require(try lines(result.stdout).first)).compactMap { $0["surface"] as? String }
        #expect(names == ["Gao", "Kidal"])
    }

    @Test("standard input, and an empty text giving no places")
    func standardInput() throws {
        let result = try SahelProcess.run(["geocode", "-", "--quiet", "--gazetteer", try Fixtures.ochaGazetteer.get()],
                                          stdin: "Des tirs ont visé Tombouctou.")
        #expect(result.status == 0)
        let document = try #require(try lines(result.stdout).first)
        #expect(document["doc_id"] as? String == "stdin")
        #expect(places(document).first?["admin1"] as? String == "Tombouctou")
        let empty = try SahelProcess.run(["geocode", "-", "--quiet"], stdin: "")
        #expect(empty.status == 0)
        #expect(places(try #require(try lines(empty.stdout).first)).isEmpty)
    }

    @Test("GeoJSON: one Point per place, read back by our reader and by GDAL with the same count")
    func geoJSON() throws {
        let dir = try Fixtures.temporaryDirectory()
        let output = dir.appendingPathComponent("places.geojson").path
        let result = try SahelProcess.run(["geocode", Self.seed, "--format", "geojson", "--output", output, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let collection = try GeoJSONReader.readFeatureCollection(contentsOf: URL(fileURLWithPath: output))
        #expect(collection.features.count > 5)
        let kati = try #require(collection.features.first { $0.properties?["surface"] == .string("Kati") })
        #expect(kati.properties?["doc_id"] == .string("mali-2022-07-29.fr.txt"))
        guard case .point(let position)? = kati.geometry else {
            Issue.record("Kati is not a Point")
            return
        }
        #expect(abs(position.latitude - 12.74) < 0.02)
        if let summary = try Fixtures.ogrSummary(output) {
            #expect(summary.contains("Feature Count: \(collection.features.count)"), "\(summary)")
        }
    }

    @Test("a missing input exits 66 naming it; a bad --region is a usage error")
    func errors() throws {
        let missing = try SahelProcess.run(["geocode", "/nonexistent/reports.jsonl"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/reports.jsonl"))
        let region = try SahelProcess.run(["geocode", Self.seed, "--region", "Mali"])
        #expect(region.status == 64)
    }
}
