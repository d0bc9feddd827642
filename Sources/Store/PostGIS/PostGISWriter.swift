import Incidents
import PostgresClient
import Spatial

/// The steps of an append on PostGIS, run inside its transaction after `AppendLocks`: the same as the SQLite
/// store's `IncidentWriter` (reports in and out, each incident recomputed from its reports whenever they
/// change), with `geog` kept in step in place of the R*Tree.
struct PostGISWriter {
    let connection: PostgresConnection

    private static let columns = IncidentColumns.list()

    func append(_ incidents: [Incident], points: [GeoPoint?], document: ReportDocument, now: String) throws -> IncidentAppendResult {
        // Most documents are new: inserting first costs them one round trip instead of a look-up and an insert.
        let inserted = try connection.execute(prepared: "insert_document", """
            INSERT INTO document (id, source_file, published, added_at, updated_at) VALUES ($1, $2, $3, $4, $4)
            ON CONFLICT (id) DO NOTHING
            """, [document.id, document.sourceFile, document.published, now])
        let known = inserted.affectedRows == 0
        if known {
            let stored = try connection.execute(prepared: "known_document", "SELECT source_file, published FROM document WHERE id = $1",
                                                [document.id])
            if stored.string(0, 0) == document.sourceFile, stored.string(0, 1) == document.published,
               try reports(ofDocument: document.id) == incidents {
                return IncidentAppendResult(unchanged: true)
            }
            try removeReports(ofDocument: document.id)
            try connection.execute(prepared: "update_document", """
                UPDATE document SET source_file = $2, published = $3, updated_at = $4 WHERE id = $1
                """, [document.id, document.sourceFile, document.published, now])
        }
        var result = IncidentAppendResult(replacedDocument: known)
        for (position, incident) in incidents.enumerated() {
            do {
                if try add(incident, position: position, point: points[position]) {
                    result.mergedReports += 1
                } else {
                    result.newIncidents += 1
                }
            } catch let error as PostgresError where error.kind == .statement && error.sqlState?.hasPrefix("23") == true {
                // A constraint the row breaks: the incident's fault. Other failures (a lost connection, a
                // deadlock, no permission) are the batch's, for the store to retry or report.
                throw IncidentStoreError(documentID: document.id, incidentID: incident.incidentID,
                                         message: "not stored (the whole append was rolled back): \(error.message)")
            }
        }
        return result
    }

    func reports(ofDocument id: String) throws -> [Incident] {
        let rows = try connection.execute(prepared: "document_reports", """
            SELECT \(Self.columns) FROM incident_source WHERE doc_id = $1 ORDER BY position
            """, [id])
        return try (0..<rows.rowCount).map { try PostGISColumns.incident(rows, row: $0) }
    }

    private func removeReports(ofDocument id: String) throws {
        let rows = try connection.execute(prepared: "document_incidents", """
            DELETE FROM incident_source WHERE doc_id = $1 RETURNING incident_ref
            """, [id])
        let incidents = Set((0..<rows.rowCount).compactMap { rows.int($0, 0) }).sorted()
        for incident in incidents { try recompute(Int64(incident)) }
    }

    /// Stores one report: merged into the incident it duplicates, else a new incident. Returns whether merged.
    private func add(_ report: Incident, position: Int, point: GeoPoint?) throws -> Bool {
        if let point, let date = report.date, let day = CivilDate(iso: date)?.dayNumber,
           let existing = try bestMatch(for: report, at: point, day: day) {
            try insertSource(report, position: position, incident: existing)
            try recompute(existing)
            return true
        }
        // The incident and its one report in one statement (one round trip): a new incident is its report.
        let coordinates = PostGISColumns.coordinateParameters(from: 3)
        let inserted = try connection.execute(prepared: "insert_incident", """
            WITH new AS (
                INSERT INTO incident (source_count, sort_date, \(Self.columns), geog)
                VALUES (1, $1, \(PostGISColumns.placeholders(from: 3)),
                        \(PostGISColumns.geography(longitude: coordinates.longitude, latitude: coordinates.latitude)))
                RETURNING id)
            INSERT INTO incident_source (incident_ref, position, \(Self.columns))
            SELECT new.id, $2, \(PostGISColumns.placeholders(from: 3)) FROM new
            """, [IncidentColumns.sortDate(report), String(position)] + PostGISColumns.parameters(report))
        guard inserted.affectedRows == 1 else { throw IncidentStoreError(message: "the server stored no incident") }
        return false
    }

