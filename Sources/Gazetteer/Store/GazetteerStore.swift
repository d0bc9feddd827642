import Foundation
import GRDB

/// The SQLite place store. Read-only stores use a WAL pool so many threads look up at once; writable
/// stores run each import in one transaction, all or nothing.
public final class GazetteerStore: Sendable {
    public let path: String
    /// The GRDB connection: a `DatabasePool` (Sendable, concurrent reads).
    public let database: DatabasePool

    /// Opens an existing database for lookups. Fails, naming the path, when it is missing or not a gazetteer.
    public init(readingFrom path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw GazetteerError(file: path, message: "no gazetteer database here")
        }
        self.path = path
        var configuration = Configuration()
        configuration.readonly = true
        // Lookups touch a few random pages of a ~90 MB file: memory-mapping it spares a pread() and a copy per
        // page (SQLite's default 2 MiB cache per connection holds little of it), shared by all readers.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 1073741824") }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            let applied = try database.read { db in try GazetteerSchema.migrator.appliedMigrations(db) }
            guard applied.contains("v1") else {
                throw GazetteerError(file: path, message: "is not a sahel gazetteer (no schema)")
            }
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw GazetteerError(file: path, message: "cannot open: \(error)")
        }
    }

    /// Opens (creating if needed) a database for imports, bringing its schema up to date.
    public init(writingTo path: String) throws {
        self.path = path
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try GazetteerSchema.migrator.migrate(database)
        } catch {
            throw GazetteerError(file: path, message: "cannot open for writing: \(error)")
        }
    }
}
