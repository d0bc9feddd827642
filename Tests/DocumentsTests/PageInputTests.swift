import Foundation
import Testing
import TestSupport
@testable import Documents

/// Saved web pages and feeds as inputs: what becomes of them as documents, and how bad ones are reported.
@Suite("Web pages and feeds as inputs")
struct PageInputTests {
    static let fixtures = TestPaths.packageRoot.appendingPathComponent("Tests/PagesTests/Fixtures")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    @Test func pageIsOneDocumentWithItsMetadata() throws {
        let scratch = try Scratch()
        let path = try scratch.write("boni.html", bytes: try Self.fixture("wordpress-fr.html"))
        let result = try DocumentReader(inputs: [path]).readAll()
        #expect(result.ids == ["boni.html"])
        let document = try #require(result.documents.first)
        #expect(document.published == "2021-10-07")
        #expect(document.language == "fr")
        #expect(document.title == "Mali : quatre soldats tués dans une attaque contre un poste à Boni")
        #expect(document.url == "https://lesahelien.example/2021/10/07/mali-quatre-soldats-tues-a-boni/")
        #expect(document.siteName == "Le Sahélien")
        #expect(!document.isUndatedPage)
        #expect(document.source == DocumentOrigin(file: path))
        #expect(document.text.hasPrefix("Mali : quatre soldats tués"))
        #expect(!document.text.contains("<"))
        #expect(result.summary.warnings.isEmpty && result.summary.problems.isEmpty)
    }

    @Test func publishedOptionReplacesThePagesDate() throws {
        let scratch = try Scratch()
        let path = try scratch.write("boni.htm", bytes: try Self.fixture("wordpress-fr.html"))
        let reader = DocumentReader(inputs: [path], published: try PublishedDate(validating: "2021-10-08"))
        #expect(try reader.readAll().documents.map(\.published) == ["2021-10-08"])
    }

