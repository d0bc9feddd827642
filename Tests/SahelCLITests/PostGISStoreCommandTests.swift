import Foundation
import PostGISTestSupport
import PostgresClient
import Testing

/// `--store postgresql://…` end to end, against the PostgreSQL server of `PostGISTestServer`: the real binary
/// gives the same output as with a SQLite file, four processes appending at once give what one gives, GDAL
/// opens `incidents_map`, and each fault has its message and exit status.
@Suite("sahel with a PostGIS store", .enabled(if: PostGISTestServer.runsTests))
struct PostGISStoreCommandTests {
    /// Reports of twelve attacks, each told by four outlets with different tolls (the lowest is 3 + event number).
    static func outletReports() -> String {
        let towns = ["Diafarabé", "Boni", "Djibo", "Ménaka", "Gao", "Tombouctou", "Mopti", "Kidal", "Ségou", "Dori",
                     "Ouahigouya", "Niono"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        var lines = ""
        for (event, town) in towns.enumerated() {
            for (k, outlet) in ["afp", "rfi", "bbc", "ap"].enumerated() {
                let month = String(format: "%02d", event + 1)
                lines += #"{"id": "\#(outlet)-\#(event)", "lang": "en", "published": "2019-\#(month)-11", "text": "On 10 \#(months[event]) 2019, unidentified gunmen attacked a gendarmerie post in \#(town), killing \#(3 + k + event) gendarmes."}"#
                lines += "\n"
            }
        }
        return lines
    }

    /// The outlet reports in a JSONL file of a new temporary folder; the folder and the file.
    static func outletReportsFile() throws -> (URL, String) {
        let dir = try Fixtures.temporaryDirectory()
        let input = dir.appendingPathComponent("reports.jsonl").path
        try outletReports().write(toFile: input, atomically: true, encoding: .utf8)
        return (dir, input)
    }

    static func extract(_ input: String, store: String) throws -> SahelProcess.Result {
        try SahelProcess.run(["extract", input, "--gazetteer", Fixtures.defaultGazetteer, "--store", store, "--quiet",
                              "--output", "/dev/null"])
    }

    /// The team's development articles and the outlet reports, in one JSONL file.
    static func corpus(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("corpus.jsonl").path
        let articles = try String(contentsOf: Fixtures.shared.appendingPathComponent("data/articles-dev.jsonl"), encoding: .utf8)
        try (articles + (articles.hasSuffix("\n") ? "" : "\n") + outletReports()).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("list, export (jsonl, geojson, csv), report proximity and map print the same bytes from SQLite and PostGIS")
    func sameOutputAsSQLite() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try Self.corpus(in: dir)
        let postgis = try PostGISTestServer.newDatabase()
        // Named as the database, since the map's title names its input.
        let sqlite = dir.appendingPathComponent(PostGISTestServer.databaseName(postgis)).path
        for store in [sqlite, postgis] {
            let result = try Self.extract(input, store: store)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let commands: [[String]] = [
            ["incidents", "list"],
            ["incidents", "list", "--since", "2019-03-01", "--until", "2019-10-31"],
            ["incidents", "export", "--format", "jsonl"],
            ["incidents", "export", "--format", "geojson"],
            ["incidents", "export", "--format", "csv", "--fields", "incident_id,date,killed,sources"],
            ["report", "proximity", "--by", "month"],
        ]
        var incidents = 0
        for command in commands {
            let fromSQLite = try SahelProcess.run(command + ["--store", sqlite])
            let fromPostGIS = try SahelProcess.run(command + ["--store", postgis])
            #expect(fromSQLite.status == 0 && fromPostGIS.status == 0, "\(command): \(fromSQLite.stderr) \(fromPostGIS.stderr)")
            #expect(!fromSQLite.stdout.isEmpty)
            #expect(fromSQLite.stdout == fromPostGIS.stdout, "\(command.joined(separator: " ")) differs")
            if command == ["incidents", "export", "--format", "jsonl"] { incidents = fromSQLite.stdout.split(separator: "\n").count }
        }
        // The outlet reports alone make 12 incidents; the articles more.
        #expect(incidents > 12)
        let pages = [("sqlite.html", sqlite), ("postgis.html", postgis)].map { dir.appendingPathComponent($0.0) }
        for (page, store) in zip(pages, [sqlite, postgis]) {
            let result = try SahelProcess.run(["map", store, "--output", page.path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try Data(contentsOf: pages[0]) == Data(contentsOf: pages[1]))
    }

    /// What a store's incidents say, whichever document reached it first: the merged figures and the
    /// sources, without the first report's ids and evidence (which do depend on who came first).
    static func mergedIncidents(_ store: String) throws -> [String] {
        let export = try SahelProcess.run(["incidents", "export", "--store", store, "--format", "jsonl"])
        #expect(export.status == 0, "\(export.stderr)")
        return try export.stdout.split(separator: "\n").map { line in
            var record = try Fixtures.json(String(line))
            for key in ["doc_id", "incident_id", "evidence"] { record.removeValue(forKey: key) }
            record["sources"] = (record["sources"] as? [String])?.sorted()
            let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }.sorted()
    }

    @Test("four extract processes at once over the same reports give exactly the incidents one process gives")
    func fourConcurrentWriters() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = Self.outletReports().split(separator: "\n").map(String.init)
        // Every process gets every report, each in another order: all overlap, none arrives first everywhere.
        var inputs: [String] = []
        for p in 0..<4 {
            let path = dir.appendingPathComponent("reports-\(p).jsonl").path
            let order = p % 2 == 0 ? lines : lines.reversed()
            let rotated = Array(order[(p * 11)...] + order[..<(p * 11)])
            try (rotated.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            inputs.append(path)
        }
        let single = try PostGISTestServer.newDatabase()
        #expect(try Self.extract(inputs[0], store: single).status == 0)

        let shared = try PostGISTestServer.newDatabase()
        let processes = try inputs.map { input in
            let process = Process()
            process.executableURL = SahelProcess.binary
            process.arguments = ["extract", input, "--gazetteer", Fixtures.defaultGazetteer, "--store", shared, "--quiet",
                                 "--output", "/dev/null"]
            process.standardError = FileHandle(forWritingAtPath: "/dev/null")
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0, 0])

        let expected = try Self.mergedIncidents(single)
        #expect(expected.count == 12)
        #expect(try Self.mergedIncidents(shared) == expected)
        let list = try SahelProcess.run(["incidents", "list", "--store", shared])
        // 12 incidents of 4 sources each, the lowest toll kept.
        #expect(list.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.contains("Battles") && $0.contains("  4  ") })
        #expect(list.stdout.contains("2019-01-10  Battles                          3        -        4"))
    }

    @Test("ogrinfo lists incidents_map as a Point layer in EPSG:4326 with one feature per incident")
    func gdalOpensTheView() throws {
        let (dir, input) = try PostGISStoreCommandTests.outletReportsFile()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try PostGISTestServer.newDatabase()
        #expect(try Self.extract(input, store: store).status == 0)
        let summary = try #require(try Fixtures.ogrSummary("PG:\(store)", options: []))
        #expect(summary.contains("Layer name: incidents_map"), "\(summary)")
        #expect(summary.contains("Geometry: Point"))
        #expect(summary.contains("Feature Count: 12"))
        #expect(summary.contains("\"EPSG\",\"4326\"") || summary.contains("EPSG\",4326") || summary.contains("ID[\"EPSG\",4326]"))
    }

    @Test("an unreachable server, a wrong password, no such database: named, exit 74 or 66, nothing written")
    func connectionFaults() throws {
        let (dir, input) = try PostGISStoreCommandTests.outletReportsFile()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try PostGISTestServer.newDatabase()

        // Port 1 on loopback: nothing listens there.
        let unreachable = try Self.extract(input, store: "postgresql://sahel@127.0.0.1:1/sahel")
        #expect(unreachable.status == 74)
        #expect(unreachable.stderr.contains("postgresql://sahel@127.0.0.1:1/sahel: cannot reach the server"), "\(unreachable.stderr)")

        let wrongPassword = PostGISTestServer.url(store, user: "postgres", password: "not-the-password")
        for command in [["incidents", "list", "--store", wrongPassword]] {
            let result = try SahelProcess.run(command)
            #expect(result.status == 74)
            #expect(result.stderr.contains("refused the login") && result.stderr.contains("password authentication failed"), "\(result.stderr)")
            #expect(!result.stderr.contains("not-the-password"))
        }
        #expect(try Self.extract(input, store: wrongPassword).status == 74)

        let noDatabase = PostGISTestServer.url(store, database: "no_such_database")
        let missing = try SahelProcess.run(["incidents", "list", "--store", noDatabase])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("\"no_such_database\" does not exist"), "\(missing.stderr)")

        // sslmode in the URL is honoured: the test server has no TLS, so requiring it fails.
        let tls = try SahelProcess.run(["incidents", "list", "--store", store + "?sslmode=require"])
        #expect(tls.status == 74)
        #expect(tls.stderr.contains("server does not support SSL"), "\(tls.stderr)")

        // A database with PostGIS but no store yet: nothing to read.
        let empty = try SahelProcess.run(["incidents", "export", "--format", "jsonl", "--store", store])
        #expect(empty.status == 66)
        #expect(empty.stderr.contains("no sahel incident store in this database"), "\(empty.stderr)")
    }

    @Test("a database without PostGIS: the error says CREATE EXTENSION postgis, exit 74, no table created")
    func missingPostGIS() throws {
        let (dir, input) = try PostGISStoreCommandTests.outletReportsFile()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try PostGISTestServer.newDatabase(postgis: false)
        let result = try Self.extract(input, store: store)
        #expect(result.status == 74)
        #expect(result.stderr.contains("CREATE EXTENSION postgis"), "\(result.stderr)")
        var tables = -1
        try PostGISTestServer.admin(database: PostGISTestServer.databaseName(store)) { connection in
            tables = try connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").int(0, 0) ?? -1
        }
        #expect(tables == 0)
    }

    @Test("a read-only user reads the store, and an append is refused with exit 74, the store unchanged")
    func readOnlyUser() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = Self.outletReports().split(separator: "\n")
        let firstHalf = dir.appendingPathComponent("first.jsonl").path, all = dir.appendingPathComponent("all.jsonl").path
        try (lines.prefix(24).joined(separator: "\n") + "\n").write(toFile: firstHalf, atomically: true, encoding: .utf8)
        try (lines.joined(separator: "\n") + "\n").write(toFile: all, atomically: true, encoding: .utf8)
        let store = try PostGISTestServer.newDatabase()
        #expect(try Self.extract(firstHalf, store: store).status == 0)
        let before = try SahelProcess.run(["incidents", "export", "--format", "jsonl", "--store", store]).stdout

        let role = "reader_" + PostGISTestServer.databaseName(store).suffix(12)
        try PostGISTestServer.admin(database: PostGISTestServer.databaseName(store)) { connection in
            try connection.execute("""
                CREATE ROLE \(role) LOGIN PASSWORD 'reader-password';
                GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(role);
                """)
        }
        let reader = PostGISTestServer.url(store, user: role, password: "reader-password")
        let listed = try SahelProcess.run(["incidents", "export", "--format", "jsonl", "--store", reader])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout == before)

        let refused = try Self.extract(all, store: reader)
        #expect(refused.status == 74)
        #expect(refused.stderr.contains("was not stored") && refused.stderr.contains("not allowed to write to this store"),
                "\(refused.stderr)")
        #expect(try SahelProcess.run(["incidents", "export", "--format", "jsonl", "--store", store]).stdout == before)
    }
}

