import Foundation
import Geocoding
import Text

/// The words French and English reports use for each kind of incident, mapped to ACLED sub-events.
/// Written by the team from the region's press usage and the codebook's definitions (facts: a suicide
/// attack is a Suicide bomb, a mine or IED a Remote explosive, an abduction of civilians an
/// Abduction/forced disappearance).
///
/// Phrases are listed with their inflections in parentheses ("attaqué(e)(s)") and compared folded, so
/// accents are optional in the text. Phrases that contain a trigger word but report nothing ("attaque
/// cardiaque", "mine d'or", "l'arrêté" préfectoral) are listed as `.notAnEvent`: the longest phrase wins.
enum EventTriggerLexicon {
    static func table(for language: DocumentLanguage) -> PhraseTable<TriggerReading> {
        language == .fr ? french : english
    }

    static let french = PhraseTable<TriggerReading>(build { add in
        // Battles.
        add(.event(.armedClash), """
            affrontement(s), affrontement(s) armé(s), affronté(e)(s), affrontent, combat(s), accrochage(s),
            échange(s) de tirs, échange(s) de coups de feu, escarmouche(s), bataille(s), riposte(nt), riposté,
            repoussé(e)(s) une attaque, repoussé(e)(s) l'attaque, repoussé(e)(s) les assaillants,
            repousser une attaque, repousse(nt) une attaque, repoussé(e)(s) les attaques, contre-attaque(s),
            contre-attaqué(e)(s), contre-offensive(s), feux croisés, tirs croisés, accroché(e)(s), accrochent,
            violences intercommunautaires, affrontement(s) intercommunautaire(s), conflit(s) intercommunautaire(s),
            heurts intercommunautaires
            """)
        add(.attack(default: .armedClash), "embuscade(s), fusillade(s)")
        add(.event(.nonStateActorOvertakesTerritory), """
            pris le contrôle, prennent le contrôle, prise de contrôle, s'emparent, s'est emparé(e)(s),
            se sont emparé(e)(s)
            """)
        add(.event(.governmentRegainsTerritory), """
            repris le contrôle, reprennent le contrôle, reprise du contrôle, reconquis(e)(s), reconquête
            """)
        // Explosions/Remote violence.
        add(.event(.suicideBomb), """
            kamikaze(s), attentat(s) suicide(s), attaque(s) suicide(s), ceinture(s) explosive(s),
            véhicule(s) kamikaze(s), voiture(s) kamikaze(s), s'est fait exploser, se sont fait exploser,
            se faire exploser, s'étant fait exploser
            """)
        add(.event(.airDroneStrike), """
            frappe(s) aérienne(s), frappe(s) de drone(s), frappe(s) par drone(s), raid(s) aérien(s), frappes,
            bombardement(s), bombardement(s) aérien(s), bombardé(e)(s)
            """)
        add(.device(.airDroneStrike), "drone(s), drone(s) armé(s)")
        add(.event(.shellingArtilleryMissile), """
            tir(s) d'obus, tir(s) de roquette(s), tir(s) de mortier(s), tir(s) d'artillerie, pilonnage(s),
            pilonné(e)(s), obus de mortier, tirs indirects
            """)
        add(.device(.shellingArtilleryMissile), "obus, roquette(s), mortier(s), artillerie, missile(s)")
        add(.event(.remoteExplosiveLandmineIED), """
            explosion(s), explosé(e)(s), explose(nt), a explosé, exploser, fait exploser, détonation(s), détoné,
            détonne(nt),
            saute(nt) sur une mine, sauté(e)(s) sur une mine, saute(nt) sur un engin explosif,
            sauté(e)(s) sur un engin explosif, heurte(nt) une mine, heurté(e)(s) une mine,
            heurte(nt) un engin explosif, heurté(e)(s) un engin explosif, engin télécommandé
            """)
        add(.device(.remoteExplosiveLandmineIED), """
            engin(s) explosif(s), engin(s) explosif(s) improvisé(s), EEI, IED, mine(s), mine(s) antipersonnel,
            mine(s) anti-personnel, mine(s) antichar, bombe(s), explosif(s), véhicule(s) piégé(s),
            voiture(s) piégée(s), camion(s) piégé(s), moto(s) piégée(s), colis piégé(s), VBIED
            """)
        add(.device(.grenade), "grenade(s)")
        // Violence against civilians.
        add(.genericAttack, "attaque(s), attaqué(e)(s), attaquer, attaquent, attentat(s)")
        add(.attack(default: .armedClash), "opération(s) contre, offensive(s) contre")
        add(.attack(default: .attack), """
            attaque(s) armée(s), assaut(s), pris d'assaut, prennent d'assaut, ouvert le feu, ouvre le feu,
            ouvrent le feu, ouvrant le feu, tiré sur, tirent sur, tirant sur, battu(e)(s) à mort, lapidé(e)(s),
            pris à partie, prise(s) à partie, prennent à partie
            """)
        add(.event(.attack), """
            massacre(s), massacré(e)(s), tuerie(s), assassinat(s), assassiné(e)(s), assassiner, assassinent,
            exécuté(e)(s), exécution(s) sommaire(s), exécution(s) extrajudiciaire(s), égorgé(e)(s),
            décapité(e)(s), décapite(nt)
            """)
        add(.killing, "tué(e)(s), tue(nt), ont tué, abattu(e)(s)")
        add(.event(.abductionForcedDisappearance), """
            enlèvement(s), enlevé(e)(s), enlever, enlève(nt), kidnappé(e)(s), kidnapping(s), kidnapper, rapt(s),
            otage(s), pris en otage, prise(s) d'otage(s), séquestré(e)(s)
            """)
        add(.event(.sexualViolence), "viol(s), violée(s), violence(s) sexuelle(s), agression(s) sexuelle(s)")
        // Protests and riots.
        add(.event(.peacefulProtest), """
            manifestation(s), manifestant(s), manifestent, marche(s) pacifique(s), marche(s) de protestation,
            sit-in, protestation(s), protestent, grève(s), rassemblement(s) de protestation, manifesté,
            manifester, manifestaient, descendu(e)(s) dans la rue, descendu(e)(s) dans les rues
            """)
        add(.event(.violentDemonstration), "émeute(s), émeutier(s), mutinerie(s), mutin(s)")
        add(.event(.mobViolence), "lynchage(s), lynché(e)(s), vindicte populaire, justice populaire")
        // Strategic developments.
        add(.event(.lootingPropertyDestruction), """
            pillage(s), pillé(e)(s), piller, pillent, saccage(s), saccagé(e)(s), saccagent, incendie(s), incendié(e)(s),
            incendier, incendient, mis le feu, mettent le feu, vol(s) de bétail, enlèvement(s) de bétail,
            enlèvement(s) du bétail, braquage(s), vandalisé(e)(s), détruit(e)(s), détruisent
            """)
        add(.event(.arrests), """
            arrestation(s), arrêté(e)(s), arrêtent, interpellé(e)(s), interpellation(s), interpellent,
            appréhendé(e)(s), mis aux arrêts, garde à vue
            """)
        add(.event(.other), """
            interdit aux habitants, interdit aux populations, interdit aux villageois, ordonné aux habitants,
            ordonné aux populations, ordonné aux villageois, ordonné la fermeture, couvre-feu, coup d'État, putsch,
            pris le pouvoir
            """)
        add(.notAnEvent, """
            attaque cardiaque, crise cardiaque, cyberattaque(s), attaque(s) informatique(s), attaque(s) verbale(s),
            combat contre le terrorisme, combat contre l'insécurité, combat contre le jihadisme,
            combat contre le djihadisme, mine(s) d'or, mine(s) d'uranium, mine(s) artisanale(s), mine(s) de sel,
            ministère des mines, ministre des mines, bonne mine, explosion de joie, explosion démographique,
            drone(s) de surveillance, drone(s) de reconnaissance, grenade(s) lacrymogène(s),
            manifestation(s) culturelle(s), manifestation(s) sportive(s), manifestation(s) d'intérêt,
            un arrêté, l'arrêté, cet arrêté, par arrêté, arrêté ministériel, arrêté préfectoral,
            arrêté interministériel, s'est arrêté(e)(s), enlèvement(s) des ordures, enlèvement(s) d'ordures,
            incendie(s) de forêt, poseur(s) de mine(s), poseur(s) de bombe(s), poseur(s) d'engin(s) explosif(s),
            poseur(s) d'EEI, tiré(s) en l'air, tirent en l'air, tir(s) en l'air, coup(s) de feu en l'air,
            tir(s) de sommation
            """)
    })

