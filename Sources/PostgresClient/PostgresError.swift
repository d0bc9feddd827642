/// A PostgreSQL failure: what kind (so callers can tell an unreachable server from a refused statement), the
/// server's SQLSTATE and message when it sent one, and libpq's message otherwise.
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// No connection could be made: no server listening, a wrong host or port, a refused TLS mode.
        case unreachable
        /// The server refused the credentials (wrong or missing password, no pg_hba.conf entry).
        case authentication
        /// The server answered, but the named database does not exist.
        case noSuchDatabase
        /// The connection broke while in use (the server restarted or was stopped).
        case connectionLost
        /// The server ran the statement and refused it: see `sqlState`.
        case statement
    }

    public let kind: Kind
    /// The five-character SQLSTATE (`40001` serialization failure, `42501` permission denied, ...).
    public let sqlState: String?
    public let message: String
    public let detail: String?
    public let hint: String?

    public init(kind: Kind, sqlState: String? = nil, message: String, detail: String? = nil, hint: String? = nil) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
    }

    /// A serialization failure or a deadlock: the transaction was rolled back and may be run again as it was.
    public var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }

    /// Permission denied, or a write in a read-only transaction or on a standby.
    public var isPermissionDenied: Bool { sqlState == "42501" || sqlState == "25006" }

    public var description: String {
        var text = message
        if let sqlState { text += " (SQLSTATE \(sqlState))" }
        if let detail { text += "; \(detail)" }
        if let hint { text += "; hint: \(hint)" }
        return text
    }
}
