import PostgresClient
import Testing

/// How a `--store` URL becomes libpq settings: TLS off by default on loopback only, the URL's `sslmode` (or
/// `PGSSLMODE`) honoured, the password never shown.
@Suite("PostgreSQL store URLs")
struct PostgresTargetTests {
    static func sslmode(_ url: String, environment: [String: String] = [:]) -> String? {
        PostgresTarget(url)?.parameters(environment: environment).last { $0.keyword == "sslmode" }?.value
    }

    @Test("a path is not a PostgreSQL store; postgresql:, postgres: and their URLs are")
    func recognises() {
        #expect(PostgresTarget("incidents.sqlite") == nil)
        #expect(PostgresTarget("/data/postgresql/incidents.sqlite") == nil)
        for value in ["postgresql:", "postgres:", "postgresql://analyst@db/sahel", "postgres://localhost/sahel"] {
            #expect(PostgresTarget(value) != nil, "\(value)")
        }
    }

    @Test("on loopback or a socket TLS is off unless the URL or PGSSLMODE asks; elsewhere libpq decides")
    func tlsDefaults() {
        #expect(Self.sslmode("postgresql://analyst@127.0.0.1:5432/sahel") == "disable")
        #expect(Self.sslmode("postgresql://analyst@localhost/sahel") == "disable")
        #expect(Self.sslmode("postgresql://analyst@[::1]:5433/sahel") == "disable")
        #expect(Self.sslmode("postgresql:///sahel") == "disable")
        #expect(Self.sslmode("postgresql://analyst@db.example.org/sahel") == nil)
        #expect(Self.sslmode("postgresql://analyst@127.0.0.1/sahel?sslmode=require") == nil)
        #expect(Self.sslmode("postgresql://analyst@127.0.0.1/sahel", environment: ["PGSSLMODE": "require"]) == nil)
        #expect(Self.sslmode("postgresql:", environment: ["PGHOST": "db.example.org"]) == nil)
        #expect(Self.sslmode("postgresql:", environment: ["PGHOST": "127.0.0.1"]) == "disable")
    }

    @Test("the URL itself goes to libpq last, so its own settings win")
    func urlLast() throws {
        let parameters = try #require(PostgresTarget("postgresql://a@127.0.0.1/s?sslmode=verify-full")).parameters(environment: [:])
        #expect(parameters.last?.keyword == "dbname")
        #expect(parameters.last?.value == "postgresql://a@127.0.0.1/s?sslmode=verify-full")
        #expect(PostgresTarget("postgresql:")?.parameters(environment: [:]).contains { $0.keyword == "dbname" } == false)
    }

    @Test("messages name the URL without its password")
    func displayName() {
        #expect(PostgresTarget("postgresql://analyst:s3cret@db:5432/sahel")?.displayName == "postgresql://analyst@db:5432/sahel")
        #expect(PostgresTarget("postgresql://analyst@db/sahel")?.displayName == "postgresql://analyst@db/sahel")
        #expect(PostgresTarget("postgres://db/sahel?user=a")?.displayName == "postgres://db/sahel?user=a")
    }
}
