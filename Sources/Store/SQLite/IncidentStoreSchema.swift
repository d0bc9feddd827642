import GRDB
import Incidents

/// The incident store's tables, created and upgraded by migrations (named `incidents-v…`, so a gazetteer
/// database is never mistaken for an incident store).
///
/// - `document`: one row per article appended (`seq` keeps the order they were first added, which decides
///   whose id and evidence a merged incident carries), with its source file, publication date, and when it
///   was added and last replaced.
/// - `incident_source`: every report as its article told it (its own date, figures, place, evidence), linked
///   to the incident it belongs to; `position` is its order in the article.
/// - `incident`: the merged incidents, the same columns recomputed from their reports by `IncidentMerge`,
///   `source_count`, and `sort_date` (the date, `~` when undated so it sorts last).
/// - `incident_rtree`: the located and dated incidents as (longitude, latitude, day) points: the duplicate
///   search asks it for a box of ±25 km and ±1 day, so an append costs a few page reads even with a million
///   incidents. `incident_order` serves date-ordered listing and range queries: a plain column rather than an
///   expression, so that SQLite seeks a page's start with a row value `(sort_date, incident_id) > (?, ?)`.
enum IncidentStoreSchema {
    static let firstMigration = "incidents-v1"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(firstMigration) { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    source_file TEXT,
                    published TEXT,
                    added_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE TABLE incident (
                    id INTEGER PRIMARY KEY,
                    source_count INTEGER NOT NULL,
                    sort_date TEXT NOT NULL,
                    \(IncidentColumns.definitions)
                );
                CREATE INDEX incident_order ON incident (sort_date, incident_id);
                CREATE VIRTUAL TABLE incident_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat, min_day, max_day);
                CREATE TABLE incident_source (
                    incident_ref INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    \(IncidentColumns.definitions),
                    PRIMARY KEY (doc_id, incident_id),
                    FOREIGN KEY (doc_id) REFERENCES document (id) ON DELETE CASCADE
                );
                CREATE INDEX incident_source_incident ON incident_source (incident_ref);
                """)
        }
        return migrator
    }
}
