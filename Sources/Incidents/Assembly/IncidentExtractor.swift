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
    }

    public func extract(id: String, text: String, published: CivilDate?, language: DocumentLanguage? = nil) -> Result {
        let document = TextDocument(text: text)
        let places = geocoder.geocode(document, language: language)
        let context = ReportContext(document: document, published: published, places: places)
        var drafts = IncidentGrouping(context: context).drafts()
        DateResolution.resolve(&drafts, published: published)
        var incidents: [Incident] = []
        for draft in drafts where draft.hasSubstance {
            incidents.append(draft.incident(documentID: id, number: incidents.count + 1, context: context))
        }
        return Result(incidents: incidents, places: places, warnings: context.dateWarnings)
    }
}
