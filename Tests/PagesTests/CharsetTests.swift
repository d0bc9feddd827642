import Testing
@testable import Pages

@Suite("Charsets and entities")
struct CharsetTests {
    @Test func windows1252PageReadsRight() throws {
        let bytes = try PageFixture.bytes("windows-1252-fr.html")
        // The fixture really is Windows-1252: é is the single byte 0xE9, ’ is 0x92, œ is 0x9C.
        #expect(bytes.contains(0xE9) && bytes.contains(0x92) && bytes.contains(0x9C))
        let page = try PageReader.read(bytes)
        #expect(page.metadata.title == "Ségou : l’armée repousse une attaque contre le camp de Diabaly")
        #expect(page.text.contains("L’œuvre de reconstruction"))
        #expect(page.text.contains("« plus d’une heure de combats »"))
        #expect(!page.text.contains("\u{FFFD}"))
    }

    @Test func latin1DeclaredPagesUseWindows1252Punctuation() throws {
        // ISO-8859-1 declared, but with 0x92 for an apostrophe, as such pages are written.
        var bytes = Array("<html><head><meta charset=\"ISO-8859-1\"><title>t</title></head><body><p>".utf8)
        bytes += [0x4C, 0x92, 0x61, 0x74, 0x74, 0x61, 0x71, 0x75, 0x65, 0x20, 0xE0, 0x20, 0x53, 0xE9, 0x76, 0x61, 0x72, 0xE9]
        bytes += Array("</p></body></html>".utf8)
        let page = try PageReader.read(bytes)
        #expect(page.paragraphs.last == "L’attaque à Sévaré")
    }

    @Test func undeclaredBytesThatAreNotUTF8AreWindows1252() throws {
        var bytes = Array("<html><body><p>Attaque ".utf8)
        bytes += [0xE0, 0x20, 0x44, 0x6A, 0x69, 0x62, 0x6F, 0x20, 0x96, 0x20, 0x62, 0x69, 0x6C, 0x61, 0x6E]  // à Djibo – bilan
        bytes += Array("</p></body></html>".utf8)
        #expect(try PageReader.read(bytes).paragraphs == ["Attaque à Djibo – bilan"])
    }

    @Test func utf8WithByteOrderMarkAndEntities() throws {
        let html = "\u{FEFF}<html><body><p>Tombouctou&nbsp;: l&#8217;a&eacute;roport &amp; la ville &#x2014; &laquo;&#160;calme&#160;&raquo;</p></body></html>"
        #expect(try PageReader.read(Array(html.utf8)).paragraphs == ["Tombouctou : l’aéroport & la ville — « calme »"])
    }

    @Test func declaredCharsetIsFoundInHTTPEquivAndXMLDeclaration() {
        let httpEquiv = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">".utf8)
        let xml = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>".utf8)
        let utf8 = Array("<meta charset='utf-8'>".utf8)
        #expect(httpEquiv.withUnsafeBufferPointer { Charset.of($0).charset } == .windows1252)
        #expect(xml.withUnsafeBufferPointer { Charset.of($0).charset } == .windows1252)
        #expect(utf8.withUnsafeBufferPointer { Charset.of($0).charset } == .utf8)
    }

    @Test func otherCharsetsGoThroughLibxml2() throws {
        // ISO-8859-15 has € at 0xA4, where Latin-1 has ¤.
        var bytes = Array("<html><head><meta charset=\"iso-8859-15\"></head><body><p>".utf8)
        bytes += [0x52, 0x61, 0x6E, 0xE7, 0x6F, 0x6E, 0x20, 0x3A, 0x20, 0x35, 0x30, 0x20, 0xA4]
        bytes += Array("</p></body></html>".utf8)
        #expect(try PageReader.read(bytes).paragraphs == ["Rançon : 50 €"])
    }
}
