import Testing
@testable import Pages

@Suite("RSS and Atom feeds")
struct FeedTests {
    @Test func rssFeedOfThreeItemsGivesThreeItemsWithTheirDates() throws {
        let feed = try FeedReader.read(try PageFixture.bytes("rss-fr.xml"))
        #expect(feed.format == .rss)
        #expect(feed.title == "Le Sahélien")
        #expect(feed.language == "fr")
        #expect(feed.items.count == 3)
        #expect(feed.items.map { $0.published?.description } == ["2021-10-07", "2021-10-06", "2021-10-05"])
        #expect(feed.items.map(\.link) == [
            "https://lesahelien.example/2021/10/07/mali-quatre-soldats-tues-a-boni/",
            "https://lesahelien.example/2021/10/06/kidal-manifestation/",
            "https://lesahelien.example/2021/10/05/niono-accord/",
        ])
        #expect(feed.items[1].title == "Kidal : manifestation devant le camp de la mission")
    }

    @Test func contentEncodedIsPreferredAndStrippedOfMarkupLinksListsAndFeedFooter() throws {
        let item = try FeedReader.read(try PageFixture.bytes("rss-fr.xml")).items[0]
        #expect(item.paragraphs == [
            "Des hommes armés ont attaqué mercredi un poste de l’armée malienne à Boni, dans le cercle de Douentza, tuant quatre soldats, selon une source sécuritaire.",
            "Les assaillants, arrivés à moto en fin d'après-midi, ont incendié deux véhicules avant de se replier vers la frontière.",
        ])
        #expect(item.text.hasPrefix("Mali : quatre soldats tués dans une attaque contre un poste à Boni\n\nDes hommes armés"))
        #expect(!item.text.contains("Djibo"))
        #expect(!item.text.contains("<"))
    }

    @Test func escapedMarkupInADescriptionIsParsedAsHTML() throws {
        let item = try FeedReader.read(try PageFixture.bytes("rss-fr.xml")).items[2]
        #expect(item.paragraphs == [
            "Un accord de cessez-le-feu a été signé lundi à Niono entre des chasseurs traditionnels et des groupes armés.",
            "Il prévoit la levée du blocus de plusieurs villages du cercle.",
        ])
    }

    @Test func atomFeedOfThreeEntriesGivesThreeItemsWithTheirDates() throws {
        let feed = try FeedReader.read(try PageFixture.bytes("atom-en.xml"))
        #expect(feed.format == .atom)
        #expect(feed.language == "en")
        #expect(feed.items.count == 3)
        // `published`, else `updated` (the second entry has only `updated`).
        #expect(feed.items.map { $0.published?.description } == ["2019-05-04", "2019-05-02", "2019-04-30"])
        #expect(feed.items[1].link == "https://www.sahelwire.example/world/africa/curfew-niono")
        #expect(feed.items[1].paragraphs == ["Authorities declared a night curfew in Niono on Thursday after two days of clashes between militias."])
        // type="xhtml": markup in the feed itself.
        #expect(feed.items[2].paragraphs == [
            "Niger's government extended the state of emergency in the Tillabéri region by three months on Tuesday.",
            "The measure also covers parts of the Tahoua region along the border with Mali.",
        ])
        #expect(feed.items[0].paragraphs.count == 2)
    }

    @Test func malformedFeedReportsLibxml2sLineAndColumn() throws {
        #expect {
            _ = try FeedReader.read(try PageFixture.bytes("malformed-feed.xml"))
        } throws: { error in
            guard let error = error as? PageError else { return false }
            return error.kind == .malformedFeed && error.line == 8 && error.column != nil
                && error.message.contains("mismatch") && error.description.hasPrefix("line 8, column ")
        }
    }

    @Test func wellFormedXMLThatIsNotAFeedIsSaidSo() {
        #expect {
            _ = try FeedReader.read(Array("<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>".utf8))
        } throws: { error in
            (error as? PageError)?.kind == .notAFeed && (error as? PageError)?.message.contains("<urlset>") == true
        }
    }

    @Test func externalEntitiesAreNotFetched() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>a &secret; b</title></item></channel></rss>
            """
        let feed = try FeedReader.read(Array(xml.utf8))
        #expect(feed.items.count == 1)
        #expect(feed.items[0].title?.contains("root:") == false)
    }

    @Test func emptyFileIsAMalformedFeed() {
        #expect(throws: PageError.self) { _ = try FeedReader.read([]) }
    }
}
