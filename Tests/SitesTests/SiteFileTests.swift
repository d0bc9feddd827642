import Foundation
import Sites
import Testing

@Suite("Sites and routes files")
struct SiteFileTests {
    func write(_ text: String, _ name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sites-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func failure(_ body: () throws -> Void) -> SiteFileError? {
        do { try body() } catch let error as SiteFileError { return error } catch { return nil }
        return nil
    }

    @Test func aCSVGivesEverySiteWithItsKind() throws {
        let path = try write("name,lat,lon,kind\nMopti office,14.4843,-4.1827,office\n\"Gao, warehouse\",16.27,-0.04,\n", "s.csv")
        let sites = try SiteFile.read(path)
        #expect(sites.map(\.name) == ["Mopti office", "Gao, warehouse"])
        #expect(sites.map(\.kind) == ["office", nil])
        #expect(sites[1].point.longitude == -0.04)
    }

    @Test func badRowsAreNamedByLineAndField() throws {
        let cases: [(String, Int, String, String)] = [
            ("name,lat,lon\nA,14,-4\n,15,-4\n", 3, "name", "no name"),
            ("name,lat,lon\nA,95,-4\n", 2, "lat", "outside -90...90"),
            ("name,lat,lon\nA,14,west\n", 2, "lon", "not a number"),
            ("name,lat,lon\nA,14,\n", 2, "lon", "empty"),
            ("name,lat,lon\nParis,48.85,2.35\n", 2, "lat", "outside the region"),
            ("name,lat,lon\nA,14\n", 2, "", "2 fields"),
        ]
        for (text, line, field, words) in cases {
            let path = try write(text, "s.csv")
            let error = try #require(failure { _ = try SiteFile.read(path) }, "\(text)")
            #expect(error.line == line, "\(text)")
            if !field.isEmpty { #expect(error.field == field, "\(text)") }
            #expect(error.description.hasPrefix("\(path):\(line)"))
            #expect(error.description.contains(words), "\(error)")
        }
        let noColumn = try write("site_name,lat,lon\nA,14,-4\n", "s.csv")
        #expect(failure { _ = try SiteFile.read(noColumn) }?.field == "name")
    }

    @Test func aGeoJSONOfPointsIsReadAndItsFaultsNamedByFeature() throws {
        let good = try write("""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","geometry":{"type":"Point","coordinates":[-4.1827,14.4843]},"properties":{"name":"Mopti office","kind":"office"}}]}
            """, "s.geojson")
        #expect(try SiteFile.read(good).map(\.name) == ["Mopti office"])
        let unnamed = try write("""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","geometry":{"type":"Point","coordinates":[-4.1827,14.4843]},"properties":{"name":"A"}},
             {"type":"Feature","geometry":{"type":"Point","coordinates":[-4.1,14.4]},"properties":{}}]}
            """, "s.geojson")
        let error = try #require(failure { _ = try SiteFile.read(unnamed) })
        #expect(error.feature == 1)
        #expect(error.field == "name")
    }

    @Test func routesMustHaveLengthAndNotCrossThemselves() throws {
        func routes(_ geometry: String) throws -> String {
            try write("""
                {"type":"FeatureCollection","features":[{"type":"Feature","geometry":\(geometry),"properties":{"name":"R"}}]}
                """, "r.geojson")
        }
        let good = try routes(#"{"type":"LineString","coordinates":[[-0.04,16.27],[0.2,15.98],[0.5,15.66]]}"#)
        #expect(try RouteFile.read(good).first?.parts.first?.count == 3)
        let crossing = try routes(#"{"type":"LineString","coordinates":[[0,15],[1,16],[1,15],[0,16]]}"#)
        #expect(failure { _ = try RouteFile.read(crossing) }?.message.contains("crosses itself") == true)
        let point = try routes(#"{"type":"LineString","coordinates":[[0,15],[0,15]]}"#)
        #expect(failure { _ = try RouteFile.read(point) }?.message.contains("no length") == true)
        let empty = try routes(#"{"type":"MultiLineString","coordinates":[]}"#)
        #expect(failure { _ = try RouteFile.read(empty) }?.message.contains("empty") == true)
        let notALine = try routes(#"{"type":"Point","coordinates":[0,15]}"#)
        #expect(failure { _ = try RouteFile.read(notALine) }?.field == "geometry")
        let swapped = try routes(#"{"type":"LineString","coordinates":[[16.27,-0.04],[15.98,0.2]]}"#)
        #expect(failure { _ = try RouteFile.read(swapped) }?.message.contains("outside the region") == true)
    }
}
