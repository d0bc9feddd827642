import Incidents
import Spatial

/// The checks every store makes on an append before its transaction opens: a bad input costs no write.
enum IncidentValidation {
    /// Each incident's location as a checked point (nil when unlocated); fails on an incident of another
    /// document or coordinates out of range.
    static func points(_ incidents: [Incident], document: ReportDocument, store: String) throws -> [GeoPoint?] {
        try incidents.map { incident in
            guard incident.documentID == document.id else {
                throw IncidentStoreError(file: store, documentID: document.id, incidentID: incident.incidentID,
                                         message: "belongs to document \(incident.documentID), not \(document.id)")
            }
            guard let location = incident.location else { return nil }
            do {
                return try GeoPoint(latitude: location.latitude, longitude: location.longitude)
            } catch {
                throw IncidentStoreError(file: store, documentID: document.id, incidentID: incident.incidentID,
                                         message: "location \(location.name): \(error)")
            }
        }
    }
}
