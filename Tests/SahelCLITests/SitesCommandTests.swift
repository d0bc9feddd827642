import Foundation
import GeoJSON
import Testing

@Suite("--sites, --alert-km and --routes")
struct SitesCommandTests {
    static let sites = Fixtures.packageRoot.appendingPathComponent("Examples/sites-mali.csv").path
    static let routes = Fixtures.packageRoot.appendingPathComponent("Examples/routes-sahel.geojson").path

    private func rows(_ csv: String) -> [[String: String]] {
        let lines = csv.split(separator: "\n").map(String.init)
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) else { return [] }
        // The towns file quotes only its event column, which the tests do not read: drop quoted commas.
        return lines.dropFirst().map { line in
            var fields: [String] = []
            var current = ""
            var quoted = false
            for c in line {
                if c == "\"" { quoted.toggle() } else if c == "," && !quoted { fields.append(current); current = "" } else { current.append(c) }
            }
            fields.append(current)
            return Dictionary(uniqueKeysWithValues: zip(header, fields))
        }
    }

    @Test func annotateGivesEachPointItsNearestSiteAlertAndRoute() throws {
        let result = try SahelProcess.run(["annotate", Fixtures.towns, "--no-regions", "--sites", Self.sites,
                                           "--alert-km", "25", "--routes", Self.routes, "--format", "csv", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let table = rows(result.stdout)
        #expect(table.count == 13)
        let kati = try #require(table.first { $0["place"] == "Kati" })
        // geod -I +ellps=WGS84 from the Kati correspondent (12.7441,-8.0726) to OCHA's Kati: az 172.370526, 650.277 m.
        #expect(kati["nearest_site"] == "Kati correspondent")
        #expect(kati["site_km"] == "0.65")
        #expect(kati["site_bearing_deg"] == "172.4")
        #expect(kati["site_phrase"] == "0.7 km S of Kati correspondent")
        #expect(kati["site_alert"] == "true")
        let tombouctou = try #require(table.first { $0["place"] == "Tombouctou" })
        // geod -I: Douentza health centre to Tombouctou, 195330.529 m; nearest road point is Douentza, its end.
        #expect(tombouctou["nearest_site"] == "Douentza health centre")
        #expect(tombouctou["site_km"] == "195.331")
        #expect(tombouctou["site_alert"] == "false")
        #expect(tombouctou["nearest_route"] == "Sévaré-Douentza")
        #expect(tombouctou["route_km"] == "195.331")
        let gao = try #require(table.first { $0["place"] == "Gao" })
        #expect(gao["nearest_route"] == "Gao-Ansongo")
        #expect(gao["route_at_km"] == "0")
        let bandiagara = try #require(table.first { $0["place"] == "Bandiagara" })
        let along = try #require(bandiagara["route_at_km"].flatMap(Double.init))
        #expect(along > 0 && along < 60, "Bandiagara faces the first part of the Sévaré-Douentza road")
    }

    @Test func withoutSitesTheColumnsAreTheUsualOnes() throws {
        let result = try SahelProcess.run(["annotate", Fixtures.towns, "--no-regions", "--format", "csv", "--quiet"])
        #expect(result.status == 0)
        #expect(!(result.stdout.split(separator: "\n").first ?? "").contains("site"))
    }

    @Test func aBadSitesFileStopsTheRunNamingLineAndFieldAndWritesNothing() throws {
        let dir = try Fixtures.temporaryDirectory()
        let cases = [
            ("name,lat,lon\nMopti,14.48,-4.18\nGao,16.27,\n", ":3: field 'lon'"),
            ("name,lat,lon\n,14.48,-4.18\n", ":2: field 'name'"),
            ("name,lat,lon\nParis,48.85,2.35\n", "outside the region"),
        ]
        for (text, words) in cases {
            let sites = dir.appendingPathComponent("sites.csv")
            try Data(text.utf8).write(to: sites)
            let output = dir.appendingPathComponent("out.geojson")
            for command in [["annotate", Fixtures.towns, "--no-regions"],
                            ["analyze", Fixtures.packageRoot.appendingPathComponent("Examples/report-fr.txt").path,
                             "--published", "2022-07-29"]] {
                let result = try SahelProcess.run(command + ["--sites", sites.path, "--output", output.path])
                #expect(result.status == 65, "\(command[0]): \(result.stderr)")
                #expect(result.stderr.contains(sites.path + words) || result.stderr.contains(words), "\(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: output.path))
            }
        }
        let crossing = dir.appendingPathComponent("routes.geojson")
        try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"loop"},"geometry":{"type":"LineString","coordinates":[[0,15],[1,16],[1,15],[0,16]]}}]}"#.utf8).write(to: crossing)
        let result = try SahelProcess.run(["annotate", Fixtures.towns, "--no-regions", "--routes", crossing.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("features[0]: field 'geometry'") && result.stderr.contains("crosses itself"), "\(result.stderr)")
        let missing = try SahelProcess.run(["annotate", Fixtures.towns, "--no-regions", "--sites", dir.appendingPathComponent("none.csv").path])
        #expect(missing.status == 66, "\(missing.stderr)")
        let noSites = try SahelProcess.run(["annotate", Fixtures.towns, "--alert-km", "10"])
        #expect(noSites.status == 64)
        let negative = try SahelProcess.run(["annotate", Fixtures.towns, "--sites", Self.sites, "--alert-km", "0"])
        #expect(negative.status == 64)
    }

    @Test func analyzeMeasuresTheSeedArticlesIncidentsFromTheSites() throws {
        let seed = Fixtures.shared.appendingPathComponent("data/seed/mali-2022-07-29.fr.txt").path
        let result = try SahelProcess.run(["analyze", seed, "--published", "2022-07-29", "--sites", Self.sites,
                                           "--alert-km", "25", "--routes", Self.routes, "--format", "jsonl", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try result.stdout.split(separator: "\n").map { try Fixtures.json(String($0)) }
        let kati = try #require(lines.first { (($0["location"] as? [String: Any])?["name"] as? String) == "Kati" })
        #expect(kati["nearest_site"] as? String == "Kati correspondent")
        #expect(kati["site_alert"] as? Bool == true)
        #expect((kati["site_km"] as? Double).map { $0 < 5 } == true)
        // The gazetteer's Kati is a few metres from the correspondent: "at", not a direction.
        #expect(kati["site_phrase"] as? String == "at Kati correspondent")
        #expect(kati["nearest_route"] as? String == "Sévaré-Douentza")
        // An incident located only to its country has no distances, and says so with nulls.
        let unlocated = try #require(lines.first { $0["location"] is NSNull })
        #expect(unlocated["nearest_site"] is NSNull)
        #expect(unlocated["route_km"] is NSNull)
    }
}
