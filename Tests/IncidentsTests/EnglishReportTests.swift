import Foundation
import Incidents
import Testing
import Text

/// English reports read as ACLED codes them (issue 14): victims named by an article, a role or a community,
/// coordinated victims, passive and active voice, ranges, ACLED's own phrasing, event kinds and their
/// sub-event types, English dates; and the French sentences of the rules that changed for both languages.
/// Every sentence is the team's own, written for its rule, with Malian places of the test gazetteer.
@Suite("English reports")
struct EnglishReportTests {
    /// One incident as coded: sub-event type, killed and injured (nil: the text says nothing), day, and a part of
    /// the location's name (nil: any place).
    struct Expected: CustomStringConvertible, Sendable {
        let subEvent: SubEventType
        let killed: Int?
        let injured: Int?
        let date: String
        let place: String?
        var description: String {
            "\(subEvent.rawValue) k\(killed.map(String.init) ?? "-") i\(injured.map(String.init) ?? "-") \(date) \(place ?? "")"
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let published: String
        let text: String
        let language: DocumentLanguage
        let incidents: [Expected]
        var testDescription: String { rule }
    }

    private static func en(_ rule: String, _ published: String, _ text: String, _ incidents: [Expected]) -> Case {
        Case(rule: rule, published: published, text: text, language: .en, incidents: incidents)
    }

    private static func fr(_ rule: String, _ published: String, _ text: String, _ incidents: [Expected]) -> Case {
        Case(rule: "French: " + rule, published: published, text: text, language: .fr, incidents: incidents)
    }

    private static func coded(_ subEvent: SubEventType, killed: Int?, injured: Int?, on date: String,
                              at place: String? = nil) -> Expected {
        Expected(subEvent: subEvent, killed: killed, injured: injured, date: date, place: place)
    }

