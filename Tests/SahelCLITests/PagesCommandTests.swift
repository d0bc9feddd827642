import Foundation
import Testing

/// End-to-end checks of saved web pages and feeds as inputs of `sahel analyze`, `extract`, `geocode` and
/// `pages text`, running the built binary on the team's CMS-shaped pages (Tests/PagesTests/Fixtures).
@Suite("web pages and feeds", .serialized)
struct PagesCommandTests {
    static let fixtures = Fixtures.packageRoot.appendingPathComponent("Tests/PagesTests/Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    private func lines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try Fixtures.json(String($0)) }
    }

    /// A page's title and article paragraphs as plain text, from the fixtures' manifest.
    private func articleText(_ file: String) throws -> String {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("pages.json"))
        let pages = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let page = try #require(pages.first { $0["file"] as? String == file })
        let title = try #require(page["title"] as? String)
        let paragraphs = try #require(page["paragraphs"] as? [String])
        return ([title] + paragraphs).joined(separator: "\n\n")
    }

    /// The record without what names the report (its id, the incident's id, url and title).
    private func content(_ record: [String: Any]) -> NSDictionary {
        var copy = record
        for key in ["doc_id", "incident_id", "url", "title"] { copy[key] = nil }
        return copy as NSDictionary
    }

    @Test("analyze page.html gives the same incidents as the article's plain text with --published",
          arguments: [("wordpress-fr.html", "2021-10-07"), ("joomla-fr.html", "2020-06-12"), ("wire-en.html", "2019-05-04"),
                      ("amp-fr.html", "2023-02-18"), ("drupal-fr.html", "2022-03-15")])
    func pageMatchesItsPlainText(_ file: String, _ date: String) throws {
        let dir = try Fixtures.temporaryDirectory()
        let text = dir.appendingPathComponent("article.txt").path
        try articleText(file).write(toFile: text, atomically: true, encoding: .utf8)
        let fromPage = try SahelProcess.run(["analyze", Self.fixture(file), "--format", "jsonl", "--quiet"])
        let fromText = try SahelProcess.run(["analyze", text, "--published", date, "--format", "jsonl", "--quiet"])
        #expect(fromPage.status == 0, "\(fromPage.stderr)")
        #expect(fromText.status == 0, "\(fromText.stderr)")
        let pageIncidents = try lines(fromPage.stdout)
        let textIncidents = try lines(fromText.stdout)
        #expect(!pageIncidents.isEmpty)
        #expect(pageIncidents.map(content) == textIncidents.map(content))
        #expect(pageIncidents.allSatisfy { $0["doc_id"] as? String == file })
    }

    @Test("the WordPress page: the Boni attack of Wednesday 6 October 2021, nothing from its links or comments")
    func wordpressIncident() throws {
        let result = try SahelProcess.run(["extract", Self.fixture("wordpress-fr.html"), "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let incidents = try lines(result.stdout)
        #expect(incidents.count == 1)
        let boni = try #require(incidents.first)
        #expect(boni["date"] as? String == "2021-10-06")
        #expect(boni["date_precision"] as? Int == 1)
        #expect(boni["killed"] as? Int == 4)
        #expect((boni["location"] as? [String: Any])?["name"] as? String == "Boni")
        #expect(boni["url"] as? String == "https://lesahelien.example/2021/10/07/mali-quatre-soldats-tues-a-boni/")
        #expect(boni["title"] as? String == "Mali : quatre soldats tués dans une attaque contre un poste à Boni")
    }

    @Test("extract on a directory of saved pages: Page_files folders skipped, url and title in every record")
    func directoryOfSavedPages() throws {
        let dir = try Fixtures.temporaryDirectory()
        let saved = dir.appendingPathComponent("saved")
        let files = saved.appendingPathComponent("Boni_files")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixture("wordpress-fr.html"), toPath: saved.appendingPathComponent("Boni.html").path)
        try FileManager.default.copyItem(atPath: Self.fixture("joomla-fr.html"), toPath: saved.appendingPathComponent("Ayorou.htm").path)
        // A frame saved with the page: an attack at Gao that is not the article's.
        try "<html><body><p>Le 3 mars 2021, des hommes armés ont attaqué un poste à Gao, tuant cinq soldats.</p></body></html>"
            .write(to: files.appendingPathComponent("frame.html"), atomically: true, encoding: .utf8)
        try "var ads = 1;".write(to: files.appendingPathComponent("ads.js"), atomically: true, encoding: .utf8)
        let result = try SahelProcess.run(["extract", saved.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let incidents = try lines(result.stdout)
        #expect(Set(incidents.compactMap { $0["doc_id"] as? String }) == ["Ayorou.htm", "Boni.html"])
        #expect(!result.stdout.contains("Gao"))
        #expect(incidents.allSatisfy { $0["title"] is String })
        let ayorou = try #require(incidents.first { $0["doc_id"] as? String == "Ayorou.htm" })
        #expect(ayorou["title"] as? String == "Niger : six soldats tués dans une embuscade près d'Ayorou")
        #expect(ayorou["date"] as? String == "2020-06-11")
        #expect(ayorou["killed"] as? Int == 6)
        #expect(ayorou["url"] == nil)

        let csv = try SahelProcess.run(["extract", saved.path, "--format", "csv", "--quiet"])
        let header = try #require(csv.stdout.split(separator: "\n").first).split(separator: ",").map(String.init)
        #expect(Array(header.suffix(2)) == ["url", "title"])
        #expect(header.prefix(3) == ["doc_id", "incident_id", "date"])
    }

    @Test("an undated page: a warning naming the file, relative dates at best date_precision 3")
    func undatedPage() throws {
        let page = Self.fixture("undated-fr.html")
        let result = try SahelProcess.run(["extract", page])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("sahel: warning: \(page): no publication date in the page"))
        #expect(result.stderr.contains("give --published"))
        let incidents = try lines(result.stdout)
        #expect(incidents.count == 1)
        let mine = try #require(incidents.first)
        #expect(mine["date"] is NSNull)
        #expect(mine["date_precision"] as? Int == 3)
        #expect(mine["killed"] as? Int == 3)
        // With --published, "hier" is the day before, to the day.
        let dated = try lines(try SahelProcess.run(["extract", page, "--published", "2022-01-05", "--quiet"]).stdout)
        #expect(dated.first?["date"] as? String == "2022-01-04")
        #expect(dated.first?["date_precision"] as? Int == 1)
    }

    @Test("a malformed feed: libxml2's line and column, status 65, and the other inputs still give their output")
    func malformedFeed() throws {
        let broken = Self.fixture("malformed-feed.xml")
        let result = try SahelProcess.run(["extract", broken, Self.fixture("wordpress-fr.html"), Self.fixture("rss-fr.xml")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("sahel: skipped: \(broken):8:13: not a well-formed feed: Opening and ending tag mismatch: item line 5 and channel; file skipped"))
        let incidents = try lines(result.stdout)
        let ids = Set(incidents.compactMap { $0["doc_id"] as? String })
        #expect(ids.contains("wordpress-fr.html"))
        #expect(ids.contains("https://lesahelien.example/2021/10/07/mali-quatre-soldats-tues-a-boni/"))
    }

    @Test("not HTML and a 50 MB page: named, skipped, status 65; the good page is still read")
    func badPages() throws {
        let dir = try Fixtures.temporaryDirectory()
        let binary = dir.appendingPathComponent("photo.html").path
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]).write(to: URL(fileURLWithPath: binary))
        let huge = dir.appendingPathComponent("huge.html").path
        FileManager.default.createFile(atPath: huge, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        let result = try SahelProcess.run(["geocode", binary, huge, Self.fixture("amp-fr.html")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(binary): binary data (a NUL byte at offset 4), not an HTML page; file skipped"))
        #expect(result.stderr.contains("\(huge): 50.0 MB, larger than the 16 MiB a web page may have; file skipped"))
        let documents = try lines(result.stdout)
        #expect(documents.count == 1)
        #expect(documents.first?["doc_id"] as? String == "amp-fr.html")
        #expect(documents.first?["url"] as? String == "https://www.echos-du-nord.example/2023/02/18/menaka-civils-tues-campement/")
        #expect(documents.first?["title"] as? String == "Ménaka : des civils tués dans l'attaque d'un campement")
        let places = try #require(documents.first?["places"] as? [[String: Any]])
        let names = Set(places.compactMap { $0["name"] as? String })
        #expect(names.contains { $0.hasPrefix("M") && $0.contains("naka") })
        #expect(!names.contains("Kidal") && !names.contains("Gao"))
    }

    @Test("an RSS and an Atom feed: one report per item, the item's link as doc_id and url")
    func feeds() throws {
        let result = try SahelProcess.run(["geocode", Self.fixture("rss-fr.xml"), Self.fixture("atom-en.xml"), "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try lines(result.stdout)
        #expect(documents.count == 6)
        #expect(documents.allSatisfy { ($0["doc_id"] as? String) == ($0["url"] as? String) })
        #expect(documents.map { $0["lang"] as? String } == ["fr", "fr", "fr", "en", "en", "en"])
        let extract = try SahelProcess.run(["extract", Self.fixture("atom-en.xml"), "--quiet"])
        let incidents = try lines(extract.stdout)
        let diafarabe = try #require(incidents.first)
        #expect(diafarabe["doc_id"] as? String == "https://www.sahelwire.example/world/africa/gunmen-kill-two-gendarmes-central-mali")
        #expect(diafarabe["date"] as? String == "2019-05-03")
        #expect(diafarabe["killed"] as? Int == 2)
    }

    @Test("pages text: the documents as JSON lines in the input contract, readable back as JSONL")
    func pagesText() throws {
        let dir = try Fixtures.temporaryDirectory()
        let out = dir.appendingPathComponent("documents.jsonl").path
        let result = try SahelProcess.run(["pages", "text", Self.fixture("wordpress-fr.html"), Self.fixture("rss-fr.xml"),
                                           "--output", out, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try lines(try String(contentsOfFile: out, encoding: .utf8))
        #expect(documents.count == 4)
        let page = try #require(documents.first)
        #expect(page["id"] as? String == "wordpress-fr.html")
        #expect(page["published"] as? String == "2021-10-07")
        #expect(page["lang"] as? String == "fr")
        #expect(page["site_name"] as? String == "Le Sahélien")
        #expect(try articleText("wordpress-fr.html") == page["text"] as? String)
        // Fed back as JSONL, the page gives the same incident.
        let again = try SahelProcess.run(["extract", out, "--quiet"])
        let direct = try SahelProcess.run(["extract", Self.fixture("wordpress-fr.html"), "--quiet"])
        #expect(try lines(again.stdout).first.map(content) == lines(direct.stdout).first.map(content))
    }

    @Test("--input-format html reads a page whatever its name; help shows the formats")
    func inputFormat() throws {
        let dir = try Fixtures.temporaryDirectory()
        let php = dir.appendingPathComponent("article.php").path
        try FileManager.default.copyItem(atPath: Self.fixture("drupal-fr.html"), toPath: php)
        let result = try SahelProcess.run(["pages", "text", php, "--input-format", "html", "--quiet"])
        #expect(try lines(result.stdout).first?["published"] as? String == "2022-03-15")
        let help = try SahelProcess.run(["extract", "--help"])
        #expect(help.stdout.contains("html") && help.stdout.contains("feed"))
        #expect(help.stdout.contains("sahel extract saved-pages/"))
    }
}
