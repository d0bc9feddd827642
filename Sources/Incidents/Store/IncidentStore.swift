import Foundation
import Gazetteer
import GRDB
import Spatial

/// The SQLite incident store: every report appended, and the incidents they merge into (see `DuplicateRule`
/// for when two reports are one event, `IncidentMerge` for what the merged incident says).
///
/// Writable stores run each append in one transaction, all or nothing, synced at WAL checkpoints rather than
/// every commit; read-only stores use a WAL pool so exports and listings run beside an append, and read the
/// file without memory-mapping it (an export reads it through once).
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
                                                         requiring: IncidentStoreSchema.firstMigration,
                                                         memoryMap: .unmapped)
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
            // Appends can be redone (they are idempotent), so a crash may take the last ones rather than every
            // commit wait for a sync.
            database = try SQLiteStoreConnection.writing(path, migrator: IncidentStoreSchema.migrator,
                                                         durability: .syncAtCheckpoints)
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
        try append([(incidents, document)]).first ?? IncidentAppendResult(unchanged: true)
    }

    /// Stores several documents' incidents in one transaction, all or nothing: the same as appending each in
    /// turn (in `batch` order, a document listed twice replaced by its second listing) for one commit instead
    /// of one per document, which is what bulk ingest waits on.
    ///
    /// - Returns: what each append did, one per element of `batch`.
    /// - Throws: as `append(_:document:)`; the whole batch is rolled back.
    @discardableResult
    public func append(_ batch: [(incidents: [Incident], document: ReportDocument)]) throws -> [IncidentAppendResult] {
        guard !batch.isEmpty else { return [] }
        // Checked before the transaction opens: a bad input costs no write.
        let points = try batch.map { try validatedPoints($0.incidents, document: $0.document) }
        let now = ISO8601DateFormatter().string(from: Date())
        return try guarded(document: batch.count == 1 ? batch[0].document.id : nil) {
            try database.write { db in
                try zip(batch, points).map { entry, points in
                    try IncidentWriter.append(entry.incidents, points: points, document: entry.document, now: now, in: db)
                }
            }
        }
    }

    /// Each incident's location as a checked point (nil when unlocated); fails on an incident of another
    /// document or coordinates out of range.
    private func validatedPoints(_ incidents: [Incident], document: ReportDocument) throws -> [GeoPoint?] {
        try incidents.map { incident in
            guard incident.documentID == document.id else {
                throw IncidentStoreError(file: path, documentID: document.id, incidentID: incident.incidentID,
                                         message: "belongs to document \(incident.documentID), not \(document.id)")
            }
            guard let location = incident.location else { return nil }
            do {
                return try GeoPoint(latitude: location.latitude, longitude: location.longitude)
            } catch {
                throw IncidentStoreError(file: path, documentID: document.id, incidentID: incident.incidentID,
                                         message: "location \(location.name): \(error)")
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
