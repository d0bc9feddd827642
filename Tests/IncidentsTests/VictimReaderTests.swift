import Geocoding
import Incidents
import Testing
import Text

/// The team's sentences for victim counts: every rule of the issue, in French and English.
@Suite("Victims")
struct VictimReaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let language: DocumentLanguage
        let killed: Int?
        let injured: Int?
        var groups: [VictimGroup: Int] = [:]
        var testDescription: String { String(text.prefix(50)) }
    }

    static let cases: [Case] = [
        Case(text: "Au moins 15 soldats maliens et trois civils ont été tués mercredi.", language: .fr, killed: 18, injured: nil,
             groups: [.soldiers: 15, .civilians: 3]),
        Case(text: "Bilan : 10 morts (8 soldats, 2 assaillants).", language: .fr, killed: 10, injured: nil,
             groups: [.soldiers: 8, .assailants: 2]),
        Case(text: "L'attaque a fait 3 morts et 7 blessés (casques bleus).", language: .fr, killed: 3, injured: 7),
        Case(text: "Le chauffeur et deux passagers ont été tués.", language: .fr, killed: 3, injured: nil),
        Case(text: "Des jihadistes kamikazes ont tué au moins un soldat.", language: .fr, killed: 1, injured: nil,
             groups: [.soldiers: 1]),
        Case(text: "Entre 10 à 25 morts selon les sources.", language: .fr, killed: 10, injured: nil),
        Case(text: "Bilan : 15 ou 17 morts selon les sources.", language: .fr, killed: 15, injured: nil),
        Case(text: "Aucune victime n'est à déplorer.", language: .fr, killed: 0, injured: 0),
        Case(text: "L'engin a explosé sans faire de victimes.", language: .fr, killed: 0, injured: 0),
        Case(text: "Cinq assaillants ont été neutralisés par l'armée.", language: .fr, killed: 5, injured: nil,
             groups: [.assailants: 5]),
        Case(text: "Vingt et un civils ont été tués dans le village.", language: .fr, killed: 21, injured: nil),
        Case(text: "Soixante-dix personnes ont péri dans l'attaque.", language: .fr, killed: 70, injured: nil),
        Case(text: "L'attaque a fait une dizaine de morts.", language: .fr, killed: 10, injured: nil),
        Case(text: "Des dizaines de civils ont été tués.", language: .fr, killed: 12, injured: nil),
        Case(text: "Plusieurs soldats ont été blessés.", language: .fr, killed: 0, injured: 3),
        Case(text: "Bilan : 2 blessés (soldats).", language: .fr, killed: 0, injured: 2),
        Case(text: "Le convoi est tombé dans une embuscade, tuant quatre gendarmes et blessant deux policiers.", language: .fr,
             killed: 4, injured: 2, groups: [.gendarmes: 4]),
        Case(text: "Une vingtaine de villageois ont été tués par des hommes armés.", language: .fr, killed: 20, injured: nil),
        Case(text: "Gunmen killed two gendarmes and wounded three civilians.", language: .en, killed: 2, injured: 3,
             groups: [.gendarmes: 2]),
        Case(text: "At least 12 soldiers were killed and 5 wounded.", language: .en, killed: 12, injured: 5),
        Case(text: "Dozens of civilians died in the attack.", language: .en, killed: 12, injured: nil),
        Case(text: "There were no casualties.", language: .en, killed: 0, injured: 0),
        Case(text: "Several hundred people were killed.", language: .en, killed: 100, injured: nil),
        Case(text: "The explosion killed twenty-one people.", language: .en, killed: 21, injured: nil),
        Case(text: "Le ministre a évoqué 150 000 morts depuis dix ans.", language: .fr, killed: nil, injured: nil),
        Case(text: "Une patrouille a parcouru 40 km jusqu'à Gao.", language: .fr, killed: nil, injured: nil),
    ]

    @Test("each sentence gives the count an analyst would code", arguments: cases)
    func count(_ c: Case) {
        let tokens = Tokenizer.tokens(in: c.text)
        let statements = VictimReader(language: c.language).statements(in: tokens, range: 0..<tokens.count, text: c.text)
        let count = VictimCount(statements: statements)
        #expect(count.killed == c.killed, "\(statements.map { ($0.outcome, $0.count, $0.text) })")
        #expect(count.injured == c.injured)
        for (group, n) in c.groups { #expect(count.killedByGroup[group] == n, "\(group)") }
    }

    @Test("a figure beyond reason is flagged, not believed")
    func implausible() {
        let text = "Bilan : 150000 morts selon une rumeur."
        let tokens = Tokenizer.tokens(in: text)
        let count = VictimCount(statements: VictimReader(language: .fr).statements(in: tokens, range: 0..<tokens.count, text: text))
        #expect(count.killed == nil)
        #expect(count.warnings.contains { $0.contains("beyond reason") })
    }
}
