import Foundation
import GeoJSON
import Testing

@Suite("sahel annotate")
struct AnnotateCommandTests {
    private func annotate(_ extra: [String], input: String = Fixtures.towns) throws -> (SahelProcess.Result, FeatureCollection?, URL) {
        let dir = try Fixtures.temporaryDirectory()
        let output = dir.appendingPathComponent("out.geojson")
        let result = try SahelProcess.run(["annotate", input, "--output", output.path] + extra)
        let collection = FileManager.default.fileExists(atPath: output.path)
            ? try GeoJSONReader.readFeatureCollection(contentsOf: output) : nil
        return (result, collection, output)
    }

    private func feature(_ c: FeatureCollection, place: String) -> Feature? {
        c.features.first { $0.properties?["place"] == .string(place) }
    }

    @Test func townsGetDistanceRingAndRegion() throws {
        let (result, collection, output) = try annotate(["--regions", Fixtures.admin1])
        #expect(result.status == 0, "\(result.stderr)")
        let c = try #require(collection)
        #expect(c.features.count == 13)
        let kati = try #require(feature(c, place: "Kati"))
        let props = try #require(kati.properties)
        guard case .number(let km)? = props["dist_km"] else { Issue.record("dist_km missing"); return }
        #expect(abs(km - 13.272) < 0.0011)   // `geod -I +ellps=WGS84` gives 13271.949 m to OCHA's Kati point
        #expect(props["ring"] == .integer(50))
        #expect(props["region"] == .string("Koulikoro"))
        #expect(props["id"] == .integer(1))        // a numeric column stays a number
        #expect(props["date"] == .string("2022-07-22"))
        #expect(props["event"] == .string("Attack on a garrison, suicide vehicle"))
        #expect(props["lat"] == nil)                // coordinates live in the geometry
        #expect(props.keys == ["id", "date", "place", "event", "fatalities", "dist_km", "bearing_deg", "ring", "region"])
        #expect(kati.geometry == .point(Position(longitude: -8.071805, latitude: 12.738274)))
        #expect(feature(c, place: "Tombouctou")?.properties?["fatalities"] == .null)
        #expect(feature(c, place: "Tombouctou")?.properties?["ring"] == .null)   // beyond 500 km
        #expect(feature(c, place: "Ouagadougou")?.properties?["region"] == .string("Kadiogo"))
        #expect(feature(c, place: "Ménaka")?.properties?["region"] == .string("Gao"))
        #expect(result.stderr.contains("13 points"))
        if let summary = try Fixtures.ogrSummary(output.path) {
            #expect(summary.contains("Feature Count: 13"))
        }
    }

