import CLibPQ
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One libpq connection, used from one thread at a time (it holds a C handle: not `Sendable`).
///
/// Statements go through `PQexecParams` / `PQexecPrepared` with text parameters, so values are never spliced
/// into SQL. libpq's notices ("relation already exists, skipping") are dropped rather than printed on
/// standard error. Every failure is a `PostgresError` with its kind and SQLSTATE.
public final class PostgresConnection {
    private let handle: OpaquePointer
    private var prepared: Set<String> = []

    /// Connects with libpq keyword/value pairs; a `dbname` holding a URL (`postgresql://…`) or a
    /// `key=value` string is expanded, and pairs after it override what it says. Unset keywords fall back to
    /// the `PG*` environment variables, as with `psql`.
    public init(parameters: [(keyword: String, value: String)]) throws(PostgresError) {
        let connection = Self.withCStrings(parameters.map(\.keyword)) { keywords in
            Self.withCStrings(parameters.map(\.value)) { values in
                PQconnectdbParams(keywords + [nil], values + [nil], 1)
            }
        }
        guard let connection else { throw PostgresError(kind: .unreachable, message: "libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let error = Self.connectionFailure(connection)
            PQfinish(connection)
            throw error
        }
        handle = connection
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// Whether the connection is still usable (false once the server went away).
    public var isOpen: Bool { PQstatus(handle) == CONNECTION_OK }

    /// Runs one statement (or, without parameters, several separated by `;`).
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> PostgresResult {
        let result: OpaquePointer?
        if parameters.isEmpty {
            result = PQexec(handle, sql)
        } else {
            result = Self.withOptionalCStrings(parameters) { values in
                PQexecParams(handle, sql, Int32(values.count), nil, values, nil, nil, 0)
            }
        }
        return try checked(result)
    }

    /// Runs `sql` as a prepared statement named `name`, preparing it on first use on this connection.
    @discardableResult
    public func execute(prepared name: String, _ sql: String, _ parameters: [String?]) throws(PostgresError) -> PostgresResult {
        if !prepared.contains(name) {
            try checked(PQprepare(handle, name, sql, Int32(parameters.count), nil))
            prepared.insert(name)
        }
        let result = Self.withOptionalCStrings(parameters) { values in
            PQexecPrepared(handle, name, Int32(values.count), values, nil, nil, 0)
        }
        return try checked(result)
    }

    /// Sends one statement without waiting for it (`result()` waits), so the server runs it while the caller
    /// works on the previous one's rows. One statement may be in flight at a time.
    public func send(_ sql: String) throws(PostgresError) {
        guard PQsendQuery(handle, sql) == 1 else { throw failure(nil) }
    }

    /// The result of the statement `send` sent, once the server has answered it whole.
    public func result() throws(PostgresError) -> PostgresResult {
        var last: OpaquePointer?
        while let next = PQgetResult(handle) {
            if let last { PQclear(last) }
            last = next
        }
        return try checked(last)
    }

    /// `text` as an SQL string literal, quoted by libpq for this connection's encoding (for statements that
    /// take no parameters, such as DECLARE CURSOR).
    public func literal(_ text: String) throws(PostgresError) -> String {
        guard let quoted = PQescapeLiteral(handle, text, text.utf8.count) else { throw failure(nil) }
        defer { PQfreemem(quoted) }
        return String(cString: quoted)
    }

    @discardableResult
    private func checked(_ result: OpaquePointer?) throws(PostgresError) -> PostgresResult {
        guard let result else { throw failure(nil) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return PostgresResult(result)
        default:
            let error = failure(result)
            PQclear(result)
            throw error
        }
    }

    /// The error of a failed statement: the server's fields when it sent some, else libpq's message (a lost
    /// connection has no SQLSTATE).
    private func failure(_ result: OpaquePointer?) -> PostgresError {
        func field(_ code: Character) -> String? {
            guard let result, let ascii = code.asciiValue, let value = PQresultErrorField(result, Int32(ascii)) else { return nil }
            return String(cString: value)
        }
        let state = field("C")
        guard let state, isOpen else {
            return PostgresError(kind: isOpen ? .statement : .connectionLost, sqlState: state,
                                 message: Self.trimmed(PQerrorMessage(handle)) ?? "the connection failed")
        }
        return PostgresError(kind: .statement, sqlState: state, message: field("M") ?? "statement failed",
                             detail: field("D"), hint: field("H"))
    }

    /// libpq reports connection failures as text only; the kind is read from what it tells us.
    private static func connectionFailure(_ connection: OpaquePointer) -> PostgresError {
        let message = trimmed(PQerrorMessage(connection)) ?? "connection failed"
        if PQconnectionNeedsPassword(connection) != 0 || message.contains("authentication failed")
            || message.contains("no pg_hba.conf entry") {
            return PostgresError(kind: .authentication, message: message)
        }
        if message.contains("database \""), message.contains("does not exist") {
            return PostgresError(kind: .noSuchDatabase, message: message)
        }
        return PostgresError(kind: .unreachable, message: message)
    }

    private static func trimmed(_ text: UnsafePointer<CChar>?) -> String? {
        guard let text else { return nil }
        let message = String(cString: text).split(separator: "\n")
            .map { $0.trimmingPrefix("FATAL:  ").trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: "; ")
        return message.isEmpty ? nil : message
    }

    /// Calls `body` with C copies of `strings`, freed afterwards.
    private static func withCStrings<T>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }

    private static func withOptionalCStrings<T>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        let copies = strings.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }
}
