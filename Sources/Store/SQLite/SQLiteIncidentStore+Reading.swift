import GRDB
import Incidents

extension SQLiteIncidentStore {
    /// Calls `body` with successive pages of at most `pageSize` incidents, in the order of `incidents(since:until:)`.
    ///
    /// Each page is one short read (keyed on the last incident of the previous page, not an offset), so memory
    /// stays at one page, and `body` (writing a file, say) runs with no database transaction open. Errors
    /// `body` throws are passed on as they are. `projection` names the parts to read; the others come back
    /// empty, unread.
    public func readPages(since: String?, until: String?, pageSize: Int, projection: IncidentProjection,
                          _ body: ([StoredIncident]) throws -> Void) throws {
        // Undated incidents sort as "~", after every digit; a bound on the date leaves them out.
        let lower = since ?? ""
        let upper = until ?? (since == nil ? "~" : "9999-99-99")
        let columns = IncidentColumns.list(alias: "i", projection: projection)
        var last: (date: String, incidentID: String, id: Int64)?
        while true {
            let after = last
            let page: (incidents: [StoredIncident], last: (String, String, Int64)?) = try guarded {
                try database.read { db in
                    var sql = "SELECT i.id, i.sort_date, \(columns) FROM incident i WHERE i.sort_date <= ?"
                    var arguments: StatementArguments = [upper]
                    if let after {
                        // A row value on the index's own columns: SQLite seeks straight to the page's start.
                        sql += " AND (i.sort_date, i.incident_id, i.id) > (?, ?, ?)"
                        arguments += [after.date, after.incidentID, after.id]
                    } else {
                        sql += " AND i.sort_date >= ?"
                        arguments += [lower]
                    }
                    sql += " ORDER BY i.sort_date, i.incident_id, i.id LIMIT ?"
                    arguments += [max(pageSize, 1)]
                    // A cursor reads each row in place, without copying it first.
                    let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                    let limit = max(pageSize, 1)
                    var ids: [Int64] = []
                    var stored: [StoredIncident] = []
                    ids.reserveCapacity(limit)
                    stored.reserveCapacity(limit)
                    var key: (String, String, Int64)?
                    while let row = try rows.next() {
                        let id: Int64 = try row.decode(atIndex: 0)
                        let incident = try IncidentColumns.incident(from: row, offset: 2)
                        // Only a full page's last row starts another page.
                        if stored.count == limit - 1 { key = (try row.decode(atIndex: 1), incident.incidentID, id) }
                        ids.append(id)
                        stored.append(StoredIncident(incident: incident, sources: []))
                    }
                    if projection.contains(.sources) {
                        let sources = try Self.sources(of: ids, in: db)
                        for (i, id) in ids.enumerated() { stored[i].sources = sources[id] ?? [] }
                    }
                    return (stored, key)
                }
            }
            guard !page.incidents.isEmpty else { return }
            try body(page.incidents)
            // Set only when the page was full: a short page is the last.
            guard let key = page.last else { return }
            last = key
        }
    }

    /// Every report of the incident whose id is `incidentID`, as its article told it, in the order their
    /// documents were added: what the merged figures came from. Empty when there is no such incident.
    public func reports(ofIncident incidentID: String) throws -> [Incident] {
        try guarded {
            try database.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT \(IncidentColumns.list(alias: "s")) FROM incident_source s
                    JOIN incident i ON i.id = s.incident_ref JOIN document d ON d.id = s.doc_id
                    WHERE i.incident_id = ? ORDER BY i.id, d.seq, s.position
                    """, arguments: [incidentID])
                return try rows.map { try IncidentColumns.incident(from: $0) }
            }
        }
    }

    /// The document ids of each incident, in the order the documents were added.
    private static func sources(of incidents: [Int64], in db: Database) throws -> [Int64: [String]] {
        guard !incidents.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: incidents.count).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT s.incident_ref, s.doc_id FROM incident_source s JOIN document d ON d.id = s.doc_id
            WHERE s.incident_ref IN (\(placeholders)) ORDER BY s.incident_ref, d.seq, s.position
            """, arguments: StatementArguments(incidents))
        var sources: [Int64: [String]] = [:]
        while let row = try rows.next() {
            let incident: Int64 = try row.decode(atIndex: 0)
            sources[incident, default: []].append(try row.decode(atIndex: 1))
        }
        return sources
    }
}
