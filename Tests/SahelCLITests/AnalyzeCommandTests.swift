import Foundation
import GeoJSON
import Spatial
import Testing

/// End-to-end checks of `sahel analyze`, the main job, running the built binary on the default gazetteer.
@Suite("sahel analyze", .serialized)
struct AnalyzeCommandTests {
    static let seed = Fixtures.shared.appendingPathComponent("data/seed/mali-2022-07-29.fr.txt").path

    private func analyze(_ arguments: [String], output name: String = "incidents.geojson") throws
        -> (result: SahelProcess.Result, output: URL) {
        let output = try Fixtures.temporaryDirectory().appendingPathComponent(name)
        let result = try SahelProcess.run(["analyze"] + arguments + ["--output", output.path])
        return (result, output)
    }

    private func kind(_ feature: Feature) -> String? {
        if case .string(let kind)? = feature.properties?["kind"] { return kind }
        return nil
    }

    private func number(_ feature: Feature, _ key: String) -> Double? {
        switch feature.properties?[key] {
        case .number(let value)?: return value
        case .integer(let value)?: return Double(value)
        default: return nil
        }
    }

    @Test("the seed article: a Kati Feature 13.9 km (± 0.5) from Bamako dated 2022-07-22; GDAL and our reader count the same")
    func seedArticle() throws {
        let (result, output) = try analyze([Self.seed, "--published", "2022-07-29"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("2 incidents (1 located)"), "\(result.stderr)")
        let collection = try GeoJSONReader.readFeatureCollection(contentsOf: output)
        #expect(collection.features.count == 2)
        #expect(collection.features.allSatisfy { kind($0) == "incident" })
        let kati = try #require(collection.features.first { $0.properties?["location_name"] == .string("Kati") })
        #expect(kati.properties?["date"] == .string("2022-07-22"))
        #expect(kati.properties?["capital"] == .string("Bamako"))
        let km = try #require(number(kati, "distance_km"))
        #expect(abs(km - 13.9) <= 0.5, "Kati is \(km) km from Bamako")
        #expect(kati.properties?["compass"] == .string("13.9 km NNW of Bamako"))
        #expect(kati.properties?["ring_km"] == .integer(50))
        #expect(kati.properties?["region"] == .string("Koulikoro"))
        #expect(kati.properties?["nearest_place"] == .string("Kati"))
        #expect(kati.properties?["killed"] == .integer(1))           // numbers stay numbers for QGIS and kepler.gl
        guard case .point(let position)? = kati.geometry else { Issue.record("Kati is not a Point"); return }
        #expect(abs(position.latitude - 12.744) < 0.01 && abs(position.longitude + 8.073) < 0.01)
        let unlocated = try #require(collection.features.first { $0.properties?["date"] == .string("2022-07-27") })
        #expect(unlocated.geometry == nil)
        #expect(unlocated.properties?["killed"] == .integer(18))
        #expect(unlocated.properties?["distance_km"] == .null)
        if let summary = try Fixtures.ogrSummary(output.path) {
            #expect(summary.contains("Feature Count: 2"), "\(summary)")
        }
    }

    @Test("--rings and --regions: ring Polygons with every vertex at its radius (± 1 m) and band counts; Koulikoro's Polygon with its count")
    func ringsAndRegions() throws {
        let (result, output) = try analyze([Self.seed, "--published", "2022-07-29", "--rings", "50,100,200", "--regions",
                                            "--segments", "128", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let collection = try GeoJSONReader.readFeatureCollection(contentsOf: output)
        let rings = collection.features.filter { kind($0) == "ring" }
        #expect(rings.map { number($0, "radius_km") } == [50, 100, 200])
        #expect(rings.map { number($0, "incidents") } == [1, 0, 0])
        #expect(rings.first?.properties?["label"] == .string("50 km from Bamako"))
        let bamako = try GeoPoint(latitude: 12.6392, longitude: -8.0029)
        for ring in rings {
            guard case .polygon(let parts)? = ring.geometry, let outline = parts.first else { Issue.record("not a Polygon"); continue }
            #expect(outline.count == 129)
            let radius = try #require(number(ring, "radius_km")) * 1000
            for vertex in outline {
                let metres = Geodesic.wgs84.inverse(from: bamako, to: try GeoPoint(latitude: vertex.latitude, longitude: vertex.longitude)).distance
                #expect(abs(metres - radius) < 1, "\(vertex): \(metres) m")
            }
        }
        let regions = collection.features.filter { kind($0) == "region" }
        #expect(regions.count == 1)
        #expect(regions.first?.properties?["region"] == .string("Koulikoro"))
        #expect(regions.first.flatMap { number($0, "incidents") } == 1)
        #expect(regions.first.flatMap { number($0, "killed") } == 1)
        if case .multiPolygon? = regions.first?.geometry {} else { Issue.record("the region is not a MultiPolygon") }
        if let summary = try Fixtures.ogrSummary(output.path) {
            #expect(summary.contains("Feature Count: \(collection.features.count)"), "\(summary)")
        }
    }

    @Test("with OCHA's settlements Kati is OCHA's point, 13.272 km from Bamako (geod: 13271.949 m)")
    func ochaKati() throws {
        let (result, output) = try analyze([Self.seed, "--published", "2022-07-29", "--format", "jsonl", "--quiet",
                                            "--gazetteer", try Fixtures.ochaGazetteer.get()], output: "incidents.jsonl")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n").map { try Fixtures.json(String($0)) }
        let kati = try #require(lines.first { $0["date"] as? String == "2022-07-22" })
        let km = try #require(kati["distance_km"] as? Double)
        #expect(abs(km - 13.272) < 0.0011)
        #expect(kati["region"] as? String == "Koulikoro")
        #expect(kati["ring_km"] as? Int == 50)
    }

    @Test("CSV: the extract columns then the analysis ones, lat/lon as columns; --capital fixes one capital for all")
    func csvWithFixedCapital() throws {
        let (result, output) = try analyze([Self.seed, "--published", "2022-07-29", "--format", "csv", "--quiet",
                                            "--capital", "12.6392,-8.0029"], output: "incidents.csv")
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: output, encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first).split(separator: ",").map(String.init)
        #expect(header.contains("lat") && header.contains("lon"))
        #expect(Array(header.suffix(6)) == ["compass", "ring_km", "region", "nearest_place", "nearest_km", "nearest_phrase"])
        #expect(text.contains("13.9 km NNW of 12.6392,-8.0029"))
    }

    @Test("usage and input errors: polygons in a line format, a bad line (65, the rest written), a missing file (66, no output)")
    func errors() throws {
        let (csv, csvOutput) = try analyze([Self.seed, "--format", "csv", "--rings", "50"], output: "x.csv")
        #expect(csv.status == 64)
        #expect(csv.stderr.contains("--rings"))
        #expect(!FileManager.default.fileExists(atPath: csvOutput.path))

        let dir = try Fixtures.temporaryDirectory()
        let input = dir.appendingPathComponent("reports.jsonl").path
        try """
            {"id": "a", "published": "2022-07-27", "text": "Mardi, des hommes armés ont attaqué le camp militaire de Kati, tuant 3 soldats."}
            {"id": 
            {"id": "c", "published": "2022-07-28", "text": "Hier, une mine a tué deux civils près de Gao."}
            """.write(toFile: input, atomically: true, encoding: .utf8)
        let (bad, badOutput) = try analyze([input])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("reports.jsonl:2"), "\(bad.stderr)")
        let written = try GeoJSONReader.readFeatureCollection(contentsOf: badOutput)
        #expect(Set(written.features.compactMap { feature -> String? in
            if case .string(let id)? = feature.properties?["doc_id"] { return id }
            return nil
        }) == ["a", "c"])

        let (missing, missingOutput) = try analyze([dir.appendingPathComponent("nope.txt").path])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope.txt"))
        #expect(!FileManager.default.fileExists(atPath: missingOutput.path))
    }
}
