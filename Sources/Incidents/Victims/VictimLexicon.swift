/// The words reports use for the dead, the wounded and who they were, in French and English, lowercased.
/// Written by the team from the region's press usage and the ACLED conventions in DESIGN.md.
enum VictimLexicon {
    enum Outcome: Sendable {
        case killed, injured
    }

    /// Nouns and participles that follow a number: "15 morts", "3 blessés", "two killed".
    static let outcomeAfterNumber: [String: Outcome] = {
        var table: [String: Outcome] = [:]
        for word in ["mort", "morts", "morte", "mortes", "tué", "tués", "tuée", "tuées", "décès", "décédés", "décédé",
                     "victimes", "victime", "cadavres", "corps", "neutralisés", "neutralisé", "abattus", "abattu",
                     "killed", "dead", "deaths", "death", "fatalities", "bodies", "died", "casualties"] {
            table[word] = .killed
        }
        for word in ["blessé", "blessés", "blessée", "blessées", "bléssé", "bléssés", "wounded", "injured", "injuries",
                     "hurt"] {
            table[word] = .injured
        }
        return table
    }()

    /// Verb forms that end a clause naming the victims before them: "15 soldats ... ont été tués".
    static let outcomeVerbAfterGroup: [String: Outcome] = {
        var table = outcomeAfterNumber
        for word in ["péri", "succombé", "killed", "died", "perished", "succumbed", "neutralised", "neutralized",
                     "executed", "exécutés", "exécuté", "exécutées", "assassinated", "assassinés", "assassiné",
                     "massacred", "massacrés", "beheaded", "décapités", "égorgés", "slaughtered", "lynched",
                     "lynchés", "lynché"] {
            table[word] = .killed
        }
        table["victimes"] = nil
        table["victime"] = nil
        table["corps"] = nil
        return table
    }()

    /// Phrases (lowercased words) whose object is the victims: "tuant 3 soldats", "killing two gendarmes".
    static let outcomeBeforeNumber: [(words: [String], outcome: Outcome)] = [
        (["tuant"], .killed), (["tué"], .killed), (["tue"], .killed), (["la", "mort", "de"], .killed),
        (["la", "mort", "d'"], .killed), (["coûté", "la", "vie", "à"], .killed), (["faisant"], .killed),
        (["a", "fait"], .killed), (["ont", "fait"], .killed), (["killing"], .killed), (["killed"], .killed),
        (["kills"], .killed), (["left"], .killed), (["blessant"], .injured), (["wounding"], .injured),
        (["injuring"], .injured), (["blessé"], .injured), (["wounded"], .injured), (["injured"], .injured),
        // Army communiqués and rights reports: "ont permis de neutraliser 14 terroristes", "ont exécuté 5 civils".
        (["neutraliser"], .killed), (["neutralisant"], .killed), (["neutralisé"], .killed), (["abattre"], .killed),
        (["abattant"], .killed), (["abattu"], .killed), (["éliminer"], .killed), (["éliminant"], .killed),
        (["éliminé"], .killed), (["exécuter"], .killed), (["exécutant"], .killed), (["exécuté"], .killed),
        (["neutralized"], .killed), (["neutralised"], .killed), (["neutralizing"], .killed), (["executed"], .killed),
        (["executing"], .killed), (["beheaded"], .killed), (["beheading"], .killed), (["gunned", "down"], .killed),
        (["gunning", "down"], .killed), (["shot", "dead"], .killed), (["massacred"], .killed),
        (["massacring"], .killed), (["assassinated"], .killed), (["slaughtered"], .killed), (["lynched"], .killed),
        (["bodies", "of"], .killed), (["the", "bodies", "of"], .killed), (["corps", "de"], .killed),
        (["décapité"], .killed), (["égorgé"], .killed), (["assassiné"], .killed), (["massacré"], .killed),
    ]

