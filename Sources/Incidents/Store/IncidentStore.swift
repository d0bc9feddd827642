import Foundation
import Gazetteer
import GRDB
import Spatial

/// The SQLite incident store: every report appended, and the incidents they merge into (see `DuplicateRule`
/// for when two reports are one event, `IncidentMerge` for what the merged incident says).
///
/// Writable stores run each append in one transaction, all or nothing; read-only stores use a WAL pool so
/// exports and listings run beside an append.
public final class IncidentStore: Sendable {
    public let path: String
    /// The GRDB connection: a `DatabasePool` (Sendable, concurrent reads).
    public let database: DatabasePool

    /// Opens an existing store for reading. Fails, naming the path, when it is missing or not an incident store.
    public init(readingFrom path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw IncidentStoreError(file: path, message: "no incident store here")
        }
        self.path = path
        do {
            database = try SQLiteStoreConnection.reading(path, migrator: IncidentStoreSchema.migrator,
                                                         requiring: IncidentStoreSchema.firstMigration)
        } catch .notThisKindOfStore {
            throw IncidentStoreError(file: path, message: "is not a sahel incident store (no incident tables)")
        } catch .database(let error) {
            throw IncidentStoreError(file: path, message: "cannot open: \(Self.describe(error))")
        }
    }

    /// Opens (creating if needed) a store for appending, bringing its schema up to date.
    public init(writingTo path: String) throws {
        self.path = path
        do {
            database = try SQLiteStoreConnection.writing(path, migrator: IncidentStoreSchema.migrator)
        } catch {
            let cause: any Error = if case .database(let e) = error { e } else { error }
            throw IncidentStoreError(file: path, message: "cannot open for writing: \(Self.describe(cause))")
        }
    }

    /// Stores the incidents read from `document`, in one transaction: if any step fails, the store is left as
    /// it was.
    ///
    /// Each incident is merged into the incident it duplicates, if any, else stored as a new one. Appending a
    /// document again replaces its earlier contribution: with the same incidents nothing changes at all; with
    /// others, its old reports are taken out (their incidents recomputed from the reports left) before the new
    /// ones go in.
    ///
    /// - Throws: `IncidentStoreError` naming the store, and the document or incident at fault: an incident of
    ///   another document, coordinates out of range, a negative count.
    @discardableResult
    public func append(_ incidents: [Incident], document: ReportDocument) throws -> IncidentAppendResult {
        var points: [GeoPoint?] = []
        for incident in incidents {
            guard incident.documentID == document.id else {
                throw IncidentStoreError(file: path, documentID: document.id, incidentID: incident.incidentID,
                                         message: "belongs to document \(incident.documentID), not \(document.id)")
            }
            guard let location = incident.location else {
                points.append(nil)
                continue
            }
            do {
                points.append(try GeoPoint(latitude: location.latitude, longitude: location.longitude))
            } catch {
                throw IncidentStoreError(file: path, documentID: document.id, incidentID: incident.incidentID,
                                         message: "location \(location.name): \(error)")
            }
        }
        let now = ISO8601DateFormatter().string(from: Date())
        return try guarded(document: document.id) {
            try database.write { db in
                let known = try Row.fetchOne(db.cachedStatement(sql: "SELECT source_file, published FROM document WHERE id = ?"),
                                             arguments: [document.id])
                if let known {
                    let sourceFile: String? = try known.decode(atIndex: 0), published: String? = try known.decode(atIndex: 1)
                    if sourceFile == document.sourceFile, published == document.published,
                       try IncidentWriter.reports(ofDocument: document.id, in: db) == incidents {
                        return IncidentAppendResult(unchanged: true)
                    }
                    try IncidentWriter.removeReports(ofDocument: document.id, in: db)
                }
                try db.cachedStatement(sql: """
                    INSERT INTO document (id, source_file, published, added_at, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET source_file = excluded.source_file, published = excluded.published,
                        updated_at = excluded.updated_at
                    """).execute(arguments: [document.id, document.sourceFile, document.published, now, now])
                var result = IncidentAppendResult(replacedDocument: known != nil)
                for (position, incident) in incidents.enumerated() {
                    do {
                        if try IncidentWriter.add(incident, position: position, point: points[position], in: db) {
                            result.mergedReports += 1
                        } else {
                            result.newIncidents += 1
                        }
                    } catch let error as DatabaseError {
                        throw IncidentStoreError(documentID: document.id, incidentID: incident.incidentID,
                                                 message: "not stored (the whole document was rolled back): \(Self.describe(error))")
                    }
                }
                return result
            }
        }
    }

    /// How many documents, reports and incidents the store holds.
    public func counts() throws -> IncidentStoreCounts {
        try guarded {
            try database.read { db in
                IncidentStoreCounts(
                    documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                    reports: try Int.fetchOne(db, sql: "SELECT count(*) FROM incident_source") ?? 0,
                    incidents: try Int.fetchOne(db, sql: "SELECT count(*) FROM incident") ?? 0)
            }
        }
    }

    /// Runs a store operation, giving every error the store's path (and a document's id when known).
    func guarded<T>(document: String? = nil, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as IncidentStoreError {
            throw error.naming(path)
        } catch {
            throw IncidentStoreError(file: path, documentID: document, message: Self.describe(error))
        }
    }

    /// SQLite's own message rather than GRDB's full dump (which repeats the SQL and its arguments).
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error)" }
        return "\(error)"
    }
}
