import Foundation
import Geocoding
import Testing

@Suite("Geocoder behaviour")
struct GeocoderBehaviourTests {
    @Test("an empty or placeless text gives no places and no focus place")
    func emptyText() throws {
        for text in ["", "   \n", "Aucune victime n'a été signalée, selon un communiqué."] {
            let result = try GeocodingFixture.geocode(text)
            #expect(result.places.isEmpty)
            #expect(result.focus.mainPlace == nil)
        }
    }

    @Test("a cercle or commune named in apposition after a village is a hint, even one that holds no such village; joined by 'et' it is a place")
    func unitInApposition() throws {
        let hinted = try GeocodingFixture.geocode("Le poste de Boni, dans la commune de Hombori, a été attaqué lundi.")
        #expect(hinted.places.first { $0.surface == "Boni" }?.role == .place)
        #expect(hinted.places.first { $0.surface == "Hombori" }?.role == .adminHint)
        let listed = try GeocodingFixture.geocode("Des hommes armés ont attaqué Boni et, dans la commune de Hombori, deux hameaux.")
        #expect(listed.places.first { $0.surface == "Hombori" }?.role == .place)
        // No Boni lies in the cercle of Kati: the text is believed, and the post coded to the cercle's main town,
        // under its own name (precision 2, anchored at Kati), never to a Boni elsewhere.
        let far = try GeocodingFixture.geocode("Le poste de Boni, dans le cercle de Kati, a été attaqué lundi.")
        let boni = try #require(far.places.first { $0.surface == "Boni" })
        #expect(boni.name == "Boni" && boni.precision == 2 && boni.gazetteerID == nil)
        #expect(boni.relative?.anchors.map(\.name) == ["Kati"])
        #expect(abs(boni.latitude - 12.74) < 0.1 && abs(boni.longitude + 8.07) < 0.1)
        #expect(far.places.first { $0.surface == "Kati" }?.role == .adminHint)
    }

    @Test("a distance beyond half the Earth's circumference is no offset: the place stays, nothing traps")
    func absurdDistance() throws {
        for text in ["Attaque à 99999999999999999999 km au nord de Gao.", "An attack 30000 km north of Gao."] {
            let gao = try #require(try GeocodingFixture.geocode(text).places.first { $0.surface == "Gao" }, "\(text)")
            #expect(gao.relative?.offsetKm == nil && gao.feature != "relative", "\(text)")
        }
        let sane = try #require(try GeocodingFixture.geocode("Attaque à 20000 km au nord de Gao.").places.first)
        #expect(sane.relative?.offsetKm == 20_000)
    }

    @Test("'IS Sahel' and 'Islamic State Sahel Province' name a group, not the Sahel region")
    func islamicStateBranches() throws {
        for text in ["Presumed IS Sahel militants killed two soldiers in Dori on Monday.",
                     "Fighters of the Islamic State Sahel Province attacked Dori on Monday.",
                     "Des combattants de l'EI Sahel ont attaqué Dori lundi."] {
            let result = try GeocodingFixture.geocode(text)
            #expect(result.places.map(\.surface) == ["Dori"], "\(text)")
        }
    }

    @Test("offsets count Unicode scalars, so they index the text as other tools read it")
    func scalarOffsets() throws {
        let text = "🔥 Attaque — à Ségou, puis à Ténenkou."
        let result = try GeocodingFixture.geocode(text)
        let scalars = Array(text.unicodeScalars)
        #expect(result.places.count == 2)
        for mention in result.places {
            let slice = String(String.UnicodeScalarView(scalars[mention.start..<mention.end]))
            #expect(slice == mention.surface)
        }
    }

