import Foundation
import GRDB

/// The columns one incident (a report, or a merged incident) takes, shared by the `incident` and
/// `incident_source` tables, and the mapping between them and `Incident`.
///
/// Lists (actors, warnings) and killed-per-group are JSON text, readable with SQLite's own `json_each`. `day`
/// is the date as `CivilDate.dayNumber` (nil when there is no valid date), for the duplicate search.
enum IncidentColumns {
    static let names = [
        "doc_id", "incident_id", "date", "day", "date_precision", "event_type", "sub_event_type", "killed", "injured",
        "killed_by_group", "actors", "country", "location_name", "lat", "lon", "geo_precision", "admin1", "admin2",
        "gazetteer_id", "anchor_name", "anchor_lat", "anchor_lon", "offset_km", "bearing_deg", "evidence_start",
        "evidence_end", "evidence_text", "warnings",
    ]

    /// `doc_id, incident_id, ...` in `names` order, each prefixed by `alias.` when one is given.
    static func list(alias: String? = nil) -> String {
        let prefix = alias.map { "\($0)." } ?? ""
        return names.map { prefix + $0 }.joined(separator: ", ")
    }

    /// `list(alias:)` with the columns `projection` leaves out replaced by the empty value they would read as
    /// (`NULL` for the location, `'[]'` for a list, `''` for the evidence text): SQLite then never copies them.
    static func list(alias: String, projection: IncidentProjection) -> String {
        guard projection != .all else { return list(alias: alias) }
        return names.map { name in
            switch name {
            case "killed_by_group" where !projection.contains(.killedByGroup): "'{}'"
            case "actors" where !projection.contains(.actors): "'[]'"
            case "warnings" where !projection.contains(.warnings): "'[]'"
            case "evidence_text" where !projection.contains(.evidenceText): "''"
            case _ where !projection.contains(.location) && locationNames.contains(name): "NULL"
            case "location_name" where !projection.contains(.locationDetails): "''"
            case _ where !projection.contains(.locationDetails) && locationDetailNames.contains(name): "NULL"
            default: "\(alias).\(name)"
            }
        }.joined(separator: ", ")
    }

    /// The columns of `Incident.location`.
    private static let locationNames: Set<String> = [
        "location_name", "lat", "lon", "geo_precision", "admin1", "admin2", "gazetteer_id", "anchor_name", "anchor_lat",
        "anchor_lon", "offset_km", "bearing_deg",
    ]

    /// The columns of `.locationDetails` but the name.
    private static let locationDetailNames: Set<String> = [
        "admin1", "admin2", "gazetteer_id", "anchor_name", "anchor_lat", "anchor_lon", "offset_km", "bearing_deg",
    ]

    /// `?, ?, ...`, one per column.
    static let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")

    /// The column definitions, in `names` order. Negative victim counts are refused by the database itself.
    static let definitions = """
        doc_id TEXT NOT NULL,
        incident_id TEXT NOT NULL,
        date TEXT,
        day INTEGER,
        date_precision INTEGER,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        killed INTEGER CHECK (killed IS NULL OR killed >= 0),
        injured INTEGER CHECK (injured IS NULL OR injured >= 0),
        killed_by_group TEXT NOT NULL DEFAULT '{}',
        actors TEXT NOT NULL DEFAULT '[]',
        country TEXT,
        location_name TEXT,
        lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
        lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
        geo_precision INTEGER,
        admin1 TEXT,
        admin2 TEXT,
        gazetteer_id INTEGER,
        anchor_name TEXT,
        anchor_lat REAL,
        anchor_lon REAL,
        offset_km REAL,
        bearing_deg REAL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence_text TEXT NOT NULL,
        warnings TEXT NOT NULL DEFAULT '[]',
        CHECK ((location_name IS NULL) = (lat IS NULL) AND (lat IS NULL) = (lon IS NULL) AND (lat IS NULL) = (geo_precision IS NULL))
        """

