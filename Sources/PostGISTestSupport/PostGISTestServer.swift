import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PostgresClient

/// The PostgreSQL server the PostGIS tests run against: the one `Scripts/with-postgis.sh` starts (CI's
/// `.ci/run` and `Scripts/test.sh` run the tests through it), named by `SAHEL_TEST_PG_URL`.
///
/// When the variable is unset the PostGIS tests fail, naming the script that starts a server: a missing server
/// is a broken set-up, not a pass. Only an explicit `SAHEL_TEST_PG=skip` leaves them out.
public enum PostGISTestServer {
    /// Which of the two clusters: `main` for most tests, `faults` for the tests that stop and restart it.
    public enum Cluster: Sendable {
        case main
        case faults

        var urlVariable: String { self == .main ? "SAHEL_TEST_PG_URL" : "SAHEL_TEST_PG_FAULT_URL" }
    }

    public static var adminURL: String? { adminURL(.main) }

    public static func adminURL(_ cluster: Cluster) -> String? {
        ProcessInfo.processInfo.environment[cluster.urlVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var isRequired: Bool {
        ProcessInfo.processInfo.environment["SAHEL_TEST_PG"] != "skip"
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
    public static func newDatabase(postgis: Bool = true, on cluster: Cluster = .main) throws -> String {
        guard let adminURL = adminURL(cluster) else { throw Unconfigured() }
        let name = "sahel_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin(on: cluster) { connection in
            try connection.execute("CREATE DATABASE \(name) TEMPLATE \(postgis ? "sahel_template" : "template0")")
        }
        return url(adminURL, database: name)
    }

    /// Runs SQL as the superuser in `database` (the admin database when nil).
    public static func admin(database: String? = nil, on cluster: Cluster = .main,
                             _ body: (PostgresConnection) throws -> Void) throws {
        try body(connect(database: database, on: cluster))
    }

    /// A superuser connection to `database` (the admin database when nil), open until released.
    public static func connect(database: String? = nil, on cluster: Cluster = .main) throws -> PostgresConnection {
        guard let adminURL = adminURL(cluster) else { throw Unconfigured() }
        let target = database.map { url(adminURL, database: $0) } ?? adminURL
        return try PostgresConnection(parameters: [("sslmode", "disable"), ("dbname", target)])
    }

    /// Runs `pg_ctl ARGUMENTS` on the faults cluster (as the `postgres` user when running as root), as
    /// `Scripts/with-postgis.sh` exports it, the server logging beside its data; returns pg_ctl's exit status.
    /// Spawned and waited for by hand: the server it starts outlives it, and Foundation's `Process` was seen
    /// never to return from `waitUntilExit` then.
    public static func pgctl(_ arguments: [String]) throws -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        guard let bin = environment["SAHEL_TEST_PG_BIN"], let data = environment["SAHEL_TEST_PG_FAULT_DATA"]
        else { throw Unconfigured() }
        let command = (["\(bin)/pg_ctl", "-D", data, "-l", "\(data)/../server.log"] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let user = getuid() == 0 ? "runuser -u postgres -- " : ""
        let argv = ["/bin/sh", "-c", "\(user)\(command) </dev/null >/dev/null 2>&1"]
        var pid: pid_t = 0
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, cArguments, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (status >> 8) & 0xFF
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
