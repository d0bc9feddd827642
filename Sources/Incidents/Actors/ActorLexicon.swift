import Foundation
import Geocoding
import Text

/// The names reports give the Sahel's armed actors, each mapped to one name and kind. Written by the team
/// from the groups' own names, their French and English renderings and the spellings seen in the region's
/// press (facts: GSIM is the French acronym of JNIM; the FLM is the Katiba Macina; "casques bleus" in Mali
/// are MINUSMA's; Malilink's lists write "AMA" for the Malian army and sometimes "MINUMA").
///
/// Acronyms match only as written ("CMA", not "cma"); operation names need their capital ("Barkhane", not
/// the dune); other phrases match in any case and with or without accents or hyphens. Generic words
/// ("terroristes", "jihadiste") are not an actor right after an event noun ("attaques terroristes",
/// "actions jihadistes"), where they describe the act.
enum ActorLexicon {
    enum CaseRule: Sendable { case any, capitalized, exact }

    struct Entry: Sendable {
        let name: String
        let kind: ActorKind
        let rule: CaseRule
        /// A generic word that is an adjective after an event noun.
        let adjectival: Bool
    }

    static func table(for language: DocumentLanguage) -> PhraseTable<Entry> {
        language == .fr ? french : english
    }

    static let french = PhraseTable<Entry>(entries(for: .fr))
    static let english = PhraseTable<Entry>(entries(for: .en))

    /// Nouns after which a generic word describes the act, not who did it: "attaques terroristes",
    /// "actions jihadistes", "menace terroriste".
    static let eventNouns: Set<String> = [
        "attaque", "attaques", "attentat", "attentats", "acte", "actes", "action", "actions", "menace", "menaces",
        "activite", "activites", "violence", "violences", "insurrection", "insurrections", "attack", "attacks",
        "threat", "threats", "act", "acts", "activity", "activities", "insurgency",
    ]

