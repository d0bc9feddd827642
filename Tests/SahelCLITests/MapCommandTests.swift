import Foundation
import Gazetteer
import Store
import TestSupport
import Testing

/// `sahel map` end to end: the real binary writes the page, headless Chromium runs it, xmllint checks the SVG.
@Suite(.serialized) struct MapCommandTests {
    // MARK: tools

    /// A tool the tests need; CI installs them, so a missing one fails with the way to get it.
    private static func tool(_ name: String) throws -> String {
        for dir in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
            return "\(dir)/\(name)"
        }
        Issue.record("\(name) is not installed: run Scripts/bootstrap.sh (it installs chromium, libjs-leaflet and libxml2-utils)")
        throw CancellationError()
    }

    private struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Both pipes are drained at once so neither can fill and block the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Loads the page in headless Chromium and returns the DOM after the scripts ran, and Chromium's log.
    private static func dumpDOM(_ page: URL, fragment: String = "", in dir: URL) throws -> (dom: String, log: String) {
        let chromium = try tool("chromium")
        let result = try run(chromium, [
            "--headless", "--disable-gpu", "--no-sandbox", "--user-data-dir=\(dir.appendingPathComponent("chromium-profile").path)",
            "--virtual-time-budget=5000", "--enable-logging=stderr", "--v=0",
            "--dump-dom", page.absoluteString + fragment,
        ])
        #expect(result.status == 0, "chromium failed: \(result.stderr.suffix(2000))")
        return (result.stdout, result.stderr)
    }

    private static func attribute(_ name: String, ofTag tag: String, in dom: String) -> String? {
        guard let open = dom.range(of: "<\(tag)[^>]*>", options: .regularExpression) else { return nil }
        let element = dom[open]
        guard let value = element.range(of: "\(name)=\"[^\"]*\"", options: .regularExpression) else { return nil }
        return String(element[value].dropFirst(name.count + 2).dropLast())
    }

    private static func occurrences(of pattern: String, in text: String) -> Int {
        (try? NSRegularExpression(pattern: pattern).numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))) ?? 0
    }

    /// Console errors and uncaught exceptions as Chromium logs them (`CONSOLE` lines at error level).
    private static func consoleErrors(_ log: String) -> [Substring] {
        log.split(separator: "\n").filter { $0.contains("Uncaught") || ($0.contains("CONSOLE") && $0.contains(":ERROR:")) }
    }

    // MARK: inputs

    private static func seedGeoJSON(in dir: URL) throws -> (url: URL, located: Int, unlocated: Int) {
        let seed = Fixtures.shared.appendingPathComponent("data/seed/mali-2022-07-29.fr.txt").path
        let result = try SahelProcess.run(["extract", seed, "--published", "2022-07-29", "--format", "geojson", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let url = dir.appendingPathComponent("seed.geojson")
        try Data(result.stdout.utf8).write(to: url)
        let features = try #require(try Fixtures.json(result.stdout)["features"] as? [[String: Any]])
        let located = features.filter { $0["geometry"] is [String: Any] }.count
        return (url, located, features.count - located)
    }

    /// Three located incidents (one with news text that tries to break out of the page's script), one
    /// unlocated, and a ring of `sahel analyze` that the map must skip.
    static let fixture = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[-8.0726,12.7441]},"properties":{"incident_id":"t#1","date":"2024-01-10","event_type":"Battles","sub_event_type":"Armed clash","killed":12,"injured":3,"actors":["FAMa","JNIM"],"country":"ML","location_name":"Kati","evidence_text":"Le maire a dit </script><b>bold</b><script>window.pwned=1</script> & parti."}},
        {"type":"Feature","geometry":{"type":"Point","coordinates":[-6.2,13.4]},"properties":{"incident_id":"t#2","date":"2024-02-20","event_type":"Violence against civilians","killed":0,"actors":[],"country":"ML","location_name":"Ségou","evidence_text":"Des civils enlevés."}},
        {"type":"Feature","geometry":{"type":"Point","coordinates":[-4.2,14.5]},"properties":{"incident_id":"t#3","date":"2024-03-30","event_type":"Protests","killed":null,"actors":["Étudiants"],"country":"ML","location_name":"Mopti","evidence_text":"Manifestation."}},
        {"type":"Feature","geometry":null,"properties":{"incident_id":"t#4","date":"2024-02-01","event_type":"Riots","killed":1,"country":"ML","evidence_text":"Quelque part au Mali."}},
        {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[-8,12],[-7,12],[-7,13],[-8,12]]]},"properties":{"kind":"ring","radius_km":50}}
        ]}
        """

    private static func fixtureFile(in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent("fixture.geojson")
        try Data(fixture.utf8).write(to: url)
        return url
    }

    // MARK: tests

    @Test func seedPageDrawsEveryLocatedIncidentAndTheRingLabels() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = try Self.seedGeoJSON(in: dir)
        let page = dir.appendingPathComponent("seed.html")
        let result = try SahelProcess.run(["map", seed.url.path, "--output", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(seed.located) incident\(seed.located == 1 ? "" : "s") drawn, \(seed.unlocated) unlocated -> \(page.path)"))
        let html = try String(contentsOf: page, encoding: .utf8)
        // Self-contained: no external script, style sheet or image to fetch.
        #expect(!html.contains("<script src") && !html.contains("<link ") && !html.contains("url(http") && !html.contains("url(images"))

        let (dom, log) = try Self.dumpDOM(page, in: dir)
        #expect(Self.attribute("data-ready", ofTag: "body", in: dom) == "yes", "the page script did not finish")
        // Few incidents: each marker is a real SVG path Leaflet drew, with our class.
        #expect(Self.occurrences(of: #"<path[^>]*class="[^"]*sahel-incident"#, in: dom) == seed.located)
        #expect(Self.attribute("data-markers", ofTag: "body", in: dom) == String(seed.located))
        for label in ["50 km", "100 km", "200 km", "300 km", "500 km"] {
            #expect(Self.occurrences(of: #"sahel-ring-label[^>]*><span>\#(label)</span>"#, in: dom) == 1, "ring label \(label)")
        }
        #expect(Self.attribute("data-count", ofTag: #"div id="sahel-errors""#, in: dom) == "0", "the page recorded script errors")
        #expect(Self.consoleErrors(log).isEmpty, "console: \(Self.consoleErrors(log))")
    }

    /// The page as a newcomer opens it: whole countries, town names that do not overlap, the user's sites and
    /// routes, and the seed's 27 July attacks (located only to Mali) in the side list.
    @Test func seedPageShowsWholeCountriesNamesSitesRoutesAndTheUnlocatedIncidents() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = try Self.seedGeoJSON(in: dir)
        let page = dir.appendingPathComponent("seed.html")
        let result = try SahelProcess.run(["map", seed.url.path, "--sites", SitesCommandTests.sites,
                                           "--routes", SitesCommandTests.routes, "--output", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        let (dom, log) = try Self.dumpDOM(page, in: dir)
        #expect(Self.attribute("data-ready", ofTag: "body", in: dom) == "yes", "the page script did not finish")
        #expect(Self.consoleErrors(log).isEmpty, "console: \(Self.consoleErrors(log))")
        #expect(Self.attribute("data-sites", ofTag: "body", in: dom) == "6")
        #expect(Self.occurrences(of: #"class="[^"]*sahel-site "#, in: dom) + Self.occurrences(of: #"class="[^"]*sahel-site""#, in: dom) == 6)
        #expect(Self.occurrences(of: #"<path[^>]*class="[^"]*sahel-route"#, in: dom) == 3)

        // Mali's outline in the page spans what the gazetteer holds (simplification moves a border < 0.01 deg).
        let bounds = try #require(Self.attribute("data-outline-bounds", ofTag: "body", in: dom))
        let mali = try #require((try JSONSerialization.jsonObject(with: Data(Self.unescape(bounds).utf8)) as? [String: [Double]])?["Mali"])
        let envelope = try #require(try GazetteerStore(readingFrom: Fixtures.defaultGazetteer).envelope(ofCountry: "ML"))
        for (page, gazetteer) in zip(mali, [envelope.minLatitude, envelope.minLongitude, envelope.maxLatitude, envelope.maxLongitude]) {
            #expect(abs(page - gazetteer) < 0.02, "page \(mali) vs gazetteer \(envelope)")
        }

        // Names shown at the opening zoom: the capital, towns and sites, no two boxes overlapping.
        let labelsText = try #require(Self.attribute("data-labels", ofTag: "body", in: dom))
        let labels = try #require(try JSONSerialization.jsonObject(with: Data(Self.unescape(labelsText).utf8)) as? [[Any]])
        let names = labels.compactMap { $0.first as? String }
        #expect(names.contains("Bamako (ML)") && names.contains("Mopti office"), "\(names)")
        #expect(names.count >= 8, "\(names)")
        let boxes = labels.map { $0.dropFirst().compactMap { ($0 as? NSNumber)?.doubleValue } }
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let (a, b) = (boxes[i], boxes[j])
                let overlap = a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1]
                #expect(!overlap, "\(names[i]) overlaps \(names[j])")
            }
        }

        // The 27 July attacks: 18 killed, located to Mali only.
        #expect(dom.contains(#"id="sahel-unlocated""#))
        #expect(dom.contains("<strong>2022-07-27</strong>, ML: Battles; 18 killed"), "the side list lacks the 27 July incident")

        let svgFile = dir.appendingPathComponent("seed.svg")
        let svgRun = try SahelProcess.run(["map", seed.url.path, "--sites", SitesCommandTests.sites,
                                           "--routes", SitesCommandTests.routes, "--output", svgFile.path])
        #expect(svgRun.status == 0, "\(svgRun.stderr)")
        let svg = try String(contentsOf: svgFile, encoding: .utf8)
        #expect(Self.occurrences(of: #"<rect class="site""#, in: svg) == 6)
        #expect(Self.occurrences(of: #"<path class="route""#, in: svg) == 3)
        #expect(svg.contains("2022-07-27, ML: 18 killed"))
        #expect(Self.occurrences(of: "<circle", in: svg) == seed.located)
    }

    /// Above 3,000 incidents the markers are clustered (Leaflet.markercluster, inlined like Leaflet), and every
    /// located incident is still in the map's marker group.
    @Test func manyIncidentsAreClustered() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var random = SeededGenerator(seed: 3)
        let features = (0..<3_200).map { i in
            let lon = random.uniform(-11, 4), lat = random.uniform(11, 20)
            return #"{"type":"Feature","geometry":{"type":"Point","coordinates":[\#(lon),\#(lat)]},"properties":{"incident_id":"c#\#(i)","date":"2023-05-01","event_type":"Battles","killed":1,"country":"ML"}}"#
        }
        let input = dir.appendingPathComponent("many.geojson")
        try Data(("{\"type\":\"FeatureCollection\",\"features\":[" + features.joined(separator: ",\n") + "]}").utf8).write(to: input)
        let page = dir.appendingPathComponent("many.html")
        let result = try SahelProcess.run(["map", input.path, "--output", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        let (dom, log) = try Self.dumpDOM(page, in: dir)
        #expect(Self.attribute("data-ready", ofTag: "body", in: dom) == "yes", "the page script did not finish")
        #expect(Self.consoleErrors(log).isEmpty, "console: \(Self.consoleErrors(log))")
        #expect(Self.attribute("data-cluster", ofTag: "body", in: dom) == "yes")
        #expect(Self.attribute("data-markers", ofTag: "body", in: dom) == "3200")
        #expect(Self.occurrences(of: #"class="[^"]*marker-cluster"#, in: dom) > 10, "no cluster icons drawn")
    }

    private static func unescape(_ attribute: String) -> String {
        attribute.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func hostileEvidenceStaysTextAndTheDateFilterHidesMarkers() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("fixture.html")
        let result = try SahelProcess.run(["map", try Self.fixtureFile(in: dir).path, "--capital", "12.6392,-8.0029", "-o", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("3 incidents drawn, 1 unlocated, 1 other feature skipped"))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("<b>bold"))
        #expect(html.contains("1 unlocated (no marker)"))

        let (dom, log) = try Self.dumpDOM(page, in: dir)
        #expect(Self.attribute("data-markers", ofTag: "body", in: dom) == "3")
        #expect(Self.occurrences(of: #"<path[^>]*class="[^"]*sahel-incident"#, in: dom) == 3)
        // The page has exactly its own four scripts, and outside them the news text made no element.
        #expect(Self.occurrences(of: "<script", in: dom) == 4, "evidence text became a script")
        let outsideScripts = dom.replacingOccurrences(of: #"<script[^>]*>[\s\S]*?</script>"#, with: "", options: .regularExpression)
        #expect(!outsideScripts.contains("<b>"), "evidence text became markup")
        #expect(Self.attribute("data-count", ofTag: #"div id="sahel-errors""#, in: dom) == "0")
        #expect(Self.consoleErrors(log).isEmpty, "console: \(Self.consoleErrors(log))")

        // A range that leaves out the January and March incidents: one marker left, on the map and in the DOM.
        let (filtered, _) = try Self.dumpDOM(page, fragment: "#from=2024-02-01&to=2024-02-28", in: dir)
        #expect(Self.attribute("data-visible", ofTag: "body", in: filtered) == "1")
        #expect(Self.occurrences(of: #"<path[^>]*class="[^"]*sahel-incident"#, in: filtered) == 1)
    }

    @Test func svgIsWellFormedWithOneCirclePerLocatedIncident() throws {
        let xmllint = try Self.tool("xmllint")
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("map.svg")
        let result = try SahelProcess.run(["map", try Self.fixtureFile(in: dir).path, "--svg", "--output", svg.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "--quiet prints nothing")
        let check = try Self.run(xmllint, ["--noout", svg.path])
        #expect(check.status == 0, "xmllint: \(check.stderr)")
        let count = try Self.run(xmllint, ["--xpath", "count(//*[local-name()='circle'])", svg.path])
        #expect(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "3")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains("&lt;/script&gt;&lt;b&gt;bold"))
        for label in [">50 km<", ">500 km<"] { #expect(text.contains(label)) }

        // The seed too, through the gazetteer's outlines.
        let seed = try Self.seedGeoJSON(in: dir)
        let seedSVG = dir.appendingPathComponent("seed.svg")
        #expect(try SahelProcess.run(["map", seed.url.path, "-o", seedSVG.path, "--quiet"]).status == 0)
        #expect(try Self.run(xmllint, ["--noout", seedSVG.path]).status == 0)
        let seedCount = try Self.run(xmllint, ["--xpath", "count(//*[local-name()='circle'])", seedSVG.path])
        #expect(seedCount.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == String(seed.located))
        #expect(try String(contentsOf: seedSVG, encoding: .utf8).contains("class=\"focusCountry\""))
    }

    @Test func readsTheIncidentStore() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("incidents.sqlite")
        let seed = Fixtures.shared.appendingPathComponent("data/seed/mali-2022-07-29.fr.txt").path
        let extract = try SahelProcess.run(["extract", seed, "--published", "2022-07-29", "--store", store.path, "--quiet"])
        #expect(extract.status == 0, "\(extract.stderr)")
        let located = try Self.seedGeoJSON(in: dir).located
        let page = dir.appendingPathComponent("store.html")
        let result = try SahelProcess.run(["map", store.path, "-o", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(located) incident\(located == 1 ? "" : "s") drawn"))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("distances from Bamako"), "default capital: the country most incidents are in (ML)")
    }

    @Test func badSequenceLineIsNamedAndNothingIsWritten() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("bad.geojsonl")
        let good = #"{"type":"Feature","geometry":{"type":"Point","coordinates":[-8,12.6]},"properties":{"event_type":"Battles"}}"#
        let bad = #"{"type":"Feature","geometry":{"type":"Point","coordinates":[-8,12.6]},"properties":{"killed":"many"}}"#
        try Data("\(good)\n\n\(bad)\n".utf8).write(to: input)
        let output = dir.appendingPathComponent("bad.html")
        let result = try SahelProcess.run(["map", input.path, "-o", output.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(input.path): line 3: properties.killed"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)

        let broken = dir.appendingPathComponent("broken.geojson")
        try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[500,1]},"properties":{}}]}"#.utf8).write(to: broken)
        let invalid = try SahelProcess.run(["map", broken.path, "-o", output.path])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains("\(broken.path): features[0].geometry.coordinates"), "\(invalid.stderr)")

        let missing = try SahelProcess.run(["map", dir.appendingPathComponent("nope.geojson").path, "-o", output.path])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope.geojson: no such file"))
    }

    @Test func missingLeafletNamesThePathAndThePackage() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("map.html")
        let result = try SahelProcess.run(["map", try Self.fixtureFile(in: dir).path, "--leaflet", dir.path, "-o", output.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("\(dir.path)/leaflet.js: not found"))
        #expect(result.stderr.contains("libjs-leaflet"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func helpHasExamples() throws {
        let result = try SahelProcess.run(["map", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("sahel map incidents.geojson --output map.html"))
    }

    @Test func screenshotScriptWritesAPNG() throws {
        _ = try Self.tool("chromium")
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let png = dir.appendingPathComponent("shot.png")
        let script = Fixtures.packageRoot.appendingPathComponent("Scripts/map-screenshot.sh").path
        let result = try Self.run("/bin/bash", [script, try Self.fixtureFile(in: dir).path, png.path])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
