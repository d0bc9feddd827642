import Foundation
import Geocoding
import Gazetteer
import Testing

/// The text's own geography obeyed: units named beside a name, offsets from an anchor, a country named in
/// parentheses. Sentences of our own, over the default gazetteer with OCHA's Mali settlements, where many names
/// are shared (40 Sirakoro, 9 Farabougou, 4 Kera, 2 Boni).
@Suite("Text constraints")
struct TextConstraintTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let surface: String
        /// The admin-2 unit (cercle) the chosen place must lie in.
        let cercle: String
        var testDescription: String { text }
    }

    static let styles: [Case] = [
        // "X (cercle de C, région de R)"
        Case(text: "Des hommes armés ont attaqué Farabougou (cercle de Niono, région de Ségou) lundi.",
             surface: "Farabougou", cercle: "Niono"),
        Case(text: "Gunmen attacked Farabougou (Cercle of Niono, Segou Region) on Monday.",
             surface: "Farabougou", cercle: "Niono"),
        // "X (C, R)", as ACLED writes it
        Case(text: "Des hommes armés ont attaqué Farabougou (Baroueli, Ségou).", surface: "Farabougou", cercle: "Baroueli"),
        Case(text: "On 3 May 2019, gunmen attacked Sirakoro (Tenenkou, Mopti), killing two.",
             surface: "Sirakoro", cercle: "Tenenkou"),
        // "X, dans le cercle de C", "X, in the cercle of C"
        Case(text: "Le village de Sirakoro, dans le cercle de Kita, a été attaqué.", surface: "Sirakoro", cercle: "Kita"),
        Case(text: "Gunmen attacked Sirakoro, in the cercle of Kolokani, on Monday.", surface: "Sirakoro", cercle: "Kolokani"),
        // "X (cercle de C)" against the more populous namesake elsewhere
        Case(text: "Attaque à Boni (cercle de Bandiagara).", surface: "Boni", cercle: "Bandiagara"),
        Case(text: "An attack on Boni (Bandiagara cercle, Mopti Region) left three dead.", surface: "Boni", cercle: "Bandiagara"),
    ]

    @Test("a unit named beside a name keeps every candidate outside it out", arguments: styles)
    func unitStyles(_ example: Case) throws {
        let result = try GeocodingFixture.geocode(example.text)
        let place = try #require(result.places.first { $0.surface == example.surface })
        #expect(place.admin2 == example.cercle, "\(place.name) \(place.latitude),\(place.longitude) in \(place.admin2 ?? "?")")
        #expect(place.role == .place)
    }

    @Test("an offset from an anchor: the place lies within the stated distance (and a margin) of it")
    func anchorConstraint() throws {
        for text in ["Des hommes armés ont attaqué Kera, à 20 km de Djenné.", "Gunmen attacked Kera, some 20 km from Djenne."] {
            let result = try GeocodingFixture.geocode(text)
            let kera = try #require(result.places.first { $0.surface == "Kera" }, "\(text)")
            #expect(kera.admin2 == "Djenne", "\(text)")
            let km = Haversine.km(kera.latitude, kera.longitude, 13.906, -4.555)
            #expect(km <= 20 * 1.3 + 15, "\(text): \(km) km from Djenné")
        }
    }

    @Test("after 'à N km de' a family name or a word is the anchor's name; after 'du' it is a common noun")
    func anchorAfterDistance() throws {
        let result = try GeocodingFixture.geocode("Des hommes armés ont attaqué Segue, à 8 km de Diarra, lundi.")
        let segue = try #require(result.places.first { $0.surface == "Segue" })
        #expect(segue.admin2 == "Nioro")
        #expect(result.places.first { $0.surface == "Diarra" }?.relative?.offsetKm == 8)
        let camp = try GeocodingFixture.geocode("Un tir de mortier atterri à 1 km du Camp de la MINUSMA à Kidal.")
        #expect(camp.places.map(\.surface) == ["Kidal"])
    }

    @Test("a country named beside a name: no namesake in another country is chosen")
    func countryConstraint() throws {
        let result = try GeocodingFixture.geocode("Des hommes armés ont attaqué Koro (Burkina Faso) lundi.")
        #expect(!result.places.contains { $0.surface == "Koro" && $0.country != "BF" })
    }

    @Test("spelling variants are tried inside the unit: transliteration, one letter, a qualifier dropped")
    func variantsInsideUnit() throws {
        let cases: [(text: String, surface: String, name: String, cercle: String)] = [
            // ou/w, y/i: the phonetic key
            ("Attaque à Wouro Mody (cercle de Mopti).", "Wouro Mody", "Ouro Modi", "Mopti"),
            ("Gunmen attacked the village of Wouro Mody (Mopti cercle, Mopti Region).", "Wouro Mody", "Ouro Modi", "Mopti"),
            // one letter changed
            ("Attaque à Siracoro (Tenenkou, Mopti).", "Siracoro", "Sirakoro", "Tenenkou"),
            ("Gunmen raided the village of Sirakora (Tenenkou, Mopti) on Friday.", "Sirakora", "Sirakoro", "Tenenkou"),
            // the qualifier the press drops
            ("Des hommes armés ont attaqué le village de Badinguiba (cercle de Koulikoro).", "Badinguiba",
             "Badinguiba Peulh", "Koulikoro"),
            ("Gunmen attacked the village of Badinguiba (Koulikoro, Koulikoro).", "Badinguiba", "Badinguiba Peulh", "Koulikoro"),
        ]
        for example in cases {
            let result = try GeocodingFixture.geocode(example.text)
            let place = try #require(result.places.first { $0.surface == example.surface }, "\(example.text)")
            #expect(place.name == example.name, "\(example.text)")
            #expect(place.admin2 == example.cercle, "\(example.text)")
        }
    }

    @Test("a name no place of the hinted unit bears is coded to the unit, under its own name, never elsewhere")
    func fallbackToUnit() throws {
        for text in ["Des hommes armés ont attaqué le village de Dagaboungou (cercle de Tenenkou, région de Mopti).",
                     "Gunmen attacked the village of Dagaboungou (Tenenkou, Mopti)."] {
            let result = try GeocodingFixture.geocode(text)
            let place = try #require(result.places.first { $0.surface == "Dagaboungou" }, "\(text)")
            #expect(place.name == "Dagaboungou" && place.precision == 2 && place.gazetteerID == nil, "\(text)")
            #expect(place.relative?.anchors.map(\.name) == ["Ténenkou"], "\(text)")
            #expect(Haversine.km(place.latitude, place.longitude, 14.448, -4.922) < 1, "\(text)")
            #expect(result.places.first { $0.surface == "Tenenkou" }?.role == .adminHint, "\(text)")
        }
    }

    @Test("a region hint codes an unknown name to the region (precision 3)")
    func fallbackToRegion() throws {
        let result = try GeocodingFixture.geocode("Des hommes armés ont attaqué le village de Dagaboungou (région de Mopti).")
        let place = try #require(result.places.first { $0.surface == "Dagaboungou" })
        #expect(place.precision == 3 && place.name == "Dagaboungou")
    }

    @Test("a capitalised word before a place in parentheses is no place without a cue; a world capital is no unit")
    func noFalseUnknowns() throws {
        let title = try GeocodingFixture.geocode("Ensure Independent Investigation (Nairobi) – Soldiers executed civilians.")
        #expect(!title.places.contains { $0.surface == "Investigation" })
        let dateline = try GeocodingFixture.geocode("Gunmen attacked the village of Dagaboungou (Nairobi).")
        #expect(!dateline.places.contains { $0.surface == "Dagaboungou" })
    }

    @Test("a list that is not of units ('frontière du Burkina', 'entre Gossi et Gao') constrains nothing")
    func notAUnitList() throws {
        let result = try GeocodingFixture.geocode("Attaque contre un poste à Ouenkoro (frontière du Burkina) dans le cercle de Bankass.")
        let place = try #require(result.places.first { $0.surface == "Ouenkoro" })
        #expect(place.country == "ML")
    }
}

@Suite("Transliteration key")
struct TransliterationKeyTests {
    @Test("the spellings French and English give one name meet")
    func variantsMeet() {
        let pairs = [("wouro mody", "ouro modi"), ("tchirozerine", "chirozerine"), ("djibo", "jibo"),
                     ("gourma rharous", "gourma rarous"), ("tessalit", "tesalit"), ("kidale", "kidal"),
                     ("aguelhok", "aguelhoc"), ("kayes", "kaies")]
        for (a, b) in pairs {
            #expect(TransliterationKey.key(a) == TransliterationKey.key(b), "\(a) / \(b)")
        }
    }

    @Test("different names stay apart")
    func namesStayApart() {
        for (a, b) in [("gao", "kao"), ("mopti", "mopto"), ("douentza", "dentza"), ("boni", "bani")] {
            #expect(TransliterationKey.key(a) != TransliterationKey.key(b), "\(a) / \(b)")
        }
    }
}
