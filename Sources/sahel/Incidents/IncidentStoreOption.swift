import ArgumentParser
import Foundation
import Incidents
import Store

/// `--store PATH|URL`, shared by the `incidents` commands, and the one place store errors become exit codes:
/// no store there is missing input (66); a server that cannot be reached, logged into or written is an I/O
/// error (74); anything wrong inside the store bad data (65).
struct IncidentStoreOption: ParsableArguments {
    @Option(help: ArgumentHelp(Self.help, valueName: "path|url"))
    var store: String

    static let help = "The incident store to read: a SQLite file, or a PostGIS database (postgresql://user@host:port/db, "
        + "or postgresql: with the PG* environment variables)."

    /// Opens the store and runs `body` on it. Errors `body` throws that are not the store's (a write to the
    /// output failing) are passed on as they are.
    func reading<T>(_ body: (any IncidentStore) throws -> T) throws -> T {
        try Self.converting(store) { try body(Self.openForReading(store)) }
    }

    /// The store `value` names, for reading; a SQLite path must exist.
    static func openForReading(_ value: String) throws -> any IncidentStore {
        if !IncidentStores.isPostGIS(value), !FileManager.default.fileExists(atPath: value) {
            throw CommandFailure.missingInput("\(value): no incident store here")
        }
        return try IncidentStores.reading(value)
    }

    /// Runs `body`, turning the store's errors into failures with their exit status.
    static func converting<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as IncidentStoreError {
            switch error.kind {
            case .badData: throw CommandFailure.badData(error.description)
            case .notFound: throw CommandFailure.missingInput(error.description)
            case .unavailable: throw CommandFailure.io(error.description)
            }
        }
    }
}
