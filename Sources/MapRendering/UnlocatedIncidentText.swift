/// How the page and the SVG word an incident they cannot place: its toll, the same in both.
enum UnlocatedIncidentText {
    /// "18 killed, 4 injured", "killed not reported".
    static func toll(_ incident: IncidentMark) -> String {
        let killed = incident.killed.map { "\($0) killed" } ?? "killed not reported"
        guard let injured = incident.injured else { return killed }
        return killed + ", \(injured) injured"
    }
}
