import ArgumentParser
import Foundation
import Incidents

/// `--store PATH`, shared by the `incidents` commands, and the one place store errors become exit codes:
/// a missing file is missing input (66), anything wrong inside it bad data (65).
struct IncidentStoreOption: ParsableArguments {
    @Option(help: ArgumentHelp("The incident store (SQLite) to read.", valueName: "path"))
    var store: String

    /// Opens the store and runs `body` on it. Errors `body` throws that are not the store's (a write to the
    /// output failing) are passed on as they are.
    func reading<T>(_ body: (IncidentStore) throws -> T) throws -> T {
        guard FileManager.default.fileExists(atPath: store) else {
            throw CommandFailure.missingInput("\(store): no incident store here")
        }
        return try Self.converting(store) { try body(IncidentStore(readingFrom: store)) }
    }

    /// Runs `body`, turning the store's errors into bad-data failures.
    static func converting<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as IncidentStoreError {
            throw CommandFailure.badData(error.description)
        }
    }
}
