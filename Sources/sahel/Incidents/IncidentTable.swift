import Incidents
import Store

/// The terminal table of `sahel incidents list`: fixed-width columns so that rows stream out page by page
/// and still line up, the place (of any length) last.
enum IncidentTable {
    static let header = row(date: "date", type: "type", killed: "killed", injured: "injured", sources: "sources", place: "place")

    /// One line: `-` for a figure no report gives, `undated` and `(unlocated, ML)` for what is missing.
    static func line(_ stored: StoredIncident) -> String {
        let incident = stored.incident
        let place: String
        if let location = incident.location {
            let within = [location.admin1, incident.country].compactMap { $0 }
            place = within.isEmpty ? location.name : "\(location.name) (\(within.joined(separator: ", ")))"
        } else {
            place = "(unlocated\(incident.country.map { ", \($0)" } ?? ""))"
        }
        return row(date: incident.date ?? "undated", type: incident.eventType.rawValue,
                   killed: incident.killed.map(String.init) ?? "-", injured: incident.injured.map(String.init) ?? "-",
                   sources: String(stored.sources.count), place: place)
    }

    private static func row(date: String, type: String, killed: String, injured: String, sources: String, place: String) -> String {
        // The widest event type, "Explosions/Remote violence", is 26 characters.
        padded(date, 10) + "  " + padded(type, 26) + "  " + padded(killed, 6, right: true) + "  "
            + padded(injured, 7, right: true) + "  " + padded(sources, 7, right: true) + "  " + place + "\n"
    }

    private static func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(width - text.count, 0))
        return right ? fill + text : text + fill
    }
}
