import Incidents
import Testing

/// How sentences become incidents: one per distinct event, with its own date, place, victims and type.
@Suite("Incident assembly")
struct IncidentAssemblyTests {
    @Test("an ACLED-style English note: date, place with its admin hints, victims, type, actors")
    func acledNote() throws {
        let text = "On 3 May 2019, unidentified gunmen attacked a gendarmerie post in Diafarabé (Ténenkou, Mopti), "
            + "killing two gendarmes."
        let incidents = try IncidentFixture.extract(text, published: "2019-05-05", language: .en)
        let incident = try #require(incidents.first)
        #expect(incidents.count == 1)
        #expect(incident.date == "2019-05-03")
        #expect(incident.datePrecision == 1)
        #expect(incident.killed == 2)
        #expect(incident.killedByGroup[.gendarmes] == 2)
        #expect(incident.location?.name == "Diafarabé")
        #expect(incident.location?.admin2 == "Tenenkou")
        #expect(incident.eventType == .battles)
        #expect(incident.actors.contains("Unidentified armed group"))
    }

    @Test("a name before the people it qualifies ('Boni villagers', 'Kera farmers') is not where the event was")
    func placeQualifyingPeople() throws {
        let raid = try IncidentFixture.extract("On 3 May 2019, Boni villagers attacked herders in Hombori, killing two.",
                                               published: "2019-05-05", language: .en)
        #expect(raid.map { $0.location?.name } == ["Hombori"])
        // The same name told twice is no evidence for itself: the Kera the hint places wins, not the first read.
        let clash = try IncidentFixture.extract("On 4 May 2019, Kera farmers attacked several Kera herders in Kera (Djenne, Mopti), wounding three.",
                                                published: "2019-05-05", language: .en)
        let kera = try #require(clash.first?.location)
        #expect(kera.name == "Kera" && kera.admin2 == "Djenne")
    }

    @Test("a new date starts a new incident; 'la veille' is read against the incident before")
    func datesSplitIncidents() throws {
        let text = "Mardi, des hommes armés ont attaqué le village de Boni (cercle de Douentza), tuant trois civils. "
            + "La veille, une mine avait explosé au passage d'un convoi près de Gossi, blessant deux soldats."
        let incidents = try IncidentFixture.extract(text, published: "2022-07-29")
        #expect(incidents.count == 2)
        #expect(incidents.first?.date == "2022-07-26")
        #expect(incidents.first?.killed == 3)
        #expect(incidents.first?.location?.admin2 == "Douentza")
        #expect(incidents.last?.date == "2022-07-25")
        #expect(incidents.last?.subEventType == .remoteExplosiveLandmineIED)
        #expect(incidents.last?.injured == 2)
        #expect(incidents.last?.killed == 0)
    }

    @Test("two places of their own the same day are two incidents")
    func placesSplitIncidents() throws {
        let text = "Jeudi, des jihadistes ont attaqué le camp militaire de Tessalit. Le même jour, une embuscade a visé "
            + "une patrouille à Diabaly, faisant quatre morts."
        let incidents = try IncidentFixture.extract(text, published: "2022-07-29")
        #expect(incidents.map { $0.location?.name } == ["Tessalit", "Diabaly"])
        #expect(incidents.last?.killed == 4)
    }

    @Test("only the country known: location null, country set; no invented place")
    func countryOnly() throws {
        let incidents = try IncidentFixture.extract("Mercredi, au moins 15 soldats ont été tués dans une attaque au Burkina Faso.")
        let incident = try #require(incidents.first)
        #expect(incident.location == nil)
        #expect(incident.country == "BF")
        #expect(incident.killed == 15)
    }

    @Test("not incidents: a visit, a statement, a road project")
    func notIncidents() throws {
        for text in ["Le ministre de la Défense a visité Gao mardi.",
                     "Le gouvernement a publié un communiqué sur la situation à Mopti.",
                     "Les travaux de la route Sévaré-Gao ont repris lundi."] {
            #expect(try IncidentFixture.extract(text).isEmpty, "\(text)")
        }
    }

    @Test("the evidence is the sentence, with offsets into the text")
    func evidence() throws {
        let text = "Rien à signaler hier. Des hommes armés ont enlevé deux commerçants près de Ménaka lundi."
        let incident = try #require(try IncidentFixture.extract(text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[incident.evidence.start..<incident.evidence.end])) == incident.evidence.text)
        #expect(incident.evidence.text.hasPrefix("Des hommes armés"))
        #expect(incident.subEventType == .abductionForcedDisappearance)
        #expect(incident.location?.precision == 2)
    }

    @Test("an organisation's acronym is not a place, even where a village bears its name (FAMa, Fama)")
    func acronymIsNotAPlace() throws {
        let text = "On 8 March 2023, suspected JNIM militants ambushed a FAMa convoy in the Mopti region, killing 12 soldiers."
        let incident = try #require(try IncidentFixture.extract(text, published: "2023-03-10", language: .en).first)
        #expect(incident.location?.name != "Fama")
        #expect(incident.location?.precision == 3)
        #expect(incident.killed == 12)
        #expect(incident.actors.contains("JNIM") && incident.actors.contains("FAMa"))
    }

    @Test("people reported killed with no event word are still an incident, dated at the month")
    func killingsWithoutTrigger() throws {
        let text = "Fin mars 2022, l'armée malienne a mené une opération à Moura, au cours de laquelle environ 500 "
            + "personnes auraient été tuées."
        let incident = try #require(try IncidentFixture.extract(text, published: "2022-04-02").first)
        #expect(incident.killed == 500)
        #expect(incident.location?.name == "Moura")
        #expect(incident.datePrecision == 3)
        #expect(incident.eventType == .violenceAgainstCivilians)
    }

    @Test("a village the gazetteer does not know: the report's focus, at precision 3 (not the town's own 1)")
    func unknownVillageTakesTheFocusCoarsely() throws {
        let text = "Le 23 avril 2022, l'attaque d'un convoi militaire à Ségou a fait six morts. "
            + "Le 4 juin 2022, des hommes armés ont tué cinq civils dans le village de Qwertyoulabougou."
        let incidents = try IncidentFixture.extract(text, published: "2022-08-01")
        #expect(incidents.count == 2)
        #expect(incidents.first?.location?.admin1 == "Segou")     // OCHA spells it without the accent
        #expect(incidents.first?.location?.precision == 1)
        let june = try #require(incidents.last)
        #expect(june.date == "2022-06-04")
        #expect(june.killed == 5)
        #expect(june.location?.name == incidents.first?.location?.name)
        #expect(june.location?.precision == 3)
    }

    @Test("a source with no publication date: an incident without a day of its own has date precision 3, a dated one keeps its day")
    func unknownPublication() throws {
        let extractor = try IncidentFixture.extractor.get()
        let relative = extractor.extract(id: "page", text: "Trois civils ont été tués hier par des hommes armés à Boni.",
                                         published: nil, publicationUnknown: true).incidents
        #expect(relative.count == 1)
        #expect(relative.first?.date == nil)
        #expect(relative.first?.datePrecision == 3)
        let absolute = extractor.extract(id: "page", text: "Le 7 octobre 2021, trois civils ont été tués par des hommes armés à Boni.",
                                         published: nil, publicationUnknown: true).incidents
        #expect(absolute.first?.date == "2021-10-07")
        #expect(absolute.first?.datePrecision == 1)
    }
}