/// The PostGIS faults that take the server away (a restart, a stop mid-append), one at a time on a cluster of
/// their own, so the other tests' server stays up.
@Suite("sahel with a PostGIS store whose server goes away", .serialized, .enabled(if: PostGISTestServer.runsTests))
struct PostGISServerFaultTests {
    /// Starts `sahel extract` into `store` while `blocker` (connected to the store's database: advisory locks are
    /// per database) holds the whole-store lock every append takes in
    /// shared mode, and returns once the append waits on it: inside its transaction, with nothing written.
    static func extractStalledMidAppend(_ input: String, store: String, blocker: PostgresConnection) throws -> Process {
        try blocker.execute("SELECT pg_advisory_lock(\(0x5A4E_0002))")
        let process = Process()
        process.executableURL = SahelProcess.binary
        process.arguments = ["extract", input, "--gazetteer", Fixtures.defaultGazetteer, "--store", store, "--quiet",
                             "--output", "/dev/null"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let watcher = try PostGISTestServer.connect(on: .faults)
        for _ in 0..<300 {
            let waiting = try watcher.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
            if waiting.int(0, 0) ?? 0 > 0 { return process }
            Thread.sleep(forTimeInterval: 0.1)
        }
        process.terminate()
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "the append never reached its lock"])
    }

    @Test("the server restarted mid-append: the batch is run again on a new connection, nothing lost or doubled")
    func serverRestartedMidAppend() throws {
        let (dir, input) = try PostGISStoreCommandTests.outletReportsFile()
        defer { try? FileManager.default.removeItem(at: dir) }
        let reference = try PostGISTestServer.newDatabase(on: .faults)
        #expect(try PostGISStoreCommandTests.extract(input, store: reference).status == 0)

        let store = try PostGISTestServer.newDatabase(on: .faults)
        let blocker = try PostGISTestServer.connect(database: PostGISTestServer.databaseName(store), on: .faults)
        let extract = try Self.extractStalledMidAppend(input, store: store, blocker: blocker)
        #expect(try PostGISTestServer.pgctl(["restart", "-m", "fast", "-w", "-t", "60"]) == 0)
        extract.waitUntilExit()
        #expect(extract.terminationStatus == 0)
        #expect(try PostGISStoreCommandTests.mergedIncidents(store) == PostGISStoreCommandTests.mergedIncidents(reference))
    }

    @Test("the server stopped mid-append: exit 74 naming the batch not stored, and nothing of it in the store")
    func serverStoppedMidAppend() throws {
        let (dir, input) = try PostGISStoreCommandTests.outletReportsFile()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try PostGISTestServer.newDatabase(on: .faults)
        let blocker = try PostGISTestServer.connect(database: PostGISTestServer.databaseName(store), on: .faults)
        let extract = try Self.extractStalledMidAppend(input, store: store, blocker: blocker)
        let errors = try #require(extract.standardError as? Pipe)
        #expect(try PostGISTestServer.pgctl(["stop", "-m", "fast", "-w", "-t", "60"]) == 0)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        extract.waitUntilExit()
        #expect(try PostGISTestServer.pgctl(["start", "-w", "-t", "60"]) == 0)
        #expect(extract.terminationStatus == 74)
        #expect(message.contains("a batch of 48 documents from afp-0 was not stored (its transaction was rolled back)"), "\(message)")
        var documents = -1
        try PostGISTestServer.admin(database: PostGISTestServer.databaseName(store), on: .faults) { connection in
            documents = try connection.execute("SELECT count(*) FROM document").int(0, 0) ?? -1
        }
        #expect(documents == 0)
    }
}
