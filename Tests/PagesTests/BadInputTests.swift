import Testing
@testable import Pages

@Suite("Bad input: not HTML, broken markup, no main text")
struct BadInputTests {
    @Test func binaryDataIsNotAPage() {
        #expect {
            _ = try PageReader.read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        } throws: { error in
            (error as? PageError)?.kind == .notHTML && (error as? PageError)?.message.contains("binary") == true
        }
    }

    @Test func textWithoutMarkupIsNotAPage() {
        #expect {
            _ = try PageReader.read(Array("Attaque à Boni, quatre morts.\n".utf8))
        } throws: { error in
            (error as? PageError)?.kind == .notHTML && (error as? PageError)?.message.contains("without any HTML markup") == true
        }
    }

    @Test func brokenMarkupIsRepairedAsBrowsersDo() throws {
        let html = """
            <html><body><div class="content"><p>Des hommes armés ont attaqué le poste de Boni, tuant quatre soldats selon l'armée
            <p>Les assaillants ont incendié deux véhicules <b>avant de <i>se replier</b> vers la frontière.</i>
            </span></td><p>Le gouverneur a dénoncé une attaque lâche et renforcé le dispositif sur l'axe.
            """
        let page = try PageReader.read(Array(html.utf8))
        #expect(page.paragraphs == [
            "Des hommes armés ont attaqué le poste de Boni, tuant quatre soldats selon l'armée",
            "Les assaillants ont incendié deux véhicules avant de se replier vers la frontière.",
            "Le gouverneur a dénoncé une attaque lâche et renforcé le dispositif sur l'axe.",
        ])
    }

    @Test func pageWithoutAMainTextIsReadAsAllItsVisibleText() throws {
        let html = "<html><body><nav><a href='/'>Accueil</a></nav><p>Bref.</p><footer>Pied</footer></body></html>"
        let page = try PageReader.read(Array(html.utf8))
        #expect(!page.mainTextFound)
        #expect(page.paragraphs == ["Accueil", "Bref.", "Pied"])
    }

    @Test func deeplyNestedPageDoesNotExhaustTheStack() throws {
        let depth = 50_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Au fond.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let page = try PageReader.read(Array(html.utf8))
        #expect(page.text.contains("Au fond.") || page.paragraphs.isEmpty)
    }

    @Test func scriptsStylesAndHiddenElementsAreNeverText() throws {
        let html = """
            <html><head><style>p{color:red}</style></head><body><article>
            <p>Des hommes armés ont attaqué le poste de Boni, tuant quatre soldats, selon une source sécuritaire locale.</p>
            <script>document.write("Attaque à Gao")</script><noscript>Activez JavaScript pour Kidal</noscript>
            <div hidden>Ménaka caché</div><div style="display: none">Ansongo caché</div><template><p>Gossi</p></template>
            <p>Les assaillants ont incendié deux véhicules avant de se replier vers la frontière du Burkina.</p>
            </article></body></html>
            """
        let text = try PageReader.read(Array(html.utf8)).text
        for word in ["Gao", "Kidal", "Ménaka", "Ansongo", "Gossi", "color"] { #expect(!text.contains(word), "\(word)") }
    }

    @Test func sniffingTellsPagesFromFeeds() throws {
        #expect(MarkupSniffer.kind(try PageFixture.bytes("rss-fr.xml")) == .feed)
        #expect(MarkupSniffer.kind(try PageFixture.bytes("atom-en.xml")) == .feed)
        #expect(MarkupSniffer.kind(try PageFixture.bytes("wordpress-fr.html")) == .html)
        #expect(MarkupSniffer.kind(try PageFixture.bytes("windows-1252-fr.html")) == .html)
        #expect(MarkupSniffer.kind(Array("Attaque à Boni".utf8)) == .neither)
    }
}