    /// The values of `incident`, in `names` order.
    static func arguments(_ incident: Incident) -> StatementArguments {
        let location = incident.location
        let groups = Dictionary(uniqueKeysWithValues: incident.killedByGroup.map { ($0.key.rawValue, $0.value) })
        let values: [(any DatabaseValueConvertible)?] = [
            incident.documentID, incident.incidentID, incident.date, incident.date.flatMap { CivilDate(iso: $0)?.dayNumber },
            incident.datePrecision, incident.eventType.rawValue, incident.subEventType.rawValue, incident.killed,
            incident.injured, JSONListColumn.text(groups), JSONListColumn.text(incident.actors), incident.country, location?.name,
            location?.latitude, location?.longitude, location?.precision, location?.admin1, location?.admin2,
            location?.gazetteerID, location?.anchor?.name, location?.anchor?.latitude, location?.anchor?.longitude,
            location?.offsetKm, location?.bearing, incident.evidence.start, incident.evidence.end,
            incident.evidence.text, JSONListColumn.text(incident.warnings),
        ]
        return StatementArguments(values)
    }

    /// The `sort_date` of the `incident` table: the date, or `~` (after every digit) when there is none.
    static func sortDate(_ incident: Incident) -> String { incident.date ?? "~" }

    /// The incident in `row`, whose columns from `offset` on are `names`.
    static func incident(from row: Row, offset: Int = 0) throws -> Incident {
        // StatementColumnConvertible: GRDB's fast path, straight from the statement (a million rows per export).
        func column<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ index: Int) throws -> Value {
            try row.decode(atIndex: offset + index)
        }
        let documentID: String = try column(0)
        let incidentID: String = try column(1)
        func failure(_ message: String) -> IncidentStoreError {
            IncidentStoreError(documentID: documentID, incidentID: incidentID, message: message)
        }
        let eventText: String = try column(5), subEventText: String = try column(6)
        guard let eventType = EventType(rawValue: eventText) else { throw failure("unknown event type \"\(eventText)\"") }
        guard let subEventType = SubEventType(rawValue: subEventText) else {
            throw failure("unknown sub-event type \"\(subEventText)\"")
        }
        var groups: [VictimGroup: Int] = [:]
        let groupsText: String = try column(9)
        guard let groupCounts = JSONListColumn.counts(groupsText) else { throw failure("unreadable JSON column \"\(groupsText)\"") }
        for (key, count) in groupCounts {
            guard let group = VictimGroup(rawValue: key) else { throw failure("unknown victim group \"\(key)\"") }
            groups[group] = count
        }
        var location: IncidentLocation?
        if let name: String = try column(12), let latitude: Double = try column(13), let longitude: Double = try column(14) {
            var anchor: IncidentLocation.Anchor?
            if let anchorName: String = try column(19), let anchorLatitude: Double = try column(20),
               let anchorLongitude: Double = try column(21) {
                anchor = IncidentLocation.Anchor(name: anchorName, latitude: anchorLatitude, longitude: anchorLongitude)
            }
            let stored: Int? = try column(15)
            guard let precision = stored else { throw failure("located at \(name) but without a geo precision") }
            location = IncidentLocation(
                name: name, latitude: latitude, longitude: longitude, precision: precision,
                admin1: try column(16), admin2: try column(17), gazetteerID: try column(18), anchor: anchor,
                offsetKm: try column(22), bearing: try column(23))
        }
        return Incident(
            documentID: documentID, incidentID: incidentID, date: try column(2), datePrecision: try column(4),
            eventType: eventType, subEventType: subEventType, killed: try column(7), injured: try column(8),
            killedByGroup: groups, actors: try strings(column(10), failure),
            country: try column(11), location: location,
            evidence: Evidence(start: try column(24), end: try column(25), text: try column(26)),
            warnings: try strings(column(27), failure))
    }

    private static func strings(_ text: String, _ failure: (String) -> IncidentStoreError) throws -> [String] {
        guard let strings = JSONListColumn.strings(text) else { throw failure("unreadable JSON column \"\(text)\"") }
        return strings
    }
}
