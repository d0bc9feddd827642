import Foundation
import Testing

/// End-to-end checks of `sahel gazetteer export`, the CSV the spaCy peer reads (name,lat,lon,population,
/// country,kind,geonameid), on the default database that Scripts/bootstrap.sh builds.
@Suite("sahel gazetteer export", .serialized)
struct GazetteerExportCommandTests {
    static let header = ["name", "lat", "lon", "population", "country", "kind", "geonameid"]

    private func requireDatabase() throws -> String {
        try #require(FileManager.default.fileExists(atPath: GazetteerCommandTests.database),
                     "no default gazetteer at \(GazetteerCommandTests.database): run bash Scripts/bootstrap.sh first")
        return GazetteerCommandTests.database
    }

    /// Exports into a file in a new temporary folder; returns the file's text and the command's result.
    private func export(_ arguments: [String]) throws -> (csv: String, result: SahelProcess.Result) {
        let out = try Fixtures.temporaryDirectory().appendingPathComponent("gazetteer.csv").path
        let result = try SahelProcess.run(["gazetteer", "export", "--output", out] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return (try String(contentsOfFile: out, encoding: .utf8), result)
    }

    @Test func headerTombouctouTimbuktuAndMali() throws {
        let (csv, result) = try export(["--gazetteer", requireDatabase()])
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("place spellings"))
        let rows = try CSVText.rows(csv)
        #expect(rows.first == Self.header)
        let body = rows.dropFirst()
        #expect(body.count > 10_000)
        for row in body { #expect(row.count == 7, "\(row)") }

        for spelling in ["Tombouctou", "Timbuktu"] {
            let cities = body.filter { $0[0] == spelling && $0[4] == "ML" && $0[5] == "city" }
            #expect(!cities.isEmpty, "no city row for \(spelling)")
            for city in cities {
                #expect(abs((Double(city[1]) ?? 0) - 16.77) < 0.05, "\(city)")
                #expect(abs((Double(city[2]) ?? 0) + 3.0) < 0.05, "\(city)")
                #expect(Int(city[6]) != nil, "\(city)")
            }
        }

        let mali = body.filter { $0[0] == "Mali" && $0[5] == "country" }
        #expect(mali.count == 1)
        for row in mali {
            #expect(row[4] == "ML")
            // At Bamako, inside Mali; more populous than any place called Mali, so a most-populous rule picks it.
            #expect(abs((Double(row[1]) ?? 0) - 12.6) < 0.2 && abs((Double(row[2]) ?? 0) + 8.0) < 0.2, "\(row)")
            let towns = body.filter { $0[0] == "Mali" && $0[5] == "city" }.compactMap { Int($0[3]) }
            #expect((Int(row[3]) ?? 0) > (towns.max() ?? 0))
            #expect(row[6].isEmpty)
        }
        // French exonyms beside the Natural Earth names.
        let countryNames = Set(body.filter { $0[5] == "country" }.map { $0[0] })
        #expect(countryNames.isSuperset(of: ["Burkina Faso", "Burkina", "Niger", "Côte d'Ivoire", "Tchad", "Algérie", "Bénin"]))
    }

    @Test func fieldsWithCommasAndQuotesAreQuoted() throws {
        // A database of its own, holding one place whose name has a comma and a quote.
        let dir = try Fixtures.temporaryDirectory()
        let db = dir.appendingPathComponent("tiny.sqlite").path
        let dump = dir.appendingPathComponent("tiny.txt")
        let fields = ["990000001", "Kona, \"Nord\"", "Kona Nord", "", "14.95", "-3.89", "P", "PPL", "ML", "", "", "", "", "",
                      "1200", "", "", "Africa/Bamako", "2024-01-01"]
        try (fields.joined(separator: "\t") + "\n").write(to: dump, atomically: true, encoding: .utf8)
        let imported = try SahelProcess.run(["gazetteer", "import", "geonames", dump.path, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")

        let (csv, result) = try export(["--countries", "ML", "--gazetteer", db])
        #expect(csv.contains("\n\"Kona, \"\"Nord\"\"\",14.95,-3.89,1200,ML,city,"))
        let rows = try CSVText.rows(csv)
        let kona = try #require(rows.first { $0[0] == "Kona, \"Nord\"" })
        #expect(kona.count == 7)
        #expect(rows.contains { $0[0] == "Kona Nord" && $0[1] == "14.95" })
        // No boundary or capital in this database: no country rows, and the summary says why.
        #expect(!rows.contains { $0.count == 7 && $0[5] == "country" })
        #expect(result.stderr.contains("ML: no capital"))
    }

    @Test func standardOutputAndErrors() throws {
        let db = try requireDatabase()
        let stdout = try SahelProcess.run(["gazetteer", "export", "--countries", "ne", "--quiet", "--gazetteer", db])
        #expect(stdout.status == 0, "\(stdout.stderr)")
        #expect(stdout.stderr.isEmpty)
        let rows = try CSVText.rows(stdout.stdout)
        #expect(rows.first == Self.header)
        #expect(rows.dropFirst().allSatisfy { $0[4] == "NE" })
        #expect(rows.contains { $0[0] == "Niamey" && $0[5] == "city" })

        let badCode = try SahelProcess.run(["gazetteer", "export", "--countries", "ML,Mali", "--gazetteer", db])
        #expect(badCode.status == 64)
        #expect(badCode.stderr.contains("'Mali'"))
        let missing = try SahelProcess.run(["gazetteer", "export", "--gazetteer", "/nonexistent/sahel.sqlite"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/sahel.sqlite"))
        let noDirectory = try SahelProcess.run(["gazetteer", "export", "--gazetteer", db, "--output", "/nonexistent/dir/out.csv"])
        #expect(noDirectory.status == 74)
        #expect(noDirectory.stderr.contains("/nonexistent/dir/out.csv"))
    }
}

/// A strict RFC 4180 reader for the tests: quoted fields may hold commas, doubled quotes and line breaks.
enum CSVText {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static func rows(_ text: String) throws -> [[String]] {
        let c = Array(text.unicodeScalars)
        var rows: [[String]] = [], row: [String] = [], field = String.UnicodeScalarView()
        var i = 0, line = 1
        while i < c.count {
            if c[i] == "\"" && field.isEmpty {
                // A quoted field: up to the closing quote, "" standing for one quote.
                i += 1
                while true {
                    guard i < c.count else { throw Malformed(description: "line \(line): unterminated quoted field") }
                    if c[i] == "\"" {
                        if i + 1 < c.count && c[i + 1] == "\"" { field.append("\""); i += 2; continue }
                        i += 1
                        break
                    }
                    if c[i] == "\n" { line += 1 }
                    field.append(c[i]); i += 1
                }
                guard i == c.count || c[i] == "," || c[i] == "\n" else {
                    throw Malformed(description: "line \(line): text after a closing quote")
                }
                continue
            }
            switch c[i] {
            case ",":
                row.append(String(field)); field = String.UnicodeScalarView()
            case "\n":
                row.append(String(field)); rows.append(row); row = []; field = String.UnicodeScalarView(); line += 1
            case "\"", "\r":
                throw Malformed(description: "line \(line): a quote or carriage return inside an unquoted field")
            default:
                field.append(c[i])
            }
            i += 1
        }
        if !row.isEmpty || !field.isEmpty { row.append(String(field)); rows.append(row) }
        return rows
    }
}
