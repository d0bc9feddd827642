import Incidents

/// An incident as the store holds it: merged from every report of the same event, with the documents that
/// reported it.
public struct StoredIncident: Sendable, Equatable {
    /// The merged incident. Its `documentID`, `incidentID` and `evidence` are those of the first report (by the
    /// order documents were added); its figures follow `IncidentMerge`.
    public var incident: Incident
    /// The ids of the documents that reported it, in the order they were added; one per document.
    public var sources: [String]

    public init(incident: Incident, sources: [String]) {
        self.incident = incident
        self.sources = sources
    }
}
