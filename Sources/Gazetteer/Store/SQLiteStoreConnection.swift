import Foundation
import GRDB

/// Opening a SQLite store the way every store of the toolkit does: read-only pools may memory-map the file,
/// writable pools create the folder, turn foreign keys on and bring the schema up to date. Callers wrap the
/// errors in their own, naming the file.
public enum SQLiteStoreConnection {
    public enum Failure: Error {
        /// The file is there but was never made by `migrator` (its first migration is missing).
        case notThisKindOfStore
        case database(any Error)
    }

    /// How far a read-only pool memory-maps its file.
    public enum MemoryMap: Sendable {
        /// Up to 1 GiB: for lookups touching scattered pages (a gazetteer), mapping spares a pread() and a copy
        /// per page.
        case mapped
        /// Plain reads: for stores read through once (an export), where mapped pages only swell the resident
        /// size (every page touched counts in RSS) and save nothing.
        case unmapped
    }

    /// What a commit of a writable pool waits for.
    public enum Durability: Sendable {
        /// SQLite's default (`synchronous = FULL`): the WAL is synced at every commit.
        case syncEveryCommit
        /// `synchronous = NORMAL`: in WAL mode the database stays consistent after a crash or power loss, which
        /// can only take away the last commits; the WAL is synced at checkpoints. For stores whose writes can
        /// be redone (re-appending a document is idempotent).
        case syncAtCheckpoints
    }

    public static func reading(_ path: String, migrator: DatabaseMigrator, requiring migration: String,
                               memoryMap: MemoryMap) throws(Failure) -> DatabasePool {
        var configuration = Configuration()
        configuration.readonly = true
        if memoryMap == .mapped {
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 1073741824") }
        }
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

    public static func writing(_ path: String, migrator: DatabaseMigrator,
                               durability: Durability = .syncEveryCommit) throws(Failure) -> DatabasePool {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        if durability == .syncAtCheckpoints {
            // A DatabasePool is always in WAL mode, where NORMAL is safe (see `Durability`).
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try migrator.migrate(pool)
            return pool
        } catch {
            throw .database(error)
        }
    }
}
