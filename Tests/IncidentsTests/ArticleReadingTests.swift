import Foundation
import Incidents
import Testing
import Text

/// Full articles read as an analyst reads them: one incident per event, at the event's place (not the
/// reporter's), on the event's day, with the event's toll. Every text is the team's own, written for these rules.
@Suite("Reading articles")
struct ArticleReadingTests {
    /// What one incident must be: the location's name (nil for a country-only incident), day and killed.
    struct Expected: CustomStringConvertible, Sendable {
        let place: String?
        let date: String?
        let killed: Int?
        var description: String { "\(place ?? "-") \(date ?? "-") \(killed.map(String.init) ?? "null")" }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let text: String
        let published: String
        let language: DocumentLanguage
        let incidents: [Expected]
        var testDescription: String { rule }
    }

    private static func fr(_ rule: String, _ published: String, _ text: String, _ incidents: [Expected]) -> Case {
        Case(rule: rule, text: text, published: published, language: .fr, incidents: incidents)
    }

    private static func en(_ rule: String, _ published: String, _ text: String, _ incidents: [Expected]) -> Case {
        Case(rule: rule, text: text, published: published, language: .en, incidents: incidents)
    }

    private static func at(_ place: String?, _ date: String?, _ killed: Int?) -> Expected {
        Expected(place: place, date: date, killed: killed)
    }

