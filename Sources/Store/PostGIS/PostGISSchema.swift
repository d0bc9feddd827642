import PostgresClient

/// The PostGIS store's tables, in the `public` schema of the database the URL names, created and upgraded by
/// forward migrations run on first use (`sahel_schema_version` records each one applied).
///
/// The same tables as the SQLite store (`document`, `incident`, `incident_source`; see `IncidentStoreSchema`),
/// with, in place of the R*Tree, a `geography(Point, 4326)` column `geog` on `incident` and a GiST index on it
/// for the duplicate search (`ST_DWithin`), and `day` indexed for its ±1 day. Text columns use the "C"
/// collation, so listings sort byte for byte as SQLite's do. `incidents_map` is the view a GIS opens:
/// a `geometry(Point, 4326)` column `geom` (PostGIS lists it in `geometry_columns`), one row per incident.
enum PostGISSchema {
    struct Migration {
        var version: Int
        var name: String
        var sql: String
    }

    static let migrations = [
        Migration(version: 1, name: "incidents-v1", sql: """
            CREATE TABLE document (
                seq bigserial PRIMARY KEY,
                id text COLLATE "C" NOT NULL UNIQUE,
                source_file text,
                published text,
                added_at text NOT NULL,
                updated_at text NOT NULL
            );
            CREATE TABLE incident (
                id bigserial PRIMARY KEY,
                source_count integer NOT NULL,
                sort_date text COLLATE "C" NOT NULL,
                \(columnDefinitions),
                geog geography(Point, 4326)
            );
            CREATE INDEX incident_order ON incident (sort_date, incident_id, id);
            CREATE INDEX incident_geog ON incident USING gist (geog);
            CREATE INDEX incident_day ON incident (day);
            CREATE TABLE incident_source (
                incident_ref bigint NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
                position integer NOT NULL,
                \(columnDefinitions),
                PRIMARY KEY (doc_id, incident_id),
                FOREIGN KEY (doc_id) REFERENCES document (id) ON DELETE CASCADE
            );
            CREATE INDEX incident_source_incident ON incident_source (incident_ref);
            CREATE VIEW incidents_map AS
                SELECT id, incident_id, doc_id, date, date_precision, event_type, sub_event_type, killed, injured,
                       actors, country, location_name, geo_precision, admin1, admin2, source_count,
                       geog::geometry(Point, 4326) AS geom
                FROM incident;
            """),
    ]

    static var latestVersion: Int { migrations.map(\.version).max() ?? 0 }

    /// `IncidentColumns.definitions` in PostgreSQL's types: SQLite's REAL is a float8 here (PostgreSQL's
    /// `real` is a float4), INTEGER a bigint, TEXT byte-ordered.
    static let columnDefinitions = IncidentColumns.definitions
        .replacingOccurrences(of: " REAL", with: " double precision")
        .replacingOccurrences(of: " INTEGER", with: " bigint")
        .replacingOccurrences(of: " TEXT", with: " text COLLATE \"C\"")

    /// Serialises migrations between processes starting at once (a transaction-level advisory lock).
    static let migrationLock: Int64 = 0x5A4E_0001

    /// The version the database is at: 0 when it holds no store.
    static func version(_ connection: PostgresConnection) throws(PostgresError) -> Int {
        let exists = try connection.execute("SELECT to_regclass('public.sahel_schema_version') IS NOT NULL")
        guard exists.string(0, 0) == "t" else { return 0 }
        return try connection.execute("SELECT coalesce(max(version), 0) FROM public.sahel_schema_version").int(0, 0) ?? 0
    }

    /// Whether the PostGIS extension is installed in the database.
    static func hasPostGIS(_ connection: PostgresConnection) throws(PostgresError) -> Bool {
        try connection.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").rowCount == 1
    }

    /// Applies the migrations the database lacks, each in a transaction, under the migration lock.
    static func migrate(_ connection: PostgresConnection) throws(PostgresError) {
        try connection.execute("BEGIN")
        do {
            try connection.execute("SELECT pg_advisory_xact_lock(\(migrationLock))")
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS public.sahel_schema_version (
                    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """)
            let current = try version(connection)
            for migration in migrations where migration.version > current {
                try connection.execute(migration.sql)
                try connection.execute("INSERT INTO public.sahel_schema_version (version, name) VALUES ($1, $2)",
                                       [String(migration.version), migration.name])
            }
            try connection.execute("COMMIT")
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
    }
}
