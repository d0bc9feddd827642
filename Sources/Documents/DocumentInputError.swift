#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why reading stopped, naming the path (and the line, in strict mode) so the message alone is enough to act.
public struct DocumentInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A path that does not exist, cannot be opened or listed, or failed while being read
        /// (a command line tool exits with 66, EX_NOINPUT).
        case unreadable
        /// In strict mode, the first input problem (exit 65, EX_DATAERR).
        case invalidInput
    }

    public let kind: Kind
    /// The path as the user named it, or `<stdin>`.
    public let file: String
    public let line: Int?
    public let field: String?
    public let message: String

    public init(kind: Kind, file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// The strict-mode error for a problem that would otherwise have been skipped.
    public init(_ problem: InputProblem) {
        self.init(kind: .invalidInput, file: problem.file, line: problem.line, field: problem.field,
                  message: problem.column.map { "column \($0): " + problem.message } ?? problem.message)
    }

    /// An I/O failure: `action` ("cannot open") followed by the system's reason.
    init(file: String, action: String, errno code: Int32) {
        self.init(kind: .unreadable, file: file, message: "\(action): \(String(cString: strerror(code)))")
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let field { location += ": field \"\(field)\"" }
        return "\(location): \(message)"
    }
}