    @Test("an offset keeps its anchor, distance and bearing; the point lies that far from the anchor")
    func offsetFields() throws {
        let result = try GeocodingFixture.geocode("Un civil a été tué à 37 km au sud-est d'Ansongo.")
        let mention = try #require(result.places.first)
        #expect(mention.feature == "relative")
        #expect(mention.precision == 2)
        #expect(mention.gazetteerID == nil)
        let relative = try #require(mention.relative)
        #expect(relative.offsetKm == 37)
        #expect(relative.bearing == 135)
        #expect(relative.phrase == "à 37 km au sud-est d'Ansongo")
        let anchor = try #require(relative.anchors.first)
        #expect(anchor.name == "Ansongo")
        let d = Haversine.km(anchor.latitude, anchor.longitude, mention.latitude, mention.longitude)
        #expect(abs(d - 37) < 0.3)
        #expect(mention.latitude < anchor.latitude && mention.longitude > anchor.longitude)
    }

    @Test("ACLED-style coding puts an offset at its anchor town, still precision 2")
    func anchorCoding() throws {
        let geocoder = Geocoder(index: try GeocodingFixture.geocoder.get().index, relativePoint: .anchor)
        let result = geocoder.geocode("Un civil a été tué à 37 km au sud-est d'Ansongo.")
        let mention = try #require(result.places.first)
        let anchor = try #require(mention.relative?.anchors.first)
        #expect(mention.latitude == anchor.latitude && mention.longitude == anchor.longitude)
        #expect(mention.precision == 2)
    }

    @Test("between two places: the midpoint, half their distance as uncertainty, both kept as anchors")
    func between() throws {
        let result = try GeocodingFixture.geocode("Des affrontements ont eu lieu entre Gao et Ansongo.")
        let between = try #require(result.places.first { $0.feature == "relative" })
        let anchors = try #require(between.relative?.anchors)
        #expect(anchors.map(\.name) == ["Gao", "Ansongo"])
        let toGao = Haversine.km(between.latitude, between.longitude, anchors[0].latitude, anchors[0].longitude)
        let toAnsongo = Haversine.km(between.latitude, between.longitude, anchors[1].latitude, anchors[1].longitude)
        #expect(abs(toGao - toAnsongo) < 0.5)
        #expect(abs((between.relative?.uncertaintyKm ?? 0) - toGao) < 0.5)
        #expect(result.places.filter { $0.role == .anchor }.count == 2)
    }

    @Test("scores are between 0 and 1, and a clear place after a cue scores higher than a bare ambiguous one")
    func scores() throws {
        let cued = try GeocodingFixture.geocode("Attaque à Gao.").places
        let bare = try GeocodingFixture.geocode("Koro est calme.").places
        for mention in cued + bare { #expect((0...1).contains(mention.score)) }
        #expect((cued.first?.score ?? 0) > (bare.first?.score ?? 1))
    }

    @Test("country evidence from demonyms sets the focus country when no place is named")
    func demonymFocus() throws {
        let result = try GeocodingFixture.geocode("Des soldats nigériens ont été tués au Niger.")
        #expect(result.focus.country == "NE")
        #expect(result.focus.mainPlace == nil)
    }

    @Test("English is detected and read: 'near', 'north of', 'village of'")
    func english() throws {
        let result = try GeocodingFixture.geocode("Gunmen attacked the village of Boni near Douentza on Tuesday.")
        #expect(result.language == .en)
        #expect(result.places.first { $0.surface == "Boni" }?.admin2 == "Douentza")
        #expect(result.places.first { $0.surface == "Douentza" }?.precision == 2)
    }

    @Test("a long document is read in sections; every offset still points at its surface")
    func longDocument() throws {
        let paragraph = "Une attaque a visé le camp de Boni (cercle de Douentza), près de Hombori. "
            + String(repeating: "Le calme est revenu dans la soirée selon des témoins. ", count: 40) + "\n"
        let text = String(repeating: paragraph, count: 120)
        #expect(text.unicodeScalars.count > Geocoder.sectionLength)
        let result = try GeocodingFixture.geocode(text)
        let scalars = Array(text.unicodeScalars)
        #expect(result.places.filter { $0.surface == "Boni" }.count == 120)
        for mention in result.places {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.surface)
        }
        #expect(result.places.filter { $0.surface == "Boni" }.allSatisfy { $0.admin2 == "Douentza" })
    }
}