    static let english = PhraseTable<TriggerReading>(build { add in
        add(.event(.armedClash), """
            clash(es), clashed, fighting, fought, gunfight(s), firefight(s), gun battle(s), exchange(s) of fire,
            exchanged fire, skirmish(es), battle(s), repelled an attack, repelled the attack, repulsed an attack,
            repulsed the attack, fought off, counter-attack(s), counterattack(s), counter-attacked,
            counter-offensive(s), crossfire, cross-fire, intercommunal violence, inter-communal violence,
            communal violence, communal clash(es), intercommunal clash(es), ethnic clash(es)
            """)
        // An operation is a battle when it meets its enemy: "an operation against militants" (read on its target).
        add(.attack(default: .armedClash), "operation(s) against, offensive(s) against, air-ground operation(s)")
        add(.attack(default: .armedClash), "ambush(es), ambushed")
        add(.event(.nonStateActorOvertakesTerritory), "took control, seized control, overran, overrun")
        add(.event(.governmentRegainsTerritory), "regained control, retook, recaptured")
        add(.event(.suicideBomb), """
            suicide bomber(s), suicide bombing(s), suicide attack(s), suicide car bomb(s), suicide vest(s),
            explosive belt(s), SVBIED, kamikaze(s), blew himself up, blew themselves up, blew herself up
            """)
        add(.event(.airDroneStrike), """
            airstrike(s), air strike(s), air raid(s), drone strike(s), aerial bombardment(s), bombardment(s),
            aerial bombing(s)
            """)
        add(.device(.airDroneStrike), "drone(s), armed drone(s)")
        add(.event(.shellingArtilleryMissile), "shelling, shelled, rocket fire, mortar fire, artillery fire")
        add(.device(.shellingArtilleryMissile), "rocket(s), mortar(s), mortar round(s), artillery, missile(s)")
        add(.event(.remoteExplosiveLandmineIED), """
            explosion(s), exploded, explodes, blast(s), detonated, detonation(s), blew up, struck a mine, hit a mine,
            struck a landmine, hit a landmine, struck an IED, hit an IED
            """)
        add(.device(.remoteExplosiveLandmineIED), """
            IED(s), VBIED(s), improvised explosive device(s), explosive device(s), roadside bomb(s), landmine(s),
            land mine(s), mine(s), bomb(s), car bomb(s), explosives
            """)
        add(.device(.grenade), "grenade(s)")
        add(.genericAttack, "attack(s), attacked, attacking")
        add(.attack(default: .attack), """
            armed attack(s), gun attack(s), raid(s), raided, assault(s), assaulted, opened fire, open fire,
            shooting(s), stormed, shot and wounded, shot and injured, shot at, fired at, fired on, fired upon,
            fired shots, fired gunshots, fired gunfire, fired warning shots, beaten to death, beat to death,
            stoned to death, hacked to death, stabbed to death
            """)
        add(.event(.attack), """
            massacre(s), massacred, assassinated, assassination(s), executed, summary execution(s), beheaded,
            slaughtered
            """)
        add(.killing, "killed, kill, kills, shot dead, gunned down, shot and killed, shot")
        add(.event(.abductionForcedDisappearance), """
            abducted, abduction(s), abducting, kidnapped, kidnapping(s), kidnap, hostage(s), taken hostage
            """)
        add(.event(.sexualViolence), "raped, rape(s), sexual violence, sexual assault(s)")
        add(.event(.peacefulProtest), """
            protest(s), protested, protesters, protestors, protesting, demonstration(s), demonstrators,
            demonstrated, demonstrate, demonstrating, sit-in(s), marched, protest march(es), took to the streets,
            take to the streets, taking to the streets, rally, rallies, rallied
            """)
        add(.event(.violentDemonstration), "riot(s), rioters, rioting, rioted, mutiny, mutinies, mutinied, mutinying, mutineers")
        add(.event(.mobViolence), "mob justice, mob violence, mob, lynching, lynched")
        add(.event(.lootingPropertyDestruction), """
            looted, looting, ransacked, burned, burnt, torched, set fire, set ablaze, set on fire,
            cattle rustling, stole livestock, robbery, vandalized, vandalised, stole, stolen, robbed, seized,
            setting fire, burning, burn, destroyed, destroying
            """)
        add(.event(.arrests), "arrested, arrest(s), detained, apprehended, rounded up")
        // What armed groups do without fighting, and coups (ACLED's Strategic developments, Other).
        add(.event(.other), """
            prohibited, banned, forbade, imposed a curfew, imposed curfews, ordered residents, ordered villagers,
            ordered the population, ordered the closure, ran a checkpoint, ran checkpoints, held checkpoint(s),
            set up a checkpoint, set up checkpoints, erected checkpoint(s), mounted checkpoint(s), curfew,
            seized power, seize power, seizing power, coup, coup d'état, coup d'etat, military takeover
            """)
        add(.notAnEvent, """
            heart attack(s), panic attack(s), cyberattack(s), cyber attack(s), fight against terrorism,
            fighting terrorism, fighting against terrorism, battle against terrorism, gold mine(s),
            uranium mine(s), artisanal mine(s), surveillance drone(s), reconnaissance drone(s),
            demonstration of force, tear gas grenade(s), bomb maker(s), IED maker(s), rally behind, rallied behind, fired in the air, fired into the air, fired shots in the air,
            fired gunshots in the air, fired warning shots, shots in the air, warning shot(s)
            """)
    })

    /// Collects (phrase, reading) pairs from comma-separated lists with inflections in parentheses.
    private static func build(
        _ body: (_ add: (TriggerReading, String) -> Void) -> Void
    ) -> [(phrase: String, value: TriggerReading)] {
        var list: [(phrase: String, value: TriggerReading)] = []
        body { reading, phrases in
            for item in phrases.split(separator: ",") {
                let pattern = item.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !pattern.isEmpty else { continue }
                for phrase in PhraseForms.expand(pattern) { list.append((phrase, reading)) }
            }
        }
        return list
    }
}
