import Foundation
import GeoJSON
import Tabular
import Testing

/// The output formats every command offers (CSV from geocode, JSON lines from annotate), written atomically,
/// and the progress display on standard error: there only for a person at a terminal, never with --quiet.
@Suite("Output formats and progress")
struct OutputFormatTests {
    static let report = Fixtures.packageRoot.appendingPathComponent("Examples/report-fr.txt").path

    /// A CSV file's header and rows, read with the project's own RFC 4180 reader.
    private func csv(_ path: String) throws -> (header: [String], rows: [[String]]) {
        let table = try CSVTable(contentsOf: path)
        var rows: [[String]] = []
        var fields: [CSVFieldSpan] = []
        try table.withScanner { scanner, bytes in
            while try scanner.nextRecord(into: &fields) {
                rows.append(fields.map { CSVTable.decode($0, in: bytes) })
            }
        }
        return (table.header, rows)
    }

    private func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try Fixtures.json(String($0)) }
    }

    // MARK: geocode --format csv

    @Test("geocode CSV: a header, one row per place of the JSON line, lat/lon numbers; GDAL sees the points")
    func geocodeCSV() throws {
        let dir = try Fixtures.temporaryDirectory()
        let output = dir.appendingPathComponent("places.csv").path
        let result = try SahelProcess.run(["geocode", Self.report, "--format", "csv", "--output", output, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)

        let json = try SahelProcess.run(["geocode", Self.report, "--quiet"])
        let places = try #require(try jsonLines(json.stdout).first?["places"] as? [[String: Any]])
        #expect(places.count >= 3)

        let (header, rows) = try csv(output)
        #expect(header == ["doc_id", "surface", "start", "end", "name", "lat", "lon", "country", "admin1", "admin2",
                           "feature", "precision", "score", "gazetteer_id", "role"])
        #expect(rows.count == places.count)
        for (row, place) in zip(rows, places) {
            #expect(row.count == header.count)
            #expect(row[0] == "report-fr.txt")
            #expect(row[1] == place["surface"] as? String)
            #expect(Int(row[2]) == place["start"] as? Int && Int(row[3]) == place["end"] as? Int)
            let lat = try #require(Double(row[5])), lon = try #require(Double(row[6]))
            #expect(abs(lat - (place["lat"] as? Double ?? .nan)) < 1e-9)
            #expect(abs(lon - (place["lon"] as? Double ?? .nan)) < 1e-9)
            #expect(row[7] == place["country"] as? String)
            #expect(row[14] == place["role"] as? String)
            #expect(Double(row[12]) != nil)
        }
        #expect(rows.contains { $0[1] == "Boni" && $0[7] == "ML" })

        let points = ["-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat"]
        if let summary = try Fixtures.ogrSummary(output, options: points) {
            #expect(summary.contains("Feature Count: \(places.count)"), "\(summary)")
            #expect(summary.contains("Geometry: Point"), "\(summary)")
        }
    }

    @Test("geocode CSV to standard output; a failed run leaves an existing --output file as it was")
    func geocodeCSVStreamsAndFailsAtomically() throws {
        let result = try SahelProcess.run(["geocode", "-", "--format", "csv", "--quiet"],
                                          stdin: "Des hommes armés ont attaqué Boni, près de Douentza.")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("doc_id,surface,start,end,name,lat,lon,") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("stdin,") })
        #expect(lines.count >= 2)

        let dir = try Fixtures.temporaryDirectory()
        let output = dir.appendingPathComponent("kept.csv").path
        try "earlier\n".write(toFile: output, atomically: true, encoding: .utf8)
        let missing = dir.appendingPathComponent("no-such-report.txt").path
        let failed = try SahelProcess.run(["geocode", missing, "--format", "csv", "--output", output])
        #expect(failed.status == 66)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "earlier\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["kept.csv"])
    }

    // MARK: annotate --format jsonl

    @Test("annotate JSON lines: 13 rows, numbers stay numbers, lat/lon and the added fields; as the GeoJSON says")
    func annotateJSONLines() throws {
        let dir = try Fixtures.temporaryDirectory()
        let output = dir.appendingPathComponent("towns.jsonl").path
        let result = try SahelProcess.run(["annotate", Fixtures.towns, "--regions", Fixtures.admin1,
                                           "--format", "jsonl", "--output", output, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let rows = try jsonLines(text)
        #expect(rows.count == 13)
        #expect(text.hasSuffix("}\n"))

        let kati = try #require(rows.first { $0["place"] as? String == "Kati" })
        #expect(abs((kati["dist_km"] as? Double ?? 0) - 13.272) < 0.0011)
        #expect(kati["id"] as? Int == 1)                       // a numeric column stays a number
        #expect(kati["date"] as? String == "2022-07-22")
        #expect(kati["lat"] as? Double == 12.738274 && kati["lon"] as? Double == -8.071805)
        #expect(kati["ring"] as? Int == 50)
        #expect(kati["region"] as? String == "Koulikoro")
        #expect(kati["bearing_deg"] is Double || kati["bearing_deg"] is Int)
        // Columns in header order (coordinates out of them), then lat, lon, then the added fields.
        let first = try #require(text.split(separator: "\n").first)
        let keyOrder = ["\"id\":", "\"date\":", "\"place\":", "\"event\":", "\"fatalities\":", "\"lat\":", "\"lon\":",
                        "\"dist_km\":", "\"bearing_deg\":", "\"ring\":", "\"region\":"]
        let positions = keyOrder.compactMap { first.range(of: $0)?.lowerBound }
        #expect(positions.count == keyOrder.count && positions == positions.sorted(), "\(first)")

        let tombouctou = try #require(rows.first { $0["place"] as? String == "Tombouctou" })
        #expect(tombouctou["fatalities"] is NSNull && tombouctou["ring"] is NSNull)

        // The same values as the GeoJSON properties, row by row.
        let geojson = dir.appendingPathComponent("towns.geojson")
        _ = try SahelProcess.run(["annotate", Fixtures.towns, "--regions", Fixtures.admin1, "--output", geojson.path, "--quiet"])
        let features = try GeoJSONReader.readFeatureCollection(contentsOf: geojson).features
        #expect(features.count == rows.count)
        for (row, feature) in zip(rows, features) {
            let props = try #require(feature.properties)
            #expect(props["place"] == (row["place"] as? String).map(JSONValue.string))
            if case .number(let km)? = props["dist_km"] { #expect(row["dist_km"] as? Double == km) }
            #expect(props["region"] == ((row["region"] as? String).map(JSONValue.string) ?? .null))
            if case .point(let p)? = feature.geometry {
                #expect(row["lat"] as? Double == p.latitude && row["lon"] as? Double == p.longitude)
            }
        }
    }

    @Test("annotate JSON lines: a row without coordinates has null lat and lon; quotes survive")
    func annotateJSONLinesNullsAndQuotes() throws {
        let result = try SahelProcess.run(["annotate", "-", "--format", "jsonl", "--no-regions", "--fields", "ring", "--quiet"],
                                          stdin: "name,lat,lon\n\"say \"\"hi\"\", then go\",,\nBamako,12.6392,-8.0029\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == #"{"name":"say \"hi\", then go","lat":null,"lon":null,"ring":null}"# + "\n"
            + #"{"name":"Bamako","lat":12.6392,"lon":-8.0029,"ring":50}"# + "\n")
    }

    // MARK: progress

    @Test("--quiet: nothing on standard error; without it, off a terminal, a summary but no progress drawing")
    func quietMeansSilent() throws {
        let dir = try Fixtures.temporaryDirectory()
        let output = dir.appendingPathComponent("places.csv").path
        let quiet = try SahelProcess.run(["geocode", Self.report, "--format", "csv", "--output", output, "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")

        let extract = try SahelProcess.run(["extract", Self.report, "--published", "2023-03-01", "--quiet"])
        #expect(extract.status == 0)
        #expect(extract.stderr.isEmpty, "\(extract.stderr)")

        let loud = try SahelProcess.run(["geocode", Self.report, "--format", "csv", "--output", output])
        #expect(loud.stderr.hasPrefix("sahel geocode: 1 document"), "\(loud.stderr)")
        #expect(!loud.stderr.contains("\r") && !loud.stderr.contains("\u{1B}"))
    }

    static let script = "/usr/bin/script"

    @Test("on a terminal, a long batch draws a bar with percent, rate and ETA, erased before the summary",
          .enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func progressBarOnATerminal() throws {
        let dir = try Fixtures.temporaryDirectory()
        let input = dir.appendingPathComponent("reports.jsonl").path
        let text = try String(contentsOfFile: Self.report, encoding: .utf8)
        let line = try String(decoding: JSONSerialization.data(withJSONObject: ["text": text]), as: UTF8.self)
        try String(repeating: line + "\n", count: 2100).write(toFile: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("places.jsonl").path
        let typescript = dir.appendingPathComponent("typescript").path
        // `script` runs the command on a pseudo-terminal and keeps what it printed.
        let command = [SahelProcess.binary.path, "geocode", input, "--output", output, "--timings", "json"]
            .map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.script)
        process.arguments = ["-q", "-e", "-c", command, typescript]
        process.standardInput = Pipe()
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let session = try String(contentsOfFile: typescript, encoding: .utf8)
        // The terminal ends lines with "\r\n": take the timings object by its braces.
        let timingsStart = try #require(session.range(of: "{\"documents\"")).lowerBound
        let timingsEnd = try #require(session[timingsStart...].firstIndex(of: "}"))
        let timings = try Fixtures.json(String(session[timingsStart...timingsEnd]))
        let busy = (timings["geocode_s"] as? Double ?? 0) + (timings["write_s"] as? Double ?? 0)
        let frames = session.components(separatedBy: "\r").filter { $0.hasPrefix("sahel [") }
        // The first frame comes after a second; a faster run shows none, and that is right too.
        if busy > 1.5 {
            #expect(!frames.isEmpty, "\(session)")
        }
        for frame in frames {
            #expect(frame.contains("%") && frame.contains("docs") && frame.contains("ETA"), "\(frame)")
        }
        // Frames come at most five a second, so the last batches may not get one; the counts only grow.
        let counts = frames.compactMap { frame in
            frame.split(separator: " ").firstIndex(of: "docs").flatMap { Int(frame.split(separator: " ")[$0 - 1]) }
        }
        #expect(counts.count == frames.count && counts == counts.sorted() && counts.allSatisfy { $0 <= 2100 })
        let summary = try #require(session.range(of: "sahel geocode: 2100 documents"))
        // A run too fast for a first frame draws nothing, so has nothing to erase.
        guard !frames.isEmpty else { return }
        let erase = try #require(session.range(of: "\r\u{1B}[K", options: .backwards, range: session.startIndex..<summary.lowerBound))
        #expect(!session[erase.upperBound..<summary.lowerBound].contains("["))
    }
}
