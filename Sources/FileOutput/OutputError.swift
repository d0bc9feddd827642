#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output that could not be written, naming the target path (`<stdout>` for standard output) and, for
/// I/O failures, the system's reason and errno.
public struct OutputError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The target file path, or `<stdout>`.
    public let path: String
    /// What failed, e.g. `cannot write: No space left on device (errno 28)`.
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// An I/O failure: `action` ("cannot write") followed by the errno text.
    init(path: String, action: String, errno code: Int32) {
        self.init(path: path, message: "\(action): \(String(cString: strerror(code))) (errno \(code))")
    }

    public var description: String { "\(path): \(message)" }
}