    /// Who the victims were.
    static let groups: [String: VictimGroup] = {
        var table: [String: VictimGroup] = [:]
        func add(_ group: VictimGroup, _ words: String) {
            for word in words.split(separator: " ") { table[String(word)] = group }
        }
        add(.soldiers, "soldat soldats militaire militaires fama éléments élément soldier soldiers troops servicemen "
            + "gardes garde douanier douaniers combattant")
        add(.gendarmes, "gendarme gendarmes")
        add(.police, "policier policiers police policemen policeman officers officer")
        add(.peacekeepers, "casque casques peacekeeper peacekeepers")
        add(.civilians, "civil civils civile civiles villageois habitants commerçants forains passagers passager "
            + "chauffeur chauffeurs enfants femmes civilian civilians villagers passengers drivers children women "
            + "fidèles élèves femme enfant woman child")
        // People named by their trade or office: ACLED counts them as civilians unless they bear arms.
        add(.civilians, "agriculteur agriculteurs cultivateur cultivateurs paysan paysans éleveur éleveurs berger "
            + "bergers orpailleur orpailleurs marchand marchands commerçant enseignant enseignants instituteur "
            + "instituteurs élève imam imams chef chefs maire maires conseiller conseillers notable notables élu élus "
            + "travailleur travailleurs voyageur voyageurs déplacés réfugiés garçon garçons fille filles habitant "
            + "habitante conducteur conducteurs "
            + "farmer farmers herder herders herdsman herdsmen pastoralist pastoralists shepherd shepherds trader "
            + "traders merchant merchants miner miners worshipper worshippers worshiper worshipers student students "
            + "pupil pupils teacher teachers imam imams chief chiefs mayor mayors councillor councillors councilor "
            + "councilors official officials worker workers resident residents traveller travellers traveler "
            + "travelers refugee refugees boy boys girl girls villager driver passenger shopkeeper shopkeepers nurse "
            + "nurses doctor doctors infirmier infirmiers médecin médecins boutiquier boutiquiers")
        // Kin named with a possessive: "a village chief and his son", "le chef et son fils".
        add(.civilians, "son sons brother brothers wife wives husband daughter daughters father mother nephew "
            + "nephews fils frère frères épouse mari père mère neveu")
        // The region's communities, as nouns ("six Fula were killed") and before a noun ("two Lobi farmers").
        add(.civilians, "peul peuls peulh peulhs fulani fula fulas fulbe dogon dogons mossi lobi lobis touareg "
            + "touaregs tuareg tuaregs dawsahak daoussahak bambara bambaras songhai songhay sonrhaï djerma zarma "
            + "hausa haoussa gourmantche gourmantché gourmantches bella arab arabs")
        // Pro-government militias and self-defence groups: armed, but neither the army nor its attackers.
        add(.militia, "vdp koglweogo koglweogos dozo dozos militiaman militiamen volontaires volunteer volunteers "
            + "supplétif supplétifs")
        add(.assailants, "assaillant assaillants terroriste terroristes djihadiste djihadistes jihadiste jihadistes "
            + "islamistes rebelles rebelle miliciens assailants attackers militants jihadists terrorists insurgents "
            + "bandits assaillant")
        add(.unspecified, "personnes personne people persons individus individu homme hommes man men member members "
            + "membre membres")
        return table
    }()

    /// Singular nouns for one person, counted as 1 after an article: "le chauffeur et deux passagers".
    static let onePerson: Set<String> = [
        "chauffeur", "passager", "civil", "soldat", "militaire", "gendarme", "policier", "enfant", "femme", "homme",
        "chef", "maire", "imam", "commerçant", "berger", "conducteur", "driver", "soldier", "civilian", "man",
        "woman", "child", "policeman", "gendarme", "peacekeeper", "casque", "agriculteur", "cultivateur", "paysan",
        "éleveur", "orpailleur", "marchand", "enseignant", "instituteur", "élève", "conseiller", "notable", "élu",
        "travailleur", "voyageur", "garçon", "fille", "habitant", "farmer", "herder", "herdsman", "pastoralist",
        "shepherd", "trader", "merchant", "miner", "worshipper", "student", "pupil", "teacher", "chief", "mayor",
        "councillor", "councilor", "worker", "traveller", "traveler", "refugee", "boy",
        "girl", "villager", "passenger", "officer", "individu", "militiaman", "volunteer", "shopkeeper", "nurse",
        "doctor", "infirmier", "médecin", "boutiquier", "son", "brother", "wife", "husband", "daughter", "father",
        "mother", "nephew", "fils", "frère", "épouse", "mari", "père", "mère", "neveu", "member", "membre",
    ]

    /// Words that may stand between an article and the noun of one person: "a male civilian", "a young
    /// herder", "a local council member", "un jeune berger". (Capitalised words in English, "a Hausa farmer",
    /// are read as such adjectives too.)
    static let personModifiers: Set<String> = [
        "male", "female", "young", "old", "elderly", "local", "former", "retired", "village", "council", "municipal",
        "religious", "customary", "traditional", "quranic", "koranic", "gold", "truck", "bus", "taxi", "motorcycle",
        "school", "health", "aid", "police", "army", "prominent", "jeune", "vieil", "vieux", "ancien", "autre",
        "other", "second", "third", "fourth", "fifth", "off-duty", "unarmed", "suspected", "alleged",
    ]

