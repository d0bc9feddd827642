import Foundation
import GeoJSON
import Spatial
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

@Suite("sahel report sites")
struct ReportSitesCommandTests {
    /// Five incidents placed by hand around the Mopti office and the Gao-Ansongo road, one undated, one
    /// without a place.
    static func incidents(in dir: URL) throws -> URL {
        let mopti = try GeoPoint(latitude: 14.4843, longitude: -4.1827)
        // West of the office, away from the Sévaré warehouse to its east.
        func west(_ km: Double) -> GeoPoint { Geodesic.wgs84.direct(from: mopti, azimuth: 270, distance: km * 1000) }
        // 1 km square off the road's second vertex, between Gao and Ansongo.
        let road = Geodesic.wgs84.direct(from: try GeoPoint(latitude: 15.98, longitude: 0.2), azimuth: 135, distance: 1000)
        func line(_ date: String?, _ killed: Int, _ p: GeoPoint?) -> String {
            let day = date.map { "\"\($0)\"" } ?? "null"
            let location = p.map { "{\"lat\":\($0.latitude),\"lon\":\($0.longitude)}" } ?? "null"
            return "{\"date\":\(day),\"killed\":\(killed),\"location\":\(location)}"
        }
        let text = [
            line("2022-07-04", 2, west(3)), line("2022-07-20", 1, west(8)), line("2022-08-10", 0, west(30)),
            line("2022-08-11", 4, road), line(nil, 9, west(1)), line("2022-08-12", 5, nil),
        ].joined(separator: "\n") + "\n"
        let url = dir.appendingPathComponent("incidents.jsonl")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func countsPerSiteAndRoutePerMonthAreTheHandCounts() throws {
        let dir = try Fixtures.temporaryDirectory()
        let input = try Self.incidents(in: dir)
        let result = try SahelProcess.run(["report", "sites", "--input", input.path, "--sites", SitesCommandTests.sites,
                                           "--routes", SitesCommandTests.routes, "--by", "month", "--rings", "5,10,25,50",
                                           "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Fixtures.json(result.stdout)
        let rows = try #require(report["rows"] as? [[String: Any]])
        func row(_ place: String, _ period: String) -> [String: Any]? {
            rows.first { $0["place"] as? String == place && $0["period"] as? String == period }
        }
        func band(_ row: [String: Any]?, _ ring: String) -> [Int] {
            let cell = (row?["rings"] as? [String: Any])?[ring] as? [String: Int]
            return [cell?["incidents"] ?? -1, cell?["killed"] ?? -1]
        }
        let july = row("Mopti office", "2022-07")
        #expect(band(july, "5") == [1, 2])
        #expect(band(july, "10") == [1, 1])
        #expect(band(july, "25") == [0, 0])
        #expect(july?["total"] as? Int == 2)
        #expect(july?["change"] is NSNull)
        let august = row("Mopti office", "2022-08")
        #expect(band(august, "50") == [1, 0])
        #expect(august?["total"] as? Int == 1)
        #expect(august?["change"] as? Int == -1)
        let road = row("Gao-Ansongo", "2022-08")
        #expect(road?["kind"] as? String == "route")
        #expect(band(road, "5") == [1, 4])
        #expect(row("Gao-Ansongo", "2022-07")?["total"] as? Int == 0)
        #expect(report["undated"] as? Int == 1)
        #expect(report["unlocated"] as? Int == 1)
        // 6 sites and 3 routes, two months each.
        #expect(rows.count == 18)
    }

    @Test func tableAndCSVSayTheSameAndBadInputIsRefused() throws {
        let dir = try Fixtures.temporaryDirectory()
        let input = try Self.incidents(in: dir)
        let csv = try SahelProcess.run(["report", "sites", "--input", input.path, "--sites", SitesCommandTests.sites,
                                        "--by", "month", "--format", "csv", "--quiet"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("place,kind,period,ring_5_incidents,ring_5_killed,"))
        #expect(csv.stdout.contains("Mopti office,site,2022-08,0,0,0,0,0,0,1,0,1,-1\n"), "\(csv.stdout)")
        let table = try SahelProcess.run(["report", "sites", "--input", input.path, "--sites", SitesCommandTests.sites,
                                          "--by", "month", "--quiet"])
        #expect(table.stdout.contains("25-50 km"))
        let noPlaces = try SahelProcess.run(["report", "sites", "--input", input.path, "--by", "month"])
        #expect(noPlaces.status == 64)
        let bad = dir.appendingPathComponent("bad.csv")
        try Data("name,lat,lon\nMopti,14.48,-404\n".utf8).write(to: bad)
        let output = dir.appendingPathComponent("out.csv")
        let badRun = try SahelProcess.run(["report", "sites", "--input", input.path, "--sites", bad.path, "--by", "month",
                                           "--output", output.path])
        #expect(badRun.status == 65)
        #expect(badRun.stderr.contains("bad.csv:2: field 'lon'"), "\(badRun.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
