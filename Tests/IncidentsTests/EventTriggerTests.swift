import Geocoding
import Incidents
import Testing
import Text

@Suite("Event triggers")
struct EventTriggerTests {
    private func triggers(_ text: String, _ language: DocumentLanguage = .fr) -> [EventTrigger] {
        EventTriggerFinder.triggers(in: Tokenizer.tokens(in: text), language: language)
    }

    /// The text a trigger's offsets point at in the original.
    private func slice(_ text: String, _ trigger: EventTrigger) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[trigger.start..<trigger.end])
        return String(view)
    }

    @Test func offsetsAndTextPointIntoTheOriginal() {
        let text = "Hier, un véhicule de l'armée a sauté sur une mine près de Ménaka."
        let found = triggers(text)
        #expect(found.count == 1)
        let mine = found.first
        #expect(mine?.text == "sauté sur une mine")
        #expect(mine.map { slice(text, $0) } == "sauté sur une mine")
        #expect(mine?.subEventType == .remoteExplosiveLandmineIED)
        #expect(mine?.eventType == .explosionsRemoteViolence)
        #expect(mine?.dependsOnTarget == false)
        let tokens = Tokenizer.tokens(in: text)
        #expect(mine.map { tokens[$0.tokens].map(\.text) } == ["sauté", "sur", "une", "mine"])
    }

    @Test func spellingsMeetWithOrWithoutAccentsAndHyphens() {
        #expect(triggers("Un attentat-suicide à Gao").map(\.subEventType) == [.suicideBomb])
        #expect(triggers("Un attentat suicide à Gao").map(\.subEventType) == [.suicideBomb])
        #expect(triggers("enlevement de deux humanitaires").map(\.subEventType) == [.abductionForcedDisappearance])
        #expect(triggers("Un EEI a explosé au passage du convoi").map(\.subEventType)
                == [.remoteExplosiveLandmineIED, .remoteExplosiveLandmineIED])
        #expect(triggers("Des tirs d'obus sur le camp").map(\.text) == ["tirs d'obus"])
    }

    @Test func aGenericAttackJoinsItsWeapon() {
        let rocket = triggers("Attaque à la roquette de la base MINUSMA à Kidal")
        #expect(rocket.map(\.text) == ["Attaque à la roquette"])
        #expect(rocket.map(\.subEventType) == [.shellingArtilleryMissile])
        #expect(triggers("A rocket attack hit the camp", .en).map(\.subEventType) == [.shellingArtilleryMissile])
        #expect(triggers("Une attaque kamikaze contre le camp").map(\.subEventType) == [.suicideBomb])
    }

    @Test func wordsThatReportNoIncident() {
        #expect(triggers("Il est mort d'une attaque cardiaque").isEmpty)
        #expect(triggers("Les orpailleurs de la mine d'or de Kalana").isEmpty)
        #expect(triggers("Un arrêté préfectoral interdit la circulation des motos").isEmpty)
        #expect(triggers("Des lance-roquettes ont été exhibés").isEmpty)
        #expect(triggers("La lutte contre le terrorisme et le combat contre le terrorisme").isEmpty)
        #expect(triggers("He died of a heart attack", .en).isEmpty)
        #expect(triggers("A drone de surveillance survolait la zone").isEmpty)
    }

    @Test func negationsHypothesesAndDefusedDevices() {
        #expect(triggers("Aucune attaque n'a été signalée").isEmpty)
        #expect(triggers("Le village n'a pas été attaqué").isEmpty)
        #expect(triggers("No attack was reported", .en).isEmpty)
        #expect(triggers("en raison du risque accru d'attaques terroristes").isEmpty)
        #expect(triggers("Les terroristes planifient des enlèvements").isEmpty)
        #expect(triggers("Un attentat déjoué à Gao").isEmpty)
        #expect(triggers("Un engin explosif découvert par des civils a été neutralisé").isEmpty)
        #expect(triggers("An IED was found and defused by the army", .en).isEmpty)
        #expect(triggers("Barkhane libère un otage néerlandais").isEmpty)
        // The negation is close to the word it denies, not anywhere in the sentence.
        #expect(!triggers("Aucun groupe n'a encore revendiqué l'attaque").isEmpty)
    }

    @Test func aKillingCountsWhenArmedMenDidIt() {
        #expect(triggers("Trois civils ont été tués par des hommes armés").map(\.subEventType) == [.attack])
        #expect(triggers("Des hommes armés ont tué deux bergers").map(\.subEventType) == [.attack])
        #expect(triggers("Gunmen killed three villagers", .en).map(\.subEventType) == [.attack])
        #expect(triggers("Deux personnes ont été tuées dans un accident de la route").isEmpty)
        #expect(triggers("Trois personnes sont mortes, 15 soldats tués selon le bilan").isEmpty)
    }
}

