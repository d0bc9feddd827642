import GRDB
import Incidents
import Spatial

/// The steps of an append, run inside its transaction: reports in and out, each incident recomputed from its
/// reports whenever they change, and the R*Tree kept in step.
enum IncidentWriter {
    /// One document's append, inside the caller's transaction (see `IncidentStore.append(_:document:)`).
    /// `points` are the incidents' validated locations; `now` stamps the document row.
    static func append(_ incidents: [Incident], points: [GeoPoint?], document: ReportDocument, now: String,
                       in db: Database) throws -> IncidentAppendResult {
        let known = try Row.fetchOne(db.cachedStatement(sql: "SELECT source_file, published FROM document WHERE id = ?"),
                                     arguments: [document.id])
        if let known {
            let sourceFile: String? = try known.decode(atIndex: 0), published: String? = try known.decode(atIndex: 1)
            if sourceFile == document.sourceFile, published == document.published,
               try reports(ofDocument: document.id, in: db) == incidents {
                return IncidentAppendResult(unchanged: true)
            }
            try removeReports(ofDocument: document.id, in: db)
        }
        try db.cachedStatement(sql: """
            INSERT INTO document (id, source_file, published, added_at, updated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET source_file = excluded.source_file, published = excluded.published,
                updated_at = excluded.updated_at
            """).execute(arguments: [document.id, document.sourceFile, document.published, now, now])
        var result = IncidentAppendResult(replacedDocument: known != nil)
        for (position, incident) in incidents.enumerated() {
            do {
                if try add(incident, position: position, point: points[position], in: db) {
                    result.mergedReports += 1
                } else {
                    result.newIncidents += 1
                }
            } catch let error as DatabaseError {
                throw IncidentStoreError(documentID: document.id, incidentID: incident.incidentID,
                                         message: "not stored (the whole append was rolled back): \(SQLiteIncidentStore.describe(error))")
            }
        }
        return result
    }

