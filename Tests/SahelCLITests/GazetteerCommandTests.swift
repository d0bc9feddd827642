import Foundation
import Testing

/// End-to-end checks of `sahel gazetteer` on the default database that Scripts/bootstrap.sh builds.
@Suite("sahel gazetteer", .serialized)
struct GazetteerCommandTests {
    static let database = Fixtures.packageRoot.appendingPathComponent("Gazetteer/build/sahel.sqlite").path
    static let ocha = Fixtures.shared.appendingPathComponent("data/ocha-mali-settlements-2015.csv").path

    private func requireDatabase() throws -> String {
        try #require(FileManager.default.fileExists(atPath: Self.database),
                     "no default gazetteer at \(Self.database): run bash Scripts/bootstrap.sh first")
        return Self.database
    }

    private func lookup(_ args: [String], db: String) throws -> [[String: Any]] {
        let result = try SahelProcess.run(["gazetteer", "lookup"] + args + ["--format", "json", "--gazetteer", db])
        #expect(result.status == 0, "\(result.stderr)")
        let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        return try #require(array)
    }

    /// A private copy of the default database, for tests that write to it.
    private func copyOfDatabase() throws -> String {
        let dir = try Fixtures.temporaryDirectory()
        let copy = dir.appendingPathComponent("sahel.sqlite").path
        try FileManager.default.copyItem(atPath: try requireDatabase(), toPath: copy)
        return copy
    }

    @Test func tombouctouFindsTimbuktu() throws {
        let first = try #require(try lookup(["Tombouctou"], db: requireDatabase()).first)
        #expect(abs((first["lat"] as? Double ?? 0) - 16.77) < 0.05)
        #expect(abs((first["lon"] as? Double ?? 0) + 3.01) < 0.05)
        #expect(first["country"] as? String == "ML")
    }

    @Test func accentsDoNotMatter() throws {
        let db = try requireDatabase()
        let plain = try #require(try lookup(["Segou"], db: db).first)
        let accented = try #require(try lookup(["Ségou"], db: db).first)
        #expect(plain["gazetteer_id"] as? Int == accented["gazetteer_id"] as? Int)
    }

    @Test func katiInMali() throws {
        let first = try #require(try lookup(["Kati", "--country", "ML"], db: requireDatabase()).first)
        #expect(abs((first["lat"] as? Double ?? 0) - 12.744) < 0.01)
        #expect(abs((first["lon"] as? Double ?? 0) + 8.073) < 0.01)
    }

    @Test func whereIsAPointNearKati() throws {
        let result = try SahelProcess.run(["gazetteer", "where", "12.74,-8.07", "--format", "json", "--gazetteer", requireDatabase()])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try Fixtures.json(result.stdout)
        #expect((json["country"] as? [String: Any])?["name"] as? String == "Mali")
        #expect((json["admin1"] as? [String: Any])?["name"] as? String == "Koulikoro")
        let text = try SahelProcess.run(["gazetteer", "where", "12.74,-8.07", "--gazetteer", requireDatabase()])
        #expect(text.stdout.contains("Koulikoro"))
        #expect(text.stdout.contains("km"))
    }

    @Test func statsAndMissingDatabase() throws {
        let stats = try SahelProcess.run(["gazetteer", "stats", "--gazetteer", requireDatabase()])
        #expect(stats.status == 0, "\(stats.stderr)")
        let missing = try SahelProcess.run(["gazetteer", "lookup", "Kati", "--gazetteer", "/nonexistent/sahel.sqlite"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/sahel.sqlite"))
    }

    @Test func ochaImportRanksBoniOfDouentzaFirstAndPlacesPointsInMopti() throws {
        let db = try copyOfDatabase()
        let result = try SahelProcess.run(["gazetteer", "import", "ocha", Self.ocha, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("read 18769"))
        let bonis = try lookup(["Boni", "--country", "ML"], db: db).filter { $0["name"] as? String == "Boni" }
        #expect(bonis.count >= 2)
        #expect(bonis.first?["admin2"] as? String == "Douentza")
        let mopti = try SahelProcess.run(["gazetteer", "where", "15.07,-2.22", "--format", "json", "--gazetteer", db])
        #expect((try Fixtures.json(mopti.stdout)["admin1"] as? [String: Any])?["name"] as? String == "Mopti")
        let kabate = try lookup(["Kabaté", "--country", "ML"], db: db)
        #expect(kabate.contains { $0["name"] as? String == "Kabaté" })
        let menaka = try #require(try lookup(["Ménaka", "--country", "ML"], db: db).first)
        #expect((menaka["lon"] as? Double ?? -1) > 2)
    }

    @Test("the GeoNames dump of Burkina Faso merges with the cities500 points: one Dori, a PPLA, with every alternate")
    func geonamesBFMergesWithCities500() throws {
        let db = try copyOfDatabase()
        let dump = Fixtures.shared.appendingPathComponent("data/geonames-BF.txt").path
        let result = try SahelProcess.run(["gazetteer", "import", "geonames", dump, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("read 11295"))
        // cities500's BF towns carry the same ids: refreshed, not added again; second ids of one place merged.
        let counts = result.stdout.split(separator: "\n").first ?? ""
        let updated = Int(counts.split(separator: "updated ").last?.split(separator: ",").first ?? "") ?? 0
        let merged = Int(counts.split(separator: "merged ").last?.split(separator: ",").first ?? "") ?? 0
        #expect(updated >= 100 && merged > 0, "\(counts)")
        let doris = try lookup(["Dori", "--country", "BF", "--near", "14.034,-0.033"], db: db)
            .filter { $0["name"] as? String == "Dori" && ($0["distance_km"] as? Double ?? 99) < 5 }
        #expect(doris.count == 1)
        #expect(doris.first?["feature"] as? String == "admin-1 capital")
        #expect(try lookup(["Doris", "--country", "BF"], db: db).first?["name"] as? String == "Dori")
    }

    @Test("lookup --within and --near --radius list the spellings accepted there, with their kind")
    func spellingReport() throws {
        let db = try Fixtures.ochaGazetteer.get()
        let within = try lookup(["Wouro Mody", "--within", "Mopti"], db: db)
        let ouroModi = try #require(within.first { $0["name"] as? String == "Ouro Modi" })
        #expect(ouroModi["match"] as? String == "phonetic")
        #expect(ouroModi["admin1"] as? String == "Mopti")
        let text = try SahelProcess.run(["gazetteer", "lookup", "Siracoro", "--within", "Tenenkou", "--gazetteer", db])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Spellings accepted inside Tenenkou:"))
        #expect(text.stdout.contains("Sirakoro (ML)") && text.stdout.contains("[phonetic of \"sirakoro\"]"))
        // Around Djenné only the Kera of Djenné's cercle is a spelling of "Kéra"; the three others lie far away.
        // (The report's entries follow the ranked candidates and carry no score.)
        let near = try lookup(["Kéra", "--near", "13.906,-4.555", "--radius", "30"], db: db).filter { $0["score"] == nil }
        #expect(near.count == 1 && near.first?["admin2"] as? String == "Djenne")
        let unknown = try SahelProcess.run(["gazetteer", "lookup", "Boni", "--within", "Atlantis", "--gazetteer", db])
        #expect(unknown.status == 65 && unknown.stderr.contains("'Atlantis'"))
        let bad = try SahelProcess.run(["gazetteer", "lookup", "Boni", "--radius", "30", "--gazetteer", db])
        #expect(bad.status == 64 && bad.stderr.contains("--radius needs --near"))
    }

    @Test func garbledImportFailsWithItsLineAndChangesNothing() throws {
        let db = try copyOfDatabase()
        let dir = try Fixtures.temporaryDirectory()
        let garbled = dir.appendingPathComponent("ocha-garbled.csv")
        // The file ends its lines with CRLF, a single Character in Swift: split on any line break.
        var lines = try String(contentsOfFile: Self.ocha, encoding: .utf8)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        try #require(lines.count > 200)
        lines[100] = lines[100].replacingOccurrences(of: ",", with: ",not-a-number,", options: [], range: lines[100].range(of: ","))
        try lines.prefix(200).joined(separator: "\n").write(to: garbled, atomically: true, encoding: .utf8)
        let result = try SahelProcess.run(["gazetteer", "import", "ocha", garbled.path, "--db", db])
        #expect(result.status == 65)
        #expect(result.stderr.contains(":101"))
        let stats = try SahelProcess.run(["gazetteer", "stats", "--format", "json", "--gazetteer", db])
        let original = try SahelProcess.run(["gazetteer", "stats", "--format", "json", "--gazetteer", Self.database])
        // Every count is as before; only the file's size on disk may differ between the copy and the original.
        var after = try Fixtures.json(stats.stdout), unchanged = try Fixtures.json(original.stdout)
        after["databaseBytes"] = nil
        unchanged["databaseBytes"] = nil
        #expect(NSDictionary(dictionary: after).isEqual(to: unchanged))
    }
}