    /// The incident `report` duplicates (see `DuplicateRule.bestMatch`): candidates within ±1 day found with
    /// `ST_DWithin` on the geography (a hair wider than 25 km: the geodesic distance of `DuplicateRule`, the
    /// same as the SQLite store's, decides), with no report from the same document.
    private func bestMatch(for report: Incident, at point: GeoPoint, day: Int) throws -> Int64? {
        let rows = try connection.execute(prepared: "duplicate_candidates", """
            SELECT i.id, i.event_type, i.sub_event_type, i.lat, i.lon, i.day FROM incident i
            WHERE i.day BETWEEN $1 AND $2
              AND ST_DWithin(i.geog, ST_SetSRID(ST_MakePoint($3::float8, $4::float8), 4326)::geography, $5::float8)
              AND NOT EXISTS (SELECT 1 FROM incident_source s WHERE s.incident_ref = i.id AND s.doc_id = $6)
            """, [String(day - DuplicateRule.maximumDayGap), String(day + DuplicateRule.maximumDayGap),
                  point.longitude.description, point.latitude.description,
                  String(DuplicateRule.maximumDistanceKm * 1000 * 1.001), report.documentID])
        let candidates = (0..<rows.rowCount).compactMap { row -> DuplicateRule.Candidate? in
            guard let id = rows.int(row, 0), let eventType = rows.string(row, 1).flatMap(EventType.init(rawValue:)),
                  let subEventType = rows.string(row, 2).flatMap(SubEventType.init(rawValue:)),
                  let latitude = rows.double(row, 3), let longitude = rows.double(row, 4), let candidateDay = rows.int(row, 5),
                  let candidate = try? GeoPoint(latitude: latitude, longitude: longitude)
            else { return nil }
            return DuplicateRule.Candidate(id: Int64(id), eventType: eventType, subEventType: subEventType,
                                           point: candidate, day: candidateDay)
        }
        return try DuplicateRule.bestMatch(for: report, at: point, day: day, among: candidates) { id in
            let types = try connection.execute(prepared: "incident_report_types", """
                SELECT DISTINCT event_type, sub_event_type FROM incident_source WHERE incident_ref = $1
                """, [String(id)])
            return (0..<types.rowCount).compactMap { row in
                guard let eventType = types.string(row, 0).flatMap(EventType.init(rawValue:)),
                      let subEventType = types.string(row, 1).flatMap(SubEventType.init(rawValue:)) else { return nil }
                return (eventType, subEventType)
            }
        }
    }

    private func insertSource(_ report: Incident, position: Int, incident: Int64) throws {
        try connection.execute(prepared: "insert_source", """
            INSERT INTO incident_source (incident_ref, position, \(Self.columns)) VALUES ($1, $2, \(PostGISColumns.placeholders(from: 3)))
            """, [String(incident), String(position)] + PostGISColumns.parameters(report))
    }

    /// Rewrites an incident from its reports (in the order their documents were added), or deletes it when it
    /// has none left. The row is locked first, so a concurrent append merging into the same incident waits and
    /// then reads this one's reports too (no merged figure lost).
    private func recompute(_ id: Int64) throws {
        try connection.execute(prepared: "lock_incident", "SELECT 1 FROM incident WHERE id = $1 FOR UPDATE", [String(id)])
        let rows = try connection.execute(prepared: "incident_reports", """
            SELECT \(IncidentColumns.list(alias: "s")) FROM incident_source s JOIN document d ON d.id = s.doc_id
            WHERE s.incident_ref = $1 ORDER BY d.seq, s.position
            """, [String(id)])
        let reports = try (0..<rows.rowCount).map { try PostGISColumns.incident(rows, row: $0) }
        guard let merged = IncidentMerge.merge(reports) else {
            try connection.execute(prepared: "delete_incident", "DELETE FROM incident WHERE id = $1", [String(id)])
            return
        }
        let assignments = IncidentColumns.names.enumerated().map { "\($1) = $\($0 + 3)" }.joined(separator: ", ")
        let coordinates = PostGISColumns.coordinateParameters(from: 3)
        let last = 3 + IncidentColumns.names.count
        try connection.execute(prepared: "update_incident", """
            UPDATE incident SET source_count = $1, sort_date = $2, \(assignments),
                geog = \(PostGISColumns.geography(longitude: coordinates.longitude, latitude: coordinates.latitude))
            WHERE id = $\(last)
            """, [String(reports.count), IncidentColumns.sortDate(merged)] + PostGISColumns.parameters(merged) + [String(id)])
    }
}
