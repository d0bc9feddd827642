import Geocoding
import Text

/// Words that say who or what an attack hit, and the small words that tell the target from the attacker.
/// Written by the team from the region's press usage (the development set's "Attaque contre le camp",
/// "Attaque de la foire", "Embuscade contre une escorte" and their English counterparts).
enum AttackTargetLexicon {
    static let targets = PhraseTable<TargetSide>(build())

    private static func build() -> [(phrase: String, value: TargetSide)] {
        var list: [(phrase: String, value: TargetSide)] = []
        func add(_ side: TargetSide, _ phrases: String) {
            for item in phrases.split(whereSeparator: { $0 == "," || $0 == "\n" }) {
                let pattern = item.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                guard !pattern.isEmpty else { continue }
                for phrase in PhraseForms.expand(pattern) { list.append((phrase, side)) }
            }
        }
        // Civilian places that contain a military word come first, so they win at equal length.
        add(.civilian, """
            camp(s) de déplacé(s), camp(s) de réfugié(s), site(s) de déplacé(s), refugee camp(s), IDP camp(s),
            displacement camp(s), convoi(s) civil(s), convoi(s) humanitaire(s), véhicule(s) civil(s),
            poste(s) de santé, centre(s) de santé, base(s) vie, civilian convoy(s), aid convoy(s),
            health post(s), health centre(s), health center(s)
            """)
        add(.military, """
            camp(s), base(s), poste(s), position(s), soldat(s), militaire(s), armée(s), garnison(s), gendarmerie(s),
            gendarme(s), policier(s), commissariat(s), patrouille(s), caserne(s), brigade(s), check-point(s),
            checkpoint(s), poste(s) de contrôle, escorte(s), détachement(s), troupe(s), unité(s), forces,
            forces de l'ordre, douane(s), douanier(s), poste(s) douanier(s), garde(s) nationale(s),
            casque(s) bleu(s), FAMa, FDS, VDP, AMA,
            post(s), outpost(s), soldier(s), troops, army, military, garrison(s), police, policeman, policemen,
            police officer(s), police station(s), patrol(s), barracks, escort(s), detachment(s), unit(s),
            customs, peacekeeper(s), security forces, defence forces, defense forces
            """)
        add(.protesters, """
            manifestant(s), protestataire(s), marcheur(s), gréviste(s), foule de manifestants,
            protester(s), protestor(s), demonstrator(s), striker(s)
            """)
        add(.armedNonState, """
            assaillant(s), terroriste(s), djihadiste(s), jihadiste(s), islamiste(s), rebelle(s), bandit(s),
            homme(s) armé(s), individu(s) armé(s), groupe(s) armé(s), combattant(s), insurgé(s), milicien(s),
            milice(s), chasseur(s) traditionnel(s), dozo(s),
            assailant(s), attacker(s), gunman, gunmen, militant(s), jihadist(s), terrorist(s), insurgent(s),
            rebel(s), fighter(s), militia(s), militiamen, armed men, armed group(s), bandits, aggressor(s),
            agresseur(s), armed villager(s), armed youth(s), armed individual(s), armed herder(s), armed civilian(s),
            villageois armé(s), jeunes armés, bergers armés
            """)
        add(.civilian, """
            civil(s), civile(s), population(s), habitant(s), villageois, village(s), hameau(x), foire(s), marché(s),
            bus, autocar(s), car de transport, car(s) de voyageurs, minibus, passager(s), voyageur(s), forain(s),
            commerçant(s), marchand(s), berger(s), éleveur(s), agriculteur(s), paysan(s), cultivateur(s),
            orpailleur(s), site(s) d'orpaillage, fidèle(s), mosquée(s), église(s), école(s), élève(s),
            enseignant(s), femme(s), enfant(s), famille(s), domicile(s), maison(s), hôtel(s), restaurant(s), bar(s),
            chef de village, chef(s) de village, imam(s), maire(s), adjoint au maire, notable(s), conseiller(s),
            préfet(s), sous-préfet(s), ONG, humanitaire(s), ambulance(s), déplacé(s), réfugié(s), travailleur(s),
            civilian(s), villager(s), resident(s), market(s), fair(s), passenger(s), traveller(s), traveler(s),
            trader(s), merchant(s), herder(s), farmer(s), miner(s), worshipper(s), worshiper(s), mosque(s),
            church(es), school(s), student(s), pupil(s), teacher(s), women, children, family, families, home(s),
            house(s), hotel(s), NGO(s), aid worker(s), displaced, refugee(s), village chief(s), mayor(s)
            """)
        return list
    }

    /// After a noun trigger, the word that introduces its target: "attaque contre le camp", "attack on".
    static let objectPrepositions: [DocumentLanguage: Set<String>] = [
        .fr: ["contre", "visant", "ciblant", "vise", "visait", "sur"],
        .en: ["against", "on", "targeting", "upon"],
    ]

    /// Words after which the attacker is named: "par des hommes armés", "claimed by", "attribuée à".
    static let agentMarkers: Set<String> = ["par", "by", "attribuee", "attribuees", "attribue", "attribues",
                                            "revendiquee", "revendiquees", "revendique", "attributed", "claimed"]

    /// Auxiliaries before a passive participle: "a été attaqué", "was attacked".
    static let passiveAuxiliaries: Set<String> = ["ete", "est", "sont", "fut", "furent", "etaient", "etait",
                                                  "was", "were", "been", "being", "is", "are", "got", "get"]

    /// Words before a noun ("une attaque", "plusieurs attaques"), not a subject before a verb.
    static let determiners: Set<String> = [
        "le", "la", "les", "l", "un", "une", "des", "de", "d", "du", "cette", "ce", "ces", "cet", "leur", "leurs",
        "son", "sa", "ses", "nouvelle", "nouvelles", "nouvel", "plusieurs", "deux", "trois", "quatre", "cinq",
        "autre", "autres", "double", "triple", "violente", "violentes", "vaste", "premiere", "derniere",
        "enieme", "serie", "meme", "lors", "apres", "avant", "pendant", "suite", "au", "aux", "a", "en", "par",
        "the", "an", "this", "that", "these", "those", "its", "their", "his", "her", "another", "new",
        "several", "two", "three", "four", "five", "latest", "deadly", "last", "first", "second", "fresh",
        "twin", "coordinated", "suspected", "jihadist", "militant", "terrorist", "armed", "in",
        "after", "during", "before", "of", "following", "since",
    ]
}