    static let cases: [Case] = [
        // Background: the pluperfect, "l'an dernier", an explicit date long before publication.
        fr("background without a day is not an incident", "2023-03-10", """
            Deux soldats ont été tués mercredi dans l'attaque de leur poste à Boni. \
            En juillet 2020, des attaques contre des villages de la zone avaient déjà fait une trentaine de morts.
            """, [at("Boni", "2023-03-08", 2)]),
        fr("l'an dernier recalls an older event", "2022-06-01", """
            Des hommes armés ont tué quatre bergers lundi près de Ménaka. \
            L'an dernier, une attaque similaire avait fait dix morts dans la même zone.
            """, [at("Ménaka", "2022-05-30", 4)]),
        en("the English pluperfect recalls an older event", "2021-11-12", """
            Gunmen killed five villagers on Wednesday in an attack on Ansongo. \
            Last year, militants had killed twelve people in the same area.
            """, [at("Ansongo", "2021-11-10", 5)]),
        // Generic and statistical statements.
        fr("a count of attacks is a statistic", "2021-08-23", """
            Onze attaques ont été recensées en une semaine dans la région de Mopti, selon l'ONU.
            """, []),
        fr("thousands of deaths since 2012 is history, not an event", "2021-08-23", """
            Le conflit a fait des milliers de morts depuis 2012 dans le nord et le centre du pays.
            """, []),
        en("a tally over a week is a statistic", "2022-02-01", """
            At least nine security incidents were recorded in the past week in the Gao region, the UN said.
            """, []),
        en("thousands killed is no single event", "2022-02-01", """
            The violence has spread across the Sahel, killing thousands of people since 2015.
            """, []),
        // Threats and hypotheses.
        fr("a warning of possible attacks is no incident", "2023-01-15", """
            L'ambassade met en garde contre des attaques terroristes possibles à Bamako et à Ségou dans les jours à venir.
            """, []),
        en("a threat of attacks is no incident", "2023-01-15", """
            The embassy warned that militants could attack hotels in Bamako in the coming days.
            """, []),
        // Reporting places: dateline, sources, evacuations, visits.
        fr("the dateline is where the report was filed", "2021-10-04", """
            Mali : cinq morts dans l'attaque d'un village

            BAMAKO, 4 oct 2021 (AFP) - Cinq civils ont été tués samedi dans l'attaque du village de Diafarabé, a-t-on appris lundi.
            """, [at("Diafarabé", "2021-10-02", 5)]),
        fr("the wounded's hospital is not the event's place", "2022-05-12", """
            Des hommes armés ont attaqué mardi le poste de gendarmerie de Ténenkou, tuant deux gendarmes. \
            Les blessés ont été évacués vers l'hôpital de Mopti.
            """, [at("Ténenkou", "2022-05-10", 2)]),
        fr("a source's town is not the event's place", "2022-05-12", """
            Quatre civils ont été tués mercredi dans l'attaque du village de Diafarabé, selon une source sécuritaire jointe à Mopti.
            """, [at("Diafarabé", "2022-05-11", 4)]),
        en("reporting from the capital is not the event's place", "2022-10-12", """
            Gunmen killed seven herders on Monday in an attack on a market in Tessit, a correspondent reporting from Bamako said.
            """, [at("Tessit", "2022-10-10", 7)]),
        en("survivors taken to a town do not move the event", "2022-10-12", """
            Militants attacked a convoy near Boni on Tuesday, killing three drivers. The survivors were taken to Douentza.
            """, [at("Boni", "2022-10-11", 3)]),
        // Coreference: one event told in headline, lead and body.
        fr("headline, lead and body tell one event", "2023-05-10", """
            Sandaré : deux gendarmes tués dans l'attaque de leur poste

            Le poste de gendarmerie de Sandaré, dans le cercle de Nioro, a été attaqué lundi par des hommes armés. \
            Deux gendarmes ont été tués.

            Les assaillants ont ouvert le feu sur le poste vers une heure du matin. \
            L'attaque n'a pas été revendiquée.
            """, [at("Sandaré", "2023-05-08", 2)]),
        en("headline and lead tell one event", "2022-03-05", """
            Five soldiers killed in ambush near Boni

            Five Malian soldiers were killed on Friday when their patrol was ambushed near Boni, the army said. \
            The attack was not claimed.
            """, [at("Boni", "2022-03-04", 5)]),
        fr("a round-up gives one incident per event", "2021-03-14", """
            Sécurité : une semaine meurtrière dans le centre

            Lundi, trois civils ont été tués dans l'attaque du village de Diafarabé.

            Mercredi, deux soldats ont péri lorsque leur véhicule a sauté sur une mine près de Boni.

            Jeudi, des hommes armés ont enlevé quatre commerçants à Léré.

            Samedi, un gendarme a été tué dans l'attaque du poste de Ténenkou.
            """, [at("Diafarabé", "2021-03-08", 3), at("Boni", "2021-03-10", 2), at("Léré", "2021-03-11", nil),
                  at("Ténenkou", "2021-03-13", 1)]),
        fr("a revised toll supersedes the first", "2021-10-05", """
            Des hommes armés ont attaqué dimanche le village de Diafarabé. Un premier bilan faisait état de neuf morts. \
            Le bilan s'est alourdi lundi à 21 morts, selon un élu.
            """, [at("Diafarabé", "2021-10-03", 21)]),
        fr("an army communiqué's sides add up", "2022-01-05", """
            Le 3 janvier 2022, le poste de Nara a été attaqué par des terroristes. \
            Bilan : côté ami, 2 morts et 3 blessés ; côté ennemi, 6 terroristes neutralisés.
            """, [at("Nara", "2022-01-03", 8)]),
        fr("the headline's figure counts when the body gives none", "2022-07-12", """
            Trois soldats tués près de Boni

            Une patrouille de l'armée a sauté sur une mine dimanche près de Boni.
            """, [at("Boni", "2022-07-10", 3)]),
        fr("no figure leaves killed null", "2022-07-12", """
            Des hommes armés ont enlevé cinq commerçants dimanche à Léré.
            """, [at("Léré", "2022-07-10", nil)]),
        en("no figure leaves killed null in English", "2022-07-12", """
            Militants abducted five traders on Sunday in Léré.
            """, [at("Léré", "2022-07-10", nil)]),
        // Dates across the article.
        fr("the night of Saturday to Sunday is the Saturday", "2021-10-04", """
            Six civils ont été tués dans la nuit de samedi à dimanche dans l'attaque du village de Diafarabé.
            """, [at("Diafarabé", "2021-10-02", 6)]),
        en("the night of Saturday to Sunday is the Saturday in English", "2021-10-04", """
            Six civilians were killed on the night of Saturday to Sunday in an attack on the village of Diafarabé.
            """, [at("Diafarabé", "2021-10-02", 6)]),
        fr("the night of the 3rd to the 4th is the 3rd", "2022-01-06", """
            Dans la nuit du 3 au 4 janvier 2022, des terroristes ont attaqué le poste de Nara, tuant un soldat.
            """, [at("Nara", "2022-01-03", 1)]),
        fr("avant-hier counts from publication", "2023-03-22", """
            Avant-hier, deux commerçants ont été tués par des hommes armés à Léré.
            """, [at("Léré", "2023-03-20", 2)]),
        fr("a weekday counts back from publication", "2022-05-19", """
            Mardi, des hommes armés ont tué trois chauffeurs et incendié leurs camions à Douentza.
            """, [at("Douentza", "2022-05-17", 3)]),
        // Tolls told again: a reporting day is not the event's, a total or a revision supersedes.
        fr("a final toll given the next day joins the event", "2022-03-12", """
            Trois soldats ont été tués jeudi dans l'attaque de leur camp à Ansongo. \
            « Le bilan s'établit finalement à cinq soldats tués », a précisé vendredi un officier.
            """, [at("Ansongo", "2022-03-10", 5)]),
        fr("a total given by a source on Sunday is Friday's attack's", "2022-03-14", """
            Des hommes armés ont attaqué vendredi la foire de Bourem, tuant deux commerçants. \
            Selon un infirmier joint hier dimanche, l'attaque a fait au total six morts.
            """, [at("Bourem", "2022-03-11", 6)]),
        fr("a toll revised upwards replaces the one given at first", "2018-03-08", """
            Le camp militaire de Hombori a été attaqué dimanche 4 mars à l'aube. \
            L'armée avait d'abord fait état de deux soldats tués. \
            Mardi, une source militaire a revu ce bilan à la hausse : quatre militaires ont perdu la vie, tandis \
            que trois assaillants ont été abattus lors de la riposte.

            Mardi 6 mars, un tracteur a sauté sur un engin explosif près de Boni. Un homme a été tué.
            """, [at("Hombori", "2018-03-04", 7), at("Boni", "2018-03-06", 1)]),
        fr("'plusieurs morts' gives way to a counted toll", "2022-03-16", """
            Des sources locales font état de plusieurs morts après l'attaque de Tessit lundi. \
            Selon un élu, huit personnes ont été tuées.
            """, [at("Tessit", "2022-03-14", 8)]),
        fr("'neutraliser N terroristes' counts the dead", "2023-02-16", """
            Le 14 février 2023, les vecteurs aériens des FAMa ont effectué des frappes dans la zone de Hombori. \
            Ces frappes ont permis de neutraliser 14 terroristes et de détruire 9 motos.
            """, [at("Hombori", "2023-02-14", 14)]),
        fr("a commune named in apposition locates the village, it is not a second place", "2022-03-16", """
            Le poste de gendarmerie de Boni, dans la commune de Hombori, a été attaqué lundi par des hommes armés. \
            Deux gendarmes ont été tués.
            """, [at("Boni", "2022-03-14", 2)]),
        en("a source's total on another day is the attack's toll", "2022-03-14", """
            Gunmen attacked a market in Ansongo on Thursday, killing three traders. \
            On Saturday, a local official said the attack had killed seven people in all.
            """, [at("Ansongo", "2022-03-10", 7)]),
        en("an earlier toll the sentence revises is not counted", "2022-05-09", """
            Suspected jihadists killed 11 farmers near Boni on Saturday, the ministry said Monday, revising an \
            earlier toll of nine.
            """, [at("Boni", "2022-05-07", 11)]),
        en("a new toll supersedes the first", "2021-10-05", """
            Gunmen attacked the village of Diafarabé on Sunday, killing nine people, according to an initial toll. \
            The toll rose to 15 on Monday, a local official said.
            """, [at("Diafarabé", "2021-10-03", 15)]),
        en("a man killed is one death", "2022-03-08", """
            A man was killed on Monday in Tessit when gunmen opened fire on the market.
            """, [at("Tessit", "2022-03-07", 1)]),
        // Boilerplate: other articles' titles name other places and attacks.
        en("an English page's related titles give no incident", "2022-10-12", """
            Skip to Content
            News
            Africa
            Opinion

            Gunmen kill four herders in Tessit

            Published On 12 Oct 2022
            Share

            Gunmen killed four herders on Monday in Tessit, officials said.

            RELATED
            Mali: Soldiers killed in ambush near Kidal
            Niger says 12 soldiers killed in attack near Niamey
            """, [at("Tessit", "2022-10-10", 4)]),
        fr("a web page's boilerplate gives no incident", "2023-05-10", """
            MaliInfo.net | Toute l'actualité
            Accueil | Politique | Sécurité | Économie | Contact
            Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.

            Tessit : deux bergers tués par des hommes armés

            Par La Rédaction | 10 mai 2023
            Partager : Facebook Twitter WhatsApp

            Deux bergers ont été tués lundi par des hommes armés à Tessit.

            Lire aussi :
            » Kidal : trois soldats tués dans une embuscade
            » Gao : un bus saute sur une mine, cinq morts

            Commentaires (2)
            Moussa : Paix à leurs âmes, encore une attaque à Bourem.

            © 2023 MaliInfo.net – Tous droits réservés
            """, [at("Tessit", "2023-05-08", 2)]),
    ]