    /// Verbs of speech: the people before them are speakers, not victims waiting for their verb.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "stated", "added", "declared", "explained", "according",
        "déclaré", "indiqué", "affirmé", "précisé", "confié", "expliqué", "selon", "raconte", "raconté",
        "témoigne", "témoigné", "dit", "ajouté",
    ]

    /// Causes of a death that is not violence: "died of a heart attack", "mort de maladie".
    static let naturalCauses: Set<String> = [
        "illness", "disease", "heart", "malaria", "cholera", "covid", "covid-19", "accident", "natural", "drowning",
        "drowned", "maladie", "paludisme", "cardiaque", "noyade", "naturelle", "naturelles", "vieillesse",
    ]

    /// A person already told of, and the words between it and its verb: "he later died", "il a succombé".
    static let personPronouns: Set<String> = ["he", "she", "il", "elle"]
    static let pronounLinks: Set<String> = ["later", "then", "subsequently", "has", "had", "a", "est", "ensuite",
                                            "finalement", "also", "aussi"]

    /// Words joining two victims of one verb: "killed two police officers and a farmer".
    static let coordinators: Set<String> = ["and", "et", ",", "as", "well", "ainsi", "que", "plus"]
    static let articles: Set<String> = ["le", "la", "l'", "un", "une", "the", "a", "an", "his", "her", "son", "sa"]

    /// Statements that there were no victims.
    static let noVictims: [(words: [String], killed: Bool, injured: Bool)] = [
        (["aucune", "victime"], true, true), (["aucune", "perte"], true, true), (["sans", "faire", "de", "victimes"], true, true),
        (["sans", "faire", "de", "victime"], true, true), (["pas", "de", "victimes"], true, true),
        (["pas", "fait", "de", "victimes"], true, true), (["aucun", "mort"], true, false),
        (["aucun", "blessé"], false, true), (["no", "casualties"], true, true), (["no", "victims"], true, true),
        (["no", "one", "was", "killed"], true, false), (["nobody", "was", "killed"], true, false),
        (["no", "deaths"], true, false), (["no", "injuries"], false, true), (["without", "casualties"], true, true),
    ]

    /// Nouns of a death toll, and the words that may link one to its figure ("le bilan s'est alourdi à",
    /// "the toll rose to", "a death toll of", "the toll now stands at").
    static let tollNouns: Set<String> = ["bilan", "toll", "fatalities"]
    static let tollLinks: Set<String> = [
        "s'", "s'est", "est", "alourdi", "alourdit", "s'alourdit", "élevé", "s'élève", "élève", "passé", "passe",
        "grimpé", "atteint", "établi", "s'établit", "établit", "porté", "à", "de", "d'", "provisoire", "officiel",
        "définitif", "nouveau", "désormais", "finalement", "considérablement", "a", "été", "au", "moins",
        "death", "rose", "risen", "has", "had", "climbed", "jumped", "reached", "stood", "stands", "stand", "is", "was",
        "now", "to", "at", "of", "official", "final", "new", "provisional", "initial", "least", "finally",
        // ACLED's own notes: "fatalities coded as 10".
        "coded", "as",
    ]

    /// Words that make a toll one given before the current one: "an earlier toll of", "le bilan provisoire".
    /// (A first or provisional toll is kept: it may be the only one; `TollRevision` lets it give way.)
    static let earlierToll: Set<String> = ["earlier", "previous", "précédent"]

    /// Words between two numbers that make a range or an alternative: "10 à 25", "15 ou 17", "10 to 20".
    static let rangeJoiners: Set<String> = ["à", "a", "ou", "-", "to", "or", "and"]

    /// Words that may sit between a number and its noun: "15 soldats maliens", "3 civils tués".
    static let fillers: Set<String> = [
        "maliens", "malien", "burkinabè", "nigériens", "français", "tchadiens", "hollandais", "bleus", "de", "du", "des",
        "la", "les", "au", "moins", "ont", "été", "a", "été", "sont", "étaient", "were", "was", "have", "been", "had",
        "people", "at", "least", "malian", "burkinabe", "nigerien", "french", "chadian", "other", "autres", "et", "and",
        "dont", "including", "également", "also", "aussi", "trouvé", "la", "perdu", "vie", "lives",
        "their", "leur", "of", "his", "her", "ses", "sa", "family", "famille", "young", "jeunes", "male", "female",
    ]

    /// "beaten to death", "stoned to death", "battus à mort": a verb of violence, then the words of a death.
    static let toDeathVerbs: Set<String> = ["beaten", "beat", "stoned", "hacked", "stabbed", "burned", "burnt",
                                            "clubbed", "battu", "battus", "battue", "battues", "lapidé", "lapidés",
                                            "brûlé", "brûlés"]
    static let toDeathWords: [[String]] = [["to", "death"], ["à", "mort"]]

    /// A number above this is not believed (flagged): no single report in the region counts so many dead.
    static let implausible = 100_000
}
