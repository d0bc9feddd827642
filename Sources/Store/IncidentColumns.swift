import Foundation
import Incidents

/// The columns one incident (a report, or a merged incident) takes, shared by the `incident` and
/// `incident_source` tables of both stores, and the mapping between them and `Incident`.
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

    /// One column's value as the stores write it.
    enum Value {
        case text(String)
        case integer(Int)
        case real(Double)
    }

    /// The values of `incident`, in `names` order (nil for NULL).
    static func values(_ incident: Incident) -> [Value?] {
        let location = incident.location
        let groups = Dictionary(uniqueKeysWithValues: incident.killedByGroup.map { ($0.key.rawValue, $0.value) })
        func text(_ value: String?) -> Value? { value.map(Value.text) }
        func integer(_ value: Int?) -> Value? { value.map(Value.integer) }
        func real(_ value: Double?) -> Value? { value.map(Value.real) }
        return [
            text(incident.documentID), text(incident.incidentID), text(incident.date),
            integer(incident.date.flatMap { CivilDate(iso: $0)?.dayNumber }), integer(incident.datePrecision),
            text(incident.eventType.rawValue), text(incident.subEventType.rawValue), integer(incident.killed),
            integer(incident.injured), text(JSONListColumn.text(groups)), text(JSONListColumn.text(incident.actors)),
            text(incident.country), text(location?.name), real(location?.latitude), real(location?.longitude),
            integer(location?.precision), text(location?.admin1), text(location?.admin2), integer(location?.gazetteerID.map(Int.init)),
            text(location?.anchor?.name), real(location?.anchor?.latitude), real(location?.anchor?.longitude),
            real(location?.offsetKm), real(location?.bearing), integer(incident.evidence.start),
            integer(incident.evidence.end), text(incident.evidence.text), text(JSONListColumn.text(incident.warnings)),
        ]
    }

    /// The `sort_date` of the `incident` table: the date, or `~` (after every digit) when there is none.
    static func sortDate(_ incident: Incident) -> String { incident.date ?? "~" }

    /// The incident a row holds, its columns read through `row` in `names` order.
    static func incident(reading row: some IncidentColumnReader) throws -> Incident {
        func failure(_ message: String) -> IncidentStoreError {
            IncidentStoreError(documentID: (try? row.text(0)) ?? nil, incidentID: (try? row.text(1)) ?? nil, message: message)
        }
        func required<Value>(_ value: Value?, _ index: Int) throws -> Value {
            guard let value else { throw failure("no value in column \(names[index])") }
            return value
        }
        let documentID = try required(row.text(0), 0)
        let incidentID = try required(row.text(1), 1)
        let eventText = try required(row.text(5), 5), subEventText = try required(row.text(6), 6)
        guard let eventType = EventType(rawValue: eventText) else { throw failure("unknown event type \"\(eventText)\"") }
        guard let subEventType = SubEventType(rawValue: subEventText) else {
            throw failure("unknown sub-event type \"\(subEventText)\"")
        }
        var groups: [VictimGroup: Int] = [:]
        let groupsText = try required(row.text(9), 9)
        guard let groupCounts = JSONListColumn.counts(groupsText) else { throw failure("unreadable JSON column \"\(groupsText)\"") }
        for (key, count) in groupCounts {
            guard let group = VictimGroup(rawValue: key) else { throw failure("unknown victim group \"\(key)\"") }
            groups[group] = count
        }
        var location: IncidentLocation?
        if let name = try row.text(12), let latitude = try row.real(13), let longitude = try row.real(14) {
            var anchor: IncidentLocation.Anchor?
            if let anchorName = try row.text(19), let anchorLatitude = try row.real(20), let anchorLongitude = try row.real(21) {
                anchor = IncidentLocation.Anchor(name: anchorName, latitude: anchorLatitude, longitude: anchorLongitude)
            }
            guard let precision = try row.integer(15) else { throw failure("located at \(name) but without a geo precision") }
            location = IncidentLocation(
                name: name, latitude: latitude, longitude: longitude, precision: precision,
                admin1: try row.text(16), admin2: try row.text(17), gazetteerID: try row.integer(18).map(Int64.init), anchor: anchor,
                offsetKm: try row.real(22), bearing: try row.real(23))
        }
        return Incident(
            documentID: documentID, incidentID: incidentID, date: try row.text(2), datePrecision: try row.integer(4),
            eventType: eventType, subEventType: subEventType, killed: try row.integer(7), injured: try row.integer(8),
            killedByGroup: groups, actors: try strings(required(row.text(10), 10), failure),
            country: try row.text(11), location: location,
            evidence: Evidence(start: try required(row.integer(24), 24), end: try required(row.integer(25), 25),
                               text: try required(row.text(26), 26)),
            warnings: try strings(required(row.text(27), 27), failure))
    }

    private static func strings(_ text: String, _ failure: (String) -> IncidentStoreError) throws -> [String] {
        guard let strings = JSONListColumn.strings(text) else { throw failure("unreadable JSON column \"\(text)\"") }
        return strings
    }
}

/// One stored row's columns, by index in `IncidentColumns.names` order (nil for NULL), for
/// `IncidentColumns.incident(reading:)`: each store reads its own rows in place.
protocol IncidentColumnReader {
    func text(_ index: Int) throws -> String?
    func integer(_ index: Int) throws -> Int?
    func real(_ index: Int) throws -> Double?
}