    /// Rules not yet met: each is a gap named in the issue note, kept here so its fix shows (the known issue
    /// then stops being recorded and the test asks to be moved up).
    static let knownGaps: [Case] = [
        fr("background with a place and a day is an incident", "2023-03-10", """
            Trois civils ont été tués mardi dans l'attaque du marché de Douentza. \
            Le 5 février 2020, quatorze civils avaient été tués à Hombori.
            """, [at("Douentza", "2023-03-07", 3), at("Hombori", "2020-02-05", 14)]),
        en("an English round-up gives one incident per event", "2021-11-14", """
            On Monday, gunmen killed four farmers in Ansongo. On Wednesday, an IED killed two soldiers near Boni. \
            On Friday, militants abducted a village chief in Léré. On Saturday, three herders were killed in Tessit.
            """, [at("Ansongo", "2021-11-08", 4), at("Boni", "2021-11-10", 2), at("Léré", "2021-11-12", nil),
                  at("Tessit", "2021-11-13", 3)]),
        fr("conflicting figures at the same time give the lowest", "2022-06-21", """
            Au moins 17 civils ont été tués dimanche dans l'attaque de Tessit selon des élus, 11 selon une source sécuritaire.
            """, [at("Tessit", "2022-06-19", 11)]),
    ]

    @Test("incidents of an article", arguments: cases)
    func article(_ example: Case) throws {
        let incidents = try IncidentFixture.extract(example.text, published: example.published, language: example.language)
        let violent = incidents.filter { $0.eventType != .strategicDevelopments }
        #expect(violent.count == example.incidents.count,
                "\(example.rule): \(violent.map { "\($0.location?.name ?? "-") \($0.date ?? "-") \($0.killed.map(String.init) ?? "null")" })")
        for (expected, incident) in zip(example.incidents, violent) {
            if let place = expected.place {
                #expect(IncidentFixture.isNamed(incident.location?.name, place),
                        "\(example.rule): place \(incident.location?.name ?? "-"), expected \(place)")
            } else {
                #expect(incident.location == nil, "\(example.rule): expected no location")
            }
            #expect(incident.date == expected.date, "\(example.rule): date")
            #expect(incident.killed == expected.killed, "\(example.rule): killed")
        }
    }

    @Test("rules not yet met", arguments: knownGaps)
    func knownGap(_ example: Case) throws {
        try withKnownIssue("\(example.rule): not yet read as an analyst codes it") {
            try article(example)
        }
    }

    @Test("the seed article: Kati on 22 July with one killed, the 27 July attacks in Mali with 18")
    func seedArticle() throws {
        let text = try String(contentsOf: IncidentFixture.seed, encoding: .utf8)
        let incidents = try IncidentFixture.extract(text, published: "2022-07-29")
        let kati = incidents.first { $0.location?.name == "Kati" }
        #expect(kati?.date == "2022-07-22")
        #expect(kati?.killed == 1)
        let coordinated = incidents.first { $0.date == "2022-07-27" && $0.killed == 18 }
        #expect(coordinated?.country == "ML")
    }

    @Test("--explain says why a mention was dropped and a place set aside")
    func explanation() throws {
        let text = """
            BAMAKO, 4 oct 2021 (AFP) - Cinq civils ont été tués samedi dans l'attaque du village de Diafarabé. \
            Les blessés ont été évacués vers l'hôpital de Mopti. \
            Onze attaques ont été recensées en une semaine dans la région.
            """
        let result = try IncidentFixture.extractor.get().extract(id: "doc", text: text, published: CivilDate(year: 2021, month: 10, day: 4))
        #expect(result.incidents.count == 1)
        #expect(result.explanation.dropped.contains { $0.reason.contains("events counted") })
        #expect(result.explanation.reportingPlaces.contains { $0.name == "Mopti" })
        #expect(result.incidents.first?.location?.name == "Diafarabé")
    }
}
