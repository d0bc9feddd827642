import Testing
@testable import Pages

@Suite("Dates as pages and feeds write them")
struct DateTextTests {
    @Test(arguments: [
        ("2021-10-07T09:15:00+00:00", "2021-10-07"),
        ("2021-10-07", "2021-10-07"),
        ("2021-10-07T23:30:00-05:00", "2021-10-07"),
        ("Thu, 07 Oct 2021 09:15:00 +0000", "2021-10-07"),
        ("Tue, 5 Oct 2021 07:00:00 GMT", "2021-10-05"),
        ("7 octobre 2021", "2021-10-07"),
        ("jeudi 1er juillet 2021", "2021-07-01"),
        ("October 7, 2021", "2021-10-07"),
        ("07/10/2021", "2021-10-07"),
    ])
    func day(_ text: String, _ expected: String) {
        #expect(DateText.day(from: text)?.description == expected)
    }

    @Test func impossibleDaysAreNoDays() {
        #expect(DateText.day(from: "2021-02-30") == nil)
        #expect(DateText.day(from: "31 avril 2021") == nil)
    }

    @Test func urlDates() {
        #expect(DateText.urlDay("https://site.example/2021/10/07/attaque-boni/")?.description == "2021-10-07")
        #expect(DateText.urlDay("https://site.example/actualites/2023-02-18-menaka")?.description == "2023-02-18")
        #expect(DateText.urlDay("https://site.example/2021/10/attaque/") == nil)
        #expect(DateText.urlDay("https://site.example/article/12345678/") == nil)
    }

    @Test func visibleDateLines() {
        #expect(DateText.dateLineDay("Publié le 7 octobre 2021 à 10h30")?.description == "2021-10-07")
        #expect(DateText.dateLineDay("Published on October 7, 2021")?.description == "2021-10-07")
        #expect(DateText.dateLineDay("Mis en ligne le jeudi 12 juin 2020")?.description == "2020-06-12")
        #expect(DateText.dateLineDay("Le 7 octobre 2021, des hommes armés ont attaqué Boni") == nil)
    }

    @Test func visibleDateLineIsTheLastResort() throws {
        let html = """
            <html><body><div class="header-info">Par la rédaction | Publié le 3 mai 2019</div><div class="texte">
            <p>Des hommes armés ont attaqué mercredi un poste de gendarmerie à Diafarabé, tuant deux gendarmes selon les autorités.</p>
            <p>Les assaillants ont incendié le poste avant de prendre la fuite en direction du fleuve, selon un élu local.</p>
            </div></body></html>
            """
        let page = try PageReader.read(Array(html.utf8))
        #expect(page.metadata.published?.description == "2019-05-03")
        #expect(page.metadata.publishedSource == .dateLine)
        #expect(!page.text.contains("Publié"))
    }

    @Test func publishedTimeIsPreferredToUpdatedTimeAndURL() throws {
        let html = """
            <html><head><meta property="og:updated_time" content="2021-11-01T00:00:00Z">
            <link rel="canonical" href="https://x.example/2021/09/30/a/"><meta name="dc.date" content="2021-10-02"></head>
            <body><p>Texte.</p></body></html>
            """
        let page = try PageReader.read(Array(html.utf8))
        #expect(page.metadata.published?.description == "2021-10-02")
        #expect(page.metadata.publishedSource == .dublinCore)
    }

    @Test func savedFromCommentGivesTheAddressAndItsDate() throws {
        let html = "<!-- saved from url=(0055)https://lejournal.example/2020/01/09/attaque-a-sebba/ -->\n<html><body><p>x</p></body></html>"
        let page = try PageReader.read(Array(html.utf8))
        #expect(page.metadata.canonicalURL == "https://lejournal.example/2020/01/09/attaque-a-sebba/")
        #expect(page.metadata.published?.description == "2020-01-09")
        #expect(page.metadata.publishedSource == .url)
    }
}
