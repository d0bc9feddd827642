import Geocoding
import Text

/// Reads the incidents of one report: geocodes it, finds its event triggers, dates, victims and actors, groups
/// sentences into events and codes each in ACLED's conventions.
///
/// A sentence with an event trigger starts an incident, or continues the current one when it gives neither a new
/// date nor a new place of its own; a following sentence without a trigger adds its victims and may sharpen the
/// place ("aux portes de Bamako ... la garnison de Kati"). An incident with no date, no victims and no place
/// finer than a country is commentary ("11 attaques en moins d'une semaine") and is dropped.
public struct IncidentExtractor: Sendable {
    public let geocoder: Geocoder

    public init(geocoder: Geocoder) {
        self.geocoder = geocoder
    }

    public struct Result: Sendable {
        public let incidents: [Incident]
        public let places: GeocodedDocument
        public let warnings: [String]
        /// Why each incident is what it is, and what was left out (`sahel extract --explain`).
        public let explanation: ExtractionExplanation
    }

    /// `publicationUnknown`: the source states no publication date (a saved page without one, read without
    /// `--published`), so its relative dates have no anchor: an incident left without a day of its own is
    /// coded date_precision 3 at best. Incidents dated by an absolute date in the text keep theirs.
    public func extract(id: String, text: String, published: CivilDate?, language: DocumentLanguage? = nil,
                        publicationUnknown: Bool = false) -> Result {
        let document = TextDocument(text: text)
        let places = geocoder.geocode(document, language: language)
        let context = ReportContext(document: document, published: published, places: places)
        var (drafts, dropped) = IncidentGrouping(context: context).drafts()
        DateResolution.resolve(&drafts, published: published)
        var incidents: [Incident] = []
        var explanation = ExtractionExplanation()
        // A report of one sentence is the report of its event ("300 people demonstrated against ..."): there is
        // no other sentence it could be talk beside.
        let isOneSentence = context.sentences.count == 1
        for draft in drafts {
            guard draft.hasSubstance || isOneSentence else {
                for s in draft.triggerSentences {
                    explanation.dropped.append(.init(sentence: context.text(context.sentences[s]),
                                                     reason: "no place, day or victim figure: talk about violence, not an event"))
                }
                continue
            }
            var incident = draft.incident(documentID: id, number: incidents.count + 1, context: context)
            if publicationUnknown, incident.date == nil {
                incident.datePrecision = max(incident.datePrecision ?? 3, 3)
            }
            incidents.append(incident)
            explanation.incidents.append(.init(incidentID: incident.incidentID,
                                               sentences: draft.sentences.map { context.text(context.sentences[$0]) },
                                               notes: draft.notes))
        }
        for mention in dropped {
            explanation.dropped.append(.init(sentence: context.text(context.sentences[mention.sentence]), reason: mention.reason))
        }
        for (k, reason) in context.reporting.reasons.sorted(by: { $0.key < $1.key }) {
            explanation.reportingPlaces.append(.init(name: places.places[k].surface, start: places.places[k].start, reason: reason))
        }
        return Result(incidents: incidents, places: places, warnings: context.dateWarnings, explanation: explanation)
    }
}
