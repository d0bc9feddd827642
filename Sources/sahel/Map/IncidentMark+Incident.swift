import Incidents
import MapRendering

extension IncidentMark {
    /// An incident from the store, with the fields a popup shows.
    init(_ incident: Incident) {
        let location = incident.location
        self.init(
            id: incident.incidentID, date: incident.date, eventType: incident.eventType.rawValue,
            subEventType: incident.subEventType.rawValue, killed: incident.killed, injured: incident.injured,
            actors: incident.actors, country: incident.country, place: location?.name, admin1: location?.admin1,
            evidence: incident.evidence.text,
            point: location.map { MapPoint(latitude: $0.latitude, longitude: $0.longitude) }
        )
    }
}
