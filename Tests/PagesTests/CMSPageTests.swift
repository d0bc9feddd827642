import Foundation
import Testing
@testable import Pages

/// Pages written by the team in the shape of WordPress, Drupal, Joomla, a wire service and AMP output, each
/// with menus, "Lire aussi" / "Related" links naming other places, comments and a cookie banner.
@Suite("CMS pages: the article, not the page")
struct CMSPageTests {
    @Test func theFixturesAreThere() {
        // Seven pages: five CMS shapes, a Windows-1252 page and an undated one. An empty list would make every
        // parameterised test below pass vacuously.
        #expect(PageFixture.all.count == 7)
    }

    @Test(arguments: PageFixture.all)
    func extractedTextIsEveryArticleParagraphAndNothingElse(_ fixture: PageFixture) throws {
        let page = try PageReader.read(try fixture.bytes)
        #expect(page.mainTextFound)
        #expect(page.paragraphs == fixture.paragraphs)
        for paragraph in fixture.paragraphs {
            #expect(page.text.contains(paragraph), "missing paragraph: \(paragraph)")
        }
        for word in fixture.boilerplate {
            #expect(!page.text.contains(word), "boilerplate in the text: \(word)")
        }
    }

    @Test(arguments: PageFixture.all)
    func titleDateLanguageAndAddressAreThePages(_ fixture: PageFixture) throws {
        let page = try PageReader.read(try fixture.bytes)
        #expect(page.metadata.title == fixture.title)
        #expect(page.metadata.published?.description == fixture.published)
        #expect(page.metadata.publishedSource?.rawValue == fixture.publishedFrom)
        #expect(page.metadata.language == fixture.language)
        #expect(page.metadata.canonicalURL == fixture.url)
        if let site = fixture.site { #expect(page.metadata.siteName == site) }
    }

    @Test(arguments: PageFixture.all)
    func textIsTheTitleThenTheParagraphsWithBlankLinesBetween(_ fixture: PageFixture) throws {
        let page = try PageReader.read(try fixture.bytes)
        #expect(page.text == ([fixture.title] + fixture.paragraphs).joined(separator: "\n\n"))
    }
}
