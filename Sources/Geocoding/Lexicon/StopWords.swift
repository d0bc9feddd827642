import Gazetteer

/// Words that are also place names somewhere in the gazetteer but, in a news report, almost never are.
///
/// Ordinary words are compared lowercased with their accents; names of people and groups after normalisation
/// (accents stripped), since they are often written without. A capitalised word mid-sentence passes the
/// case test, so these lists decide when capitals cannot: sentence starts, titles, common nouns written with
/// a capital ("le Camp", "la Mission"). A strong cue ("village de Camp") still lets a listed word through.
/// Written by the team, from the names that collided with ordinary words in our development texts and in a
/// French word list.
enum StopWords {
    /// Ordinary French words that name some village, town or capital.
    static let french: Set<String> = lowercased("""
        à au aux avec ce ces cette dans de des du elle elles en est et été il ils je la le les leur lui mais même
        ne nous on ou où par pas pour qu que qui sa se ses si son sont sur ta te tes toi ton tous tout toute
        toutes très tu un une va vos votre vous seul seule sien dire dit faire fait mise mis plus moins
        ancien ancienne bague balle bande barbe bec blé bougie boule brevet camp campement château complexe dame
        dôme embranchement été ferme fête forgeron gare geôle grand grande hippodrome labo lame liberté libre
        mafia malle mare médina messe métro mission modeste nomades père petit petite pique plateau riant rivet
        sacré salle savane scierie selle serre sombre somme sonne soute tête tire tombe tube vin virale vitrine
        attaque attaques armée armées état etat nord sud est ouest centre région cercle province commune village
        ville marché poste base route axe frontière forces force police gendarmerie garde mines mine engin
        bilan selon lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
        juillet août septembre octobre novembre décembre dieu islam paix union nations unies conseil sécurité
        président gouvernement ministre ministère premier nouveau nouvelle haut bas saint sainte
        """)

    /// Ordinary English words that name some place.
    static let english: Set<String> = lowercased("""
        the a an and of to in on at by for from with as is are was were be been am do go make many no one put
        same say so some time woman valley sense tire tube camp mission market base road border police army
        state north south east west central region province district village town city attack attacks forces
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july
        august september october november december god peace union nations security council president
        government minister new high low grand saint
        """)

    /// Given names and surnames common in the region that are also village names: "Moussa Diallo" is a person.
    static let personalNames: Set<String> = normalized("""
        amadou moussa ibrahim ibrahima boubacar oumar mamadou sékou bakary souleymane lamine fatou aminata salif
        modibo alpha assimi iyad hamadoun mahamadou abdoulaye issa ali aziz salah dramane sam ousmane seydou
        traoré touré keïta keita diallo coulibaly konaté konaré sangaré cissé maïga diarra koné camara sidibé
        doumbia dembélé sankara goïta ouédraogo sawadogo compaoré kaboré bazoum tiani issoufou koufa ghaly
        damiba diop ndiaye fall sow ba sy mandela
        """)

    /// Peoples, armed groups and forces whose names are also villages: "entre Peuls et Bambara", "les Dozo".
    static let groups: Set<String> = normalized("""
        peul peuls peulh peulhs fulani bambara bambaras dogon dogons touareg touaregs tuareg tuaregs arabe arabes
        songhaï songhai songhoy bozo bozos dozo dozos malinké soninké sarakolé mossi haoussa hausa djerma zarma
        kel tamasheq daoussahak imghad ifoghas ganda koy izo katiba
        """)

    /// Whether a word, lowercased with its accents, is an ordinary word. Accents count: "dire" is a verb, "Diré"
    /// a town. Both languages' lists apply to every text: reports quote each other, and the shared words are few.
    static func isStopWord(_ lowercased: String) -> Bool {
        french.contains(lowercased) || english.contains(lowercased)
    }

    private static func lowercased(_ words: String) -> Set<String> {
        Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { $0.lowercased() })
    }

    private static func normalized(_ words: String) -> Set<String> {
        Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { NameNormalizer.normalize(String($0)) })
    }
}
