import FileOutput

/// Output that could not be written, naming the target path (`<stdout>` for standard
/// output) and, for I/O failures, the system's reason and errno.
public struct GeoJSONWriteError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The target file path, or `<stdout>`.
    public let path: String
    /// What failed, e.g. `cannot write: No space left on device (errno 28)`.
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    init(_ error: OutputError) {
        self.init(path: error.path, message: error.message)
    }

    static func converting<T>(_ body: () throws(OutputError) -> T) throws(GeoJSONWriteError) -> T {
        do { return try body() } catch { throw GeoJSONWriteError(error) }
    }

    public var description: String { "\(path): \(message)" }
}
