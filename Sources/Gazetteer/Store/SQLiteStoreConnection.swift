import Foundation
import GRDB

/// Opening a SQLite store the way every store of the toolkit does: read-only pools memory-map the file (reads
/// touch scattered pages: mapping spares a pread() and a copy per page), writable pools create the folder, turn
/// foreign keys on and bring the schema up to date. Callers wrap the errors in their own, naming the file.
public enum SQLiteStoreConnection {
    public enum Failure: Error {
        /// The file is there but was never made by `migrator` (its first migration is missing).
        case notThisKindOfStore
        case database(any Error)
    }

    public static func reading(_ path: String, migrator: DatabaseMigrator, requiring migration: String) throws(Failure) -> DatabasePool {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 1073741824") }
        let pool: DatabasePool
        let applied: [String]
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            applied = try pool.read { db in Array(try migrator.appliedMigrations(db)) }
        } catch {
            throw .database(error)
        }
        guard applied.contains(migration) else { throw .notThisKindOfStore }
        return pool
    }

    public static func writing(_ path: String, migrator: DatabaseMigrator) throws(Failure) -> DatabasePool {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try migrator.migrate(pool)
            return pool
        } catch {
            throw .database(error)
        }
    }
}
