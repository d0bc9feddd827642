import Foundation
import MapRendering
import Testing

@Suite struct MapMarkupEscapingTests {
    @Test func escapesMarkupCharacters() {
        #expect(MarkupEscaping.escape(#"</script><b>"x" & 'y'"#) == "&lt;/script&gt;&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;")
    }

    @Test func dropsControlCharactersXMLForbids() {
        #expect(MarkupEscaping.escape("a\u{0}b\u{1B}c\td\ne") == "abc\td\ne")
    }

    @Test func keepsNonASCIIText() {
        #expect(MarkupEscaping.escape("Ménaka — Tombouctou") == "Ménaka — Tombouctou")
    }
}

@Suite struct MapScriptSafeJSONTests {
    @Test func scriptEndAndSeparatorsAreEscaped() throws {
        let json = Array(#"{"e":"</script><b>a & b</b>\#u{2028}\#u{2029}"}"#.utf8)
        let safe = ScriptSafeJSON.escape(json)
        let text = String(decoding: safe, as: UTF8.self)
        #expect(!text.contains("<"))
        #expect(!text.contains(">"))
        #expect(!text.contains("&"))
        #expect(!text.contains("\u{2028}"))
        #expect(text.contains(#"\u2028"#) && text.contains(#"\u2029"#))
        // The escapes mean the same characters: the value decodes unchanged.
        let decoded = try JSONSerialization.jsonObject(with: Data(safe)) as? [String: String]
        #expect(decoded?["e"] == "</script><b>a & b</b>\u{2028}\u{2029}")
    }
}