    /// The reports a document contributed, in the article's order.
    static func reports(ofDocument id: String, in db: Database) throws -> [Incident] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(IncidentColumns.list()) FROM incident_source WHERE doc_id = ? ORDER BY position
            """), arguments: [id])
        return try rows.map { try IncidentColumns.incident(from: $0) }
    }

    /// Takes out a document's reports; the incidents they belonged to are recomputed from the reports left,
    /// or deleted when none is.
    static func removeReports(ofDocument id: String, in db: Database) throws {
        let incidents = try Int64.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT incident_ref FROM incident_source WHERE doc_id = ?"),
                                           arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM incident_source WHERE doc_id = ?").execute(arguments: [id])
        for incident in incidents { try recompute(incident, in: db) }
    }

    /// Stores one report of a document: merged into the incident it duplicates (see `DuplicateRule`), else as a
    /// new incident. `point` is its location, already validated. Returns whether it was merged.
    static func add(_ report: Incident, position: Int, point: GeoPoint?, in db: Database) throws -> Bool {
        if let point, let date = report.date, let day = CivilDate(iso: date)?.dayNumber,
           let existing = try bestMatch(for: report, at: point, day: day, in: db) {
            try insertSource(report, position: position, incident: existing, in: db)
            try recompute(existing, in: db)
            return true
        }
        try db.cachedStatement(sql: """
            INSERT INTO incident (source_count, sort_date, \(IncidentColumns.list())) VALUES (1, ?, \(IncidentColumns.placeholders))
            """).execute(arguments: [IncidentColumns.sortDate(report)] + IncidentColumns.arguments(report))
        let id = db.lastInsertedRowID
        try index(id, report, in: db)
        try insertSource(report, position: position, incident: id, in: db)
        return false
    }

    /// The incident `report` duplicates: among the candidates the R*Tree finds in a ±25 km, ±1 day box, those
    /// that pass `DuplicateRule` and have no report from the same document (one article's incidents are
    /// distinct events), the nearest, then the closest in time, then the oldest.
    private static func bestMatch(for report: Incident, at point: GeoPoint, day: Int, in db: Database) throws -> Int64? {
        let box = DuplicateRule.searchBox(around: point)
        let gap = DuplicateRule.maximumDayGap
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT i.id, i.event_type, i.sub_event_type, i.lat, i.lon, i.day
            FROM incident_rtree r JOIN incident i ON i.id = r.id
            WHERE r.min_lon <= ? AND r.max_lon >= ? AND r.min_lat <= ? AND r.max_lat >= ?
              AND r.min_day <= ? AND r.max_day >= ?
              AND NOT EXISTS (SELECT 1 FROM incident_source s WHERE s.incident_ref = i.id AND s.doc_id = ?)
            """), arguments: [box.maxLon, box.minLon, box.maxLat, box.minLat, day + gap, day - gap, report.documentID])
        let candidates = try rows.compactMap { row -> DuplicateRule.Candidate? in
            let eventText: String = try row.decode(atIndex: 1), subEventText: String = try row.decode(atIndex: 2)
            let latitude: Double? = try row.decode(atIndex: 3), longitude: Double? = try row.decode(atIndex: 4)
            let candidateDay: Int? = try row.decode(atIndex: 5)
            guard let eventType = EventType(rawValue: eventText), let subEventType = SubEventType(rawValue: subEventText),
                  let latitude, let longitude, let candidateDay,
                  let candidate = try? GeoPoint(latitude: latitude, longitude: longitude)
            else { return nil }
            return DuplicateRule.Candidate(id: try row.decode(atIndex: 0), eventType: eventType, subEventType: subEventType,
                                           point: candidate, day: candidateDay)
        }
        return try DuplicateRule.bestMatch(for: report, at: point, day: day, among: candidates) { id in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT event_type, sub_event_type FROM incident_source WHERE incident_ref = ?
                """), arguments: [id]).compactMap { row in
                let eventText: String = try row.decode(atIndex: 0), subEventText: String = try row.decode(atIndex: 1)
                guard let eventType = EventType(rawValue: eventText), let subEventType = SubEventType(rawValue: subEventText)
                else { return nil }
                return (eventType, subEventType)
            }
        }
    }

    private static func insertSource(_ report: Incident, position: Int, incident: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO incident_source (incident_ref, position, \(IncidentColumns.list()))
            VALUES (?, ?, \(IncidentColumns.placeholders))
            """).execute(arguments: [incident, position] + IncidentColumns.arguments(report))
    }

    /// Rewrites an incident from its reports (in the order their documents were added), or deletes it when it
    /// has none left.
    static func recompute(_ id: Int64, in db: Database) throws {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(IncidentColumns.list(alias: "s")) FROM incident_source s JOIN document d ON d.id = s.doc_id
            WHERE s.incident_ref = ? ORDER BY d.seq, s.position
            """), arguments: [id])
        let reports = try rows.map { try IncidentColumns.incident(from: $0) }
        try db.cachedStatement(sql: "DELETE FROM incident_rtree WHERE id = ?").execute(arguments: [id])
        guard let merged = IncidentMerge.merge(reports) else {
            try db.cachedStatement(sql: "DELETE FROM incident WHERE id = ?").execute(arguments: [id])
            return
        }
        let assignments = IncidentColumns.names.map { "\($0) = ?" }.joined(separator: ", ")
        try db.cachedStatement(sql: "UPDATE incident SET source_count = ?, sort_date = ?, \(assignments) WHERE id = ?")
            .execute(arguments: [reports.count, IncidentColumns.sortDate(merged)] + IncidentColumns.arguments(merged) + [id])
        try index(id, merged, in: db)
    }

    /// Puts a located, dated incident in the R*Tree as a point in (longitude, latitude, day).
    private static func index(_ id: Int64, _ incident: Incident, in db: Database) throws {
        guard let location = incident.location, let date = incident.date, let day = CivilDate(iso: date)?.dayNumber else { return }
        try db.cachedStatement(sql: """
            INSERT INTO incident_rtree (id, min_lon, max_lon, min_lat, max_lat, min_day, max_day) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, location.longitude, location.longitude, location.latitude, location.latitude, day, day])
    }
}
