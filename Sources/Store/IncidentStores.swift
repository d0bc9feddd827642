import Foundation
import PostgresClient

/// Opening the store a `--store` value names: `postgresql://…` or `postgres://…` (or bare `postgresql:` with
/// the `PG*` environment variables) is a PostGIS store; anything else is the path of a SQLite file.
public enum IncidentStores {
    /// Whether `value` names a PostGIS store.
    public static func isPostGIS(_ value: String) -> Bool { PostgresTarget.isPostgres(value) }

    /// `value` as messages show it: a URL without its password.
    public static func displayName(_ value: String) -> String { PostgresTarget(value)?.displayName ?? value }

    /// The store for reading. A SQLite path that does not exist, or a database without a store, is
    /// `.notFound`.
    public static func reading(_ value: String) throws -> any IncidentStore {
        if let target = PostgresTarget(value) { return try PostGISIncidentStore(readingFrom: target) }
        return try SQLiteIncidentStore(readingFrom: value)
    }

    /// The store for appending, created (its tables) on first use.
    public static func writing(_ value: String) throws -> any IncidentStore {
        if let target = PostgresTarget(value) { return try PostGISIncidentStore(writingTo: target) }
        return try SQLiteIncidentStore(writingTo: value)
    }
}