    static let cases: [Case] = [
        en("a victim with 'a' is one death", "2021-07-16",
           "On 15 July 2021, militants killed a farmer in Ansongo.",
           [coded(.attack, killed: 1, injured: nil, on: "2021-07-15", at: "Ansongo")]),
        en("a victim with 'an' is one death", "2021-07-16",
           "On 15 July 2021, gunmen killed an imam near Tessit.",
           [coded(.attack, killed: 1, injured: nil, on: "2021-07-15", at: "Tessit")]),
        en("'one' and a community noun is one death", "2021-07-16",
           "On 15 July 2021, one Dogon man was killed by militants in Bankass.",
           [coded(.attack, killed: 1, injured: nil, on: "2021-07-15", at: "Bankass")]),
        en("an adjective between article and noun", "2021-07-16",
           "On 15 July 2021, soldiers shot and killed a male herder near Boni.",
           [coded(.attack, killed: 1, injured: nil, on: "2021-07-15", at: "Boni")]),
        en("a capitalised community word between article and noun", "2021-07-16",
           "On 15 July 2021, militants killed a Fulani trader at the market of Douentza.",
           [coded(.attack, killed: 1, injured: nil, on: "2021-07-15", at: "Douentza")]),
        en("a volunteer fighter is a militia victim of a clash", "2021-07-16",
           "On 15 July 2021, militants attacked a VDP patrol near Léré and killed a volunteer fighter.",
           [coded(.armedClash, killed: 1, injured: nil, on: "2021-07-15", at: "Léré")]),
        en("a singular injured victim; wounded and no dead is a toll of none", "2021-07-16",
           "On 15 July 2021, unknown gunmen shot and wounded a shopkeeper in Gao.",
           [coded(.attack, killed: 0, injured: 1, on: "2021-07-15", at: "Gao")]),
        en("a coordinated list shares the verb", "2021-07-16",
           "On 15 July 2021, armed men attacked and killed two police officers and a farmer in Niono.",
           [coded(.armedClash, killed: 3, injured: nil, on: "2021-07-15", at: "Niono")]),
        en("two singular victims joined by 'and'", "2021-07-16",
           "On 15 July 2021, militants killed a quranic teacher and a farmer between Boni and Hombori.",
           [coded(.attack, killed: 2, injured: nil, on: "2021-07-15")]),
        en("a subject list before a passive verb adds up", "2021-07-16",
           "On 15 July 2021, a village chief and his son were killed by gunmen in Koro.",
           [coded(.attack, killed: 2, injured: nil, on: "2021-07-15", at: "Koro")]),
        en("numbers of two groups before one verb add up", "2021-07-16",
           "On 15 July 2021, three soldiers and two civilians were killed when militants attacked Boni.",
           [coded(.armedClash, killed: 5, injured: nil, on: "2021-07-15", at: "Boni")]),
        en("herders as victims", "2021-07-16",
           "On 15 July 2021, gunmen killed four herders near Ménaka.",
           [coded(.attack, killed: 4, injured: nil, on: "2021-07-15", at: "Ménaka")]),
        en("gold miners as victims", "2021-07-16",
           "On 15 July 2021, militants killed six gold miners at a mining site near Kéniéba.",
           [coded(.attack, killed: 6, injured: nil, on: "2021-07-15", at: "Kéniéba")]),
        en("passengers as victims", "2021-07-16",
           "On 15 July 2021, gunmen stopped a bus near Bandiagara and killed five passengers.",
           [coded(.attack, killed: 5, injured: nil, on: "2021-07-15", at: "Bandiagara")]),
        en("students and teachers as victims", "2021-07-16",
           "On 15 July 2021, militants killed two teachers and three students in Macina.",
           [coded(.attack, killed: 5, injured: nil, on: "2021-07-15", at: "Macina")]),
        en("a community in the plural", "2021-07-16",
           "On 15 July 2021, militiamen killed twelve Fulani in the village of Ogossagou near Bankass.",
           [coded(.attack, killed: 12, injured: nil, on: "2021-07-15")]),
        en("a community noun with no 's'", "2021-07-16",
           "On 15 July 2021, six Fula were killed by Dozo hunters near Djenné.",
           [coded(.attack, killed: 6, injured: nil, on: "2021-07-15", at: "Djenné")]),
        en("Tuareg civilians as victims", "2021-07-16",
           "On 15 July 2021, militants executed nine Tuareg civilians near Ménaka.",
           [coded(.attack, killed: 9, injured: nil, on: "2021-07-15", at: "Ménaka")]),
        en("peacekeepers are an armed side", "2021-07-16",
           "On 15 July 2021, militants attacked a peacekeepers' convoy near Aguelhok, killing two peacekeepers.",
           [coded(.armedClash, killed: 2, injured: nil, on: "2021-07-15", at: "Aguel")]),
        en("gendarmes are an armed side", "2021-07-16",
           "On 15 July 2021, gunmen attacked the gendarmerie post of Diabaly and killed three gendarmes.",
           [coded(.armedClash, killed: 3, injured: nil, on: "2021-07-15", at: "Diabaly")]),
        en("'shot dead'", "2021-07-16",
           "On 15 July 2021, two traders were shot dead by gunmen in Sévaré.",
           [coded(.attack, killed: 2, injured: nil, on: "2021-07-15", at: "Sévaré")]),
        en("'beheaded'", "2021-07-16",
           "On 15 July 2021, militants beheaded a village chief in Tenenkou.",
           [coded(.attack, killed: 1, injured: nil, on: "2021-07-15", at: "Tenenkou")]),
        en("'beaten to death'", "2021-07-16",
           "On 15 July 2021, two herders were beaten to death by villagers in Niono.",
           [coded(.mobViolence, killed: 2, injured: nil, on: "2021-07-15", at: "Niono")]),
        en("'succumbed to his injuries' counts a death", "2021-07-16",
           "On 15 July 2021, gunmen shot a shopkeeper in Gao. He later succumbed to his injuries.",
           [coded(.attack, killed: 1, injured: nil, on: "2021-07-15", at: "Gao")]),
        en("bodies found count the dead", "2021-07-16",
           "On 15 July 2021, the bodies of seven civilians were found near Diafarabé after an attack by militants.",
           [coded(.attack, killed: 7, injured: nil, on: "2021-07-15", at: "Diafarabé")]),
        en("'gunned down'", "2021-07-16",
           "On 15 July 2021, militants gunned down three villagers in Dinangourou.",
           [coded(.attack, killed: 3, injured: nil, on: "2021-07-15", at: "Dinangourou")]),
        en("'between two and six' gives the lowest", "2021-07-16",
           "On 15 July 2021, between two and six civilians were killed by gunmen in Boni.",
           [coded(.attack, killed: 2, injured: nil, on: "2021-07-15", at: "Boni")]),
        en("'two to six' gives the lowest", "2021-07-16",
           "On 15 July 2021, gunmen killed two to six civilians in Boni.",
           [coded(.attack, killed: 2, injured: nil, on: "2021-07-15", at: "Boni")]),
        en("'fatalities coded as' is the figure", "2021-07-16",
           "On 15 July 2021, militants attacked the village of Yoro and killed many civilians. Fatalities coded as 10.",
           [coded(.attack, killed: 10, injured: nil, on: "2021-07-15")]),
        en("an unknown number of dead stays null", "2021-07-16",
           "On 15 July 2021, militants attacked the village of Boni. An unknown number of civilians were killed.",
           [coded(.attack, killed: nil, injured: nil, on: "2021-07-15", at: "Boni")]),
        en("'several' is three", "2021-07-16",
           "On 15 July 2021, gunmen killed several civilians in Tessit.",
           [coded(.attack, killed: 3, injured: nil, on: "2021-07-15", at: "Tessit")]),
        en("a second figure for the wounded", "2021-07-16",
           "On 15 July 2021, gunmen killed four civilians and wounded six others in Bourem.",
           [coded(.attack, killed: 4, injured: 6, on: "2021-07-15", at: "Bourem")]),
        en("'was attacked' in the passive", "2021-07-16",
           "On 15 July 2021, the army post of Boni was attacked by militants. Two soldiers were killed.",
           [coded(.armedClash, killed: 2, injured: nil, on: "2021-07-15", at: "Boni")]),
        en("'an ambush' on soldiers is a clash", "2021-07-16",
           "On 15 July 2021, an ambush on a FAMa convoy near Douentza killed four soldiers.",
           [coded(.armedClash, killed: 4, injured: nil, on: "2021-07-15", at: "Douentza")]),
        en("'a raid' on a village is an attack", "2021-07-16",
           "On 15 July 2021, a raid by gunmen on the village of Yoro killed eight civilians.",
           [coded(.attack, killed: 8, injured: nil, on: "2021-07-15")]),
        en("'an attack on' a market", "2021-07-16",
           "On 15 July 2021, an attack on the market of Boulkessi by militants left five traders dead.",
           [coded(.attack, killed: 5, injured: nil, on: "2021-07-15")]),
        en("soldiers who rioted", "2021-07-16",
           "On 15 July 2021, soldiers rioted in the barracks of Kati and fired in the streets. Stray bullets injured three civilians.",
           [coded(.violentDemonstration, killed: 0, injured: 3, on: "2021-07-15", at: "Kati")]),
        en("a mutiny", "2021-07-16",
           "On 15 July 2021, a mutiny broke out at the military camp of Kati.",
           [coded(.violentDemonstration, killed: nil, injured: nil, on: "2021-07-15", at: "Kati")]),
        en("a lynching is mob violence", "2021-07-16",
           "On 15 July 2021, a suspected thief was lynched by a mob in Ségou.",
           [coded(.mobViolence, killed: nil, injured: nil, on: "2021-07-15", at: "Ségou")]),
        en("rioters who burned shops", "2021-07-16",
           "On 15 July 2021, rioters burned shops and a police station in Sikasso.",
           [coded(.violentDemonstration, killed: nil, injured: nil, on: "2021-07-15", at: "Sikasso")]),
        en("demonstrators who marched", "2021-07-16",
           "On 15 July 2021, hundreds of residents marched in Gao to protest against insecurity.",
           [coded(.peacefulProtest, killed: nil, injured: nil, on: "2021-07-15", at: "Gao")]),
        en("thousands took to the streets", "2021-07-16",
           "On 15 July 2021, thousands of residents took to the streets of Sévaré to protest against the killings.",
           [coded(.peacefulProtest, killed: nil, injured: nil, on: "2021-07-15", at: "Sévaré")]),
        en("police fired tear gas at protesters", "2021-07-16",
           "On 15 July 2021, students protested in Ségou; police dispersed them with tear gas.",
           [coded(.protestWithIntervention, killed: nil, injured: nil, on: "2021-07-15", at: "Ségou")]),
        en("protesters who torch a building riot", "2021-07-16",
           "On 15 July 2021, demonstrators set fire to the town hall of Kayes during a protest over land.",
           [coded(.violentDemonstration, killed: nil, injured: nil, on: "2021-07-15", at: "Kayes")]),
        en("protesters who barricade the road riot", "2021-07-16",
           "On 15 July 2021, residents demonstrated in Kati and barricaded the main road with burning tires.",
           [coded(.violentDemonstration, killed: nil, injured: nil, on: "2021-07-15", at: "Kati")]),
        en("a sit-in", "2021-07-16",
           "On 15 July 2021, teachers held a sit-in in front of the governor's office in Mopti.",
           [coded(.peacefulProtest, killed: nil, injured: nil, on: "2021-07-15", at: "Mopti")]),
        en("'stole livestock'", "2021-07-16",
           "On 15 July 2021, gunmen stole livestock in the village of Dioura.",
           [coded(.lootingPropertyDestruction, killed: nil, injured: nil, on: "2021-07-15", at: "Dioura")]),
        en("'seized' cattle", "2021-07-16",
           "On 15 July 2021, militants seized about 200 head of cattle near Nampala.",
           [coded(.lootingPropertyDestruction, killed: nil, injured: nil, on: "2021-07-15", at: "Nampala")]),
        en("'abducted' civilians", "2021-07-16",
           "On 15 July 2021, militants abducted five traders near Léré.",
           [coded(.abductionForcedDisappearance, killed: nil, injured: nil, on: "2021-07-15", at: "Léré")]),
        en("'taken hostage'", "2021-07-16",
           "On 15 July 2021, a nurse was taken hostage by gunmen in Ténenkou.",
           [coded(.abductionForcedDisappearance, killed: nil, injured: nil, on: "2021-07-15")]),
        en("'arrested'", "2021-07-16",
           "On 15 July 2021, gendarmes arrested twelve suspected militants in Niono.",
           [coded(.arrests, killed: nil, injured: nil, on: "2021-07-15", at: "Niono")]),
        en("killing after an abduction is an attack", "2021-07-16",
           "On 15 July 2021, militants abducted and killed a farmer near Dioura.",
           [coded(.attack, killed: 1, injured: nil, on: "2021-07-15", at: "Dioura")]),
        en("an IED under a vehicle", "2021-07-16",
           "On 15 July 2021, a FAMa vehicle struck an IED near Boni, killing three soldiers.",
           [coded(.remoteExplosiveLandmineIED, killed: 3, injured: nil, on: "2021-07-15", at: "Boni")]),
        en("a drone strike", "2021-07-16",
           "On 15 July 2021, a drone strike by the army killed ten militants near Ségou.",
           [coded(.airDroneStrike, killed: 10, injured: nil, on: "2021-07-15", at: "Ségou")]),
        en("a threat is not an incident", "2021-07-16",
           "On 15 July 2021, militants threatened to attack the village of Boni if residents did not pay zakat.",
           []),
        en("a planned protest is not an incident", "2021-07-16",
           "Teachers plan to protest in Bamako next week over unpaid wages.",
           []),
        en("shots in the air are not an attack", "2021-07-16",
           "On 15 July 2021, soldiers fired shots in the air at a checkpoint in Gao.",
           []),
        en("a heart attack is not an attack", "2021-07-16",
           "The mayor of Gao died of a heart attack on 15 July 2021.",
           []),
        en("a negated attack is not an attack", "2021-07-16",
           "No attack was reported in Gao on 15 July 2021.",
           []),
        en("soldiers killing civilians is an attack", "2021-07-16",
           "On 15 July 2021, soldiers killed seven civilians in the village of Diallassagou.",
           [coded(.attack, killed: 7, injured: nil, on: "2021-07-15")]),
        en("militants fighting soldiers is a clash", "2021-07-16",
           "On 15 July 2021, militants clashed with soldiers near Tessit. Four soldiers and nine militants were killed.",
           [coded(.armedClash, killed: 13, injured: nil, on: "2021-07-15", at: "Tessit")]),
        en("Dozo against militants is a clash", "2021-07-16",
           "On 15 July 2021, Dozo hunters fought militants near Djenné; five Dozos were killed.",
           [coded(.armedClash, killed: 5, injured: nil, on: "2021-07-15", at: "Djenné")]),
        en("an off-duty soldier killed is an attack", "2021-07-16",
           "On 15 July 2021, militants killed an off-duty soldier in his home in Mopti.",
           [coded(.attack, killed: 1, injured: nil, on: "2021-07-15", at: "Mopti")]),
        en("an unarmed militiaman is a civilian victim", "2021-07-16",
           "On 15 July 2021, militants killed a volunteer fighter (assumed unarmed) on his farmland near Léré.",
           [coded(.attack, killed: 1, injured: nil, on: "2021-07-15", at: "Léré")]),
        en("the attackers killed are counted too", "2021-07-16",
           "On 15 July 2021, militants attacked the camp of Boulkessi. Two soldiers and ten attackers were killed.",
           [coded(.armedClash, killed: 12, injured: nil, on: "2021-07-15")]),
        en("'On 15 July 2020' is the day", "2020-07-20",
           "On 15 July 2020, gunmen killed three herders near Ménaka.",
           [coded(.attack, killed: 3, injured: nil, on: "2020-07-15", at: "Ménaka")]),
        en("'Around 6 October (between 6 - 7 October)' is the first day, within a week", "2021-10-09",
           "Around 6 October 2021 (between 6 - 7 October), militants killed two farmers near Bankass.",
           [coded(.attack, killed: 2, injured: nil, on: "2021-10-06", at: "Bankass")]),
        en("'overnight' keeps the day", "2021-07-16",
           "On 15 July 2021, overnight, gunmen killed four villagers in Koro.",
           [coded(.attack, killed: 4, injured: nil, on: "2021-07-15", at: "Koro")]),
        en("'on the night of' is the evening's day", "2021-07-16",
           "On the night of 14 July 2021, gunmen killed four villagers in Koro.",
           [coded(.attack, killed: 4, injured: nil, on: "2021-07-14", at: "Koro")]),
        en("'(24/5)' is day and month", "2021-05-30",
           "Gunmen killed four villagers in Koro (24/5).",
           [coded(.attack, killed: 4, injured: nil, on: "2021-05-24", at: "Koro")]),
        en("a weekday before publication", "2021-07-16",
           "Gunmen killed four villagers in Koro on Tuesday.",
           [coded(.attack, killed: 4, injured: nil, on: "2021-07-13", at: "Koro")]),
        en("an active verb's subject is its agent, not a victim", "2020-12-10",
           "On 9 December 2020, a policeman shot and killed a farmer at a checkpoint near Niono.",
           [coded(.attack, killed: 1, injured: nil, on: "2020-12-09", at: "Niono")]),
        en("a death of illness is not violence", "2021-07-16",
           "A former soldier died of malaria in Gao on 15 July 2021.",
           []),
        en("'fired at' is an attack", "2021-07-16",
           "On 15 July 2021, gunmen fired at a bus near Bandiagara, wounding four passengers.",
           [coded(.attack, killed: 0, injured: 4, on: "2021-07-15", at: "Bandiagara")]),
        en("'stabbed to death'", "2021-07-16",
           "On 15 July 2021, a trader was stabbed to death by unidentified gunmen in Ségou.",
           [coded(.attack, killed: 1, injured: nil, on: "2021-07-15", at: "Ségou")]),
        en("an operation against militants is a battle, air strikes and all", "2022-02-08",
           "On 7 February 2022, soldiers carried out an air-ground operation involving airstrikes against militants near Boni. About ten militants were killed.",
           [coded(.armedClash, killed: 10, injured: nil, on: "2022-02-07", at: "Boni")]),
        en("intercommunal violence is a clash", "2020-02-23",
           "On 22 February 2020, several people were wounded in Dioura amidst intercommunal violence between Bambara farmers and Fulani herders.",
           [coded(.armedClash, killed: 0, injured: 3, on: "2020-02-22", at: "Dioura")]),
        en("protesters who storm an office riot", "2018-02-17",
           "On 16 February 2018, angry protesters stormed the mayor's office in Niono.",
           [coded(.violentDemonstration, killed: nil, injured: nil, on: "2018-02-16", at: "Niono")]),
        fr("a vehicle destroyed in the blast is its damage, not an event", "2021-07-16",
           "Trois civils ont été tués jeudi lorsque leur véhicule a sauté sur une mine près de Gao. Le véhicule, qui transportait des commerçants vers le marché d'Ansongo, a été entièrement détruit.",
           [coded(.remoteExplosiveLandmineIED, killed: 3, injured: nil, on: "2021-07-15", at: "Gao")]),
        fr("intercommunal violence is a clash", "2020-02-23",
           "Le 22 février 2020, des violences intercommunautaires ont fait deux morts à Dioura.",
           [coded(.armedClash, killed: 2, injured: nil, on: "2020-02-22", at: "Dioura")]),
        en("militants banning farming is a strategic development", "2022-05-28",
           "On 27 May 2022, militants prohibited residents from farming in the village of Dioura.",
           [coded(.other, killed: nil, injured: nil, on: "2022-05-27", at: "Dioura")]),
        en("a checkpoint run by militants", "2022-02-15",
           "On 14 February 2022, militants ran a checkpoint and controlled road users between Boni and Hombori.",
           [coded(.other, killed: nil, injured: nil, on: "2022-02-14")]),
        en("a coup is a strategic development", "2022-10-01",
           "On 30 September 2022, mutinous soldiers announced seizing power in Bamako.",
           [coded(.other, killed: nil, injured: nil, on: "2022-09-30", at: "Bamako")]),
        en("houses destroyed are property destruction", "2019-03-19",
           "Around 18 March 2019, farmers destroyed several houses in Dioura.",
           [coded(.lootingPropertyDestruction, killed: nil, injured: nil, on: "2019-03-18", at: "Dioura")]),
        en("a device made safe is no explosion and no destruction", "2022-01-19",
           "On 18 January 2022, soldiers discovered and destroyed an IED near Boni.",
           []),
        en("a one-sentence report with no place is still a report", "2021-07-16",
           "300 people demonstrated against the damage elephants cause to their farms.",
           [coded(.peacefulProtest, killed: nil, injured: nil, on: "2021-07-16")]),
        en("a statement's day is not the event's", "2024-03-19",
           "The army said in a statement on Monday evening that a drone strike near Tessit on Sunday afternoon had killed eight militants.",
           [coded(.airDroneStrike, killed: 8, injured: nil, on: "2024-03-17", at: "Tessit")]),
        fr("a negated shot is no attack", "2021-03-11",
           "Cinq cultivateurs ont été enlevés mardi à Dioura par des hommes armés. « Ils n'ont tiré sur personne », a raconté un notable.",
           [coded(.abductionForcedDisappearance, killed: nil, injured: nil, on: "2021-03-09", at: "Dioura")]),
        fr("'pris à partie' is an attack on the VDP, a clash", "2023-05-22",
           "Un groupe de VDP a été pris à partie mercredi à Léré. Cinq VDP ont été tués.",
           [coded(.armedClash, killed: 5, injured: nil, on: "2023-05-17", at: "Léré")]),
        fr("a toll of soldiers with no event word is a clash", "2023-05-22",
           "Trois soldats ont été tués mercredi à Boni.",
           [coded(.armedClash, killed: 3, injured: nil, on: "2023-05-17", at: "Boni")]),
        fr("a toll of civilians with no event word is an attack", "2023-05-22",
           "Huit civils ont été tués mercredi à Boni.",
           [coded(.attack, killed: 8, injured: nil, on: "2023-05-17", at: "Boni")]),
        fr("warning shots are no attack", "2023-05-22",
           "Les militaires ont effectué des tirs de sommation mercredi à Gao.",
           []),
        fr("lynching by villagers is mob violence", "2021-07-16",
           "Des villageois ont lynché un voleur présumé à Niono le 15 juillet 2021.",
           [coded(.mobViolence, killed: nil, injured: nil, on: "2021-07-15", at: "Niono")]),
        fr("demonstrators with stones riot", "2021-07-16",
           "Le 15 juillet 2021, des manifestants ont jeté des pierres sur la mairie de Kati.",
           [coded(.violentDemonstration, killed: nil, injured: nil, on: "2021-07-15", at: "Kati")]),
        en("'yesterday'", "2021-07-16",
           "Gunmen killed four villagers in Koro yesterday.",
           [coded(.attack, killed: 4, injured: nil, on: "2021-07-15", at: "Koro")]),
    ]

