import Foundation
import GeoJSON
import Spatial
import Testing

@Suite("sahel distance, sahel rings, --help")
struct DistanceAndRingsCommandTests {
    @Test func versionAndHelpWithExamples() throws {
        let version = try SahelProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        let help = try SahelProcess.run(["--help"])
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("annotate"))
        let annotateHelp = try SahelProcess.run(["annotate", "--help"])
        #expect(annotateHelp.stdout.contains("sahel annotate events.csv"))
    }

    @Test func bamakoToKati() throws {
        let result = try SahelProcess.run(["distance", "12.6392,-8.0029", "12.7441,-8.0726"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("13.856 km"))
        #expect(result.stdout.contains("(NNW)"))   // 326.9°, just past the NW/NNW line at 326.25°
        let json = try Fixtures.json(SahelProcess.run(["distance", "12.6392,-8.0029", "12.7441,-8.0726", "--format", "json"]).stdout)
        let metres = try #require(json["distance_m"] as? Double)
        #expect(abs(metres - 13_856) < 1)
    }

    @Test func badCoordinatesAreUsageErrors() throws {
        let result = try SahelProcess.run(["distance", "95,-8.0029", "12.7441,-8.0726"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("latitude"))
        let swapped = try SahelProcess.run(["distance", "12.6392", "12.7441,-8.0726"])
        #expect(swapped.status == 64)
    }

    @Test func ringsAreRoundPolygonsGDALCanRead() throws {
        let dir = try Fixtures.temporaryDirectory()
        let output = dir.appendingPathComponent("rings.geojson").path
        let result = try SahelProcess.run(["rings", "--center", "12.6392,-8.0029", "--radii", "50,100", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        let collection = try GeoJSONReader.readFeatureCollection(contentsOf: URL(fileURLWithPath: output))
        #expect(collection.features.count == 2)
        let centre = try GeoPoint(latitude: 12.6392, longitude: -8.0029)
        for (feature, radius) in zip(collection.features, [50_000.0, 100_000.0]) {
            guard case .polygon(let rings)? = feature.geometry else {
                Issue.record("not a polygon")
                continue
            }
            for p in rings[0] {
                let d = Geodesic.wgs84.inverse(from: centre, to: try GeoPoint(latitude: p.latitude, longitude: p.longitude)).distance
                // 6 written decimals move a vertex by up to ~0.08 m.
                #expect(abs(d - radius) < 1)
            }
        }
        if let summary = try Fixtures.ogrSummary(output) {
            #expect(summary.contains("Feature Count: 2"))
            #expect(summary.contains("Polygon"))
        }
    }

    @Test func ringsRejectBadRadii() throws {
        let result = try SahelProcess.run(["rings", "--center", "12.6392,-8.0029", "--radii", "50,-3"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("-3"))
    }
}