    @Test func workloadContractFieldsAndJSONLines() throws {
        let (result, collection, _) = try annotate(["--regions", Fixtures.admin1, "--fields", "dist_km,ring,region",
                                                    "--timings", "json", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let counts = try Fixtures.json(lines[0])
        let rings = try #require((counts["counts"] as? [String: Any])?["ring"] as? [String: Int])
        #expect(rings.values.reduce(0, +) == 13)
        #expect(Set(rings.keys) == ["50", "100", "200", "300", "500", "null"])
        let timings = try Fixtures.json(lines[1])
        for key in ["tool", "n", "load_s", "distance_s", "pip_s", "write_s", "total_s", "peak_rss_mb"] {
            #expect(timings[key] != nil, "\(key)")
        }
        #expect(timings["n"] as? Int == 13)
        let keys = try #require(collection?.features.first?.properties?.keys)
        #expect(keys.suffix(3) == ["dist_km", "ring", "region"])
    }

    @Test func boundaryPointsHaveNoRegionAndTheCapitalIsAtZero() throws {
        // Points exactly on polygon vertices lie on a boundary: OGC contains says no region.
        let regions = try GeoJSONReader.readFeatureCollection(contentsOf: URL(fileURLWithPath: Fixtures.admin1))
        var csv = "id,lat,lon\n1,12.6392,-8.0029\n"
        var id = 2
        for feature in regions.features.prefix(5) {
            guard case .multiPolygon(let polygons)? = feature.geometry else { continue }
            for p in polygons[0][0].prefix(20) {
                csv += "\(id),\(p.latitude),\(p.longitude)\n"
                id += 1
            }
        }
        let dir = try Fixtures.temporaryDirectory()
        let input = dir.appendingPathComponent("edges.csv")
        try csv.write(to: input, atomically: true, encoding: .utf8)
        let (result, collection, _) = try annotate(["--regions", Fixtures.admin1], input: input.path)
        #expect(result.status == 0, "\(result.stderr)")
        let features = try #require(collection?.features)
        #expect(features.count == id - 1)
        #expect(features[0].properties?["dist_km"] == .integer(0) || features[0].properties?["dist_km"] == .number(0))
        #expect(features[0].properties?["ring"] == .integer(50))
        #expect(features[0].properties?["region"] == .string("Bamako"))
        for f in features.dropFirst() {
            #expect(f.properties?["region"] == .null, "\(String(describing: f.geometry))")
        }
    }

    @Test func csvAndSequenceFormats() throws {
        let dir = try Fixtures.temporaryDirectory()
        let csvPath = dir.appendingPathComponent("out.csv").path
        let csv = try SahelProcess.run(["annotate", Fixtures.towns, "--format", "csv", "--output", csvPath, "--quiet"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = try String(contentsOfFile: csvPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 14)
        #expect(lines[0] == "id,date,place,lat,lon,event,fatalities,dist_km,bearing_deg,ring,region")
        #expect(lines[1].hasPrefix("1,2022-07-22,Kati,12.738274,-8.071805,\"Attack on a garrison, suicide vehicle\",1,13."))
        let seq = try SahelProcess.run(["annotate", Fixtures.towns, "--format", "geojsonseq", "--quiet"])
        #expect(seq.status == 0)
        let features = seq.stdout.split(separator: "\n")
        #expect(features.count == 13)
        for line in features { #expect(try Fixtures.json(String(line))["type"] as? String == "Feature") }
    }

    @Test func standardInputAndUnlocatedRows() throws {
        let result = try SahelProcess.run(["annotate", "-", "--quiet"], stdin: "id;lat;lon;note\n1;12,7383;-8,0718;x\n2;;;no coordinates\n")
        #expect(result.status == 0, "\(result.stderr)")
        let c = try GeoJSONReader.decodeFeatureCollection(from: Data(result.stdout.utf8))
        #expect(c.features.count == 2)
        #expect(c.features[1].geometry == nil)
        #expect(c.features[1].properties?["dist_km"] == .null)
        #expect(c.features[1].properties?["note"] == .string("no coordinates"))
    }

    @Test func badRowFailsWithLocationAndWritesNothing() throws {
        let dir = try Fixtures.temporaryDirectory()
        let input = dir.appendingPathComponent("bad.csv")
        try "id,lat,lon\n1,12.6,-8.0\n2,95,-8.0\n".write(to: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out.geojson")
        let result = try SahelProcess.run(["annotate", input.path, "--output", output.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.csv:3: field 'lat': latitude 95.0 is outside -90...90"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["bad.csv"])
    }

    @Test func badRegionsFileIsBadData() throws {
        let dir = try Fixtures.temporaryDirectory()
        let regions = dir.appendingPathComponent("regions.geojson")
        // A self-intersecting "bow-tie" polygon.
        try #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"X"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}}]}"#
            .write(to: regions, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out.geojson")
        let result = try SahelProcess.run(["annotate", Fixtures.towns, "--regions", regions.path, "--output", output.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("features[0]"))
        #expect(result.stderr.contains("Self-intersection"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func missingInputExits66() throws {
        let result = try SahelProcess.run(["annotate", "/nonexistent/events.csv"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/events.csv"))
        let regions = try SahelProcess.run(["annotate", Fixtures.towns, "--regions", "/nonexistent/admin1.geojson"])
        #expect(regions.status == 66)
    }
}
