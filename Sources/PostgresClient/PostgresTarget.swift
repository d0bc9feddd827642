import Foundation
import CLibPQ
#if canImport(Glibc)
import Glibc
#endif

/// Where to connect, from a `postgresql://user@host:port/db?sslmode=…` URL (or `postgres://`), or from the
/// `PG*` environment variables alone when the value is just `postgresql:` or `postgres:`.
///
/// TLS: libpq's default (`prefer`) tries TLS first; on loopback (or a Unix socket) this turns it off unless
/// the URL or `PGSSLMODE` says otherwise, so a local server needs no certificate set-up. Elsewhere libpq's
/// own default stands.
public struct PostgresTarget: Sendable, Equatable {
    /// The value as given.
    public let url: String

    /// Whether `value` names a PostgreSQL database rather than a file.
    public static func isPostgres(_ value: String) -> Bool {
        value.hasPrefix("postgresql:") || value.hasPrefix("postgres:")
    }

    public init?(_ value: String) {
        guard Self.isPostgres(value) else { return nil }
        url = value
    }

    /// Whether the URL is the bare scheme: every setting comes from the environment.
    private var usesEnvironmentOnly: Bool { url == "postgresql:" || url == "postgres:" }

    /// The URL with its password (if any) left out, for messages.
    public var displayName: String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@") else { return url }
        let userInfo = authority[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + String(url[at...])
    }

    /// libpq keyword/value pairs for `PostgresConnection(parameters:)`.
    public func parameters(environment: [String: String]) -> [(keyword: String, value: String)] {
        var pairs: [(keyword: String, value: String)] = [("application_name", "sahel"), ("connect_timeout", "10")]
        let settings = usesEnvironmentOnly ? [:] : Self.parse(url)
        let host = settings["host"] ?? settings["hostaddr"] ?? environment["PGHOST"] ?? environment["PGHOSTADDR"] ?? ""
        if settings["sslmode"] == nil, environment["PGSSLMODE"] == nil, Self.isLoopback(host) {
            pairs.append(("sslmode", "disable"))
        }
        // Expanded after the defaults above, so the URL's own settings win.
        if !usesEnvironmentOnly { pairs.append(("dbname", url)) }
        return pairs
    }

    /// A Unix socket (empty, or a path), `localhost`, 127.0.0.0/8 or ::1; every host of a list must be one.
    static func isLoopback(_ host: String) -> Bool {
        host.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { part in
            let name = part.trimmingPrefix("[").split(separator: "]").first.map(String.init) ?? ""
            return name.isEmpty || name.hasPrefix("/") || name == "localhost" || name.hasPrefix("127.") || name == "::1"
        }
    }

    /// The settings a connection string holds, as libpq reads it; empty when it does not parse (libpq then
    /// reports the error on connecting).
    static func parse(_ conninfo: String) -> [String: String] {
        guard let options = PQconninfoParse(conninfo, nil) else { return [:] }
        defer { PQconninfoFree(options) }
        var settings: [String: String] = [:]
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val { settings[String(cString: keyword)] = String(cString: value) }
            option += 1
        }
        return settings
    }
}
