import GeoJSON
import MapRendering

/// Small hand-made incidents around Bamako for the rendering tests.
enum MapFixtures {
    static let bamako = CapitalMark(name: "Bamako", point: MapPoint(latitude: 12.6392, longitude: -8.0029))

    static func incident(_ id: String, lat: Double?, lon: Double?, type: String = "Battles", killed: Int? = nil,
                         date: String? = "2024-03-01", evidence: String = "Des hommes armés ont attaqué le poste.") -> IncidentMark {
        IncidentMark(id: id, date: date, eventType: type, killed: killed, injured: nil, actors: ["JNIM"], country: "ML",
                     place: "Kati", evidence: evidence,
                     point: lat.flatMap { la in lon.map { MapPoint(latitude: la, longitude: $0) } })
    }

    static func content(_ incidents: [IncidentMark]) throws -> MapContent {
        try MapContentBuilder(capital: bamako, ringRadiiKm: [100, 50]).build(title: "Test <map>", incidents: incidents)
    }
}