    /// Rules not yet met, kept so their fix shows (the known issue stops being recorded).
    static let knownGaps: [Case] = [
        en("a statement is not an incident", "2021-07-16",
           "On 15 July 2021, the government condemned the attacks and called for calm.",
           []),
    ]

    @Test("an English report coded as ACLED codes it", arguments: cases)
    func report(_ example: Case) throws {
        let incidents = try IncidentFixture.extract(example.text, published: example.published, language: example.language)
        let got = incidents.map {
            Expected(subEvent: $0.subEventType, killed: $0.killed, injured: $0.injured, date: $0.date ?? "-",
                     place: $0.location?.name)
        }
        #expect(got.count == example.incidents.count, "\(example.rule): \(got)")
        for (expected, incident) in zip(example.incidents, got) {
            #expect(incident.subEvent == expected.subEvent, "\(example.rule): sub-event \(incident)")
            #expect(incident.killed == expected.killed, "\(example.rule): killed \(incident)")
            #expect(incident.injured == expected.injured, "\(example.rule): injured \(incident)")
            #expect(incident.date == expected.date, "\(example.rule): date \(incident)")
            if let place = expected.place {
                #expect(IncidentFixture.isNamed(incident.place, place), "\(example.rule): place \(incident)")
            }
        }
    }

    @Test("English rules not yet met", arguments: knownGaps)
    func knownGap(_ example: Case) throws {
        try withKnownIssue("\(example.rule): not yet coded as ACLED codes it") {
            try report(example)
        }
    }

    @Test("'Around 6 October (between 6 - 7 October)' is dated to its first day, within a week")
    func approximateDay() throws {
        let incidents = try IncidentFixture.extract(
            "Around 6 October 2021 (between 6 - 7 October), militants killed two farmers near Bankass.",
            published: "2021-10-09", language: .en)
        #expect(incidents.first?.date == "2021-10-06")
        #expect(incidents.first?.datePrecision == 2)
    }
}