    private static func entries(for language: DocumentLanguage) -> [(phrase: String, value: Entry)] {
        var list: [(phrase: String, value: Entry)] = []
        func add(_ name: String, _ kind: ActorKind, rule: CaseRule = .any, only: DocumentLanguage? = nil,
                 adjectival: Bool = false, _ phrases: String) {
            guard only == nil || only == language else { return }
            for item in phrases.split(separator: ";") {
                let phrase = item.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !phrase.isEmpty else { continue }
                list.append((phrase, Entry(name: name, kind: kind, rule: rule, adjectival: adjectival)))
            }
        }

        // Jihadist groups.
        add("JNIM", .jihadistGroup, rule: .exact, "JNIM; GSIM; Jnim")
        add("JNIM", .jihadistGroup, """
            Groupe de soutien à l'islam et aux musulmans; Groupe pour le soutien de l'islam et des musulmans;
            Jama'at Nusrat al-Islam wal-Muslimin; Jamaat Nusrat al-Islam wal-Muslimin;
            Jama'at Nasr al-Islam wal-Muslimin; Jamaat Nasr al-Islam wal-Muslimin;
            Group for the Support of Islam and Muslims; Support Group for Islam and Muslims
            """)
        add("Katiba Macina", .jihadistGroup, rule: .exact, "FLM")
        add("Katiba Macina", .jihadistGroup, """
            Katiba Macina; Katiba du Macina; Katiba de Macina; Front de libération du Macina;
            Macina Liberation Front; Katiba Massina
            """)
        add("Islamic State Sahel", .jihadistGroup, rule: .exact, "EIGS; ISGS; ISSP; EIS; EI-Sahel; IS-Sahel")
        add("Islamic State Sahel", .jihadistGroup, """
            État islamique au Sahel; État islamique dans le Sahel; État islamique au Grand Sahara;
            État islamique dans le Grand Sahara; État islamique du Grand Sahara; État islamique - Province du Sahel;
            Province du Sahel de l'État islamique; Islamic State Sahel Province; Islamic State Sahel;
            Islamic State in the Sahel; Islamic State in the Greater Sahara; Islamic State Greater Sahara;
            Islamic State's Sahel Province
            """)
        add("Islamic State", .jihadistGroup, rule: .exact, "EI; ISIS")
        add("Islamic State", .jihadistGroup, "État islamique; Islamic State; Daech; Daesh")
        add("Ansarul Islam", .jihadistGroup, "Ansarul Islam; Ansaroul Islam; Ansar ul Islam; Ansar al-Islam")
        add("AQIM", .jihadistGroup, rule: .exact, "AQMI; AQIM; Aqmi")
        add("AQIM", .jihadistGroup, """
            Al-Qaïda au Maghreb islamique; Al-Qaida au Maghreb islamique; al-Qaeda in the Islamic Maghreb;
            al-Qaida in the Islamic Maghreb
            """)
        add("al-Qaeda", .jihadistGroup, "Al-Qaïda; Al-Qaida; al-Qaeda; Alqaida; Al-Kaïda")
        add("Ansar Dine", .jihadistGroup, "Ansar Dine; Ansar Eddine; Ansar ed-Dine; Ansardine; Ansar Dîne")
        add("MUJAO", .jihadistGroup, rule: .exact, "MUJAO; Mujao; MUJWA")
        add("MUJAO", .jihadistGroup, """
            Mouvement pour l'unicité et le jihad en Afrique de l'Ouest;
            Mouvement pour l'unicité et le djihad en Afrique de l'Ouest;
            Movement for Oneness and Jihad in West Africa; Movement for Unity and Jihad in West Africa
            """)
        add("Al-Mourabitoune", .jihadistGroup, """
            Al-Mourabitoune; Al-Mourabitoun; al-Murabitun; Almourabitoune; Mourabitoune; Al-Mourabitounes
            """)
        add("Jihadists", .jihadistGroup, adjectival: true, """
            jihadistes; djihadistes; jihadiste; djihadiste; terroristes; terroriste; islamistes; islamiste;
            groupes jihadistes; groupes djihadistes; groupe jihadiste; groupe djihadiste; groupes terroristes;
            groupe terroriste; groupes armés terroristes; groupe armé terroriste; GAT;
            jihadists; jihadist; terrorists; islamists; jihadist groups; terrorist groups; armed terrorist groups
            """)
        add("Jihadists", .jihadistGroup, only: .en, adjectival: true, "militants; Islamist militants; jihadist militants")

        // Rebels of the north.
        add("MNLA", .rebelGroup, rule: .exact, "MNLA")
        add("MNLA", .rebelGroup, """
            Mouvement national de libération de l'Azawad; Mouvement national pour la libération de l'Azawad;
            National Movement for the Liberation of Azawad
            """)
        add("CMA", .rebelGroup, rule: .exact, "CMA")
        add("CMA", .rebelGroup, """
            Coordination des mouvements de l'Azawad; Coordination of Azawad Movements;
            Coordination of Movements of Azawad
            """)
        add("HCUA", .rebelGroup, rule: .exact, "HCUA")
        add("HCUA", .rebelGroup, "Haut conseil pour l'unité de l'Azawad; High Council for the Unity of Azawad")

        // Militias.
        add("GATIA", .militia, rule: .exact, "GATIA; Gatia")
        add("GATIA", .militia, """
            Groupe d'autodéfense touareg Imghad et alliés; Groupe autodéfense touareg Imghad et alliés;
            Imghad Tuareg Self-Defence Group and Allies; Imghad Tuareg Self-Defense Group and Allies
            """)
        add("Plateforme", .militia, rule: .capitalized, "Plateforme; Platform")
        add("Ganda Izo", .militia, "Ganda Izo; Ganda Iso")
        add("Ganda Koy", .militia, "Ganda Koy")
        add("Dan Na Ambassagou", .militia, """
            Dan Na Ambassagou; Dan Na Amassagou; Dana Ambassagou; Dan Nan Ambassagou; Dozo; Dozos; Donso; Donsos;
            chasseurs dozos; chasseurs dozo; chasseurs traditionnels; traditional hunters; Dozo hunters
            """)
        add("VDP", .militia, rule: .exact, "VDP")
        add("VDP", .militia, """
            Volontaires pour la défense de la patrie; Volunteers for the Defence of the Homeland;
            Volunteers for the Defense of the Homeland
            """)
        add("Koglweogo", .militia, "Koglweogo; Koglweogos; Kogl-weogo")

        // State forces.
        add("FAMa", .stateForces, rule: .exact, "FAMa; FAMA; AMA")
        add("FAMa", .stateForces, """
            armée malienne; forces armées maliennes; soldats maliens; militaires maliens; armée du Mali;
            forces armées du Mali; Malian army; Malian armed forces; Malian soldiers; Malian troops;
            Malian military; Mali's army
            """)
        add("FDS", .stateForces, rule: .exact, "FDS")
        add("FDS", .stateForces, """
            armée burkinabè; armée burkinabé; armée burkinabaise; forces armées burkinabè; soldats burkinabè;
            militaires burkinabè; forces de défense et de sécurité; Burkinabe army; Burkinabe soldiers;
            Burkinabe troops; Burkina Faso army; defence and security forces; defense and security forces
            """)
        add("FAN", .stateForces, rule: .exact, "FAN")
        add("FAN", .stateForces, """
            Forces armées nigériennes; armée nigérienne; soldats nigériens; militaires nigériens;
            Nigerien army; Nigerien soldiers; Nigerien troops; Nigerien armed forces; Niger's army
            """)
        add("Gendarmerie", .stateForces, "gendarmerie; gendarmerie nationale; gendarmes")
        add("Police", .stateForces, "police; police nationale; policiers; policemen; police officers")
        add("Garde nationale", .stateForces, "garde nationale; gardes nationaux; National Guard")

        // Foreign forces.
        add("MINUSMA", .foreignForces, rule: .exact, "MINUSMA; Minusma; MINUMA")
        add("MINUSMA", .foreignForces, """
            casques bleus; casque bleu; Mission multidimensionnelle intégrée des Nations unies pour la
            stabilisation au Mali; peacekeepers; peacekeeper; UN peacekeepers; blue helmets;
            United Nations Multidimensional Integrated Stabilization Mission in Mali
            """)
        add("Barkhane", .foreignForces, rule: .capitalized, "Barkhane; Serval")
        add("Barkhane", .foreignForces, """
            force Barkhane; opération Barkhane; opération Serval; forces françaises; armée française;
            militaires français; soldats français; French forces; French troops; French army; French soldiers;
            French military
            """)
        add("Takuba", .foreignForces, rule: .capitalized, "Takuba")
        add("Takuba", .foreignForces, "task force Takuba; force Takuba")
        add("Wagner", .foreignForces, rule: .capitalized, "Wagner")
        add("Wagner", .foreignForces, """
            groupe Wagner; Wagner Group; Africa Corps; mercenaires russes; Russian mercenaries;
            instructeurs russes; paramilitaires russes; Russian paramilitaries; Russian instructors
            """)
        add("G5 Sahel", .foreignForces, rule: .exact, "FC-G5S")
        add("G5 Sahel", .foreignForces, "G5 Sahel; force conjointe du G5 Sahel; G5 Sahel Joint Force")

        // Gunmen nobody named.
        add("Unidentified armed group", .unidentified, rule: .exact, "HANI")
        add("Unidentified armed group", .unidentified, """
            hommes armés non identifiés; homme armé non identifié; hommes armés; homme armé; individus armés;
            individus armés non identifiés; individus non identifiés; hommes non identifiés; bandits armés;
            assaillants non identifiés; groupe armé non identifié; inconnus armés;
            unidentified gunmen; unknown gunmen; gunmen; gunman; unidentified armed men; armed men;
            armed bandits; unidentified armed individuals; unidentified assailants
            """)
        return list
    }
}
