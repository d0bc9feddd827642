import Foundation
import Geocoding
import Testing

/// The team's own test sentences, one or more per trap of DESIGN.md, in French and English. Each states what
/// an analyst reading the output would check: which names are places, which place each one is, and where the
/// document's focus lands. Coordinates and admin units are those of the OCHA Mali settlements.
@Suite("Trap sentences")
struct TrapSentenceTests {
    /// What one sentence must give.
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        /// Surfaces that must be found as places, with the admin-2 (or name) each must resolve to.
        var places: [(surface: String, check: Check)] = []
        /// Words that must not be taken for places.
        var notPlaces: [String] = []
        /// The focus place's name, when the sentence has one.
        var focus: String? = nil
        var testDescription: String { String(text.prefix(60)) }
    }

    enum Check: Sendable {
        case admin2(String)
        case admin1(String)
        case name(String)
        case country(String)
        case near(Double, Double, km: Double)
    }

    static let cases: [Case] = [
        // dire / Diré: the verb is lowercase or starts a sentence; the town is named after a cue.
        Case(text: "Il faut dire que la situation reste tendue.", notPlaces: ["dire"]),
        Case(text: "Une attaque a visé le camp de Diré.", places: [("Diré", .admin2("Dire"))], focus: "Diré"),
        Case(text: "Dire que tout allait bien la veille à Diré.", places: [("Diré", .admin2("Dire"))], notPlaces: ["Dire"]),
        // The Niger river is not the country, nor a town.
        Case(text: "Le fleuve Niger traverse Gao.", places: [("Gao", .admin1("Gao"))], notPlaces: ["Niger"], focus: "Gao"),
        Case(text: "Des soldats nigériens ont été tués au Niger.", places: [("Niger", .country("NE"))], notPlaces: ["nigériens"]),
        Case(text: "Fishermen were attacked on the Niger River near Ségou.", places: [("Ségou", .admin1("Segou"))],
             notPlaces: ["Niger"]),
        // Boni of Douentza and Boni of Bandiagara, told apart by the text's hints.
        Case(text: "Attaque contre la gendarmerie de Boni (cercle de Douentza).", places: [("Boni", .admin2("Douentza"))],
             focus: "Boni"),
        Case(text: "Des hommes armés ont attaqué Boni (Bandiagara, Mopti).", places: [("Boni", .admin2("Bandiagara"))],
             focus: "Boni"),
        Case(text: "Attaque à Boni, près de Douentza.", places: [("Boni", .admin2("Douentza"))], focus: "Boni"),
        Case(text: "Attaque à Boni dans le cercle de Bandiagara.", places: [("Boni", .admin2("Bandiagara"))], focus: "Boni"),
        // Nampala of Ségou (Niono) against the Nampala villages of Sikasso.
        Case(text: "Attaque contre le camp de Nampala (région de Ségou).", places: [("Nampala", .admin2("Niono"))],
             focus: "Nampala"),
        Case(text: "Une embuscade à Nampala près de Diabaly.", places: [("Nampala", .admin2("Niono"))], focus: "Nampala"),
        Case(text: "Un commerçant du village de Nampala, cercle de Koutiala, a été enlevé.",
             places: [("Nampala", .admin2("Koutiala"))], focus: "Nampala"),
        // Offsets and distances.
        Case(text: "Une patrouille a sauté sur une mine à 40 km au nord de Gao.",
             places: [("Gao", .near(16.63, -0.05, km: 3))], focus: "40 km N of Gao"),
        Case(text: "An IED exploded 15 km north-east of Ménaka.", places: [("Ménaka", .near(15.99, 2.50, km: 3))]),
        Case(text: "Un camion a été attaqué à une quarantaine de kilomètres d'Ansongo.",
             places: [("Ansongo", .admin2("Ansongo"))], focus: "40 km from Ansongo"),
        // Between two places, and a road between them.
        Case(text: "Des affrontements ont eu lieu entre Gao et Ansongo.",
             places: [("entre Gao et Ansongo", .near(15.95, 0.21, km: 15))], focus: "between Gao and Ansongo"),
        Case(text: "Clashes broke out between Gao and Ansongo.", places: [("between Gao and Ansongo", .near(15.95, 0.21, km: 15))]),
        Case(text: "Un convoi a sauté sur une mine sur l'axe Gossi-Gao.", places: [("Gossi", .admin1("Tombouctou")), ("Gao", .admin1("Gao"))],
             focus: "between Gossi and Gao"),
        // Elision: the place's offsets cover the name only.
        Case(text: "L'attaque d'Ansongo a fait deux morts.", places: [("Ansongo", .admin2("Ansongo"))]),
        Case(text: "Un véhicule a sauté sur une mine près d'Aguelhok.", places: [("Aguelhok", .admin2("Tessalit"))]),
        // English notes in the ACLED style, with admin units in parentheses.
        Case(text: "On 3 May 2019, unidentified gunmen attacked a gendarmerie post in Diafarabé (Ténenkou, Mopti), killing two gendarmes.",
             places: [("Diafarabé", .admin2("Tenenkou"))], focus: "Diafarabé"),
        Case(text: "In Timbuktu, a rocket hit the airport.", places: [("Timbuktu", .admin1("Tombouctou"))]),
        Case(text: "Clashes in the Mopti region left five dead.", places: [("Mopti", .name("Mopti"))]),
        // Spellings.
        Case(text: "Des tirs ont visé Tombouctou.", places: [("Tombouctou", .admin1("Tombouctou"))]),
        Case(text: "Attaque à Sevare puis à Sévaré.", places: [("Sevare", .admin1("Mopti")), ("Sévaré", .admin1("Mopti"))]),
        Case(text: "Attaque à Aguelhoc.", places: [("Aguelhoc", .admin2("Tessalit"))]),
        Case(text: "Attaque à Ntillit, puis à N'Tillit.", places: [("Ntillit", .admin1("Gao")), ("N'Tillit", .admin1("Gao"))]),
        Case(text: "Attaque à Ké-Macina.", places: [("Ké-Macina", .admin2("Macina"))]),
        Case(text: "Attaque contre un poste de sécurité à Ouenkoro.", places: [("Ouenkoro", .admin2("Bankass"))]),
        // A region named as a region.
        Case(text: "Des combats ont eu lieu dans la région de Tombouctou.", places: [("Tombouctou", .name("Timbuktu"))]),
        // People and groups are not places.
        Case(text: "Le général Gamou a rencontré Amadou Koufa.", notPlaces: ["Gamou", "Koufa", "Amadou"]),
        Case(text: "Les combattants de la Katiba Macina ont attaqué.", notPlaces: ["Macina"]),
        Case(text: "Le Front de Libération du Macina a revendiqué l'attaque à Macina.", places: [("Macina", .admin2("Macina"))]),
        Case(text: "Violences entre Peuls et Bambara dans le cercle de Ténenkou.", notPlaces: ["Bambara", "Peuls"]),
        // Countries and capitals.
        Case(text: "Des soldats burkinabè ont été tués au Burkina Faso.", places: [("Burkina Faso", .country("BF"))]),
        Case(text: "Des réfugiés sont arrivés en Côte d'Ivoire.", places: [("Côte d'Ivoire", .country("CI"))]),
        Case(text: "Les autorités de Bamako, Ouagadougou et Niamey se sont réunies.",
             places: [("Bamako", .country("ML")), ("Ouagadougou", .country("BF")), ("Niamey", .country("NE"))]),
        // Ordinary words that are villages somewhere.
        Case(text: "Camp de réfugiés : la Mission a visité les lieux.", notPlaces: ["Camp", "Mission"]),
        Case(text: "Un kamikaze a frappé aux portes de la capitale Bamako.", places: [("Bamako", .country("ML"))], focus: "Bamako"),
        // A part of a country is not a point beside it; a guessed spelling abroad is dropped in a report on Niger.
        Case(text: "Une embuscade a visé des soldats dans la province du Soum, au nord du Burkina Faso.",
             places: [("Burkina Faso", .country("BF")), ("Soum", .admin1("Soum"))], focus: "Soum"),
        Case(text: "Dans la région de Tillabéri, au Niger, des assaillants ont tué six villageois à Anzourou.",
             places: [("Tillabéri", .country("NE"))], notPlaces: ["Anzourou"]),
        Case(text: "Militants attacked Djibo in northern Burkina Faso on Sunday.", places: [("Djibo", .country("BF"))],
             focus: "Djibo"),
    ]

    @Test("each sentence gives the places an analyst expects", arguments: cases)
    func sentence(_ c: Case) throws {
        let result = try GeocodingFixture.geocode(c.text)
        for (surface, check) in c.places {
            let mention = try #require(result.places.first { $0.surface == surface }, "no place \"\(surface)\" in \(result.places.map(\.surface))")
            switch check {
            case .admin2(let admin2): #expect(mention.admin2 == admin2, "\(surface): \(mention.name) in \(mention.admin2 ?? "-")")
            case .admin1(let admin1): #expect(mention.admin1 == admin1, "\(surface): \(mention.name) in \(mention.admin1 ?? "-")")
            case .name(let name): #expect(mention.name == name)
            case .country(let country): #expect(mention.country == country)
            case .near(let lat, let lon, let km):
                let d = kilometres(mention.latitude, mention.longitude, lat, lon)
                #expect(d <= km, "\(surface) at \(mention.latitude),\(mention.longitude) is \(d) km from \(lat),\(lon)")
            }
        }
        for word in c.notPlaces {
            #expect(!result.places.contains { $0.surface.contains(word) }, "\"\(word)\" taken for a place")
        }
        if let focus = c.focus {
            let main = result.focus.mainPlace.map { result.places[$0].name }
            #expect(main == focus)
        }
    }

    private func kilometres(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Double {
        let r = 6371.0088, p = Double.pi / 180
        let x = sin((c - a) * p / 2), y = sin((d - b) * p / 2)
        return 2 * r * asin(min(1, (x * x + cos(a * p) * cos(c * p) * y * y).squareRoot()))
    }
}
