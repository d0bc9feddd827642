import Foundation
import Gazetteer
import GRDB
import Incidents
import Spatial

/// The SQLite incident store: one analyst's incidents in a file (see `IncidentStore`).
///
/// Writable stores run each append in one transaction, all or nothing, synced at WAL checkpoints rather than
/// every commit; read-only stores use a WAL pool so exports and listings run beside an append, and read the
/// file without memory-mapping it (an export reads it through once).
public final class SQLiteIncidentStore: IncidentStore {
    public let path: String
    public var name: String { path }
    /// The GRDB connection: a `DatabasePool` (Sendable, concurrent reads).
    public let database: DatabasePool

    /// Opens an existing store for reading. Fails, naming the path, when it is missing or not an incident store.
    public init(readingFrom path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw IncidentStoreError(.notFound, file: path, message: "no incident store here")
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
        let points = try batch.map { try IncidentValidation.points($0.incidents, document: $0.document, store: path) }
        let now = ISO8601DateFormatter().string(from: Date())
        return try guarded(document: batch.count == 1 ? batch[0].document.id : nil) {
            try database.write { db in
                try zip(batch, points).map { entry, points in
                    try IncidentWriter.append(entry.incidents, points: points, document: entry.document, now: now, in: db)
                }
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
