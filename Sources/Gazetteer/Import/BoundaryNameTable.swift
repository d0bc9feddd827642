import GRDB

/// Other names of a boundary (Natural Earth's `woe_label`, `woe_name`, `gn_name`: "Tombouctou Region" for
/// the unit named "Timbuktu"), so that sources spelling a region their own way can still be matched to it.
enum BoundaryNameTable {
    /// Adds the `boundary_name` table; a separate migration so databases built with v1 gain it in place.
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("boundary-names") { db in
            try db.execute(sql: """
                CREATE TABLE boundary_name (
                    boundary_id INTEGER NOT NULL REFERENCES boundary (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    normalized TEXT NOT NULL,
                    PRIMARY KEY (boundary_id, normalized)
                ) WITHOUT ROWID;
                CREATE INDEX boundary_name_normalized ON boundary_name (normalized);
                """)
        }
    }
}
