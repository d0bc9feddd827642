import Foundation
import Incidents
import PostgresClient
import Spatial

/// A team's incident store in PostgreSQL with PostGIS (see `IncidentStore`, `PostGISSchema`): several
/// processes append at once, and a GIS opens `incidents_map` directly.
///
/// Each append is one READ COMMITTED transaction that first takes `AppendLocks` (advisory locks per document
/// and per day and grid cell), so concurrent appends of reports of one event take turns and merge as one
/// process would. A deadlock or serialization failure rolls the batch back and runs it again; a lost
/// connection is reconnected (tried for 10 s) and the batch run again (appends are idempotent, so even a batch whose
/// COMMIT was cut off is safe to redo); otherwise the error is reported and nothing of the batch is written.
///
/// The connection is used by one caller at a time, under `lock` (a reader may page on another thread).
public final class PostGISIncidentStore: IncidentStore, @unchecked Sendable {
    public let target: PostgresTarget
    public var name: String { target.displayName }

    // `connection` is only touched under `lock`.
    private let lock = NSLock()
    private var connection: PostgresConnection

    /// How often a batch is run again after a deadlock or serialization failure.
    static let maximumRetries = 5

    /// Opens an existing store for reading. Fails with `.notFound` when the database holds no store.
    public init(readingFrom target: PostgresTarget) throws {
        self.target = target
        connection = try Self.connect(target)
        let version = try Self.guarded(target) { () throws(PostgresError) in try PostGISSchema.version(connection) }
        guard version > 0 else {
            throw IncidentStoreError(.notFound, file: target.displayName,
                                     message: "no sahel incident store in this database (sahel extract --store URL creates one)")
        }
        try Self.checkVersion(version, target)
    }

    /// Opens a store for appending, creating its tables on first use (the database must have PostGIS).
    public init(writingTo target: PostgresTarget) throws {
        self.target = target
        connection = try Self.connect(target)
        try Self.guarded(target) { () throws(PostgresError) in
            guard try PostGISSchema.hasPostGIS(connection) else {
                throw PostgresError(kind: .statement, message: "the PostGIS extension is not installed in this database",
                                    hint: "run CREATE EXTENSION postgis; in it as its owner "
                                        + "(psql -d DB -c 'CREATE EXTENSION postgis'), then again")
            }
            if try PostGISSchema.version(connection) < PostGISSchema.latestVersion { try PostGISSchema.migrate(connection) }
        }
        try Self.checkVersion(try Self.guarded(target) { () throws(PostgresError) in try PostGISSchema.version(connection) }, target)
    }

    @discardableResult
    public func append(_ batch: [(incidents: [Incident], document: ReportDocument)]) throws -> [IncidentAppendResult] {
        guard !batch.isEmpty else { return [] }
        let points = try batch.map { try IncidentValidation.points($0.incidents, document: $0.document, store: name) }
        var located: [(point: GeoPoint, day: Int)] = []
        for (entry, entryPoints) in zip(batch, points) {
            for (incident, point) in zip(entry.incidents, entryPoints) {
                if let point, let day = incident.date.flatMap({ CivilDate(iso: $0)?.dayNumber }) { located.append((point, day)) }
            }
        }
        let locks = AppendLocks(documents: batch.map(\.document.id), reports: located)
        let now = ISO8601DateFormatter().string(from: Date())
        let first = batch[0].document.id
        let what = batch.count == 1 ? "document \(first)" : "a batch of \(batch.count) documents from \(first)"
        return try withConnection { connection in
            var attempt = 0, reconnected = false
            while true {
                do {
                    return try Self.transaction(connection) {
                        for statement in locks.statements { try connection.execute(statement) }
                        let writer = PostGISWriter(connection: connection)
                        return try zip(batch, points).map { entry, points in
                            try writer.append(entry.incidents, points: points, document: entry.document, now: now)
                        }
                    }
                } catch let error as PostgresError where error.isRetryable && attempt < Self.maximumRetries {
                    attempt += 1
                } catch let error as PostgresError where error.kind == .connectionLost && !reconnected {
                    // A server restarting comes back within seconds; one stopped does not, and the batch is
                    // reported.
                    reconnected = true
                    guard let fresh = Self.reconnect(target) else { throw Self.storeError(error, target, what: what) }
                    connection = fresh
                } catch let error as PostgresError {
                    throw Self.storeError(error, target, what: what)
                }
            }
        }
    }