    @Test func directoryOfSavedPagesSkipsTheBrowsersFilesFolders() throws {
        let scratch = try Scratch()
        try scratch.write("saved/Boni.html", bytes: try Self.fixture("wordpress-fr.html"))
        try scratch.write("saved/Boni_files/frame.html", "<html><body><p>Publicité à Gao</p></body></html>")
        try scratch.write("saved/Boni_files/script.js", "var x = 1;")
        try scratch.write("saved/Seytenga.htm", bytes: try Self.fixture("drupal-fr.html"))
        try scratch.write("saved/feeds/sahelien.rss", bytes: try Self.fixture("rss-fr.xml"))
        try scratch.write("saved/notes.txt", "Notes de l'analyste.")
        // A folder named like one but without its page is walked.
        try scratch.write("saved/Orphan_files/ayorou.html", bytes: try Self.fixture("joomla-fr.html"))
        let result = try DocumentReader(inputs: [scratch.path("saved")]).readAll()
        #expect(result.ids == [
            "Boni.html", "ayorou.html", "Seytenga.htm",
            "https://lesahelien.example/2021/10/07/mali-quatre-soldats-tues-a-boni/",
            "https://lesahelien.example/2021/10/06/kidal-manifestation/",
            "https://lesahelien.example/2021/10/05/niono-accord/",
            "notes.txt",
        ])
        #expect(result.summary.warnings.isEmpty)
        #expect(result.summary.skippedFileCount == 0)
    }

    @Test func feedGivesOneDocumentPerItemWithItsDateAndLine() throws {
        let scratch = try Scratch()
        let path = try scratch.write("wire.atom", bytes: try Self.fixture("atom-en.xml"))
        let documents = try DocumentReader(inputs: [path]).readAll().documents
        #expect(documents.count == 3)
        #expect(documents.map(\.published) == ["2019-05-04", "2019-05-02", "2019-04-30"])
        #expect(documents.map(\.id) == documents.map(\.url))
        #expect(documents.allSatisfy { $0.language == "en" && $0.siteName == "Sahel Wire – Africa" })
        #expect(documents.map { $0.source.line } == [7, 15, 22])
    }

    @Test func formatsAndContentSayWhatAFileIs() throws {
        let scratch = try Scratch()
        let php = try scratch.write("article.php", bytes: try Self.fixture("joomla-fr.html"))
        let bare = try scratch.write("saved-page", bytes: try Self.fixture("amp-fr.html"))
        let feed = try scratch.write("feed", bytes: try Self.fixture("rss-fr.xml"))
        let text = try scratch.write("report", "Attaque à Boni : quatre morts.")
        #expect(try DocumentReader(inputs: [php], format: .html).readAll().documents.first?.published == "2020-06-12")
        #expect(try DocumentReader(inputs: [feed], format: .feed).readAll().documents.count == 3)
        let sniffed = try DocumentReader(inputs: [bare, feed, text]).readAll()
        #expect(sniffed.documents.first?.title == "Ménaka : des civils tués dans l'attaque d'un campement")
        #expect(sniffed.documents.count == 5)
        #expect(sniffed.documents.last?.text == "Attaque à Boni : quatre morts.")
    }

    @Test func undatedPageIsReadWithAWarningNamingTheFile() throws {
        let scratch = try Scratch()
        let path = try scratch.write("gao.html", bytes: try Self.fixture("undated-fr.html"))
        let result = try DocumentReader(inputs: [path]).readAll()
        let document = try #require(result.documents.first)
        #expect(document.published == nil)
        #expect(document.isUndatedPage)
        #expect(result.summary.warnings.map(\.kind) == [.undatedPage])
        #expect(result.summary.warnings.first?.description.hasPrefix("\(path): no publication date in the page") == true)
        // --published anchors it, and it is no longer undated.
        let dated = try DocumentReader(inputs: [path], published: try PublishedDate(validating: "2022-01-05")).readAll()
        #expect(dated.documents.first?.isUndatedPage == false)
        #expect(dated.summary.warnings.isEmpty)
    }

    @Test func badPagesAndFeedsAreSkippedWithTheirReasonAndTheRestIsRead() throws {
        let scratch = try Scratch()
        let good = try scratch.write("good.html", bytes: try Self.fixture("drupal-fr.html"))
        let broken = try scratch.write("broken.xml", bytes: try Self.fixture("malformed-feed.xml"))
        let binary = try scratch.write("photo.html", bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46])
        let plain = try scratch.write("plain.htm", "Rien que du texte.")
        let huge = scratch.path("huge.html")
        FileManager.default.createFile(atPath: huge, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        let last = try scratch.write("last.html", bytes: try Self.fixture("amp-fr.html"))
        let result = try DocumentReader(inputs: [good, broken, binary, plain, huge, last]).readAll()
        #expect(result.ids == ["good.html", "last.html"])
        #expect(result.summary.skippedFileCount == 4)
        #expect(result.summary.problems.map(\.description) == [
            "\(broken):8:13: not a well-formed feed: Opening and ending tag mismatch: item line 5 and channel; file skipped",
            "\(binary): binary data (a NUL byte at offset 4), not an HTML page; file skipped",
            "\(plain): text without any HTML markup, not an HTML page; file skipped",
            "\(huge): 50.0 MB, larger than the 16 MiB a web page may have; file skipped",
        ])
    }

    @Test func strictModeStopsAtAMalformedFeedWithItsLineAndColumn() throws {
        let scratch = try Scratch()
        let broken = try scratch.write("broken.rss", bytes: try Self.fixture("malformed-feed.xml"))
        #expect {
            _ = try DocumentReader(inputs: [broken], strict: true).readAll()
        } throws: { error in
            (error as? DocumentInputError)?.description == "\(broken):8: column 13: not a well-formed feed: Opening and ending tag mismatch: item line 5 and channel"
        }
    }

    @Test func pageWithoutMainTextIsReadWholeWithAWarning() throws {
        let scratch = try Scratch()
        let path = try scratch.write("menu.html", "<html><body><nav><a href='/'>Accueil</a></nav><p>Bref.</p></body></html>")
        let result = try DocumentReader(inputs: [path], published: try PublishedDate(validating: "2022-01-05")).readAll()
        #expect(result.documents.first?.text == "Accueil\n\nBref.")
        #expect(result.summary.warnings.map(\.kind) == [.noMainText])
        #expect(result.summary.warnings.first?.description == "\(path): no main article text found in the page; read as all its visible text")
    }

    @Test func manyPagesComeInInputOrderAcrossParallelBatches() throws {
        let scratch = try Scratch()
        let page = try Self.fixture("wire-en.html")
        var paths: [String] = []
        for i in 0..<150 { paths.append(try scratch.write(String(format: "p%03d.html", i), bytes: page)) }
        var reader = DocumentReader(inputs: [scratch.directory.path])
        reader.markupBatchSize = 16
        let result = try reader.readAll(batchSize: 7)
        #expect(result.ids == (0..<150).map { String(format: "p%03d.html", $0) })
        #expect(result.documents.allSatisfy { $0.published == "2019-05-04" })
    }
}
