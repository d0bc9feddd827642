import GRDB

/// The gazetteer's tables, created and upgraded by migrations so an old database is brought forward
/// rather than rebuilt.
///
/// - `place`: one row per place from one source (GeoNames id, OCHA P-code, ...), with its admin units,
///   feature rank (1 national capital, 2 admin-1 capital, 3 admin-2 capital, 4 admin-3 capital,
///   5 populated place, 6 other), population, coordinates and quality flags.
/// - `place_name`: every spelling of a place (official, alternate, ascii, curated) with its normalised form.
/// - `place_rtree`: an R*Tree of the place points, for nearest-settlement queries.
/// - `boundary`: admin-0 and admin-1 polygons as WKB, with `boundary_rtree` over their envelopes.
/// - `capital`: the capital place of each country.
enum GazetteerSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE place (
                    id INTEGER PRIMARY KEY,
                    source TEXT NOT NULL,
                    source_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    country TEXT NOT NULL,
                    admin1_code TEXT,
                    admin1 TEXT,
                    admin2_code TEXT,
                    admin2 TEXT,
                    admin3_code TEXT,
                    admin3 TEXT,
                    feature_rank INTEGER NOT NULL,
                    population INTEGER,
                    lat REAL NOT NULL,
                    lon REAL NOT NULL,
                    flags TEXT NOT NULL DEFAULT '',
                    UNIQUE (source, source_id)
                );
                CREATE INDEX place_country ON place (country);
                CREATE TABLE place_name (
                    place_id INTEGER NOT NULL REFERENCES place (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    normalized TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    PRIMARY KEY (place_id, normalized)
                ) WITHOUT ROWID;
                CREATE INDEX place_name_normalized ON place_name (normalized);
                CREATE VIRTUAL TABLE place_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);
                CREATE TABLE boundary (
                    id INTEGER PRIMARY KEY,
                    level INTEGER NOT NULL,
                    country TEXT NOT NULL,
                    code TEXT NOT NULL,
                    name TEXT NOT NULL,
                    source TEXT NOT NULL,
                    wkb BLOB NOT NULL,
                    UNIQUE (level, code)
                );
                CREATE VIRTUAL TABLE boundary_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);
                CREATE TABLE capital (
                    country TEXT PRIMARY KEY,
                    place_id INTEGER NOT NULL REFERENCES place (id) ON DELETE CASCADE
                );
                """)
        }
        BoundaryNameTable.register(in: &migrator)
        return migrator
    }
}