    public func readPages(since: String?, until: String?, pageSize: Int, projection: IncidentProjection,
                          _ body: ([StoredIncident]) throws -> Void) throws {
        // Undated incidents sort as "~", after every digit; a bound on the date leaves them out.
        let lower = since ?? ""
        let upper = until ?? (since == nil ? "~" : "9999-99-99")
        let columns = IncidentColumns.list(alias: "i", projection: projection)
        // The sources as a JSON array in the row itself, so a page is one statement.
        let sources = projection.contains(.sources) ? """
            , (SELECT coalesce(json_agg(s.doc_id ORDER BY d.seq, s.position), '[]')::text
               FROM incident_source s JOIN document d ON d.id = s.doc_id WHERE s.incident_ref = i.id)
            """ : ""
        let sourcesColumn = IncidentColumns.names.count
        let limit = max(pageSize, 1)
        let fetch = "FETCH FORWARD \(limit) FROM sahel_pages"
        try withConnection { connection in
            // A server-side cursor in one snapshot: the server holds the position, the client one page. The next
            // page is asked for before this one is read, so the server reads it meanwhile.
            try Self.transaction(connection, mode: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
                try connection.execute("""
                    DECLARE sahel_pages NO SCROLL CURSOR FOR
                    SELECT \(columns)\(sources) FROM incident i
                    WHERE i.sort_date >= \(try connection.literal(lower)) AND i.sort_date <= \(try connection.literal(upper))
                    ORDER BY i.sort_date, i.incident_id, i.id
                    """)
                try connection.send(fetch)
                var inFlight = true
                defer { if inFlight { _ = try? connection.result() } }
                while true {
                    let rows = try connection.result()
                    inFlight = false
                    guard rows.rowCount > 0 else { break }
                    if rows.rowCount == limit {
                        try connection.send(fetch)
                        inFlight = true
                    }
                    var page: [StoredIncident] = []
                    page.reserveCapacity(rows.rowCount)
                    for row in 0..<rows.rowCount {
                        var stored = StoredIncident(incident: try PostGISColumns.incident(rows, row: row), sources: [])
                        if !sources.isEmpty {
                            guard let list = rows.string(row, sourcesColumn).flatMap(JSONListColumn.strings) else {
                                throw IncidentStoreError(incidentID: stored.incident.incidentID, message: "unreadable sources")
                            }
                            stored.sources = list
                        }
                        page.append(stored)
                    }
                    try body(page)
                    guard inFlight else { break }
                }
                try connection.execute("CLOSE sahel_pages")
            }
        }
    }

    public func reports(ofIncident incidentID: String) throws -> [Incident] {
        try withConnection { connection in
            let rows = try connection.execute("""
                SELECT \(IncidentColumns.list(alias: "s")) FROM incident_source s
                JOIN incident i ON i.id = s.incident_ref JOIN document d ON d.id = s.doc_id
                WHERE i.incident_id = $1 ORDER BY i.id, d.seq, s.position
                """, [incidentID])
            return try (0..<rows.rowCount).map { try PostGISColumns.incident(rows, row: $0) }
        }
    }

    public func counts() throws -> IncidentStoreCounts {
        try withConnection { connection in
            let row = try connection.execute("""
                SELECT (SELECT count(*) FROM document), (SELECT count(*) FROM incident_source), (SELECT count(*) FROM incident)
                """)
            return IncidentStoreCounts(documents: row.int(0, 0) ?? 0, reports: row.int(0, 1) ?? 0, incidents: row.int(0, 2) ?? 0)
        }
    }

    /// Runs `body` with the connection, under the lock, giving every error the store's name.
    private func withConnection<T>(_ body: (inout PostgresConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body(&connection)
        } catch let error as IncidentStoreError {
            throw error.naming(name)
        } catch let error as PostgresError {
            throw Self.storeError(error, target)
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    private static func transaction<T>(_ connection: PostgresConnection, mode: String = "BEGIN",
                                       _ body: () throws -> T) throws -> T {
        try connection.execute(mode)
        let value: T
        do {
            value = try body()
        } catch {
            if connection.isOpen { _ = try? connection.execute("ROLLBACK") }
            throw error
        }
        try connection.execute("COMMIT")
        return value
    }

    /// A new connection, tried once a second for `reconnectSeconds`; nil when the server stays away.
    private static func reconnect(_ target: PostgresTarget) -> PostgresConnection? {
        for _ in 0..<reconnectSeconds {
            Thread.sleep(forTimeInterval: 1)
            if let connection = try? connect(target) { return connection }
        }
        return nil
    }

    static let reconnectSeconds = 10

    private static func connect(_ target: PostgresTarget) throws -> PostgresConnection {
        try guarded(target) { () throws(PostgresError) in
            try PostgresConnection(parameters: target.parameters(environment: ProcessInfo.processInfo.environment))
        }
    }

    private static func checkVersion(_ version: Int, _ target: PostgresTarget) throws {
        guard version <= PostGISSchema.latestVersion else {
            throw IncidentStoreError(.badData, file: target.displayName,
                                     message: "the store's schema is version \(version), newer than this sahel knows "
                                        + "(\(PostGISSchema.latestVersion)): use a newer sahel")
        }
    }

    private static func guarded<T>(_ target: PostgresTarget, _ body: () throws(PostgresError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw storeError(error, target)
        }
    }

    /// A PostgreSQL failure as a store error: its kind decides the exit status, the message says what to do.
    static func storeError(_ error: PostgresError, _ target: PostgresTarget, what: String? = nil) -> IncidentStoreError {
        let notStored = what.map { "\($0) was not stored (its transaction was rolled back): " } ?? ""
        switch error.kind {
        case .unreachable:
            return IncidentStoreError(.unavailable, file: target.displayName, message: "cannot reach the server: \(error.message)")
        case .authentication:
            return IncidentStoreError(.unavailable, file: target.displayName, message: "the server refused the login: \(error.message)")
        case .noSuchDatabase:
            return IncidentStoreError(.notFound, file: target.displayName, message: error.message)
        case .connectionLost:
            return IncidentStoreError(.unavailable, file: target.displayName,
                                      message: "\(notStored)the connection to the server was lost: \(error.message)")
        case .statement where error.isPermissionDenied:
            return IncidentStoreError(.unavailable, file: target.displayName,
                                      message: "\(notStored)not allowed to write to this store: \(error.description)")
        case .statement where error.sqlState == nil:
            return IncidentStoreError(.unavailable, file: target.displayName, message: error.description)
        case .statement:
            return IncidentStoreError(.badData, file: target.displayName, message: "\(notStored)\(error.description)")
        }
    }
}
