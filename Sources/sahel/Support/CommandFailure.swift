import Analysis
import ArgumentParser
import Documents
import FileOutput
import GeoJSON
import Spatial
import Tabular
#if canImport(Glibc)
import Glibc
#endif

/// The sysexits-style codes the CLI promises.
enum ExitStatus {
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let missingInput: Int32 = 66
    static let ioError: Int32 = 74
}

/// An error the CLI reports in one line on stderr before exiting with a specific code.
struct CommandFailure: Error, CustomStringConvertible {
    let status: Int32
    let description: String

    static func badData(_ message: String) -> CommandFailure { .init(status: ExitStatus.badData, description: message) }
    static func missingInput(_ message: String) -> CommandFailure { .init(status: ExitStatus.missingInput, description: message) }
    static func io(_ message: String) -> CommandFailure { .init(status: ExitStatus.ioError, description: message) }
}

/// Runs a command body, turning the errors our libraries throw into a message and the matching exit code.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        try exit(failure.status, failure.description)
    } catch let error as CSVError {
        // A file that cannot be opened is missing input; anything inside it is bad data.
        let status = error.line == nil && error.message.hasPrefix("cannot open") ? ExitStatus.missingInput : ExitStatus.badData
        try exit(status, error.description)
    } catch let error as GeoJSONError {
        let unreadable = error.path == "$" && error.message.contains("No such file")
        try exit(unreadable ? ExitStatus.missingInput : ExitStatus.badData, error.description)
    } catch let error as GeoJSONWriteError {
        try exit(ExitStatus.ioError, error.description)
    } catch let error as OutputError {
        try exit(ExitStatus.ioError, error.description)
    } catch let error as DistanceRings.InvalidRadii {
        try exit(ExitStatus.usage, error.description)
    } catch let error as GEOSError {
        try exit(ExitStatus.badData, error.description)
    } catch let error as CoordinateError {
        try exit(ExitStatus.badData, error.description)
    } catch let error as ProjectionError {
        try exit(ExitStatus.badData, error.description)
    } catch let error as DocumentInputError {
        try exit(error.kind == .unreadable ? ExitStatus.missingInput : ExitStatus.badData, error.description)
    }
}

private func exit(_ status: Int32, _ message: String) throws -> Never {
    StandardError.write("sahel: error: \(message)\n")
    throw ExitCode(status)
}