@Suite("Event trigger classification")
struct EventTriggerClassificationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let language: DocumentLanguage
        let expected: SubEventType?
        var testDescription: String { text }

        init(_ text: String, _ expected: SubEventType?, _ language: DocumentLanguage = .fr) {
            self.text = text
            self.expected = expected
            self.language = language
        }
    }

    static let cases: [Case] = [
        // French.
        Case("Un kamikaze a fait exploser sa voiture piégée devant le camp de Kati.", .suicideBomb),
        Case("Des affrontements ont opposé le GATIA à la CMA près de Ménaka.", .armedClash),
        Case("Des hommes armés ont enlevé trois commerçants à Tonka.", .abductionForcedDisappearance),
        Case("Le ministre a visité Gao.", nil),
        Case("Attaque contre le camp militaire de Boulkessi.", .armedClash),
        Case("Attaque contre une foire hebdomadaire à Diafarabé.", .attack),
        Case("Une embuscade suivie d'une explosion d'engin a visé une patrouille.", .armedClash),
        Case("Un véhicule de la MINUSMA a sauté sur une mine près de Kidal.", .remoteExplosiveLandmineIED),
        Case("Des tirs de roquettes ont visé le camp de la MINUSMA à Aguelhok.", .shellingArtilleryMissile),
        Case("Une frappe aérienne a visé un rassemblement près de Dioura.", .airDroneStrike),
        Case("Trois civils ont été tués par des hommes armés non identifiés à Bandiagara.", .attack),
        Case("Quinze soldats ont été tués par des jihadistes à Boni.", .armedClash),
        Case("Le camp de Nampala a été attaqué par des djihadistes.", .armedClash),
        Case("Des djihadistes ont attaqué le village de Dounapen.", .attack),
        Case("L'attaque du marché de Dioura par des individus armés a fait trois morts.", .attack),
        Case("Attaque de djihadistes contre le poste de gendarmerie de Saye.", .armedClash),
        Case("Attaque du camp de la MINUSMA à Kidal; 30 roquettes et mortiers sont tirés.", .shellingArtilleryMissile),
        Case("Une grenade a été lancée sur un bar de Gao.", .grenade),
        Case("Les FAMa ont repris le contrôle de la ville de Kidal.", .governmentRegainsTerritory),
        Case("Des manifestants ont marché à Bamako contre la vie chère.", .peacefulProtest),
        Case("Les manifestants ont été dispersés à coups de gaz lacrymogène.", .protestWithIntervention),
        Case("La MINUSMA ouvre le feu sur des manifestants à Gao.", .protestWithIntervention),
        Case("Une manifestation a tourné à l'émeute à Kidal.", .violentDemonstration),
        Case("Deux jeunes ont été lynchés par la foule à Gao.", .mobViolence),
        Case("Les assaillants ont pillé et incendié des boutiques.", .lootingPropertyDestruction),
        Case("La gendarmerie a interpellé deux suspects à Ségou.", .arrests),
        Case("La lutte contre le terrorisme reste la priorité du gouvernement.", nil),
        Case("Aucune attaque n'a été signalée dans la région.", nil),
        Case("Le projet de construction de la route Gao-Bourem avance, selon un communiqué.", nil),
        // English.
        Case("A drone strike killed five militants near Ménaka.", .airDroneStrike, .en),
        Case("Unidentified gunmen attacked a gendarmerie post in Diafarabé, killing two gendarmes.", .armedClash, .en),
        Case("Gunmen attacked a weekly market, killing 12 civilians.", .attack, .en),
        Case("Clashes between JNIM and the Islamic State Sahel left dozens dead.", .armedClash, .en),
        Case("A suicide bomber drove a car bomb into the camp.", .suicideBomb, .en),
        Case("Militants kidnapped three aid workers near Gao.", .abductionForcedDisappearance, .en),
        Case("A roadside bomb hit a patrol near Gao.", .remoteExplosiveLandmineIED, .en),
        Case("Mortar rounds hit the MINUSMA camp in Tessalit.", .shellingArtilleryMissile, .en),
        Case("The army repelled an attack on its base.", .armedClash, .en),
        Case("The village was attacked by unidentified gunmen.", .attack, .en),
        Case("Protesters gathered peacefully in Bamako.", .peacefulProtest, .en),
        Case("Rioters torched the town hall.", .violentDemonstration, .en),
        Case("Police arrested four suspects in Niamey.", .arrests, .en),
        Case("The minister visited Gao and said the situation was calm.", nil, .en),
        Case("No attack was reported over the weekend.", nil, .en),
    ]

    @Test("each sentence is coded as an analyst would", arguments: cases)
    func classify(_ sample: Case) {
        let tokens = Tokenizer.tokens(in: sample.text)
        let triggers = EventTriggerFinder.triggers(in: tokens, language: sample.language)
        let coded = EventClassifier.classify(triggers: triggers, tokens: tokens, language: sample.language)
        #expect(coded?.1 == sample.expected, "\(triggers.map { "\($0.text): \($0.subEventType.rawValue)" })")
        #expect(coded?.0 == sample.expected?.eventType)
    }

    @Test func priorityDecidesBetweenTacticsOfOneEvent() {
        let tokens = Tokenizer.tokens(in: "x")
        func trigger(_ type: SubEventType) -> EventTrigger {
            EventTrigger(tokens: 0..<1, start: 0, end: 1, text: "x", subEventType: type)
        }
        let coded = EventClassifier.classify(triggers: [trigger(.abductionForcedDisappearance), trigger(.remoteExplosiveLandmineIED),
                                                        trigger(.armedClash)], tokens: tokens, language: .fr)
        #expect(coded?.0 == .battles && coded?.1 == .armedClash)
        let explosions = EventClassifier.classify(triggers: [trigger(.remoteExplosiveLandmineIED), trigger(.suicideBomb)],
                                                  tokens: tokens, language: .fr)
        #expect(explosions?.1 == .suicideBomb)
        #expect(EventClassifier.classify(triggers: [], tokens: tokens, language: .fr) == nil)
    }

    @Test func theTargetDecidesWhatAnAttackIs() {
        let text = "Les soldats ont repoussé les assaillants. Des hommes armés ont attaqué un bus."
        let tokens = Tokenizer.tokens(in: text)
        let triggers = EventTriggerFinder.triggers(in: tokens, language: .fr)
        let attack = triggers.first { $0.dependsOnTarget }
        #expect(attack?.text == "attaqué")
        #expect(attack?.defaultSubEventType == .attack)
        #expect(attack.map { EventClassifier.subEventType(of: $0, tokens: tokens, language: .fr) } == .attack)
    }
}
