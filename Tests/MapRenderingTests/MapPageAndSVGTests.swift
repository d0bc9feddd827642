import Foundation
@testable import MapRendering
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct MapPageAndSVGTests {
    private let hostile = "Ils ont crié </script><b>alerte</b> & fui\u{2028}."

    private func sample() throws -> MapContent {
        try MapFixtures.content([
            MapFixtures.incident("a", lat: 12.74, lon: -8.07, killed: 12, evidence: hostile),
            MapFixtures.incident("b", lat: 13.2, lon: -7.5, type: "Protests"),
            MapFixtures.incident("c", lat: nil, lon: nil),
            MapFixtures.incident("d", lat: 12.1, lon: -8.6, type: "Unheard of", killed: 0),
        ])
    }

    @Test func svgIsWellFormedWithOneCirclePerLocatedIncident() throws {
        let svg = SVGDocumentBuilder().document(try sample())
        let counter = CircleCounter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "SVG is not well-formed: \(String(describing: parser.parserError))")
        #expect(counter.circles == 3)
        #expect(counter.text.contains("</script><b>alerte</b>"), "the evidence is text, escaped, not markup")
        #expect(counter.elements.contains("b") == false)
        #expect(svg.contains("Equirectangular"))
    }

    @Test func pageEmbedsTheDataSafely() throws {
        let leaflet = LeafletAssets(script: "window.L = {};", styleSheet: ".leaflet-container {}", scriptPath: "test")
        let page = String(decoding: HTMLPageBuilder(leaflet: leaflet).page(try sample()), as: UTF8.self)
        // Exactly the script elements the builder writes: the hostile text cannot close one early.
        #expect(page.components(separatedBy: "</script>").count - 1 == 4)
        #expect(!page.contains("<b>alerte"))
        #expect(page.contains(#"\u003c/script\u003e\u003cb\u003ealerte"#))
        #expect(page.contains("<title>Test &lt;map&gt;</title>"))
        #expect(page.contains(#"id="sahel-from" value="2024-03-01""#))
    }

    @Test func manyIncidentsSwitchToTheCanvasRenderer() throws {
        let leaflet = LeafletAssets(script: "", styleSheet: "", scriptPath: "test")
        var builder = HTMLPageBuilder(leaflet: leaflet)
        builder.canvasThreshold = 2
        let page = String(decoding: builder.page(try sample()), as: UTF8.self)
        #expect(page.contains(#""renderer":"canvas""#))
    }

    @Test func leafletIsMadeSafeToInline() {
        let css = ".a { background-image: url(images/layers.png); } .b{}"
        #expect(LeafletAssets.inlineSafeStyle(css) == ".a { background-image: none; } .b{}")
    }

    @Test func missingLeafletNamesThePathAndThePackage() {
        #expect {
            try LeafletAssets.load(from: "/nonexistent/leaflet")
        } throws: { error in
            let text = String(describing: error)
            return text.contains("/nonexistent/leaflet/leaflet.js") && text.contains("libjs-leaflet")
        }
    }
}

private final class CircleCounter: NSObject, XMLParserDelegate {
    var circles = 0
    var elements: Set<String> = []
    var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.insert(name)
        if name == "circle" { circles += 1 }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
