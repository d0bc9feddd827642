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
        do {
            database = try SQLiteStoreConnection.reading(path, migrator: GazetteerSchema.migrator, requiring: "v1",
                                                         memoryMap: .mapped)
        } catch .notThisKindOfStore {
            throw GazetteerError(file: path, message: "is not a sahel gazetteer (no schema)")
        } catch .database(let error) {
            throw GazetteerError(file: path, message: "cannot open: \(error)")
        }
    }

    /// Opens (creating if needed) a database for imports, bringing its schema up to date.
    public init(writingTo path: String) throws {
        self.path = path
        do {
            database = try SQLiteStoreConnection.writing(path, migrator: GazetteerSchema.migrator)
        } catch {
            let cause: any Error = if case .database(let e) = error { e } else { error }
            throw GazetteerError(file: path, message: "cannot open for writing: \(cause)")
        }
    }
}
