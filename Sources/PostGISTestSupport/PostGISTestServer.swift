import Foundation
import PostgresClient

/// The PostgreSQL server the PostGIS tests run against: the one `Scripts/with-postgis.sh` starts (CI's
/// `.ci/run` and `Scripts/test.sh` run the tests through it), named by `SAHEL_TEST_PG_URL`.
///
/// When the variable is unset the PostGIS tests are skipped on a developer's machine, and fail in CI
/// (`CI` set) or with `SAHEL_TEST_PG=required`: there a missing server is a broken set-up, not a pass.
public enum PostGISTestServer {
    public static var adminURL: String? {
        ProcessInfo.processInfo.environment["SAHEL_TEST_PG_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var isRequired: Bool {
        let environment = ProcessInfo.processInfo.environment
        return !(environment["CI"] ?? "").isEmpty || environment["SAHEL_TEST_PG"] == "required"
    }

    /// Whether the PostGIS tests run: a server is given, or one is required (and its absence then fails them).
    public static var runsTests: Bool { adminURL != nil || isRequired }

    public struct Unconfigured: Error, CustomStringConvertible {
        public var description: String {
            "SAHEL_TEST_PG_URL is not set, so there is no PostgreSQL server to test the PostGIS store against: "
                + "run the tests through Scripts/with-postgis.sh (Scripts/test.sh and .ci/run do)"
        }
    }

    /// A new, empty database for one test, with PostGIS (a copy of `sahel_template`) or without it; its URL.
    public static func newDatabase(postgis: Bool = true) throws -> String {
        guard let adminURL else { throw Unconfigured() }
        let name = "sahel_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin { connection in
            try connection.execute("CREATE DATABASE \(name) TEMPLATE \(postgis ? "sahel_template" : "template0")")
        }
        return url(adminURL, database: name)
    }

    /// Runs SQL as the superuser in `database` (the admin database when nil).
    public static func admin(database: String? = nil, _ body: (PostgresConnection) throws -> Void) throws {
        guard let adminURL else { throw Unconfigured() }
        let target = database.map { url(adminURL, database: $0) } ?? adminURL
        let connection = try PostgresConnection(parameters: [("sslmode", "disable"), ("dbname", target)])
        try body(connection)
    }

    /// `base` (a URL without query parameters) with its database replaced by `database`.
    public static func url(_ base: String, database: String) -> String {
        guard let scheme = base.range(of: "://") else { return base }
        let rest = base[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" }
        return String(base[..<scheme.upperBound]) + authority + "/" + database
    }

    /// `url` with another user and password.
    public static func url(_ url: String, user: String, password: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url.range(of: "@") else { return url }
        return String(url[..<scheme.upperBound]) + "\(user):\(password)" + String(url[at.lowerBound...])
    }

    /// The last path component of a URL: its database.
    public static func databaseName(_ url: String) -> String {
        String(url.split(separator: "/").last ?? "")
    }
}
