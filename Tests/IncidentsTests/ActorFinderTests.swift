import Geocoding
import Incidents
import Testing
import Text

@Suite("Actor mentions")
struct ActorFinderTests {
    private func names(_ text: String, _ language: DocumentLanguage = .fr) -> [String] {
        ActorFinder.actors(in: Tokenizer.tokens(in: text), language: language).map(\.name)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let name: String
        let language: DocumentLanguage
        var testDescription: String { "\(text) -> \(name)" }

        init(_ text: String, _ name: String, _ language: DocumentLanguage = .fr) {
            self.text = text
            self.name = name
            self.language = language
        }
    }

    static let families: [Case] = [
        Case("une attaque revendiquée par le JNIM", "JNIM"),
        Case("le GSIM a revendiqué", "JNIM"),
        Case("le Groupe de soutien à l'islam et aux musulmans", "JNIM"),
        Case("Jama'at Nusrat al-Islam wal-Muslimin claimed it", "JNIM", .en),
        Case("la Katiba Macina d'Amadou Koufa", "Katiba Macina"),
        Case("le Front de libération du Macina (FLM)", "Katiba Macina"),
        Case("l'EIGS a frappé", "Islamic State Sahel"),
        Case("l'État islamique au Grand Sahara", "Islamic State Sahel"),
        Case("l'Etat islamique au Sahel", "Islamic State Sahel"),
        Case("the Islamic State Sahel Province claimed", "Islamic State Sahel", .en),
        Case("des combattants de l'EI-Sahel", "Islamic State Sahel"),
        Case("Ansaroul Islam opère au Burkina", "Ansarul Islam"),
        Case("AQMI a revendiqué", "AQIM"),
        Case("Al-Qaïda au Maghreb islamique", "AQIM"),
        Case("un groupe affilié à Al-Qaïda", "al-Qaeda"),
        Case("un groupe affilié à Al Qaida", "al-Qaeda"),
        Case("revendiquée par Ansar Dine", "Ansar Dine"),
        Case("une mine plantée par Ansardine", "Ansar Dine"),
        Case("le MUJAO contrôlait Gao", "MUJAO"),
        Case("Al-Mourabitoune selon Barkhane", "Al-Mourabitoune"),
        Case("les rebelles du MNLA", "MNLA"),
        Case("la Coordination des mouvements de l'Azawad", "CMA"),
        Case("la CMA et le GATIA", "CMA"),
        Case("un chef du HCUA", "HCUA"),
        Case("le GATIA et ses alliés", "GATIA"),
        Case("deux groupes de la Plateforme", "Plateforme"),
        Case("la milice Ganda Izo", "Ganda Izo"),
        Case("les troupes de Ganda-Izo", "Ganda Izo"),
        Case("la milice Ganda Koy", "Ganda Koy"),
        Case("des miliciens de Dan Na Ambassagou", "Dan Na Ambassagou"),
        Case("des chasseurs traditionnels", "Dan Na Ambassagou"),
        Case("des dozos armés", "Dan Na Ambassagou"),
        Case("les FAMa ont riposté", "FAMa"),
        Case("les forces armées maliennes", "FAMa"),
        Case("quinze soldats maliens", "FAMa"),
        Case("un poste de l'AMA", "FAMa"),
        Case("Malian soldiers were killed", "FAMa", .en),
        Case("l'armée burkinabè", "FDS"),
        Case("les Forces de défense et de sécurité", "FDS"),
        Case("les FDS ont repoussé", "FDS"),
        Case("les Forces armées nigériennes", "FAN"),
        Case("les casques bleus tchadiens", "MINUSMA"),
        Case("un convoi de la MINUMA", "MINUSMA"),
        Case("la Minusma a confirmé", "MINUSMA"),
        Case("UN peacekeepers were wounded", "MINUSMA", .en),
        Case("la force Barkhane", "Barkhane"),
        Case("l'opération Serval", "Barkhane"),
        Case("les forces françaises", "Barkhane"),
        Case("la task force Takuba", "Takuba"),
        Case("des mercenaires russes", "Wagner"),
        Case("les hommes de Wagner", "Wagner"),
        Case("Africa Corps replaced them", "Wagner", .en),
        Case("les Volontaires pour la défense de la patrie", "VDP"),
        Case("des VDP tués", "VDP"),
        Case("les Koglweogo de la région", "Koglweogo"),
        Case("la force conjointe du G5 Sahel", "G5 Sahel"),
        Case("un poste de gendarmerie", "Gendarmerie"),
        Case("la police nationale", "Police"),
        Case("le camp de la garde nationale", "Garde nationale"),
        Case("des hommes armés non identifiés", "Unidentified armed group"),
        Case("des individus armés à moto", "Unidentified armed group"),
        Case("des bandits armés", "Unidentified armed group"),
        Case("unidentified gunmen attacked", "Unidentified armed group", .en),
        Case("des présumés djihadistes", "Jihadists"),
        Case("des terroristes ont attaqué", "Jihadists"),
        Case("Islamist militants attacked", "Jihadists", .en),
    ]

    @Test("each family is found under its one name", arguments: families)
    func family(_ sample: Case) {
        #expect(names(sample.text, sample.language).contains(sample.name), "\(names(sample.text, sample.language))")
    }

    @Test func offsetsTextAndKind() {
        let text = "Des affrontements ont opposé les Forces armées maliennes à des hommes armés non-identifiés."
        let mentions = ActorFinder.actors(in: Tokenizer.tokens(in: text), language: .fr)
        #expect(mentions.map(\.name) == ["FAMa", "Unidentified armed group"])
        #expect(mentions.map(\.text) == ["Forces armées maliennes", "hommes armés non-identifiés"])
        #expect(mentions.map(\.kind) == [.stateForces, .unidentified])
        let scalars = Array(text.unicodeScalars)
        for mention in mentions {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[mention.start..<mention.end])
            #expect(String(view) == mention.text)
        }
    }

    @Test func longestNameWins() {
        #expect(names("les hommes armés non identifiés") == ["Unidentified armed group"])
        #expect(names("Al-Qaïda au Maghreb islamique") == ["AQIM"])
        #expect(names("l'État islamique au Sahel") == ["Islamic State Sahel"])
        #expect(names("l'État islamique") == ["Islamic State"])
    }

    @Test func acronymsOnlyAsWritten() {
        #expect(names("la cma des femmes et le fan-club").isEmpty)
        #expect(names("une barkhane est une dune").isEmpty)
        #expect(names("la CMA") == ["CMA"])
    }

    @Test func genericWordsThatDescribeTheAct() {
        #expect(names("plusieurs attaques terroristes dans le pays").isEmpty)
        #expect(names("une attaque \"terroriste\" repoussée").isEmpty)
        #expect(names("d'actions jihadistes sanglantes").isEmpty)
        // "militants" is an activist in French, a fighter in English.
        #expect(names("des militants des droits de l'homme").isEmpty)
        #expect(names("militants attacked the base", .en) == ["Jihadists"])
    }

    @Test func distinctNamesInOrder() {
        let tokens = Tokenizer.tokens(in: "Combats entre la CMA et le GATIA; la CMA a reculé, les casques bleus et la MINUSMA observent.")
        #expect(ActorFinder.names(in: tokens, language: .fr) == ["CMA", "GATIA", "MINUSMA"])
    }
}
